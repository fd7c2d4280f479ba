"""Kehadiran: batches whose daily attendance is being keyed."""

from typing import Any

from blkdesk.core import listings
from blkdesk.core.clock import format_date
from blkdesk.ui.pages.base import Page, make_table
from blkdesk.ui.pages.training import STATUS_LABELS
from blkdesk.ui.tablemodels import RowsModel


def _keyed(row: listings.BatchRow) -> str:
    expected = row.training_days * row.participants
    if not expected:
        return "–"
    return f"{100 * row.marks / expected:.0f} %"


class AttendancePage(Page):
    icon_name = "attendance"

    def title(self) -> str:
        return self.tr("Kehadiran")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.model = RowsModel(
            [
                (self.tr("Angkatan"), lambda r: r.name),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Mulai"), lambda r: format_date(r.start)),
                (self.tr("Selesai"), lambda r: format_date(r.end)),
                (self.tr("Peserta"), lambda r: r.participants),
                (self.tr("Hari pelatihan"), lambda r: r.training_days),
                (self.tr("Presensi terisi"), _keyed),
                (self.tr("Status"), lambda r: STATUS_LABELS.get(r.status, r.status)),
            ]
        )
        self.view = make_table(self.model)
        self.layout_.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr("Angkatan yang berjalan dan yang baru selesai, dengan kelengkapan presensinya.")
        )
        with self.ctx.db.session() as session:
            rows = listings.batches(session, ("berjalan", "selesai"))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
