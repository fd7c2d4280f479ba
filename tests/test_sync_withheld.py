"""What the province does not need stays at the BLK (sync_format.WITHHELD): left out of the
sync workbook, dropped from an older BLKDesk's files at the merge, and blanked where older
files left it in the province's database."""

import zipfile

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select, update

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


def test_what_older_files_left_at_the_province_is_blanked_once_and_audited(
    blk, province, tmp_path, capsys
):
    from blkdesk.cli import main

    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    assert merge.merge_files(province, ADMIN, [out.path]).purged == {}
    # As a province merging with an older BLKDesk kept them: the values, and no purge yet.
    _fill_withheld(province, keep_stamps=True)
    with province.transaction() as s:
        s.execute(Setting.__table__.delete().where(Setting.key == withheld.DONE_SETTING))
        stamps = dict(s.execute(select(Trainee.uuid, Trainee.updated_at)).all())
        marks = s.scalar(select(func.count()).select_from(AttendanceMark))
    held = _withheld_at(province)
    assert held["attendance_mark.note"] == marks and held["trainee.religion"] > 0

    # A file refused leaves them, and the purge still to do: nothing of it is written.
    refused = tmp_path / "bukan-sinkron.xlsx"
    refused.write_bytes(b"PK\x03\x04 bukan buku kerja")
    (result,) = merge.merge_files(province, ADMIN, [refused]).files
    assert result.reason and result.purged == {}
    assert _withheld_at(province) == held
    with province.session() as s:
        assert withheld.purge_needed(s)

    # The next merge (here of a file already merged, through the command line) blanks them.
    assert main(["merge", "--db", province.url, str(out.path)]) == 0
    said = capsys.readouterr().out
    assert "isian data pribadi dari berkas sinkronisasi lama" in said
    assert f"Sebelum penggabungan, {number(sum(held.values()))} isian" in said
    assert set(_withheld_at(province).values()) == {0}
    with province.session() as s:
        # The BLK's stamps stay: its later files still compare as before.
        assert dict(s.execute(select(Trainee.uuid, Trainee.updated_at)).all()) == stamps
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).all()
    assert event.entity == "withheld_fields" and event.user_name == "admin"
    assert "attendance_mark.note" in event.changes and "demam" not in event.changes
    assert dump(province, "PDG") == dump(blk, "PDG")

    # Once done, a merge does not look again.
    _fill_withheld(province, keep_stamps=True)
    assert merge.merge_files(province, ADMIN, [out.path]).purged == {}
    with province.session() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.action == "purge")) == 1


def test_a_blks_own_records_are_never_blanked(blk):
    with blk.transaction() as s:
        assert withheld.purge_withheld(s, ADMIN) == {}
    assert all(_withheld_at(blk).values())


def test_an_operator_cannot_purge(province):
    with province.transaction() as s, pytest.raises(PermissionDenied):
        withheld.purge_withheld(s, Actor("op", Role.OPERATOR))
