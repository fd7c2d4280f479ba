"""The province's desk, opened on the demo province as an officer would use it."""

from datetime import date
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, text, update

from blkdesk.core.models import RegisteredBlk, User
from blkdesk.core.permissions import Action
from blkdesk.core.province import gaps, submissions
from blkdesk.core.province.figures import Measure
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.exchange.demo_province import SILENT, SKIPPER
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import period_name
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens import (
    BlksPage,
    DoubleFundingPage,
    ProvinceHomePage,
    TraineesPage,
)
from blkdesk.ui.widgets.list_dialog import ListDialog
from tests.support.province import demo_province
from tests.support.windows import main_window


@pytest.fixture
def desk(qtbot, qapp, tmp_path):
    url, summary = demo_province(tmp_path)
    database = open_database(url)
    window = main_window(qtbot, database, province=True)
    window.resize(1366, 768)
    yield window, summary, database
    database.dispose()


def test_opens_as_the_province_desk_without_blk_work(desk):
    window, _summary, _db = desk
    kinds = {screen.class_name for screen in window.screens}  # pages are built on first visit
    assert "ProvinceHomePage" in kinds and "HomePage" not in kinds
    assert "AttendancePage" not in kinds  # keying attendance is BLK work
    assert window.page(ProvinceHomePage).isVisible()
    trainees = window.show_page(TraineesPage)
    assert not trainees.new_button.isVisible()
    assert not window.ctx.actor.can(Action.EDIT_TRAINEES)


def test_beranda_figures_per_blk_match_sql(desk):
    window, summary, db = desk
    home = window.page(ProvinceHomePage)
    today = date.today()
    with db.session() as s:
        for code in summary.blks:
            n, women = s.execute(
                text(
                    "SELECT count(*), sum(t.sex = 'P') FROM enrollment e "
                    "JOIN batch b ON b.id = e.batch_id JOIN trainee t ON t.id = e.trainee_id "
                    "WHERE e.inst_code = :c AND e.status IN ('peserta', 'mengundurkan_diri') "
                    "AND b.start_date BETWEEN :a AND :b"
                ),
                {"c": code, "a": date(today.year, 1, 1), "b": today},
            ).one()
            row = home.figure_line(code)
            model = home.figures_model
            assert model.data(model.index(row, 1)) == f"{n:,}".replace(",", ".")
            assert model.data(model.index(row, 2)).startswith(f"{women} (")
    # The figure opens the people behind it.
    dialog = home.open_figure(home.figure_line("LBK"), Measure.WOMEN)
    assert dialog.model.rowCount() == home.blk_figures[home.figure_line("LBK")][Measure.WOMEN]
    assert {dialog.model.row_object(i).sex for i in range(dialog.model.rowCount())} == {"P"}
    dialog.close()


def test_beranda_cards_sum_the_province_and_open_its_people(qtbot, desk):
    window, _summary, db = desk
    home = window.page(ProvinceHomePage)
    today = date.today()
    with db.session() as s:
        n, pmi = s.execute(
            text(
                "SELECT count(*), sum(t.is_pmi_candidate) FROM enrollment e "
                "JOIN batch b ON b.id = e.batch_id JOIN trainee t ON t.id = e.trainee_id "
                "WHERE e.status IN ('peserta', 'mengundurkan_diri') AND e.deleted_at IS NULL "
                "AND b.deleted_at IS NULL AND t.deleted_at IS NULL "
                "AND b.start_date BETWEEN :a AND :b"
            ),
            {"a": date(today.year, 1, 1), "b": today},
        ).one()
    assert home.cards[Measure.TRAINEES].value.text() == f"{n:,}".replace(",", ".")
    assert home.cards[Measure.PMI].value.text() == str(pmi)
    assert home.cards[Measure.PMI].note.text().endswith("dari peserta")
    # A click on the card opens every BLK's calon PMI.
    card = home.cards[Measure.PMI]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    (dialog,) = home.findChildren(ListDialog)
    rows = [dialog.model.row_object(i) for i in range(dialog.model.rowCount())]
    assert len(rows) == pmi and len({r.inst_code for r in rows}) > 1
    assert dialog.windowTitle().startswith("Calon PMI")
    dialog.close()


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("id", "· 1 BLK terdaftar", "· 2 BLK terdaftar"),
    ("en", "· 1 BLK registered", "· 2 BLKs registered"),  # not "1 BLKs"
])  # fmt: skip
def test_beranda_counts_the_registered_blks_in_the_singular_and_plural(
    desk, request, lang, one, two
):
    if lang == "en":
        request.getfixturevalue("english")
    window, _summary, db = desk
    home = window.page(ProvinceHomePage)
    with db.session() as s:
        first, second, *_ = s.scalars(select(RegisteredBlk.code).order_by(RegisteredBlk.code))
    for active, said in (({first}, one), ({first, second}, two)):
        with db.transaction() as s:
            s.execute(update(RegisteredBlk).values(active=RegisteredBlk.code.in_(active)))
        home.refresh()
        assert home.subtitle_label.text().endswith(said), home.subtitle_label.text()


def test_beranda_shows_the_blk_that_missed_a_month(desk):
    window, _summary, _db = desk
    home = window.page(ProvinceHomePage)
    today = date.today()
    skipped = submissions.period_of(submissions.previous_month(submissions.previous_month(today)))
    cell = home.board_cell(SKIPPER, skipped)
    assert cell.state is submissions.CellState.OVERDUE
    column = home.board_model.periods.index(skipped) + 1
    row = next(i for i, r in enumerate(home.board_rows) if r.code == SKIPPER)
    assert home.board_model.data(home.board_model.index(row, column)) == "✗"
    assert home.banner.isVisible()
    assert "Pandeglang" in home.banner.text() and SILENT.institution.name in home.banner.text()
    # A received month opens the files behind it.
    lbk = next(i for i, r in enumerate(home.board_rows) if r.code == "LBK")
    dialog = home._open_board_cell(home.board_model.index(lbk, column))
    assert dialog is not None and dialog.model.rowCount() >= 1
    dialog.close()


def test_the_blk_list_says_the_months_the_beranda_calls_overdue(qtbot, desk):
    """The banner sends the officer to Daftar BLK: there the BLK that never sent and the one
    that skipped a month need following up, and the months to ask for are named."""
    window, _summary, db = desk
    skipped = period_name(
        submissions.period_of(submissions.previous_month(submissions.previous_month(date.today())))
    )
    with db.session() as s:
        overdue = {r.code: len(r.overdue) for r in submissions.board(s, date.today())}
    page = window.show_page(BlksPage)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]  # fmt: skip
    follow = headers.index("Perlu tindak lanjut")
    for code in (SILENT.institution.code, SKIPPER):
        months = overdue[code]
        assert months >= 1
        row = next(i for i, b in enumerate(page.rows) if b.code == code)
        assert f"{months} bulan belum diterima" in page.model.index(row, follow).data()
        rect = page.view.visualRect(page.model.index(row, 0))
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.late_label.isVisible()
        assert f"belum diterima ({months} bulan)" in page.late_label.text()
        assert skipped in page.late_label.text()
    lbk = next(i for i, b in enumerate(page.rows) if b.code == "LBK")
    assert page.model.index(lbk, follow).data() == "–"
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.model.index(lbk, 0)).center())  # fmt: skip
    assert not page.late_label.isVisible()


def test_the_follow_up_for_a_silent_blk_asks_for_its_overdue_months(
    qtbot, desk, tmp_path, monkeypatch
):
    """The BLK that never sent anything: its follow-up workbook is not empty, it asks for each
    overdue month's report, and the officer is told so."""
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    window, _summary, db = desk
    code = SILENT.institution.code
    with db.session() as s:
        late = next(r.overdue for r in submissions.board(s, date.today()) if r.code == code)
    page = window.show_page(BlksPage)
    row = next(i for i, b in enumerate(page.rows) if b.code == code)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.model.index(row, 0)).center())  # fmt: skip
    target = tmp_path / f"tindak-lanjut-{code}.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with patch.object(QMessageBox, "information") as told:
        qtbot.mouseClick(page.followup_button, Qt.MouseButton.LeftButton)
    assert f"Juga {len(late)} bulan yang kirimannya lewat batas" in told.call_args.args[2]
    asked = list(openpyxl.load_workbook(target)["Kiriman lewat batas"].iter_rows(
        min_row=2, values_only=True))  # fmt: skip
    assert [r[2] for r in asked] == [period_name(c.period) for c in late]
    assert all(r[0] == code and r[4].startswith("Kirim laporan bulanan ") for r in asked)


def test_the_command_line_follow_up_asks_the_silent_blk_for_its_overdue_months(
    tmp_path, capsys, monkeypatch
):
    """`blkdesk followup` reaches the same list as Ekspor tindak lanjut…: each overdue month
    said, and the workbook's sheet Kiriman lewat batas."""
    import openpyxl

    from blkdesk.cli import main
    from blkdesk.core.demo import DEMO_USERS

    url, _summary = demo_province(tmp_path)
    monkeypatch.setenv("BLKDESK_PASSWORD", DEMO_USERS[0][1])  # the demo's administrator
    code = SILENT.institution.code
    with open_database(url).session() as s:
        late = next(r.overdue for r in submissions.board(s, date.today()) if r.code == code)
    target = tmp_path / "tindak-lanjut.xlsx"
    assert main(["followup", "--blk", code, "--out", str(target), "--db", url]) == 0
    said = capsys.readouterr().out
    assert said.count(f"LEWAT BATAS {code}: Kirim laporan bulanan ") == len(late) > 0
    assert f"{len(late)} bulan lewat batas." in said
    asked = list(openpyxl.load_workbook(target)["Kiriman lewat batas"].iter_rows(
        min_row=2, values_only=True))  # fmt: skip
    assert [r[2] for r in asked] == [period_name(c.period) for c in late]


def test_double_funding_page_lists_the_planted_cases(qtbot, desk):
    window, summary, _db = desk
    page = window.show_page(DoubleFundingPage)
    shown = {(c.nik, c.year) for c in page.shown}
    assert {(p.nik, p.year) for p in summary.planted} <= shown
    year = summary.planted[0].year
    page.year.setCurrentIndex(page.year.findData(year))
    assert {c.year for c in page.shown} == {year}
    page.cases.selectRow(0)
    case = page.cases_model.row_object(0)
    assert page.trainings_model.rowCount() == len(case.trainings) >= 2
    assert case.name in page.detail_title.text()


def test_registered_blk_is_added_and_edited_in_the_dialog(qtbot, desk):
    window, _summary, db = desk
    page = window.show_page(BlksPage)
    dialog = page.edit(None)
    qtbot.keyClicks(dialog.code, "srg")
    qtbot.keyClicks(dialog.name, "UPTD BLK Kabupaten Serang")
    dialog.accept()  # no kabupaten/kota chosen yet
    assert dialog.errors.labels["regency_code"].isVisible()
    dialog.regency.setCurrentIndex(dialog.regency.findData("3604"))
    qtbot.keyClicks(dialog.fingerprint, "1234")
    dialog.accept()
    assert "64 karakter" in dialog.errors.labels["key_fingerprint"].text()
    dialog.fingerprint.clear()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        blk = s.scalar(select(RegisteredBlk).where(RegisteredBlk.code == "SRG"))
    assert blk is not None and blk.regency_code == "3604"
    home = window.show_page(ProvinceHomePage)
    assert "SRG" in {r.code for r in home.board_rows}


def test_a_damaged_file_is_refused_with_its_reason(qtbot, desk, tmp_path):
    window, _summary, _db = desk
    page = window.show_page(BlksPage)
    junk = tmp_path / "rusak.xlsx"
    junk.write_bytes(b"bukan xlsx")
    with patch.object(QMessageBox, "warning") as warned:
        page.receive([junk])
        qtbot.waitUntil(lambda: page.last_intake is not None, timeout=20000)
    assert page.last_intake.failures == 1
    assert "DITOLAK rusak.xlsx" in warned.call_args.args[2]


def test_a_received_monthly_report_is_named_by_its_month(qtbot, desk, db, admin, tmp_path):
    """The clerk reads "laporan bulanan Oktober 2026 dicatat", as the board and the list of
    files name months, not the file's "2026-10"."""
    from blkdesk.exchange.monthly_workbook import export_monthly
    from blkdesk.exchange.sync_export import export_sync
    from blkdesk.exchange.sync_keys import accept_new_key, own_fingerprint

    window, _summary, province = desk
    report = tmp_path / "laporan-LBK-2026-10.xlsx"
    export_monthly(db, admin, date(2026, 10, 1), report)
    # This LBK is not the demo's: the province accepts its key first, as after a reinstall.
    sync = export_sync(db, admin, tmp_path / "sinkron-LBK.xlsx", full=True)
    with db.session() as s:
        accept_new_key(province, admin, sync.path, own_fingerprint(s))
    page = window.show_page(BlksPage)
    with patch.object(QMessageBox, "information") as told:
        page.receive([report])
        qtbot.waitUntil(lambda: page.last_intake is not None, timeout=20000)
    assert page.last_intake.failures == 0
    said = told.call_args.args[2]
    assert "laporan bulanan Oktober 2026 dicatat" in said and "2026-10 dicatat" not in said


def test_a_monthly_report_sent_again_reads_as_already_received(qtbot, desk, db, admin, tmp_path):
    """The same report received twice: the second time the officer reads that it was received
    before, not "dicatat" as if it were new, and the log keeps one receipt."""
    from blkdesk.exchange.monthly_workbook import export_monthly
    from blkdesk.exchange.sync_export import export_sync
    from blkdesk.exchange.sync_format import file_sha256
    from blkdesk.exchange.sync_keys import accept_new_key, own_fingerprint

    window, _summary, province = desk
    report = tmp_path / "laporan-LBK-2026-10.xlsx"
    export_monthly(db, admin, date(2026, 10, 1), report)
    sync = export_sync(db, admin, tmp_path / "sinkron-LBK.xlsx", full=True)
    with db.session() as s:
        accept_new_key(province, admin, sync.path, own_fingerprint(s))
    page = window.show_page(BlksPage)
    said = []
    for _round in range(2):
        page.last_intake = None
        with patch.object(QMessageBox, "information") as told:
            page.receive([report])
            qtbot.waitUntil(lambda: page.last_intake is not None, timeout=20000)
        said.append(told.call_args.args[2])
    assert "laporan bulanan Oktober 2026 dicatat" in said[0]
    assert "dicatat;" not in said[1]
    assert "Oktober 2026 ini sudah diterima sebelumnya; tidak dicatat lagi" in said[1]
    with province.session() as s:
        logged = [h for h in submissions.history(s, "LBK") if h.sha256 == file_sha256(report)]
    assert len(logged) == 1


def test_other_blks_gaps_are_named_in_one_line_after_receiving(
    qtbot, desk, tmp_path, capsys, monkeypatch
):
    """A new BLK's first file is received: the demo Pandeglang's old gap, which that file did
    not change, is not repeated in full but named in one line, by the name the list shows it
    under (not its code), on Daftar BLK; by its code on the Laporan page's merge tab and by
    `blkdesk merge`, which say the gaps by code."""
    from blkdesk.cli import main
    from blkdesk.core.demo import DEMO_USERS
    from blkdesk.core.permissions import Actor, Role
    from blkdesk.exchange.sync_export import export_sync
    from blkdesk.ui.screens import ReportsPage
    from tests.support.exchange_data import build, new_blk
    from tests.support.province_merges import merge_on_page

    window, _summary, province = desk
    blk = new_blk(tmp_path, "SRG", "3604")
    build(blk, per_batch=4)
    sync = export_sync(blk, Actor("admin", Role.ADMIN), tmp_path / "sinkron-SRG.xlsx", full=True)
    again = export_sync(blk, Actor("admin", Role.ADMIN), tmp_path / "lagi-SRG.xlsx", full=True)
    cli = export_sync(blk, Actor("admin", Role.ADMIN), tmp_path / "cli-SRG.xlsx", full=True)
    blk.dispose()
    page = window.show_page(BlksPage)
    with patch.object(QMessageBox, "information") as told:
        page.receive([sync.path])
        qtbot.waitUntil(lambda: page.last_intake is not None, timeout=30_000)
    said = told.call_args.args[2]
    assert "sinkron-SRG.xlsx (SRG): digabung" in said
    assert (
        "Data BLK lain juga masih berlubang: UPTD BLK Kabupaten Pandeglang (lihat Daftar BLK)."
        in said.split("\n")
    )
    assert "Data UPTD BLK Kabupaten Pandeglang berlubang" not in said
    assert "PDG" not in said

    reports = window.show_page(ReportsPage)
    reports.tabs.setCurrentIndex(2)
    merge_on_page(qtbot, monkeypatch, reports, [again.path])
    assert reports.gap_label.isVisible()
    assert reports.gap_label.text() == "Data BLK lain juga masih berlubang: PDG (lihat Daftar BLK)."

    monkeypatch.setenv("BLKDESK_PASSWORD", DEMO_USERS[0][1])  # the demo's administrator
    url = str(province.engine.url)
    capsys.readouterr()
    assert main(["merge", str(cli.path), "--db", url]) == 0
    printed = capsys.readouterr().out
    assert "CELAH" not in printed
    assert "Data BLK lain juga masih berlubang: PDG (lihat `blkdesk followup`)." in printed


def blk_list_in(lang: str, qtbot, desk, request) -> tuple[MainWindow, BlksPage]:
    """The desk's Daftar BLK in `lang` (Indonesian or English), shown."""
    if lang == "en":
        request.getfixturevalue("english")
    window = desk[0]
    page = window.show_page(BlksPage)
    qtbot.waitUntil(page.view.isVisible)
    return window, page


def missing_rows(page) -> list[list[str]]:
    model = page.missing_model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def open_missing_tab(qtbot, page, code: str) -> None:
    """Click the BLK's row, then the tab Berkas belum diterima, as the officer does."""
    row = next(i for i, b in enumerate(page.rows) if b.code == code)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.model.index(row, 1)).center())  # fmt: skip
    bar = page.lower_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert page.lower_tabs.currentWidget() is page.missing_view


MISSING_SAID = {
    "id": {
        "tab": "Berkas belum diterima ({n})",
        "months": "Laporan bulanan dan berkas sinkronisasi",
        "changes": "Perubahan data (celah antarberkas)",
        "days": "{n} hari",
        "ask": "Laporan bulanan {month} dan berkas sinkronisasi terbaru",
        "ask_gap": "Berkas buatan ",
        "none": "Tidak ada yang belum diterima",
    },
    "en": {
        "tab": "Files not received ({n})",
        "months": "Monthly report and sync workbook",
        "changes": "Changes (a gap between files)",
        "days": "{n} days",
        "ask": "The monthly report for {month} and the latest sync workbook",
        "ask_gap": "The file made ",
        "none": "Nothing missing",
    },
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_missing_tab_lists_the_overdue_months_and_the_gaps(qtbot, desk, lang, request):
    """The BLK that never sent anything: its tab lists each overdue month (its deadline, how
    late), as many as the sentence above it says, not "(0)". The BLK with a gap and a late
    month: both, oldest first. The BLK that sent everything: "(0)" and a note saying so."""
    from blkdesk.ui.dates import format_date

    said = MISSING_SAID[lang]
    _window, page = blk_list_in(lang, qtbot, desk, request)
    today = date.today()
    with desk[2].session() as s:
        late = submissions.overdue_months(s, today)
        found = gaps.blk_gaps(s)
    silent = SILENT.institution.code
    assert silent not in found
    open_missing_tab(qtbot, page, silent)
    assert len(late[silent]) > 0
    assert page.lower_tabs.tabText(3) == said["tab"].format(n=len(late[silent]))
    assert page.late_label.isVisible() and not page.missing_hint.isVisible()
    expected = []
    for period in late[silent]:
        due = submissions.due_date(period)
        month = period_name(period)
        expected.append([said["months"], month, format_date(due),
                         said["days"].format(n=(today - due).days),
                         said["ask"].format(month=month)])  # fmt: skip
    assert missing_rows(page) == expected

    # Pandeglang: a gap in its changes and a late month, the older first.
    open_missing_tab(qtbot, page, "PDG")
    rows = missing_rows(page)
    assert page.lower_tabs.tabText(3) == said["tab"].format(n=len(rows))
    assert len(rows) == len(found["PDG"]) + len(late["PDG"]) >= 2
    assert [r[0] for r in rows] == [said["changes"]] * len(found["PDG"]) + [said["months"]] * len(
        late["PDG"]
    )
    gap = rows[0]
    assert gap[2:4] == ["–", "–"] and gap[4].startswith(said["ask_gap"])
    assert [r[1] for r in rows[len(found["PDG"]) :]] == [period_name(p) for p in late["PDG"]]

    open_missing_tab(qtbot, page, "LBK")
    assert "LBK" not in late and "LBK" not in found
    assert page.lower_tabs.tabText(3) == said["tab"].format(n=0)
    assert page.missing_model.rowCount() == 0
    assert page.missing_hint.isVisible()
    assert page.missing_hint.title.text() == said["none"]
    assert "UPTD BLK Kabupaten Lebak" in page.missing_hint.text.text()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_missing_tab_and_its_note_read_whole_at_1366(qtbot, desk, lang, request):
    from tests.support.clipping import cut_cells

    window, page = blk_list_in(lang, qtbot, desk, request)
    assert window.size().toTuple() == (1366, 768)
    view = page.missing_view
    for code in (SILENT.institution.code, "PDG"):
        open_missing_tab(qtbot, page, code)
        qtbot.wait(50)  # the layout settles: the scroll bar follows the columns
        assert page.missing_model.rowCount() >= 1
        assert cut_cells(view, range(page.missing_model.columnCount())) == []
        assert not view.horizontalScrollBar().isVisible()
    open_missing_tab(qtbot, page, "LBK")
    qtbot.wait(50)
    hint = page.missing_hint
    assert view.viewport().rect().contains(hint.geometry())
    for label in (hint.title, hint.text):
        assert label.height() >= label.heightForWidth(label.width())
        assert hint.rect().contains(label.geometry())


def test_receiving_after_an_upgrade_blanks_the_notes_older_files_left(qtbot, desk, tmp_path):
    """The province merged its BLKs' files with an older BLKDesk, which kept their attendance
    notes (health data) and religion; the first file received now blanks them, and says so."""
    from sqlalchemy import delete, func, update

    from blkdesk.core.models import AttendanceMark, AuditEvent, Setting, Trainee
    from blkdesk.core.permissions import Actor, Role
    from blkdesk.exchange import sync_export, withheld
    from tests.support.exchange_data import build, new_blk

    window, _summary, database = desk
    with database.transaction() as s:
        s.execute(
            update(AttendanceMark)
            .where(AttendanceMark.code == "S")
            .values(note="demam", updated_at=AttendanceMark.updated_at)
        )
        s.execute(update(Trainee).values(religion="Islam", updated_at=Trainee.updated_at))
        s.execute(delete(Setting).where(Setting.key == withheld.DONE_SETTING))
    blk = new_blk(tmp_path, "TST")
    build(blk, per_batch=3)
    path = sync_export.export_sync(blk, Actor("admin", Role.ADMIN), tmp_path / "tst.xlsx").path
    blk.dispose()
    page = window.show_page(BlksPage)
    with patch.object(QMessageBox, "information") as told:
        page.receive([path])
        qtbot.waitUntil(lambda: page.last_intake is not None, timeout=60_000)
    said = told.call_args.args[2]
    assert said.startswith("Sebelum penggabungan, ") and "dikosongkan" in said
    assert "tst.xlsx (TST): digabung" in said
    with database.session() as s:
        assert not s.scalar(select(func.count()).where(AttendanceMark.note != ""))
        assert not s.scalar(select(func.count()).where(Trainee.religion != ""))
        assert s.scalar(select(func.count()).where(AuditEvent.action == "purge")) == 1


def test_lists_say_whose_record_it_is(qtbot, desk):
    from blkdesk.ui.screens import CertificatesPage, PlacementsPage, TrainingPage

    window, summary, db = desk
    page = window.show_page(TraineesPage)
    assert "institution" in page.model.keys
    column = page.model.keys.index("institution")
    assert page.institution.itemText(page.institution.findData("LBK")) == (
        "UPTD BLK Kabupaten Lebak"
    )
    page.institution.setCurrentIndex(page.institution.findData("LBK"))
    shown = {page.model.data(page.model.index(i, column)) for i in range(page.model.rowCount())}
    assert shown == {"Kab. Lebak"}  # the column keeps to what tells the BLKs apart
    with db.session() as s:
        n = s.scalar(text("SELECT count(*) FROM trainee WHERE inst_code = 'LBK'"))
    assert page.model.count() == n
    # A planted NIK: the trainee view names the owner and every BLK that trained the person.
    planted = summary.planted[0]
    elsewhere = next(code for code in summary.blks if code not in planted.codes)
    page.institution.setCurrentIndex(page.institution.findData(elsewhere))
    qtbot.keyClicks(page.search, planted.nik)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # neither copy is this BLK's
    page.institution.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    detail = page.open_detail(page.model.row_at(0).id)
    tabs = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert any(t.startswith("Semua BLK (") for t in tabs)
    assert "dilatih di 1 BLK lain" in detail.subheading.text()
    detail.close()
    training = window.show_page(TrainingPage)
    assert not training.plan_button.isVisible()
    training.institution_filter.setCurrentIndex(training.institution_filter.findData("CLG"))
    rows = [training.batch_model.row_object(i) for i in range(training.batch_model.rowCount())]
    assert rows and {r.inst_code for r in rows} == {"CLG"}
    certificates = window.show_page(CertificatesPage)
    certificates.institution_filter.setCurrentIndex(certificates.institution_filter.findData("TGS"))
    labels = [
        certificates.picker.combo.itemText(i) for i in range(certificates.picker.combo.count())
    ]
    assert labels and all(label.startswith("Kota Tangerang Selatan · ") for label in labels)
    placements = window.show_page(PlacementsPage)
    assert placements.tabs.count() == 1  # calling alumni is the BLK's work
    graduates = placements.graduates
    graduates.institution_filter.setCurrentIndex(graduates.institution_filter.findData("PDG"))
    codes = {graduates.model.row_object(i).inst_code for i in range(graduates.model.rowCount())}
    assert codes == {"PDG"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_buka_menu_names_each_page_with_its_ampersand(qtbot, desk, lang, request):
    """'Pelatihan & Angkatan' in the menu, not 'Pelatihan _Angkatan' (a lone & is a
    mnemonic), and each entry still opens its page."""
    window, _summary, _db = desk
    if lang == "en":
        request.getfixturevalue("english")
        window.rebuild()
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().actions()
                and a.menu().actions()[0].shortcut().toString() == "Ctrl+1")  # fmt: skip
    titles = [screen.title() for screen in window.screens]
    assert any("&" in t for t in titles)
    assert [a.iconText() for a in menu.actions()] == titles
    menu.actions()[6].trigger()
    assert window.sidebar.currentRow() == 6
    assert isinstance(window.stack.currentWidget(), BlksPage)


def test_tab_leaves_the_blk_list_for_its_buttons(qtbot, desk):
    """Keyboard only: arrows pick a BLK, Shift+Tab goes back to the buttons (Ekspor tindak
    lanjut…) instead of walking the list cell by cell."""
    window, _summary, _db = desk
    page = window.show_page(BlksPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.view.currentIndex().row() == 1
    qtbot.keyClick(page.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not page.view.hasFocus()
    assert page.view.currentIndex().row() == 1


def test_the_chosen_blk_stays_chosen_after_re_checking_the_data(qtbot, desk):
    """Not back to the first BLK of the list: the officer's BLK and its tabs stay in view."""
    window, _summary, _db = desk
    page = window.show_page(BlksPage)
    row = next(i for i, b in enumerate(page.rows) if b.code == SKIPPER)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(page.model.index(row, 0)).center())  # fmt: skip
    title = page.history_title.text()
    with patch.object(QMessageBox, "information") as told:
        qtbot.mouseClick(page.recheck_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: told.called, timeout=30_000)
    qtbot.waitUntil(lambda: page.view.currentIndex().isValid())
    assert page.rows[page.view.currentIndex().row()].code == SKIPPER
    assert page.history_title.text() == title and "Pandeglang" in title


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_menu_has_its_own_alt_key(desk, lang, request):
    """Alt+B opened Berkas, and only a second Alt+B reached Buka, the menu of pages."""
    from PySide6.QtGui import QKeySequence

    window, _summary, _db = desk
    if lang == "en":
        request.getfixturevalue("english")
        window.rebuild()
    names = [a.text() for a in window.menuBar().actions()]
    assert names == (
        ["&File", "&Go", "&Help"] if lang == "en" else ["&Berkas", "B&uka", "B&antuan"]
    )
    keys = [QKeySequence.mnemonic(name).toString() for name in names]
    assert all(keys) and len(set(keys)) == len(keys), keys


def test_blk_work_is_hidden_at_the_province(desk):
    from blkdesk.ui.screens import CertificatesPage

    window, _summary, _db = desk
    page = window.show_page(CertificatesPage)
    for widget in (page.entry, page.issue_controls, page.override_button):
        assert not widget.isVisibleTo(page)
    assert page.picker.combo.count() > 0  # the BLKs' batches are there to read


def test_short_names_keep_blks_apart():
    from blkdesk.ui.screens.province.lembaga import short_names

    assert short_names({"LBK": "UPTD BLK Kabupaten Lebak", "BBP": "BBPVP Serang"}) == {
        "LBK": "Kab. Lebak",
        "BBP": "BBPVP Serang",
    }
    # A regency's UPTD BLK and a community BLK of the same name keep their full names.
    both = {"LBK": "UPTD BLK Kabupaten Lebak", "KLB": "BLK Kabupaten Lebak"}
    assert short_names(both) == both


def test_a_provincial_uptd_opens_as_the_province_desk(qtbot, tmp_path):
    """The province's own training UPTD (uptd_provinsi) coordinates the regency BLKs too."""
    from blkdesk.cli import main
    from blkdesk.ui.app import _institution

    target = str(tmp_path / "uptd.sqlite")
    assert main(["init", "--db", target, "--code", "UPTDLK", "--kind", "uptd_provinsi",
                 "--name", "UPTD Latihan Kerja Disnakertrans Banten", "--regency", "3674",
                 "--head-name", "Kepala", "--head-nip", "197001011995031001",
                 "--admin-user", "admin", "--admin-name", "Admin",
                 "--admin-password", "Sandi1234", "--user", "admin"]) == 0  # fmt: skip
    database = open_database(resolve_url(target))
    try:
        code, name, province = _institution(database)
        assert province
        with database.session() as s:
            user = s.scalar(select(User).where(User.username == "admin"))
            s.expunge_all()
        window = MainWindow(AppContext(database, user, code, name, province=province))
        qtbot.addWidget(window)
        window.show()
        kinds = {screen.class_name for screen in window.screens}
        assert {"ProvinceHomePage", "BlksPage", "DoubleFundingPage"} <= kinds
        assert "HomePage" not in kinds and "AttendancePage" not in kinds
        home = window.page(ProvinceHomePage)
        assert home.isVisible() and home.board_rows == []  # no BLK registered yet
        window.close()
    finally:
        database.dispose()


def test_monthly_preview_names_each_blk_above_its_programmes(qtbot, desk):
    from blkdesk.ui.screens import ReportsPage

    window, _summary, _db = desk
    page = window.show_page(ReportsPage)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    assert page.report.consolidated and page.report.rows
    model = page.rekap_model
    tip = Qt.ItemDataRole.ToolTipRole  # the whole label; the header may end in "…"
    heads = [model.headerData(r, Qt.Orientation.Vertical, tip) for r in range(model.rowCount())]
    groups = list(dict.fromkeys(row.group for row in page.report.rows))
    for group in groups:
        head, subtotal = heads.index(group), heads.index(f"Jumlah {group}")
        assert head < subtotal  # the BLK's name opens its lines, its subtotal closes them
        assert all(model.index(head, c).data() == "" for c in range(model.columnCount()))
    window.grab().save("/tmp/coord-province-rekap.png")


def test_the_provinces_month_names_its_youth_and_migrant_candidates(qtbot, desk):
    """Youth and calon PMI are the province's focus: the month's summary says them, not only
    columns far to the right of the table."""
    from blkdesk.ui.screens import ReportsPage

    window, _summary, _db = desk
    page = window.show_page(ReportsPage)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    totals = page.report.totals
    youth = totals["age_15–24"] + totals["age_25–29"]
    assert youth and totals["pmi_T"]
    assert (
        f"Dari peserta aktif: {youth} berusia 15–29, {totals['pmi_T']} calon PMI."
        in page.monthly_summary.text()
    )


def test_the_saved_report_and_its_summary_pdf_are_each_on_a_line(
    qtbot, desk, tmp_path, monkeypatch
):
    """Not "….xlsx Ringkasan satu halaman: …" run together after the path."""
    from PySide6.QtWidgets import QFileDialog

    from blkdesk.ui.screens import ReportsPage

    window, _summary, _db = desk
    page = window.show_page(ReportsPage)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    target = tmp_path / "konsolidasi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ringkasan" in page.monthly_status.text(), timeout=30_000)
    lines = page.monthly_status.text().split("\n")
    assert lines[0].endswith(str(target))
    assert lines[1] == f"Ringkasan satu halaman: {target.with_suffix('.pdf')}"
    assert target.with_suffix(".pdf").exists()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_blk_list_fits_the_screen_and_a_cut_contact_shows_whole(qtbot, desk, lang, request):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    _window, page = blk_list_in(lang, qtbot, desk, request)
    qtbot.wait(50)  # the layout settles: the scroll bar follows the columns
    bar = page.view.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0
    contact = page.model.columnCount() - 1
    longest = max(range(page.model.rowCount()),
                  key=lambda r: len(page.model.index(r, contact).data()))  # fmt: skip
    cell = page.model.index(longest, contact)
    assert page.view.visualRect(cell).width() < page.view.sizeHintForIndex(cell).width()
    spot = page.view.visualRect(cell).center()
    tip = QHelpEvent(QEvent.Type.ToolTip, spot, page.view.viewport().mapToGlobal(spot))
    QApplication.sendEvent(page.view.viewport(), tip)
    assert QToolTip.text() == cell.data()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_follow_up_and_the_last_received_dates_read_whole_at_1366(qtbot, desk, lang, request):
    from tests.support.clipping import cut_cells

    window, page = blk_list_in(lang, qtbot, desk, request)
    qtbot.wait(50)  # the layout settles: the scroll bar follows the columns
    assert window.size().toTuple() == (1366, 768)
    model, view = page.model, page.view
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    last = headers.index(page.tr("Kiriman terakhir"))
    followup = headers.index(page.tr("Perlu tindak lanjut"))
    assert cut_cells(view, [last, followup]) == []
    # The skipper's follow-up is longer than its column: it reads whole on more lines (its
    # row made taller where two lines do not fit one line's height).
    row = next(r for r, b in enumerate(page.rows) if b.code == SKIPPER)
    cell = model.index(row, followup)
    assert cell.data().count(", ") == 2
    assert view.sizeHintForIndex(cell).width() > view.columnWidth(followup)
    assert not view.horizontalScrollBar().isVisible()
