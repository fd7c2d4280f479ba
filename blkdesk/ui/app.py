"""Start-up: open the database, run the first-run wizard if needed, log in, show the window."""

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from blkdesk.core.db import Database, is_initialised, open_database, resolve_url
from blkdesk.core.errors import BlkError
from blkdesk.core.institution import local_institution
from blkdesk.core.logs import setup_logging
from blkdesk.ui import i18n, style
from blkdesk.ui.context import AppContext
from blkdesk.ui.crash import CrashHandler
from blkdesk.ui.login import LoginDialog
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.wizard import SetupWizard


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("BLKDesk")
    app.setOrganizationName("BLKDesk")
    style.apply(app)
    return app


def open_or_explain(db_arg: str | None) -> Database | None:
    try:
        return open_database(resolve_url(db_arg))
    except BlkError as exc:
        QMessageBox.critical(None, "BLKDesk", exc.message)
        return None


def login_and_show(db: Database) -> MainWindow | None:
    """Wizard (first run), then login; returns the shown window, or None if the clerk gave up."""
    if not is_initialised(db) and not SetupWizard(db).exec():
        return None
    with db.session() as session:
        inst = local_institution(session)
        code, name = inst.code, inst.name
    login = LoginDialog(db, name)
    if not login.exec() or login.user is None:
        return None
    window = MainWindow(AppContext(db, login.user, code, name))
    window.show()
    return window


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    setup_logging()
    app = make_app()
    crashes = CrashHandler()
    crashes.install()
    try:
        return _run(app, db, lang)
    finally:
        crashes.uninstall()
        logging.getLogger(__name__).info("BLKDesk ditutup")


def _run(app: QApplication, db: str | None, lang: str | None) -> int:
    if lang:
        i18n.set_language(lang)
    i18n.install(i18n.current_language())
    database = open_or_explain(db)
    if database is None:
        return 1
    window = login_and_show(database)
    if window is None:
        database.dispose()
        return 0
    code = app.exec()
    database.dispose()
    return code
