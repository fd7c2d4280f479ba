"""A list's columns sized to what they show and kept inside the list's width, so a clerk at
1366×768 never scrolls a list sideways: when the text is wider than the room, the widest columns
give way first, their text ends in "…", and hovering a cut cell shows it whole.

The widths come from the font's metrics over the header and the first rows' text, not from
`resizeColumnsToContents`, which asks a Python model a dozen roles per cell through the delegate
and was a third of the Penempatan page's first open on the 10-year database.
"""

from collections.abc import Collection, Sequence
from itertools import zip_longest

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView, QToolTip

from blkdesk.ui.widgets.page import SIZING_ROWS

# Narrower than this a cut column shows too little to recognise: the list scrolls instead.
NARROWEST = 60


def fitted(
    natural: Sequence[int],
    room: int,
    first: Collection[int] = (),
    least: Sequence[int] = (),
) -> list[int]:
    """`natural` widths, the widest cut to one common width so that together they fit `room`
    (the narrow ones keep theirs). The columns in `first` give way first, the others only if
    that is not enough: numbers and dates cut short are no use, a long programme name still is.
    None is cut below its `least` (its header's width) or `NARROWEST`, even if they then do
    not fit: the list scrolls."""
    least = [min(n, max(NARROWEST, m)) for n, m in zip_longest(natural, least, fillvalue=0)]
    out = list(natural)
    if sum(out) <= room:
        return out
    columns = range(len(out))
    for giving in ([c for c in columns if c in first], [c for c in columns if c not in first]):
        if not giving:
            continue
        left = room - sum(out[c] for c in columns if c not in giving)
        cap = _cap([out[c] for c in giving], [least[c] for c in giving], left)
        for column in giving:
            out[column] = max(least[column], min(out[column], cap or 0))
        if cap is not None:
            return out
    return out


def _cap(widths: Sequence[int], least: Sequence[int], room: int) -> int | None:
    """The widest common width the `widths` can be cut to and fit `room`, none below its
    `least`; None when even the least are too wide."""

    def total(cap: int) -> int:
        return sum(max(m, min(w, cap)) for w, m in zip(widths, least, strict=True))

    if total(0) > room:
        return None
    low, high = 0, max(widths)  # total(low) fits; find the widest cap that still does
    while low < high:
        middle = (low + high + 1) // 2
        if total(middle) <= room:
            low = middle
        else:
            high = middle - 1
    return low


class WrappingDelegate(QStyledItemDelegate):
    """Draws its column's text over as many lines as the cell's width needs."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def height_for(self, view: QTableView, index: QModelIndex, width: int) -> int:
        """The height the cell's text needs, wrapped at `width`."""
        option = QStyleOptionViewItem()
        option.widget = view
        option.font = view.font()
        option.rect = QRect(0, 0, width, 1)
        return self.sizeHint(option, index).height()


class FittedColumns(QObject):
    """Call `measure()` after the rows change; the widths follow the list's width by themselves.
    `first`: the columns that give way first (what is also shown elsewhere, or least needed).
    `wrap`: columns whose cut text goes on more lines, its row made taller, instead of ending in
    "…" (for short lists: every row is measured on every fit)."""

    def __init__(
        self,
        view: QTableView,
        first: Collection[int] = (),
        sample: int = SIZING_ROWS,
        wrap: Collection[int] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
        self.first = first
        self.wrapping = WrappingDelegate(view)
        self.wrap = wrap
        for column in wrap:
            view.setItemDelegateForColumn(column, self.wrapping)
        self.sample = sample
        self.natural: list[int] = []
        self.least: list[int] = []  # the headers' widths: a header is never cut
        view.viewport().installEventFilter(self)

    def measure(self) -> None:
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        rows = min(model.rowCount(), self.sample)
        self.natural, self.least = [], []
        for column in range(model.columnCount()):
            width = header.sectionSizeHint(column)
            self.least.append(width)
            widest, row_of_widest = 0, -1
            for row in range(rows):
                text = model.data(model.index(row, column))
                if text and (advance := metrics.horizontalAdvance(text)) > widest:
                    widest, row_of_widest = advance, row
            if row_of_widest >= 0:  # its cell, as the delegate draws it (margins, rounding)
                cell = view.sizeHintForIndex(model.index(row_of_widest, column)).width()
                width = max(width, cell + 1)  # +1: the grid line, as QTableView counts it
            self.natural.append(width)
        self.fit()

    def fit(self) -> None:
        if not self.natural:
            return
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        for column, width in enumerate(fitted(self.natural, room, self.first, self.least)):
            header.resizeSection(column, width)
        if self.wrap:
            self._fit_rows()

    def _fit_rows(self) -> None:
        view, model = self.view, self.view.model()
        one_line = view.verticalHeader().defaultSectionSize()
        grid = 1 if view.showGrid() else 0  # a cell is drawn inside its grid line
        for row in range(model.rowCount()):
            needed = max(
                self.wrapping.height_for(view, model.index(row, c), view.columnWidth(c) - grid)
                for c in self.wrap
            )
            view.setRowHeight(row, max(one_line, needed + grid))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tip_if_cut(event.pos(), event.globalPos())
        return False

    def _tip_if_cut(self, pos: QPoint, global_pos: QPoint) -> bool:
        """The whole text of a cell cut short; other cells keep their own tooltip, if any."""
        index = self.view.indexAt(pos)
        if not index.isValid():
            return False
        text = str(index.data() or "")
        room = self.view.visualRect(index).width()
        if not text or self.view.sizeHintForIndex(index).width() <= room:
            return False
        QToolTip.showText(global_pos, text, self.view.viewport())
        return True
