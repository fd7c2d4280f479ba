"""What a clerk cannot read because it does not fit: placeholders cut short by their field."""

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

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
