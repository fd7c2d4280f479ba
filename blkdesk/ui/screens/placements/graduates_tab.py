"""Every graduate, searchable, with the placement records of the one selected."""

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.permissions import Action
from blkdesk.core.placement import placements
from blkdesk.core.refdata import PLACEMENT_SOURCES
from blkdesk.core.registry.contact import dialling_format, mask_phone
from blkdesk.core.registry.nik import mask
from blkdesk.ui.actions import act
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.labels import as_shown
from blkdesk.ui.screens.placements.form import outcome_label
from blkdesk.ui.screens.placements.placement_dialog import PlacementDialog
from blkdesk.ui.screens.province.lembaga import InstitutionFilter
from blkdesk.ui.widgets.columns import FittedColumns
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.page import make_table, navigate_from
from blkdesk.ui.widgets.tablemodels import RowsModel


class GraduatesTab(QWidget):
    """Every graduate, searchable, with the placement records of the one selected."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        can = ctx.can(Action.RECORD_PLACEMENT)
        masked = not ctx.can(Action.VIEW_FULL_NIK)
        phone = dialling_format if ctx.can(Action.VIEW_CONTACTS) else mask_phone
        self.search = QLineEdit(placeholderText=self.tr("Cari lulusan: nama, NIK atau nomor HP…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.institution_filter = InstitutionFilter(ctx.province)
        self.institution_filter.currentIndexChanged.connect(lambda _i: self.reload())
        owner = [(self.tr("Lembaga"), lambda r: self.institution_filter.name(r.inst_code))]
        columns = [
            *(owner if ctx.province else []),
            (self.tr("Nama"), lambda r: r.name),
            (self.tr("NIK"), lambda r: mask(r.nik) if masked else r.nik),
            (self.tr("No. HP"), lambda r: phone(r.phone)),
            (self.tr("Program"), lambda r: r.program),
            (self.tr("Angkatan"), lambda r: r.batch),
            (self.tr("Selesai"), lambda r: format_date(r.end_date)),
            # When it was recorded, the history below says: the list fits 1366 pixels.
            (self.tr("Penempatan terakhir"), lambda r: outcome_label(r.latest_outcome)),
        ]
        self.model = RowsModel(columns)
        self.view = make_table(self.model)
        # Words give way to fit the width; the NIK, the number and the date are kept whole.
        words = {self.tr("Lembaga"), self.tr("Nama"), self.tr("Program"), self.tr("Angkatan"),
                 self.tr("Penempatan terakhir")}  # fmt: skip
        self.columns = FittedColumns(
            self.view, first=[i for i, (title, _) in enumerate(columns) if title in words]
        )
        self.view.selectionModel().currentRowChanged.connect(self._graduate_changed)
        self.history_model = RowsModel(
            [
                (self.tr("Dicatat"), lambda p: format_date(p.recorded_on)),
                (self.tr("Hasil"), lambda p: outcome_label(p.outcome)),
                (self.tr("Perusahaan / usaha"), lambda p: p.employer),
                (self.tr("Sektor"), lambda p: p.sector),
                (self.tr("Negara tujuan"), lambda p: p.destination_country),
                (self.tr("Mulai bekerja"), lambda p: format_date(p.start_date)),
                (self.tr("Sumber"), lambda p: as_shown(PLACEMENT_SOURCES.get(p.source, p.source))),
                (self.tr("Catatan"), lambda p: p.notes),
            ]
        )
        self.history_view = make_table(self.history_model)
        self.history_columns = FittedColumns(self.history_view)
        self.history_view.doubleClicked.connect(self.edit)
        self.add_button = QPushButton(self.tr("Catat penempatan…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("Hapus…"))
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(can)
        buttons = QHBoxLayout()
        self.history_title = QLabel()
        self.history_title.setObjectName("PanelTitle")
        buttons.addWidget(self.history_title, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addLayout(buttons)
        lower_box.addWidget(self.history_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.institution_filter)
        box.addLayout(search_row)
        box.addWidget(splitter, 1)
        # Over the list and the history together: with no graduate both are empty.
        self.hint = EmptyHint(splitter)
        self.graduates: list[placements.GraduateRow] = []
        self._graduate_changed()

    def _to_certificates(self) -> None:
        from blkdesk.ui import screens

        navigate_from(self, screens.CertificatesPage)

    def reload(self) -> None:
        if self.ctx.province and self.institution_filter.count() == 1:
            self.institution_filter.load(self.ctx.db, self.ctx.institution_code)
        chosen = self.current()
        with self.ctx.db.session() as session:
            self.graduates = placements.graduates(
                session, self.search.text(), inst_code=self.institution_filter.currentData()
            )
        self.model.set_rows(self.graduates)
        self.columns.measure()
        self.hint.show_if(
            not self.graduates and not self.search.text(),
            self.tr("Belum ada lulusan"),
            self.tr("Lulusan tampil di sini setelah angkatannya selesai dan kelulusannya "
                    "diputuskan di Penilaian & Sertifikat. Penempatan mereka dicatat sesudahnya, "
                    "juga berbulan-bulan kemudian."),
            [(self.tr("Buka Penilaian & Sertifikat"), self._to_certificates)],
        )  # fmt: skip
        row = next(
            (i for i, g in enumerate(self.graduates)
             if chosen is not None and g.enrollment_id == chosen.enrollment_id),
            0 if self.graduates else -1,
        )  # fmt: skip
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._graduate_changed()

    def current(self) -> placements.GraduateRow | None:
        row = self.view.selectionModel().currentIndex().row()
        return self.graduates[row] if 0 <= row < len(self.graduates) else None

    def _graduate_changed(self) -> None:
        graduate = self.current()
        history: list[Any] = []
        if graduate is not None:
            with self.ctx.db.session() as session:
                history = placements.history(session, graduate.trainee_id)
            self.history_title.setText(
                self.tr("Riwayat penempatan {name}").format(name=graduate.name)
            )
        else:
            self.history_title.setText(self.tr("Pilih lulusan untuk melihat riwayatnya."))
        self.history_model.set_rows(history)
        self.history_columns.measure()
        self.add_button.setEnabled(graduate is not None)
        self.edit_button.setEnabled(bool(history))
        self.remove_button.setEnabled(bool(history))

    def _selected_placement(self) -> Any:
        row = self.history_view.selectionModel().currentIndex().row()
        if row < 0 and self.history_model.rowCount():
            row = 0
        return self.history_model.row_object(row) if row >= 0 else None

    def add(self) -> PlacementDialog | None:
        graduate = self.current()
        if graduate is None:
            return None
        dialog = PlacementDialog(
            self.ctx, self, graduate.name, enrollment_id=graduate.enrollment_id
        )
        dialog.open()
        return dialog

    def edit(self) -> PlacementDialog | None:
        graduate, placement = self.current(), self._selected_placement()
        if graduate is None or placement is None or not self.ctx.can(Action.RECORD_PLACEMENT):
            return None
        dialog = PlacementDialog(self.ctx, self, graduate.name, placement_id=placement.id)
        dialog.open()
        return dialog

    def remove(self) -> None:
        placement = self._selected_placement()
        if placement is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Hapus catatan penempatan"),
            self.tr("Alasan menghapus catatan {date} ({outcome}):").format(
                date=format_date(placement.recorded_on), outcome=outcome_label(placement.outcome)
            ),
        )
        if not ok:
            return
        act(
            self, self.ctx, lambda s: placements.remove(s, self.ctx.actor, placement.id, reason),
            Changes.of(Kind.PLACEMENTS), title=self.tr("Tidak dapat dihapus"),
        )  # fmt: skip
