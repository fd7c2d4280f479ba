"""The daftar hadir grid: participants down, training days across, keyed from the keyboard.

The model only shows a `core.attendance.Grid`; every change goes through the core services and
comes back as a `ChangeSet` the model applies. The view turns key presses into requests the page
carries out (H/I/S/A, Space, Delete, Ctrl+Z, Ctrl+D, F2) and moves on to the next cell.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from blkdesk.core.attendance.attendance import (
    CODE_LABELS,
    ChangeSet,
    Grid,
    Participant,
)
from blkdesk.core.attendance.attendance_stats import AttendanceStats
from blkdesk.core.registry.nik import mask
from blkdesk.core.sentences import spoken
from blkdesk.ui.dates import format_date, short_date, weekday_short
from blkdesk.ui.language import decimal, figure
from blkdesk.ui.style import ACCENT, ERROR, WARNING

Index = QModelIndex | QPersistentModelIndex

CODE_COLOURS = {"H": "#dcefe0", "I": "#dde9f7", "S": "#fdf0c8", "A": "#f9d9d6"}
REFUSED_COLOUR = "#eceef1"
STAT_COLUMNS = 6  # % so far, % overall, H, I, S, A
NOTE_MARK = "•"  # beside a code that carries a note


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_CELL_ROLES = frozenset((_DISPLAY, _ALIGNMENT, _BACKGROUND, _FOREGROUND, _FONT, _TOOLTIP))
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CENTRED = Qt.AlignmentFlag.AlignCenter.value


class _Paint:
    """Brushes and the bold font, made once a QGuiApplication exists."""

    def __init__(self) -> None:
        self.codes = {code: QBrush(QColor(colour)) for code, colour in CODE_COLOURS.items()}
        self.refused = QBrush(QColor(REFUSED_COLOUR))
        self.bold = QFont()
        self.bold.setBold(True)


_paint_cache: list[_Paint] = []


def _paint() -> _Paint:
    if not _paint_cache:
        _paint_cache.append(_Paint())
    return _paint_cache[0]


class AttendanceGridModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self._stats: list[AttendanceStats] = []
        self._warnings: list[str | None] = []
        self._keyed_until: date | None = None
        self._stat_headers = [
            self.tr("% s.d.\ndiisi"), self.tr("%\nseluruh"),
            "H", "I", "S", "A",
        ]  # fmt: skip

    # --- what the page asks -------------------------------------------------------------------
    def set_grid(self, grid: Grid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self._recount()
        self.endResetModel()

    def apply(self, changes: ChangeSet) -> None:
        if self.grid is None or not changes:
            return
        self.grid.apply(changes)
        touched = {c.enrollment_id for c in changes.changes}
        until = self.grid.keyed_until()
        if until != self._keyed_until:  # everyone's "so far" moves with the clerk's progress
            touched = {p.enrollment_id for p in self.grid.participants}
            self._keyed_until = until
        rows = [i for i, p in enumerate(self.grid.participants) if p.enrollment_id in touched]
        for row in rows:
            person = self.grid.participants[row]
            self._stats[row] = self.grid.stats(person, until)
            self._warnings[row] = self.grid.warning(person)
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(rows), max(rows))

    def participant(self, row: int) -> Participant:
        assert self.grid is not None
        return self.grid.participants[row]

    def day(self, column: int) -> date | None:
        if self.grid is None or column < STAT_COLUMNS:
            return None
        return self.grid.days[column - STAT_COLUMNS]

    def column_of(self, day: date) -> int:
        assert self.grid is not None
        return STAT_COLUMNS + self.grid.days.index(day)

    def cell(self, index: Index) -> tuple[int, date] | None:
        day = self.day(index.column())
        if day is None or not index.isValid():
            return None
        return self.participant(index.row()).enrollment_id, day

    def stats(self, row: int) -> AttendanceStats:
        return self._stats[row]

    def warnings(self) -> list[str]:
        return [w for w in self._warnings if w]

    def _recount(self) -> None:
        grid = self.grid
        people = grid.participants if grid else []
        self._keyed_until = grid.keyed_until() if grid else None
        self._stats = [grid.stats(p, self._keyed_until) for p in people] if grid else []
        self._warnings = [grid.warning(p) for p in people] if grid else []

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return len(self.grid.participants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return STAT_COLUMNS + len(self.grid.days)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Asked some ten times per visible cell on every paint: the roles a cell never answers
        # are turned away first, and brushes and fonts are made once.
        if role not in _CELL_ROLES or self.grid is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column < STAT_COLUMNS:
            return self._stat_data(row, column, role)
        person = self.grid.participants[row]
        day = self.grid.days[column - STAT_COLUMNS]
        mark = self.grid.marks.get((person.enrollment_id, day))
        if role == _DISPLAY:
            if mark is None:
                return ""
            return f"{mark.code}{NOTE_MARK}" if mark.note else mark.code
        if role == _ALIGNMENT:
            return _CENTRED
        if role == _BACKGROUND:
            if mark is not None:
                return _paint().codes[mark.code]
            return _paint().refused if self.grid.refusal(person, day) else None
        if role == _FONT:
            return _paint().bold if mark is not None else None
        if role == _TOOLTIP:
            parts = [f"{person.name} · {format_date(day)}"]
            if mark is not None:
                parts.append(CODE_LABELS[mark.code])
                if mark.note:
                    parts.append(self.tr("Catatan: {note}").format(note=mark.note))
            elif reason := self.grid.refusal(person, day):
                parts.append(spoken(reason))
            return "\n".join(parts)
        return None

    def _stat_data(self, row: int, column: int, role: int) -> Any:
        assert self.grid is not None
        stats = self._stats[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return decimal(f"{stats.percent_so_far()}") if stats.days_held else "–"
            if column == 1:
                return decimal(f"{stats.percent_of_all()}")
            return str(stats.counts.get("HISA"[column - 2], 0))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        below = (column == 0 and stats.days_held > 0 and self.grid.below_so_far(stats)) or (
            column == 1 and self.grid.out_of_reach(stats)
        )
        if role == Qt.ItemDataRole.ForegroundRole and below:
            return QBrush(QColor(ERROR))
        if role == Qt.ItemDataRole.FontRole and below:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column < 2:
            threshold = figure(self.grid.threshold)
            if column == 0:
                text = self.tr(
                    "Hadir {present} dari %Ln hari yang sudah diisi. Ambang program: "
                    "{threshold} %.",
                    "",
                    stats.days_held,
                ).format(present=stats.present, threshold=threshold)
            else:
                text = self.tr(
                    "Hadir {present} dari seluruh %Ln hari pelatihan.", "", stats.days_total
                ).format(present=stats.present)
                if below:
                    text += " " + self.tr(
                        "Ambang {threshold} % tidak dapat dicapai lagi walau hadir setiap hari "
                        "berikutnya."
                    ).format(threshold=threshold)
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _CELL_ROLES or self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < STAT_COLUMNS:
                return self._stat_headers[section] if role == Qt.ItemDataRole.DisplayRole else None
            day = self.grid.days[section - STAT_COLUMNS]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{weekday_short(day)}\n{short_date(day)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return format_date(day)
            if role == Qt.ItemDataRole.FontRole and day == self.grid.today:
                font = QFont()
                font.setUnderline(True)
                return font
            return None
        person = self.grid.participants[section]
        warning = self._warnings[section]
        if role == Qt.ItemDataRole.DisplayRole:
            label = f"{section + 1}. {person.name}"
            if person.withdrawn:
                label += self.tr(" (mundur)")
            return f"⚠ {label}" if warning else label
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("NIK {nik}").format(nik=mask(person.nik))]
            if person.withdrawn and person.withdrawn_on:
                lines.append(
                    self.tr("Mengundurkan diri sejak {day}").format(
                        day=format_date(person.withdrawn_on)
                    )
                )
            if warning:
                lines.append(spoken(warning))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and warning:
            return QBrush(QColor(WARNING))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


# Sized so a batch of 16 fits with today's column on a 1366 × 768 laptop.
HEADER_HEIGHT = 40
ROW_HEIGHT = 24


def _shape(view: QTableView) -> None:
    """Both halves of the grid share row and header heights, so their rows line up."""
    # On the headers alone: a style sheet on the view would route every cell's paint through
    # Qt's much slower style-sheet style.
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setStyleSheet("QHeaderView::section { padding: 2px 3px; }")
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setFixedHeight(HEADER_HEIGHT)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)


class StatsView(QTableView):
    """The frozen columns: each participant's counts and percentages, beside the grid."""

    def __init__(self, grid_view: QTableView) -> None:
        super().__init__()
        _shape(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._widths = (68, 68, 34, 34, 34, 34)
        mine, theirs = self.verticalScrollBar(), grid_view.verticalScrollBar()
        theirs.valueChanged.connect(mine.setValue)
        mine.valueChanged.connect(theirs.setValue)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        model.modelReset.connect(self._columns_shown)
        self._columns_shown()

    def _columns_shown(self) -> None:
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column >= STAT_COLUMNS)
        header = self.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # the style sheet draws headers bold
        metrics = QFontMetrics(bold)
        for column, width in enumerate(self._widths):
            # Wide enough for its heading in the interface language ("% up to / last entry").
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
            self.setColumnWidth(column, max(width, needed + 12))
        self.setFixedWidth(self.horizontalHeader().length() + 2 * self.frameWidth() + 2)


class GridView(QTableView):
    """Keys a clerk uses without the mouse. Requests go out as signals; the page decides."""

    code_typed = Signal(object)  # "H"/"I"/"S"/"A", or None to clear
    undo_requested = Signal()
    fill_requested = Signal()
    note_requested = Signal()

    KEYS = {
        Qt.Key.Key_H: "H", Qt.Key.Key_I: "I", Qt.Key.Key_S: "S", Qt.Key.Key_A: "A",
        Qt.Key.Key_Space: "H",
    }  # fmt: skip
    move_down = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        _shape(self)
        self.horizontalHeader().setDefaultSectionSize(58)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        model.modelReset.connect(self._columns_shown)
        self._columns_shown()

    def _columns_shown(self) -> None:
        """The counts live in the frozen `StatsView` beside the grid, not in its scrolling part."""
        for column in range(STAT_COLUMNS):
            self.setColumnHidden(column, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_D:
            self.fill_requested.emit()
            return
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            key = Qt.Key(event.key())
            if key in self.KEYS:
                self.code_typed.emit(self.KEYS[key])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.code_typed.emit(None)
                return
            if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.note_requested.emit()
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A strong frame around the cell the next key goes to, so the clerk always sees it;
        grey while the grid does not have the keyboard."""
        super().paintEvent(event)
        current = self.currentIndex()
        if not current.isValid() or current.column() < STAT_COLUMNS:
            return
        rect = self.visualRect(current).adjusted(1, 1, -2, -2)
        if rect.isEmpty():
            return
        painter = QPainter(self.viewport())
        pen = QPen(QColor(ACCENT if self.hasFocus() else "#98a2b3"))
        pen.setWidth(3 if self.hasFocus() else 1)
        if not self.hasFocus():
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect)
        painter.end()

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def selected_cells(self) -> list[QModelIndex]:
        """The day cells of the selection; just the current one when a single cell is chosen."""
        indexes = [i for i in self.selectionModel().selectedIndexes() if i.column() >= STAT_COLUMNS]
        current = self.currentIndex()
        if len(indexes) <= 1:
            return [current] if current.isValid() and current.column() >= STAT_COLUMNS else []
        return sorted(indexes, key=lambda i: (i.column(), i.row()))

    def advance(self) -> None:
        """After a code: the next participant on the same day (reading down the paper), or the
        next day for the same participant, wrapping at the edge."""
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return
        rows, columns = model.rowCount(), model.columnCount()
        row, column = current.row(), current.column()
        if self.move_down:
            row += 1
            if row >= rows:
                row, column = 0, column + 1
        else:
            column += 1
            if column >= columns:
                row, column = row + 1, STAT_COLUMNS
        if row < rows and column < columns:
            self.go_to(row, column)

    def go_to(self, row: int, column: int) -> None:
        index = self.model().index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
