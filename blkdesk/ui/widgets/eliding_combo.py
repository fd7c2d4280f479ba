"""A drop-down list whose chosen entry ends in "…" when the box is too narrow for it.

Qt's own combo box cuts a long entry off mid-letter with no sign that more follows (a batch's
label in English on a window narrower than 1366 pixels). Here the entry is elided and the box's
tooltip holds it whole; the open list shows every entry whole (style.WideDropdownLists).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _index: self._update_tooltip())

    def shown_text(self) -> str:
        """The chosen entry as the box draws it: whole, or elided to the box's width."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def _elided(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        # The label is drawn a pixel in from each side of the field (QCommonStyle).
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width() - 4
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():  # its line edit shows and scrolls the text itself
            super().paintEvent(event)
            return
        # As QComboBox paints itself, with the label elided first.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        text = self.currentText()
        self.setToolTip(text if self.shown_text() != text else "")
