"""Hostile and unlucky sync files at the province: each is merged exactly or refused whole with
one sentence naming the reason, and the province's database is as it was before."""

import re
import zipfile
from datetime import date, datetime
from unittest.mock import patch

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from blkdesk.cli import main
from blkdesk.core.clock import sentence_time
from blkdesk.core.models import AuditEvent, Institution, PinnedKey, Submission, Trainee
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import merge, province_intake, sheet_extent, sync_export
from blkdesk.exchange.monthly_workbook import export_monthly
from blkdesk.exchange.sync_format import SHEETS
from blkdesk.ui.screens import BlksPage
from blkdesk.ui.screens.reports.page import ReportsPage
from tests.support.exchange_data import MONTH, build, dump, new_blk
from tests.support.province_merges import merge_on_page
from tests.support.windows import context_of

ADMIN = Actor("admin", Role.ADMIN)
TRAINEE = next(s for s in SHEETS if s.name == "trainee")
# How wide a trainee part may be: an older BLKDesk's file also has the withheld columns.
TRAINEE_REACH = len(TRAINEE.headers) + len(TRAINEE.withheld)
CHANGED = (
    "Isi lembar {sheet} tidak cocok dengan kode pengamannya di lembar Manifest: berkas diubah "
    "setelah diekspor. Minta BLK mengirim ulang berkas aslinya."
)


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    build(db)
    yield db
    db.dispose()


def _full(db, path, **kw):
    return sync_export.export_sync(db, ADMIN, path, full=True, **kw).path


def _set_cell(source, target, sheet, column, value, row=2):
    book = openpyxl.load_workbook(source)
    ws = book[sheet]
    ws.cell(row, [c.value for c in ws[1]].index(column) + 1).value = value
    book.save(target)
    return target


def _receive(province, path):
    """Through the province's intake, as the desk's button and `blkdesk merge` do."""
    report = province_intake.receive_files(province, ADMIN, [path])
    (result,) = report.merge.files
    return result


def _state(province):
    with province.session() as s:
        pins = s.scalar(select(func.count()).select_from(PinnedKey))
        institutions = s.scalar(select(func.count()).select_from(Institution))
    return dump(province, "PDG"), dump(province, "LBK"), pins, institutions


@pytest.mark.parametrize("merged_before", [False, True], ids=["first", "again"])
@pytest.mark.parametrize(
    ("sheet", "column", "value"),
    [
        ("trainee", "birth_date", "2025-13-45"),  # no such date
        ("competency_unit", "jp", "delapan puluh"),  # not a number
        ("attendance_mark", "day", "kemarin"),  # a parent-keyed table
        ("enrollment", "trainee_uuid", "00000000-0000-4000-8000-000000000000"),  # unknown record
        ("trainee", "inst_code", "LBK"),  # another BLK's row
        ("trainee", "created_at", None),  # emptied: NOT NULL
        ("trainee", "name", 7),  # a number, where every cell was written as text
    ],
)
def test_a_cell_changed_in_a_large_table_is_refused_for_its_checksum(
    blk, province, tmp_path, monkeypatch, merged_before, sheet, column, value
):
    """A large table is merged a chunk at a time before its checksum is known at its end: the
    changed cell must not crash the merge nor be blamed on something else."""
    original = _full(blk, tmp_path / "asli.xlsx")
    if merged_before:
        assert _receive(province, original).reason == ""
    changed = _set_cell(original, tmp_path / "diubah.xlsx", sheet, column, value)
    monkeypatch.setattr(merge, "INSERT_CHUNK", 3)  # every table here spans several chunks
    before = _state(province)
    result = _receive(province, changed)
    assert result.reason == CHANGED.format(sheet=sheet)
    assert _state(province) == before
    with province.session() as s:
        assert s.scalar(select(AuditEvent.reason).where(AuditEvent.action == "merge_rejected")) == (
            result.reason
        )


def test_the_cli_refuses_a_changed_large_table_in_one_line(blk, province, tmp_path, capsys):
    original = _full(blk, tmp_path / "asli.xlsx")
    changed = _set_cell(original, tmp_path / "diubah.xlsx", "attendance_mark", "day", "x")
    merge.INSERT_CHUNK, saved = 3, merge.INSERT_CHUNK
    try:
        assert main(["merge", "--db", province.url, str(changed)]) == 1
    finally:
        merge.INSERT_CHUNK = saved
    captured = capsys.readouterr()
    assert captured.out.strip() == "DITOLAK diubah.xlsx: " + CHANGED.format(sheet="attendance_mark")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_a_changed_manifest_count_is_refused_for_its_signature(blk, province, tmp_path):
    original = _full(blk, tmp_path / "asli.xlsx")
    book = openpyxl.load_workbook(original)
    for row in book["Manifest"].iter_rows():
        if row[0].value == "trainee":
            row[1].value = "banyak"
    book.save(tmp_path / "manifest.xlsx")
    before = _state(province)
    result = _receive(province, tmp_path / "manifest.xlsx")
    # Said for what it is, not for how the changed number reads ("invalid literal for int()").
    assert result.reason.startswith("Tanda tangan Manifest tidak sah")
    assert _state(province) == before


def test_a_file_from_a_blk_clock_in_the_future_is_refused_and_hides_nothing(
    blk, province, tmp_path
):
    made = datetime(2099, 1, 1, 8)
    future = _full(blk, tmp_path / "2099.xlsx", now=lambda: made)
    before = _state(province)
    result = _receive(province, future)
    assert result.reason == (
        f"Berkas ini bertanggal {sentence_time(made)}, sesudah hari ini: tanggal atau jam "
        "komputer BLK salah. Berkas ditolak seluruhnya; minta BLK membetulkan tanggal "
        "komputernya, lalu mengekspor ulang berkas lengkap."
    )
    assert _state(province) == before
    # The clock set right, the BLK's next file is merged, not passed over as older.
    fixed = _full(blk, tmp_path / "benar.xlsx")
    result = _receive(province, fixed)
    assert result.reason == "" and not result.superseded
    assert dump(province, "PDG") == dump(blk, "PDG")


def test_a_database_copied_from_another_blk_is_refused_under_its_new_code(blk, province, tmp_path):
    """Another BLK's code with this BLK's key (its database copied, or its code changed): the
    key would stand for two BLKs and the real BLK of that code would be refused later."""
    assert _receive(province, _full(blk, tmp_path / "pdg.xlsx")).reason == ""
    with blk.session() as s:
        private, public = s.execute(
            select(Institution.private_key, Institution.public_key).where(Institution.is_local)
        ).one()
    copy = new_blk(tmp_path / "salinan", "LBK", "3602")
    build(copy, seed=2)
    with copy.transaction() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        inst.private_key, inst.public_key = private, public
    path = _full(copy, tmp_path / "lbk.xlsx")
    copy.dispose()
    before = _state(province)
    result = _receive(province, path)
    assert result.reason.startswith("Berkas LBK ditandatangani kunci ")
    assert "tercatat milik PDG: satu kunci hanya untuk satu BLK" in result.reason
    assert _state(province) == before


def test_records_of_another_blk_under_its_own_key_are_refused_by_sheet(blk, province, tmp_path):
    """A BLK whose records carry another BLK's UUIDs (its database began as a copy): refused in
    the clerk's words, not the database's."""
    assert _receive(province, _full(blk, tmp_path / "pdg.xlsx")).reason == ""
    with blk.session() as s:
        taken = s.scalar(select(Trainee.uuid).limit(1))
    other = new_blk(tmp_path / "lain", "LBK", "3602")
    build(other, seed=2)
    with other.transaction() as s:
        s.scalar(select(Trainee).limit(1)).uuid = taken
    path = _full(other, tmp_path / "lbk.xlsx")
    other.dispose()
    before = _state(province)
    result = _receive(province, path)
    assert result.reason == (
        "Lembar trainee memuat catatan yang di database provinsi sudah milik lembaga lain "
        "(UUID sama): database BLK ini tampaknya salinan database BLK lain. Berkas ditolak "
        "seluruhnya; tidak ada yang diimpor."
    )
    assert _state(province) == before


def test_a_changed_large_table_is_explained_in_english_on_the_merge_tab(
    qtbot, blk, province, tmp_path, monkeypatch, english
):
    original = _full(blk, tmp_path / "asli.xlsx")
    changed = _set_cell(original, tmp_path / "diubah.xlsx", "attendance_mark", "day", "x")
    monkeypatch.setattr(merge, "INSERT_CHUNK", 3)
    page = ReportsPage(context_of(province, province=True))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    before = _state(province)
    merge_on_page(qtbot, monkeypatch, page, [changed])
    assert page.merge_model.index(0, 9).data() == (
        "The contents of sheet attendance_mark do not match its check code in the Manifest "
        "sheet: the file was changed after it was exported. Ask the BLK to send the original "
        "file again."
    )
    assert _state(province) == before


def test_changes_from_a_blk_never_merged_in_full_are_refused(blk, province, tmp_path):
    """A delta alone would stand on the desk as the whole BLK (one trainee, no batches)."""
    first = _full(blk, tmp_path / "lengkap.xlsx")  # made, but lost on the way
    with blk.transaction() as s:
        s.scalar(select(Trainee).limit(1)).name = "Nama Baru"
    delta = sync_export.export_sync(blk, ADMIN, tmp_path / "perubahan.xlsx")
    assert delta.kind == "sync_delta"
    before = _state(province)
    result = _receive(province, delta.path)
    assert result.reason == (
        f"Berkas ini hanya berisi perubahan PDG sejak {sentence_time(delta.since)}, padahal "
        "provinsi belum pernah menerima berkas lengkapnya. Berkas ditolak seluruhnya; minta BLK "
        "mengekspor berkas sinkronisasi “Semua data (lengkap)” dan gabungkan itu dulu."
    )
    assert _state(province) == before
    # The full file first, then the same delta: both merge.
    assert _receive(province, first).reason == ""
    assert _receive(province, delta.path).reason == ""
    assert dump(province, "PDG") == dump(blk, "PDG")


# ---- cells far away: refused before calamine makes a dense block of them --------------------

FAR = "Lembar {sheet} berisi sel di luar {rows} baris dan {columns} kolom yang dapat dimuatnya"


def _with_part_edited(source, target, sheet, edit):
    """`source` with the XML of `sheet` passed through `edit`, every other part as it was."""
    part = sheet_extent.sheet_parts(source)[sheet]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, edit(data.decode()).encode() if item.filename == part else data)
    return target


def _far_cell(ref):
    row = "".join(ch for ch in ref if ch.isdigit())
    cell = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>catatan</t></is></c></row>'
    return lambda xml: xml.replace("</sheetData>", cell + "</sheetData>")


def test_a_cell_typed_far_below_the_manifest_is_refused_before_it_is_read(blk, province, tmp_path):
    """Below the signature nothing is signed; at XFD1048576 such a cell made calamine allocate
    seventeen billion cells. Past a thousand rows it is refused unread."""
    original = _full(blk, tmp_path / "asli.xlsx")
    far = _with_part_edited(original, tmp_path / "jauh.xlsx", "Manifest", _far_cell("A1001"))
    before = _state(province)
    result = _receive(province, far)
    assert result.reason.startswith(FAR.format(sheet="Manifest", rows="1.000", columns=26))
    assert _state(province) == before
    # A note typed just below the signature is harmless: the signed file merges.
    near = _with_part_edited(original, tmp_path / "dekat.xlsx", "Manifest", _far_cell("Z1000"))
    assert _receive(province, near).reason == ""
    assert dump(province, "PDG") == dump(blk, "PDG")


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        (_far_cell("AL2000"), "past its columns"),
        (_far_cell("A1048576"), "past its rows"),
        (_far_cell("A0000000099"), "past its rows, written with leading zeros"),
        (lambda xml: xml.replace('<c r="A2"', "<c", 1), "a cell placed by counting"),
        (lambda xml: xml.replace('<row r="3"', "<row", 1), "a row placed by counting"),
    ],
)
def test_a_table_reaching_past_what_it_holds_is_refused_unread(blk, province, tmp_path, edit, why):
    original = _full(blk, tmp_path / "asli.xlsx")
    with blk.session() as s:
        trainees = s.scalar(select(func.count()).select_from(Trainee))
    hostile = _with_part_edited(original, tmp_path / "jauh.xlsx", "trainee", edit)
    before = _state(province)
    result = _receive(province, hostile)
    assert result.reason.startswith(
        FAR.format(sheet="trainee", rows=trainees + 1, columns=TRAINEE_REACH)
    ), why
    assert _state(province) == before


def test_a_monthly_report_with_a_far_cell_in_its_info_is_refused(blk, province, tmp_path):
    assert _receive(province, _full(blk, tmp_path / "pdg.xlsx")).reason == ""
    report = tmp_path / "bulanan.xlsx"
    export_monthly(blk, ADMIN, MONTH, report)
    far = _with_part_edited(report, tmp_path / "jauh.xlsx", "Info", _far_cell("XFD1048576"))
    (receipt,) = province_intake.receive_files(province, ADMIN, [far]).monthly
    assert receipt.reason.startswith(FAR.format(sheet="Info", rows="1.000", columns=26))
    with province.session() as s:
        assert s.scalar(select(func.count()).select_from(Submission)) == 1  # the sync file's
    (receipt,) = province_intake.receive_files(province, ADMIN, [report]).monthly
    assert receipt.reason == "" and receipt.period == "2025-05"


@pytest.mark.parametrize("limit", [9, 10, 99, 100, 31, 71_000, 100_001])
def test_the_row_limit_is_exact(tmp_path, limit):
    path = tmp_path / "a.zip"
    for row, fits in ((limit, True), (limit + 1, False), (limit * 10, False)):
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("s.xml", f'<sheetData><row r="{row}"><c r="B{row}"/></row></sheetData>')
        with zipfile.ZipFile(path) as z:
            assert sheet_extent.fits(z, "s.xml", limit, 2) is fits, row


def _reference_last(xml):
    """Every cell and row with its reference as its last attribute, as WPS Office may write."""
    return re.sub(r'<(c|row) r="([A-Z0-9]+)"([^>]*?)(/?)>', r'<\1\3 r="\2"\4>', xml)


def test_a_file_written_with_references_last_merges_and_a_far_cell_there_is_refused(
    blk, province, tmp_path
):
    """A sheet re-saved by a program writing `r` after the other attributes is read as it is;
    a far cell written so is refused as surely as one written the usual way."""
    original = _full(blk, tmp_path / "asli.xlsx")
    far_last = lambda xml: _reference_last(_far_cell("A1048576")(xml))  # noqa: E731
    far = _with_part_edited(original, tmp_path / "jauh.xlsx", "trainee", far_last)
    assert '<c t="inlineStr" r="A1048576">' in _sheet_xml(far, "trainee")
    with blk.session() as s:
        trainees = s.scalar(select(func.count()).select_from(Trainee))
    before = _state(province)
    assert _receive(province, far).reason.startswith(
        FAR.format(sheet="trainee", rows=trainees + 1, columns=TRAINEE_REACH)
    )
    assert _state(province) == before
    last = _with_part_edited(original, tmp_path / "wps.xlsx", "trainee", _reference_last)
    written = _sheet_xml(last, "trainee")
    assert re.search(r'<c [^>]*" r="', written)
    assert not re.search(r'<(c|row) r="[^"]*" ', written)  # no reference first before another
    assert _receive(province, last).reason == ""
    assert dump(province, "PDG") == dump(blk, "PDG")


def _sheet_xml(path, sheet):
    with zipfile.ZipFile(path) as z:
        return z.read(sheet_extent.sheet_parts(path)[sheet]).decode()


@pytest.mark.parametrize(
    ("cell", "fits"),
    [
        ('<c r="B7"/>', True),
        ('<c s="1" t="n" r="B7"/>', True),  # WPS Office: the reference last
        ("<c s='1' r = 'B7' ><v>1</v></c>", True),  # single quotes, spaces around "="
        ('<c s="1" t="n" r="B8"/>', False),  # past the rows, written last
        ('<c s="1" t="n" r="C7"/>', False),  # past the columns, written last
        ('<c s="1" t="n"/>', False),  # no reference: placed by counting
        ('<c r="B7" s="1" r="B9000000"/>', False),  # twice: calamine takes the last
        ('<c r="B7" x:r="B9000000"/>', False),  # twice, the second prefixed
        ('<c x=">" r="B9000000"/>', False),  # a ">" inside a value hides nothing
        ('<x:c r="B9000000"/>', False),  # a prefixed name is still a cell to calamine
        ('<x:c s="1" r="B7"/>', True),
        ('<c s="1"r="B9000000"/>', False),  # not well formed
        ('<c s="1" r="b7"/>', False),  # lower case: not how any program writes it
    ],
)
@pytest.mark.parametrize("opening", ["", "usual"])
def test_a_cells_reference_is_read_wherever_it_stands(tmp_path, cell, fits, opening):
    """Bare, and inside the opening every spreadsheet program writes (whose namespace
    declaration `xmlns:r` the quick searches pass over): the same verdict."""
    path = tmp_path / "a.zip"
    rows = f'<sheetData><row spans="1:2" r="7">{cell}</row></sheetData>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("s.xml", f"{USUAL_ROOT}{rows}</worksheet>" if opening else rows)
    with zipfile.ZipFile(path) as z:
        assert sheet_extent.fits(z, "s.xml", 7, 2) is fits


# As XlsxWriter, Excel and LibreOffice open a worksheet part.
USUAL_ROOT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
)


class _NotSearched:
    def search(self, *_args: object) -> None:
        raise AssertionError("the thorough search was needed")


def test_the_parts_blkdesk_writes_are_proven_by_the_quick_searches_alone(
    blk, tmp_path, monkeypatch
):
    """Their root element declares `xmlns:r`, no cell's reference: they never need the
    thorough search, three times slower and holding the thread the merge runs on."""
    path = _full(blk, tmp_path / "asli.xlsx")
    monkeypatch.setattr(sheet_extent, "_beyond", lambda _rows, _columns: _NotSearched())
    with zipfile.ZipFile(path) as z:
        for sheet, part in sheet_extent.sheet_parts(path).items():
            assert USUAL_ROOT in z.read(part).decode(), sheet
            assert sheet_extent.fits(z, part, 100_000, 30), sheet


def test_a_cell_inside_an_unfinished_root_tag_is_still_searched(tmp_path):
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("s.xml", '<worksheet xmlns:r="x" <c r="B9000000"/></worksheet>')
    with zipfile.ZipFile(path) as z:
        assert not sheet_extent.fits(z, "s.xml", 7, 2)


def test_a_row_far_down_with_its_reference_last_is_refused(tmp_path):
    path = tmp_path / "a.zip"
    for row, fits in (('<row spans="1:2" r="7"/>', True), ('<row spans="1:2" r="8"/>', False)):
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("s.xml", f"<sheetData>{row}</sheetData>")
        with zipfile.ZipFile(path) as z:
            assert sheet_extent.fits(z, "s.xml", 7, 2) is fits, row


def test_an_old_file_sent_again_reads_as_passed_over_on_the_blk_list(
    qtbot, blk, province, tmp_path, english
):
    old = _full(blk, tmp_path / "lama.xlsx")
    with blk.transaction() as s:
        s.scalar(select(Trainee).limit(1)).name = "Nama Baru"
    new = _full(blk, tmp_path / "baru.xlsx")
    page = BlksPage(context_of(province, province=True))
    qtbot.addWidget(page)
    page.show()
    said = []
    with patch.object(QMessageBox, "information", lambda *a: said.append(a[2])):
        for files in ([new], [old], [new]):
            page.last_intake = None
            page.receive(files)
            qtbot.waitUntil(lambda: page.last_intake is not None, timeout=20_000)
    assert said[1:] == [
        "lama.xlsx (PDG): already covered by a newer full file; nothing changed",
        "baru.xlsx (PDG): identical to a file already merged; nothing changed",
    ]
    assert dump(province, "PDG") == dump(blk, "PDG")


def test_a_monthly_report_for_a_month_yet_to_come_is_not_logged(blk, province, tmp_path):
    assert _receive(province, _full(blk, tmp_path / "pdg.xlsx")).reason == ""
    # Signed by the BLK (a report edited to say so is refused for its signature): the month
    # was chosen on a BLK computer whose clock runs decades ahead.
    export_monthly(blk, ADMIN, date(2099, 1, 1), tmp_path / "2099.xlsx")
    (receipt,) = province_intake.receive_files(province, ADMIN, [tmp_path / "2099.xlsx"]).monthly
    assert receipt.reason == (
        "Laporan ini untuk bulan Januari 2099, yang belum tiba: bulan laporannya atau tanggal "
        "komputer BLK salah. Laporan tidak dicatat; minta BLK mengekspor ulang laporan bulan "
        "yang benar."
    )
    with province.session() as s:
        assert s.scalar(select(func.count()).select_from(Submission)) == 1  # the sync file's


def _cut_in_an_address(xml):
    return xml[: xml.rindex('<c r="A') + len('<c r="A')]


def test_a_manifest_cut_short_is_said_to_be_damaged_not_too_far(blk, province, tmp_path):
    original = _full(blk, tmp_path / "asli.xlsx")
    # Cut inside a cell's address: `<c r="A` reads as a column past the last.
    cut = _with_part_edited(original, tmp_path / "putus.xlsx", "Manifest", _cut_in_an_address)
    before = _state(province)
    result = _receive(province, cut)
    assert result.reason.startswith("Berkas tidak dapat dibaca (rusak atau terpotong)")
    assert _state(province) == before


LAUGHS = "".join(
    f'<!ENTITY {name} "{("&" + chr(ord(name) - 1) + ";") * 10}">' for name in "bcdefgh"
)


def _entity_bomb(xml):
    """Billion laughs: an entity a hundred million characters long once expanded."""
    doctype = f'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">{LAUGHS}]>'
    xml = xml.replace("<worksheet", doctype + "<worksheet", 1)
    at = xml.index("<t>", xml.index('r="B2"')) + len("<t>")
    return xml[:at] + "&h;" + xml[at:]


def test_an_entity_bomb_in_a_table_is_refused_once_in_one_sentence(blk, province, tmp_path):
    original = _full(blk, tmp_path / "asli.xlsx")
    bomb = _with_part_edited(original, tmp_path / "bom.xlsx", "trainee", _entity_bomb)
    before = _state(province)
    result = _receive(province, bomb)
    assert result.reason.startswith("Lembar trainee tidak dapat dibaca: ")
    assert result.reason.count("tidak dapat dibaca") == 1
    assert _state(province) == before
