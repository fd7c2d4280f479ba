"""The assessment grid: participants down, competency units across, K/BK keyed from the keyboard.

A cell shows the latest attempt ("K", "BK", with the attempt number from the second one on); its
tooltip lists every attempt. K and B record a new attempt through `core.assessment`; Delete
withdraws the latest one. The view only emits requests; the page calls the services.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from blkdesk.core.certification.assessment import Grid, attempts_left
from blkdesk.core.registry.nik import mask
from blkdesk.core.statuses import EnrollmentStatus
from blkdesk.ui.dates import format_date
from blkdesk.ui.language import figure

Index = QModelIndex | QPersistentModelIndex

K_COLOUR = "#dcefe0"
BK_COLOUR = "#fdf0c8"
EXHAUSTED_COLOUR = "#f9d9d6"  # BK with no attempts left


class AssessmentGridModel(QAbstractTableModel):
    """Column 0 is the participant; columns 1.. are the programme's units in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None

    def set_grid(self, grid: Grid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def cell(self, index: Index) -> tuple[int, int] | None:
        """(enrollment id, unit id) of a unit cell."""
        if self.grid is None or not index.isValid() or index.column() == 0:
            return None
        return (
            self.grid.participants[index.row()].enrollment_id,
            self.grid.units[index.column() - 1].id,
        )

    def seen_attempts(self, cell: tuple[int, int]) -> int:
        """How many attempts this cell shows: a save carries it, so a cell another clerk has
        changed since is refused rather than overwritten, while other cells merge."""
        return len(self.grid.attempts.get(cell, [])) if self.grid else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.participants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.units) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        person = self.grid.participants[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                left = (
                    self.tr(" (mengundurkan diri)")
                    if person.status != EnrollmentStatus.ACCEPTED
                    else ""
                )
                return f"{person.name} · NIK {mask(person.nik)}{left}"
            return None
        unit = self.grid.units[index.column() - 1]
        tried = self.grid.attempts.get((person.enrollment_id, unit.id), [])
        latest = tried[-1] if tried else None
        if role == Qt.ItemDataRole.DisplayRole:
            if latest is None:
                return ""
            return latest.result if len(tried) == 1 else f"{latest.result} ({len(tried)})"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and latest is not None:
            if latest.result == "K":
                return QBrush(QColor(K_COLOUR))
            exhausted = attempts_left(self.grid, person.enrollment_id, unit.id) == 0
            return QBrush(QColor(EXHAUSTED_COLOUR if exhausted else BK_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{unit.code} {unit.title}"]
            for a in tried:
                score = (
                    self.tr(", nilai {score}").format(score=figure(a.score))
                    if a.score is not None
                    else ""
                )
                who = f", {a.assessor}" if a.assessor else ""
                lines.append(
                    self.tr("Percobaan {n}: {result} ({date}{score}{who})").format(
                        n=a.attempt, result=a.result, date=format_date(a.assessed_on),
                        score=score, who=who,
                    )
                )  # fmt: skip
            remaining = attempts_left(self.grid, person.enrollment_id, unit.id)
            if remaining:
                lines.append(self.tr("Sisa percobaan: {n}").format(n=remaining))
            return "\n".join(lines)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            return self.tr("Peserta") if role == Qt.ItemDataRole.DisplayRole else None
        unit = self.grid.units[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section}. {_two_lines(unit.code)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.unit_caption(section)
        return None

    def unit_caption(self, column: int) -> str:
        """What a unit column is, whole: its code, title and JP."""
        if self.grid is None or not 0 < column <= len(self.grid.units):
            return ""
        unit = self.grid.units[column - 1]
        return self.tr("Unit {n} dari {total}: {code} {title} ({jp} JP)").format(
            n=column, total=len(self.grid.units), code=unit.code, title=unit.title, jp=unit.jp
        )


def _two_lines(code: str) -> str:
    """An SKKNI code on two lines, "C.259900." over "010.01": the units of one programme share
    the first line and differ on the second, and the narrower columns let a programme of seven
    units be keyed on a 1366 × 768 screen without scrolling sideways (five on one line)."""
    parts = code.split(".")
    if len(parts) < 3:
        return code
    return ".".join(parts[:-2]) + ".\n" + ".".join(parts[-2:])


class AssessmentView(QTableView):
    """K = kompeten, B = belum kompeten, Delete = withdraw the latest attempt."""

    result_typed = Signal(object)  # "K" / "BK", or None to withdraw

    KEYS = {Qt.Key.Key_K: "K", Qt.Key.Key_B: "BK"}

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        # For those who may not key results the keys only move around the grid.
        self.read_only = read_only
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(28)
        self.horizontalHeader().setDefaultSectionSize(150)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Less room beside the two-line codes than other tables give their headings: one more
        # unit column on a laptop screen (see `_two_lines`).
        self.horizontalHeader().setStyleSheet("QHeaderView::section { padding: 6px 4px; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        key = Qt.Key(event.key())
        if self.read_only:
            super().keyPressEvent(event)
            return
        if plain and key in self.KEYS:
            self.result_typed.emit(self.KEYS[key])
            return
        if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.result_typed.emit(None)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Tab into the grid put the cursor on a name, where K and B record nothing: the
        # clerk's first key was lost without a word. The keyboard lands on the first unit.
        current = self.currentIndex()
        model = self.model()
        if (
            event.reason() != Qt.FocusReason.MouseFocusReason
            and (not current.isValid() or current.column() == 0)
            and model is not None
            and model.rowCount() > 0
            and model.columnCount() > 1
        ):
            self.setCurrentIndex(model.index(max(current.row(), 0), 1))
        super().focusInEvent(event)

    def selected_cells(self) -> list[QModelIndex]:
        cells = [i for i in self.selectionModel().selectedIndexes() if i.column() > 0]
        if not cells and self.currentIndex().isValid() and self.currentIndex().column() > 0:
            cells = [self.currentIndex()]
        return sorted(cells, key=lambda i: (i.row(), i.column()))

    def advance(self) -> None:
        """After a single cell is keyed, go down to the next participant (how paper is read)."""
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))
