"""What the province does not need stays at the BLK (sync_format.WITHHELD): left out of the
sync workbook, dropped from an older BLKDesk's files at the merge, and blanked where older
files left it in the province's database."""

import getpass
import json
import os
import signal
import subprocess
import sys
import textwrap
import zipfile

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import event, func, select, update

from blkdesk.core.errors import PermissionDenied
from blkdesk.core.models import (
    AttendanceMark,
    AuditEvent,
    Batch,
    Certificate,
    Enrollment,
    Instructor,
    Placement,
    Setting,
    Trainee,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.sentences import number
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.exchange import merge, sync_export, sync_format, withheld
from blkdesk.exchange.sync_format import SHEETS, WITHHELD
from tests.support.exchange_data import build, dump, new_blk

ADMIN = Actor("admin", Role.ADMIN)
MODELS = {
    "trainee": Trainee,
    "attendance_mark": AttendanceMark,
    "enrollment": Enrollment,
    "certificate": Certificate,
    "placement": Placement,
    "batch": Batch,
    "instructor": Instructor,
}


def _secret(column: str) -> str:
    """A value no other cell holds, so finding it anywhere in a file means it leaked (SQLite
    keeps it whole whatever the column's declared length)."""
    return f"rahasia {column}"


def _fill_withheld(db, *, keep_stamps: bool = False) -> None:
    """Every withheld field of every row given a recognisable value (a health note beside the
    marks). `keep_stamps`: as an older BLKDesk's merge left them at the province, unstamped."""
    with db.transaction() as s:
        for table, columns in WITHHELD.items():
            model = MODELS[table]
            values: dict[str, object] = {c: _secret(c) for c in columns}
            if table == "attendance_mark":
                values["note"] = "demam tinggi, opname"
            if keep_stamps:
                values["updated_at"] = model.updated_at
            s.execute(update(model).values(values))


def _cells(path) -> list[str]:
    book = CalamineWorkbook.from_path(str(path))
    return [
        str(cell)
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for cell in row
    ]


def _withheld_at(db) -> dict[str, int]:
    """How many rows still hold something in each withheld field."""
    out = {}
    with db.session() as s:
        for table, columns in WITHHELD.items():
            model = MODELS[table]
            for c in columns:
                col = model.__table__.c[c]
                out[f"{table}.{c}"] = s.scalar(select(func.count()).where(col != ""))
    return out


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    build(db)
    with db.transaction() as s:
        s.add(Instructor(inst_code="PDG", name="Instruktur Las", id_number="x", phone="x"))
    _fill_withheld(db)
    yield db
    db.dispose()


def test_every_withheld_field_is_a_blank_able_text_column_and_not_a_header():
    by_name = {s.name: s for s in SHEETS}
    for table, columns in WITHHELD.items():
        sheet = by_name[table]
        for column in columns:
            c = sheet.table.c[column]
            assert not c.foreign_keys and not c.nullable and c.default.arg == "", column
            assert column not in sheet.headers
        assert {f.name for f in sheet.withheld} == columns


def test_the_sync_workbook_leaves_out_health_notes_and_what_the_province_does_not_need(
    blk, province, tmp_path
):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    cells = _cells(out.path)
    assert not [c for c in cells if "rahasia" in c or "demam" in c]
    book = CalamineWorkbook.from_path(str(out.path))
    for table, columns in WITHHELD.items():
        assert not set(book.get_sheet_by_name(table).to_python()[0]) & columns, table
    headers = set(book.get_sheet_by_name("trainee").to_python()[0])
    # What the province does use travels, and the signed file merges.
    assert {"nik", "name", "birth_date", "sex", "education", "disability", "phone"} <= headers
    (result,) = merge.merge_files(province, ADMIN, [out.path]).files
    assert result.reason == ""
    assert dump(province, "PDG") == dump(blk, "PDG")
    assert set(_withheld_at(province).values()) == {0}


def test_a_delta_leaves_them_out_too(blk, tmp_path):
    sync_export.export_sync(blk, ADMIN, tmp_path / "penuh.xlsx", full=True)
    with blk.transaction() as s:
        s.execute(update(AttendanceMark).values(note="sakit tifus"))
        s.execute(update(Trainee).values(notes="pernah dirawat"))
    delta = sync_export.export_sync(blk, ADMIN, tmp_path / "delta.xlsx")
    assert delta.kind == "sync_delta" and delta.row_counts["attendance_mark"] > 0
    assert not [c for c in _cells(delta.path) if "tifus" in c or "dirawat" in c]


def _old_blkdesk_export(monkeypatch, blk, path):
    """The file a BLK that has not upgraded sends: every column, signed and checksummed."""
    with monkeypatch.context() as m:
        m.setattr(sync_format, "WITHHELD", {})
        old = tuple(sync_format._named(s.model) for s in sync_format.ALL_SHEETS)
        m.setattr(sync_export, "ALL_SHEETS", old)
        m.setattr(sync_export, "INSTITUTION", old[0])
        return sync_export.export_sync(blk, ADMIN, path, full=True).path


def test_an_older_blkdesks_full_file_merges_without_what_is_withheld(
    blk, province, tmp_path, monkeypatch
):
    path = _old_blkdesk_export(monkeypatch, blk, tmp_path / "lama.xlsx")
    cells = _cells(path)
    assert "demam tinggi, opname" in cells and "rahasia religion" in cells
    (result,) = merge.merge_files(province, ADMIN, [path]).files
    assert result.reason == "" and result.total("added") > 0
    assert dump(province, "PDG") == dump(blk, "PDG")
    assert set(_withheld_at(province).values()) == {0}
    # Merging the same file again, and this version's file after it, changes nothing.
    (again,) = merge.merge_files(province, ADMIN, [path]).files
    assert again.identical
    new = sync_export.export_sync(blk, ADMIN, tmp_path / "baru.xlsx", full=True)
    (after,) = merge.merge_files(province, ADMIN, [new.path]).files
    assert after.reason == "" and after.total("updated") == after.total("added") == 0


def test_a_withheld_cell_changed_in_an_older_file_still_fails_its_checksum(
    blk, province, tmp_path, monkeypatch
):
    """Not stored, but signed: a file edited after export is refused whole all the same."""
    path = _old_blkdesk_export(monkeypatch, blk, tmp_path / "lama.xlsx")
    tampered = tmp_path / "diubah.xlsx"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(tampered, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if b"rahasia religion" in data:
                data = data.replace(b"rahasia religion", b"rahasia agamaXX", 1)
            new.writestr(item, data)
    (result,) = merge.merge_files(province, ADMIN, [tampered]).files
    assert "tidak cocok dengan kode pengamannya" in result.reason
    with province.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0


def _as_an_older_blkdesk_left_it(province) -> dict[str, int]:
    """The values an older BLKDesk's merges kept, and no purge done yet: what each withheld
    field now holds."""
    _fill_withheld(province, keep_stamps=True)
    with province.transaction() as s:
        s.execute(Setting.__table__.delete().where(Setting.key == withheld.DONE_SETTING))
        marks = s.scalar(select(func.count()).select_from(AttendanceMark))
    held = _withheld_at(province)
    assert held["attendance_mark.note"] == marks and held["trainee.religion"] > 0
    return held


def _stamps(db) -> dict[str, object]:
    with db.session() as s:
        return dict(s.execute(select(Trainee.uuid, Trainee.updated_at)).all())


def _purges(db) -> list[AuditEvent]:
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "purge")))


def test_what_older_files_left_at_the_province_is_blanked_once_and_audited(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    assert merge.merge_files(province, ADMIN, [out.path]).purged == {}
    held = _as_an_older_blkdesk_left_it(province)
    stamps = _stamps(province)

    # A file refused leaves them, and the purge still to do: nothing of it is written.
    refused = tmp_path / "bukan-sinkron.xlsx"
    refused.write_bytes(b"PK\x03\x04 bukan buku kerja")
    (result,) = merge.merge_files(province, ADMIN, [refused]).files
    assert result.reason and result.purged == {}
    assert _withheld_at(province) == held
    with province.session() as s:
        assert withheld.purge_needed(s)

    # The next merge (here of a file already merged) blanks them, for a database BLKDesk did
    # not open itself (it blanks them on opening: see the tests below).
    report = merge.merge_files(province, ADMIN, [out.path])
    said = withheld.purge_said(report.purged)
    assert "isian data pribadi dari berkas sinkronisasi lama" in said
    assert f"Sebelum penggabungan, {number(sum(held.values()))} isian" in said
    assert set(_withheld_at(province).values()) == {0}
    # The BLK's stamps stay: its later files still compare as before.
    assert _stamps(province) == stamps
    (event,) = _purges(province)
    assert event.entity == "withheld_fields" and event.user_name == "admin"
    assert "attendance_mark.note" in event.changes and "demam" not in event.changes
    assert dump(province, "PDG") == dump(blk, "PDG")

    # Once done, a merge does not look again.
    _fill_withheld(province, keep_stamps=True)
    assert merge.merge_files(province, ADMIN, [out.path]).purged == {}
    with province.session() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.action == "purge")) == 1


def _merged(blk, province, tmp_path) -> dict[str, int]:
    """The province after a file from this version, then left as an older BLKDesk's merges
    would have left it; the database closed, as before an upgrade."""
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    assert merge.merge_files(province, ADMIN, [out.path]).files[0].reason == ""
    held = _as_an_older_blkdesk_left_it(province)
    province.dispose()
    return held


def test_the_province_desk_blanks_them_when_it_first_opens_without_a_file(blk, province, tmp_path):
    from blkdesk.ui.app import open_checked

    held = _merged(blk, province, tmp_path)
    stamps = _stamps(province)
    opened = open_checked(str(province.path))
    try:
        assert set(_withheld_at(opened.db).values()) == {0}
        assert _stamps(opened.db) == stamps
        (event,) = _purges(opened.db)
        # Before anyone logs in: as the operating-system user who started BLKDesk.
        assert event.user_name == f"{getpass.getuser()} (BLKDesk)"
        counted = json.loads(event.changes)
        assert sum(before for before, _after in counted.values()) == sum(held.values())
        assert dump(opened.db, "PDG") == dump(blk, "PDG")
    finally:
        opened.db.dispose()
        opened.lock.release()
    # The next start finds nothing to do, and does nothing.
    opened = open_checked(str(province.path))
    try:
        assert len(_purges(opened.db)) == 1
    finally:
        opened.db.dispose()
        opened.lock.release()


def test_the_desk_opens_all_the_same_when_blanking_fails(blk, province, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from blkdesk.ui.app import open_checked

    held = _merged(blk, province, tmp_path)

    def _disk_full(*_args):
        raise OperationalError("UPDATE", {}, Exception("database or disk is full"))

    monkeypatch.setattr(withheld, "purge_withheld", _disk_full)
    opened = open_checked(str(province.path))
    try:
        assert _withheld_at(opened.db) == held and _purges(opened.db) == []
    finally:
        opened.db.dispose()
        opened.lock.release()


def test_the_command_line_blanks_them_when_it_opens_the_database(blk, province, tmp_path, capsys):
    from blkdesk.cli import main

    held = _merged(blk, province, tmp_path)
    assert main(["followup", "--db", province.url]) == 0
    said = capsys.readouterr().err
    assert f"Saat database dibuka, {number(sum(held.values()))} isian data pribadi" in said
    assert set(_withheld_at(province).values()) == {0}
    (event,) = _purges(province)
    assert event.user_name == f"{getpass.getuser()} (CLI)"
    assert main(["followup", "--db", province.url]) == 0
    assert "Saat database dibuka" not in capsys.readouterr().err
    assert len(_purges(province)) == 1


def test_once_done_opening_costs_one_read(province):
    with province.transaction() as s:
        withheld.purge_withheld(s, ADMIN)
    said: list[str] = []

    def _said(_conn, _cursor, statement, *_args) -> None:
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            said.append(statement)

    event.listen(province.engine, "before_cursor_execute", _said)
    try:
        assert withheld.purge_at_open(province, ADMIN) == {}
    finally:
        event.remove(province.engine, "before_cursor_execute", _said)
    assert len(said) == 1 and said[0].startswith("SELECT")


def test_a_blks_database_is_never_touched_when_opened(blk):
    from blkdesk.ui.app import open_checked

    held = _withheld_at(blk)
    assert withheld.purge_at_open(blk, ADMIN) == {}
    blk.dispose()
    opened = open_checked(str(blk.path))
    try:
        assert _withheld_at(opened.db) == held
        assert _purges(opened.db) == []
        with opened.db.session() as s:
            assert s.get(Setting, withheld.DONE_SETTING) is None
    finally:
        opened.db.dispose()
        opened.lock.release()


def test_a_kill_halfway_through_leaves_every_value_or_none(blk, province, tmp_path):
    held = _merged(blk, province, tmp_path)
    # Killed (power cut, task manager) after the third field blanked, before the commit.
    child = textwrap.dedent(f"""
        import os, signal
        from sqlalchemy import event
        from blkdesk.core.permissions import Actor, Role
        from blkdesk.core.storage.db import open_database, resolve_url
        from blkdesk.exchange import withheld

        db = open_database(resolve_url({str(province.path)!r}))
        blanked = []

        @event.listens_for(db.engine, "after_cursor_execute")
        def halfway(_conn, cursor, statement, *_args):
            if statement.startswith("UPDATE") and cursor.rowcount > 0:
                blanked.append(statement)
                if len(blanked) == 3:
                    os.kill(os.getpid(), signal.SIGKILL)

        withheld.purge_at_open(db, Actor("admin", Role.ADMIN))
    """)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", child], env=os.environ.copy(), check=False)
    assert done.returncode == -signal.SIGKILL
    again = open_database(resolve_url(str(province.path)))
    try:
        assert _withheld_at(again) == held
        assert _purges(again) == []
        with again.session() as s:
            assert withheld.purge_needed(s)
        assert sum(withheld.purge_at_open(again, ADMIN).values()) == sum(held.values())
        assert set(_withheld_at(again).values()) == {0}
    finally:
        again.dispose()


def test_a_blks_own_records_are_never_blanked(blk):
    with blk.transaction() as s:
        assert withheld.purge_withheld(s, ADMIN) == {}
    assert all(_withheld_at(blk).values())


def test_an_operator_cannot_purge(province):
    with province.transaction() as s, pytest.raises(PermissionDenied):
        withheld.purge_withheld(s, Actor("op", Role.OPERATOR))


@pytest.mark.postgres
def test_two_pcs_opening_the_office_servers_province_at_once_both_open(blk, tmp_path, pg_db_url):
    """A province upgraded with nothing left to blank, opened by two PCs at once: both find
    the setting missing, the first one's insert commits while the second waits on it, and the
    second opens without an error instead of failing on the duplicate."""
    import threading

    from blkdesk.core.institution import setup
    from tests.support.exchange_data import institution

    first = open_database(pg_db_url)
    data = institution("DISNAKER36", "36")
    data.kind = "disnaker_provinsi"
    setup(first, data, "admin", "Admin", "Rahasia123")
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    assert merge.merge_files(first, ADMIN, [out.path]).files[0].reason == ""
    with first.transaction() as s:
        s.execute(Setting.__table__.delete().where(Setting.key == withheld.DONE_SETTING))
    second = open_database(pg_db_url)
    results: list[object] = []
    try:
        with first.transaction() as s:
            assert withheld.purge_withheld(s, ADMIN) == {}
            s.flush()
            waiting = threading.Thread(
                target=lambda: results.append(_purge_or_error(second)), daemon=True
            )
            waiting.start()
            waiting.join(2)  # waits on the setting this transaction has written
            assert waiting.is_alive()
        waiting.join(30)
        assert results == [{}]
        with second.session() as s:
            assert not withheld.purge_needed(s)
    finally:
        second.dispose()
        first.dispose()


def _purge_or_error(db) -> object:
    try:
        return withheld.purge_at_open(db, ADMIN)
    except Exception as exc:  # what the second PC would have met
        return exc
