"""A read-only list in a dialog: what Beranda opens behind a figure or a bar of a chart."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


class ListDialog(Dialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        columns: Sequence[tuple[str, Callable[[Any], Any]]],
        rows: Sequence[Any],
    ) -> None:
        super().__init__(parent, title, "ListDialog", QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        heading = QLabel(title)
        heading.setObjectName("DialogTitle")
        heading.setWordWrap(True)
        self.count = QLabel(self.tr("%Ln baris", "", len(rows)))
        self.count.setObjectName("PageSubtitle")
        self.model = RowsModel(columns)
        self.model.set_rows(rows)
        self.view = make_table(self.model)
        self.view.resizeColumnsToContents()
        self.body.addWidget(heading)
        self.body.addWidget(self.count)
        self.body.addWidget(self.view, 1)
        self.finish_layout()
        if not self.size().isValid() or self.width() < 640:
            self.resize(820, 520)
