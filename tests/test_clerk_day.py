"""A clerk's day at 1366 × 768, by keyboard: set-up wizard → programme → batch → 16 registrants →
selection → 30 days of attendance → assessment → certificates PDF → monthly report.

Every key that is not data (Tab, Enter, Ctrl+D, a choice in a list) and every mouse click is
counted, so the figures in the report are measured, not guessed. The goals: at most 60 keys per
registration, at most 3 for a day when everyone is present, at most 3 clicks to print a batch's
certificates.
"""

import subprocess
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget, QWizard
from sqlalchemy import func, select

from blkdesk.core.access import auth
from blkdesk.core.clock import today
from blkdesk.core.models import AttendanceMark, Institution
from blkdesk.core.registry.nik import compose
from blkdesk.core.training import batches, selection
from blkdesk.ui.context import AppContext
from blkdesk.ui.login import LoginDialog
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens import (
    AttendancePage,
    CertificatesPage,
    ReportsPage,
    TraineesPage,
    TrainingPage,
)
from blkdesk.ui.screens.trainees.form import TraineeForm
from blkdesk.ui.screens.training.batch_detail import BatchDetailDialog
from blkdesk.ui.screens.training.batch_dialog import BatchDialog
from blkdesk.ui.wizard import SetupWizard

LEFT = Qt.MouseButton.LeftButton
TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


@dataclass
class Keys:
    """Types into whatever has the keyboard, as a clerk does, and counts what is not data."""

    qtbot: object
    counts: dict[str, int] = field(default_factory=dict)
    stage: str = ""
    data: int = 0
    windows: list = field(default_factory=list)

    def _count(self, what: str = "keys", n: int = 1) -> None:
        key = f"{self.stage}:{what}"
        self.counts[key] = self.counts.get(key, 0) + n

    def show(self, window) -> None:
        """A window the clerk works in: shown, active, with the keyboard."""
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        self.windows.append(window)

    def focus(self):
        # Offscreen, a window is not always made active; its own focus widget is what has the
        # keyboard then. The topmost visible window the test showed is the one in use.
        shown = [w for w in self.windows if w.isVisible()]
        if shown and QApplication.activeWindow() is not shown[-1]:
            # Offscreen, closing a dialog does not give its parent window back the keyboard
            # as a desktop does; do what the window manager would.
            shown[-1].activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is shown[-1], timeout=2000)
        widget = QApplication.focusWidget()
        if widget is None:
            shown = [w for w in self.windows if w.isVisible()]
            widget = (shown[-1].focusWidget() or shown[-1]) if shown else None
        assert widget is not None, "nothing has the keyboard"
        return widget

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        self.data += len(text)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)
            self._count()
            QApplication.processEvents()  # an item editor commits on the next turn of the loop

    def field(self, text: str) -> None:
        """Type a field's value, then Tab to the next field."""
        self.type(text)
        self.press(TAB)

    def pressed_in_stand_in(self) -> None:
        """A key pressed in a dialog the test stands in for (the save dialog): counted, not
        sent, or it would reach the page's button that opened the dialog and press it again."""
        self._count()

    def click(self, widget) -> None:
        self.qtbot.mouseClick(widget, LEFT)
        self._count("clicks")

    def modal(self, open_it, drive, kind=QWidget) -> None:
        """`open_it()` opens a modal dialog of `kind` (its exec() blocks); `drive(dialog)`
        works in it."""
        driven: list[bool] = []

        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind) or not dialog.isVisible():
                QTimer.singleShot(20, run)
                return
            if QApplication.activeWindow() is not dialog:
                dialog.activateWindow()
                QTimer.singleShot(20, run)
                return
            self.windows.append(dialog)
            try:
                drive(dialog)
            finally:
                driven.append(True)
                self.windows.remove(dialog)
                if dialog.isVisible():
                    dialog.done(0)  # a failed drive must not leave the loop waiting

        QTimer.singleShot(0, run)
        open_it()
        assert driven

    def of(self, stage: str, what: str = "keys") -> int:
        return self.counts.get(f"{stage}:{what}", 0)


@pytest.fixture
def settled(qapp):
    """Torn down after qtbot: the day's windows are deleted now, not half-deleted when the next
    test restyles the application."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _wizard(qtbot, keys: Keys, empty_db) -> None:
    keys.stage = "wizard"
    wizard = SetupWizard(empty_db)
    keys.show(wizard)
    assert keys.focus() is wizard.inst_page.code
    keys.field("LBK")
    keys.field("UPTD BLK Kabupaten Lebak")
    keys.press(TAB)  # Jenis: the first kind (UPTD kabupaten/kota) is right
    keys.type("Lebak")  # Kabupaten/kota: the name is enough
    keys.press(TAB)
    keys.type("Jl. Multatuli No. 1, Rangkasbitung")
    keys.press(TAB)  # Tab leaves the address box
    assert wizard.focusWidget() is not wizard.inst_page.address
    keys.press(ENTER)  # Lanjut
    assert wizard.currentPage() is wizard.head_page, (
        [e.text() for e in wizard.inst_page.errors.labels.values()],
        keys.focus(),
        wizard.inst_page.regency.currentData(),
    )
    keys.field("Drs. Ujang Suherman, M.Si.")
    keys.type("197003151995031002")
    keys.press(ENTER)
    assert wizard.currentPage() is wizard.admin_page
    keys.field("admin")
    keys.field("Admin BLK")
    keys.field("Rahasia123")
    keys.type("Rahasia123")
    keys.press(ENTER)  # Lanjut
    assert wizard.currentPage() is wizard.backup_page, wizard.admin_page.errors.labels
    keys.field("Cadangan123")
    keys.type("Cadangan123")
    keys.press(ENTER)  # Simpan dan lanjut: the database is set up, its recovery key shown
    assert wizard.currentPage() is wizard.key_page, wizard.backup_page.errors.labels
    kept = wizard.key_page.panel.kept
    for _ in range(6):  # Tab past the print and PDF buttons to the tick
        if keys.focus() is kept:
            break
        keys.press(TAB)
    assert keys.focus() is kept
    keys.press(Qt.Key.Key_Space)  # "Lembar kunci sudah saya cetak atau simpan"
    keys.press(ENTER)  # Selesai
    assert wizard.result() == QWizard.DialogCode.Accepted


def _login(qtbot, keys: Keys, db) -> MainWindow:
    keys.stage = "login"
    with db.session() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        code, name = inst.code, inst.name
    login = LoginDialog(name, lambda user, password: auth.login(db, user, password))
    keys.show(login)
    keys.field("admin")
    keys.type("Rahasia123")
    keys.press(ENTER)
    assert login.result() == LoginDialog.DialogCode.Accepted
    window = MainWindow(AppContext(db, login.user, code, name))
    keys.show(window)
    return window


def _page(keys: Keys, window: MainWindow, page_class):
    """Ctrl+N, as the Buka menu says."""
    # Pages are built on their first visit: the row comes from the screen list.
    index = next(i for i, s in enumerate(window.screens) if s.class_name == page_class.__name__)
    keys.press(Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    page = window.pages[index]
    assert page.isVisible()
    return page


def _programme(keys: Keys, window: MainWindow) -> None:
    keys.stage = "programme"
    page = _page(keys, window, TrainingPage)
    keys.click(page.tabs.tabBar())  # the first tab is Angkatan; Program pelatihan is next
    page.tabs.setCurrentIndex(1)

    def drive(dialog):
        keys.type("Teknologi Informasi")  # Kejuruan
        keys.press(TAB)
        keys.field("TIK-OPKOM")
        keys.field("Operator Komputer Muda")
        keys.press(TAB)  # Jenis
        keys.focus().selectAll()
        keys.type("240")  # Total JP: 30 days of 8 JP
        # The first unit's row is ready: the clerk clicks its first cell and types across.
        view = dialog.units_view
        keys.click(view.viewport())
        view.setCurrentIndex(dialog.units_model.index(0, 0))
        view.edit(view.currentIndex())
        keys.field("J.620100.004.02")
        keys.field("Mengoperasikan Sistem Operasi")
        keys.type("120")
        keys.press(ENTER)
        keys.click(dialog.add_unit)
        keys.field("J.620100.009.02")
        keys.field("Menggunakan Perangkat Lunak Pengolah Kata")
        keys.type("120")
        keys.press(ENTER)
        assert "2 unit, 240 JP" in dialog.units_summary.text()
        keys.press(ENTER, Qt.KeyboardModifier.ControlModifier)  # Simpan
        assert dialog.result() == dialog.DialogCode.Accepted, [
            e.text() for e in dialog.errors.labels.values()
        ]

    keys.modal(lambda: keys.click(page.new_program), drive)


def _batch(keys: Keys, window: MainWindow, start) -> int:
    keys.stage = "batch"
    page = window.page(TrainingPage)
    keys.click(page.tabs.tabBar())
    page.tabs.setCurrentIndex(0)
    saved: list[int] = []

    def drive(dialog):
        keys.type("Operator")  # Program: the one just made
        keys.press(TAB)  # Nama angkatan: proposed
        keys.press(TAB)  # Pelaksanaan: institusional
        keys.press(TAB)  # Sumber dana: APBD
        keys.press(TAB)  # Kapasitas: 16
        keys.press(TAB)
        assert keys.focus() is dialog.start, keys.focus()
        keys.type(start.strftime("%d%m%Y"))
        assert dialog.start.date().toPython() == start
        keys.press(ENTER, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == dialog.DialogCode.Accepted, [
            label.text() for label in dialog.errors.labels.values()
        ]
        saved.append(dialog.saved_id)

    def close_detail(detail):
        keys.press(Qt.Key.Key_Escape)  # the batch's page opens; the registrants come later

    def plan():
        keys.modal(lambda: keys.click(page.plan_button), drive, BatchDialog)

    keys.modal(plan, close_detail, BatchDetailDialog)
    return saved[0]


FIRST_NAMES = (
    "Siti Aminah", "Ahmad Hidayat", "Dewi Lestari", "Rizki Saputra", "Euis Rahmawati",
    "Ujang Sopian", "Neng Kurniasih", "Asep Saepudin", "Lilis Suryani", "Dedi Supriatna",
    "Yanti Mulyani", "Iwan Setiawan", "Rina Marlina", "Agus Salim", "Nurul Hidayah",
    "Jajang Nurjaman",
)  # fmt: skip


def _register(keys: Keys, window: MainWindow, number: int) -> None:
    """One paper form, keyed down the form's own order; the NIK fills birth date, sex and
    regency, which the clerk passes over."""
    name = FIRST_NAMES[number]
    sex = "P" if number % 2 == 0 else "L"
    birth = date(1998 + number % 6, 1 + number % 12, 1 + number)
    nik = compose("3602", 1, birth, sex, number + 1)
    page = window.page(TraineesPage)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Pendaftar baru
    form = QApplication.activeModalWidget()
    assert isinstance(form, TraineeForm)
    keys.windows.append(form)
    assert keys.focus() is form.identity.nik
    keys.field(nik)
    keys.field(f"3602011203{number + 1:06d}")  # KK
    keys.field(name)
    keys.field("Lebak")  # tempat lahir
    keys.press(TAB, times=2)  # tanggal lahir, jenis kelamin: from the NIK
    keys.field("Islam")
    keys.field("Belum")  # status perkawinan
    keys.field("SLTA")  # pendidikan
    keys.field(f"Kp. Cibeureum No. {number + 1}")
    keys.field("2")  # RT
    keys.field("7")  # RW
    keys.field("Cibeureum")
    keys.field("Rangkasbitung")
    keys.press(TAB, times=2)  # kabupaten, provinsi: from the NIK
    keys.field(f"0812345678{number + 10:02d}")
    keys.field(f"peserta{number + 1}@contoh.id")
    keys.type("Pencari")  # status pekerjaan
    while keys.focus() is not form.programme.target:
        keys.press(TAB)
    keys.type("Angkatan")  # the batch being filled
    keys.press(TAB)
    keys.press(Qt.Key.Key_Space)  # persetujuan ditandatangani
    keys.press(ENTER)  # Simpan
    assert not form.isVisible(), form.status.text()
    keys.windows.remove(form)
    assert page.isVisible()


def _selection(keys: Keys, window: MainWindow) -> None:
    """All 16 registrants pass the selection; the batch starts (it began weeks ago on paper)."""
    keys.stage = "selection"
    page = _page(keys, window, TrainingPage)
    page.tabs.setCurrentIndex(0)

    def drive(detail):
        detail.view.setFocus()
        keys.click(detail.view.viewport())
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # every registrant
        keys.click(detail.accept_button)  # Terima sebagai peserta
        assert "16 dari 16" in detail.counts.text()
        keys.click(detail.next_status)  # Mulai pelatihan
        keys.press(Qt.Key.Key_Escape)

    page.batch_view.selectRow(0)
    keys.modal(lambda: keys.click(page.open_button), drive, BatchDetailDialog)


def _attendance(keys: Keys, window: MainWindow, batch_id: int, days: list) -> None:
    keys.stage = "attendance"
    page = _page(keys, window, AttendancePage)
    assert keys.focus() is page.view  # Ctrl+4 lands in the grid
    held = [d for d in days if d <= today()]
    assert len(held) == 30
    for day in held:
        assert page.model.day(page.view.currentIndex().column()) == day
        before = keys.of("attendance")
        keys.press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Semua hadir
        spent = keys.of("attendance") - before
        keys.counts["attendance:per day"] = max(keys.of("attendance", "per day"), spent)
    assert "30 hari" in page.info.text()


def _assessment(keys: Keys, window: MainWindow) -> CertificatesPage:
    """Every participant competent (K) in both units: the whole grid, then one letter."""
    keys.stage = "assessment"
    page = _page(keys, window, CertificatesPage)
    keys.click(page.assessor)
    keys.type("Drs. Asep Mulyana")
    keys.click(page.grid_view.viewport())
    page.grid_view.setFocus()
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type("K")
    assert "32 penilaian K tercatat" in page.message.text(), page.message.text()
    return page


def _certificates(keys: Keys, page: CertificatesPage, tmp_path, monkeypatch) -> Path:
    keys.stage = "certificates"
    target = tmp_path / "sertifikat.pdf"

    def save_as(*_args, **_kw):
        keys.pressed_in_stand_in()  # Enter: the save dialog proposes the name; Enter keeps it
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    keys.click(page.tabs.tabBar())
    page.tabs.setCurrentIndex(2)
    keys.click(page.issue_button)  # Terbitkan
    # A certificate and its companion letter for each of the 16 graduates.
    assert "32 dokumen diterbitkan" in page.message.text(), page.message.text()
    keys.click(page.pdf_button)  # Simpan PDF…
    # The page says where the PDF went once it is written (off the GUI thread).
    keys.qtbot.waitUntil(lambda: "tersimpan" in page.message.text(), timeout=120_000)
    assert target.stat().st_size > 0
    return target


def _monthly_report(keys: Keys, window: MainWindow, tmp_path, monkeypatch) -> Path:
    keys.stage = "report"
    target = tmp_path / "laporan.xlsx"

    def save_as(*_args, **_kw):
        keys.pressed_in_stand_in()  # Enter in the save dialog
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page = _page(keys, window, ReportsPage)
    keys.click(page.preview_button)  # Tampilkan rekap (last month, proposed)
    keys.qtbot.waitUntil(page.save_button.isEnabled, timeout=60_000)
    keys.click(page.save_button)  # Simpan laporan…
    keys.qtbot.waitUntil(lambda: "tersimpan" in page.monthly_status.text(), timeout=120_000)
    return target


@pytest.mark.timeout(900)  # 16 forms typed key by key on a busy 2-core machine
def test_a_clerks_day(settled, qtbot, empty_db, capsys, tmp_path, monkeypatch):
    keys = Keys(qtbot)
    _wizard(qtbot, keys, empty_db)
    window = _login(qtbot, keys, empty_db)
    window.resize(1366, 768)
    _programme(keys, window)
    monday = today() - timedelta(days=49)
    monday -= timedelta(days=monday.weekday())
    batch_id = _batch(keys, window, monday)
    with empty_db.session() as s:
        days = batches.days_of(s, batch_id)
    assert len(days) == 30 and days[0] == monday
    keys.stage = "registration"
    _page(keys, window, TraineesPage)
    for number in range(16):
        _register(keys, window, number)
    with empty_db.session() as s:
        assert selection.counts(s, batch_id)["pendaftar"] == 16
    _selection(keys, window)
    with empty_db.session() as s:
        assert selection.counts(s, batch_id)["peserta"] == 16
    _attendance(keys, window, batch_id, days)
    with empty_db.session() as s:
        marks = s.scalar(select(func.count()).select_from(AttendanceMark))
    assert marks == 16 * 30
    page = _assessment(keys, window)
    pdf = _certificates(keys, page, tmp_path, monkeypatch)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert all(name.upper() in text.upper() for name in FIRST_NAMES)
    report = _monthly_report(keys, window, tmp_path, monkeypatch)
    assert load_workbook(report).sheetnames
    with capsys.disabled():
        print("\nclerk's day:", keys.counts)

    # The goals: one Ctrl+2 opened Peserta, then each form took the rest.
    assert (keys.of("registration") - 1) / 16 <= 60
    assert keys.of("attendance", "per day") <= 3
    assert keys.of("certificates", "clicks") <= 3
