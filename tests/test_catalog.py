"""Programme catalogue and instructors register: the services behind the editor."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from blkdesk.core.errors import FieldErrors, PermissionDenied
from blkdesk.core.models import AuditEvent, CompetencyUnit, Program
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.training import catalog
from tests.support.training_data import UNITS, make_program, program_input


def test_create_program_with_defaults_and_units(db, admin):
    pid = make_program(db, admin)
    with db.session() as s:
        p = s.get(Program, pid)
        assert (p.attendance_threshold, p.max_attempts, p.active) == (Decimal(80), 3, True)
        assert [u.code for u in catalog.live_units(s, pid)] == [u.code for u in UNITS]
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity == "program"))
        assert event.action == "create" and "J.620100.001.01" in event.changes


def test_validation_names_the_field(db, admin):
    bad = program_input(code="x", name="", total_jp=0, units=[], min_age=30, max_age=20)
    with db.transaction() as s, pytest.raises(FieldErrors) as info:
        catalog.create_program(s, admin, bad)
    assert set(info.value.errors) >= {"code", "name", "total_jp", "units", "max_age"}


def test_duplicate_code_is_refused(db, admin):
    make_program(db, admin)
    with db.transaction() as s, pytest.raises(FieldErrors) as info:
        catalog.create_program(s, admin, program_input())
    assert "sudah dipakai" in info.value.errors["code"]


def test_editing_units_keeps_rows_by_code_and_soft_deletes_dropped(db, admin):
    pid = make_program(db, admin)
    with db.transaction() as s:
        kept_id = catalog.live_units(s, pid)[1].id
        data = program_input(units=[
            catalog.UnitInput("J.620100.002.01", "Mengoperasikan Pengolah Kata", 24),
            catalog.UnitInput("TIK.OP02.003.01", "Unit lama", 16),
        ])  # fmt: skip
        catalog.update_program(s, admin, pid, data)
    with db.session() as s:
        live = catalog.live_units(s, pid)
        assert [(u.code, u.position) for u in live] == [("J.620100.002.01", 1),
                                                         ("TIK.OP02.003.01", 2)]  # fmt: skip
        assert live[0].id == kept_id
        dropped = s.scalar(select(CompetencyUnit).where(CompetencyUnit.code == "J.620100.001.01"))
        assert dropped.deleted_at is not None


def test_retire_and_reactivate(db, admin):
    pid = make_program(db, admin)
    with db.transaction() as s:
        catalog.set_active(s, admin, pid, False)
    with db.session() as s:
        assert not s.get(Program, pid).active
        assert catalog.programs(s, active_only=True) == []


def test_viewer_cannot_edit_catalog(db):
    viewer = Actor("peninjau", Role.VIEWER)
    with db.transaction() as s, pytest.raises(PermissionDenied):
        catalog.create_program(s, viewer, program_input())


@pytest.mark.parametrize(
    ("code", "ok"),
    [("J.620100.001.01", True), ("C.259900.011.01", True), ("TIK.OP02.001.01", True),
     ("LOG.OO01.002.01", True), ("J620100.001.01", False), ("unit satu", False)],
)  # fmt: skip
def test_skkni_soft_check(code, ok):
    assert (catalog.skkni_warning(code) is None) == ok


@given(
    sector=st.sampled_from("ABCJ"), kbli=st.integers(0, 999_999), unit=st.integers(0, 999),
    version=st.integers(0, 99),
)  # fmt: skip
def test_every_current_format_code_passes(sector, kbli, unit, version):
    assert catalog.skkni_warning(f"{sector}.{kbli:06d}.{unit:03d}.{version:02d}") is None


def test_warnings_mention_jp_mismatch():
    data = program_input(total_jp=100)
    assert any("berbeda dengan total JP" in w for w in catalog.warnings(data))
    assert catalog.warnings(program_input()) == []


def test_instructor_register(db, admin):
    with db.transaction() as s:
        with pytest.raises(FieldErrors) as info:
            catalog.save_instructor(s, admin, catalog.InstructorInput(name="", phone="abc"))
        assert set(info.value.errors) == {"name", "phone"}
        row = catalog.save_instructor(s, admin, catalog.InstructorInput(
            name="Rina  Marlina, S.Kom.", id_number="198001012005012003", vocation_code="TIK",
            phone="0812-1111-2222", email="rina@example.id"))  # fmt: skip
        iid = row.id
    with db.transaction() as s:
        rows = catalog.instructors(s)
        assert [(r.name, r.vocation_code, r.phone) for r in rows] == [
            ("Rina Marlina, S.Kom.", "TIK", "081211112222")
        ]
        catalog.remove_instructor(s, admin, iid)
    with db.session() as s:
        assert catalog.instructors(s) == []
