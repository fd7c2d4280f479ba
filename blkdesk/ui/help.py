"""The offline user guide (`resources/help/panduan.html`), shown inside BLKDesk: the PCs in the
BLK office are often offline and a browser may not even be set up."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QTextBrowser, QWidget

from blkdesk.ui.resources import resource
from blkdesk.ui.settings import app_settings
from blkdesk.ui.widgets.dialog import Dialog

GUIDE = "panduan.html"


def guide_path() -> Path:
    return resource("help", GUIDE)


class HelpDialog(Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, self.tr("Panduan BLKDesk"), "HelpDialog", QDialogButtonBox.StandardButton.Close
        )
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource("help"))])
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        nav = QHBoxLayout()
        self.back = QPushButton(self.tr("◀ Kembali"))
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.home = QPushButton(self.tr("Daftar isi"))
        self.home.clicked.connect(self.browser.home)
        nav.addWidget(self.back)
        nav.addWidget(self.home)
        nav.addStretch(1)
        self.body.addLayout(nav)
        self.body.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.finish_layout()
        if app_settings().value("geometry/HelpDialog") is None:
            self.resize(1010, 720)
