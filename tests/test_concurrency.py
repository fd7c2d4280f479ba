"""Two clerks on one database: stale saves are refused, different cells merge, nothing is lost."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from blkdesk.core import institution_profile
from blkdesk.core.access import accounts, auth
from blkdesk.core.attendance import attendance
from blkdesk.core.attendance.attendance import MarkState
from blkdesk.core.certification import assessment
from blkdesk.core.concurrency import StaleCells, StaleDelete, StaleRecord, three_way
from blkdesk.core.errors import FieldErrors
from blkdesk.core.models import AttendanceMark, Trainee
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement import placements
from blkdesk.core.registry import trainees
from blkdesk.core.training import batches, catalog, selection
from tests.support.batches import finished_batch, running_batch
from tests.support.registrants import siti

ANI = Actor("ani", Role.OPERATOR)
BUDI = Actor("budi", Role.OPERATOR)
BUDI_ADMIN = Actor("budi", Role.ADMIN, user_id=2)


@pytest.fixture
def db_url(any_db_url: str) -> str:
    return any_db_url


def _register(db, actor):
    with db.transaction() as s:
        t = trainees.register(s, actor, siti())
        return t.id, t.version


def test_a_save_based_on_an_old_version_is_refused_with_the_record_as_it_is_now(db):
    tid, opened = _register(db, ANI)
    assert opened == 1
    with db.transaction() as s:
        trainees.update(s, BUDI, tid, siti(phone="0813-1111-2222"), expected_version=opened)
    with db.session() as s:
        assert s.get(Trainee, tid).version == 2
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        trainees.update(s, ANI, tid, siti(address="Jl. Melati 3"), expected_version=opened)
    exc = refused.value
    assert "budi" in exc.message and "belum disimpan" in exc.message
    assert exc.current.phone == "+6281311112222"
    assert exc.current_version == 2
    with db.session() as s:
        assert s.get(Trainee, tid).address == ""
    # Re-applied on the record as it is now, the save goes through and keeps both edits.
    again = replace(exc.current, address="Jl. Melati 3")
    with db.transaction() as s:
        trainees.update(s, ANI, tid, again, expected_version=exc.current_version)
    with db.session() as s:
        row = s.get(Trainee, tid)
        assert (row.phone, row.address, row.version) == ("+6281311112222", "Jl. Melati 3", 3)


def test_every_update_raises_the_version_even_without_a_check(db):
    tid, _ = _register(db, ANI)
    for n in (2, 3):
        with db.transaction() as s:
            trainees.update(s, ANI, tid, siti(notes=f"catatan {n}"))
        with db.session() as s:
            assert s.scalar(select(Trainee.version).where(Trainee.id == tid)) == n


def test_attendance_cells_merge_and_only_the_same_cell_conflicts(db):
    b = running_batch(db, days=3, status="selesai")
    e1, e2 = b.enrollments[:2]
    d1, d2 = b.days[:2]
    # Both clerks opened an empty grid.
    attendance.set_mark(db, ANI, b.id, e1, d1, "H", seen={(e1, d1): None})
    attendance.set_mark(db, BUDI, b.id, e2, d2, "S", seen={(e2, d2): None})
    with pytest.raises(StaleCells) as refused:
        attendance.set_marks(db, BUDI, b.id, [(e1, d1), (e1, d2)], "A",
                             seen={(e1, d1): None, (e1, d2): None})  # fmt: skip
    assert "ani" in refused.value.message
    (conflict,) = refused.value.conflicts
    assert (conflict.row, conflict.column, conflict.now) == (e1, d1, MarkState("H"))
    with db.session() as s:
        stored = {(m.enrollment_id, m.day): m.code for m in s.scalars(select(AttendanceMark))}
    # Nothing of the refused change was written, and both clerks' own cells are kept.
    assert stored == {(e1, d1): "H", (e2, d2): "S"}


def test_undo_never_erases_what_another_clerk_keyed_since(db):
    b = running_batch(db, days=2, status="selesai")
    e1 = b.enrollments[0]
    mine = attendance.set_mark(db, ANI, b.id, e1, b.days[0], "H")
    attendance.set_mark(db, BUDI, b.id, e1, b.days[0], "S")
    with pytest.raises(StaleCells):
        attendance.undo(db, ANI, mine)
    with db.session() as s:
        assert s.scalar(select(AttendanceMark.code)) == "S"


def test_assessment_cells_conflict_only_on_the_same_unit(db):
    built = finished_batch(db, participants=2, units=2)
    (e1, e2), (u1, u2) = built.enrollments, built.units
    day = built.days[-1]
    with db.transaction() as s:
        assessment.record(s, ANI, e1, u1, "BK", day, seen_attempts=0)
    with db.transaction() as s:
        assessment.record(s, BUDI, e2, u2, "K", day, seen_attempts=0)
    with pytest.raises(StaleCells) as refused, db.transaction() as s:
        assessment.record(s, BUDI, e1, u1, "K", day, seen_attempts=0)
    assert "ani" in refused.value.message
    with pytest.raises(StaleCells), db.transaction() as s:
        assessment.remove_latest(s, BUDI, e1, u1, seen_attempts=0)
    with db.transaction() as s:
        assessment.record(s, BUDI, e1, u1, "K", day, seen_attempts=1)
    with db.session() as s:
        grid = assessment.grid(s, built.id)
    assert [a.result for a in grid.attempts[(e1, u1)]] == ["BK", "K"]
    assert [a.result for a in grid.attempts[(e2, u2)]] == ["K"]


def test_three_way_keeps_both_clerks_edits_and_lists_what_changed():
    opened = siti()
    mine = replace(opened, address="Jl. Melati 3", phone="0811")
    theirs = replace(opened, phone="0813", email="baru@contoh.id")
    merged, changed = three_way(opened, mine, theirs)
    assert (merged.address, merged.phone, merged.email) == (
        "Jl. Melati 3",
        "0811",
        "baru@contoh.id",
    )
    by_field = {c.field: c for c in changed}
    assert set(by_field) == {"address", "phone", "email"}
    assert by_field["phone"].clash and not by_field["email"].clash


def _planned_batch(db):
    built = running_batch(db, days=5, status="direncanakan")
    with db.session() as s:
        info = batches.detail(s, built.id)
    return built.id, batches.batch_input(info), info.version


def test_a_batch_saved_meanwhile_refuses_the_older_form_and_a_change_of_instructors_counts(db):
    batch_id, opened, version = _planned_batch(db)
    with db.transaction() as s:
        batches.update_batch(s, BUDI, batch_id, replace(opened, capacity=24),
                             expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        batches.update_batch(s, ANI, batch_id, replace(opened, name="Angkatan Pagi"),
                             expected_version=version)  # fmt: skip
    exc = refused.value
    assert "budi" in exc.message and exc.current.capacity == 24
    merged, changes = three_way(opened, replace(opened, name="Angkatan Pagi"), exc.current)
    assert {c.field for c in changes} == {"name", "capacity"}
    with db.transaction() as s:
        batches.update_batch(s, ANI, batch_id, merged, expected_version=exc.current_version)
    # Only the instructors change: the batch row itself is untouched, yet its version moves.
    with db.transaction() as s:
        ins = catalog.save_instructor(s, BUDI, catalog.InstructorInput("Pak Dedi"))
        info = batches.detail(s, batch_id)
        assert (info.name, info.capacity) == ("Angkatan Pagi", 24)
        batches.update_batch(s, BUDI, batch_id, replace(batches.batch_input(info),
                             instructor_ids=[ins.id]), expected_version=info.version)  # fmt: skip
    with db.session() as s:
        assert batches.detail(s, batch_id).version == info.version + 1


def test_a_programme_saved_meanwhile_refuses_the_older_form_even_for_units_alone(db):
    batch_id, _opened, _version = _planned_batch(db)
    with db.session() as s:
        program_id = batches.detail(s, batch_id).program_id
        program = catalog.get_program(s, program_id)
        opened, version = catalog.program_input(s, program), program.version
    units = [catalog.UnitInput("TIK.OP01.001.01", "Mengoperasikan komputer", 40)]
    with db.transaction() as s:
        catalog.update_program(s, BUDI, program_id, replace(opened, units=units),
                               expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        catalog.update_program(s, ANI, program_id, replace(opened, name="Operator Komputer"),
                               expected_version=version)  # fmt: skip
    assert refused.value.current.units == units
    assert refused.value.current_version == version + 1
    with db.session() as s:
        assert catalog.get_program(s, program_id).name == opened.name


def test_a_placement_saved_meanwhile_refuses_the_older_form(db):
    built = finished_batch(db, participants=1, units=1)
    with db.transaction() as s:
        placement_id = placements.record(
            s, ANI, built.enrollments[0], placements.PlacementInput("belum_bekerja")
        ).id
    with db.session() as s:
        opened, version = placements.input_of(s, placement_id)
    with db.transaction() as s:
        placements.update(s, BUDI, placement_id, replace(opened, notes="ditelepon lagi"),
                          expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        placements.update(s, ANI, placement_id, replace(opened, source="kunjungan"),
                          expected_version=version)  # fmt: skip
    assert refused.value.current.notes == "ditelepon lagi"
    with db.session() as s:
        assert placements.input_of(s, placement_id)[0].source == opened.source


def test_an_instructor_saved_meanwhile_refuses_the_older_form_and_its_removal(db):
    admin = Actor("ani", Role.ADMIN)
    with db.transaction() as s:
        instructor_id = catalog.save_instructor(s, admin, catalog.InstructorInput("Pak Dedi")).id
    with db.session() as s:
        opened, version = catalog.opened_instructor(s, instructor_id)
    with db.transaction() as s:
        catalog.save_instructor(s, BUDI, replace(opened, phone="0812345678"), instructor_id,
                                expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        catalog.save_instructor(s, admin, replace(opened, email="dedi@blk.go.id"), instructor_id,
                                expected_version=version)  # fmt: skip
    assert "budi" in refused.value.message
    assert refused.value.current.phone == "0812345678"
    with pytest.raises(StaleDelete) as not_removed, db.transaction() as s:
        catalog.remove_instructor(s, admin, instructor_id, expected_version=version)
    assert "budi" in not_removed.value.message
    with db.session() as s:
        assert catalog.opened_instructor(s, instructor_id) == (refused.value.current, version + 1)
    with db.transaction() as s:
        catalog.remove_instructor(s, admin, instructor_id, expected_version=version + 1)
    with db.session() as s:
        assert catalog.instructors(s) == []


def test_an_applicants_status_changed_meanwhile_refuses_the_older_list_and_its_removal(db):
    built = running_batch(db, days=5, status="direncanakan", names=("Andi Saputra",))
    (enrollment_id,) = built.enrollments
    with db.session() as s:
        (shown,) = selection.applicants(s, built.id)
    with db.transaction() as s:
        selection.set_status(s, BUDI, enrollment_id, "cadangan", expected_version=shown.version)
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        selection.set_status(s, ANI, enrollment_id, "tidak_lulus_seleksi",
                             expected_version=shown.version)  # fmt: skip
    assert refused.value.current.status == "cadangan" and "budi" in refused.value.message
    with db.transaction() as s:
        selection.set_status(s, BUDI, enrollment_id, "pendaftar")
    with pytest.raises(StaleDelete), db.transaction() as s:
        selection.remove_applicant(s, ANI, enrollment_id, expected_version=shown.version)
    with db.session() as s:
        (now,) = selection.applicants(s, built.id)
    assert (now.status, now.version) == ("pendaftar", shown.version + 2)
    with db.transaction() as s:
        selection.remove_applicant(s, ANI, enrollment_id, expected_version=now.version)
    with db.session() as s:
        assert selection.applicants(s, built.id) == []


def test_a_closure_corrected_meanwhile_refuses_the_older_form_and_its_removal(db):
    with db.transaction() as s:
        closure_id = batches.add_closure(s, ANI, date(2026, 12, 24), "Cuti bersama").id
    with db.session() as s:
        opened, version = batches.opened_closure(s, closure_id)
    with db.transaction() as s:
        batches.update_closure(s, BUDI, closure_id, replace(opened, day=date(2026, 12, 26)),
                               expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        batches.update_closure(s, ANI, closure_id, replace(opened, description="Natal"),
                               expected_version=version)  # fmt: skip
    assert refused.value.current == batches.ClosureInput(date(2026, 12, 26), "Cuti bersama")
    with pytest.raises(StaleDelete), db.transaction() as s:
        batches.remove_closure(s, ANI, closure_id, expected_version=version)
    with db.transaction() as s:
        # Its own day is not "already closed"; another closure's day is.
        other = batches.add_closure(s, ANI, date(2026, 12, 31), "Tutup buku")
        assert batches.closure_problems(s, date(2026, 12, 26), "Natal", closure_id) == {}
        assert set(batches.closure_problems(s, other.day, "Natal", closure_id)) == {"day"}
        assert set(batches.closure_problems(s, other.day, "x" * 201, closure_id)) == {
            "day", "description"}  # fmt: skip
    with db.transaction() as s:
        batches.remove_closure(s, ANI, closure_id, expected_version=version + 1)
    with db.session() as s:
        assert [c.description for c in batches.closures(s)] == ["Tutup buku"]


def test_an_account_changed_meanwhile_refuses_the_older_form_but_a_login_is_no_change(db):
    admin = Actor("admin", Role.ADMIN, user_id=1)  # the database's first account
    with db.transaction() as s:
        assert accounts.get_user(s, 1).username == "admin"
        siti = auth.create_user(s, admin, "siti", "Siti Rahayu", "operator", "Operator123").id
    with db.session() as s:
        opened, version = accounts.opened_account(s, siti)
    auth.login(db, "siti", "Operator123")
    with db.transaction() as s:
        accounts.update_user(s, BUDI_ADMIN, siti, replace(opened, role="kepala"),
                             expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        auth.reset_password(s, admin, "siti", "Baru789xyz", expected_version=version)
    assert "budi" in refused.value.message and refused.value.current.role == "kepala"
    with pytest.raises(StaleRecord), db.transaction() as s:
        accounts.update_user(s, admin, siti, replace(opened, active=False),
                             expected_version=version)  # fmt: skip
    # Nobody switches off their own account, and one active administrator always remains.
    with pytest.raises(FieldErrors) as own, db.transaction() as s:
        accounts.update_user(s, admin, 1, accounts.AccountInput("Admin BLK", "admin", False))
    assert set(own.value.errors) == {"role", "active"}
    with pytest.raises(FieldErrors) as last, db.transaction() as s:
        accounts.update_user(s, BUDI_ADMIN, 1, accounts.AccountInput("Admin BLK", "operator"))
    assert set(last.value.errors) == {"role"}
    with db.session() as s:
        assert accounts.opened_account(s, 1)[1] == 1


def test_the_institution_profile_saved_meanwhile_refuses_the_older_form(db):
    admin = Actor("admin", Role.ADMIN, user_id=1)
    with db.session() as s:
        opened, version, _code = institution_profile.opened_profile(s)
    with db.transaction() as s:
        institution_profile.update_profile(s, BUDI_ADMIN, replace(opened, phone="0252201234"),
                                           expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        institution_profile.update_profile(s, admin, replace(opened, email="blk@lebak.go.id"),
                                           expected_version=version)  # fmt: skip
    assert refused.value.current.phone == "0252201234" and "budi" in refused.value.message
    too_long = replace(opened, name="B" * 201, phone="12", email="blk@", head_nip="1" * 17)
    assert set(institution_profile.problems(too_long)) == {"name", "phone", "email", "head_nip"}
    with pytest.raises(FieldErrors), db.transaction() as s:
        institution_profile.update_profile(s, admin, too_long)


def test_a_vocation_renamed_meanwhile_refuses_the_older_form_and_new_codes_are_checked(db):
    admin = Actor("admin", Role.ADMIN, user_id=1)
    with db.transaction() as s:
        vocation_id = catalog.save_vocation(s, admin, catalog.VocationInput("pkr", "Perikanan")).id
        assert set(catalog.vocation_problems(s, catalog.VocationInput("PKR", "x"))) == {
            "code", "name"}  # fmt: skip
    with db.session() as s:
        opened, version = catalog.opened_vocation(s, vocation_id)
    assert opened == catalog.VocationInput("PKR", "Perikanan")
    with db.transaction() as s:
        catalog.save_vocation(s, BUDI_ADMIN, replace(opened, name="Perikanan Air Tawar"),
                              vocation_id, expected_version=version)  # fmt: skip
    with pytest.raises(StaleRecord) as refused, db.transaction() as s:
        catalog.save_vocation(s, admin, replace(opened, name="Perikanan Laut"), vocation_id,
                              expected_version=version)  # fmt: skip
    assert refused.value.current.name == "Perikanan Air Tawar"
