"""Unexpected errors: logged and reported without personal data, shown in a dialog.

Without this a Python exception in a slot only reaches stderr, which a windowed Windows program
does not have, and an exception in a background thread vanishes. Here every one is written to the
log as a scrubbed report, which is also saved in the log folder, and the clerk sees one sentence
and buttons to save or copy the report for the IT officer (its text only under "Rincian"). A
failure of the office's own making (a full disk, a locked database, a damaged file:
`core.failures.explain`) is one sentence instead.
"""

import logging
import shutil
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import ClassVar

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.failures import explain
from blkdesk.core.sentences import spoken
from blkdesk.core.storage.crashreport import build_report, save_report
from blkdesk.core.storage.safefile import os_error_text
from blkdesk.ui.widgets.dialog import Dialog

log = logging.getLogger("blkdesk.crash")


class CrashDialog(Dialog):
    """One sentence for the clerk and what to do with the report; the report itself (scrubbed,
    for the IT officer) stays behind "Rincian", so no traceback is on screen unless asked for."""

    def __init__(self, parent: QWidget | None, report: str, saved: Path) -> None:
        super().__init__(
            parent,
            self.tr("Terjadi kesalahan"),
            "CrashDialog",
            QDialogButtonBox.StandardButton.Close,
        )
        self.report = report
        self.saved = saved
        self.message = QLabel(
            self.tr(
                "BLKDesk menemui kesalahan yang tidak terduga; data yang sudah tersimpan tetap "
                "aman, jadi periksa kembali isian terakhir Anda lalu lanjutkan bekerja."
            )
        )
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(480)
        self.body.setContentsMargins(20, 18, 20, 14)
        self.body.setSpacing(10)
        self.body.addWidget(self.message)
        self.note = QLabel(
            self.tr(
                "Untuk petugas TI: simpan atau salin laporan kesalahan (tanpa data pribadi) dan "
                "kirimkan bersama cerita singkat apa yang sedang Anda kerjakan."
            )
        )
        self.note.setObjectName("CardLabel")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.body.addWidget(self.status)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        where = QLabel(self.tr("Laporan tersimpan di {path}").format(path=saved))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addWidget(where)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumSize(560, 220)
        details.addWidget(self.text, 1)
        self.details.hide()
        self.body.addWidget(self.details, 1)
        self.copy_button = self._button(self.tr("Simpan laporan…"), self.save_copy)
        self.clipboard_button = self._button(self.tr("Salin laporan"), self.copy_to_clipboard)
        self.details_button = self._button(self.tr("Rincian"), self.toggle_details)
        self.details_button.setCheckable(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.finish_layout()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def toggle_details(self) -> None:
        with self.centre_kept():
            self.details.setVisible(self.details_button.isChecked())
            self.adjustSize()

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan salinan laporan"),
            str(Path.home() / self.saved.name),
            self.tr("Berkas teks (*.txt)"),
        )
        if not target:
            return
        try:
            shutil.copyfile(self.saved, target)
        except OSError as exc:  # a USB stick pulled out, a folder without rights
            self._say(
                self.tr("Laporan tidak dapat disimpan di {path}: {reason}").format(
                    path=target, reason=spoken(os_error_text(exc))
                )
            )
            return
        self._say(self.tr("Laporan tersimpan di {path}.").format(path=target))

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.report)
        self._say(self.tr("Laporan tersalin; tempelkan ke pesan untuk petugas TI."))


class _Relay(QObject):
    """Lives on the GUI thread, so errors from worker threads are shown from there."""

    raised = Signal(object, object, object)


class CrashHandler:
    """Installed as `sys.excepthook` and `threading.excepthook` for the life of the GUI."""

    installed: "ClassVar[CrashHandler | None]" = None

    def __init__(self, context: dict[str, str] | None = None) -> None:
        self.context = {"Qt": pyside_version, **(context or {})}
        self.showing = False
        self.last_report: Path | None = None
        # The database this session works on (see `works_on`), to say why the office server
        # does not answer.
        self.server_url: str | None = None
        self._asking: object = None  # the last question to the server's PC
        self._seen: set[tuple[object, ...]] = set()
        self._relay = _Relay()
        self._relay.raised.connect(self.handle, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)
        self._previous_qt: object = None

    def install(self) -> None:
        CrashHandler.installed = self
        sys.excepthook = self.handle
        threading.excepthook = self._from_thread
        self._previous_qt = qInstallMessageHandler(_qt_to_log)

    def uninstall(self) -> None:
        CrashHandler.installed = None
        sys.excepthook, threading.excepthook = self._previous
        qInstallMessageHandler(self._previous_qt)  # type: ignore[arg-type]

    def _from_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._relay.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        from blkdesk.core.storage import connection  # SQLAlchemy: not before the login window

        if connection.is_unreachable(exc):
            self._unreachable(exc)
            return
        # An error in a paint or timer slot repeats many times a second: report it once, so the
        # log folder does not fill an old disk and the clerk is not buried in dialogs.
        signature = (exc_type, *((f.filename, f.lineno) for f in traceback.extract_tb(tb)))
        if signature in self._seen:
            log.error("Kesalahan yang sama terulang: %s", exc_type.__name__)
            return
        self._seen.add(signature)
        if self._explained(exc):
            return
        report = build_report(exc_type, exc, tb, self.context)
        log.critical("Kesalahan tak terduga:\n%s", report)
        try:
            self.last_report = save_report(report)
        except OSError:
            log.exception("Laporan kesalahan tidak dapat disimpan")
            return
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            CrashDialog(QApplication.activeWindow(), report, self.last_report).exec()
        finally:
            self.showing = False

    def _unreachable(self, exc: BaseException) -> None:
        """The office server went away under a page that was reading: one sentence saying why
        and what to do, no report; the status bar shows the outage until BLKDesk has
        reconnected. Why is asked of the server's PC on the background worker, as it may take
        seconds on a PC that is switched off."""
        log.warning("server kantor tidak menjawab: %s", exc)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True  # until the box is closed: the next page that fails says nothing
        from blkdesk.core.storage.connection import is_lock_timeout, unreachable_message

        # Behind a restore's locks the connection is fine: nothing reconnects, the clerk waits
        # (a page shown reads again by itself once they go: ui.lock_wait).
        locked = is_lock_timeout(exc)
        url = self.server_url
        if url is None:  # not yet past the log-in, which says why itself
            self._say_unreachable(None)
            return
        from blkdesk.ui.actions import in_background  # the GUI's, only once it is running

        # Kept here and parented to no window: a dialog closed meanwhile must not take the
        # answer with it, or no outage would be said again.
        self._asking = in_background(
            None,
            QCoreApplication.translate("CrashHandler", "Menghubungi server kantor"),
            lambda _progress: unreachable_message(url, exc),
            then=lambda cause: self._say_unreachable(cause, locked=locked),
            cancellable=False, show_after_ms=None,
        )  # fmt: skip

    def _say_unreachable(self, cause: str | None, *, locked: bool = False) -> None:
        said = (
            QCoreApplication.translate(
                "CrashHandler",
                "Halaman ini belum dapat dimuat. {cause} Tunggu sampai pekerjaan itu selesai; "
                "data yang sudah disimpan tetap aman.",
            )
            if locked
            else QCoreApplication.translate(
                "CrashHandler",
                "Halaman ini belum dapat dimuat. {cause} BLKDesk menyambung lagi sendiri; "
                "data yang sudah disimpan tetap aman.",
            )
        )
        try:
            unknown = QCoreApplication.translate(
                "CrashHandler", "Server kantor tidak dapat dihubungi."
            )
            why = spoken(cause) if cause is not None else unknown
            QMessageBox.warning(QApplication.activeWindow(), "BLKDesk", said.format(cause=why))
        finally:
            self.showing = False

    def _explained(self, exc: BaseException) -> bool:
        """A full disk, a locked database, a damaged file: one sentence, no crash report."""
        message = explain(exc)
        if message is None:
            return False
        self._seen.clear()  # the same trouble may come back after the clerk fixes it
        # The exception, not the sentence: the log masks its words (a file's name may be a
        # trainee's, "Sertifikat Siti Aminah.pdf"), the clerk reads the sentence in full.
        log.warning("gagal (%s): %s", type(exc).__name__, exc)
        if not self.showing and QApplication.instance() is not None:
            self.showing = True
            try:
                QMessageBox.warning(
                    QApplication.activeWindow(),
                    QCoreApplication.translate("CrashHandler", "Tidak dapat dilanjutkan"),
                    spoken(message),
                )
            finally:
                self.showing = False
        return True


def works_on(url: str) -> None:
    """The database this session now works on, told as the log-in opens its window: boxes the
    log-in still shows (Lindungi cadangan) wait in front of pages that already read from it, and
    a restore on the server PC may cut those reads off."""
    if CrashHandler.installed is not None:
        CrashHandler.installed.server_url = url


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_to_log(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)
