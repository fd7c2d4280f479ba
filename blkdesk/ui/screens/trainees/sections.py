"""The parts of the intake form, one box each, in the paper form's order.

Each section builds its inputs, registers them (by `TraineeInput` field name) with the form's
`FormErrors` so messages appear beside them, and lists them in `fields` and `tab_chain`. The
rules and the saving stay in `TraineeForm`; a section only shows what it is given.
"""

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.clock import age_on, today
from blkdesk.core.errors import BlkError
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
    education_said,
)
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainees
from blkdesk.core.registry.eligibility import RuleResult, is_eligible
from blkdesk.core.sentences import spoken
from blkdesk.ui.dates import format_date
from blkdesk.ui.labels import as_shown
from blkdesk.ui.screens.trainees.photo import load_photo
from blkdesk.ui.style import ERROR, OK, WARNING
from blkdesk.ui.widgets.eliding_combo import ElidingComboBox
from blkdesk.ui.widgets.forms import FieldError, FormErrors
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


def _combo(items: list[tuple[str, str]], placeholder: str) -> QComboBox:
    # Eliding: a long choice ("SLTA (senior high school) or equivalent") was cut mid-letter
    # with no sign that more follows; now it ends in "…" and its tooltip holds it whole.
    combo = ElidingComboBox()
    # Long KK wordings ("AKADEMI/DIPLOMA III/S. MUDA") must not set the column's width.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.addItem(placeholder, "")
    for label, value in items:
        combo.addItem(label, value)
    return combo


def _line(placeholder: str = "") -> QLineEdit:
    # No setMaxLength: Qt would cut a pasted text without a word. What is too long is kept as
    # pasted and refused beside the field (the limits are the columns', `core.limits`).
    return QLineEdit(placeholderText=placeholder)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    return form


def _info() -> QLabel:
    label = QLabel()
    label.setObjectName("FieldInfo")
    label.setWordWrap(True)
    return label


def _beside(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    """Inputs on one line of a form row (birth date and age; RT / RW)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    if stretch_last:
        row.setStretch(len(widgets) - 1, 1)
    else:
        row.addStretch()
    return holder


class Section(QGroupBox):
    """A titled box of inputs, each known to the form by its field name."""

    def __init__(self, title: str, errors: FormErrors) -> None:
        super().__init__(title)
        self.errors = errors
        self.fields: dict[str, QWidget] = {}

    def row(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        field: str,
        shown: QWidget | None = None,
    ) -> None:
        """`widget` is the input; `shown` what the row holds when the input shares its line."""
        self.errors.add_row(form, label, shown or widget, field)
        self.errors.widgets[field] = widget  # the input, not its holder, is marked and focused
        self.fields[field] = widget

    def tab_chain(self) -> list[QWidget]:
        return list(self.fields.values())


class IdentitySection(Section):
    def __init__(self, errors: FormErrors) -> None:
        super().__init__(self.tr("Identitas (sesuai KTP/KK)"), errors)
        form = _form()
        self.setLayout(form)
        self.nik = _line(self.tr("16 angka dari KTP"))
        self.nik_info = _info()
        nik_holder = QWidget()
        nik_box = QVBoxLayout(nik_holder)
        nik_box.setContentsMargins(0, 0, 0, 0)
        nik_box.setSpacing(2)
        nik_box.addWidget(self.nik)
        nik_box.addWidget(self.nik_info)
        self.row(form, self.tr("NIK"), self.nik, "nik", nik_holder)
        # Under the message when the NIK is already registered: the clerk opens that record.
        self.open_existing = QPushButton(self.tr("Buka data yang sudah ada"))
        self.open_existing.hide()
        row_holder = errors.labels["nik"].parentWidget()
        message_box = row_holder.layout() if row_holder is not None else None
        assert isinstance(message_box, QVBoxLayout)
        message_box.addWidget(self.open_existing, 0, Qt.AlignmentFlag.AlignLeft)
        self.kk_number = _line(self.tr("16 angka"))
        self.row(form, self.tr("Nomor KK"), self.kk_number, "kk_number")
        self.name = _line(self.tr("sesuai KTP, tanpa gelar"))
        self.row(form, self.tr("Nama lengkap"), self.name, "name")
        self.birth_place = _line(self.tr("kota/kabupaten lahir"))
        self.row(form, self.tr("Tempat lahir"), self.birth_place, "birth_place")
        self.birth_date = _line(self.tr("hh-bb-tttt"))
        self.birth_date.setMaximumWidth(140)
        self.age = QLabel()
        self.age.setObjectName("FieldInfo")
        birth_row = _beside(self.birth_date, self.age, stretch_last=True)
        self.row(form, self.tr("Tanggal lahir"), self.birth_date, "birth_date", birth_row)
        self.sex = _combo(
            [(as_shown(label), code) for code, label in SEXES.items()], self.tr("— pilih —")
        )
        self.row(form, self.tr("Jenis kelamin"), self.sex, "sex")
        self.religion = _combo([(as_shown(r.title()), r) for r in RELIGIONS], self.tr("— pilih —"))
        self.row(form, self.tr("Agama"), self.religion, "religion")
        self.marital_status = _combo(
            [(as_shown(m.title()), m) for m in MARITAL_STATUSES], self.tr("— pilih —")
        )
        self.row(form, self.tr("Status perkawinan"), self.marital_status, "marital_status")
        self.education = _combo(
            [(spoken(education_said(e)), e) for e in EDUCATION_LEVELS], self.tr("— pilih —")
        )
        self.row(form, self.tr("Pendidikan terakhir"), self.education, "education")

    def tab_chain(self) -> list[QWidget]:
        chain = super().tab_chain()
        chain.insert(1, self.open_existing)  # reached by Tab only while it is shown
        return chain

    def show_nik(self, info: nikmod.NikInfo | None) -> None:
        """What the NIK says, under it: region, birth date, sex."""
        if info is None:
            self.nik_info.setText("")
            return
        self.nik_info.setText(
            self.tr("{region}, {province} · lahir {born} · {sex}").format(
                region=info.regency_name, province=info.province_name,
                born=format_date(info.birth_date), sex=as_shown(SEXES[info.sex]).lower(),
            )
        )  # fmt: skip

    def show_digits_typed(self) -> None:
        typed = len(nikmod.normalise(self.nik.text()))
        self.nik_info.setText(self.tr("{n} dari 16 angka").format(n=typed) if typed else "")

    def show_age(self, birth: date | None) -> None:
        if birth is None or birth > today():
            self.age.setText("")
            return
        age = age_on(birth, today())
        text = self.tr("{age} tahun").format(age=age)
        if age < 18:
            text += self.tr(" · di bawah 18: perlu persetujuan orang tua/wali")
        self.age.setText(text)


class AddressSection(Section):
    def __init__(self, errors: FormErrors) -> None:
        super().__init__(self.tr("Alamat tempat tinggal"), errors)
        form = _form()
        self.setLayout(form)
        self.address = _line(self.tr("jalan, kampung, nomor rumah"))
        self.row(form, self.tr("Alamat"), self.address, "address")
        self.rt = _line("RT")
        self.rw = _line("RW")
        for edit in (self.rt, self.rw):
            edit.setMaximumWidth(70)
        rtrw = _beside(self.rt, QLabel("/"), self.rw)
        self.row(form, self.tr("RT / RW"), self.rt, "rt", rtrw)
        self.fields["rw"] = self.rw  # its message (rarely) shows under RT, on the same line
        self.village = _line(self.tr("desa atau kelurahan"))
        self.row(form, self.tr("Desa/kelurahan"), self.village, "village")
        self.district = _line(self.tr("kecamatan"))
        self.row(form, self.tr("Kecamatan"), self.district, "district")
        self.regency = _combo(
            [(f"{name} ({code})", code) for code, name in BANTEN_REGENCIES.items()],
            self.tr("— pilih —"),
        )
        self.row(form, self.tr("Kabupaten/kota"), self.regency, "regency_code")
        self.province = _combo(
            [(f"{name} ({code})", code) for code, name in sorted(PROVINCES.items())],
            self.tr("— pilih —"),
        )
        self.row(form, self.tr("Provinsi"), self.province, "province_code")

    def tab_chain(self) -> list[QWidget]:
        return [self.address, self.rt, self.rw, self.village, self.district, self.regency,
                self.province]  # fmt: skip


class ContactSection(Section):
    def __init__(self, errors: FormErrors) -> None:
        super().__init__(self.tr("Kontak"), errors)
        form = _form()
        self.setLayout(form)
        self.phone = _line(self.tr("mis. 0812 3456 7890"))
        self.row(form, self.tr("Nomor HP"), self.phone, "phone")
        self.email = _line(self.tr("nama@contoh.com"))
        self.row(form, self.tr("Email"), self.email, "email")


class WorkSection(Section):
    """Work, disability, and the PMI details that show only for a migrant-worker candidate."""

    def __init__(self, errors: FormErrors) -> None:
        super().__init__(self.tr("Pekerjaan dan disabilitas"), errors)
        form = _form()
        self.setLayout(form)
        self.employment_status = _combo(
            [(as_shown(e), e) for e in EMPLOYMENT_STATUSES], self.tr("— pilih —")
        )
        self.row(form, self.tr("Status pekerjaan"), self.employment_status, "employment_status")
        self.disability = _combo(
            [(d.capitalize(), d) for d in DISABILITY_KINDS], self.tr("Tidak ada")
        )
        self.row(form, self.tr("Disabilitas"), self.disability, "disability")
        self.ak1_number = _line(self.tr("kartu kuning, bila ada"))
        self.row(form, self.tr("Nomor AK/1"), self.ak1_number, "ak1_number")
        self.is_pmi = QCheckBox(self.tr("Calon pekerja migran (PMI)"))
        form.addRow("", self.is_pmi)
        self.fields["is_pmi_candidate"] = self.is_pmi
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
        self.row(pmi_form, self.tr("Negara tujuan"), self.destination, "destination_country")
        self.passport = _line(self.tr("bila sudah ada"))
        self.row(pmi_form, self.tr("Nomor paspor"), self.passport, "passport_number")
        self.language = _line(self.tr("mis. Bahasa Jepang"))
        self.row(pmi_form, self.tr("Bahasa"), self.language, "language")
        form.addRow(self.pmi_fields)
        self.pmi_fields.hide()
        self.is_pmi.toggled.connect(self.pmi_fields.setVisible)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        self.notes.setPlaceholderText(self.tr("catatan petugas"))
        self.notes.setFixedHeight(46)
        self.notes.setTabChangesFocus(True)
        self.row(form, self.tr("Catatan"), self.notes, "notes")


class PhotoSection(QGroupBox):
    """The 3×4 photo: chosen from a file, cropped on load, shown small."""

    changed = Signal()

    def __init__(self, errors: FormErrors) -> None:
        super().__init__(self.tr("Pas foto 3×4"))
        self.photo: bytes | None = None
        row = QHBoxLayout(self)
        self.label = QLabel(self.tr("belum ada\nfoto"))
        self.label.setFixedSize(90, 120)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(
            "border: 1px dashed #d0d5dd; border-radius: 4px; background: #f9fafb; color: #98a2b3;"
        )
        row.addWidget(self.label)
        side = QVBoxLayout()
        self.choose_button = QPushButton(self.tr("Pilih foto…"))
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Hapus foto"))
        self.clear_button.setEnabled(False)  # nothing to remove yet (Tab passes it by)
        self.clear_button.clicked.connect(lambda: self.set_photo(None))
        self.error = FieldError()
        errors.labels["photo"] = self.error
        errors.widgets["photo"] = self.label
        hint = _info()
        hint.setText(self.tr("JPEG/PNG, dipotong 3×4 otomatis."))
        side.addWidget(self.choose_button)
        side.addWidget(self.clear_button)
        side.addWidget(hint)
        side.addWidget(self.error)
        side.addStretch()
        row.addLayout(side, 1)

    def tab_chain(self) -> list[QWidget]:
        return [self.choose_button, self.clear_button]

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih pas foto"), "", self.tr("Foto (*.jpg *.jpeg *.png)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        try:
            self.set_photo(load_photo(path))
        except BlkError as exc:
            self.error.show_message(exc.message)

    def set_photo(self, photo: bytes | None) -> None:
        self.photo = photo
        self.error.show_message(None)
        self.clear_button.setEnabled(photo is not None)
        if photo is None:
            self.label.setPixmap(QPixmap())
            self.label.setText(self.tr("belum ada\nfoto"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(photo)
            self.label.setPixmap(
                pixmap.scaled(90, 120, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        self.changed.emit()


class DuplicatesSection(QGroupBox):
    """Shown when the service finds a probable duplicate: the matches and a reason to go on."""

    def __init__(self, shown_nik: "NikShown", errors: FormErrors) -> None:
        super().__init__(self.tr("Kemungkinan data ganda"))
        box = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Data di bawah ini mirip dengan pendaftar ini. Bila memang orang yang berbeda, "
                "tuliskan alasannya lalu simpan lagi."
            )
        )
        text.setWordWrap(True)
        box.addWidget(text)
        self.model = RowsModel(
            [
                (self.tr("Nama"), lambda m: m.name),
                (self.tr("NIK"), lambda m: shown_nik(m.nik)),
                (self.tr("Tanggal lahir"), lambda m: format_date(m.birth_date)),
                (self.tr("No. HP"), lambda m: m.phone),
                (self.tr("Kesamaan"), lambda m: spoken(m.reason)),
            ]
        )
        self.view = make_table(self.model)
        self.view.setMaximumHeight(120)
        box.addWidget(self.view)
        self.reason = _line(self.tr("mis. kembar, nama sama tetapi NIK berbeda"))
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Alasan tetap menyimpan")))
        reason_row.addWidget(self.reason, 1)
        box.addLayout(reason_row)
        self.error = FieldError()
        box.addWidget(self.error)
        errors.labels["duplicate_reason"] = self.error
        errors.widgets["duplicate_reason"] = self.reason
        self.hide()

    def show_matches(self, matches: list[trainees.DuplicateMatch]) -> None:
        self.model.set_rows(matches)
        self.view.resizeColumnsToContents()
        self.show()
        self.reason.setFocus()

    def given_reason(self) -> str:
        return self.reason.text() if self.isVisible() else ""


class ProgrammeSection(QGroupBox):
    """The batch or programme applied for, and whether the applicant meets its conditions."""

    def __init__(self, targets: list[trainees.IntakeTarget]) -> None:
        super().__init__(self.tr("Pelatihan yang dituju"))
        self.targets = targets
        layout = QVBoxLayout(self)
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.addItem(self.tr("— belum dipilih —"), None)
        for i, target in enumerate(targets):
            prefix = self.tr("Angkatan") if target.kind == "batch" else self.tr("Program")
            self.target.addItem(f"{prefix}: {target.label}", i)
        layout.addWidget(self.target)
        self.eligibility = QLabel()
        self.eligibility.setWordWrap(True)
        self.eligibility.setTextFormat(Qt.TextFormat.RichText)
        self.eligibility.setObjectName("FieldInfo")
        layout.addWidget(self.eligibility)
        layout.addStretch()

    def chosen(self) -> trainees.IntakeTarget | None:
        index = self.target.currentData()
        return None if index is None else self.targets[index]

    def show_eligibility(self, results: list[RuleResult] | None) -> None:
        """None: nothing chosen yet; []: the programme sets no conditions."""
        if results is None:
            self.eligibility.setText(
                self.tr("Pilih angkatan atau program untuk melihat syarat pesertanya.")
            )
            return
        if not results:
            self.eligibility.setText(self.tr("Program ini tidak menetapkan syarat peserta."))
            return
        lines = []
        for r in results:
            mark, color = (("✓", OK) if r.passed else ("✗", ERROR)) if r.passed is not None \
                else ("?", WARNING)  # fmt: skip
            lines.append(
                f"<span style='color:{color}; font-weight:600'>{mark}</span> "
                f"<b>{escape(spoken(r.label))}</b> — {escape(spoken(r.detail))}"
            )
        verdict = (
            self.tr("Memenuhi syarat yang dapat diperiksa.")
            if is_eligible(results)
            else self.tr("Belum memenuhi syarat; pendaftaran tetap dapat disimpan.")
        )
        self.eligibility.setText("<br>".join([*lines, f"<i>{verdict}</i>"]))


class ConsentSection(Section):
    """UU PDP consent, and a parent's or guardian's when the applicant is under 18."""

    def __init__(self, errors: FormErrors) -> None:
        super().__init__(self.tr("Persetujuan data pribadi (UU PDP)"), errors)
        layout = QVBoxLayout(self)
        self.consent = QCheckBox(self.tr("Persetujuan sudah ditandatangani"))
        layout.addWidget(self.consent)
        explain = _info()
        explain.setText(
            self.tr(
                "Pendaftar menyetujui pengolahan data pribadinya untuk pelatihan dan pelaporan "
                "(UU 27/2022). Tanggal dan nama petugas dicatat saat disimpan."
            )
        )
        layout.addWidget(explain)
        self.consent_error = FieldError()
        layout.addWidget(self.consent_error)
        errors.labels["consent"] = self.consent_error
        errors.widgets["consent"] = self.consent
        self.fields["consent"] = self.consent
        self.consent_note = QLabel()
        self.consent_note.setObjectName("FieldInfo")
        layout.addWidget(self.consent_note)
        self.guardian = QWidget()
        form = _form()
        form.setContentsMargins(0, 0, 0, 0)
        self.guardian.setLayout(form)
        self.guardian_name = _line(self.tr("nama orang tua/wali"))
        self.row(form, self.tr("Orang tua/wali"), self.guardian_name, "guardian_name")
        self.guardian_consent = QCheckBox(self.tr("Orang tua/wali menyetujui"))
        self.row(form, "", self.guardian_consent, "guardian_consent")
        layout.addWidget(self.guardian)
        self.guardian.hide()

    def show_recorded(self, when: date, who: str) -> None:
        self.consent_note.setText(
            self.tr("Dicatat {when} oleh {who}.").format(when=format_date(when), who=who)
        )


class NikShown:
    """How a NIK is shown to this user: in full, or masked for roles that may not see it."""

    def __init__(self, full: bool) -> None:
        self.full = full

    def __call__(self, nik: str) -> str:
        return nik if self.full else nikmod.mask(nik)
