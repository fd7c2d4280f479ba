"""Penilaian & Sertifikat: finished batches, their results and certificates."""

from typing import Any

from blkdesk.core import listings
from blkdesk.core.clock import format_date
from blkdesk.ui.pages.base import Page, make_table
from blkdesk.ui.pages.training import STATUS_LABELS
from blkdesk.ui.tablemodels import RowsModel


class CertificatesPage(Page):
    icon_name = "certificates"

    def title(self) -> str:
        return self.tr("Penilaian & Sertifikat")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.model = RowsModel(
            [
                (self.tr("Angkatan"), lambda r: r.name),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Selesai"), lambda r: format_date(r.end)),
                (self.tr("Peserta"), lambda r: r.participants),
                (self.tr("Sertifikat terbit"), lambda r: r.certificates),
                (self.tr("Status"), lambda r: STATUS_LABELS.get(r.status, r.status)),
            ]
        )
        self.view = make_table(self.model)
        self.layout_.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr("Angkatan yang sedang dinilai atau sudah selesai, dengan sertifikatnya.")
        )
        with self.ctx.db.session() as session:
            rows = listings.batches(session, ("berjalan", "selesai", "ditutup"))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
