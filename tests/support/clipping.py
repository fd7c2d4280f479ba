"""What a clerk cannot read because it does not fit: placeholders cut short by their field,
list cells cut short by their column."""

from collections.abc import Iterable

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QTableView, QWidget

from blkdesk.ui.widgets.columns import WrappingDelegate

# QLineEdit keeps this many pixels free on each side of its text (QLineEditPrivate).
_LINE_EDIT_MARGIN = 2


def cut_placeholders(root: QWidget) -> list[str]:
    """The placeholders of visible, empty line edits under `root` wider than their field."""
    cut = []
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint or edit.text() or not edit.isVisibleTo(root):
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        margins = edit.textMargins()
        width = room.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN
        if edit.fontMetrics().horizontalAdvance(hint) > width:
            cut.append(hint)
    return cut


def cut_cells(view: QTableView, columns: Iterable[int]) -> list[str]:
    """The texts of the cells in `columns` that do not show whole: wider than their cell, or,
    in a wrapping column, taller than their row."""
    model = view.model()
    cut = []
    for column in columns:
        delegate = view.itemDelegateForColumn(column)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            room = view.visualRect(index)  # where the cell is drawn: inside its grid lines
            if isinstance(delegate, WrappingDelegate):
                whole = delegate.height_for(view, index, room.width()) <= room.height()
            else:
                whole = view.sizeHintForIndex(index).width() <= room.width()
            if not whole:
                cut.append(str(index.data()))
    return cut
