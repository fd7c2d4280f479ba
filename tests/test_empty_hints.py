"""A fresh database, as a new BLK opens it: every empty list says where the work starts and has
the button that starts it; planning a batch before any programme exists leads to making one."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from blkdesk.core.models import Program
from blkdesk.core.permissions import Actor, Role
from blkdesk.ui import screens as pages
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens.training.batch_dialog import BatchDialog
from blkdesk.ui.screens.training.program_dialog import ProgramDialog
from tests.support.batches import planned_batch
from tests.support.training_data import make_program, make_trainees
from tests.support.windows import context_of

LEFT = Qt.MouseButton.LeftButton
ADMIN = Actor("admin", Role.ADMIN, user_id=1)


@pytest.fixture
def window(qtbot, db):
    def open_as(username: str = "admin") -> MainWindow:
        shown = MainWindow(context_of(db, username))
        qtbot.addWidget(shown)
        shown.resize(1366, 740)
        shown.show()
        return shown

    return open_as


def _buttons(hint):
    return [b.text().replace("&&", "&") for b in hint.buttons]


def _seen(hint) -> bool:
    """On screen, inside its list, its text and buttons whole: what the clerk actually sees."""
    host = hint.host
    inside = all(hint.rect().contains(b.geometry()) and b.isVisible() for b in hint.buttons)
    whole_text = hint.text.height() >= hint.text.heightForWidth(hint.text.width())
    return (
        hint.isVisible()
        and host.rect().contains(hint.geometry())
        and hint.width() >= 200
        and hint.text.text() != ""
        and inside
        and whole_text
    )


def test_a_fresh_database_says_where_to_start_on_every_list(qtbot, window, db):
    main = window()
    home = main.page(pages.HomePage)
    assert _seen(home.start_hint)
    assert "1." in home.start_hint.text.text() and "✓" not in home.start_hint.text.text()
    assert _buttons(home.start_hint) == ["Buat program pelatihan"]
    qtbot.mouseClick(home.start_hint.buttons[0], LEFT)
    training = main.page(pages.TrainingPage)
    assert training.isVisible()  # Beranda's button went to Pelatihan & Angkatan
    assert _seen(training.batch_hint)
    assert training.batch_hint.title.text() == "Mulai dari program pelatihan"
    assert _buttons(training.batch_hint) == ["Program baru…", "Impor katalog dari Excel…"]
    for tab, hint, button in (
        (1, training.program_hint, "Program baru…"),
        (2, training.instructor_hint, "Instruktur baru…"),
        (3, training.closure_hint, "Tambah libur lokal…"),
    ):
        training.tabs.setCurrentIndex(tab)
        assert _seen(hint) and _buttons(hint)[0] == button
    training.tabs.setCurrentIndex(0)

    trainees = main.show_page(pages.TraineesPage)
    assert _seen(trainees.hint)
    assert _buttons(trainees.hint) == ["Pendaftar baru", "Impor dari Excel…"]
    for page_class in (pages.AttendancePage, pages.CertificatesPage):
        page = main.show_page(page_class)
        assert _seen(page.hint) and _buttons(page.hint) == ["Buka Pelatihan & Angkatan"]
        qtbot.mouseClick(page.hint.buttons[0], LEFT)
        assert training.isVisible()
    placements = main.show_page(pages.PlacementsPage)
    placements.tabs.setCurrentWidget(placements.graduates)
    assert _seen(placements.graduates.hint)
    qtbot.mouseClick(placements.graduates.hint.buttons[0], LEFT)
    assert main.page(pages.CertificatesPage).isVisible()
    reports = main.show_page(pages.ReportsPage)
    reports.tabs.setCurrentIndex(reports.tabs.count() - 1)
    assert _seen(reports.log_hint)
    qtbot.mouseClick(reports.log_hint.buttons[0], LEFT)
    assert reports.tabs.currentIndex() == 0

    # The work begins: each hint gives way as its list fills, Beranda ticks the steps off.
    program = make_program(db, ADMIN)
    main.show_page(pages.HomePage)
    assert "✓" in home.start_hint.text.text()
    assert _buttons(home.start_hint) == ["Daftarkan pendaftar"]
    main.show_page(pages.TrainingPage)
    assert not training.program_hint.isVisible()
    assert training.batch_hint.title.text() == "Belum ada angkatan"
    assert _buttons(training.batch_hint) == ["Rencanakan angkatan…"]
    make_trainees(db, 2)
    planned_batch(db, ADMIN, program, date(2026, 12, 7))
    main.show_page(pages.TraineesPage)
    assert not trainees.hint.isVisible()
    qtbot.keyClicks(trainees.search, "tidak ada orang ini")
    qtbot.waitUntil(lambda: trainees.model.count() == 0)
    assert not trainees.hint.isVisible()  # nothing matches: that is not an empty database
    main.show_page(pages.TrainingPage)
    assert not training.batch_hint.isVisible()
    main.show_page(pages.HomePage)
    assert not home.start_hint.isVisible()


def test_a_viewer_is_told_where_things_start_but_offered_no_button(qtbot, window, db):
    from blkdesk.core.access import auth

    with db.transaction() as s:
        auth.create_user(s, None, "peninjau", "Peninjau", Role.VIEWER, "Rahasia123")
    main = window("peninjau")
    trainees = main.show_page(pages.TraineesPage)
    assert _seen(trainees.hint) and _buttons(trainees.hint) == []
    training = main.show_page(pages.TrainingPage)
    assert _seen(training.batch_hint) and _buttons(training.batch_hint) == []


def test_planning_a_batch_without_a_programme_leads_to_making_one(qtbot, window, db,
                                                                  monkeypatch):  # fmt: skip
    opened: list[list[str]] = []

    def make_it(dialog: ProgramDialog) -> int:
        # The clerk fills the programme form (tests/test_training_ui.py types it) and saves.
        dialog.saved_id = make_program(db, ADMIN)
        return 1

    def plan_it(dialog: BatchDialog) -> int:
        opened.append([dialog.program.itemText(i) for i in range(dialog.program.count())])
        return 0

    monkeypatch.setattr(ProgramDialog, "exec", make_it)
    monkeypatch.setattr(BatchDialog, "exec", plan_it)
    main = window()
    training = main.show_page(pages.TrainingPage)
    asked: list[str] = []

    def answer(choice: str | None) -> None:
        """Click `choice` on the question, or Cancel (whatever Qt calls it here) for None."""
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(choice))
            return
        asked.append(box.text())
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        chosen = [b for b in box.buttons() if b.text() == choice]
        (chosen[0] if chosen else cancel).click()

    QTimer.singleShot(0, lambda: answer(None))
    qtbot.mouseClick(training.plan_button, LEFT)
    assert "Belum ada program pelatihan yang aktif" in asked[0]
    assert opened == []  # cancelled: neither dialog opened
    with db.session() as s:
        assert s.scalar(select(func.count(Program.id))) == 0

    QTimer.singleShot(0, lambda: answer("Buat program…"))
    qtbot.mouseClick(training.plan_button, LEFT)
    with db.session() as s:
        assert s.scalar(select(func.count(Program.id))) == 1
    assert len(opened) == 1 and any("Operator Komputer Muda" in t for t in opened[0])
