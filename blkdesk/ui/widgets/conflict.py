"""Another clerk saved a record after this clerk's form opened it: show what each side changed,
and let the clerk reload the record or put their own edits on top of it. Every form that edits
a versioned record (trainee, batch, programme, placement, instructor, ...) uses this one dialog."""

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from blkdesk.core.concurrency import FieldChange, StaleRecord, three_way
from blkdesk.ui.widgets.dialog import Dialog

RELOAD, REAPPLY = 1, 2
T = TypeVar("T")


def shown(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, bytes):
        return "(foto)"
    if hasattr(value, "strftime"):
        return str(value.strftime("%d-%m-%Y"))
    return str(value)


class ConflictDialog(Dialog):
    """Lists every field either clerk changed; the clerk reloads (drops their edits) or
    re-applies their edits on top of the other clerk's save. `choice` says which."""

    def __init__(
        self,
        parent: QWidget | None,
        message: str,
        changes: list[FieldChange],
        labels: Mapping[str, str],
        show: Callable[[str, Any], str] | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(
            parent, self.tr("Data sudah diubah petugas lain"), "ConflictDialog",
            QDialogButtonBox.StandardButton.Cancel,
        )  # fmt: skip
        self.choice = 0
        self.intro = self.add_text(message)
        # A small fixed grid of a dozen rows at most: a table widget is the right size here.
        self.table = QTableWidget(len(changes), 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Data"),
                self.tr("Saat Anda membuka"),
                self.tr("Disimpan petugas lain"),
                self.tr("Isian Anda"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        for row, change in enumerate(changes):
            label = labels.get(change.field, change.field)
            sides = (change.opened, change.theirs, change.mine)
            cells = (label, *(show(change.field, v) if show else shown(v) for v in sides))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                font = item.font()
                if (column == 2 and change.theirs != change.opened) or (
                    column == 3 and change.mine != change.opened
                ):
                    font.setBold(True)
                item.setFont(font)
                if change.clash and column in (2, 3):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.body.addWidget(self.table)
        self.hint = self.add_text(
            hint
            or self.tr(
                "Muat ulang: tampilkan data terbaru dan buang isian Anda. Terapkan lagi: isian "
                "Anda (huruf tebal di kolom kanan) ditaruh di atas data terbaru; periksa, lalu "
                "simpan. Merah: kedua petugas mengubah data yang sama."
            )
        )
        self.reload_button = QPushButton(self.tr("Muat ulang"))
        self.reapply_button = QPushButton(self.tr("Terapkan lagi isian saya"))
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.buttons.addButton(self.reload_button, role)
        self.buttons.addButton(self.reapply_button, role)
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.reapply_button.clicked.connect(lambda: self._choose(REAPPLY))
        self.finish_layout()
        # Enter (and Ctrl+Enter) keep the clerk's typing: a clerk used to Enter saving the form
        # must not throw it away. Set once the buttons are in the dialog, or the dialog does
        # not know it and picks another button when shown.
        self.reapply_button.setDefault(True)
        self.resize(860, 380)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


def resolve(
    parent: QWidget,
    exc: StaleRecord,
    opened: T,
    mine: T,
    labels: Mapping[str, str],
    show: Callable[[str, Any], str] | None = None,
    hint: str | None = None,
) -> tuple[int, T] | None:
    """Ask the clerk; returns their choice (RELOAD or REAPPLY) and what the form should now hold
    (the record as it is now, or it with this clerk's edits on top), or None when they
    cancelled. Either way the form then edits `exc.current_version`, and `exc.current` is what
    it "opened". `hint` replaces the note on the two choices, for an action that saves at once
    rather than a form the clerk saves again."""
    merged, changes = three_way(opened, mine, exc.current)
    dialog = ConflictDialog(parent, exc.message, changes, labels, show, hint)
    if not dialog.exec():
        return None
    if dialog.choice == RELOAD:
        return RELOAD, exc.current
    return REAPPLY, merged


def outcome(choice: int) -> str:
    """What the form says above its fields once the clerk has chosen."""
    if choice == RELOAD:
        return QCoreApplication.translate(
            "ConflictDialog", "Data terbaru dimuat; isian Anda dibuang."
        )
    return QCoreApplication.translate(
        "ConflictDialog", "Isian Anda diterapkan pada data terbaru. Periksa, lalu simpan."
    )
