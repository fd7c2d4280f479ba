"""Pengaturan › Lembaga › Ubah profil: this BLK's name, address and head, after set-up."""

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from blkdesk.core import institution_profile as profile
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.concurrency import StaleRecord, three_way
from blkdesk.core.refdata import INSTITUTION_KINDS, regency_name
from blkdesk.ui.actions import act, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.labels import as_shown
from blkdesk.ui.widgets import conflict, institution_fields
from blkdesk.ui.widgets.record_form import RecordForm


class InstitutionDialog(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Ubah profil lembaga"), "InstitutionDialog")
        self.ctx = ctx
        self.code = self.add_text()
        form = QFormLayout()
        self.name = QLineEdit()
        self.kind = institution_fields.kind_box()
        self.regency = institution_fields.regency_box()
        self.address = institution_fields.address_box()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.head_name = QLineEdit(placeholderText=self.tr("nama lengkap dengan gelar"))
        self.head_nip = QLineEdit(placeholderText=self.tr("18 angka"))
        for label, widget, field in (
            (self.tr("Nama lembaga"), self.name, "name"),
            (self.tr("Jenis"), self.kind, "kind"),
            (self.tr("Kabupaten/kota"), self.regency, "regency_code"),
            (self.tr("Alamat"), self.address, "address"),
            (self.tr("Telepon"), self.phone, "phone"),
            (self.tr("Email"), self.email, "email"),
            (self.tr("Nama kepala"), self.head_name, "head_name"),
            (self.tr("NIP kepala"), self.head_nip, "head_nip"),
        ):
            self.errors.add_row(form, label, widget, field)
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(560)
        query(self, ctx, profile.opened_profile, then=self._profile_opened)
        self.errors.check_left(lambda: profile.problems(self._input()))

    def _profile_opened(self, opened: tuple[profile.ProfileInput, int, str]) -> None:
        # The code comes with the profile: shown, never edited.
        self.opened, self.version, code = opened
        self.code.setText(
            self.tr("Kode lembaga {code} tidak dapat diubah: kode itu ada di setiap nomor "
                    "sertifikat dan berkas sinkronisasi.").format(code=code)
        )  # fmt: skip
        self._show(self.opened)

    def _show(self, data: profile.ProfileInput) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        if self.regency.findData(data.regency_code) < 0:  # set up outside Banten
            self.regency.addItem(f"{regency_name(data.regency_code)} ({data.regency_code})",
                                 data.regency_code)  # fmt: skip
        self.regency.setCurrentIndex(self.regency.findData(data.regency_code))
        self.address.setPlainText(data.address)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.head_name.setText(data.head_name)
        self.head_nip.setText(data.head_nip)

    def _input(self) -> profile.ProfileInput:
        return profile.ProfileInput(
            name=self.name.text(), kind=str(self.kind.currentData()),
            regency_code=str(self.regency.currentData()), address=self.address.toPlainText(),
            phone=self.phone.text(), email=self.email.text(), head_name=self.head_name.text(),
            head_nip=self.head_nip.text(),
        )  # fmt: skip

    def accept(self) -> None:
        data, actor, version = self._input(), self.ctx.actor, self.version
        if act(
            self, self.ctx,
            lambda s: profile.update_profile(s, actor, data, expected_version=version),
            Changes.of(Kind.INSTITUTIONS), refused=self._refused,
        ):  # fmt: skip
            super().accept()

    # --- another administrator saved first ----------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Nama lembaga"), "kind": self.tr("Jenis"),
            "regency_code": self.tr("Kabupaten/kota"), "address": self.tr("Alamat"),
            "phone": self.tr("Telepon"), "email": self.tr("Email"),
            "head_name": self.tr("Nama kepala"), "head_nip": self.tr("NIP kepala"),
        }  # fmt: skip

    def _shown(self, field: str, value: Any) -> str:
        if field == "kind" and value in INSTITUTION_KINDS:
            return as_shown(INSTITUTION_KINDS[value])
        if field == "regency_code" and value:
            return regency_name(value)
        return conflict.shown(value)

    def _resolve(self, exc: StaleRecord) -> None:
        _merged, changes = three_way(self.opened, self._input(), exc.current)
        if all(change.theirs == change.opened for change in changes):
            # The row changed outside this profile (the certificate number pattern, the
            # signing key): nothing to show or decide, this save goes on top.
            self.version = exc.current_version
            self.accept()
            return
        super()._resolve(exc)
