"""Tentang BLKDesk: the version and where the data, backups and logs are, so a clerk on the phone
with the IT officer can read them out (or open the folder) without hunting through the disk."""

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from blkdesk import __version__
from blkdesk.core.certification.signing import fingerprint
from blkdesk.core.errors import BlkError
from blkdesk.core.institution import local_institution
from blkdesk.core.storage import backup, paths
from blkdesk.core.storage.db import Database
from blkdesk.ui.style import icon
from blkdesk.ui.widgets.dialog import Dialog


class AboutDialog(Dialog):
    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(
            parent, self.tr("Tentang BLKDesk"), "AboutDialog", QDialogButtonBox.StandardButton.Close
        )
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(56, 56))
        head.addWidget(logo)
        self.heading = QLabel(
            self.tr("<b style='font-size:15pt'>BLKDesk {version}</b><br>"
                    "Administrasi Balai Latihan Kerja").format(version=__version__)
        )  # fmt: skip
        head.addWidget(self.heading, 1)
        self.body.addLayout(head)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        db_folder = db.path.parent if db.path is not None else None
        self._row(form, "database", self.tr("Database"), db.location, db_folder)
        self._row(form, "data", self.tr("Folder data"), str(paths.data_dir()), paths.data_dir())
        backups = backup_folder(db)
        self._row(form, "backups", self.tr("Folder cadangan"), str(backups), backups)
        self._row(form, "logs", self.tr("Folder log"), str(paths.log_dir()), paths.log_dir())
        self._row(form, "qt", self.tr("Pustaka"), f"PySide6 {pyside_version}", None)
        self._row(form, "key", self.tr("Sidik jari kunci"), key_fingerprint(db), None)
        self.values["key"].setToolTip(
            self.tr(
                "Kunci yang menandatangani berkas sinkronisasi dan sertifikat lembaga ini. "
                "Bacakan kepada petugas provinsi bila diminta mencocokkan."
            )
        )
        self.body.addLayout(form)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.finish_layout()
        self.setMinimumWidth(620)

    def _row(
        self, form: QFormLayout, key: str, label: str, value: str, folder: Path | None
    ) -> None:
        text = QLabel(value)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        self.values[key] = text
        if folder is None:
            form.addRow(label, text)
            return
        row = QHBoxLayout()
        row.addWidget(text, 1)
        button = QPushButton(self.tr("Buka folder"))
        button.setObjectName(f"open_{key}")
        button.setAutoDefault(False)  # Enter closes the dialog; it does not open a folder
        button.clicked.connect(lambda _=False, f=folder: open_folder(f))
        row.addWidget(button)
        form.addRow(label, row)


def key_fingerprint(db: Database) -> str:
    """This database's signing key as the province confirms it by phone ("–" before set-up)."""
    try:
        with db.session() as session:
            key = local_institution(session).public_key
    except BlkError:
        return "–"
    return fingerprint(key) if key else "–"


def backup_folder(db: Database) -> Path:
    """This database's own backups (a SQLite file); PostgreSQL is backed up on its server."""
    return backup.folder_for(db.path) if db.path is not None else paths.backup_dir()


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
