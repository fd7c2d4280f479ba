"""Showing the new recovery key once, to be printed (or saved as PDF) for the office safe."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.errors import BlkError
from blkdesk.core.failures import explain
from blkdesk.core.sentences import spoken
from blkdesk.printing import recovery_sheet
from blkdesk.printing.recovery_sheet import RecoverySheet
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.printing import may_send, spooler_took_it


class RecoveryKeyPanel(QWidget):
    """The key, the buttons that print it or save it as PDF, and the tick that it was kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: RecoverySheet | None = None
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr(
                "Ini kunci cadangan. Bersama kata sandi cadangan, hanya kunci ini yang dapat "
                "membuka cadangan di PC lain. BLKDesk tidak menyimpannya: cetak lembarnya "
                "sekarang dan simpan di brankas kantor."
            )
        )
        note.setWordWrap(True)
        body.addWidget(note)
        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.key_label)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Cetak lembar kunci…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(self.tr("Simpan sebagai PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch()
        body.addLayout(row)
        self.kept = QCheckBox(self.tr("Lembar kunci sudah saya cetak atau simpan di tempat aman"))
        body.addWidget(self.kept)
        body.addStretch()

    def show_sheet(self, sheet: RecoverySheet) -> None:
        self.sheet = sheet
        self.key_label.setText(sheet.recovery_key)
        self.kept.setChecked(False)

    def print_sheet(self) -> None:
        assert self.sheet is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        # The sheet is the key's only copy: it counts as kept only when the printer's queue took
        # it (Qt drops a job for a printer removed meanwhile, or refused by its queue, unsaid).
        to_printer = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        name = printer.printerName()
        if to_printer and not may_send(self, name):
            return
        try:
            recovery_sheet.render(printer, self.sheet)
        except BlkError as exc:
            QMessageBox.warning(self, self.tr("Kunci cadangan"), exc.message)
            return
        if to_printer and not spooler_took_it(self, name, printer):
            return
        self.kept.setChecked(True)

    def save_pdf(self) -> None:
        assert self.sheet is not None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan lembar kunci"), "kunci-cadangan-blkdesk.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if not name:
            return
        try:
            recovery_sheet.write_pdf(Path(name), self.sheet)
        except (BlkError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Kunci cadangan"), spoken(explain(exc) or ""))
            return
        self.kept.setChecked(True)


class RecoveryKeyDialog(Dialog):
    """Closing needs the tick that the sheet was printed or saved: the key is shown only now."""

    def __init__(self, sheet: RecoverySheet, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, self.tr("Kunci cadangan"), "RecoveryKeyDialog",
            QDialogButtonBox.StandardButton.Close,
        )  # fmt: skip
        self.panel = RecoveryKeyPanel(self)
        self.panel.show_sheet(sheet)
        self.panel.kept.toggled.connect(self._update)
        self.body.addWidget(self.panel)
        self.finish_layout()
        self.setMinimumWidth(520)
        self._update()

    def _update(self) -> None:
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setEnabled(self.panel.kept.isChecked())

    def reject(self) -> None:  # Escape or the window's X: only once the key is kept
        if self.panel.kept.isChecked():
            super().reject()
