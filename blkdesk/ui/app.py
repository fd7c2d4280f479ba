"""Start-up: open the database, run the first-run wizard if needed, log in, show the window."""

import getpass
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from blkdesk.core.clock import format_datetime_local
from blkdesk.core.errors import BlkError, DatabaseError
from blkdesk.core.institution import local_institution, system_actor
from blkdesk.core.permissions import Action
from blkdesk.core.province import is_province
from blkdesk.core.storage import backup, office_server, restore
from blkdesk.core.storage.db import (
    Database,
    is_initialised,
    make_engine,
    open_database,
    resolve_url,
    sqlite_path,
)
from blkdesk.core.storage.instance_lock import InstanceLock
from blkdesk.core.storage.integrity import CheckReport, quick_check
from blkdesk.core.storage.logs import setup_logging
from blkdesk.core.storage.netshare import refuse_network_share
from blkdesk.ui import filedialogs, i18n, style
from blkdesk.ui.backup_secret import ask_backup_secret
from blkdesk.ui.context import AppContext
from blkdesk.ui.crash import CrashHandler
from blkdesk.ui.login import LoginDialog
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.wizard import SetupWizard

log = logging.getLogger(__name__)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("BLKDesk")
    app.setOrganizationName("BLKDesk")
    filedialogs.install()  # no file dialog may open the database (see filedialogs.py)
    style.apply(app)
    return app


@dataclass
class Opened:
    db: Database
    lock: InstanceLock | None
    # The failed quick_check when the file is damaged (the database is then read-only).
    damage: CheckReport | None = None

    def close(self) -> None:
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()


class Unopenable(DatabaseError):
    """The file failed its check so badly that not even a read-only connection opens it."""

    def __init__(self, path: Path, report: CheckReport) -> None:
        super().__init__(f"Berkas database {path} rusak parah: {report.summary()}")
        self.path = path


def open_checked(db_arg: str | None) -> Opened:
    """Refuse a share and a second writer, check the file, open it (read-only if damaged)."""
    url = resolve_url(db_arg)
    path = sqlite_path(url)
    if path is None:
        office_server.start_if_ours(url)
        return Opened(open_database(url), None)
    refuse_network_share(path)
    lock = InstanceLock.acquire(path)
    try:
        if lock.recovered is not None:
            log.warning("kunci lama dari %s dipulihkan", lock.recovered.describe())
        # Plaintext work copies a kill left behind (a snapshot, a restore, a check) go first.
        if path.exists():
            backup.clean_work_files(path)
        if path.exists() and path.stat().st_size > 0:
            report = quick_check(path)
            if not report.ok:
                log.error("database rusak: %s", report.summary())
                try:
                    return Opened(open_database(url, read_only=True), lock, report)
                except (SQLAlchemyError, DatabaseError) as exc:
                    raise Unopenable(path, report) from exc
        return Opened(open_database(url), lock)
    except BaseException:
        lock.release()
        raise


def open_or_explain(db_arg: str | None) -> Opened | None:
    while True:
        try:
            return open_checked(db_arg)
        except Unopenable as exc:
            if not restore_unopenable(exc):
                return None
        except BlkError as exc:
            QMessageBox.critical(None, "BLKDesk", exc.message)
            return None


def restore_unopenable(exc: Unopenable) -> bool:
    """Nobody can log in to a file that does not open, so the restore is offered before login,
    acting as the operating-system user, as `blkdesk restore --latest` would."""
    title = QApplication.translate("app", "Database rusak")
    secret: str | None = None
    while True:
        try:
            good = backup.newest_good_backup(
                backup.folder_for(exc.path), password=secret, recovery_key=secret
            )
            break
        except BlkError as error:  # sealed backups: the password or the printed recovery key
            secret = ask_backup_secret(None, error.message if secret else "")
            if secret is None:
                return False
    if good is None:
        QMessageBox.critical(None, title, exc.message + "\n\n" + QApplication.translate(
            "app", "Tidak ada cadangan yang baik. Hubungi petugas TI; jangan menghapus berkas "
            "database."))  # fmt: skip
        return False
    question = QApplication.translate(
        "app", "{problem}\n\nCadangan baik terbaru: {when}\nIsi: {counts}\n\nPulihkan sekarang?"
    ).format(problem=exc.message, when=format_datetime_local(good.created_at),
             counts=good.counts_text())  # fmt: skip
    if QMessageBox.question(None, title, question) != QMessageBox.StandardButton.Yes:
        return False
    url = resolve_url(str(exc.path))
    engine = make_engine(url)
    broken = Database(url=url, engine=engine, sessions=sessionmaker(engine), read_only=True)
    try:
        with InstanceLock.acquire(exc.path):
            restore.restore(broken, system_actor(getpass.getuser()), good.path,
                            password=secret, recovery_key=secret)  # fmt: skip
    except BlkError as error:
        QMessageBox.critical(None, title, error.message)
        return False
    finally:
        engine.dispose()
    return True


def offer_restore(window: MainWindow, damage: CheckReport) -> None:
    """The file failed its check: say so, and offer the newest backup that passes it."""
    ctx = window.ctx
    path = ctx.db.path
    assert path is not None
    try:
        good = backup.newest_good_backup(backup.folder_for(path), key=restore.saved_key(ctx.db))
    except BlkError:  # sealed under another key: the settings tab restores with its password
        good = None
    text = window.tr(
        "Pemeriksaan database menemukan kerusakan:\n{problem}\n\nData dibuka hanya-baca "
        "supaya tidak bertambah rusak."
    ).format(problem=damage.problems[0])
    if good is None:
        QMessageBox.critical(window, window.tr("Database rusak"), text + "\n\n" + window.tr(
            "Tidak ada cadangan yang baik di folder cadangan. Hubungi petugas TI; jangan "
            "menghapus berkas database."))  # fmt: skip
        return
    offer = window.tr("Cadangan baik terbaru: {when}\nIsi: {counts}").format(
        when=format_datetime_local(good.created_at), counts=good.counts_text()
    )
    if not ctx.can(Action.RESTORE):
        ask = window.tr("Minta administrator masuk untuk memulihkannya.")
        QMessageBox.critical(window, window.tr("Database rusak"), f"{text}\n\n{offer}\n\n{ask}")
        return
    answer = QMessageBox.question(
        window, window.tr("Database rusak"),
        text + "\n\n" + offer + "\n\n" + window.tr("Pulihkan dari cadangan ini sekarang?"),
    )  # fmt: skip
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        restore.restore(ctx.db, ctx.actor, good.path)
    except BlkError as exc:
        QMessageBox.critical(window, window.tr("Database rusak"), exc.message)
        return
    QMessageBox.information(
        window, window.tr("Database dipulihkan"),
        window.tr("Data dipulihkan dari cadangan {when}. Silakan masuk lagi.").format(
            when=format_datetime_local(good.created_at)),
    )  # fmt: skip
    window.restart()


class Reopen(Exception):
    """The first-run wizard connected this PC to the office server: open that instead."""


def login_and_show(db: Database) -> MainWindow | None:
    """Wizard (first run), then login; returns the shown window, or None if the clerk gave up."""
    if not is_initialised(db):
        wizard = SetupWizard(db)
        if not wizard.exec():
            if wizard.connected:
                raise Reopen
            return None
    with db.session() as session:
        inst = local_institution(session)
        code, name, kind = inst.code, inst.name, inst.kind
    login = LoginDialog(db, name)
    if not login.exec() or login.user is None:
        return None
    window = MainWindow(AppContext(db, login.user, code, name, province=is_province(kind)))
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
    while True:  # again after a restore, on the restored data
        opened = open_or_explain(db)
        if opened is None:
            return 1
        try:
            try:
                window = login_and_show(opened.db)
            except Reopen:
                continue
            if window is None:
                return 0
            if opened.damage is not None:
                offer_restore(window, opened.damage)
            code = app.exec() if window.isVisible() else 0
            if not window.restart_requested:
                return code
        finally:
            opened.close()
