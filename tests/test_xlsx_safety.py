"""No text cell ever becomes a formula, and NIK stays text."""

import re
import zipfile

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook
from xlsxwriter.utility import xl_rowcol_to_cell

from blkdesk.exchange.xlsx_safety import (
    CellNotWritten,
    SafeWriter,
    is_risky,
    quoted,
    safe_text,
    show_nik,
    xlsx_file,
)


def test_formula_triggers_are_recognised():
    for text in ('=HYPERLINK("x")', "+62812", "-1+2", "@SUM(A1)", "\tx", "\rx"):
        assert is_risky(text)
        assert safe_text(text) == "'" + text
    for text in ("Siti", "3601", " =x", "a=b", ""):
        assert not is_risky(text)
        assert safe_text(text) == text


def test_masked_nik_hides_birth_date_and_serial():
    assert show_nik("3604015505990001", masked=True) == "3604••••••••••01"
    assert show_nik("3604015505990001", masked=False) == "3604015505990001"


def _write(path, values):
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("t")
    text = book.add_format({"num_format": "@"})
    writer = SafeWriter(ws, text, quoted(book, {"num_format": "@"}))
    for r, value in enumerate(values):
        writer.text(r, 0, value)
    book.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
        st.sampled_from(["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "=HYPERLINK(\"x\")"]),
    ),
    min_size=1, max_size=8,
))  # fmt: skip
def test_any_text_stays_a_text_cell_with_its_exact_characters(tmp_path, values):
    path = tmp_path / "t.xlsx"
    _write(path, values)
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    cells = re.findall(r'<c r="A\d+"([^>]*)>', sheet)
    assert all('t="s"' in attrs for attrs in cells)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("t").to_python()
    assert [r[0] for r in rows] == values


def test_risky_text_carries_the_quote_prefix(tmp_path):
    import openpyxl

    path = tmp_path / "t.xlsx"
    _write(path, ["=1+1", "Siti", "3601015505990001"])
    ws = openpyxl.load_workbook(path)["t"]
    assert ws["A1"].quotePrefix and ws["A1"].value == "=1+1"
    assert not ws["A2"].quotePrefix
    assert ws["A3"].data_type == "s" and ws["A3"].number_format == "@"


def test_a_cell_xlsxwriter_would_cut_or_drop_stops_the_export_and_writes_nothing(tmp_path):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"berkas lama")
    for options, (row, col, value) in (
        ({}, (3, 1, "x" * 32_768)),  # XlsxWriter would cut it to 32,767 and return -2
        ({"constant_memory": True}, (1_048_576, 0, "baris terlalu jauh")),  # it would drop it
    ):
        with pytest.raises(CellNotWritten) as refused, xlsx_file(target, options) as book:
            sheet = book.add_worksheet("Peserta")
            sheet.write_string(0, 0, "awal")
            sheet.write(row, col, value)
        assert f"sel {xl_rowcol_to_cell(row, col)} di lembar Peserta" in refused.value.message
        assert target.read_bytes() == b"berkas lama"
        # (beside the test's own data folder)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "laporan.xlsx"]
    with xlsx_file(target) as book:
        book.add_worksheet("Peserta").write(0, 0, "=1+1")  # text stays text
    assert CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Peserta").to_python() == [
        ["=1+1"]
    ]
