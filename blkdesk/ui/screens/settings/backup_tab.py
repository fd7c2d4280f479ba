"""Pengaturan › Cadangan: the backups with their dates and contents, restore, and the check."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import BlkError
from blkdesk.core.institution import local_institution
from blkdesk.core.permissions import Action
from blkdesk.core.sentences import spoken
from blkdesk.core.storage import (
    backup,
    database_backup,
    integrity,
    restore,
    sealing,
    server_backup,
)
from blkdesk.printing.recovery_sheet import RecoverySheet
from blkdesk.ui.actions import act, act_in_background
from blkdesk.ui.backup_secret import ask_backup_secret
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_datetime_local
from blkdesk.ui.language import decimal, grouped
from blkdesk.ui.recovery_key_dialog import RecoveryKeyDialog
from blkdesk.ui.widgets.buttons import push_button, row_of
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


def _file_size(n: int) -> str:
    """A backup's size; a backup of the day's changes is often well under a megabyte, which
    "0,0 MB" would hide."""
    if n < 1_048_576:
        return f"{grouped(max(1, round(n / 1024)))} KB"
    return decimal(f"{n / 1_048_576:.1f}") + " MB"


def recovery_sheet_for(ctx: AppContext, recovery: str, key_id: str) -> RecoverySheet:
    try:
        with ctx.db.session() as session:
            inst = local_institution(session)
            name = f"{inst.name} ({inst.code})"
    except BlkError:
        name = ""
    return RecoverySheet(name, ctx.db.location, recovery, key_id, utcnow())


class BackupPasswordDialog(Dialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Kata sandi cadangan"), "BackupPasswordDialog")
        self.ctx = ctx
        self.sheet: RecoverySheet | None = None
        self.add_text(
            self.tr(
                "Cadangan berikutnya dienkripsi dengan kata sandi ini. Sesudahnya BLKDesk "
                "menampilkan kunci cadangan untuk dicetak: dengan kata sandi atau kunci itu, "
                "cadangan dapat dipulihkan di PC lain."
            )
        )
        self.errors = FormErrors()
        form = QFormLayout()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Kata sandi"), self.password, "backup_password")
        self.errors.add_row(form, self.tr("Ulangi"), self.password2, "password2")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(440)

    def accept(self) -> None:
        if self.password.text() != self.password2.text():
            self.errors.show({"password2": self.tr("Kedua kata sandi tidak sama.")})
            return
        password = self.password.text()

        def work(session: Session) -> tuple[str, str]:
            recovery = backup.set_backup_password(session, self.ctx.actor, password)
            key = backup.configured_key(session)
            assert key is not None
            return recovery, key.key_id

        def made(result: tuple[str, str]) -> None:
            self.sheet = recovery_sheet_for(self.ctx, *result)

        if act(self, self.ctx, work, Changes.of(Kind.SETTINGS), then=made, fields=self.errors):
            super().accept()


def set_backup_password(parent: QWidget, ctx: AppContext) -> bool:
    """The password, then its recovery key shown once to be printed, then the offer to seal
    the plaintext backups still there. False when the admin gave up."""
    dialog = BackupPasswordDialog(ctx, parent)
    if not dialog.exec() or dialog.sheet is None:
        return False
    RecoveryKeyDialog(dialog.sheet, parent).exec()
    if backup.plaintext_backups(ctx.db):
        offer_reseal(parent, ctx)
    return True


def choose_unencrypted(parent: QWidget, ctx: AppContext) -> bool:
    """The admin's reasoned, audited choice of plaintext; backups already sealed under
    BLKDesk's provisional key stay sealed, so its recovery key is shown to be printed."""
    reason, ok = QInputDialog.getText(
        parent, QApplication.translate("BackupTab", "Cadangan tanpa enkripsi"),
        QApplication.translate(
            "BackupTab", "Cadangan tanpa enkripsi dapat dibaca siapa pun yang menyalinnya (NIK, "
            "nama, alamat peserta). Pilihan ini dicatat di jejak audit.\n\nAlasannya:"),
    )  # fmt: skip
    if not ok:
        return False
    earlier: list[tuple[str, str]] = []

    def work(session: Session) -> None:
        key = backup.configured_key(session)
        recovery = backup.choose_unencrypted(session, ctx.actor, reason)
        if recovery and key is not None:
            earlier.append((recovery, key.key_id))

    if not act(parent, ctx, work, Changes.of(Kind.SETTINGS),
               title=QApplication.translate("BackupTab", "Cadangan")):  # fmt: skip
        return False
    if earlier:
        RecoveryKeyDialog(recovery_sheet_for(ctx, *earlier[0]), parent).exec()
    return True


def offer_reseal(parent: QWidget, ctx: AppContext) -> None:
    count = len(backup.plaintext_backups(ctx.db))
    answer = QMessageBox.question(
        parent, QApplication.translate("BackupTab", "Enkripsi cadangan lama"),
        QApplication.translate(
            "BackupTab", "Enkripsi {n} cadangan lama yang belum terenkripsi dengan kata sandi "
            "cadangan sekarang?").format(n=count),
    )  # fmt: skip
    if answer != QMessageBox.StandardButton.Yes:
        return
    db, actor = ctx.db, ctx.actor

    def resealed(n: int) -> None:
        QMessageBox.information(
            parent, QApplication.translate("BackupTab", "Cadangan"),
            QApplication.translate("BackupTab", "{n} cadangan lama kini terenkripsi.").format(n=n),
        )  # fmt: skip

    act_in_background(
        parent, ctx, QApplication.translate("BackupTab", "Mengenkripsi cadangan lama…"),
        lambda _p: backup.reseal_plaintext_backups(db, actor), Changes.of(Kind.SETTINGS),
        then=resealed, title_refused=QApplication.translate("BackupTab", "Cadangan"),
        cancellable=False,
    )  # fmt: skip


class BackupTab(QWidget):
    """The list of backups and what can be done with them."""

    restored = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # Backups anyone can read: said in red, with the way to seal them.
        self.plaintext_row = QWidget()
        plain = QHBoxLayout(self.plaintext_row)
        plain.setContentsMargins(0, 0, 0, 0)
        self.plaintext_note = QLabel()
        self.plaintext_note.setWordWrap(True)
        self.plaintext_note.setStyleSheet("color: #b00020; font-weight: bold;")
        self.reseal_button = QPushButton(self.tr("Enkripsi cadangan lama"))
        self.reseal_button.clicked.connect(self.reseal)
        plain.addWidget(self.plaintext_note, 1)
        plain.addWidget(self.reseal_button)
        layout.addWidget(self.plaintext_row)
        self.model = RowsModel(
            [
                (self.tr("Dibuat"), lambda i: format_datetime_local(i.created_at)),
                (self.tr("Alasan"), lambda i: spoken(i.reason_label)),
                (self.tr("Ukuran"), lambda i: _file_size(i.file_bytes)),
                (
                    self.tr("Terenkripsi"),
                    lambda i: self.tr("ya") if i.encrypted else self.tr("TIDAK"),
                ),
                (self.tr("Isi"), lambda i: spoken(i.counts_text())),
            ]
        )
        self.view = make_table(self.model)
        self.view.setWordWrap(True)
        # The counts run longer than the window is wide at 1366 px (longer still in English): they
        # fill what the other columns leave and wrap, each row as tall as its counts, so none is
        # cut off with "…" or pushed out of sight. Backups are a few dozen rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(
            self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.view, 1)
        self.backup_button = push_button(self.tr("Buat cadangan sekarang"), self.make_backup)
        self.restore_button = push_button(self.tr("Pulihkan terpilih…"), self.restore_selected)
        self.restore_file_button = push_button(
            self.tr("Pulihkan dari berkas…"), self.restore_from_file
        )
        self.check_button = push_button(self.tr("Periksa Database"), self.check_database)
        layout.addLayout(row_of(self.backup_button, self.check_button))
        layout.addLayout(row_of(self.restore_button, self.restore_file_button))
        layout.addWidget(self._options_box())
        self.backup_button.setEnabled(
            ctx.can(Action.BACKUP) and database_backup.backed_up_here(ctx.db)
        )
        # Like the backups, the office server's restore is its own PC's (pg_restore there).
        for button in (self.restore_button, self.restore_file_button):
            button.setEnabled(ctx.can(Action.RESTORE) and database_backup.backed_up_here(ctx.db))
        self.check_button.setEnabled(ctx.db.path is not None)

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pengaturan cadangan"))
        grid = QGridLayout(box)
        self.copy_dir = QLabel()
        self.copy_dir.setWordWrap(True)
        self.copy_dir.setToolTip(
            self.tr("Setiap cadangan juga disalin ke folder ini, mis. flashdisk atau disk lain.")
        )
        self.copy_button = push_button(self.tr("Pilih folder…"), self.choose_copy_dir)
        clear = push_button(self.tr("Jangan salin"), lambda: self._set_copy_dir(None))
        self.password_state = QLabel()
        set_password = push_button(self.tr("Atur kata sandi…"), self.set_password)
        clear_password = push_button(self.tr("Tanpa enkripsi…"), self.choose_unencrypted)
        for row, (label, value, buttons) in enumerate(
            (
                (self.tr("Salinan kedua:"), self.copy_dir, (self.copy_button, clear)),
                (self.tr("Kata sandi cadangan:"), self.password_state,
                 (set_password, clear_password)),
            )
        ):  # fmt: skip
            grid.addWidget(QLabel(label), row * 2, 0)
            grid.addWidget(value, row * 2, 1)
            for each in buttons:
                each.setEnabled(self.ctx.can(Action.EDIT_SETTINGS) and not self.ctx.db.read_only)
            grid.addLayout(row_of(*buttons), row * 2 + 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def refresh(self) -> None:
        infos = database_backup.backups_of(self.ctx.db)
        self.model.set_rows(infos)
        for column in range(self.model.columnCount() - 1):  # the counts stretch (see __init__)
            self.view.resizeColumnToContents(column)
        if self.ctx.db.path is not None:
            folder = backup.folder_for(self.ctx.db.path)
            self.summary.setText(
                self.tr(
                    "%Ln cadangan di {folder}. Cadangan dibuat otomatis tiap 30 menit bila ada "
                    "perubahan, saat aplikasi ditutup, dan sebelum pembaruan, pemulihan, "
                    "penggabungan dan impor; disimpan 12 harian, 10 mingguan dan 9 bulanan.",
                    "",
                    len(infos),  # %Ln: "1 backup in …" in English
                ).format(folder=folder)
            )
        elif database_backup.backed_up_here(self.ctx.db):
            self.summary.setText(
                self.tr(
                    "%Ln cadangan database server kantor di {folder}. Cadangan dibuat "
                    "otomatis oleh PC ini (server kantor) tiap 30 menit bila ada perubahan "
                    "dan saat BLKDesk di PC ini ditutup, sementara PC lain tetap bekerja; "
                    "disimpan 12 harian, 10 mingguan dan 9 bulanan.",
                    "",
                    len(infos),
                ).format(folder=server_backup.folder())
            )
        else:
            self.summary.setText(
                self.tr(
                    "Database server kantor dicadangkan oleh BLKDesk di PC server kantor, "
                    "bukan di PC ini."
                )
            )
            return
        try:
            with self.ctx.db.session() as session:
                copy_dir = backup.configured_copy_dir(session)
                key = backup.configured_key(session)
                state = backup.protection(session)
        except Exception:  # a damaged database: the options simply show as unknown
            copy_dir, key, state = None, None, None
        self.copy_dir.setText(str(copy_dir) if copy_dir else self.tr("(tidak disalin)"))
        self.password_state.setStyleSheet("")
        if state == backup.Protection.SEALED and key is not None:
            self.password_state.setText(
                self.tr("aktif (sidik kunci {key_id})").format(key_id=key.key_id)
            )
        elif state == backup.Protection.PLAINTEXT:
            self.password_state.setText(self.tr("tanpa enkripsi (dipilih administrator)"))
        else:
            self.password_state.setStyleSheet("color: #b00020; font-weight: bold;")
            self.password_state.setText(
                self.tr("BELUM DIATUR: cadangan dienkripsi dengan kunci sementara buatan BLKDesk "
                        "yang belum dicetak, jadi belum dapat dibuka di PC lain. Administrator "
                        "perlu mengatur kata sandi cadangan dan mencetak kunci cadangan.")
            )  # fmt: skip
        plaintext = [i for i in infos if not i.encrypted]
        self.plaintext_row.setVisible(bool(plaintext))
        self.plaintext_note.setText(
            self.tr(
                "%Ln cadangan tidak terenkripsi: siapa pun yang menyalinnya dapat membaca NIK, "
                "nama, nomor HP dan alamat peserta.",
                "",
                len(plaintext),
            )
        )
        self.reseal_button.setEnabled(
            self.ctx.can(Action.EDIT_SETTINGS) and isinstance(key, sealing.BackupKey)
        )

    # --- actions ---------------------------------------------------------------------------

    def make_backup(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        act_in_background(
            self, self.ctx, self.tr("Membuat cadangan…"),
            lambda _p: database_backup.backup_now(db, actor),
            Changes.of(Kind.BACKUPS), then=self._backup_done, cancellable=False,
        )  # fmt: skip

    def _backup_done(self, result: backup.BackupResult) -> None:
        text = self.tr("Cadangan dibuat: {name}\n{counts}").format(
            name=result.info.path.name, counts=spoken(result.info.counts_text())
        )
        if result.copied_to:
            text += "\n" + self.tr("Salinan: {path}").format(path=result.copied_to)
        if result.copy_error:
            QMessageBox.warning(self, self.tr("Cadangan"), text + "\n\n" + result.copy_error)
            return
        QMessageBox.information(self, self.tr("Cadangan"), text)

    def restore_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Pulihkan"), self.tr("Pilih dulu cadangan."))
            return
        self._restore(self.model.row_object(rows[0].row()).path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), "",
            self.tr("Cadangan BLKDesk (*{suffix})").format(suffix=backup.SUFFIX),
        )  # fmt: skip
        if name:
            self._restore(Path(name))

    def _restore(self, path: Path) -> None:
        try:
            info = backup.read_info(path)
        except BlkError as exc:
            QMessageBox.warning(self, self.tr("Pulihkan"), exc.message)
            return
        question = self.tr(
            "Ganti seluruh data dengan cadangan {when}?\nIsi cadangan: {counts}\n\n"
            "Keadaan sekarang dicadangkan dulu, jadi dapat dikembalikan. Setelah pemulihan, "
            "BLKDesk meminta Anda masuk lagi."
        ).format(when=format_datetime_local(info.created_at), counts=spoken(info.counts_text()))
        if self.ctx.db.path is None:  # the office server (see server_backup.disconnect_others)
            question += "\n\n" + self.tr(
                "PC lain yang tersambung ke server kantor menunggu sampai pemulihan selesai; "
                "yang sedang memuat atau menyimpan data tepat saat itu terputus sebentar dan "
                "menyambung lagi sendiri (yang sedang disimpan perlu disimpan lagi)."
            )
        answer = QMessageBox.question(self, self.tr("Pulihkan cadangan"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        secret = None
        if info.encrypted and not self._has_key_for(info):
            secret = ask_backup_secret(self)
            if secret is None:
                return
        db, actor = self.ctx.db, self.ctx.actor
        # Nothing to announce: the session starts again on the restored data.
        act_in_background(
            self, self.ctx, self.tr("Memulihkan cadangan…"),
            lambda _p: restore.restore(db, actor, path, password=secret, recovery_key=secret),
            Changes(), then=self._restored, title_refused=self.tr("Pulihkan"), cancellable=False,
        )  # fmt: skip

    def _has_key_for(self, info: backup.BackupInfo) -> bool:
        key = restore.saved_key(self.ctx.db)
        return key is not None and key.key_id == info.key_id

    def _restored(self, result: restore.RestoreResult) -> None:
        QMessageBox.information(
            self,
            self.tr("Pulihkan"),
            self.tr("Data dipulihkan dari cadangan {when}. Silakan masuk lagi.").format(
                when=format_datetime_local(result.restored.created_at)
            ),
        )
        self.restored.emit()

    def check_database(self) -> None:
        path = self.ctx.db.path
        assert path is not None
        act_in_background(
            self, self.ctx, self.tr("Memeriksa database…"), lambda _p: integrity.full_check(path),
            Changes(), then=self._checked, cancellable=False,
        )  # fmt: skip

    def _checked(self, report: integrity.CheckReport) -> None:
        if report.ok:
            QMessageBox.information(self, self.tr("Periksa Database"), spoken(report.summary()))
            return
        details = "\n".join(f"• {spoken(p)}" for p in report.problems[:20])
        QMessageBox.warning(
            self,
            self.tr("Periksa Database"),
            self.tr("{summary}\n\n{details}\n\nPulihkan dari cadangan yang baik.").format(
                summary=spoken(report.summary()), details=details
            ),
        )

    def choose_copy_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder salinan cadangan"))
        if folder:
            self._set_copy_dir(Path(folder))

    def _set_copy_dir(self, folder: Path | None) -> None:
        act(
            self, self.ctx, lambda s: backup.set_copy_dir(s, self.ctx.actor, folder),
            Changes.of(Kind.SETTINGS), title=self.tr("Cadangan"),
        )  # fmt: skip

    def set_password(self) -> None:
        set_backup_password(self, self.ctx)

    def choose_unencrypted(self) -> None:
        choose_unencrypted(self, self.ctx)

    def reseal(self) -> None:
        offer_reseal(self, self.ctx)
