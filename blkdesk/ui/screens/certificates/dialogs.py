"""Small dialogs of the certificates page: override an outcome, void a certificate, verify one."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.certification import certificates, graduation, verification
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.sentences import spoken
from blkdesk.ui.actions import act
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.labels import as_shown
from blkdesk.ui.style import ERROR, OK, WARNING
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors

Save = Callable[[Session, Any, str], None]


class ReasonDialog(Dialog):
    """A choice (optional) and a reason, saved by `save(session, choice, reason)` through the
    action helper; a refusal shows beside the reason or under it."""

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, title: str, name: str, intro: str,
        choices: list[tuple[str, Any]] | None, save: Save, changes: Changes,
    ) -> None:  # fmt: skip
        super().__init__(parent, title, name)
        self.ctx, self._save, self._changes = ctx, save, changes
        self.add_text(intro)
        form = QFormLayout()
        self.errors = FormErrors()
        self.choice = QComboBox()
        if choices:
            for text, value in choices:
                self.choice.addItem(text, value)
            form.addRow(self.tr("Keputusan"), self.choice)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Tuliskan alasannya; alasan dicatat di jejak audit.")
        )
        self.reason.setMinimumSize(420, 90)
        self.errors.add_row(form, self.tr("Alasan"), self.reason, "reason")
        self.body.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR}")
        self.body.addWidget(self.message)
        self.finish_layout()

    def accept(self) -> None:
        choice, reason = self.choice.currentData(), self.reason.toPlainText()
        if act(
            self, self.ctx, lambda s: self._save(s, choice, reason), self._changes,
            refused=self._refused,
        ):  # fmt: skip
            super().accept()

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, FieldErrors):
            self.errors.show(exc.errors)
        else:
            self.message.setText(exc.message)


class OverrideDialog(ReasonDialog):
    """An admin's or kepala's decision over the Pasal 33 rule, with the reason audited."""

    def __init__(
        self, parent: QWidget, ctx: AppContext, outcome: graduation.ParticipantOutcome
    ) -> None:
        def save(session: Session, choice: Any, reason: str) -> None:
            graduation.override(session, ctx.actor, outcome.enrollment_id, choice, reason)

        choices: list[tuple[str, Any]] = [
            (label, key) for key, label in graduation.OUTCOME_LABELS.items()
        ]
        choices.append((self.tr("Ikuti aturan (cabut keputusan)"), None))
        intro = self.tr("{name}. Menurut aturan: {reason}").format(
            name=outcome.name, reason=spoken(outcome.rule.reason)
        )
        super().__init__(
            parent, ctx, self.tr("Ubah keputusan kelulusan"), "OverrideDialog", intro, choices,
            save, Changes.of(Kind.ASSESSMENTS),
        )  # fmt: skip
        current = outcome.override or outcome.rule.outcome
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))


class VoidDialog(ReasonDialog):
    """Cancel a certificate: its number stays used, and verification answers "dibatalkan"."""

    def __init__(self, parent: QWidget, ctx: AppContext, certificate_id: int, what: str) -> None:
        def save(session: Session, _choice: Any, reason: str) -> None:
            certificates.void(session, ctx.actor, certificate_id, reason)

        intro = self.tr(
            "Batalkan {what}? Nomornya tetap tercatat dan tidak dipakai lagi; pemeriksaan "
            "kode QR-nya akan menjawab DIBATALKAN. Sertifikat pengganti dapat diterbitkan "
            "setelahnya dengan nomor baru."
        ).format(what=what)
        super().__init__(
            parent, ctx, self.tr("Batalkan sertifikat"), "VoidDialog", intro, None, save,
            Changes.with_ids(Kind.CERTIFICATES, [certificate_id]),
        )  # fmt: skip


class VerifyDialog(Dialog):
    """Verifikasi Sertifikat: a USB scanner types the QR text into the field and presses Enter."""

    COLOURS = {
        verification.VALID: OK,
        verification.INVALID: ERROR,
        verification.VOIDED: ERROR,
        verification.UNKNOWN_INSTITUTION: WARNING,
    }

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(
            parent, self.tr("Verifikasi Sertifikat"), "VerifyDialog",
            QDialogButtonBox.StandardButton.Close,
        )  # fmt: skip
        self.ctx = ctx
        self.add_text(
            self.tr(
                "Pindai kode QR sertifikat dengan pemindai USB (teksnya masuk ke kolom di bawah), "
                "tempel teksnya, atau buka foto/pindaian kode QR. Pemeriksaan berjalan tanpa "
                "internet, dengan kunci publik lembaga yang dikenal database ini."
            )
        )
        row = QHBoxLayout()
        self.payload = QLineEdit()
        self.payload.setPlaceholderText(self.tr("BLK1|…"))
        self.payload.setMinimumWidth(460)
        self.payload.returnPressed.connect(self.check)
        row.addWidget(self.payload, 1)
        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button)
        self.image_button = QPushButton(self.tr("Buka gambar QR…"))
        self.image_button.clicked.connect(self.open_image)
        row.addWidget(self.image_button)
        self.body.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("VerifyStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.status)
        self.explanation = self.add_text()
        self.holder_box = QGroupBox(self.tr("Data pada sertifikat"))
        self.holder = QFormLayout(self.holder_box)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("kind", self.tr("Dokumen")), ("number", self.tr("Nomor")), ("name", self.tr("Nama")),
            ("birth", self.tr("Tanggal lahir")), ("program", self.tr("Program pelatihan")),
            ("issued", self.tr("Tanggal terbit")), ("institution", self.tr("Lembaga")),
            ("void", self.tr("Alasan pembatalan")),
        ):  # fmt: skip
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            self.holder.addRow(label, value)
        self.holder_box.hide()
        self.body.addWidget(self.holder_box)
        self.body.addStretch(1)
        self.finish_layout()

    def check(self) -> None:
        text = self.payload.text().strip()
        if not text:
            return
        with self.ctx.db.session() as session:
            self.show_result(verification.verify_text(session, text))
        self.payload.selectAll()

    def open_image(self) -> None:
        from blkdesk.printing.qr import decode_file

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Buka gambar kode QR"), "", self.tr("Gambar (*.png *.jpg *.jpeg *.bmp)")
        )
        if not path:
            return
        try:
            text = decode_file(path)
        except BlkError as exc:
            self.status.setText(self.tr("KODE QR TIDAK TERBACA"))
            self.status.setStyleSheet(f"color: {WARNING}; font-size: 20px; font-weight: 600;")
            self.explanation.setText(exc.message)
            self.holder_box.hide()
            return
        self.payload.setText(text)
        self.check()

    def show_result(self, result: verification.Verification) -> None:
        colour = self.COLOURS[result.status]
        self.status.setText(spoken(result.label))
        self.status.setStyleSheet(f"color: {colour}; font-size: 22px; font-weight: 700;")
        self.explanation.setText(spoken(result.explanation))
        claim = result.claim
        self.holder_box.setVisible(claim is not None)
        if claim is None:
            return
        values = {
            "kind": as_shown(certificates.KIND_LABELS[claim.kind]), "number": claim.number,
            "name": claim.name,
            "birth": format_date(claim.birth_date), "program": claim.program,
            "issued": format_date(claim.issued_on),
            "institution": result.institution_name or claim.inst_code,
            "void": result.void_reason,
        }  # fmt: skip
        for key, label in self.fields.items():
            label.setText(values[key])
            self.holder.setRowVisible(label, bool(values[key]))
