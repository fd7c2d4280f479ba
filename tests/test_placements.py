"""Recording, editing and removing placements: rules, permissions and the audit trail."""

import json
from datetime import date

import pytest
from sqlalchemy import select

from blkdesk.core.errors import FieldErrors, PermissionDenied, ValidationError
from blkdesk.core.models import AuditEvent, Placement
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement import placements
from blkdesk.core.placement.placements import PlacementInput
from tests.support import graduates as g

TODAY = date(2026, 3, 2)


@pytest.fixture
def graduate(db):
    with db.transaction() as s:
        return g.graduates(s, date(2025, 12, 1), ["Siti Rahmawati"], "MJH", "P")[0].id


def test_record_then_edit_then_remove_with_audit(db, admin, graduate):
    with db.transaction() as s:
        p = placements.record(
            s, admin, graduate,
            PlacementInput("bekerja_perusahaan", employer="  PT Nikomas   Gemilang ",
                           sector="Garmen", start_date=date(2026, 1, 5)),
            today=TODAY,
        )  # fmt: skip
        pid = p.id
    with db.transaction() as s:
        p = s.get(Placement, pid)
        assert (p.employer, p.recorded_on, p.source) == ("PT Nikomas Gemilang", TODAY, "telepon")
        change = PlacementInput("wirausaha", sector="Konveksi rumahan", recorded_on=TODAY)
        placements.update(s, admin, pid, change, today=TODAY)
    with db.transaction() as s:
        placements.remove(s, admin, pid, "Salah orang")
    with db.session() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "placement")))
        assert [e.action for e in events] == ["create", "update", "delete"]
        changed = json.loads(events[1].changes)
        assert changed["outcome"] == ["bekerja_perusahaan", "wirausaha"]
        assert changed["employer"] == ["PT Nikomas Gemilang", ""]
        assert changed["sector"] == ["Garmen", "Konveksi rumahan"]
        assert events[2].reason == "Salah orang"
        assert placements.history(s, s.get(Placement, pid).trainee_id) == []


def test_rules_are_told_beside_each_field(db, admin, graduate):
    bad = PlacementInput(
        "pmi", start_date=date(2026, 4, 1), recorded_on=date(2026, 3, 1), source="surat"
    )
    with db.transaction() as s, pytest.raises(FieldErrors) as exc:
        placements.record(s, admin, graduate, bad, today=TODAY)
    assert set(exc.value.errors) == {"destination_country", "start_date", "source"}
    with db.transaction() as s, pytest.raises(FieldErrors) as exc:
        placements.record(s, admin, graduate, PlacementInput("bekerja_perusahaan",
                                                             recorded_on=date(2026, 3, 3)),
                          today=TODAY)  # fmt: skip
    assert set(exc.value.errors) == {"employer", "recorded_on"}
    with db.transaction() as s, pytest.raises(FieldErrors) as exc:
        placements.record(s, admin, graduate, PlacementInput(""), today=TODAY)
    assert exc.value.errors == {"outcome": "Pilih hasil penempatan."}


def test_what_an_outcome_cannot_have_is_dropped(db, admin, graduate):
    with db.transaction() as s:
        p = placements.record(
            s, admin, graduate,
            PlacementInput("belum_bekerja", employer="PT X", destination_country="Taiwan",
                           start_date=date(2026, 1, 1)),
            today=TODAY,
        )  # fmt: skip
        assert (p.employer, p.destination_country, p.start_date) == ("", "", None)


def test_viewer_cannot_record_and_an_applicant_has_no_placement(db, graduate):
    viewer = Actor("peninjau", Role.VIEWER)
    with db.transaction() as s, pytest.raises(PermissionDenied):
        placements.record(s, viewer, graduate, PlacementInput("wirausaha"), today=TODAY)
    with db.transaction() as s:
        b = g.batch(s, date(2025, 12, 1), "TIK")
        applicant = g.enroll(s, b, g.trainee(s, "Pendaftar Saja"), None, "cadangan").id
    operator = Actor("operator", Role.OPERATOR)
    with db.transaction() as s, pytest.raises(ValidationError, match="peserta"):
        placements.record(s, operator, applicant, PlacementInput("wirausaha"), today=TODAY)


def test_several_records_over_time_latest_is_the_status(db, admin, graduate):
    with db.transaction() as s:
        placements.record(s, admin, graduate, PlacementInput(
            "belum_bekerja", recorded_on=date(2026, 2, 27)), today=TODAY)  # fmt: skip
        placements.record(s, admin, graduate, PlacementInput(
            "pmi", destination_country="Taiwan", source="kuesioner"), today=TODAY)  # fmt: skip
    with db.session() as s:
        rows = placements.graduates(s, "siti")
        assert len(rows) == 1
        assert (rows[0].latest_outcome, rows[0].latest_recorded_on) == ("pmi", TODAY)
        assert [p.outcome for p in placements.history(s, rows[0].trainee_id)] == [
            "pmi", "belum_bekerja",
        ]  # fmt: skip
        assert placements.graduates(s, rows[0].nik[:8])[0].trainee_id == rows[0].trainee_id
        assert placements.graduates(s, "0" + rows[0].phone[3:9])[0].name == "Siti Rahmawati"
        assert placements.graduates(s, "budi") == []


def test_remove_needs_a_reason(db, admin, graduate):
    with db.transaction() as s:
        pid = placements.record(s, admin, graduate, PlacementInput("wirausaha"), today=TODAY).id
    with db.transaction() as s, pytest.raises(ValidationError, match="alasan"):
        placements.remove(s, admin, pid, "  ")
    with db.session() as s:
        assert s.get(Placement, pid).deleted_at is None


def test_without_a_search_the_recent_graduates_come_newest_first(db, graduate):
    with db.transaction() as s:
        g.graduates(s, date(2022, 6, 1), ["Ahmad Lama"], "LAS")
        g.graduates(s, date(2026, 2, 20), ["Zaenal Baru"], "OTO")
    with db.session() as s:
        assert [r.name for r in placements.graduates(s, today=TODAY)] == [
            "Zaenal Baru", "Siti Rahmawati",
        ]  # fmt: skip
        assert [r.name for r in placements.graduates(s, "ahmad")] == ["Ahmad Lama"]
