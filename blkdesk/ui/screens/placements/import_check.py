"""What the check of a survey file found, and the choice to import what is good."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from blkdesk.core.sentences import spoken
from blkdesk.exchange.placement_import import ImportReport
from blkdesk.ui.language import grouped
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


class ImportCheckDialog(Dialog):
    """What the check of a survey file found, and the choice to import what is good."""

    def __init__(self, parent: QWidget, path: Path, report: ImportReport) -> None:
        super().__init__(parent, self.tr("Impor hasil survei"), "ImportCheckDialog",
                         QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.report = report
        summary = QLabel(
            self.tr(
                "{file}: %Ln baris dibaca, {valid} benar, {bad} bermasalah.", "", report.rows
            ).format(file=path.name, valid=grouped(report.valid), bad=grouped(report.bad_rows))
        )
        summary.setObjectName("DialogTitle")
        summary.setWordWrap(True)
        self.body.addWidget(summary)
        if report.errors:
            self.errors_model = RowsModel(
                [
                    (self.tr("Baris"), lambda e: e.row),
                    (self.tr("Kolom"), lambda e: e.column),
                    (self.tr("Masalah"), lambda e: spoken(e.message)),
                ]
            )
            self.errors_model.set_rows(report.errors)
            view = make_table(self.errors_model)
            view.setWordWrap(True)
            view.resizeColumnToContents(0)
            view.resizeColumnToContents(1)
            # Messages are sentences: wrap them in a readable column rather than scroll sideways.
            view.setColumnWidth(2, 520)
            view.resizeRowsToContents()
            self.body.addWidget(view, 1)
        self.import_button: QPushButton | None = None
        if report.valid:
            text = (
                self.tr("Impor %Ln baris yang benar saja", "", report.valid)
                if report.errors
                else self.tr("Impor %Ln baris", "", report.valid)
            )
            self.import_button = self.buttons.addButton(
                text, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setProperty("primary", True)
        self.finish_layout()
        self.resize(max(self.width(), 720), max(self.height(), 420 if report.errors else 160))
