"""Pelatihan & Angkatan: the programme catalogue and the batches."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget

from blkdesk.core import listings
from blkdesk.core.clock import format_date
from blkdesk.ui.pages.base import Page, make_table
from blkdesk.ui.tablemodels import RowsModel

STATUS_LABELS = {
    "direncanakan": "Direncanakan",
    "berjalan": "Berjalan",
    "selesai": "Selesai",
    "ditutup": "Ditutup",
}


class TrainingPage(Page):
    icon_name = "training"

    def title(self) -> str:
        return self.tr("Pelatihan & Angkatan")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        tabs = QTabWidget()
        self.program_model = RowsModel(
            [
                (self.tr("Kejuruan"), lambda r: r.vocation),
                (self.tr("Kode"), lambda r: r.code),
                (self.tr("Program"), lambda r: r.name),
                (self.tr("JP"), lambda r: r.total_jp),
                (self.tr("Unit kompetensi"), lambda r: r.units),
                (
                    self.tr("Status"),
                    lambda r: self.tr("Aktif") if r.active else self.tr("Nonaktif"),
                ),
            ]
        )
        self.program_view = make_table(self.program_model)
        self.batch_model = RowsModel(
            [
                (self.tr("Angkatan"), lambda r: r.name),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Mulai"), lambda r: format_date(r.start)),
                (self.tr("Selesai"), lambda r: format_date(r.end)),
                (self.tr("Hari"), lambda r: r.training_days),
                (self.tr("Peserta"), lambda r: f"{r.participants}/{r.capacity}"),
                (self.tr("Status"), lambda r: STATUS_LABELS.get(r.status, r.status)),
            ]
        )
        self.batch_view = make_table(self.batch_model)
        tabs.addTab(self.batch_view, self.tr("Angkatan"))
        tabs.addTab(self.program_view, self.tr("Program pelatihan"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(tabs)
        self.layout_.addWidget(splitter, 1)

    def _program_status(self, row: listings.ProgramRow) -> str:
        return self.tr("Aktif") if row.active else self.tr("Nonaktif")

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            programs = listings.programs(session)
            batches = listings.batches(session)
        self.subtitle_label.setText(
            self.tr("{programs} program, {batches} angkatan").format(
                programs=len(programs), batches=len(batches)
            )
        )
        self.program_model.set_rows(programs)
        self.batch_model.set_rows(batches)
        for view in (self.program_view, self.batch_view):
            view.resizeColumnsToContents()
