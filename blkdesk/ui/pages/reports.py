"""Laporan & Sinkronisasi: what has been sent to the province, and when."""

from typing import Any

from blkdesk.core import listings
from blkdesk.core.clock import format_datetime_local
from blkdesk.ui.pages.base import Page, make_table
from blkdesk.ui.tablemodels import RowsModel


class ReportsPage(Page):
    icon_name = "reports"

    def title(self) -> str:
        return self.tr("Laporan & Sinkronisasi")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.model = RowsModel(
            [
                (self.tr("Waktu"), lambda r: format_datetime_local(r.at)),
                (self.tr("Jenis"), lambda r: r.kind),
                (self.tr("Periode"), lambda r: r.period),
                (self.tr("Oleh"), lambda r: r.user_name),
                (self.tr("Berkas"), lambda r: r.path),
            ]
        )
        self.view = make_table(self.model)
        self.layout_.addWidget(self.view, 1)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = listings.export_log(session)
        if rows:
            self.subtitle_label.setText(self.tr("Riwayat berkas yang dikirim ke provinsi."))
        else:
            self.subtitle_label.setText(
                self.tr(
                    "Belum ada laporan atau berkas sinkronisasi yang diekspor dari database ini."
                )
            )
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
