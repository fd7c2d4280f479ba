"""The applicants of one batch as a table: who they are, the eligibility verdict, the status."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from blkdesk.core.clock import age_on
from blkdesk.core.refdata import ENROLLMENT_STATUSES
from blkdesk.core.registry.nik import mask
from blkdesk.core.sentences import spoken
from blkdesk.core.statuses import EnrollmentStatus
from blkdesk.core.training.selection import ApplicantRow
from blkdesk.ui.dates import format_date
from blkdesk.ui.labels import as_shown
from blkdesk.ui.screens.training.labels import tl
from blkdesk.ui.style import ERROR, OK

Index = QModelIndex | QPersistentModelIndex
RULE_SHORT = {"age": "usia", "education": "pendidikan", "domicile": "domisili", "extra": "lainnya"}
STATUS_COLORS = {"peserta": OK, "tidak_lulus_seleksi": ERROR, "mengundurkan_diri": "#667085"}


class ApplicantsModel(QAbstractTableModel):
    def __init__(self, mask_nik: bool) -> None:
        super().__init__()
        self._mask = mask_nik
        self.rows: list[ApplicantRow] = []
        self._headers = [
            self.tr("Nama"), self.tr("NIK"), self.tr("L/P"), self.tr("Usia"), self.tr("Syarat"),
            self.tr("Status"), self.tr("Keterangan"),
        ]  # fmt: skip
        self._start = None

    def set_rows(self, rows: list[ApplicantRow], start: Any) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._start = start
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _verdict(self, row: ApplicantRow) -> str:
        failed = row.failed_checks
        if not failed:
            return self.tr("✓ Memenuhi")
        names = ", ".join(tl(RULE_SHORT.get(c.rule, c.rule)) for c in failed)
        return self.tr("✗ Tidak: {rules}").format(rules=names)

    def _note(self, row: ApplicantRow) -> str:
        if row.status == EnrollmentStatus.WITHDRAWN:
            return f"{format_date(row.status_changed_on)}: {row.withdraw_reason}"
        if row.status_changed_on is not None and row.status != EnrollmentStatus.APPLICANT:
            return format_date(row.status_changed_on)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.name
            if col == 1:
                return mask(row.nik) if self._mask else row.nik
            if col == 2:
                return as_shown(row.sex)
            if col == 3:
                return str(age_on(row.birth_date, self._start)) if self._start else ""
            if col == 4:
                return self._verdict(row)
            if col == 5:
                return tl(ENROLLMENT_STATUSES.get(row.status, row.status))
            return self._note(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 4:
                return QColor(OK if row.eligible else ERROR)
            if col == 5 and row.status in STATUS_COLORS:
                return QColor(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return "\n".join(
                f"{'✓' if c.passed else '✗' if c.passed is False else '?'} "
                f"{spoken(c.label)}: {spoken(c.detail)}"
                for c in row.checks
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
