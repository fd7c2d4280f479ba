"""What watches over a working session: the idle lock and the automatic backups."""

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget

from blkdesk.core import settings
from blkdesk.core.access import auth
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.errors import AuthError, BlkError
from blkdesk.core.progress import Progress
from blkdesk.core.storage import backup, database_backup
from blkdesk.ui.actions import Task, act_in_background
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FieldError

log = logging.getLogger(__name__)
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
CHECK_BACKUP_MS = 5 * 60 * 1000
# Two minutes without keyboard or mouse: the clerk is away, a backup disturbs nobody.
IDLE_BACKUP_MS = 2 * 60 * 1000


class LockDialog(Dialog):
    """Asks the logged-in user's password again; wrong passwords count toward the lockout."""

    def __init__(self, ctx: AppContext, minutes: float, parent: QWidget) -> None:
        super().__init__(parent, self.tr("BLKDesk terkunci"), "LockDialog")
        self.ctx = ctx
        text = self.tr(
            "Layar dikunci karena tidak ada kegiatan selama %Ln menit. Masukkan kata sandi "
            "{name} untuk melanjutkan.",
            "",
            round(minutes),
        ).format(name=ctx.user.full_name)
        self.add_text(text)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.body.addWidget(self.password)
        self.message = FieldError()
        self.body.addWidget(self.message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buka"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Keluar dari BLKDesk")
        )
        self.finish_layout()
        self.setMinimumWidth(400)

    def accept(self) -> None:
        try:
            auth.login(self.ctx.db, self.ctx.user.username, self.password.text())
        except AuthError as exc:
            self.message.show_message(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


class IdleLock(QObject):
    """Locks `window` after `minutes` without keyboard or mouse input (0: never)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, ctx: AppContext, minutes: float) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.dialog is None and self.minutes > 0:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.dialog is not None:
            return
        central = self.window.centralWidget()  # type: ignore[attr-defined]
        central.hide()  # nothing personal stays on screen behind the dialog
        self.dialog = LockDialog(self.ctx, self.minutes, self.window)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()
        self.locked.emit()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != Dialog.DialogCode.Accepted:
            self.window.close()
            return
        self.window.centralWidget().show()  # type: ignore[attr-defined]
        self.set_minutes(self.minutes)
        self.unlocked.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class AutoBackup(QObject):
    """Backups when something changed: after a quiet spell (the clerk is away), every 30 minutes
    of steady work, and, for what is left, on close behind a progress dialog.

    The ones during work run unseen on the background worker and say so in the status bar.
    Backing up while the clerk is away leaves close with nothing to do in most sessions.
    """

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.running = False
        self.closing = False
        self.timer = QTimer(self, interval=CHECK_BACKUP_MS)
        self.timer.timeout.connect(self.check)
        self.idle_timer = QTimer(self, singleShot=True, interval=IDLE_BACKUP_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        if self.enabled:
            self.timer.start()
            self.idle_timer.start()
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        # A damaged (read-only) database is not backed up over the good backups. The office
        # server is backed up by its own PC, on the same rhythm as a file.
        return database_backup.backed_up_here(self.ctx.db) and not self.ctx.db.read_only

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.closing:
            self.idle_timer.start()  # the quiet spell starts again
        return False

    def check(self) -> None:
        """The 30-minute rhythm while work goes on."""
        if not self.running and database_backup.auto_backup_due(self.ctx.db):
            self._start()

    def check_idle(self) -> None:
        """Nobody has touched BLKDesk for a while: back up what changed since the last backup."""
        if not self.running and database_backup.changed_since_last_backup(self.ctx.db):
            self._start()

    def _start(self) -> None:
        self.running = True
        db = self.ctx.db
        self._status(self.tr("Membuat cadangan otomatis…"))
        self._run(
            lambda progress: database_backup.backup_database(db, "otomatis", progress=progress),
            self.tr("Membuat cadangan otomatis…"),
            show_after_ms=None,
        )

    def _run(
        self,
        work: Callable[[Progress], backup.BackupResult | None],
        title: str,
        show_after_ms: int | None,
    ) -> Task:
        task = act_in_background(
            self.window, self.ctx, title, work,
            lambda result: Changes.of(Kind.BACKUPS) if result is not None else Changes(),
            then=self._done, refused=self._refused, cancellable=False,
            show_after_ms=show_after_ms,
        )  # fmt: skip
        # However it ended (a bug goes to the crash dialog), the next backup may start.
        task.finished.connect(self._stopped)
        return task

    def _stopped(self) -> None:
        self.running = False
        self._status("")

    def _status(self, text: str, ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, ms)  # type: ignore[attr-defined]

    def _done(self, result: backup.BackupResult | None) -> None:
        if result is None:
            return
        self._status(self.tr("Cadangan otomatis dibuat: {name}").format(
            name=result.info.path.name), 10_000)  # fmt: skip
        if result.copy_error:
            self._warn(result.copy_error)

    def _refused(self, error: BlkError) -> None:
        self._warn(error.message)

    def _warn(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.warning("cadangan otomatis: %s", message)
        QMessageBox.warning(self.window, self.tr("Cadangan"), message)

    def on_close(self) -> None:
        """A last backup when something changed since the previous one, behind a progress
        dialog (closing must never look like a hang). A backup still running from a quiet
        spell is waited for the same way, and then usually leaves nothing to do."""
        self.closing = True
        self.timer.stop()
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if not self.enabled:
            return
        if not self.running and not database_backup.changed_since_last_backup(self.ctx.db):
            return
        db = self.ctx.db

        def last_backup(progress: Progress) -> backup.BackupResult | None:
            # Runs after any automatic backup still going (one worker): only what is left, and
            # only the blocks changed since the newest full backup (the next one is full again).
            if not database_backup.changed_since_last_backup(db):
                return None
            return database_backup.backup_database(
                db, "tutup", progress=progress, differential=True
            )

        task = self._run(
            last_backup, self.tr("Menyimpan cadangan sebelum BLKDesk ditutup…"), show_after_ms=0
        )
        if not task.done.is_set():
            loop = QEventLoop()
            task.finished.connect(loop.quit)
            loop.exec()


class SessionGuard(QObject):
    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        with ctx.db.session() as session:
            minutes = float(settings.get(session, "idle_lock_minutes") or 0)
        self.idle = IdleLock(window, ctx, minutes)
        self.backups = AutoBackup(window, ctx)

    def before_close(self) -> None:
        self.idle.stop()
        self.backups.on_close()
