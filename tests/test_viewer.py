"""A viewer (Peninjau) at the desk: every page readable, nothing that writes looks usable, and
phone, e-mail and street address masked like the NIK (UU PDP: only whom the work needs)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
)
from sqlalchemy import func, select

from blkdesk.core import demo
from blkdesk.core.models import Assessment, AuditEvent, Institution, Trainee, User
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.ui.actions import pool
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens.attendance.page import AttendancePage
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.screens.placements.page import PlacementsPage
from blkdesk.ui.screens.trainees.detail import TraineeDetail
from blkdesk.ui.screens.trainees.page import TraineesPage


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("peninjau") / "demo.sqlite"
    demo.build(str(path), trainees=300, seed=5, years=2)
    return path


@pytest.fixture
def said(monkeypatch):
    """Every message box, dialog and file dialog is answered 'no' and remembered."""
    shown: list[str] = []

    def box(*args, **_kw):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Cancel

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, box)
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    return shown


@pytest.fixture
def viewer(qapp, demo_path):
    database = open_database(resolve_url(str(demo_path)))
    with database.session() as s:
        user = s.scalar(select(User).where(User.username == "viewer"))
        inst = s.scalar(select(Institution).where(Institution.is_local))
    yield AppContext(database, user, inst.code, inst.name)
    database.dispose()


def _settle(qtbot):
    qtbot.wait(20)
    pool().waitForDone(30_000)
    qtbot.wait(20)


def _writes(ctx) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).where(AuditEvent.action != "view"))


def test_every_button_a_viewer_can_press_is_one_they_may_use(qtbot, viewer, said):
    """On every page and tab, each visible, enabled button is pressed: none is refused with
    "tidak berhak" and nothing is written. A button they may not use is hidden or disabled."""
    window = MainWindow(viewer)
    qtbot.addWidget(window)
    window.show()
    before = _writes(viewer)
    pressed = []
    for row in range(len(window.screens)):
        window.open_page_at(row)
        _settle(qtbot)
        page = window.pages[row]
        tabs = page.findChildren(QTabWidget)
        for tab in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(tab)
                _settle(qtbot)
            for button in page.findChildren(QPushButton):
                if not (button.isVisible() and button.isEnabled()) or button.menu() is not None:
                    continue
                opened = set(QApplication.topLevelWidgets())
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                _settle(qtbot)
                pressed.append(button.text())
                for widget in set(QApplication.topLevelWidgets()) - opened:
                    if isinstance(widget, QDialog) and widget.isVisible():
                        widget.done(0)  # a dialog opened to read something: closed again
                refused = [text for text in said if "berhak" in text]
                assert not refused, (button.text(), refused)
            for button in page.findChildren(QPushButton):
                menu = button.menu()
                if menu is not None and button.isVisible():
                    usable = [a.text() for a in menu.actions() if a.isEnabled()]
                    assert not any("Impor" in text for text in usable), (button.text(), usable)
    assert pressed  # the sweep did press something (reading is allowed)
    assert _writes(viewer) == before


def test_a_viewer_sees_phone_email_and_address_masked_like_the_nik(qtbot, viewer):
    page = TraineesPage(viewer)
    qtbot.addWidget(page)
    page.show()
    phone_column = page.model.keys.index("phone")
    shown = [page.model.index(r, phone_column).data() for r in range(page.model.rowCount())]
    assert shown and all("••••" in phone for phone in shown if phone)
    born = [page.model.index(r, page.model.keys.index("birth")).data() for r in range(5)]
    assert all(year.isdigit() and len(year) == 4 for year in born), born
    with viewer.db.session() as s:
        trainee = s.scalar(select(Trainee).where(Trainee.phone != "", Trainee.email != ""))
        secrets = (
            trainee.phone,
            "0" + trainee.phone[3:],
            trainee.email,
            trainee.address,
            format_date(trainee.birth_date),
        )  # the digits the NIK's mask hides
    detail = TraineeDetail(viewer, trainee.id, page)
    qtbot.addWidget(detail)
    detail.show()
    texts = " ".join(label.text() for label in detail.findChildren(QLabel))
    assert trainee.name in texts and "••••" in texts
    for secret in secrets:
        assert secret not in texts


def _typed(qtbot, page, text):
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    page._debounce.timeout.emit()  # the pause after typing, without waiting for it
    return {page.model.row_at(r).id for r in range(page.model.rowCount())}


def test_a_viewer_finds_a_trainee_by_name_or_whole_nik_never_by_the_hidden_digits(qtbot, viewer):
    """Searching by a NIK prefix or a phone number would uncover what the mask hides, one
    keystroke at a time: a viewer finds nobody that way, but by name or the whole NIK."""
    page = TraineesPage(viewer)
    qtbot.addWidget(page)
    page.show()
    with viewer.db.session() as s:
        trainee = s.scalar(select(Trainee).where(Trainee.phone != "").order_by(Trainee.id))
        nik, phone, name, tid = trainee.nik, trainee.phone, trainee.name, trainee.id
    assert "HP" not in page.search.placeholderText()
    for hidden in (nik[:8], nik[:15], "0" + phone[3:9], phone):
        assert _typed(qtbot, page, hidden) == set(), hidden
        assert page.count_label.text().startswith("0 ")
    assert _typed(qtbot, page, nik) == {tid}
    assert tid in _typed(qtbot, page, name)


def test_a_viewer_reads_the_assessment_grid_but_keys_nothing(qtbot, viewer, said):
    page = CertificatesPage(viewer)
    qtbot.addWidget(page)
    page.show()
    _settle(qtbot)
    assert page.grid_model.rowCount() > 0
    keying = (page.k_button, page.bk_button, page.withdraw_button, page.assessor, page.score)
    for control in (*keying, page.assessed_on, page.issue_button, page.print_button):
        assert not control.isVisibleTo(page), control
    with viewer.db.session() as s:
        before = s.scalar(select(func.count()).select_from(Assessment))
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    for key in (Qt.Key.Key_K, Qt.Key.Key_B, Qt.Key.Key_Delete):
        qtbot.keyClick(page.grid_view, key)
    assert said == []  # not refused: nothing was attempted
    with viewer.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Assessment)) == before


def test_a_viewer_sees_who_is_due_a_call_without_a_form_or_their_numbers(qtbot, viewer):
    page = PlacementsPage(viewer)
    qtbot.addWidget(page)
    page.show()
    _settle(qtbot)
    tab = page.follow_up
    assert tab.rows, "the demo has alumni due a call"
    assert not tab.form.isVisibleTo(page) and not tab.save_button.isVisibleTo(page)
    assert not tab.survey_button.isVisibleTo(page)
    assert "••••" in tab.call_phone.text()
    assert all("••••" in tab.model.index(r, 1).data() for r in range(tab.model.rowCount()))


def test_a_viewer_reads_attendance_but_takes_no_workbook_out(qtbot, viewer):
    page = AttendancePage(viewer)
    qtbot.addWidget(page)
    page.show()
    _settle(qtbot)
    assert page.model.grid is not None and page.model.grid.days
    assert page.print_button.isEnabled()  # the sheets to sign are printed for the room
    assert not page.excel_button.isEnabled()
    assert not any(action.isEnabled() for action in page.excel_button.menu().actions())
    assert not page.fill_button.isEnabled() and not page.note_button.isEnabled()
