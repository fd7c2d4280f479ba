"""The monthly report carries its BLK's signature, and the province logs only a genuine one.

Real files throughout: reports exported by BLKDesk, edited with openpyxl and in their XML,
re-saved by LibreOffice, signed by another key or made for another BLK, and an older unsigned
one. A refused report is named with one sentence and leaves no submission behind.
"""

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from unittest.mock import patch

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from blkdesk.cli import main
from blkdesk.core.certification.signing import fingerprint, generate_keypair
from blkdesk.core.models import Institution, PinnedKey, Submission
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import merge, province_intake, report_signature
from blkdesk.exchange.monthly_report import build_report
from blkdesk.exchange.monthly_workbook import export_monthly
from blkdesk.exchange.sheet_extent import sheet_parts
from blkdesk.exchange.sync_export import ExportFailed, export_sync
from blkdesk.exchange.xlsx_safety import SafeWorkbook
from blkdesk.ui.screens import BlksPage
from tests.support.exchange_data import MONTH, build, new_blk
from tests.support.windows import context_of

ADMIN = Actor("admin", Role.ADMIN)
EDITED = (
    "Isi lembar {sheets} tidak cocok dengan tanda tangan laporan: laporan diubah setelah "
    "diekspor. Laporan tidak dicatat; minta BLK mengirim ulang berkas aslinya."
)


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    build(db, per_batch=6, names={3: '=HYPERLINK("x")'})
    yield db
    db.dispose()


@pytest.fixture
def pinned(blk, province, tmp_path):
    """The province after merging PDG's first sync file: PDG's key is pinned."""
    sync = export_sync(blk, ADMIN, tmp_path / "sinkron-pdg.xlsx", full=True).path
    (result,) = province_intake.receive_files(province, ADMIN, [sync]).merge.files
    assert result.reason == ""
    return province


@pytest.fixture
def report(blk, tmp_path):
    return export_monthly(blk, ADMIN, MONTH, tmp_path / "laporan-pdg-2025-05.xlsx").path


def _receive(province, path):
    (receipt,) = province_intake.receive_files(province, ADMIN, [path]).monthly
    return receipt


def _monthly_logged(province):
    with province.session() as s:
        return s.scalar(select(func.count()).where(Submission.kind == "monthly"))


def _with_part(source: Path, target: Path, sheet: str, change) -> Path:
    """A copy whose sheet XML is changed by `change` (bytes -> bytes), nothing else touched."""
    part = sheet_parts(source)[sheet]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == part:
                changed = change(data)
                assert changed != data
                data = changed
            zout.writestr(item, data)
    return target


def _libreoffice(source: Path, folder: Path) -> Path:
    profile = folder / "lo-profile"
    proc = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "xlsx", "--outdir", str(folder / "lo"), str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    copy = folder / "lo" / source.name
    assert copy.read_bytes() != source.read_bytes()  # really written by LibreOffice
    return copy


# ---- genuine -----------------------------------------------------------------------------------


def test_a_genuine_report_is_logged_with_the_key_that_signed_it(blk, pinned, report):
    receipt = _receive(pinned, report)
    assert receipt.reason == "" and not receipt.duplicate
    assert (receipt.inst_code, receipt.period) == ("PDG", "2025-05")
    with blk.session() as s:
        key = s.scalar(select(Institution.public_key).where(Institution.is_local))
    assert receipt.key_fingerprint == fingerprint(key)
    assert _monthly_logged(pinned) == 1


def test_the_manifest_is_the_sync_files_signed_over_every_sheet(blk, report):
    manifest = report_signature.verify_report(report)
    assert manifest.facts["format"] == "BLKDesk laporan bulanan"
    assert manifest.facts["period"] == "2025-05" and manifest.code == "PDG"
    names = openpyxl.load_workbook(report, read_only=True).sheetnames
    assert names[-1] == "Manifest" and set(manifest.listed) == set(names[:-1])
    with blk.session() as s:
        participants = len(build_report(s, MONTH).participants)
    # Rows that hold something: the title, the subtitle, the header and one per participant.
    assert participants and manifest.listed["Peserta"].rows == 3 + participants


def test_the_first_report_of_a_registered_blk_pins_its_key_as_a_first_sync_file_would(
    blk, province, report, tmp_path
):
    from blkdesk.core.province import blks

    with province.transaction() as s:
        blks.save(s, ADMIN, blks.BlkInput("PDG", "UPTD BLK PDG", "uptd_kabkota", "3601", ""))
    assert _receive(province, report).reason == ""
    with province.session() as s, blk.session() as b:
        pin = s.scalar(select(PinnedKey).where(PinnedKey.inst_code == "PDG"))
        assert pin.public_key == b.scalar(select(Institution.public_key))
    # ... so the BLK's sync file signed by the same key merges.
    sync = export_sync(blk, ADMIN, tmp_path / "sinkron.xlsx", full=True).path
    (result,) = province_intake.receive_files(province, ADMIN, [sync]).merge.files
    assert result.reason == ""


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_libreoffice_resave_that_changes_no_cell_still_verifies(pinned, report, tmp_path):
    """The sync file's rule: the signature covers what the cells hold, not the file's bytes,
    so opening and saving the report in a spreadsheet program keeps it valid."""
    copy = _libreoffice(report, tmp_path)
    assert _receive(pinned, copy).reason == ""
    assert _monthly_logged(pinned) == 1


def test_formulas_written_as_shared_formulas_still_verify(pinned, report, tmp_path):
    """Excel saves a column of like formulas as one shared formula (LibreOffice does not):
    each cell's formula is spelled out before it is compared."""

    def share(xml: bytes) -> bytes:
        # F6 = D6+E6, F7 = D7+E7, ...: the first carries the formula, the rest refer to it.
        cells = re.findall(rb'<c r="F(\d+)"[^>]*><f>D\1\+E\1</f>', xml)
        assert len(cells) >= 2
        first = cells[0]
        xml = xml.replace(
            b'><f>D' + first + b'+E' + first + b'</f>',
            b'><f t="shared" ref="F' + first + b":F" + cells[-1] + b'" si="0">D' + first
            + b"+E" + first + b"</f>",
        )  # fmt: skip
        for row in cells[1:]:
            xml = xml.replace(b"><f>D" + row + b"+E" + row + b"</f>", b'><f t="shared" si="0"/>')
        return xml

    shared = _with_part(report, tmp_path / "excel.xlsx", "Rekap", share)
    assert _receive(pinned, shared).reason == ""


# ---- edited ------------------------------------------------------------------------------------


def test_a_name_edited_with_openpyxl_is_refused_and_not_logged(pinned, report, tmp_path):
    book = openpyxl.load_workbook(report)
    book["Peserta"]["D5"] = "Nama Lain"
    book.save(tmp_path / "diubah.xlsx")
    receipt = _receive(pinned, tmp_path / "diubah.xlsx")
    # openpyxl drops every formula's stored result too: the Rekap reads as changed as well.
    assert receipt.reason == EDITED.format(sheets="Rekap, Peserta")
    assert _monthly_logged(pinned) == 0


@pytest.mark.parametrize(
    ("sheet", "change", "what"),
    [
        ("Kehadiran", lambda x: re.sub(rb'(<c r="I5"[^>]*><v>)(\d+)',
                                       lambda m: m[1] + str(int(m[2]) + 3).encode(), x, count=1),
         "a number"),
        ("Rekap", lambda x: re.sub(rb"<f>SUBTOTAL\(9,", b"<f>2*SUBTOTAL(9,", x, count=1),
         "a formula, its stored result left as it was"),
        ("Rekap", lambda x: re.sub(rb"(<f>SUBTOTAL[^<]*</f><v>)(\d+)",
                                   lambda m: m[1] + str(int(m[2]) + 7).encode(), x, count=1),
         "a formula's stored result"),
        ("Kehadiran", lambda x: re.sub(rb'<c r="I5" s="(\d+)"><v>(\d+)</v>',
                                       rb'<c r="I5" s="\1" t="inlineStr"><is><t>\2</t></is>', x,
                                       count=1),
         "a count turned into text that reads the same, which no jumlah adds up"),
        ("Info", lambda x: x.replace(b"<c r=\"B5\"", b"<c r=\"B5\"", 1).replace(
            b"</sheetData>", b'<row r="60"><c r="A60" t="inlineStr"><is><t>Catatan</t></is>'
            b"</c></row></sheetData>"), "a row added"),
    ],
)  # fmt: skip
def test_a_cell_edited_in_the_xml_is_refused(pinned, report, tmp_path, sheet, change, what):
    edited = _with_part(report, tmp_path / "xml.xlsx", sheet, change)
    assert _receive(pinned, edited).reason == EDITED.format(sheets=sheet), what
    assert _monthly_logged(pinned) == 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_an_edit_survives_a_libreoffice_resave_as_an_edit(pinned, report, tmp_path):
    (tmp_path / "diubah").mkdir()
    edited = _with_part(report, tmp_path / "diubah" / report.name, "Kehadiran",
                        lambda x: re.sub(rb'(<c r="I5"[^>]*><v>)(\d+)',
                                         lambda m: m[1] + b"9" + m[2], x, count=1))  # fmt: skip
    copy = _libreoffice(edited, tmp_path / "lo-run")
    assert _receive(pinned, copy).reason == EDITED.format(sheets="Kehadiran")


def test_the_manifest_edited_breaks_its_signature(pinned, report, tmp_path):
    book = openpyxl.load_workbook(report)
    ws = book["Manifest"]
    for row in ws.iter_rows():
        if row[0].value == "period":
            row[1].value = "2025-04"
    book.save(tmp_path / "bulan-lain.xlsx")
    assert _receive(pinned, tmp_path / "bulan-lain.xlsx").reason.startswith(
        "Tanda tangan Manifest tidak sah: berkas diubah setelah diekspor"
    )


def test_a_sheet_added_after_signing_is_refused(pinned, report, tmp_path):
    book = openpyxl.load_workbook(report)
    book.create_sheet("Catatan")["A1"] = "Angka yang benar: 500 peserta"
    book.save(tmp_path / "tambah.xlsx")
    assert "Lembar Catatan ditambahkan setelah laporan ditandatangani" in (
        _receive(pinned, tmp_path / "tambah.xlsx").reason
    )


# ---- whose key ---------------------------------------------------------------------------------


def _new_key(db):
    private, public = generate_keypair()
    with db.transaction() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        inst.private_key, inst.public_key = private, public
    return fingerprint(public)


def test_a_report_signed_by_another_key_than_the_pinned_one_is_refused(blk, pinned, tmp_path):
    new = _new_key(blk)
    report = export_monthly(blk, ADMIN, MONTH, tmp_path / "kunci-baru.xlsx").path
    receipt = _receive(pinned, report)
    with pinned.session() as s:
        old = s.scalar(select(PinnedKey.fingerprint).where(PinnedKey.inst_code == "PDG"))
    assert receipt.reason.startswith(
        f"Berkas ini ditandatangani kunci {new}, padahal kunci PDG yang tercatat di provinsi "
        f"adalah {old}. Berkas ditolak seluruhnya."
    )
    assert _monthly_logged(pinned) == 0


def test_a_report_in_another_blks_name_is_refused(pinned, tmp_path):
    """LBK's database, its code changed to PDG: the report says PDG but LBK's key signed it;
    and LBK's genuine report with its Info edited to say PDG."""
    other = new_blk(tmp_path, "LBK")
    build(other, per_batch=2)
    own = export_monthly(other, ADMIN, MONTH, tmp_path / "lbk.xlsx").path
    with other.transaction() as s:
        s.scalar(select(Institution).where(Institution.is_local)).code = "PDG"
    posing = export_monthly(other, ADMIN, MONTH, tmp_path / "menyamar.xlsx").path
    other.dispose()
    assert "padahal kunci PDG yang tercatat di provinsi" in _receive(pinned, posing).reason
    book = openpyxl.load_workbook(own)
    for row in book["Info"].iter_rows():
        if row[0].value == "Kode lembaga":
            row[1].value = "PDG"
    book.save(tmp_path / "info-diubah.xlsx")
    assert _receive(pinned, tmp_path / "info-diubah.xlsx").reason.startswith("Isi lembar ")
    assert _monthly_logged(pinned) == 0


def test_a_key_the_province_holds_for_another_blk_is_not_pinned_for_a_new_code(
    blk, pinned, tmp_path
):
    from blkdesk.core.province import blks

    with pinned.transaction() as s:
        blks.save(s, ADMIN, blks.BlkInput("SRG", "UPTD BLK SRG", "uptd_kabkota", "3604", ""))
    with blk.transaction() as s:
        s.scalar(select(Institution).where(Institution.is_local)).code = "SRG"
    copy = export_monthly(blk, ADMIN, MONTH, tmp_path / "srg.xlsx").path
    assert "yang di provinsi tercatat milik PDG" in _receive(pinned, copy).reason
    with pinned.session() as s:
        assert s.scalar(select(PinnedKey).where(PinnedKey.inst_code == "SRG")) is None


# ---- unsigned, and the other way round ---------------------------------------------------------


def _unsigned(report: Path, target: Path) -> Path:
    """A report as BLKDesk wrote it before reports were signed: no Manifest sheet."""
    book = openpyxl.load_workbook(report)
    del book["Manifest"]
    book.save(target)
    return target


def test_an_older_unsigned_report_is_refused_saying_so(pinned, report, tmp_path):
    receipt = _receive(pinned, _unsigned(report, tmp_path / "lama.xlsx"))
    assert receipt.reason == (
        "Laporan PDG ini tidak bertanda tangan (dibuat BLKDesk versi lama atau bukan oleh "
        "BLKDesk), jadi tidak dapat dipastikan berasal dari BLK itu. Laporan tidak dicatat; "
        "minta BLK memperbarui BLKDesk lalu mengekspor ulang laporannya."
    )
    assert (receipt.inst_code, receipt.period) == ("PDG", "")
    assert _monthly_logged(pinned) == 0


def test_a_signed_report_given_to_the_merge_is_not_taken_for_a_sync_file(pinned, report):
    with pytest.raises(merge.Rejected, match="menyebut jenis 'BLKDesk laporan bulanan'"):
        merge.open_workbook(report)


def test_a_blk_without_a_signing_key_cannot_export_its_report(blk, tmp_path):
    with blk.transaction() as s:
        s.scalar(select(Institution).where(Institution.is_local)).private_key = None
    with pytest.raises(ExportFailed, match="belum punya kunci tanda tangan"):
        export_monthly(blk, ADMIN, MONTH, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


# ---- the faces: CLI and the province desk ------------------------------------------------------


def test_the_cli_says_why_in_one_line_and_fails(pinned, report, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BLKDESK_DB", str(pinned.url))
    forged = _unsigned(report, tmp_path / "palsu.xlsx")
    assert main(["merge", str(forged)]) == 1
    out = capsys.readouterr()
    (line,) = out.out.splitlines()
    assert line.startswith("DITOLAK palsu.xlsx: Laporan PDG ini tidak bertanda tangan")
    assert main(["merge", str(report)]) == 0
    said = capsys.readouterr().out
    assert "(PDG, tanda tangan sah, kunci " in said and "laporan bulanan 2025-05 dicatat" in said


def _page(qtbot, province):
    page = BlksPage(context_of(province, province=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _received_on_page(qtbot, page, files):
    """The officer clicks Terima berkas dari BLK…, picks `files`, and reads what is said."""
    told = []
    picked = ([str(f) for f in files], "")
    with (
        patch.object(QFileDialog, "getOpenFileNames", lambda *a, **k: picked),
        patch.object(QMessageBox, "information", lambda *a: told.append(("info", a[2]))),
        patch.object(QMessageBox, "warning", lambda *a: told.append(("warning", a[2]))),
    ):
        page.last_intake = None
        qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.last_intake is not None, timeout=20_000)
    (said,) = told
    return said


def test_the_desk_receives_a_genuine_report_and_names_a_forged_one(qtbot, pinned, report, tmp_path):
    page = _page(qtbot, pinned)
    book = openpyxl.load_workbook(report)
    book["Peserta"]["D5"] = "Nama Lain"
    book.save(tmp_path / "diubah.xlsx")
    kind, said = _received_on_page(qtbot, page, [tmp_path / "diubah.xlsx"])
    assert kind == "warning"
    assert said == "DITOLAK diubah.xlsx: " + EDITED.format(sheets="Rekap, Peserta")
    kind, said = _received_on_page(qtbot, page, [report])
    assert kind == "info"
    assert said.startswith(
        "laporan-pdg-2025-05.xlsx (PDG): laporan bulanan Mei 2025 dicatat; tanda tangan BLK sah "
        "(kunci "
    )
    assert _monthly_logged(pinned) == 1


def test_the_desk_in_english(qtbot, pinned, report, tmp_path, english):
    page = _page(qtbot, pinned)
    kind, said = _received_on_page(qtbot, page, [_unsigned(report, tmp_path / "lama.xlsx")])
    assert kind == "warning" and said.startswith("REFUSED lama.xlsx: ")
    kind, said = _received_on_page(qtbot, page, [report])
    assert said.startswith(
        "laporan-pdg-2025-05.xlsx (PDG): monthly report for May 2025 logged; the BLK's "
        "signature is valid (key "
    )


def test_a_report_picked_on_the_laporan_pages_merge_is_not_passed_over_in_silence(
    qtbot, pinned, report, tmp_path
):
    from blkdesk.ui.screens.reports.page import ReportsPage

    page = ReportsPage(context_of(pinned, province=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    told = []
    with (
        patch.object(QMessageBox, "information", lambda *a: told.append(("info", a[2]))),
        patch.object(QMessageBox, "warning", lambda *a: told.append(("warning", a[2]))),
    ):
        page.merge_paths([_unsigned(report, tmp_path / "lama.xlsx"), report])
        qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    ((kind, said),) = told
    refused, logged = said.splitlines()
    assert kind == "warning" and refused.startswith("DITOLAK lama.xlsx: Laporan PDG ini tidak")
    assert logged.startswith("laporan-pdg-2025-05.xlsx (PDG): laporan bulanan Mei 2025 dicatat")
    assert page.merge_report.files == []


# ---- what is signed: a sheet's cells, whatever the layout ---------------------------------------

_CELLS = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=24),
    st.integers(-(10**12), 10**12),
    st.floats(-1e15, 1e15, allow_nan=False),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
)


def _digest(rows, width):
    memory = io.BytesIO()
    book = SafeWorkbook(memory, {"in_memory": True})
    ws = book.add_worksheet("Data")
    day = book.add_format({"num_format": "[$-421]d mmmm yyyy"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, date):
                ws.write_datetime(r, c, value, day)
            else:
                ws.write_number(r, c, value)
    ws.set_column(0, 5, width)  # layout: not signed
    book.close()
    return report_signature.digests_of(memory.getvalue())["Data"]


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.lists(_CELLS, min_size=1, max_size=5), min_size=1, max_size=6),
       data=st.data())  # fmt: skip
def test_a_sheets_digest_follows_its_cells_not_its_layout(rows, data):
    signed = _digest(rows, 12)
    assert _digest(rows, 40) == signed
    r = data.draw(st.integers(0, len(rows) - 1))
    c = data.draw(st.integers(0, len(rows[r]) - 1))
    changed = [list(row) for row in rows]
    changed[r][c] = "berubah" if changed[r][c] != "berubah" else "lain"
    assert _digest(changed, 12) != signed
