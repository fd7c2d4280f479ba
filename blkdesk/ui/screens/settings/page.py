"""Pengaturan: language, identity and accounts; backups, the audit trail and personal data."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core import settings
from blkdesk.core.access import accounts
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.institution import local_institution
from blkdesk.core.permissions import ROLE_LABELS, Action, Role
from blkdesk.core.refdata import INSTITUTION_KINDS, regency_name
from blkdesk.core.reporting import listings
from blkdesk.ui import i18n
from blkdesk.ui.actions import act
from blkdesk.ui.dates import format_datetime_local
from blkdesk.ui.labels import as_shown
from blkdesk.ui.language import active_language
from blkdesk.ui.screens.settings.audit_tab import AuditTab
from blkdesk.ui.screens.settings.backup_tab import BackupTab
from blkdesk.ui.screens.settings.institution_dialog import InstitutionDialog
from blkdesk.ui.screens.settings.office_tab import OfficeServerTab
from blkdesk.ui.screens.settings.privacy_tab import PrivacyTab
from blkdesk.ui.screens.settings.users import (
    AddUserDialog,
    ChangePasswordDialog,
    EditUserDialog,
    ResetPasswordDialog,
)
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


class SettingsPage(Page):
    icon_name = "settings"
    shows = frozenset({Kind.SETTINGS, Kind.USERS, Kind.INSTITUTIONS, Kind.BACKUPS})
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    # A backup was restored: the session must start again (log in to the restored data).
    restart_requested = Signal()

    def title(self) -> str:
        return self.tr("Pengaturan")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        general = QWidget()
        box = QVBoxLayout(general)
        top = QHBoxLayout()
        top.addWidget(self._language_box())
        self.inst_box = QGroupBox(self.tr("Lembaga"))
        inst_layout = QVBoxLayout(self.inst_box)
        self.inst_form = QFormLayout()
        inst_layout.addLayout(self.inst_form)
        self.edit_institution = QPushButton(self.tr("Ubah profil lembaga…"))
        self.edit_institution.clicked.connect(self._edit_institution)
        self.edit_institution.setEnabled(ctx.can(Action.EDIT_SETTINGS) and not ctx.db.read_only)
        inst_layout.addWidget(self.edit_institution, 0, Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.inst_box, 2)
        box.addLayout(top)
        box.addWidget(self._users_box(), 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Umum"))
        self.backup_tab = BackupTab(ctx)
        self.backup_tab.restored.connect(self.restart_requested)
        self.tabs.addTab(self.backup_tab, self.tr("Cadangan"))
        self.office_tab = OfficeServerTab(ctx)
        self.office_tab.restart_requested.connect(self.restart_requested)
        self.tabs.addTab(self.office_tab, self.tr("Server kantor"))
        self.audit_tab: AuditTab | None = None
        if ctx.can(Action.VIEW_AUDIT):
            self.audit_tab = AuditTab(ctx)
            self.tabs.addTab(self.audit_tab, self.tr("Jejak audit"))
        self.privacy_tab: PrivacyTab | None = None
        if ctx.can(Action.SUBJECT_REPORT) or ctx.can(Action.ANONYMISE):
            self.privacy_tab = PrivacyTab(ctx)
            self.tabs.addTab(self.privacy_tab, self.tr("Data pribadi"))
        self.tabs.currentChanged.connect(self._refresh_tab)
        self.layout_.addWidget(self.tabs, 1)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def _refresh_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current in (self.backup_tab, self.audit_tab):
            current.refresh()

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tampilan"))
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Bahasa antarmuka")))
        self.language = QComboBox()
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(list(i18n.LANGUAGES).index(active_language()))
        self.language.currentIndexChanged.connect(self._language_chosen)
        layout.addWidget(self.language)
        change = QPushButton(self.tr("Ganti kata sandi saya…"))
        change.clicked.connect(self._change_password)
        layout.addWidget(change)
        self.idle_minutes = QSpinBox(minimum=0, maximum=240, suffix=self.tr(" menit"))
        self.idle_minutes.setPrefix(self.tr("Kunci layar: "))
        self.idle_minutes.setSpecialValueText(self.tr("Kunci layar: mati"))
        self.idle_minutes.setToolTip(
            self.tr("Tanpa kegiatan selama waktu ini, BLKDesk meminta kata sandi lagi.")
        )
        # Saved when the clerk leaves the field or presses Enter, not on every arrow click.
        self.idle_minutes.editingFinished.connect(self._save_idle_minutes)
        self.idle_minutes.setEnabled(
            self.ctx.can(Action.EDIT_SETTINGS) and not self.ctx.db.read_only
        )
        layout.addWidget(self.idle_minutes)
        layout.addStretch()
        return box

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pengguna"))
        layout = QVBoxLayout(box)
        self.users_model = RowsModel(
            [
                (self.tr("Nama pengguna"), lambda u: u.username),
                (self.tr("Nama lengkap"), lambda u: u.full_name),
                (self.tr("Peran"), lambda u: as_shown(ROLE_LABELS[Role(u.role)])),
                (self.tr("Terakhir masuk"), lambda u: format_datetime_local(u.last_login_at)),
                (self.tr("Akun"), lambda u: self.tr("Aktif") if u.active else self.tr("Nonaktif")),
            ]
        )
        self.users_view = make_table(self.users_model)
        layout.addWidget(self.users_view)
        buttons = QHBoxLayout()
        self.add_user = QPushButton(self.tr("Tambah pengguna…"))
        self.add_user.clicked.connect(self._add_user)
        self.edit_user = QPushButton(self.tr("Ubah pengguna…"))
        self.edit_user.clicked.connect(self._edit_user)
        self.reset_pw = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.reset_pw.clicked.connect(self._reset_password)
        if self.ctx.can(Action.MANAGE_USERS):
            self.users_view.doubleClicked.connect(lambda _i: self._edit_user())
        for button in (self.add_user, self.edit_user, self.reset_pw):
            button.setEnabled(self.ctx.can(Action.MANAGE_USERS))
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        return box

    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr("Bahasa, lembaga dan akun; cadangan, jejak audit dan data pribadi.")
        )
        with self.ctx.db.session() as session:
            inst = local_institution(session)
            users = listings.users(session)
        while self.inst_form.rowCount():
            self.inst_form.removeRow(0)
        for label, value in (
            (self.tr("Kode"), inst.code),
            (self.tr("Nama"), inst.name),
            (self.tr("Jenis"), as_shown(INSTITUTION_KINDS.get(inst.kind, inst.kind))),
            (self.tr("Kabupaten/kota"), regency_name(inst.regency_code)),
            (self.tr("Kepala"), f"{inst.head_name} (NIP {inst.head_nip})"),
            (self.tr("Database"), self.ctx.db.location),
        ):
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            self.inst_form.addRow(label, value_label)
        self.users_model.set_rows(users)
        self.users_view.resizeColumnsToContents()
        with self.ctx.db.session() as session:
            self.idle_minutes.setValue(int(settings.get(session, "idle_lock_minutes") or 0))
        self._refresh_tab()

    def _save_idle_minutes(self) -> None:
        minutes = self.idle_minutes.value()
        with self.ctx.db.session() as session:
            if settings.get(session, "idle_lock_minutes") == minutes:
                return
        if act(
            self, self.ctx, lambda s: settings.put(s, self.ctx.actor, "idle_lock_minutes", minutes),
            Changes.of(Kind.SETTINGS),
        ):  # fmt: skip
            self.idle_minutes_changed.emit(minutes)

    def _language_chosen(self) -> None:
        lang = str(self.language.currentData())
        if lang != active_language() or lang != i18n.current_language():
            self.language_changed.emit(lang)

    def _change_password(self) -> None:
        if ChangePasswordDialog(self.ctx, self).exec():
            QMessageBox.information(self, self.tr("Kata sandi"), self.tr("Kata sandi diganti."))

    def _edit_institution(self) -> None:
        InstitutionDialog(self.ctx, self).exec()

    def _add_user(self) -> None:
        AddUserDialog(self.ctx, self).exec()

    def _selected_user(self) -> Any:
        rows = self.users_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Pengguna"), self.tr("Pilih dulu pengguna di daftar.")
            )
            return None
        return self.users_model.row_object(rows[0].row())

    def _edit_user(self) -> None:
        user = self._selected_user()
        if user is not None:
            EditUserDialog(self.ctx, user.id, user.username, self).exec()

    def _reset_password(self) -> None:
        user = self._selected_user()
        if user is not None:
            opened = (accounts.account_input(user), user.version)
            ResetPasswordDialog(self.ctx, user.username, self, opened).exec()
