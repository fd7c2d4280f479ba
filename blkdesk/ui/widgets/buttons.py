"""Buttons as the pages and tabs lay them out: each wired to what it does, a row of them from the
left with the rest of the line left empty."""

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def push_button(text: str, clicked: Callable[..., object]) -> QPushButton:
    made = QPushButton(text)
    made.clicked.connect(clicked)
    return made


def row_of(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch()
    return row
