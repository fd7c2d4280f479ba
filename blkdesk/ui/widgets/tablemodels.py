"""Table models shared by the pages."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_NUMERIC = (int, float)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SHOWN = frozenset({_DISPLAY, int(Qt.ItemDataRole.TextAlignmentRole)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    """A read-only list of rows small enough to hold (programmes, batches, users, logs).

    `columns` is a list of (header, getter); getters turn a row into the shown value.
    """

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Sizing a column asks each cell for a dozen roles: answer the ones that are not shown
        # before running the getter, which is what makes a long list slow to size.
        if role not in _SHOWN or not index.isValid():
            return None
        value = self._columns[index.column()][1](self._rows[index.row()])
        if role == _DISPLAY:
            return "" if value is None else str(value)
        if isinstance(value, _NUMERIC):
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None
