"""Pendanaan ganda: people selected as participants by more than one BLK in the same year, per
year, with every training behind a case."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from blkdesk.core.changes import Kind
from blkdesk.core.permissions import Action
from blkdesk.core.province import double_funding
from blkdesk.core.registry.nik import mask
from blkdesk.ui.dates import format_date
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


class DoubleFundingPage(Page):
    icon_name = "double_funding"
    shows = frozenset({Kind.TRAINEES, Kind.BATCHES, Kind.INSTITUTIONS})

    def title(self) -> str:
        return self.tr("Pendanaan Ganda")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.subtitle_label.setText(
            self.tr(
                "NIK yang dilatih lebih dari satu BLK pada tahun yang sama, dari data yang "
                "sudah digabung. Pilih satu kasus untuk melihat pelatihannya."
            )
        )
        self.year = QComboBox()
        self.year.setMinimumWidth(160)
        self.year.currentIndexChanged.connect(self._load_cases)
        self.actions_row.addWidget(QLabel(self.tr("Tahun")))
        self.actions_row.addWidget(self.year)
        show_nik = ctx.can(Action.VIEW_FULL_NIK)
        self.cases_model = RowsModel([
            (self.tr("Tahun"), lambda c: c.year),
            (self.tr("NIK"), lambda c: c.nik if show_nik else mask(c.nik)),
            (self.tr("Nama"), lambda c: c.name),
            (self.tr("Jumlah BLK"), lambda c: len({t.inst_code for t in c.trainings})),
            (self.tr("Lembaga"), lambda c: "; ".join(c.institutions)),
        ])  # fmt: skip
        self.cases = make_table(self.cases_model)
        self.cases.selectionModel().currentRowChanged.connect(self._show_case)
        self.trainings_model = RowsModel([
            (self.tr("Lembaga"), lambda t: t.institution),
            (self.tr("Program"), lambda t: t.program),
            (self.tr("Angkatan"), lambda t: t.batch),
            (self.tr("Mulai"), lambda t: format_date(t.start)),
            (self.tr("Selesai"), lambda t: format_date(t.end) if t.end else ""),
            (self.tr("Sumber dana"), lambda t: t.funding),
        ])  # fmt: skip
        self.trainings = make_table(self.trainings_model)
        self.count = QLabel()
        self.count.setObjectName("PageSubtitle")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("PanelTitle")
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 8, 0, 0)
        lower_box.addWidget(self.detail_title)
        lower_box.addWidget(self.trainings, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.cases)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.layout_.addWidget(self.count)
        self.layout_.addWidget(split, 1)
        self.shown: list[double_funding.Case] = []

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            years = double_funding.years(session)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Semua tahun"), None)
        for year in years:
            self.year.addItem(str(year), year)
        index = self.year.findData(chosen)
        self.year.setCurrentIndex(max(0, index))
        self.year.blockSignals(False)
        self._load_cases()

    def _load_cases(self) -> None:
        with self.ctx.db.session() as session:
            self.shown = double_funding.cases(session, self.year.currentData())
        self.cases_model.set_rows(self.shown)
        self.cases.resizeColumnsToContents()
        self.count.setText(
            self.tr("%Ln kasus pendanaan ganda", "", len(self.shown))
            if self.shown
            else self.tr("Tidak ada NIK yang dilatih dua BLK pada tahun yang sama.")
        )
        if self.shown:
            self.cases.selectRow(0)
        else:
            self.trainings_model.set_rows([])
            self.detail_title.clear()

    def _show_case(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            return
        case: double_funding.Case = self.cases_model.row_object(current.row())
        self.detail_title.setText(
            self.tr("{name}: {n} pelatihan pada {year}").format(
                name=case.name, n=len(case.trainings), year=case.year
            )
        )
        self.trainings_model.set_rows(case.trainings)
        self.trainings.resizeColumnsToContents()
