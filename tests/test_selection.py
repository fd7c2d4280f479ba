"""Selection: capacity, overlapping batches, eligibility, withdrawal."""

from datetime import date

import pytest
from sqlalchemy import select

from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import AuditEvent, Enrollment
from blkdesk.core.training import selection
from tests.support.batches import planned_batch
from tests.support.training_data import make_program, make_trainees


def test_seventeenth_participant_is_refused(db, admin):
    pid = make_program(db, admin)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    ids = make_trainees(db, 17)
    with db.transaction() as s:
        enrollments = selection.add_applicants(s, admin, bid, ids)
        for e in enrollments[:16]:
            selection.set_status(s, admin, e.id, "peserta")
        with pytest.raises(ValidationError, match=r"sudah penuh \(16 dari 16"):
            selection.set_status(s, admin, enrollments[16].id, "peserta")
        selection.set_status(s, admin, enrollments[16].id, "cadangan")
    with db.session() as s:
        assert selection.counts(s, bid)["peserta"] == 16
        assert selection.counts(s, bid)["cadangan"] == 1


def test_overlapping_batches_refused_but_disjoint_allowed(db, admin):
    pid = make_program(db, admin)
    other = make_program(db, admin, code="TIK-B", name="Desain Grafis")
    first = planned_batch(db, admin, pid, date(2026, 8, 10))
    overlapping = planned_batch(db, admin, other, date(2026, 8, 12), name="Angkatan I/2026 B")
    # Same week, but only on Saturdays: no shared day.
    weekend = planned_batch(db, admin, other, date(2026, 8, 10), name="Angkatan Sabtu",
                         weekdays="5")  # fmt: skip
    (tid,) = make_trainees(db, 1)
    with db.transaction() as s:
        a, b, c = (selection.add_applicants(s, admin, x, [tid])[0]
                   for x in (first, overlapping, weekend))  # fmt: skip
        selection.set_status(s, admin, a.id, "peserta")
        with pytest.raises(ValidationError, match="bertabrakan") as info:
            selection.set_status(s, admin, b.id, "peserta")
        assert "Angkatan I/2026" in str(info.value) and "12 Agustus 2026" in str(info.value)
        selection.set_status(s, admin, c.id, "peserta")
        # Once the first batch's place is given up, the other one is free.
        selection.set_status(s, admin, a.id, "mengundurkan_diri", reason="Pindah angkatan")
        selection.set_status(s, admin, b.id, "peserta")


def test_eligibility_failure_needs_a_reason(db, admin):
    pid = make_program(db, admin, min_education="SLTA/SEDERAJAT")
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    (tid,) = make_trainees(db, 1, education="SLTP/SEDERAJAT")
    with db.transaction() as s:
        (e,) = selection.add_applicants(s, admin, bid, [tid])
        (row,) = selection.applicants(s, bid)
        assert not row.eligible and row.failed_checks[0].rule == "education"
        with pytest.raises(ValidationError, match="tidak memenuhi syarat: Pendidikan minimal"):
            selection.set_status(s, admin, e.id, "peserta")
        selection.set_status(s, admin, e.id, "peserta", ineligible_reason="Disetujui kepala BLK")
    with db.session() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event.reason == "Disetujui kepala BLK"


def test_withdrawal_needs_date_and_reason(db, admin):
    pid = make_program(db, admin)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    (tid,) = make_trainees(db, 1)
    with db.transaction() as s:
        (e,) = selection.add_applicants(s, admin, bid, [tid])
        selection.set_status(s, admin, e.id, "peserta")
        with pytest.raises(FieldErrors) as info:
            selection.set_status(s, admin, e.id, "mengundurkan_diri")
        assert "reason" in info.value.errors
        selection.set_status(s, admin, e.id, "mengundurkan_diri", on=date(2026, 8, 12),
                             reason="Diterima bekerja")  # fmt: skip
    with db.session() as s:
        e = s.get(Enrollment, e.id)
        assert (e.status, e.status_changed_on, e.withdraw_reason) == (
            "mengundurkan_diri",
            date(2026, 8, 12),
            "Diterima bekerja",
        )


def test_remove_only_plain_applicants_and_readd(db, admin):
    pid = make_program(db, admin)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    ids = make_trainees(db, 2)
    with db.transaction() as s:
        e1, e2 = selection.add_applicants(s, admin, bid, ids)
        assert selection.add_applicants(s, admin, bid, ids) == []
        selection.set_status(s, admin, e2.id, "cadangan")
        with pytest.raises(ValidationError, match="Hanya pendaftar"):
            selection.remove_applicant(s, admin, e2.id)
        selection.remove_applicant(s, admin, e1.id)
        assert [r.trainee_id for r in selection.applicants(s, bid)] == [ids[1]]
        (again,) = selection.add_applicants(s, admin, bid, [ids[0]])
        assert again.id == e1.id and again.status == "pendaftar"


def test_accepted_list_in_name_order(db, admin):
    pid = make_program(db, admin)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    ids = make_trainees(db, 3)
    with db.transaction() as s:
        es = selection.add_applicants(s, admin, bid, ids)
        for e in es[:2]:
            selection.set_status(s, admin, e.id, "peserta")
        rows = selection.accepted_list(s, bid)
    assert [r.number for r in rows] == [1, 2]
    assert [r.name for r in rows] == ["Peserta Uji 001", "Peserta Uji 002"]
