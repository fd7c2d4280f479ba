"""First run: who this BLK is, its first administrator, and the key of its backups."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import select

from blkdesk.core import institution
from blkdesk.core.access import auth
from blkdesk.core.access.passwords import check_strength
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import User
from blkdesk.core.storage import backup, sealing
from blkdesk.core.storage.db import Database
from blkdesk.printing.recovery_sheet import RecoverySheet
from blkdesk.ui.recovery_key_dialog import RecoveryKeyPanel
from blkdesk.ui.widgets import institution_fields, typeahead
from blkdesk.ui.widgets.forms import FormErrors

MAX_LOGO_BYTES = institution.MAX_LOGO_BYTES


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("PageSubtitle")
    return label


def _form(page: QWizardPage) -> QFormLayout:
    """A form that keeps its rows together at the top of the page."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setVerticalSpacing(10)
    outer.addLayout(form)
    outer.addStretch()
    return form


class InstitutionPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Identitas lembaga"))
        self.setSubTitle(
            self.tr("Data ini tampil di sertifikat, laporan bulanan dan berkas sinkronisasi.")
        )
        self.errors = FormErrors()
        form = _form(self)
        # No setMaxLength here or below: Qt would cut a paste without a word; the service says
        # beside the field what is wrong with a value of the wrong length.
        self.code = QLineEdit(placeholderText=self.tr("mis. SRG"))
        self.name = QLineEdit(placeholderText=self.tr("mis. UPTD Balai Latihan Kerja Kab. Serang"))
        self.kind = institution_fields.kind_box()
        self.regency = institution_fields.regency_box()
        self.address = institution_fields.address_box()
        self.errors.add_row(form, self.tr("Kode lembaga"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama lembaga"), self.name, "name")
        self.errors.add_row(form, self.tr("Jenis"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Kabupaten/kota"), self.regency, "regency_code")
        form.addRow(self.tr("Alamat"), self.address)
        self.registerField("code*", self.code)
        self.registerField("name*", self.name)
        # A second PC of an office whose data is already on the office server joins it instead.
        self.join_button = QPushButton(self.tr("Kantor ini sudah punya server kantor? Hubungkan…"))
        self.join_button.setFlat(True)
        # Enter after the address still means Lanjut, not "connect to a server".
        self.join_button.setAutoDefault(False)
        self.join_button.setCursor(Qt.CursorShape.PointingHandCursor)
        # A click keeps the focus where it was: leaving Kode lembaga empty for this button
        # would put an error under it, and the button moves down before the click ends.
        self.join_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        form.addRow(self.join_button)


class HeadPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Kepala BLK dan logo"))
        self.setSubTitle(self.tr("Nama dan NIP kepala dicetak di bawah tanda tangan sertifikat."))
        self.errors = FormErrors()
        self.logo_bytes: bytes | None = None
        form = _form(self)
        self.head_name = QLineEdit(placeholderText=self.tr("nama lengkap dengan gelar"))
        self.head_nip = QLineEdit(placeholderText=self.tr("18 angka"))
        self.errors.add_row(form, self.tr("Nama kepala"), self.head_name, "head_name")
        self.errors.add_row(form, self.tr("NIP kepala"), self.head_nip, "head_nip")
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(self.tr("(belum ada logo)"))
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)  # "(belum ada logo)" stays inside its box
        self.logo_preview.setStyleSheet("border: 1px dashed #d0d5dd; background: white;")
        choose = QPushButton(self.tr("Pilih gambar…"))
        choose.clicked.connect(self.choose_logo)
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addStretch()
        self.errors.add_row(form, self.tr("Logo"), logo_row, "logo")
        self.registerField("head_name*", self.head_name)
        self.registerField("head_nip*", self.head_nip)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> None:
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.errors.show({"logo": self.tr("Berkas itu bukan gambar PNG atau JPEG.")})
            return
        with open(path, "rb") as fh:
            data = fh.read()
        if len(data) > MAX_LOGO_BYTES:
            self.errors.show({"logo": self.tr("Berkas logo terlalu besar (maksimal 2 MB).")})
            return
        self.logo_bytes = data
        self.logo_preview.setPixmap(
            pixmap.scaled(92, 92, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
        )  # fmt: skip
        self.errors.clear()


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Administrator pertama"))
        self.setSubTitle(
            self.tr("Akun ini dapat menambah pengguna lain (operator, kepala, peninjau).")
        )
        self.errors = FormErrors()
        form = _form(self)
        self.username = QLineEdit(placeholderText=self.tr("mis. admin"))
        self.full_name = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Nama pengguna"), self.username, "admin_username")
        self.errors.add_row(form, self.tr("Nama lengkap"), self.full_name, "admin_full_name")
        self.errors.add_row(form, self.tr("Kata sandi"), self.password, "admin_password")
        self.errors.add_row(form, self.tr("Ulangi kata sandi"), self.password2, "admin_password2")
        form.addRow("", _intro(self.tr("Kata sandi minimal 8 karakter, berisi huruf dan angka.")))
        self.registerField("username*", self.username)
        self.registerField("full_name*", self.full_name)
        self.registerField("password*", self.password)


class BackupPage(QWizardPage):
    """Backups are encrypted from the first one on: the password here, the key on the next page."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Kata sandi cadangan"))
        self.setSubTitle(
            self.tr(
                "Cadangan berisi NIK, nama, nomor HP dan alamat peserta. BLKDesk mengenkripsinya "
                "dengan kata sandi ini, supaya flashdisk cadangan yang hilang tidak membuka data."
            )
        )
        self.errors = FormErrors()
        form = _form(self)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Kata sandi cadangan"), self.password, "backup_password")
        self.errors.add_row(form, self.tr("Ulangi"), self.password2, "backup_password2")
        form.addRow("", _intro(self.tr(
            "Minimal 8 karakter; sebaiknya berbeda dari kata sandi masuk. Sesudah ini BLKDesk "
            "menampilkan kunci cadangan untuk dicetak.")))  # fmt: skip
        self.registerField("backup_password*", self.password)
        # Next stores everything: the database exists afterwards, so there is no way back.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Simpan dan lanjut >"))


class RecoveryKeyPage(QWizardPage):
    """Shown once the database is set up: the recovery key, to print before finishing."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Kunci cadangan"))
        self.setSubTitle(self.tr("Database sudah siap. Cetak kunci cadangan sebelum selesai."))
        layout = QVBoxLayout(self)
        self.panel = RecoveryKeyPanel(self)
        layout.addWidget(self.panel)
        self.registerField("key_kept*", self.panel.kept)


class SetupWizard(QWizard):
    """Stores everything in one transaction when the clerk presses Finish."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Penyiapan BLKDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        # The last page shows the recovery key of a database already set up: finish, not cancel.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.resize(640, 520)
        self.inst_page = InstitutionPage()
        self.head_page = HeadPage()
        self.admin_page = AdminPage()
        self.backup_page = BackupPage()
        self.key_page = RecoveryKeyPage()
        for page in (self.inst_page, self.head_page, self.admin_page, self.backup_page,
                     self.key_page):  # fmt: skip
            self.addPage(page)
        # Set when the clerk connected this PC to the office server instead of setting up a BLK.
        self.connected = False
        self.inst_page.join_button.clicked.connect(self.join_office_server)
        # Each field is checked as the clerk leaves it: its message shows then, beside it, with
        # those of the fields left before on the same page (not yet those still ahead).
        self._left: dict[QWizardPage, set[str]] = {}
        # By name, not bound method: the wizard holding its own methods is a reference cycle
        # that only Python's collector frees, at a moment of its choosing (once in the middle
        # of Qt restyling every window, which crashed).
        self._checks: dict[QWizardPage, tuple[FormErrors, str]] = {
            self.inst_page: (self.inst_page.errors, "_institution_errors"),
            self.head_page: (self.head_page.errors, "_institution_errors"),
            self.admin_page: (self.admin_page.errors, "_admin_errors"),
            self.backup_page: (self.backup_page.errors, "_backup_errors"),
        }
        for errors, _check in self._checks.values():
            errors.on_leave(self._field_left)

    def _field_left(self, field: str) -> None:
        """A field of the page on screen was left (only its fields can have the focus)."""
        page = self.currentPage()
        if page not in self._checks:
            return
        errors, check = self._checks[page]
        left = self._left.setdefault(page, set())
        left.add(field)
        found: dict[str, str] = getattr(self, check)()
        errors.show({f: m for f, m in found.items() if f in left})

    def _institution_errors(self) -> dict[str, str]:
        return institution.validate(self._data())

    def join_office_server(self) -> None:
        from blkdesk.core.storage import connection
        from blkdesk.ui.screens.settings.office_tab import ConnectDialog

        dialog = ConnectDialog(self)
        if not dialog.exec():
            return
        connection.remember(dialog.url)
        self.connected = True
        self.reject()

    def initializePage(self, page_id: int) -> None:
        # Each page starts with the keyboard in its first field, so the clerk can just type.
        super().initializePage(page_id)
        self._focus_first_field(self.page(page_id))

    def _focus_first_field(self, page: QWizardPage | None) -> None:
        if isinstance(page, InstitutionPage):
            page.code.setFocus()
        elif isinstance(page, HeadPage):
            page.head_name.setFocus()
        elif isinstance(page, AdminPage):
            page.username.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        typeahead.install(self)
        super().showEvent(event)
        self._focus_first_field(self.currentPage())

    def _data(self) -> institution.InstitutionInput:
        p, h = self.inst_page, self.head_page
        return institution.InstitutionInput(
            code=p.code.text(),
            name=p.name.text(),
            kind=str(p.kind.currentData()),
            regency_code=str(p.regency.currentData()),
            address=p.address.toPlainText(),
            head_name=h.head_name.text(),
            head_nip=h.head_nip.text(),
            logo=h.logo_bytes,
        )

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        errors = institution.validate(self._data())
        if page is self.inst_page or page is self.head_page:
            page.errors.show(errors)
            return not any(field in page.errors.labels for field in errors)
        if page is self.admin_page:
            return self._admin_ok()
        if page is self.backup_page:
            return self._finish()
        return True

    def _admin_errors(self) -> dict[str, str]:
        a = self.admin_page
        errors: dict[str, str] = {}
        weak = check_strength(a.password.text())
        if weak:
            errors["admin_password"] = weak
        if a.password.text() != a.password2.text():
            errors["admin_password2"] = self.tr("Kedua kata sandi tidak sama.")
        return errors

    def _admin_ok(self) -> bool:
        errors = self._admin_errors()
        self.admin_page.errors.show(errors)
        return not errors

    def _backup_errors(self) -> dict[str, str]:
        b = self.backup_page
        password = b.password.text()
        if len(password) < sealing.MIN_PASSWORD:
            return {"backup_password": self.tr("Kata sandi cadangan minimal 8 karakter.")}
        if password != b.password2.text():
            return {"backup_password2": self.tr("Kedua kata sandi tidak sama.")}
        return {}

    def _finish(self) -> bool:
        """Set up the institution, the first admin and the backup key; then show the key."""
        a, b = self.admin_page, self.backup_page
        password = b.password.text()
        errors = self._backup_errors()
        b.errors.show(errors)
        if errors:
            return False
        try:
            inst = institution.setup(
                self.db, self._data(), a.username.text(), a.full_name.text(), a.password.text()
            )
        except FieldErrors as exc:
            a.errors.show(exc.errors)
            for page in (self.inst_page, self.head_page):
                page.errors.show(exc.errors)
            return False
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Penyiapan gagal"), exc.message)
            return False
        a.errors.clear()
        # Not through ui.actions: before the first login there is no AppContext, so no page and
        # no bus to tell; the backup password was checked above, so nothing here is refused.
        with self.db.transaction() as session:
            admin = session.scalar(
                select(User).where(User.username == a.username.text().strip().lower())
            )
            assert admin is not None
            recovery = backup.set_backup_password(session, auth.actor_for(admin), password)
            key = backup.configured_key(session)
        assert key is not None
        name = f"{inst.name} ({inst.code})"
        sheet = RecoverySheet(name, self.db.location, recovery, key.key_id, utcnow())
        self.key_page.panel.show_sheet(sheet)
        return True
