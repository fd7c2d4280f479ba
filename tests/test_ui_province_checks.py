"""The province officer receives a BLK's files on Daftar BLK and sees, for that BLK, the records
merged as sent that break BLKDesk's data rules and the changes-only file that never arrived;
exports the list for the BLK; and watches both clear when the BLK sends what was asked."""

from datetime import date, datetime
from unittest.mock import patch

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from blkdesk.core.models import AuditEvent, RecordProblem, Trainee
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.province import submissions
from blkdesk.exchange import sync_export
from blkdesk.ui.dates import period_name
from blkdesk.ui.screens import BlksPage, ProvinceHomePage
from tests.support.exchange_data import build, new_blk, new_province
from tests.support.province_checks import spoil
from tests.support.windows import main_window

ADMIN = Actor("admin", Role.ADMIN)
SEPT, OCT, NOV, DEC = (datetime(2026, m, 3, 10, 0) for m in (9, 10, 11, 11))


@pytest.fixture
def scene(qtbot, tmp_path):
    """A BLK that sent September's full file and November's changes, but never October's; four
    of its records break BLKDesk's rules. The province desk is open at 1366×768."""
    blk = new_blk(tmp_path, "PDG")
    build(blk, per_batch=4)
    bad = spoil(blk)
    files = {}
    for name, made in (("sep", SEPT), ("okt", OCT), ("nov", NOV)):
        files[name] = sync_export.export_sync(
            blk, ADMIN, tmp_path / f"pdg-{name}.xlsx", full=name == "sep", now=lambda m=made: m
        ).path
    province = new_province(tmp_path)
    window = main_window(qtbot, province, province=True)
    window.resize(1366, 768)
    yield window, blk, province, files, bad
    blk.dispose()
    province.dispose()


def receive(qtbot, monkeypatch, page, paths) -> str:
    """Pick `paths` in the receive button's file dialog; what the result box said."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))  # fmt: skip
    page.last_intake = None
    with (
        patch.object(QMessageBox, "information") as told,
        patch.object(QMessageBox, "warning") as warned,
    ):
        qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.last_intake is not None, timeout=30_000)
    box = told if told.called else warned
    return box.call_args.args[2]


def select_blk(qtbot, page, code: str) -> None:
    row = next(i for i, b in enumerate(page.rows) if b.code == code)
    rect = page.view.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def column(model, header: str) -> int:
    return next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )  # fmt: skip


def test_officer_sees_bad_records_and_the_missing_month_and_sends_the_list(
    qtbot, monkeypatch, scene, tmp_path
):
    window, blk, province, files, bad = scene
    page = window.show_page(BlksPage)
    said = receive(qtbot, monkeypatch, page, [files["sep"], files["nov"]])
    # Merged, not refused: the officer is told how many records are flagged and what is missing.
    assert "DITOLAK" not in said
    assert "4 data digabung tetapi melanggar aturan data BLKDesk" in said
    assert "Data UPTD BLK PDG berlubang" in said

    select_blk(qtbot, page, "PDG")
    row = next(i for i, b in enumerate(page.rows) if b.code == "PDG")
    follow = page.model.index(row, column(page.model, "Perlu tindak lanjut")).data()
    # Then the months before September, overdue on the board: this BLK's first file came now.
    assert follow.startswith("4 data bermasalah, 1 celah berkas, ")
    assert page.gap_label.isVisible()
    assert "3 Oktober 2026" in page.gap_label.text()
    tabs = page.lower_tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(2).center())  # fmt: skip
    assert tabs.currentWidget() is page.problems_view and tabs.tabText(2).endswith("(4)")
    model = page.problems_model
    reasons = {model.index(r, column(model, "Masalah")).data() for r in range(model.rowCount())}
    assert {"Kode provinsi 99 pada NIK tidak dikenal.", "NIK harus 16 angka; yang diisi 15 angka.",
            "Tanggal lahir tidak boleh di masa depan.",
            "Negara tujuan wajib diisi untuk PMI."} == reasons  # fmt: skip
    assert page.problems_view.isVisible()
    qtbot.wait(50)  # the layout settles: the scroll bar follows the columns
    assert page.problems_view.horizontalScrollBar().maximum() == 0  # fits 1366×768
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(3).center())  # fmt: skip
    # The tab lists everything not received: the overdue months and the missing October
    # changes, oldest first, as many rows as its title says.
    with province.session() as s:
        late = submissions.overdue_months(s, date.today())["PDG"]
    missing = page.missing_model
    shown = [missing.index(r, 1).data() for r in range(missing.rowCount())]
    gap_row = shown.index("3 September 2026 10.00 sampai 3 Oktober 2026 10.00")
    assert shown[:gap_row] + shown[gap_row + 1 :] == [period_name(p) for p in late]
    assert late[gap_row - 1] == "2026-09"  # its first day comes before the gap's start
    assert tabs.tabText(3) == f"Berkas belum diterima ({len(late) + 1})"
    assert missing.index(gap_row, 4).data().startswith("Berkas buatan 3 Oktober 2026 10.00")
    with province.session() as s:
        assert s.query(RecordProblem).count() == 4
    home = window.show_page(ProvinceHomePage)
    assert home.banner.isVisible() and "Data berlubang" in home.banner.text()
    assert "UPTD BLK PDG (4)" in home.banner.text()

    # The list for the BLK, as a workbook; its export is recorded (names and NIKs leave).
    page = window.show_page(BlksPage)
    select_blk(qtbot, page, "PDG")
    target = tmp_path / "untuk-pdg.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with patch.object(QMessageBox, "information") as told:
        qtbot.mouseClick(page.followup_button, Qt.MouseButton.LeftButton)
    assert "4 isian bermasalah dan 1 celah berkas" in told.call_args.args[2]
    book = openpyxl.load_workbook(target)
    listed = list(book["Data bermasalah"].iter_rows(min_row=2, values_only=True))
    assert {r[-1] for r in listed} == set(bad)
    asked = list(book["Berkas belum diterima"].iter_rows(min_row=2, values_only=True))
    assert len(asked) == 1 and "3 Oktober 2026" in asked[0][4]
    with province.session() as s:
        exported = select(AuditEvent.changes).where(
            AuditEvent.entity == "record_problem", AuditEvent.action == "export"
        )
        assert '"rows": [null, 4]' in s.scalar(exported)

    # October arrives late, and the BLK corrects one record: the desk follows.
    first = next(u for u, f in bad.items() if f == "nik")
    with blk.transaction() as s:
        person = s.scalars(select(Trainee).where(Trainee.uuid == first)).one()
        person.nik = "36" + person.nik[2:]
    fixed = sync_export.export_sync(
        blk, ADMIN, tmp_path / "pdg-des.xlsx", now=lambda: DEC.replace(day=20)
    ).path
    said = receive(qtbot, monkeypatch, page, [files["okt"], fixed])
    assert "berlubang" not in said
    select_blk(qtbot, page, "PDG")
    follow = page.model.index(row, column(page.model, "Perlu tindak lanjut")).data()
    assert follow.startswith("3 data bermasalah") and "celah" not in follow
    assert not page.gap_label.isVisible()
    assert page.lower_tabs.tabText(2).endswith("(3)")
    what = page.missing_model
    assert not any(what.index(r, 0).data().startswith("Perubahan") for r in range(what.rowCount()))


def test_recheck_runs_off_the_gui_thread_and_refills_the_list(qtbot, monkeypatch, scene):
    window, _blk, province, files, _bad = scene
    page = window.show_page(BlksPage)
    receive(qtbot, monkeypatch, page, [files["sep"]])
    with province.transaction() as s:
        s.query(RecordProblem).delete()  # merged by a BLKDesk that did not check yet
    page.refresh()
    select_blk(qtbot, page, "PDG")
    assert page.lower_tabs.tabText(2).endswith("(0)")
    with patch.object(QMessageBox, "information") as told:
        qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: told.called, timeout=30_000)
    assert "4" in told.call_args.args[2]
    with province.session() as s:
        assert s.query(RecordProblem).count() == 4
    select_blk(qtbot, page, "PDG")
    assert page.lower_tabs.tabText(2).endswith("(4)")


def test_the_merge_tab_of_laporan_says_the_flags_and_the_gap(qtbot, monkeypatch, scene):
    from blkdesk.ui.screens import ReportsPage
    from tests.support.province_merges import merge_on_page

    window, _blk, _province, files, _bad = scene
    page = window.show_page(ReportsPage)
    page.tabs.setCurrentIndex(2)
    merge_on_page(qtbot, monkeypatch, page, [files["sep"], files["nov"]])
    outcome = column(page.merge_model, "Keterangan")
    said = [page.merge_model.index(r, outcome).data() for r in range(2)]
    assert said == [
        "Digabung; 4 data melanggar aturan data BLKDesk (lihat Daftar BLK, tab Data bermasalah)",
        "Digabung",
    ]
    assert page.gap_label.isVisible()
    assert "Data PDG berlubang: perubahan 3 September 2026" in page.gap_label.text()
