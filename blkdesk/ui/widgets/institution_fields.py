"""The fields that describe a lembaga, the same in the first-run wizard and in Pengaturan."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from blkdesk.core.refdata import BANTEN_REGENCIES, INSTITUTION_KINDS
from blkdesk.ui.labels import shown_labels


def kind_box() -> QComboBox:
    box = QComboBox()
    for key, label in shown_labels(INSTITUTION_KINDS).items():
        box.addItem(label, key)
    return box


def regency_box() -> QComboBox:
    """Banten's regencies and cities, then the province itself (for the provincial office)."""
    box = QComboBox()
    for code, name in BANTEN_REGENCIES.items():
        box.addItem(f"{name} ({code})", code)
    box.addItem(QCoreApplication.translate("InstitutionFields", "Provinsi Banten (36)"), "36")
    return box


def address_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(64)
    box.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
    return box
