"""Penempatan and Beranda driven as a clerk would: calls keyed from the keyboard, figures change."""

from datetime import date, datetime

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QToolTip,
    QWidget,
)
from sqlalchemy import func, select

from blkdesk.core import clock
from blkdesk.core.models import (
    AttendanceMark,
    Enrollment,
    ExportLog,
    Placement,
    Program,
    Trainee,
    TrainingDay,
    User,
    Vocation,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement import placements
from blkdesk.core.storage import database_backup
from blkdesk.exchange.placement_import import ImportReport, RowError
from blkdesk.ui import i18n
from blkdesk.ui.context import AppContext
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens import HomePage, PlacementsPage
from blkdesk.ui.screens.placements.follow_up_tab import PROGRAMME
from blkdesk.ui.screens.placements.import_check import ImportCheckDialog
from blkdesk.ui.widgets.list_dialog import ListDialog
from tests.support import graduates as g
from tests.support.disclosure_report import todays_disclosures

TODAY = date(2026, 2, 10)


@pytest.fixture
def office(db, qapp, monkeypatch):
    """Three welders three months out, two tailors a year out, and a batch in training."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    with db.transaction() as s:
        g.graduates(s, date(2025, 11, 10), ["Asep Saepul", "Budi Hidayat", "Cecep Maulana"])
        g.graduates(s, date(2025, 2, 10), ["Siti Rahmawati", "Dewi Lestari"], "MJH", "P")
        running = g.batch(s, date(2026, 2, 20), "TIK", status="berjalan")
        in_class = [
            g.enroll(s, running, g.trainee(s, "Rizki Pratama"), outcome=None),
            g.enroll(s, running, g.trainee(s, "Nabila Putri", "P"), outcome=None),
        ]
        for day in (date(2026, 2, 9), date(2026, 2, 10)):
            s.add(TrainingDay(batch_id=running.id, day=day))
        for e in in_class:
            s.add(AttendanceMark(enrollment_id=e.id, day=date(2026, 2, 9), code="H"))
        user = s.scalar(select(User).where(User.username == "admin"))
        vocations = dict(s.execute(select(Vocation.code, Vocation.id)).all())
    return user, vocations


@pytest.fixture
def window(qtbot, db, office):
    user, _ = office
    win = MainWindow(AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def _card(home, key):
    return home.cards[key].value.text()


def _placements(db):
    with db.session() as s:
        return {
            name: outcome
            for name, outcome in s.execute(
                select(Trainee.name, Placement.outcome)
                .join(Trainee, Trainee.id == Placement.trainee_id)
                .where(Placement.deleted_at.is_(None))
            )
        }


def test_beranda_counts_one_batch_in_the_singular_in_english(qtbot, english, window):
    """One batch with a day left to key: "in 1 batch", not "in 1 batches"."""
    home = window.page(HomePage)
    assert home.cards["unkeyed_days"].note.text() == "in 1 batch"
    with window.ctx.db.transaction() as s:
        second = g.batch(s, date(2026, 2, 20), "LAS", status="berjalan")
        g.enroll(s, second, g.trainee(s, "Yoga Firmansyah"), outcome=None)
        s.add(TrainingDay(batch_id=second.id, day=date(2026, 2, 9)))
    home.refresh()
    assert home.cards["unkeyed_days"].note.text() == "in 2 batches"
    assert home.participants_panel.note.text() == "3 trainees: 2 male, 1 female"
    assert home.placement_panel.note.text() == "0 % of 5 graduates work or run a business"


def test_beranda_without_graduates_says_so_instead_of_a_dash(qtbot, db, qapp):
    """Not "– dari 0 lulusan sudah bekerja atau berwirausaha" on a new BLK's Beranda."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    win = MainWindow(AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(win)
    win.show()
    home = win.page(HomePage)
    assert home.placement_panel.note.text() == "Belum ada lulusan."
    assert home.participants_panel.note.text() == "0 peserta: 0 laki-laki, 0 perempuan"


def test_calls_keyed_from_the_keyboard_change_beranda(qtbot, qtmodeltester, db, office, window):
    _, vocations = office
    home = window.page(HomePage)
    assert (_card(home, "follow_ups_due"), _card(home, "batches_running")) == ("5", "1")
    assert (_card(home, "in_training"), _card(home, "unkeyed_days")) == ("2", "1")
    assert home.cards["follow_ups_due"].note.text() == "3/6/12 bln: 3 · 0 · 2"
    assert home.cards["in_training"].note.text() == "1 perempuan"
    chart = home.placement_panel.chart
    assert chart._row_text[vocations["LAS"]] == "0 % dari 3"

    page = window.show_page(PlacementsPage)
    calls = page.follow_up
    qtmodeltester.check(calls.model)
    assert [r.name for r in calls.rows] == [
        "Asep Saepul", "Budi Hidayat", "Cecep Maulana", "Dewi Lestari", "Siti Rahmawati",
    ]  # fmt: skip
    form = calls.form
    assert calls.call_name.text() == "Asep Saepul" and calls.call_phone.text().startswith("0812-")
    assert form.outcome.hasFocus()

    qtbot.keyClick(form.outcome, Qt.Key.Key_1)
    qtbot.keyClicks(form.employer, "PT Krakatau Steel")
    qtbot.keyClick(form.employer, Qt.Key.Key_Return)
    assert calls.call_name.text() == "Budi Hidayat" and form.outcome.hasFocus()
    assert "Tersimpan: Asep Saepul" in calls.saved.text()

    qtbot.keyClick(form.outcome, Qt.Key.Key_5)
    assert not form.employer.isEnabled()
    qtbot.keyClick(form.outcome, Qt.Key.Key_Return)
    assert calls.call_name.text() == "Cecep Maulana"

    qtbot.keyClick(form.outcome, Qt.Key.Key_4)
    qtbot.keyClick(form.outcome, Qt.Key.Key_Return)
    assert calls.call_name.text() == "Cecep Maulana"  # refused: PMI needs a country
    assert form.errors.labels["destination_country"].text() == (
        "Negara tujuan wajib diisi untuk PMI."
    )
    assert form.country.hasFocus()
    qtbot.keyClicks(form.country.lineEdit(), "Taiwan")
    qtbot.keyClick(form.country.lineEdit(), Qt.Key.Key_Return)
    assert calls.call_name.text() == "Dewi Lestari"

    qtbot.mouseClick(calls.skip_button, Qt.MouseButton.LeftButton)
    assert calls.call_name.text() == "Siti Rahmawati"
    qtbot.keyClick(form.outcome, Qt.Key.Key_3)
    qtbot.keyClicks(form.sector, "Konveksi rumahan")
    qtbot.mouseClick(calls.save_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in calls.rows] == ["Dewi Lestari"]
    assert _placements(db) == {
        "Asep Saepul": "bekerja_perusahaan",
        "Budi Hidayat": "belum_bekerja",
        "Cecep Maulana": "pmi",
        "Siti Rahmawati": "wirausaha",
    }

    window.show_page(HomePage)
    assert _card(home, "follow_ups_due") == "1"
    assert chart._row_text[vocations["LAS"]] == "67 % dari 3"
    assert chart._row_text[vocations["MJH"]] == "50 % dari 2"
    assert home.placement_panel.note.text().startswith("60 % dari 5 lulusan")

    pmi_bar = chart.segment_rect(vocations["LAS"], "pmi").center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=pmi_bar)
    dialog = home.findChild(ListDialog)
    assert dialog is not None and dialog.isVisible()
    assert [r.name for r in dialog.model._rows] == ["Cecep Maulana"]
    assert "PMI" in dialog.windowTitle()
    dialog.close()


def test_a_bar_of_the_participants_chart_opens_its_people(qtbot, office, window):
    _, vocations = office
    home = window.page(HomePage)
    chart = home.participants_panel.chart
    assert home.participants_panel.note.text() == "2 peserta: 1 laki-laki, 1 perempuan"
    women = chart.segment_rect(vocations["TIK"], "P").center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=women)
    dialog = home.findChild(ListDialog)
    assert [r.name for r in dialog.model._rows] == ["Nabila Putri"]
    dialog.close()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert len(home.findChildren(ListDialog)) == 2


def test_figure_cards_open_their_lists(qtbot, office, window):
    home = window.page(HomePage)
    home.cards["unkeyed_days"].setFocus()
    qtbot.keyClick(home.cards["unkeyed_days"], Qt.Key.Key_Return)
    dialog = home.findChild(ListDialog)
    assert [(r.day, r.keyed, r.participants) for r in dialog.model._rows] == [(TODAY, 0, 2)]
    dialog.close()
    qtbot.mouseClick(home.cards["follow_ups_due"], Qt.MouseButton.LeftButton)
    assert window.page(PlacementsPage).isVisible()


def test_backup_and_overdue_submission_are_shown(qtbot, db, office, window, monkeypatch):
    home = window.page(HomePage)
    assert home.banner.isVisible() is False  # 10 February: the submission is not due yet
    assert "belum pernah" in home.backup_chip.text.text()
    later = date(2026, 2, 11)
    monkeypatch.setattr(clock, "today", lambda: later)
    window.show_page(PlacementsPage)
    window.show_page(HomePage)
    assert home.banner.isVisible()
    assert "Januari" in home.banner.text() and "10 Februari 2026" in home.banner.text()
    assert "laporan bulanan Januari dan berkas sinkronisasinya belum" in home.banner.text()
    database_backup.backup_database(db, "manual")
    for kind, period, hour in (("monthly", "2026-01", 2), ("sync_full", "2026-02", 3)):
        with db.transaction() as s:
            s.add(ExportLog(user_name="admin", kind=kind, period=period, path="x.xlsx",
                            sha256="0" * 64, at=datetime(2026, 2, 11, hour)))  # fmt: skip
        window.show_page(PlacementsPage)
        window.show_page(HomePage)
        if kind == "monthly":  # the report alone is not the whole submission
            assert home.banner.isVisible()
            assert "sinkronisasi sesudah akhir Januari belum" in home.banner.text()
    assert not home.banner.isVisible()
    assert home.export_chip.text.text().startswith("berkas sinkronisasi, 11 Februari 2026")
    assert "(hari ini)" in home.backup_chip.text.text()


def test_history_record_edit_and_remove(qtbot, db, office, window, monkeypatch):
    page = window.show_page(PlacementsPage)
    page.tabs.setCurrentWidget(page.graduates)
    tab = page.graduates
    qtbot.keyClicks(tab.search, "siti")
    qtbot.waitUntil(lambda: len(tab.graduates) == 1)
    assert tab.history_model.rowCount() == 0
    dialog = tab.add()
    qtbot.keyClick(dialog.form.outcome, Qt.Key.Key_2)
    qtbot.keyClicks(dialog.form.sector, "Penjahit borongan")
    qtbot.keyClick(dialog.form.sector, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert tab.history_model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 6)) == "Bekerja non-perusahaan"

    dialog = tab.edit()
    assert dialog.form.sector.text() == "Penjahit borongan"
    dialog.form.outcome.setFocus()
    qtbot.keyClick(dialog.form.outcome, Qt.Key.Key_1)
    qtbot.keyClick(dialog.form.outcome, Qt.Key.Key_Return)
    assert dialog.isVisible()  # a company placement needs the company's name
    qtbot.keyClicks(dialog.form.employer, "PT Nikomas Gemilang")
    qtbot.keyClick(dialog.form.employer, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _placements(db) == {"Siti Rahmawati": "bekerja_perusahaan"}

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Salah input", True))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.history_model.rowCount() == 0 and _placements(db) == {}


@pytest.mark.parametrize(
    ("lang", "title", "said"),
    [
        (
            "id",
            "Tidak dapat disimpan",
            "Peserta tidak ditemukan; muat ulang daftar lalu coba lagi.",
        ),
        ("en", "Cannot save", "Trainee not found; reload the list and try again."),
    ],
)
def test_a_refused_save_is_titled_in_the_interface_language(
    qtbot, db, office, window, monkeypatch, request, lang, title, said
):
    """The form module says the box's title for the dialog that calls it: in English too."""
    if lang == "en":
        request.getfixturevalue("english")
    tab = window.show_page(PlacementsPage).graduates
    window.page(PlacementsPage).tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "siti")
    qtbot.waitUntil(lambda: len(tab.graduates) == 1)
    dialog = tab.add()
    with db.transaction() as s:  # another clerk removed her enrolment meanwhile
        enrollment = s.get(Enrollment, tab.graduates[0].enrollment_id)
        enrollment.deleted_at = datetime(2026, 2, 10, 3, 0)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, t, text: warned.append((t, text)))
    qtbot.keyClick(dialog.form.outcome, Qt.Key.Key_2)
    qtbot.keyClick(dialog.form.outcome, Qt.Key.Key_Return)
    assert warned == [(title, said)] and dialog.isVisible()


def _survey(path, rows):
    book = Workbook()
    book.active.append(["NIK", "Nama", "Status", "Perusahaan/usaha", "Negara tujuan"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_survey_import_checks_then_imports_the_good_rows(qtbot, db, office, window, tmp_path,
                                                         monkeypatch):  # fmt: skip
    with db.session() as s:
        niks = dict(s.execute(select(Trainee.name, Trainee.nik)).all())
    path = _survey(tmp_path / "survei.xlsx", [
        [niks["Asep Saepul"], "Asep", "Wirausaha", "Bengkel las", None],
        [niks["Dewi Lestari"], "Dewi", "PMI", None, "Hong Kong"],
        [niks["Rizki Pratama"], "Rizki", "Belum bekerja", None, None],
    ])  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page = window.show_page(PlacementsPage)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.check_dialog is not None and page.check_dialog.isVisible())
    check = page.check_dialog
    assert check.errors_model.rowCount() == 1
    assert "belum tercatat lulus" in check.errors_model.data(check.errors_model.index(0, 2))
    assert check.import_button.text() == "Impor 2 baris yang benar saja"
    qtbot.mouseClick(check.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 penempatan dicatat" in page.follow_up.saved.text())
    assert _placements(db) == {"Asep Saepul": "wirausaha", "Dewi Lestari": "pmi"}
    assert [r.name for r in page.follow_up.rows] == [
        "Budi Hidayat", "Cecep Maulana", "Siti Rahmawati",
    ]  # fmt: skip


COUNTS = {  # one, two and 1,250 rows, as each language writes them
    "id": ("Impor 1 baris", "Impor 2 baris yang benar saja", "1 baris", "1.250 baris"),
    "en": ("Import 1 row", "Import only the 2 valid rows", "1 row", "1,250 rows"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_row_counts_say_one_row_and_group_thousands(qtbot, qapp, tmp_path, lang):
    assert i18n.install(lang)  # as the app starts: its words and how it groups thousands
    try:
        one, two_valid, one_row, many_rows = COUNTS[lang]
        parent = QWidget()
        qtbot.addWidget(parent)
        path = tmp_path / "survei.xlsx"
        check = ImportCheckDialog(parent, path, ImportReport(rows=1, valid=1))
        assert check.import_button is not None and check.import_button.text() == one
        bad = RowError(4, "NIK", "NIK tidak dikenal.")
        check = ImportCheckDialog(parent, path, ImportReport(rows=3, valid=2, errors=[bad]))
        assert check.import_button is not None and check.import_button.text() == two_valid
        columns = [("NIK", lambda row: row)]
        assert ListDialog(parent, "Peserta", columns, ["1"]).count.text() == one_row
        rows = [str(n) for n in range(1250)]
        assert ListDialog(parent, "Peserta", columns, rows).count.text() == many_rows
    finally:
        i18n.install("id")


def test_the_survey_sheet_is_saved_from_the_list(qtbot, office, window, tmp_path, monkeypatch):
    target = tmp_path / "survei.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = window.show_page(PlacementsPage)
    page.follow_up.filter.setCurrentIndex(page.follow_up.filter.findData(12))
    assert len(page.follow_up.rows) == 2
    qtbot.mouseClick(page.follow_up.survey_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "2 alumni" in page.follow_up.saved.text()
    # Names and phone numbers left the database: the UU PDP disclosure report says so.
    assert (
        "mengekspor lembar survei penempatan",
        f"lembar survei, 2 alumni; berkas {target}",
    ) in todays_disclosures(window.ctx.db)


def test_the_call_form_checks_each_field_as_the_clerk_leaves_it(qtbot, office, window):
    form = window.show_page(PlacementsPage).follow_up.form
    assert form.outcome.hasFocus()
    qtbot.keyClick(form.outcome, Qt.Key.Key_1)  # works for a company...
    qtbot.keyClick(form.outcome, Qt.Key.Key_Tab)
    assert form.employer.hasFocus() and not form.errors.labels["employer"].isVisibleTo(form)
    qtbot.keyClick(form.employer, Qt.Key.Key_Tab)  # ...whose name was left empty
    assert form.errors.labels["employer"].text() == (
        "Nama perusahaan wajib diisi untuk yang bekerja di perusahaan."
    )
    assert not form.errors.labels["destination_country"].isVisibleTo(form)
    form.employer.setFocus()
    qtbot.keyClicks(form.employer, "PT Krakatau Steel")
    qtbot.keyClick(form.employer, Qt.Key.Key_Tab)
    assert not form.errors.labels["employer"].isVisibleTo(form)


def test_a_viewer_sees_the_list_but_cannot_record(qtbot, db, office):
    viewer = User(username="viewer", full_name="Peninjau", role="viewer", password_hash="x")
    with db.transaction() as s:
        s.add(viewer)
    win = MainWindow(AppContext(db, viewer, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(win)
    win.show()
    page = win.show_page(PlacementsPage)
    assert len(page.follow_up.rows) == 5
    assert not page.follow_up.form.isEnabled() and not page.follow_up.save_button.isEnabled()
    assert not page.import_button.isVisible()
    page.follow_up.save()
    with db.session() as s:
        assert s.scalar(select(func.count(Placement.id))) == 0


def test_a_wall_screen_picks_up_the_clerks_work(qtbot, db, office, window):
    home = window.page(HomePage)
    assert _card(home, "follow_ups_due") == "5"
    window.watch.poll()  # the minute's look at the audit trail: nothing new
    assert _card(home, "follow_ups_due") == "5"
    # Another clerk (another PC on the office's server) records a placement.
    with db.transaction() as s:
        siti = s.scalar(select(Trainee).where(Trainee.name == "Siti Rahmawati"))
        enrollment = s.scalar(select(Enrollment).where(Enrollment.trainee_id == siti.id))
        placements.record(s, Actor("operator", Role.OPERATOR), enrollment.id,
                          placements.PlacementInput("wirausaha"))  # fmt: skip
    window.watch.poll()
    assert _card(home, "follow_ups_due") == "4"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_the_lists_fit_a_1366_pixel_screen_in_english(qtbot, db, office, english):
    """No sideways scrolling on a laptop screen, with long names and a previous call."""
    user, _ = office
    with db.transaction() as s:
        for prog in s.scalars(select(Program)):
            prog.name = "Teknisi Pendingin dan Tata Udara Kapasitas Besar " + prog.code
        graduate = g.graduates(s, date(2025, 11, 12), ["Muhammad Rizky Ramadhan Saputra Nugroho"])
        earlier = placements.PlacementInput("belum_bekerja", recorded_on=date(2025, 12, 20))
        placements.record(s, Actor("operator", Role.OPERATOR), graduate[0].id, earlier, TODAY)
    win = MainWindow(AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.show_page(PlacementsPage)
    assert len(page.follow_up.rows) == 6
    for tab in (page.follow_up, page.graduates):
        page.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(tab.view.isVisible)
        qtbot.wait(50)  # the layout settles: the scroll bars follow the columns
        bar = tab.view.horizontalScrollBar()
        assert not bar.isVisible() and bar.maximum() == 0, type(tab).__name__
    # What a cut column leaves out, the call panel shows whole, and so does the cell's tooltip.
    calls = page.follow_up
    page.tabs.setCurrentWidget(calls)
    programme = calls.model.index(0, PROGRAMME)
    assert calls.view.visualRect(programme).width() < calls.view.sizeHintForIndex(programme).width()
    assert "Teknisi Pendingin dan Tata Udara Kapasitas Besar" in calls.call_detail.text()
    spot = calls.view.visualRect(programme).center()
    tip = QHelpEvent(QEvent.Type.ToolTip, spot, calls.view.viewport().mapToGlobal(spot))
    QApplication.sendEvent(calls.view.viewport(), tip)
    assert QToolTip.isVisible() and QToolTip.text() == calls.model.data(programme)
    name = calls.model.index(0, 0)  # a name that fits: the view's own tooltip, if any
    spot = calls.view.visualRect(name).center()
    tip = QHelpEvent(QEvent.Type.ToolTip, spot, calls.view.viewport().mapToGlobal(spot))
    assert not calls.columns.eventFilter(calls.view.viewport(), tip)


@pytest.mark.parametrize("language", ["id", "en"], indirect=True)
def test_the_call_panel_fits_a_1366_by_768_screen(qtbot, qapp, db, office, language):
    """The whole answer form, Save included, without scrolling on a laptop screen: long names
    on two lines, every field in use, and after a save its confirmation under the buttons."""
    user, _ = office
    with db.transaction() as s:
        g.graduates(s, date(2025, 11, 9), ["Muhammad Rizky Ramadhan Saputra Nugroho",
                                           "Nurul Hidayah Siti Rahmawati Lestari"])  # fmt: skip
    win = MainWindow(AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    calls = win.show_page(PlacementsPage).follow_up
    qtbot.waitUntil(calls.panel.isVisible)
    bar = calls.panel.verticalScrollBar()
    assert calls.call_name.text() == "Muhammad Rizky Ramadhan Saputra Nugroho"
    qtbot.keyClick(calls.form.outcome, Qt.Key.Key_4)  # PMI: every field in use
    qtbot.wait(50)  # the layout settles: the scroll bar follows the form's height
    assert not bar.isVisible() and bar.maximum() == 0, bar.maximum()
    assert calls.call_name.height() == 2 * calls.call_name.fontMetrics().lineSpacing()
    qtbot.keyClicks(calls.form.employer, "Hanwha Ocean Co. Ltd.")
    qtbot.keyClicks(calls.form.country.lineEdit(), "Korea Selatan")
    qtbot.keyClick(calls.form.employer, Qt.Key.Key_Return)
    assert calls.saved.text().startswith(("Tersimpan: Muhammad", "Saved: Muhammad"))
    assert calls.call_name.text().startswith("Nurul")
    qtbot.wait(50)
    assert not bar.isVisible() and bar.maximum() == 0, bar.maximum()
    for label in (calls.call_name, calls.saved):  # the worst case: both on two lines
        assert label.height() >= 2 * label.fontMetrics().lineSpacing(), label.text()
    assert calls.save_button.isVisible() and not calls.keys.isVisible()
