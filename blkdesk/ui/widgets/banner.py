"""The banner above a page's or a form's content (the style's "Banner"): what the clerk must know
before going on, hidden until there is something to say."""

from PySide6.QtWidgets import QLabel


def banner() -> QLabel:
    label = QLabel()
    label.setObjectName("Banner")
    label.setWordWrap(True)
    label.hide()
    return label
