"""The intake form (new applicant or edit), laid out like the paper form and driven by keyboard.

All rules come from `core.trainees.validate`, run on every change: messages appear beside the
fields the clerk has touched, and Save stays disabled until nothing is wrong. Typing the NIK fills
birth date, sex and region. Every change is kept as a draft on disk until saved or discarded.
"""

import base64
import re
from dataclasses import asdict
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import age_on, format_date, today
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.permissions import Action
from blkdesk.core.refdata import (
    BANTEN_REGENCIES,
    DISABILITY_KINDS,
    EDUCATION_LEVELS,
    EMPLOYMENT_STATUSES,
    MARITAL_STATUSES,
    PMI_DESTINATIONS,
    PROVINCES,
    RELIGIONS,
    SEXES,
    regency_name,
)
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainees
from blkdesk.core.registry.eligibility import Applicant, is_eligible, needs_guardian
from blkdesk.ui.actions import act
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.trainees import drafts
from blkdesk.ui.screens.trainees.photo import load_photo
from blkdesk.ui.style import ERROR, OK, WARNING
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FieldError, FormErrors
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel

_DATE = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
# Fields whose value the NIK may fill; they follow the NIK until the clerk types over them.
_DERIVED = ("birth_date", "sex", "regency_code", "province_code")


def parse_date(text: str) -> date | None:
    """'17-08-1995', '17/8/1995' or '17081995'; None when empty or not a date."""
    raw = text.strip()
    if re.fullmatch(r"\d{8}", raw):
        raw = f"{raw[:2]}-{raw[2:4]}-{raw[4:]}"
    m = _DATE.match(raw)
    if not m:
        return None
    try:
        return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


def _combo(items: list[tuple[str, str]], placeholder: str) -> QComboBox:
    combo = QComboBox()
    # Long KK wordings ("AKADEMI/DIPLOMA III/S. MUDA") must not set the column's width.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.addItem(placeholder, "")
    for label, value in items:
        combo.addItem(label, value)
    return combo


def _line(placeholder: str = "", max_length: int = 0) -> QLineEdit:
    edit = QLineEdit(placeholderText=placeholder)
    if max_length:
        edit.setMaxLength(max_length)
    return edit


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    return form


class TraineeForm(Dialog):
    """New applicant when `trainee_id` is None, else an edit of that trainee."""

    saved = Signal(int)  # trainee id
    open_existing = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        trainee_id: int | None = None,
        draft: drafts.Draft | None = None,
    ) -> None:
        super().__init__(parent, "", "TraineeForm", QDialogButtonBox.StandardButton.NoButton)
        self.setWindowTitle(
            self.tr("Pendaftar baru") if trainee_id is None else self.tr("Ubah data peserta")
        )
        self.ctx = ctx
        self.trainee_id = trainee_id
        self.photo: bytes | None = None
        self.errors = FormErrors()
        self.touched: set[str] = set()
        self._auto: dict[str, Any] = {}  # derived values the NIK filled in
        self._loading = False
        self._dirty = False
        self._existing_id: int | None = None
        self._targets: list[trainees.IntakeTarget] = []
        self._build()
        self._draft_timer = QTimer(self, singleShot=True, interval=800)
        self._draft_timer.timeout.connect(self.save_draft)
        if draft is not None:
            self.load_values(draft.values)
            self._dirty = True
        elif trainee_id is not None:
            self._load_trainee(trainee_id)
        self.revalidate()
        self.nik.setFocus()
        if self.geometry().width() < 900:
            self.resize(1240, 740)

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        header = QWidget()
        header.setObjectName("FormHeader")
        header.setStyleSheet("#FormHeader { background: white; border-bottom: 1px solid #e4e7ec; }")
        head = QVBoxLayout(header)
        head.setContentsMargins(24, 14, 24, 12)
        heading = QLabel(self.windowTitle())
        heading.setObjectName("DialogTitle")
        hint = QLabel(
            self.tr(
                "Isi sesuai KTP/KK, mulai dari NIK: tanggal lahir, jenis kelamin dan daerah terisi "
                "sendiri. Enter menyimpan, Esc menutup."
            )
        )
        hint.setObjectName("PageSubtitle")
        hint.setWordWrap(True)
        head.addWidget(heading)
        head.addWidget(hint)
        self.banner = QLabel()
        self.banner.setObjectName("Banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.open_existing_button = QPushButton(self.tr("Buka data yang sudah ada"))
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self._open_existing)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.open_existing_button)
        head.addLayout(banner_row)
        self.body.addWidget(header)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(20, 8, 20, 12)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        # Three columns, read left to right like the paper form: who, where, and the rest.
        grid.addWidget(self._identity_box(), 0, 0)
        middle = QVBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self._address_box())
        middle.addWidget(self._contact_box())
        middle.addStretch()
        grid.addLayout(middle, 0, 1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self._photo_box())
        right.addWidget(self._work_box())
        right.addStretch()
        grid.addLayout(right, 0, 2)
        grid.addWidget(self._duplicates_box(), 1, 0, 1, 3)
        grid.addWidget(self._training_box(), 2, 0, 1, 2)
        grid.addWidget(self._consent_box(), 2, 2)
        grid.setColumnStretch(0, 10)
        grid.setColumnStretch(1, 10)
        grid.setColumnStretch(2, 9)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)

        footer = QWidget()
        footer.setObjectName("FormFooter")
        footer.setStyleSheet("#FormFooter { background: white; border-top: 1px solid #e4e7ec; }")
        foot = QHBoxLayout(footer)
        foot.setContentsMargins(24, 10, 24, 10)
        self.status = QLabel()
        self.status.setObjectName("FieldInfo")
        self.status.setWordWrap(True)
        foot.addWidget(self.status, 1)
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Tutup"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.submit)
        foot.addWidget(self.buttons)
        self.body.addWidget(footer)
        # Enter anywhere in the form presses the default button; it must be set once the button
        # is inside the dialog, or QDialog does not learn about it.
        self.save_button.setDefault(True)
        # Other buttons would become the default while focused (autoDefault) and take Enter.
        for button in self.findChildren(QPushButton):
            if button is not self.save_button:
                button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_applicant)
        self._wire()
        self._set_tab_order()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        self.errors.add_row(form, label, widget, field)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identitas (sesuai KTP/KK)"))
        form = _form()
        box.setLayout(form)
        self.nik = _line(self.tr("16 angka, mis. 3602015708950001"), 23)
        self.nik_info = QLabel()
        self.nik_info.setObjectName("FieldInfo")
        self.nik_info.setWordWrap(True)
        nik_holder = QWidget()
        nik_box = QVBoxLayout(nik_holder)
        nik_box.setContentsMargins(0, 0, 0, 0)
        nik_box.setSpacing(2)
        nik_box.addWidget(self.nik)
        nik_box.addWidget(self.nik_info)
        self._row(form, self.tr("NIK"), nik_holder, "nik")
        self.errors.widgets["nik"] = self.nik
        self.kk_number = _line(self.tr("16 angka"), 23)
        self._row(form, self.tr("Nomor KK"), self.kk_number, "kk_number")
        self.name = _line(self.tr("nama lengkap tanpa gelar, sesuai KTP"), 150)
        self._row(form, self.tr("Nama lengkap"), self.name, "name")
        self.birth_place = _line(self.tr("kota/kabupaten lahir"), 80)
        self._row(form, self.tr("Tempat lahir"), self.birth_place, "birth_place")
        self.birth_date = _line(self.tr("hh-bb-tttt"), 10)
        self.birth_date.setMaximumWidth(140)
        self.age = QLabel()
        self.age.setObjectName("FieldInfo")
        birth_row = QWidget()
        row = QHBoxLayout(birth_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birth_date)
        row.addWidget(self.age, 1)
        self._row(form, self.tr("Tanggal lahir"), birth_row, "birth_date")
        self.errors.widgets["birth_date"] = self.birth_date
        self.sex = _combo([(label, code) for code, label in SEXES.items()], self.tr("— pilih —"))
        self._row(form, self.tr("Jenis kelamin"), self.sex, "sex")
        self.religion = _combo([(r.title(), r) for r in RELIGIONS], self.tr("— pilih —"))
        self._row(form, self.tr("Agama"), self.religion, "religion")
        self.marital_status = _combo(
            [(m.title(), m) for m in MARITAL_STATUSES], self.tr("— pilih —")
        )
        self._row(form, self.tr("Status perkawinan"), self.marital_status, "marital_status")
        self.education = _combo([(e, e) for e in EDUCATION_LEVELS], self.tr("— pilih —"))
        self._row(form, self.tr("Pendidikan terakhir"), self.education, "education")
        return box

    def _address_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Alamat tempat tinggal"))
        form = _form()
        box.setLayout(form)
        self.address = _line(self.tr("jalan, kampung, nomor rumah"))
        self._row(form, self.tr("Alamat"), self.address, "address")
        self.rt = _line("RT", 3)
        self.rw = _line("RW", 3)
        for edit in (self.rt, self.rw):
            edit.setMaximumWidth(70)
        rtrw = QWidget()
        row = QHBoxLayout(rtrw)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rt)
        row.addWidget(QLabel("/"))
        row.addWidget(self.rw)
        row.addStretch()
        self._row(form, self.tr("RT / RW"), rtrw, "rt")
        self.errors.widgets["rt"] = self.rt
        self.village = _line(self.tr("desa atau kelurahan"), 80)
        self._row(form, self.tr("Desa/kelurahan"), self.village, "village")
        self.district = _line(self.tr("kecamatan"), 80)
        self._row(form, self.tr("Kecamatan"), self.district, "district")
        self.regency = _combo(
            [(f"{name} ({code})", code) for code, name in BANTEN_REGENCIES.items()],
            self.tr("— pilih —"),
        )
        self._row(form, self.tr("Kabupaten/kota"), self.regency, "regency_code")
        self.province = _combo(
            [(f"{name} ({code})", code) for code, name in sorted(PROVINCES.items())],
            self.tr("— pilih —"),
        )
        self._row(form, self.tr("Provinsi"), self.province, "province_code")
        return box

    def _photo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pas foto 3×4"))
        row = QHBoxLayout(box)
        self.photo_label = QLabel(self.tr("belum ada\nfoto"))
        self.photo_label.setFixedSize(90, 120)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet(
            "border: 1px dashed #d0d5dd; border-radius: 4px; background: #f9fafb; color: #98a2b3;"
        )
        row.addWidget(self.photo_label)
        side = QVBoxLayout()
        self.photo_button = QPushButton(self.tr("Pilih foto…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_clear = QPushButton(self.tr("Hapus foto"))
        self.photo_clear.clicked.connect(lambda: self.set_photo(None))
        self.photo_error = FieldError()
        self.errors.labels["photo"] = self.photo_error
        self.errors.widgets["photo"] = self.photo_label
        hint = QLabel(self.tr("JPEG/PNG, dipotong 3×4 otomatis."))
        hint.setObjectName("FieldInfo")
        hint.setWordWrap(True)
        side.addWidget(self.photo_button)
        side.addWidget(self.photo_clear)
        side.addWidget(hint)
        side.addWidget(self.photo_error)
        side.addStretch()
        row.addLayout(side, 1)
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kontak"))
        form = _form()
        box.setLayout(form)
        self.phone = _line(self.tr("mis. 0812 3456 7890"), 20)
        self._row(form, self.tr("Nomor HP"), self.phone, "phone")
        self.email = _line(self.tr("nama@contoh.com"), 120)
        self._row(form, self.tr("Email"), self.email, "email")
        return box

    def _work_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pekerjaan dan disabilitas"))
        form = _form()
        box.setLayout(form)
        self.employment_status = _combo([(e, e) for e in EMPLOYMENT_STATUSES], self.tr("— pilih —"))
        self._row(form, self.tr("Status pekerjaan"), self.employment_status, "employment_status")
        self.disability = _combo(
            [(d.capitalize(), d) for d in DISABILITY_KINDS], self.tr("Tidak ada")
        )
        self._row(form, self.tr("Disabilitas"), self.disability, "disability")
        self.ak1_number = _line(self.tr("kartu kuning, bila ada"), 40)
        self._row(form, self.tr("Nomor AK/1"), self.ak1_number, "ak1_number")
        self.is_pmi = QCheckBox(self.tr("Calon pekerja migran (PMI)"))
        form.addRow("", self.is_pmi)
        self.pmi_fields = QWidget()
        pmi_form = _form()
        pmi_form.setContentsMargins(0, 0, 0, 0)
        self.pmi_fields.setLayout(pmi_form)
        self.destination = QComboBox()
        self.destination.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.destination.setEditable(True)
        self.destination.addItems(["", *PMI_DESTINATIONS])
        self._row(pmi_form, self.tr("Negara tujuan"), self.destination, "destination_country")
        self.passport = _line(self.tr("bila sudah ada"), 20)
        self._row(pmi_form, self.tr("Nomor paspor"), self.passport, "passport_number")
        self.language = _line(self.tr("mis. Bahasa Jepang"), 60)
        self._row(pmi_form, self.tr("Bahasa"), self.language, "language")
        form.addRow(self.pmi_fields)
        self.pmi_fields.hide()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("catatan petugas"))
        self.notes.setFixedHeight(46)
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("Catatan"), self.notes)
        return box

    def _duplicates_box(self) -> QGroupBox:
        self.duplicates = QGroupBox(self.tr("Kemungkinan data ganda"))
        box = QVBoxLayout(self.duplicates)
        text = QLabel(
            self.tr(
                "Data di bawah ini mirip dengan pendaftar ini. Bila memang orang yang berbeda, "
                "tuliskan alasannya lalu simpan lagi."
            )
        )
        text.setWordWrap(True)
        box.addWidget(text)
        self.duplicate_model = RowsModel(
            [
                (self.tr("Nama"), lambda m: m.name),
                (self.tr("NIK"), lambda m: self._shown_nik(m.nik)),
                (self.tr("Tanggal lahir"), lambda m: format_date(m.birth_date)),
                (self.tr("No. HP"), lambda m: m.phone),
                (self.tr("Kesamaan"), lambda m: m.reason),
            ]
        )
        self.duplicate_view = make_table(self.duplicate_model)
        self.duplicate_view.setMaximumHeight(120)
        box.addWidget(self.duplicate_view)
        self.duplicate_reason = _line(self.tr("mis. kembar, nama sama tetapi NIK berbeda"))
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Alasan tetap menyimpan")))
        reason_row.addWidget(self.duplicate_reason, 1)
        box.addLayout(reason_row)
        self.duplicates.hide()
        return self.duplicates

    def _training_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pelatihan yang dituju"))
        layout = QVBoxLayout(box)
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.addItem(self.tr("— belum dipilih —"), None)
        with self.ctx.db.session() as session:
            self._targets = trainees.intake_targets(session)
        for i, target in enumerate(self._targets):
            prefix = self.tr("Angkatan") if target.kind == "batch" else self.tr("Program")
            self.target.addItem(f"{prefix}: {target.label}", i)
        layout.addWidget(self.target)
        self.eligibility = QLabel()
        self.eligibility.setWordWrap(True)
        self.eligibility.setTextFormat(Qt.TextFormat.RichText)
        self.eligibility.setObjectName("FieldInfo")
        layout.addWidget(self.eligibility)
        layout.addStretch()
        return box

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Persetujuan data pribadi (UU PDP)"))
        layout = QVBoxLayout(box)
        self.consent = QCheckBox(self.tr("Persetujuan sudah ditandatangani"))
        layout.addWidget(self.consent)
        explain = QLabel(
            self.tr(
                "Pendaftar menyetujui pengolahan data pribadinya untuk pelatihan dan pelaporan "
                "(UU 27/2022). Tanggal dan nama petugas dicatat saat disimpan."
            )
        )
        explain.setObjectName("FieldInfo")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.consent_error = FieldError()
        layout.addWidget(self.consent_error)
        self.errors.labels["consent"] = self.consent_error
        self.errors.widgets["consent"] = self.consent
        self.consent_note = QLabel()
        self.consent_note.setObjectName("FieldInfo")
        layout.addWidget(self.consent_note)
        self.guardian = QWidget()
        form = _form()
        form.setContentsMargins(0, 0, 0, 0)
        self.guardian.setLayout(form)
        self.guardian_name = _line(self.tr("nama orang tua/wali"), 120)
        self._row(form, self.tr("Orang tua/wali"), self.guardian_name, "guardian_name")
        self.guardian_consent = QCheckBox(self.tr("Orang tua/wali menyetujui"))
        self._row(form, "", self.guardian_consent, "guardian_consent")
        layout.addWidget(self.guardian)
        self.guardian.hide()
        return box

    def _set_tab_order(self) -> None:
        # The paper form's order: identity, address, contact, work, PMI, then the office part.
        chain: list[QWidget] = [
            self.nik, self.kk_number, self.name, self.birth_place, self.birth_date, self.sex,
            self.religion, self.marital_status, self.education, self.address, self.rt, self.rw,
            self.village, self.district, self.regency, self.province, self.phone, self.email,
            self.employment_status, self.disability, self.ak1_number, self.is_pmi,
            self.destination, self.passport, self.language, self.notes, self.photo_button,
            self.duplicate_reason, self.target, self.consent, self.guardian_name,
            self.guardian_consent, self.save_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- behaviour -------------------------------------------------------------------------

    def _edits(self) -> dict[str, QWidget]:
        return {
            "nik": self.nik, "kk_number": self.kk_number, "name": self.name,
            "birth_place": self.birth_place, "birth_date": self.birth_date, "sex": self.sex,
            "religion": self.religion, "marital_status": self.marital_status,
            "education": self.education, "address": self.address, "rt": self.rt, "rw": self.rw,
            "village": self.village, "district": self.district, "regency_code": self.regency,
            "province_code": self.province, "phone": self.phone, "email": self.email,
            "employment_status": self.employment_status, "disability": self.disability,
            "ak1_number": self.ak1_number, "is_pmi_candidate": self.is_pmi,
            "destination_country": self.destination, "passport_number": self.passport,
            "language": self.language, "notes": self.notes, "guardian_name": self.guardian_name,
            "guardian_consent": self.guardian_consent, "consent": self.consent,
        }  # fmt: skip

    def _wire(self) -> None:
        for field, widget in self._edits().items():
            signal: Any
            if isinstance(widget, QLineEdit):
                signal = widget.textEdited
            elif isinstance(widget, QComboBox):
                signal = widget.currentTextChanged
            elif isinstance(widget, QCheckBox):
                signal = widget.toggled
            else:
                signal = widget.textChanged  # type: ignore[attr-defined]
            signal.connect(lambda *_a, f=field: self._changed(f))
        self.target.currentIndexChanged.connect(lambda *_a: self.revalidate())
        self.duplicate_reason.textEdited.connect(lambda *_a: self._changed("duplicate_reason"))

    def _changed(self, field: str) -> None:
        if self._loading:
            return
        self.touched.add(field)
        self._auto.pop(field, None)
        if field == "nik":
            self._derive_from_nik()
            self._hide_existing()
        self._dirty = True
        self._draft_timer.start()
        self.revalidate()

    def _derive_from_nik(self) -> None:
        try:
            info = nikmod.parse(self.nik.text())
        except nikmod.NikError:
            self.nik_info.setText("")
            return
        sex_label = SEXES[info.sex].lower()
        self.nik_info.setText(
            self.tr("{region}, {province} · lahir {born} · {sex}").format(
                region=info.regency_name, province=info.province_name,
                born=format_date(info.birth_date), sex=sex_label,
            )
        )  # fmt: skip
        derived = {
            "birth_date": info.birth_date.strftime("%d-%m-%Y"),
            "sex": info.sex,
            "regency_code": info.regency_code,
            "province_code": info.province_code,
        }
        self._loading = True
        try:
            for field, value in derived.items():
                if field in self.touched and field not in self._auto:
                    continue  # the clerk typed this one: a disagreement is shown, not overwritten
                self._set_value(field, value)
                self._auto[field] = value
        finally:
            self._loading = False

    def _set_value(self, field: str, value: Any) -> None:
        widget = self._edits()[field]
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if value else 0
            if index < 0 and field == "regency_code":
                widget.addItem(f"{regency_name(value)} ({value})", value)
                index = widget.count() - 1
            if index < 0 and widget.isEditable():
                widget.setEditText(str(value))
            else:
                widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))

    def _value(self, field: str) -> Any:
        widget = self._edits()[field]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QComboBox):
            return widget.currentText() if widget.isEditable() else widget.currentData() or ""
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.toPlainText()  # type: ignore[attr-defined]

    def data(self) -> trainees.TraineeInput:
        values = {f: self._value(f) for f in self._edits()}
        typed_birth = values.pop("birth_date")
        birth = parse_date(typed_birth)
        return trainees.TraineeInput(
            **{k: v for k, v in values.items() if k in trainees.TraineeInput.__dataclass_fields__},
            birth_date=birth,
            photo=self.photo,
        )

    def _target(self) -> trainees.IntakeTarget | None:
        index = self.target.currentData()
        return None if index is None else self._targets[index]

    def _on(self) -> date:
        target = self._target()
        return target.starts if target is not None and target.starts else today()

    def revalidate(self) -> dict[str, str]:
        data = self.data()
        values, errors = trainees.validate(data, on=self._on())
        if self.birth_date.text().strip() and data.birth_date is None:
            errors["birth_date"] = self.tr("Tulis tanggal seperti 17-08-1995.")
        self._show_age(data.birth_date)
        under_age = needs_guardian(data.birth_date, self._on())
        self.guardian.setVisible(under_age)
        self.pmi_fields.setVisible(self.is_pmi.isChecked())
        # Errors show beside fields the clerk has been to, except the one being typed in (a
        # half-typed number is not yet wrong); a disagreement with the NIK shows at once.
        focused = self.focusWidget()
        shown = {
            f: m for f, m in errors.items()
            if (f in self.touched or f in self._auto) and self.errors.widgets.get(f) is not focused
        }  # fmt: skip
        for field in ("birth_date", "sex"):
            if field in errors and "NIK" in errors[field]:
                shown[field] = errors[field]
        self.errors.show(shown)
        if "nik" in errors and "nik" not in shown:
            typed = len(nikmod.normalise(self.nik.text()))
            self.nik_info.setText(self.tr("{n} dari 16 angka").format(n=typed) if typed else "")
        self.save_button.setEnabled(not errors)
        self._update_status(errors)
        self._update_eligibility(values)
        return errors

    def _show_age(self, birth: date | None) -> None:
        if birth is None or birth > today():
            self.age.setText("")
            return
        age = age_on(birth, today())
        text = self.tr("{age} tahun").format(age=age)
        if age < 18:
            text += self.tr(" · di bawah 18: perlu persetujuan orang tua/wali")
        self.age.setText(text)

    def _update_status(self, errors: dict[str, str]) -> None:
        if not errors:
            self.status.setText(self.tr("Semua isian sudah benar. Tekan Enter untuk menyimpan."))
            self.status.setStyleSheet(f"color: {OK};")
            return
        missing = [trainees.FIELD_LABELS.get(f, self._extra_label(f)) for f in errors]
        self.status.setText(
            self.tr("Belum bisa disimpan — periksa: {fields}").format(fields=", ".join(missing))
        )
        self.status.setStyleSheet(f"color: {WARNING};")
        self.save_button.setToolTip("\n".join(errors.values()))

    def _extra_label(self, field: str) -> str:
        return self.tr("Persetujuan UU PDP") if field == "consent" else field

    def _update_eligibility(self, values: dict[str, Any]) -> None:
        target = self._target()
        if target is None:
            self.eligibility.setText(
                self.tr("Pilih angkatan atau program untuk melihat syarat pesertanya.")
            )
            return
        applicant = Applicant(
            values["birth_date"], values["education"], values["regency_code"],
            values["province_code"],
        )  # fmt: skip
        with self.ctx.db.session() as session:
            results = trainees.check_eligibility(session, target, applicant)
        if not results:
            self.eligibility.setText(self.tr("Program ini tidak menetapkan syarat peserta."))
            return
        lines = []
        for r in results:
            mark, color = (("✓", OK) if r.passed else ("✗", ERROR)) if r.passed is not None \
                else ("?", WARNING)  # fmt: skip
            lines.append(
                f"<span style='color:{color}; font-weight:600'>{mark}</span> "
                f"<b>{r.label}</b> — {r.detail}"
            )
        verdict = (
            self.tr("Memenuhi syarat yang dapat diperiksa.")
            if is_eligible(results)
            else self.tr("Belum memenuhi syarat; pendaftaran tetap dapat disimpan.")
        )
        self.eligibility.setText("<br>".join([*lines, f"<i>{verdict}</i>"]))

    def _shown_nik(self, nik: str) -> str:
        return nik if self.ctx.can(Action.VIEW_FULL_NIK) else nikmod.mask(nik)

    # --- photo -----------------------------------------------------------------------------

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih pas foto"), "", self.tr("Foto (*.jpg *.jpeg *.png)")
        )
        if path:
            self.load_photo_file(path)

    def load_photo_file(self, path: str) -> None:
        try:
            self.set_photo(load_photo(path))
        except BlkError as exc:
            self.photo_error.show_message(exc.message)

    def set_photo(self, photo: bytes | None) -> None:
        self.photo = photo
        self.photo_error.show_message(None)
        self.photo_clear.setEnabled(photo is not None)
        if photo is None:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("belum ada\nfoto"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(photo)
            self.photo_label.setPixmap(
                pixmap.scaled(90, 120, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        self._changed("photo")

    # --- loading, drafts -------------------------------------------------------------------

    def _load_trainee(self, trainee_id: int) -> None:
        with self.ctx.db.session() as session:
            trainee = trainees.get(session, self.ctx.actor, trainee_id)
            data = trainees.to_input(trainee)
            consent_at, consent_by = trainee.consent_at, trainee.consent_by
        values = asdict(data)
        values["birth_date"] = data.birth_date.strftime("%d-%m-%Y") if data.birth_date else ""
        values.pop("photo")
        self.load_values(values)
        self._loading = True
        self.set_photo(data.photo)
        self._loading = False
        self.touched = set(self._edits())
        if consent_at is not None:
            self.consent_note.setText(
                self.tr("Dicatat {when} oleh {who}.").format(
                    when=format_date(consent_at.date()), who=consent_by
                )
            )

    def values(self) -> dict[str, Any]:
        """Everything typed, as JSON-friendly values (for the draft file)."""
        out = {f: self._value(f) for f in self._edits()}
        out["touched"] = sorted(self.touched)
        out["target"] = self.target.currentIndex()
        out["duplicate_reason"] = self.duplicate_reason.text()
        if self.photo is not None:
            out["photo"] = base64.b64encode(self.photo).decode()
        return out

    def load_values(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for field in self._edits():
                if field in values:
                    self._set_value(field, values[field])
            if values.get("photo"):
                self.set_photo(base64.b64decode(values["photo"]))
            if values.get("target", 0) < self.target.count():
                self.target.setCurrentIndex(values.get("target", 0))
            self.duplicate_reason.setText(values.get("duplicate_reason", ""))
            self.touched = set(values.get("touched", []))
            self._derive_from_nik()
        finally:
            self._loading = False
        self.revalidate()

    @property
    def draft_key(self) -> str:
        return "new" if self.trainee_id is None else f"edit-{self.trainee_id}"

    def save_draft(self) -> None:
        if self._dirty:
            drafts.save(self.ctx.db.location, self.draft_key, self.ctx.user.username,
                        self.values())  # fmt: skip

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        drafts.discard(self.ctx.db.location, self.draft_key)

    # --- saving ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self.revalidate():
            self.touched |= set(self._edits())
            self.revalidate()
            return
        target = self._target()
        batch_id = target.id if target is not None and target.kind == "batch" else None
        reason = self.duplicate_reason.text() if self.duplicates.isVisible() else ""
        data = self.data()

        def save(session: Session) -> int:
            if self.trainee_id is None:
                trainee = trainees.register(
                    session, self.ctx.actor, data, duplicate_reason=reason, batch_id=batch_id
                )
            else:
                trainee = trainees.update(
                    session, self.ctx.actor, self.trainee_id, data, duplicate_reason=reason
                )
            return trainee.id

        enrolled = (Kind.BATCHES,) if batch_id is not None else ()
        act(
            self, self.ctx, save,
            lambda saved_id: Changes.with_ids(Kind.TRAINEES, [saved_id], *enrolled),
            fields=self.errors, refused=self._refused, then=self._saved,
        )  # fmt: skip

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, trainees.DuplicateNik):
            self._show_existing(exc)
        elif isinstance(exc, trainees.ProbableDuplicate):
            self._show_duplicates(exc)
        elif isinstance(exc, FieldErrors):
            self.touched |= set(exc.errors)
            self.errors.show(exc.errors)
        else:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), exc.message)

    def _saved(self, saved_id: int) -> None:
        self._dirty = False
        self._drop_draft()
        self.saved.emit(saved_id)
        self.accept()

    def _show_existing(self, exc: trainees.DuplicateNik) -> None:
        self._existing_id = exc.existing_id
        self.banner.setText(exc.message)
        self.banner.show()
        self.open_existing_button.show()
        self.errors.show({"nik": exc.message})
        self.save_button.setEnabled(False)

    def _hide_existing(self) -> None:
        self._existing_id = None
        self.banner.hide()
        self.open_existing_button.hide()

    def _open_existing(self) -> None:
        if self._existing_id is not None:
            self.open_existing.emit(self._existing_id)

    def _show_duplicates(self, exc: trainees.ProbableDuplicate) -> None:
        self.duplicate_model.set_rows(exc.matches)
        self.duplicate_view.resizeColumnsToContents()
        self.duplicates.show()
        self.banner.setText(exc.message)
        self.banner.show()
        self.duplicate_reason.setFocus()

    def new_applicant(self) -> None:
        """Ctrl+N: start over on an empty form (asking first when something is unsaved)."""
        if self._dirty and not self._confirm_discard():
            return
        self._drop_draft()
        self.trainee_id = None
        self.setWindowTitle(self.tr("Pendaftar baru"))
        self._loading = True
        for field in self._edits():
            self._set_value(field, "" if field not in ("is_pmi_candidate",) else False)
        self._loading = False
        self.set_photo(None)
        self.touched.clear()
        self._auto.clear()
        self._dirty = False
        self.duplicates.hide()
        self._hide_existing()
        self.nik_info.setText("")
        self.revalidate()
        self.nik.setFocus()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Buang perubahan?"),
            self.tr("Isian formulir ini belum disimpan. Buang perubahannya?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        self._dirty = False
        self._drop_draft()
        super().reject()
