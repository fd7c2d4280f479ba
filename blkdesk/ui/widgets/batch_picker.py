"""The batch chooser of Kehadiran and Penilaian & Sertifikat: "Angkatan", the batches newest
first, and "Termasuk yang ditutup" to list the closed ones too."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from blkdesk.core.reporting import listings
from blkdesk.core.reporting.listings import BatchChoice
from blkdesk.core.storage.db import Database
from blkdesk.core.training.batches import ALL_STATUSES, OPEN_STATUSES, STATUS_LABELS
from blkdesk.ui.dates import format_date
from blkdesk.ui.screens.training.labels import tl
from blkdesk.ui.widgets.eliding_combo import ElidingComboBox


class BatchPicker(QWidget):
    # The chosen batch's id, or None when there is none: after every change of choice and after
    # every load, so the page re-reads what it shows of the batch.
    chosen = Signal(object)
    # A batch was picked from the open list (Enter or a click): the page may move on to its grid.
    activated = Signal()
    # "Termasuk yang ditutup" was toggled: the page loads the list again.
    closed_toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._titles: dict[int, str] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Angkatan"))
        row.addWidget(label)
        # A long label (English, a narrow window) ends in "…" and is whole in the tooltip.
        self.combo = ElidingComboBox()
        label.setBuddy(self.combo)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(18)
        self.combo.currentIndexChanged.connect(self._changed)
        self.combo.activated.connect(lambda _index: self.activated.emit())
        row.addWidget(self.combo, 1)
        self.show_closed = QCheckBox(self.tr("Termasuk yang ditutup"))
        self.show_closed.toggled.connect(lambda _checked: self.closed_toggled.emit())
        row.addWidget(self.show_closed)
        self.setFocusProxy(self.combo)

    def load(
        self,
        db: Database,
        *,
        accept: Callable[[BatchChoice], bool] | None = None,
        prefix: Callable[[BatchChoice], str] | None = None,
    ) -> None:
        """List the batches again (the open ones, or all), keeping the one chosen when it is
        still there, else the newest; `accept` filters and `prefix` heads each entry (the
        province's BLK name)."""
        statuses = ALL_STATUSES if self.show_closed.isChecked() else OPEN_STATUSES
        with db.session() as session:
            rows = listings.batch_choices(session, statuses)
        if accept is not None:
            rows = [r for r in rows if accept(r)]
        keep = self.current()
        self._loading = True
        self.combo.clear()
        self._titles = {}
        # Translated once, not once per batch: ten years hold thousands.
        pattern = self.tr("{name} · {program} · {start} – {end} · {status}")
        status_names = {code: tl(label) for code, label in STATUS_LABELS.items()}
        shown: dict[date | None, str] = {None: "…"}  # each date written once: batches share them
        for row in rows:
            for day in (row.start, row.end):
                if day not in shown:
                    shown[day] = format_date(day)
            label = pattern.format(
                name=row.name, program=row.program, start=shown[row.start], end=shown[row.end],
                status=status_names.get(row.status, row.status),
            )  # fmt: skip
            if prefix is not None:
                label = f"{prefix(row)} · {label}"
            self.combo.addItem(label, row.id)
            self._titles[row.id] = f"{row.name} {row.program}"
        self._loading = False
        position = self.combo.findData(keep) if keep is not None else -1
        self.combo.setCurrentIndex(max(position, 0) if rows else -1)
        self.chosen.emit(self.current())

    def current(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def title(self, batch_id: int | None) -> str:
        """The batch's name and programme, e.g. for a print job: "IV/2026 Juru Las"."""
        return self._titles.get(batch_id, "") if batch_id is not None else ""

    def select(self, batch_id: int) -> None:
        """Choose `batch_id`, listing the closed batches too when it is one of them."""
        if self.combo.findData(batch_id) < 0 and not self.show_closed.isChecked():
            self.show_closed.setChecked(True)  # the page loads the list again
        self.combo.setCurrentIndex(self.combo.findData(batch_id))

    def _changed(self, _index: int) -> None:
        if not self._loading:
            self.chosen.emit(self.current())
