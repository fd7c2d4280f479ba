"""`blkdesk --selftest --db FILE`: proves an installed or bundled BLKDesk can run.

It opens (and migrates) the database, builds the main window for its first administrator without
the login dialog, visits every page, opens the guide and the About dialog, checks the English
translation and the Indonesian holiday calendar load, and, in a bundle, that the PostgreSQL it
carries for "Server kantor" runs; closes everything and prints one line.
Used by `./dev bundle` on the PyInstaller output, where missing files only show up at run time.
"""

import sys
from datetime import date

from PySide6.QtCore import QCoreApplication

from blkdesk.core.access import auth
from blkdesk.core.errors import BlkError
from blkdesk.core.institution import local_institution
from blkdesk.core.province import is_province
from blkdesk.core.storage import office_server
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.training.calendar import national_holidays
from blkdesk.ui import actions, i18n
from blkdesk.ui.about import AboutDialog
from blkdesk.ui.app import make_app
from blkdesk.ui.context import AppContext
from blkdesk.ui.mainwindow import MainWindow


class SelftestFailed(Exception):
    pass


def _settle() -> None:
    """Let pages finish the loading they started when shown."""
    for _ in range(3):
        QCoreApplication.processEvents()
        actions.pool().waitForDone(30_000)
    QCoreApplication.processEvents()


def bundled_server() -> str:
    """In a bundle, the server programs it carries must be there and run (an office PC with no
    PostgreSQL relies on them); run from source, there is nothing to check."""
    bindir = office_server.bundled_binaries()
    if bindir is None:
        return ""
    problems = office_server.tool_problems(bindir)
    if problems:
        raise SelftestFailed("PostgreSQL bawaan: " + "; ".join(problems))
    return ", PostgreSQL bawaan siap"


def check(db_arg: str | None) -> str:
    server = bundled_server()
    app = make_app()
    if not i18n.install("en"):
        raise SelftestFailed("terjemahan bahasa Inggris (.qm) tidak ada")
    i18n.install("id")
    if not any("Kemerdekaan" in name for name in national_holidays(date.today().year).values()):
        raise SelftestFailed("kalender libur nasional Indonesia tidak termuat")
    database = open_database(resolve_url(db_arg))
    try:
        with database.session() as session:
            inst = local_institution(session)
            user = auth.first_admin(session)
            if user is None:
                raise SelftestFailed("database belum punya administrator (jalankan `init`)")
            code, name, province = inst.code, inst.name, is_province(inst.kind)
        window = MainWindow(AppContext(database, user, code, name, province=province))
        window.show()
        for row in range(window.sidebar.count()):
            window.sidebar.setCurrentRow(row)
            _settle()
        guide = window.show_help()
        _settle()
        if not guide.browser.toPlainText().strip():
            raise SelftestFailed("panduan pengguna kosong")
        guide.close()
        about = AboutDialog(window, database)
        about.show()
        _settle()
        about.close()
        window.close()
        pages = window.sidebar.count()
        window.deleteLater()
        _settle()
        app.processEvents()
    finally:
        database.dispose()
    return f"Selftest OK: {pages} halaman{server}, database {database.location}"


def run_selftest(db_arg: str | None) -> int:
    try:
        message = check(db_arg)
    except (BlkError, SelftestFailed) as exc:
        print(f"Selftest GAGAL: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
    print(message)
    return 0
