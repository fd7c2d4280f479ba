"""Start-up: open the database, run the first-run wizard if needed, log in, show the window.

A bare PySide6 window takes a tenth of a second; SQLAlchemy, the models and checking a large
database take several times that. So on an ordinary start the login window comes first, built
from PySide6 and the BLK's name read with the sqlite3 module, while a thread checks and opens the
database behind it (`Opening`); a clerk typing a password never waits for it. Everything heavy is
imported inside the functions that use it. A first run (the wizard), a URL or a file the quick
read cannot use goes the plain way: open, then log in.
"""

import getpass
import logging
import sqlite3
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from blkdesk.core.errors import BlkError, DatabaseError
from blkdesk.core.sentences import spoken
from blkdesk.core.storage.instance_lock import InstanceLock
from blkdesk.core.storage.integrity import CheckReport, quick_check
from blkdesk.core.storage.logs import setup_logging
from blkdesk.core.storage.netshare import refuse_network_share
from blkdesk.core.storage.paths import chosen_sqlite_file, sqlite_url
from blkdesk.core.storage.safefile import clean_abandoned, private_temp
from blkdesk.ui import filedialogs, i18n, style
from blkdesk.ui.backup_secret import ask_backup_secret
from blkdesk.ui.crash import CrashHandler, works_on
from blkdesk.ui.login import LoginDialog

if TYPE_CHECKING:
    from blkdesk.core.storage.db import Database
    from blkdesk.ui.mainwindow import MainWindow

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
    db: "Database"
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
        super().__init__(report.beyond_repair())
        self.path = path


def open_checked(db_arg: str | None) -> Opened:
    """Refuse a share and a second writer, check the file, open it (read-only if damaged)."""
    from blkdesk.core.storage.db import open_database, resolve_url, sqlite_path

    url = resolve_url(db_arg)
    path = sqlite_path(url)
    if path is None:
        from blkdesk.core.storage import office_server

        clean_abandoned()  # half-written exports and PDFs a kill left, wherever they were
        if office_server.start_if_ours(url):
            from blkdesk.core.storage import server_backup

            server_backup.clean_work_files()  # the plain dumps a killed backup or restore left
        db = open_database(url)
        try:
            blank_withheld(db)
        except BaseException:
            db.dispose()
            raise
        return Opened(db, None)
    refuse_network_share(path)
    lock = InstanceLock.acquire(path)
    try:
        return check_and_open(url, path, lock)
    except BaseException:
        lock.release()
        raise


def check_and_open(url: str, path: Path, lock: InstanceLock) -> Opened:
    """The slow half of opening, once the file is locked: the check, then SQLAlchemy."""
    from sqlalchemy.exc import SQLAlchemyError

    from blkdesk.core.storage.db import open_database

    if lock.recovered is not None:
        log.warning("kunci lama dari %s dipulihkan", lock.recovered.describe())
    # Plaintext work copies a kill left behind (a snapshot, a restore, a check, a half-written
    # export or PDF) go first.
    clean_abandoned()
    if path.exists():
        from blkdesk.core.storage import backup

        backup.clean_work_files(path)
    if path.exists() and path.stat().st_size > 0:
        report = quick_check(path)
        if not report.ok:
            log.error("database rusak: %s", report.summary())
            try:
                return Opened(open_database(url, read_only=True), lock, report)
            except (SQLAlchemyError, DatabaseError) as exc:
                raise Unopenable(path, report) from exc
    db = open_database(url)
    try:
        from blkdesk.core.storage import database_backup

        database_backup.provision_key(db)
        blank_withheld(db)
    except BaseException:
        db.dispose()
        raise
    return Opened(db, lock)


def blank_withheld(db: "Database") -> None:
    """A province's database keeps nothing older sync files brought that it no longer needs
    (exchange/withheld.py), from the first start of this version on, not from the next file
    received. Done before anyone logs in, so as the operating-system user, and audited."""
    from sqlalchemy.exc import SQLAlchemyError

    from blkdesk.core.institution import system_actor
    from blkdesk.exchange import withheld

    try:
        counts = withheld.purge_at_open(db, system_actor(getpass.getuser(), "BLKDesk"))
    except (SQLAlchemyError, DatabaseError):
        # Nothing was blanked (one transaction); the next start or merge does it. The desk
        # opens all the same.
        log.exception("data lama yang ditahan tidak dapat dikosongkan saat membuka database")
        return
    if counts:
        log.info("%d isian data lama yang ditahan dikosongkan", sum(counts.values()))


def open_or_explain(db_arg: str | None) -> Opened | None:
    while True:
        try:
            opened = open_checked(db_arg)
            if opened.db.path is None and opened.db.migration_backup is not None:
                tell_server_upgraded(opened.db.migration_backup)
            return opened
        except Unopenable as exc:
            if not restore_unopenable(exc):
                return None
        except BlkError as exc:
            if _remembered_server(db_arg):
                from blkdesk.ui import reconnect

                if reconnect.ask(exc.message):
                    continue
                return None
            QMessageBox.critical(None, "BLKDesk", exc.message)
            return None


def tell_server_upgraded(backup_path: Path) -> None:
    """The office server's database was upgraded for this BLKDesk: where its backup from just
    before lies, should the upgrade have to be undone."""
    QMessageBox.information(
        None,
        QApplication.translate("app", "Database server kantor diperbarui"),
        QApplication.translate(
            "app",
            "Database server kantor sudah diperbarui untuk versi BLKDesk ini. Cadangannya dari "
            "sebelum pembaruan disimpan di:\n{path}",
        ).format(path=backup_path),
    )


def _remembered_server(db_arg: str | None) -> bool:
    """True when this start opens the office server the clerk connected to (not --db, not
    BLKDESK_DB): the connection can then be changed from the start-up itself."""
    from blkdesk.core.storage.paths import chosen_database, remembered_server

    remembered = remembered_server()
    return remembered is not None and chosen_database(db_arg) == remembered


def restore_unopenable(exc: Unopenable) -> bool:
    """Nobody can log in to a file that does not open, so the restore is offered before login,
    acting as the operating-system user, as `blkdesk restore --latest` would."""
    from sqlalchemy.orm import sessionmaker

    from blkdesk.core.institution import system_actor
    from blkdesk.core.storage import backup, restore
    from blkdesk.core.storage.db import Database, make_engine, resolve_url
    from blkdesk.ui.dates import format_datetime_local

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
             counts=spoken(good.counts_text()))  # fmt: skip
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


def offer_restore(window: "MainWindow", damage: CheckReport) -> None:
    """The file failed its check: say so, and offer the newest backup that passes it.

    Said in this module's context: window.tr() would look the words up under MainWindow, where
    lupdate never files them, and so say them in Indonesian in the English interface too."""
    from blkdesk.core.permissions import Action
    from blkdesk.core.storage import backup, restore
    from blkdesk.ui.dates import format_datetime_local

    ctx = window.ctx
    path = ctx.db.path
    assert path is not None
    try:
        good = backup.newest_good_backup(backup.folder_for(path), key=restore.saved_key(ctx.db))
    except BlkError:  # sealed under another key: the settings tab restores with its password
        good = None
    title = QApplication.translate("app", "Database rusak")
    text = QApplication.translate(
        "app", "Pemeriksaan database menemukan kerusakan:\n{problem}\n\nData dibuka hanya-baca "
        "supaya tidak bertambah rusak."
    ).format(problem=spoken(damage.problems[0]))  # fmt: skip
    if good is None:
        QMessageBox.critical(window, title, text + "\n\n" + QApplication.translate(
            "app", "Tidak ada cadangan yang baik di folder cadangan. Hubungi petugas TI; jangan "
            "menghapus berkas database."))  # fmt: skip
        return
    offer = QApplication.translate("app", "Cadangan baik terbaru: {when}\nIsi: {counts}").format(
        when=format_datetime_local(good.created_at), counts=spoken(good.counts_text())
    )
    if not ctx.can(Action.RESTORE):
        ask = QApplication.translate("app", "Minta administrator masuk untuk memulihkannya.")
        QMessageBox.critical(window, title, f"{text}\n\n{offer}\n\n{ask}")
        return
    ask = QApplication.translate("app", "Pulihkan dari cadangan ini sekarang?")
    answer = QMessageBox.question(window, title, f"{text}\n\n{offer}\n\n{ask}")
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        restore.restore(ctx.db, ctx.actor, good.path)
    except BlkError as exc:
        QMessageBox.critical(window, title, exc.message)
        return
    QMessageBox.information(
        window, QApplication.translate("app", "Database dipulihkan"),
        QApplication.translate(
            "app", "Data dipulihkan dari cadangan {when}. Silakan masuk lagi."
        ).format(when=format_datetime_local(good.created_at)),
    )  # fmt: skip
    window.restart()


class Reopen(Exception):
    """The first-run wizard connected this PC to the office server: open that instead."""


def login_and_show(db: "Database") -> "MainWindow | None":
    """Wizard (first run), then login; returns the shown window, or None if the clerk gave up."""
    from blkdesk.core.access import auth
    from blkdesk.core.institution import local_institution
    from blkdesk.core.province import is_province
    from blkdesk.core.storage.db import is_initialised
    from blkdesk.ui.wizard import SetupWizard

    if not is_initialised(db):
        wizard = SetupWizard(db)
        if not wizard.exec():
            if wizard.connected:
                raise Reopen
            return None
    with db.session() as session:
        inst = local_institution(session)
        code, name, province = inst.code, inst.name, is_province(inst.kind)
    login = LoginDialog(name, lambda username, password: auth.login(db, username, password))
    if not login.exec() or login.user is None:
        return None
    return show_window(db, login.user, code, name, province)


def show_window(
    db: "Database", user: Any, code: str, name: str, province: bool
) -> "MainWindow | None":
    """The main window for `user`; None when an account that must first replace the password
    an administrator gave it leaves instead."""
    from blkdesk.ui.context import AppContext
    from blkdesk.ui.mainwindow import MainWindow

    ctx = AppContext(db, user, code, name, province=province)
    works_on(db.url)
    if user.must_change_password:
        from blkdesk.ui.screens.settings.users import ChangePasswordDialog

        if not ChangePasswordDialog(ctx, required=True).exec():
            return None
    expire_drafts(ctx)
    window = MainWindow(ctx)
    window.show()
    from blkdesk.ui.warmup import WarmUp

    window.warm_up = WarmUp(window, window)
    from blkdesk.ui.screens.settings.protect_backups import ask_at_login

    ask_at_login(ctx, window)  # an administrator, while no backup password is set
    return window


def expire_drafts(ctx: Any) -> None:
    """Unsaved forms untouched past their retention go at start-up, whoever logs in: a clerk
    who left never comes back to open theirs (core/registry/drafts). A read-only database
    cannot record it, so they wait for a start that can."""
    if ctx.db.read_only:
        return
    from blkdesk.core.registry import drafts

    try:
        gone = drafts.expire(ctx.db, ctx.actor)
    except BlkError as exc:
        # The window still opens; the next start tries again.
        log.warning("Draf kedaluwarsa tidak terhapus (%s)", type(exc).__name__)
        return
    if gone:
        log.info("%d draf kedaluwarsa dihapus", len(gone))


# --- the quick start: the login window first, the database opening behind it ------------------


def local_institution_name(path: Path) -> str | None:
    """This BLK's name, read with sqlite3 alone; None when the file cannot tell it quickly (not
    there, not set up, damaged, busy): the plain start then takes over and explains."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT name FROM institution WHERE is_local = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


@dataclass
class Ready:
    """What the thread opened: the database, and this BLK's code and name from it."""

    opened: Opened
    code: str
    name: str
    province: bool


class Opening(QObject):
    """Checks and opens the locked database on a thread; `finished` carries a `Ready` or the
    exception, on the GUI thread. While it runs the clerk types; afterwards it also imports the
    main window, so pressing Masuk finds everything loaded."""

    finished = Signal(object)

    def __init__(self, url: str, path: Path, lock: InstanceLock) -> None:
        super().__init__()
        self.url, self.path, self.lock = url, path, lock
        self.result: Ready | BaseException | None = None
        self.begun = False
        self.worker = threading.Thread(target=self._work, name="blkdesk-opening", daemon=True)

    def start(self) -> "Opening":
        if not self.begun:
            self.begun = True
            self.worker.start()
        return self

    def _work(self) -> None:
        try:
            opened = check_and_open(self.url, self.path, self.lock)
            try:
                self.result = Ready(opened, *_institution(opened.db))
                _preload()
            except BaseException:
                opened.db.dispose()
                raise
        except BaseException as exc:  # handed to the GUI thread, which explains it
            self.result = exc
        self.finished.emit(self.result)

    def wait(self) -> Ready | BaseException | None:
        if not self.begun:  # the clerk left before it started: open (then close) all the same
            self.begun = True
            self._work()
        else:
            self.worker.join()
        return self.result


def _institution(db: "Database") -> tuple[str, str, bool]:
    from blkdesk.core.institution import local_institution
    from blkdesk.core.province import is_province

    with db.session() as session:
        inst = local_institution(session)
        return inst.code, inst.name, is_province(inst.kind)


def _preload() -> None:
    """Import what the main window needs while the clerk is still typing."""
    import blkdesk.core.access.auth
    import blkdesk.ui.mainwindow
    import blkdesk.ui.screens.beranda.page  # noqa: F401


def start_session(db_arg: str | None) -> "tuple[Opened | None, MainWindow | None]":
    """Open and log in. (None, None): the database could not be opened (already explained);
    (opened, None): the clerk left; (opened, window): at work."""
    quick = _quick_login(db_arg)
    if quick is not None:
        return quick
    opened = open_or_explain(db_arg)
    if opened is None:
        return None, None
    try:
        return opened, login_and_show(opened.db)
    except BaseException:
        opened.close()
        raise


def _quick_login(db_arg: str | None) -> "tuple[Opened | None, MainWindow | None] | None":
    """The login window at once, the database opening behind it; None when this start cannot
    go that way (a URL, a first run, a file the quick read cannot use)."""
    path = chosen_sqlite_file(db_arg)
    name = local_institution_name(path) if path is not None else None
    if path is None or name is None:
        return None
    try:
        refuse_network_share(path)
        lock = InstanceLock.acquire(path)
    except BlkError as exc:
        QMessageBox.critical(None, "BLKDesk", exc.message)
        return None, None
    opening = Opening(sqlite_url(path), path, lock)
    login = LoginDialog(name)
    opening.finished.connect(lambda result: _opened(login, result))
    # Started once the dialog is on screen: the thread's imports would otherwise hold the GIL
    # while the window is being drawn.
    login.painted.connect(lambda: QTimer.singleShot(0, opening.start))
    accepted = login.exec()
    result = opening.wait()
    if not isinstance(result, Ready):
        lock.release()
        return _failed_opening(db_arg, result)
    if not accepted or login.user is None:
        return result.opened, None
    try:
        window = show_window(
            result.opened.db, login.user, result.code, result.name, result.province
        )
        return result.opened, window
    except BaseException:
        result.opened.close()
        raise


def _opened(login: LoginDialog, result: object) -> None:
    if isinstance(result, Ready):
        from blkdesk.core.access import auth

        db = result.opened.db
        login.set_authenticator(lambda username, password: auth.login(db, username, password))
    else:
        login.reject()  # the failure is explained once the dialog is gone


def _failed_opening(
    db_arg: str | None, error: BaseException | None
) -> "tuple[Opened | None, MainWindow | None]":
    if isinstance(error, Unopenable):
        if not restore_unopenable(error):
            return None, None
        opened = open_or_explain(db_arg)  # the restored file, the plain way
        if opened is None:
            return None, None
        return opened, login_and_show(opened.db)
    if isinstance(error, BlkError):
        QMessageBox.critical(None, "BLKDesk", error.message)
        return None, None
    assert error is not None
    raise error


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    setup_logging()
    # Before Qt and libcups look for $TMPDIR: print jobs are spooled there, whole.
    with private_temp():
        app = make_app()
        crashes = CrashHandler()
        crashes.install()
        try:
            return _run(app, db, lang)
        finally:
            crashes.uninstall()
            logging.getLogger(__name__).info("BLKDesk ditutup")


def _run(app: QApplication, db: str | None, lang: str | None) -> int:
    # `--lang` is for this session only: the clerk's own choice lives in Pengaturan.
    i18n.install(lang or i18n.current_language())
    while True:  # again after a restore (on the restored data) or a connection to a server
        try:
            opened, window = start_session(db)
        except Reopen:
            continue
        if opened is None:
            return 1
        try:
            if window is None:
                return 0
            if opened.damage is not None:
                offer_restore(window, opened.damage)
            code = app.exec() if window.isVisible() else 0
            if not window.restart_requested:
                return code
        finally:
            opened.close()
