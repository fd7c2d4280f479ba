"""Screenshots for the user guide, taken from the real app on a fresh demo database.

    ./dev screenshots        (or: python tools/screenshots.py [--province] [OUTPUT_FOLDER])

Renders offscreen, so it runs on a server or in CI, and writes `resources/help/img/*.png`: the
login dialog, every page of the main window as the operator sees it (named after the pages' icon
names), and the screens of a clerk's month inside them (the scenes below), all of which the guide
refers to. Re-run it whenever a screen changes; a scene whose widget was renamed stops the script
with the name, so the guide is never left with a stale picture unnoticed.
"""

import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "help" / "img"
# The window as a clerk has it maximised on a 1366 × 768 screen (less the title and task bars),
# then scaled smoothly to what the help window shows without scrolling sideways (the help
# browser's own scaling would blur the text). Narrower, Beranda would wrap its figures.
WINDOW = (1366, 720)
SCREEN = (1366, 728)  # what a 40 px taskbar leaves of a 1366 × 768 screen
SHOWN_WIDTH = 900
# Paths on screen (status bar, settings, backups) show the clerk's Windows data folder, not ours.
SHOWN_DATA = "C:\\Users\\operator\\AppData\\Local\\BLKDesk"


def main(out: Path = OUT, province_only: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="blkdesk-shots-"))
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # Offscreen Qt's screen is 800 × 800, and a dialog fits itself to its screen's free area
        # (Dialog._fit_screen): give it the clerk's, a 1366 × 768 laptop less its taskbar.
        screen = scratch / "screen.json"
        screen.write_text(json.dumps({"screens": [{
            "name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
        }]}))  # fmt: skip
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    # A clean data folder: no remembered window sizes or language from the developer's own use.
    data = scratch / "data"
    os.environ["BLKDESK_DATA_DIR"] = str(data)
    scratch_path = re.compile(re.escape(str(data)) + r"([^\s,;:)]*)")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QWidget
    from sqlalchemy import select

    from blkdesk.core import demo
    from blkdesk.core.models import Institution, User
    from blkdesk.core.storage import database_backup
    from blkdesk.core.storage.db import open_database, resolve_url
    from blkdesk.ui import actions, i18n
    from blkdesk.ui import screens as pages
    from blkdesk.ui.app import make_app
    from blkdesk.ui.context import AppContext
    from blkdesk.ui.login import LoginDialog
    from blkdesk.ui.mainwindow import MainWindow

    written: list[Path] = []

    def settle() -> None:
        """Let a page finish the loading it started when shown."""
        for _ in range(3):
            QCoreApplication.processEvents()
            actions.pool().waitForDone(30_000)
        QCoreApplication.processEvents()

    def windows_paths(widget: QWidget) -> None:
        for label in widget.findChildren(QLabel):
            text = label.text()
            shown = scratch_path.sub(lambda m: SHOWN_DATA + m.group(1).replace("/", "\\"), text)
            if shown != text:
                label.setText(shown)

    def save(widget: QWidget, name: str) -> None:
        settle()
        windows_paths(widget)
        settle()  # the longer paths may wrap onto another line
        image = widget.grab().toImage()
        if image.width() > SHOWN_WIDTH:
            image = image.scaledToWidth(SHOWN_WIDTH, Qt.TransformationMode.SmoothTransformation)
        written.append(out / f"{name}.png")
        image.save(str(written[-1]))

    def dialog(
        open_it: Callable[[], object],
        name: str,
        *more: tuple[int, str],
        fill: Callable[[Any], None] | None = None,
    ) -> None:
        """Shoot the modal dialog `open_it` opens (after `fill`, and its tabs `more`), then
        close it without saving."""
        shot: list[str] = []

        def shoot(tries: int = 100) -> None:
            modal = QApplication.activeModalWidget()
            if modal is None:
                if tries:
                    QTimer.singleShot(50, lambda: shoot(tries - 1))
                return
            modal.resize(max(modal.width(), 900), max(modal.height(), 600))
            if fill is not None:
                fill(modal)
            save(modal, name)
            for index, tab_name in more:
                modal.tabs.setCurrentIndex(index)
                save(modal, tab_name)
            shot.append(name)
            modal.reject()  # type: ignore[attr-defined]

        QTimer.singleShot(0, shoot)
        open_it()
        if not shot:
            raise SystemExit(f"{name}: no dialog opened")

    def choose(combo: QComboBox, status: str) -> None:
        """The first batch in `combo` whose label ends with `status` (e.g. a finished one)."""
        for i in range(combo.count()):
            if combo.itemText(i).endswith(status):
                combo.setCurrentIndex(i)
                settle()
                return
        raise SystemExit(f"no batch '{status}' in the demo for the guide")

    make_app()
    i18n.install("id")
    out.mkdir(parents=True, exist_ok=True)
    if province_only:  # `--province`: retake the province's section alone
        shoot_province(scratch, save, settle)
        shutil.rmtree(scratch, ignore_errors=True)
        print("\n".join(str(path) for path in written))
        return 0
    summary = demo.build(str(data / "blkdesk.sqlite"), trainees=400, seed=7)
    database = open_database(resolve_url(summary.path))
    try:
        with database.session() as session:
            user = session.scalar(select(User).where(User.username == "operator"))
            inst = session.scalar(select(Institution).where(Institution.is_local))
            assert user is not None and inst is not None
            code, name = inst.code, inst.name

        login = LoginDialog(name)
        login.show()
        login.username.setText("operator")
        login.password.setText("Operator123")
        save(login, "login")
        login.reject()

        window = MainWindow(AppContext(database, user, code, name))
        # A first run opens maximised on the (offscreen) screen: the guide wants the clerk's size.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*WINDOW)
        window.show()
        for row, screen in enumerate(window.screens):  # pages are built on their first visit
            window.sidebar.setCurrentRow(row)
            save(window, screen.icon_name)

        trainees = window.show_page(pages.TraineesPage)
        form = trainees.open_form()
        form.resize(max(form.width(), 900), max(form.height(), 640))
        # Typed, as a clerk would: the form derives birth date, sex and region from the NIK.
        QTest.keyClicks(form.identity.nik, "3604015708950003")
        QTest.keyClicks(form.identity.name, "Siti Aminah")
        save(form, "trainees_form")
        # What was typed is only for the picture: closing discards it without asking.
        asked = QMessageBox.question
        QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.Discard
        form.reject()
        QMessageBox.question = asked
        detail = trainees.open_detail(trainees.model.row_at(0).id)
        save(detail, "trainees_detail")
        detail.reject()

        training = window.show_page(pages.TrainingPage)

        def plan(batch_dialog: Any) -> None:
            batch_dialog.program.setCurrentIndex(batch_dialog.program.findText("Menjahit", flags))
            batch_dialog.name.setText("Angkatan III/2026")

        flags = Qt.MatchFlag.MatchContains
        dialog(training.plan_button.click, "training_plan", fill=plan)
        planned = next(
            i for i in range(training.batch_model.rowCount())
            if training.batch_model.row_object(i).status == "direncanakan"
        )  # fmt: skip
        training.batch_view.selectRow(planned)
        dialog(training.open_button.click, "training_selection", (1, "training_schedule"))

        certificates = window.show_page(pages.CertificatesPage)
        choose(certificates.picker.combo, "Selesai")
        for index, shot_name in enumerate(
            ("certificates_assessment", "certificates_outcome", "certificates_issued")
        ):
            certificates.tabs.setCurrentIndex(index)
            save(window, shot_name)

        reports = window.show_page(pages.ReportsPage)
        reports.preview_button.click()
        save(window, "reports_monthly")
        reports.tabs.setCurrentIndex(1)
        save(window, "reports_sync")

        settings = window.show_page(pages.SettingsPage)
        settings.tabs.setCurrentIndex(settings.tabs.indexOf(settings.backup_tab))
        # So the list shows what a backup looks like.
        database_backup.backup_now(database, window.ctx.actor)
        settings.backup_tab.refresh()
        save(window, "settings_backup")
        window.close()
        settle()
    finally:
        database.dispose()
    shoot_province(scratch, save, settle)
    shutil.rmtree(scratch, ignore_errors=True)  # the demo databases: nobody's real data
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def shoot_province(
    scratch: Path, save: Callable[[Any, str], None], settle: Callable[[], None]
) -> None:
    """The province's desk (the guide's section for Disnakertrans): a demo province that merged
    four demo BLKs' real files, as its administrator sees it (receiving and merging BLKs' files is
    an administrator's work). Pictures named province_*."""
    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from blkdesk.core.models import Institution, User
    from blkdesk.core.storage.db import open_database, resolve_url
    from blkdesk.exchange.demo_province import SKIPPER, build_province
    from blkdesk.ui import screens as pages
    from blkdesk.ui.context import AppContext
    from blkdesk.ui.mainwindow import MainWindow

    path = scratch / "data" / "provinsi.sqlite"  # shown as the clerk's Windows data folder
    build_province(str(path), trainees=150, seed=7)
    database = open_database(resolve_url(str(path)))
    try:
        with database.session() as session:
            user = session.scalar(select(User).where(User.username == "admin"))
            inst = session.scalar(select(Institution).where(Institution.is_local))
            assert user is not None and inst is not None
            code, name = inst.code, inst.name
        window = MainWindow(AppContext(database, user, code, name, province=True))
        # Not maximised to the offscreen screen: the size a clerk's 1366 × 768 screen gives.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*WINDOW)
        window.show()
        window.show_page(pages.ProvinceHomePage)
        save(window, "province_home")
        home: Any = window.page(pages.ProvinceHomePage)
        home.scroll_area.verticalScrollBar().setValue(home.figures_panel.y())
        save(window, "province_figures")
        blks: Any = window.show_page(pages.BlksPage)
        # The BLK the demo gave a lost file and flagged records: what the officer follows up.
        blks.view.selectRow(next(i for i, b in enumerate(blks.rows) if b.code == SKIPPER))
        blks.lower_tabs.setCurrentWidget(blks.problems_view)
        save(window, "province_blks")
        window.show_page(pages.DoubleFundingPage)
        save(window, "province_double_funding")
        reports: Any = window.show_page(pages.ReportsPage)
        reports.preview_button.click()
        save(window, "province_report")
        window.close()
        settle()
    finally:
        database.dispose()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--province"]
    raise SystemExit(
        main(Path(arguments[0]) if arguments else OUT, province_only="--province" in sys.argv)
    )
