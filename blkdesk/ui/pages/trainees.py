"""Peserta: the registry, searchable as you type."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLineEdit

from blkdesk.core import trainee_search
from blkdesk.core.clock import format_date
from blkdesk.core.db import Database
from blkdesk.core.nik import mask
from blkdesk.core.permissions import Action
from blkdesk.core.refdata import regency_name
from blkdesk.ui.pages.base import Page, make_table

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class TraineeListModel(QAbstractTableModel):
    """Rows arrive a page at a time as the view scrolls (`fetchMore`), so 100,000 stay instant."""

    def __init__(self, db: Database, mask_nik: bool) -> None:
        super().__init__()
        self._db = db
        self._mask = mask_nik
        self._rows: list[trainee_search.TraineeRow] = []
        self._text = ""
        self._more = True
        self._headers = [
            self.tr("Nama"), self.tr("NIK"), self.tr("L/P"), self.tr("Tanggal lahir"),
            self.tr("Kabupaten/kota"), self.tr("No. HP"),
        ]  # fmt: skip

    def search(self, text: str) -> None:
        self.beginResetModel()
        self._text = text
        self._rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> trainee_search.TraineeRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        after = (self._rows[-1].name_norm, self._rows[-1].id) if self._rows else None
        with self._db.session() as session:
            rows = trainee_search.page(session, self._text, after, PAGE_SIZE)
        self._more = len(rows) == PAGE_SIZE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return r.name
        if col == 1:
            return mask(r.nik) if self._mask else r.nik
        if col == 2:
            return r.sex
        if col == 3:
            return format_date(r.birth_date)
        if col == 4:
            return regency_name(r.regency_code)
        return r.phone

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class TraineesPage(Page):
    icon_name = "trainees"

    def title(self) -> str:
        return self.tr("Peserta")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.search = QLineEdit(placeholderText=self.tr("Cari nama, NIK atau nomor HP…"))
        self.search.setClearButtonEnabled(True)
        self.layout_.addWidget(self.search)
        self.model = TraineeListModel(ctx.db, mask_nik=not ctx.can(Action.VIEW_FULL_NIK))
        self.view = make_table(self.model)
        self.layout_.addWidget(self.view, 1)
        # Wait for a pause in typing so a fast typist does not queue a query per key.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._debounce.start)

    def _run_search(self) -> None:
        self.model.search(self.search.text())

    def refresh(self) -> None:
        self.subtitle_label.setText(self.tr("Daftar semua pendaftar dan peserta pelatihan."))
        self._run_search()
        self.view.setColumnWidth(0, 260)
        self.view.setColumnWidth(1, 170)
        self.view.setColumnWidth(2, 50)
        self.view.setColumnWidth(3, 150)
        self.view.setColumnWidth(4, 200)
