"""The daftar hadir in Excel: export, fill in, import back; mismatched files import nothing."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, select

from blkdesk.core.attendance import attendance
from blkdesk.core.errors import ValidationError
from blkdesk.core.models import AuditEvent
from blkdesk.exchange.attendance_xlsx import HEADER_ROW, export_xlsx, import_xlsx
from tests.support.batches import keyed_codes, running_batch

TODAY = date(2025, 3, 31)


def _grid(db, batch_id):
    with db.session() as s:
        return attendance.load_grid(s, batch_id, TODAY)


def _fill(path, cells):
    """Type into the exported workbook as a clerk would in Excel: {(row, col): value}."""
    book = load_workbook(path)
    sheet = book["Presensi"]
    for (row, col), value in cells.items():
        sheet.cell(row=HEADER_ROW + 2 + row, column=5 + col, value=value)
    book.save(path)


def test_round_trip_imports_what_was_typed(db, admin, tmp_path):
    b = running_batch(db, days=5, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    attendance.set_mark(db, admin, b.id, b.enrollments[0], b.days[0], "S", today=TODAY)
    attendance.set_note(db, admin, b.id, b.enrollments[0], b.days[0], "surat dokter", today=TODAY)
    path = tmp_path / "hadir.xlsx"
    assert export_xlsx(_grid(db, b.id), path) == 5
    sheet = load_workbook(path)["Presensi"]
    assert sheet.cell(row=HEADER_ROW + 2, column=3).value == "Ahmad Hidayat"
    assert sheet.cell(row=HEADER_ROW + 2, column=4).value.startswith("3602••")
    assert sheet.cell(row=HEADER_ROW + 2, column=5).value == "S"
    _fill(path, {(0, 1): "h", (1, 0): "H", (1, 1): " i ", (2, 4): "A", (0, 0): None})
    result = import_xlsx(db, admin, b.id, path, today=TODAY)
    assert result.errors == ()
    assert (result.rows_read, result.rows_imported) == (5, 5)
    codes = keyed_codes(db)
    assert codes[(b.enrollments[0], b.days[0])] == "S"  # an emptied cell clears nothing
    assert codes[(b.enrollments[0], b.days[1])] == "H"
    assert codes[(b.enrollments[1], b.days[1])] == "I"
    assert codes[(b.enrollments[2], b.days[4])] == "A"
    assert len(codes) == 5
    with db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.action == "import")) == 4
    again = import_xlsx(db, admin, b.id, path, today=TODAY)
    assert not again.changes  # importing the same file twice changes nothing


def test_bad_rows_are_reported_and_left_out(db, admin, tmp_path):
    b = running_batch(db, days=5, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    path = tmp_path / "hadir.xlsx"
    export_xlsx(_grid(db, b.id), path)
    _fill(path, {(0, 0): "X", (0, 1): "H", (1, 0): "H", (3, 3): "H"})
    book = load_workbook(path)
    book["Presensi"].cell(row=HEADER_ROW + 6, column=2, value="bukan-id")
    book["Presensi"].cell(row=HEADER_ROW + 6, column=5, value="H")
    book.save(path)
    result = import_xlsx(db, admin, b.id, path, today=TODAY)
    assert result.errors == (
        "Baris 6 (Ahmad Hidayat): kode 'X' pada 3 Maret 2025 tidak dikenal.",
        "Baris 9 (Rizki Saputra): Rizki Saputra sudah mengundurkan diri sejak 5 Maret 2025; "
        "tidak ada presensi lagi.",
        "Baris 10: Siti Nurhasanah tidak terdaftar di Angkatan 0303/2025 (kolom ID peserta "
        "tidak cocok).",
    )
    assert result.rows_imported == 2
    assert keyed_codes(db) == {(b.enrollments[1], b.days[0]): "H"}


def test_a_file_for_another_batch_imports_nothing(db, admin, tmp_path):
    one = running_batch(db, days=5)
    other = running_batch(db, days=5, start=date(2025, 4, 14))
    path = tmp_path / "lain.xlsx"
    export_xlsx(_grid(db, other.id), path)
    _fill(path, {(0, 0): "H"})
    with pytest.raises(ValidationError, match=r"untuk angkatan lain .*Tidak ada yang diimpor"):
        import_xlsx(db, admin, one.id, path, today=TODAY)
    not_excel = tmp_path / "catatan.xlsx"
    not_excel.write_text("bukan excel")
    with pytest.raises(ValidationError, match="bukan berkas Excel"):
        import_xlsx(db, admin, one.id, not_excel, today=TODAY)
    assert keyed_codes(db) == {}


def test_a_day_column_the_batch_does_not_have_imports_nothing(db, admin, tmp_path):
    b = running_batch(db, days=5)
    path = tmp_path / "hadir.xlsx"
    export_xlsx(_grid(db, b.id), path)
    book = load_workbook(path)
    book["Presensi"].cell(row=HEADER_ROW + 1, column=6).value = date(2025, 3, 8)
    book.save(path)
    _fill(path, {(0, 0): "H"})
    with pytest.raises(ValidationError, match="8 Maret 2025 bukan hari pelatihan"):
        import_xlsx(db, admin, b.id, path, today=TODAY)
    assert keyed_codes(db) == {}


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.sampled_from(["H", "I", "S", "A", None]), min_size=15, max_size=15))
def test_export_then_import_reproduces_the_grid(db, admin, tmp_path_factory, codes):
    with db.session() as s:
        from blkdesk.core.models import Batch

        batch_id = s.scalar(select(Batch.id))
    if batch_id is None:
        batch_id = running_batch(db, days=5, names=("Ani", "Budi", "Cici")).id
    grid = _grid(db, batch_id)
    cells = [(p.enrollment_id, d) for p in grid.participants for d in grid.days]
    states = [attendance.MarkState(c) if c else None for c in codes]
    targets = dict(zip(cells, states, strict=True))
    attendance.write_states(db, admin, batch_id, targets, today=TODAY)
    path = tmp_path_factory.mktemp("x") / "grid.xlsx"
    export_xlsx(_grid(db, batch_id), path)
    attendance.write_states(db, admin, batch_id, dict.fromkeys(cells), today=TODAY)
    import_xlsx(db, admin, batch_id, path, today=TODAY)
    assert _grid(db, batch_id).marks == {k: v for k, v in targets.items() if v}


def test_cached_percent_is_the_formulas_own_value(db, admin, tmp_path):
    """A recalculating spreadsheet must show what BLKDesk saved: 29 of 30 days is 96.666…%,
    not 96.7 (the cell's format rounds it for display only)."""
    b = running_batch(db, days=30)
    late = date(2025, 12, 31)
    present = [(b.enrollments[0], day) for day in b.days[:29]]
    attendance.set_marks(db, admin, b.id, present, "H", today=late)
    attendance.set_mark(db, admin, b.id, b.enrollments[0], b.days[29], "A", today=late)
    path = tmp_path / "hadir.xlsx"
    export_xlsx(_grid(db, b.id), path)
    formulas = load_workbook(path)["Presensi"]
    cached = load_workbook(path, data_only=True)["Presensi"]
    col = 5 + 30 + 4
    assert formulas.cell(row=HEADER_ROW + 2, column=col).value.startswith("=100*")
    assert cached.cell(row=HEADER_ROW + 2, column=col).value == 100 * 29 / 30
    assert cached.cell(row=HEADER_ROW + 2, column=col).number_format == "0.0"
