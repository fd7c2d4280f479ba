"""Assessment attempts and the Pasal 33 graduation rule, with overrides."""

from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from blkdesk.core.certification import assessment, graduation
from blkdesk.core.clock import today
from blkdesk.core.errors import FieldErrors, PermissionDenied, ValidationError
from blkdesk.core.models import AuditEvent, Enrollment
from blkdesk.core.permissions import Actor, Role
from tests.support.batches import finished_batch

OPERATOR = Actor("operator", Role.OPERATOR)
KEPALA = Actor("kepala", Role.KEPALA)


def _assess_all(db, built, result="K", skip=()):
    on = built.days[-1]
    with db.transaction() as s:
        for e in built.enrollments:
            for u in built.units:
                if (e, u) not in skip:
                    assessment.record(s, OPERATOR, e, u, result, on, "Dadang")


def test_three_branches_and_pending(db):
    # 10 days: 10 present, 8 present (exactly 80 %), 7 present, 10 present but one unit BK
    built = finished_batch(db, participants=4, present=[10, 8, 7, 10])
    e1, e2, e3, e4 = built.enrollments
    _assess_all(db, built, skip={(e4, built.units[0])})
    with db.transaction() as s:
        assessment.record(s, OPERATOR, e4, built.units[0], "BK", built.days[-1], "Dadang")
    with db.session() as s:
        outcomes = {o.enrollment_id: o for o in graduation.batch_outcomes(s, built.id, today())}
    assert outcomes[e1].final == graduation.LULUS
    assert outcomes[e1].reason == "Presensi 100 % dan semua 3 unit kompeten."
    assert outcomes[e2].final == graduation.LULUS  # exactly at the threshold passes
    assert outcomes[e3].final == graduation.TIDAK_LULUS
    assert "Presensi 70 %" in outcomes[e3].reason and "di bawah batas 80 %" in outcomes[e3].reason
    assert outcomes[e4].final == graduation.SURAT_KETERANGAN
    assert "1 dari 3 unit belum kompeten" in outcomes[e4].reason


def test_unassessed_units_leave_the_outcome_open(db):
    built = finished_batch(db, participants=1)
    with db.session() as s:
        (o,) = graduation.batch_outcomes(s, built.id, today())
    assert o.final is None
    assert "3 dari 3 unit belum dinilai" in o.reason


@given(
    days=st.integers(1, 60), present_frac=st.floats(0, 1), units=st.integers(1, 8),
    k_frac=st.floats(0, 1), threshold=st.sampled_from([Decimal(75), Decimal(80), Decimal("87.5")]),
)  # fmt: skip
def test_rule_matches_pasal_33(days, present_frac, units, k_frac, threshold):
    present = round(days * present_frac)
    k = round(units * k_frac)
    decision = graduation.decide(present, days, threshold, units, k, 0)
    if present * 100 < threshold * days:
        assert decision.outcome == graduation.TIDAK_LULUS
    elif k == units:
        assert decision.outcome == graduation.LULUS
    else:
        assert decision.outcome == graduation.SURAT_KETERANGAN


def test_attempts_up_to_the_programme_maximum(db):
    built = finished_batch(db, participants=1)
    (e,) = built.enrollments
    unit = built.units[0]
    on = built.days[-1]
    with db.transaction() as s:
        for n in range(3):
            row = assessment.record(
                s, OPERATOR, e, unit, "BK", on + timedelta(days=n), "Dadang", "55"
            )
            assert row.attempt == n + 1
    with db.transaction() as s, pytest.raises(ValidationError, match="sudah dinilai 3 kali"):
        assessment.record(s, OPERATOR, e, unit, "K", on + timedelta(days=3), "Dadang")
    # Removing a mistaken attempt makes room again; the withdrawn one stays, marked deleted.
    with db.transaction() as s:
        assessment.remove_latest(s, OPERATOR, e, unit)
        row = assessment.record(s, OPERATOR, e, unit, "K", on + timedelta(days=3), "Dadang", "81,5")
        assert row.attempt == 4 and row.score == Decimal("81.50")
    with db.session() as s:
        grid = assessment.grid(s, built.id)
    assert [a.result for a in grid.attempts[(e, unit)]] == ["BK", "BK", "K"]
    assert assessment.attempts_left(grid, e, unit) == 0


def test_assessment_refuses_bad_input(db):
    built = finished_batch(db, participants=1)
    (e,) = built.enrollments
    unit = built.units[0]
    with db.transaction() as s, pytest.raises(FieldErrors) as info:
        assessment.record(s, OPERATOR, e, unit, "X", today() + timedelta(days=1), score="120")
    assert set(info.value.errors) == {"result", "assessed_on", "score"}
    with db.transaction() as s:
        assessment.record(s, OPERATOR, e, unit, "K", built.days[-1])
    with db.transaction() as s, pytest.raises(ValidationError, match="sudah kompeten"):
        assessment.record(s, OPERATOR, e, unit, "K", built.days[-1])
    with db.transaction() as s, pytest.raises(PermissionDenied):
        assessment.record(s, Actor("v", Role.VIEWER), e, built.units[1], "K", built.days[-1])


def test_override_needs_a_signer_and_a_reason_and_is_audited(db):
    built = finished_batch(db, participants=1, present=[5])
    (e,) = built.enrollments
    _assess_all(db, built)
    with db.transaction() as s, pytest.raises(PermissionDenied):
        graduation.override(s, OPERATOR, e, graduation.LULUS, "Sakit dengan surat dokter")
    with db.transaction() as s, pytest.raises(FieldErrors, match="alasan"):
        graduation.override(s, KEPALA, e, graduation.LULUS, "sakit")
    with db.transaction() as s:
        graduation.override(
            s, KEPALA, e, graduation.LULUS, "Dirawat di RSUD dengan surat dokter; tugas diganti"
        )
    with db.session() as s:
        (o,) = graduation.batch_outcomes(s, built.id, today())
        assert o.rule.outcome == graduation.TIDAK_LULUS
        assert o.final == graduation.LULUS
        assert o.reason.startswith("Diputuskan lulus: Dirawat di RSUD")
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "override"))
        assert event.user_name == "kepala" and "RSUD" in event.reason
    with db.transaction() as s:
        graduation.override(s, KEPALA, e, None, "Keputusan dicabut, ikut aturan")
        assert s.get(Enrollment, e).outcome_override is None
    with db.transaction() as s:
        assert graduation.store_outcomes(s, OPERATOR, built.id, today()) == 1
        assert s.get(Enrollment, e).outcome == graduation.TIDAK_LULUS


@given(
    days=st.integers(1, 60), held_frac=st.floats(0, 1), present_frac=st.floats(0, 1),
    threshold=st.sampled_from([Decimal(75), Decimal(80), Decimal("87.5")]),
)  # fmt: skip
def test_while_the_training_runs_only_an_unreachable_threshold_fails(
    days, held_frac, present_frac, threshold
):
    held = round(days * held_frac)
    present = round(held * present_frac)
    decision = graduation.decide(present, days, threshold, 3, 3, 0, held)
    if present * 100 >= threshold * days:
        assert decision.outcome == graduation.LULUS
    elif (present + days - held) * 100 >= threshold * days:
        assert decision.outcome is None and decision.reason.startswith("Masih berjalan")
    else:
        assert decision.outcome == graduation.TIDAK_LULUS


def test_a_running_batch_fails_nobody_who_can_still_reach_the_threshold(db):
    # 10 days, 5 held so far: 4 present can still make 8 of 10; 1 present cannot.
    built = finished_batch(db, participants=2, present=[4, 1])
    hopeful, hopeless = built.enrollments
    _assess_all(db, built)
    with db.session() as s:
        shown = graduation.batch_outcomes(s, built.id, built.days[4])
    outcomes = {o.enrollment_id: o for o in shown}
    assert outcomes[hopeful].final is None
    assert outcomes[hopeful].reason == (
        "Masih berjalan: hadir 4 dari 5 hari, 5 hari lagi (batas 80 % dari 10 hari)."
    )
    assert outcomes[hopeless].final == graduation.TIDAK_LULUS
    assert outcomes[hopeless].reason == (
        "Presensi 10 % (1 dari 10 hari), di bawah batas 80 %; hadir di 5 hari sisanya pun tidak "
        "cukup."
    )
