"""One trainee: their data, the batches they joined with outcomes, certificates, placements and
the edit history, with Edit and (for admins) Delete."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.access import disclosures
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.models import Trainee
from blkdesk.core.permissions import Action
from blkdesk.core.province import double_funding
from blkdesk.core.refdata import (
    OUTCOMES,
    PLACEMENT_OUTCOMES,
    PROVINCES,
    SEXES,
    education_said,
    regency_name,
)
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainee_record, trainees
from blkdesk.core.registry.contact import dialling_format, mask_address, mask_email, mask_phone
from blkdesk.core.sentences import spoken
from blkdesk.core.statuses import CertificateStatus
from blkdesk.ui.actions import act
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date, format_datetime_local
from blkdesk.ui.labels import as_shown, enrollment_status
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel

CERTIFICATE_KINDS = {"sertifikat": "Sertifikat pelatihan", "surat_keterangan": "Surat keterangan"}
HISTORY_ACTIONS = {"create": "Didaftarkan", "update": "Diubah", "delete": "Dihapus"}


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)


class TraineeDetail(Dialog):
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, trainee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, "", "TraineeDetail", QDialogButtonBox.StandardButton.Close)
        self.ctx = ctx
        self.trainee_id = trainee_id
        self.setWindowTitle(self.tr("Data peserta"))
        self.heading = QLabel()
        self.heading.setObjectName("DialogTitle")
        self.subheading = QLabel()
        self.subheading.setObjectName("PageSubtitle")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.subheading)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Ubah data…"))
        self.edit_button.setProperty("primary", True)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.trainee_id))
        self.delete_button = QPushButton(self.tr("Hapus…"))
        self.delete_button.clicked.connect(self.delete)
        self.edit_button.setVisible(ctx.can(Action.EDIT_TRAINEES))
        self.delete_button.setVisible(ctx.can(Action.DELETE_TRAINEES))
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch()
        row.addWidget(self.buttons)
        self.body.addLayout(row)
        self._record_view()
        self.load()
        if self.width() < 800:
            self.resize(960, 680)

    def _mask(self, nik: str) -> str:
        return nik if self.ctx.can(Action.VIEW_FULL_NIK) else nikmod.mask(nik)

    def _birth(self, born: date) -> str:
        # The day and month are what the NIK's mask hides: shown whole, they undo it.
        return format_date(born) if self.ctx.can(Action.VIEW_FULL_NIK) else str(born.year)

    def _contacts(self, t: Trainee) -> tuple[str, str, str]:
        """Street address (with RT/RW), phone and e-mail as this user may see them."""
        street = ", ".join(
            p for p in (t.address, f"RT {t.rt}/RW {t.rw}" if t.rt or t.rw else "") if p
        )
        if self.ctx.can(Action.VIEW_CONTACTS):
            return street, dialling_format(t.phone), t.email
        return mask_address(street), mask_phone(t.phone), mask_email(t.email)

    def _record_view(self) -> None:
        """Opening someone's record shows their personal data: the UU PDP report lists it."""
        if self.ctx.db.read_only:
            return

        def work(session: Session) -> None:
            trainee = session.get(Trainee, self.trainee_id)
            if trainee is not None:
                disclosures.record_view(session, self.ctx.actor, trainee)

        act(self, self.ctx, work, Changes())

    def load(self) -> None:
        everywhere: list[double_funding.Training] = []
        with self.ctx.db.session() as session:
            record = trainee_record.load(session, self.ctx.actor, self.trainee_id)
            photo = record.trainee.photo
            if self.ctx.province:
                everywhere = double_funding.trainings_of_nik(session, record.trainee.nik)
                owner = double_funding.institution_names(session).get(
                    record.trainee.inst_code, record.trainee.inst_code
                )
        t = record.trainee
        self.heading.setText(t.name)
        self.subheading.setText(
            self.tr("NIK {nik} · terdaftar {when}").format(
                nik=self._mask(t.nik), when=format_date(t.created_at.date())
            )
        )
        if self.ctx.province:
            others = {x.inst_code for x in everywhere} - {t.inst_code}
            self.subheading.setText(
                self.subheading.text()
                + " · "
                + self.tr("data milik {owner}; dilatih di %Ln BLK lain", "", len(others)).format(
                    owner=owner
                )
            )
        self.tabs.clear()
        self.tabs.addTab(self._data_tab(record.trainee, photo), self.tr("Data diri"))
        self.tabs.addTab(self._table([
            (self.tr("Angkatan"), lambda b: b.batch), (self.tr("Program"), lambda b: b.program),
            (self.tr("Mulai"), lambda b: format_date(b.start)),
            (self.tr("Selesai"), lambda b: format_date(b.end)),
            (self.tr("Status"), lambda b: enrollment_status(b.status)),
            (self.tr("Hasil"), lambda b: as_shown(OUTCOMES.get(b.outcome or "", "—"))),
        ], record.batches), self.tr("Angkatan ({n})").format(n=len(record.batches)))  # fmt: skip
        self.tabs.addTab(self._table([
            (self.tr("Nomor"), lambda c: c.number),
            (self.tr("Jenis"), lambda c: as_shown(CERTIFICATE_KINDS.get(c.kind, c.kind))),
            (self.tr("Tanggal terbit"), lambda c: format_date(c.issued_on)),
            (self.tr("Status"), lambda c: self.tr("Dibatalkan")
             if c.status == CertificateStatus.VOID else self.tr("Berlaku")),
        ], record.certificates),
            self.tr("Sertifikat ({n})").format(n=len(record.certificates)))  # fmt: skip
        self.tabs.addTab(self._table([
            (self.tr("Hasil"), lambda p: as_shown(PLACEMENT_OUTCOMES.get(p.outcome, p.outcome))),
            (self.tr("Tempat kerja"), lambda p: p.employer or "—"),
            (self.tr("Negara"), lambda p: p.destination_country or "—"),
            (self.tr("Mulai"), lambda p: format_date(p.start_date) or "—"),
            (self.tr("Dicatat"), lambda p: format_date(p.recorded_on)),
        ], record.placements),
            self.tr("Penempatan ({n})").format(n=len(record.placements)))  # fmt: skip
        if self.ctx.province:
            # The same NIK at every BLK in the province's data: double funding shows here.
            self.tabs.addTab(self._table([
                (self.tr("Lembaga"), lambda x: x.institution),
                (self.tr("Program"), lambda x: x.program),
                (self.tr("Angkatan"), lambda x: x.batch),
                (self.tr("Mulai"), lambda x: format_date(x.start)),
                (self.tr("Selesai"), lambda x: format_date(x.end)),
                (self.tr("Status"), lambda x: enrollment_status(x.status)),
                (self.tr("Hasil"), lambda x: as_shown(OUTCOMES.get(x.outcome, "—"))),
            ], everywhere), self.tr("Semua BLK ({n})").format(n=len(everywhere)))  # fmt: skip
        self.history_model = RowsModel([
            (self.tr("Waktu"), lambda h: format_datetime_local(h.at)),
            (self.tr("Oleh"), lambda h: h.user),
            (self.tr("Tindakan"), lambda h: HISTORY_ACTIONS.get(h.action, h.action)),
            (self.tr("Perubahan"), self._changes_text),
            (self.tr("Alasan"), lambda h: h.reason),
        ])  # fmt: skip
        self.history_model.set_rows(record.history)
        history = make_table(self.history_model)
        history.setWordWrap(True)
        history.resizeColumnsToContents()
        history.resizeRowsToContents()
        self.tabs.addTab(history, self.tr("Riwayat perubahan ({n})").format(n=len(record.history)))

    def _changes_text(self, entry: trainee_record.HistoryEntry) -> str:
        if entry.action == "create":
            return self.tr("%Ln isian", "", len(entry.changes))
        return "\n".join(
            f"{spoken(label)}: {_shown(before)} → {_shown(after)}"
            for label, before, after in entry.changes
        )

    def _table(self, columns: list[tuple[str, Callable[[Any], Any]]], rows: list[Any]) -> QWidget:
        if not rows:
            empty = QLabel(self.tr("Belum ada."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setObjectName("PageSubtitle")
            return empty
        model = RowsModel(columns)
        model.set_rows(rows)
        view = make_table(model)
        view.resizeColumnsToContents()
        return view

    def _data_tab(self, t: Trainee, photo: bytes | None) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(16, 16, 16, 16)
        picture = QLabel(self.tr("tanpa foto"))
        picture.setFixedSize(120, 160)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setStyleSheet("border: 1px solid #e4e7ec; background: #f9fafb; color: #98a2b3;")
        if photo:
            pixmap = QPixmap()
            pixmap.loadFromData(photo)
            picture.setPixmap(
                pixmap.scaled(120, 160, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        column = QVBoxLayout()
        column.addWidget(picture)
        column.addStretch()
        row.addLayout(column)
        left, right = QFormLayout(), QFormLayout()
        street, phone, email = self._contacts(t)
        address = ", ".join(p for p in (street, t.village, t.district) if p)
        for form, items in (
            (left, [
                (self.tr("NIK"), self._mask(t.nik)), (self.tr("Nama lengkap"), t.name),
                (self.tr("Tempat, tanggal lahir"),
                 ", ".join(p for p in (t.birth_place, self._birth(t.birth_date)) if p)),
                (self.tr("Jenis kelamin"), as_shown(SEXES.get(t.sex, t.sex))),
                (self.tr("Agama"), as_shown(t.religion.title())),
                (self.tr("Status perkawinan"), as_shown(t.marital_status.title())),
                (self.tr("Pendidikan terakhir"), spoken(education_said(t.education))),
                (self.tr("Alamat"), address),
                (self.tr("Kabupaten/kota"), regency_name(t.regency_code)),
                (self.tr("Provinsi"), PROVINCES.get(t.province_code, t.province_code)),
            ]),
            (right, [
                (self.tr("Nomor HP"), phone), (self.tr("Email"), email),
                (self.tr("Status pekerjaan"), as_shown(t.employment_status)),
                (self.tr("Disabilitas"), t.disability.capitalize() or self.tr("Tidak ada")),
                (self.tr("Nomor AK/1"), t.ak1_number),
                (self.tr("Calon PMI"), f"{t.destination_country} {t.language}".strip()
                 if t.is_pmi_candidate else self.tr("Tidak")),
                (self.tr("Orang tua/wali"), t.guardian_name),
                (self.tr("Persetujuan UU PDP"), self.tr("{when} oleh {who}").format(
                    when=format_datetime_local(t.consent_at), who=t.consent_by)
                 if t.consent_at else self.tr("belum dicatat")),
                (self.tr("Catatan"), t.notes),
            ]),
        ):  # fmt: skip
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for label, value in items:
                shown = QLabel(_shown(value))
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(f"<span style='color:#475467'>{label}</span>", shown)
            row.addLayout(form, 1)
        return page

    def delete(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Hapus peserta"),
            self.tr("Data tetap tersimpan sebagai terhapus. Tuliskan alasan penghapusan:"),
        )
        if not ok:
            return
        if act(
            self, self.ctx, lambda s: trainees.delete(s, self.ctx.actor, self.trainee_id, reason),
            Changes.with_ids(Kind.TRAINEES, [self.trainee_id]),
            title=self.tr("Tidak dapat dihapus"),
        ):  # fmt: skip
            self.accept()
