"""Laporan & Sinkronisasi: the monthly report, the sync workbook, the province's merge, the log."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.failures import cause
from blkdesk.core.permissions import Action
from blkdesk.core.progress import Progress
from blkdesk.core.registry.nik import mask
from blkdesk.core.reporting import listings
from blkdesk.core.sentences import spoken
from blkdesk.exchange import monthly_report
from blkdesk.ui.actions import act_in_background, in_background
from blkdesk.ui.dates import format_date, format_datetime_local, month_names, period_name
from blkdesk.ui.labels import as_shown
from blkdesk.ui.language import grouped
from blkdesk.ui.screens.province.blks import MERGED, monthly_lines
from blkdesk.ui.widgets.charts import BarChart, sex_series
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import Index, RowsModel

if TYPE_CHECKING:  # Excel, the merge and printing load in the actions that use them
    from blkdesk.exchange import merge, monthly_workbook, sync_export
    from blkdesk.exchange.province_intake import IntakeReport


def _previous_month(day: date) -> date:
    first = day.replace(day=1)
    return date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _RekapModel(RowsModel):
    """The preview table: each line's programme (or subtotal) is its row header, which stays in
    sight while the clerk scrolls through forty columns of figures; subtotal and total lines in
    bold, as in the workbook."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return _bold() if self.row_object(index.row()).bold else None
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            line = self.row_object(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return line.shown
            if role == Qt.ItemDataRole.FontRole and line.bold:
                return _bold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return line.label
            return None
        return super().headerData(section, orientation, role)


class _RekapLine:
    """One line of the preview: a programme, a subtotal or the grand total."""

    def __init__(self, label: str, values: dict[str, int], bold: bool = False) -> None:
        self.label = label
        self.shown = label  # cut to the row header's width, with "…"
        self.values = values
        self.bold = bold


class ReportsPage(Page):
    icon_name = "reports"
    shows = frozenset({Kind.EXPORTS})

    def title(self) -> str:
        return self.tr("Laporan & Sinkronisasi")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.report: monthly_report.MonthlyReport | None = None
        self.merge_report: merge.MergeReport | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._monthly_tab(), self.tr("Laporan bulanan"))
        self.tabs.addTab(self._sync_tab(), self.tr("Berkas sinkronisasi"))
        if ctx.can(Action.MERGE_SYNC):
            self.tabs.addTab(self._merge_tab(), self.tr("Penggabungan (provinsi)"))
        self.tabs.addTab(self._log_tab(), self.tr("Riwayat ekspor"))
        self.layout_.addWidget(self.tabs, 1)

    # ---- monthly report -------------------------------------------------------------------

    def _monthly_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Bulan")))
        self.month_combo = QComboBox()
        self.month_combo.addItems(list(month_names()))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        start = _previous_month(today())
        self.month_combo.setCurrentIndex(start.month - 1)
        self.year_spin.setValue(start.year)
        row.addWidget(self.month_combo)
        row.addWidget(self.year_spin)
        self.preview_button = QPushButton(self.tr("Tampilkan rekap"))
        self.preview_button.clicked.connect(self.preview)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        self.mask_check = QCheckBox(self.tr("Samarkan NIK"))
        self.mask_check.setToolTip(
            self.tr("Sembunyikan tanggal lahir dan nomor urut NIK di berkas yang dikirim.")
        )
        # The report leaves the office, so its lists are masked unless the clerk asks otherwise
        # (UU PDP: no more than the purpose needs; the province's figures need no full NIK).
        self.mask_check.setChecked(True)
        self.mask_check.setEnabled(self.ctx.can(Action.VIEW_FULL_NIK))
        self.mask_check.setVisible(self.ctx.can(Action.EXPORT_REPORTS))  # it goes with Simpan
        self.save_button = QPushButton(self.tr("Simpan laporan…"))
        self.save_button.setEnabled(False)
        self.save_button.setVisible(self.ctx.can(Action.EXPORT_REPORTS))
        self.save_button.clicked.connect(self.save_monthly)
        box.addLayout(row)
        self.month_combo.currentIndexChanged.connect(self._month_changed)
        self.year_spin.valueChanged.connect(self._month_changed)
        self.monthly_summary = QLabel()
        self.monthly_summary.setWordWrap(True)
        box.addWidget(self.monthly_summary)
        self.rekap_model = _RekapModel([])
        self.rekap_view = make_table(self.rekap_model)
        rows = self.rekap_view.verticalHeader()
        rows.show()  # the programme names, which stay in sight while the figures scroll
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.chart = BarChart(
            self.tr("Tidak ada peserta aktif pada bulan ini."), grouped=True, clickable=False
        )
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_title = QLabel(self.tr("Peserta aktif menurut kejuruan dan jenis kelamin"))
        chart_title.setObjectName("SectionTitle")
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart, 1)
        # Table and chart take turns on the whole width: forty columns of figures beside a
        # chart left the table cut off even on a maximised window.
        self.rekap_stack = QStackedWidget()
        self.rekap_stack.addWidget(self.rekap_view)
        self.rekap_stack.addWidget(chart_box)
        self.table_button = QPushButton(self.tr("Tabel"))
        self.chart_button = QPushButton(self.tr("Grafik"))
        views = QButtonGroup(tab)
        for i, button in enumerate((self.table_button, self.chart_button)):
            button.setCheckable(True)
            views.addButton(button, i)
            row.addWidget(button)
        self.table_button.setChecked(True)
        views.idClicked.connect(self.rekap_stack.setCurrentIndex)
        box.addWidget(self.rekap_stack, 1)
        self.monthly_status = QLabel()
        self.monthly_status.setWordWrap(True)
        self.monthly_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Saving sits under the preview it saves.
        save_row = QHBoxLayout()
        save_row.addWidget(self.monthly_status, 1)
        save_row.addWidget(self.mask_check)
        save_row.addWidget(self.save_button)
        box.addLayout(save_row)
        return tab

    def chosen_month(self) -> date:
        return date(self.year_spin.value(), self.month_combo.currentIndex() + 1, 1)

    def _month_changed(self) -> None:
        self.report = None
        self.save_button.setEnabled(False)
        self.monthly_status.clear()
        self.preview()

    def preview(self) -> None:
        month = self.chosen_month()
        db = self.ctx.db

        def work(progress: Progress) -> monthly_report.MonthlyReport:
            progress.update(0, 0, self.tr("Menghitung rekap…"))
            with db.session() as session:
                return monthly_report.build_report(session, month)

        self.preview_button.setEnabled(False)
        task = in_background(
            self, self.tr("Rekap bulanan"), work, then=self._show_report,
            refused=lambda error: self.monthly_summary.setText(error.message),
        )  # fmt: skip
        task.finished.connect(lambda: self.preview_button.setEnabled(True))

    def _show_report(self, report: monthly_report.MonthlyReport) -> None:
        if report.first != self.chosen_month():
            return  # the clerk picked another month meanwhile; its preview is on its way
        self.report = report
        totals = report.totals
        placements = sum(v for k, v in totals.items() if k.startswith("place_"))
        # Each count says its own noun (%Ln: "1 batch running", "2 batches running" in English).
        self.monthly_summary.setText(
            self.tr(
                "{period}: {batches}, {active} ({men} L, {women} P), {new} baru, {finished} "
                "selesai, {passed} lulus; {certs}; {placements}."
            ).format(
                period=period_name(f"{report.first:%Y-%m}"),
                batches=self.tr("%Ln angkatan berjalan", "", totals["batches"]),
                active=self.tr("%Ln peserta aktif", "", totals["active_T"]),
                men=grouped(totals["active_L"]),
                women=grouped(totals["active_P"]),
                new=grouped(totals["new_T"]),
                finished=grouped(totals["finished_T"]),
                passed=grouped(totals["lulus_T"]),
                certs=self.tr(
                    "%Ln sertifikat terbit",
                    "",
                    totals["cert_sertifikat"] + totals["cert_surat_keterangan"],
                ),
                placements=self.tr("%Ln penempatan dicatat", "", placements),
            )
        )
        if report.consolidated:
            # Youth and migrant-worker candidates are the province's focus (with women, in
            # "P" above): in the table they sit thirty columns to the right.
            youth = totals.get("age_15–24", 0) + totals.get("age_25–29", 0)
            self.monthly_summary.setText(
                self.monthly_summary.text()
                + " "
                + self.tr("Dari peserta aktif: {youth} berusia 15–29, {pmi}.").format(
                    youth=grouped(youth),
                    pmi=self.tr("%Ln calon PMI", "", totals.get("pmi_T", 0)),
                )
            )
        self._fill_rekap(report)
        self._fill_chart(report.by_vocation_and_sex())
        self.save_button.setEnabled(bool(report.rows))

    def _fill_chart(self, rows: list[tuple[str, int, int]]) -> None:
        """Two bars per vocation: its active men and women."""
        self.chart.set_data(
            [(vocation, vocation) for vocation, _men, _women in rows],
            sex_series(),
            {(vocation, "L"): men for vocation, men, _women in rows}
            | {(vocation, "P"): women for vocation, _men, women in rows},
        )

    def _fill_rekap(self, report: monthly_report.MonthlyReport) -> None:
        columns: list[tuple[str, Any]] = []
        for group in report.groups:
            title = as_shown(group.title)
            for col in group.columns:
                header = title if len(group.columns) == 1 else f"{title}\n{as_shown(col.header)}"
                # A BLK's heading line has no figures: its cells stay blank, not 0.
                columns.append((header, lambda r, k=col.key: r.values.get(k)))
        lines: list[_RekapLine] = []
        current: str | None = None
        members: list[monthly_report.RekapRow] = []

        def close_group() -> None:
            if current is None:
                return
            label = self.tr("Jumlah {group}").format(group=current)
            values = {c.key: sum(report.value(m, c) for m in members) for c in report.columns}
            lines.append(_RekapLine(label, values, bold=True))

        for row in report.rows:
            if row.group != current:
                close_group()
                current, members = row.group, []
                if report.consolidated:
                    # The lines below are that BLK's programmes; say whose before them, not
                    # only on the subtotal line after them.
                    lines.append(_RekapLine(row.group, {}, bold=True))
            members.append(row)
            label = f"{row.vocation} · {row.program}" if row.program else row.vocation
            lines.append(_RekapLine(label, {c.key: report.value(row, c) for c in report.columns}))
        close_group()
        lines.append(_RekapLine(self.tr("JUMLAH SELURUHNYA"), report.totals, bold=True))
        # The row headers draw in bold (the stylesheet); a name longer than they are wide ends
        # in "…" and shows whole in its tooltip.
        font = QFont(self.rekap_view.verticalHeader().font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        for line in lines:
            line.shown = metrics.elidedText(line.label, Qt.TextElideMode.ElideRight, 270)
        self.rekap_model = _RekapModel(columns)
        self.rekap_model.set_rows(lines)
        self.rekap_view.setModel(self.rekap_model)
        self.rekap_view.resizeColumnsToContents()
        self.rekap_view.horizontalHeader().setMinimumSectionSize(36)

    def save_monthly(self) -> None:
        report = self.report
        if report is None:
            return
        name = f"Laporan-Bulanan-{self.ctx.institution_code}-{report.first:%Y-%m}.xlsx"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan bulanan"), str(Path.home() / name),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if not target:
            return
        db, actor, masked = self.ctx.db, self.ctx.actor, self.mask_check.isChecked()

        def work(progress: Progress) -> "monthly_workbook.MonthlyExport":
            from blkdesk.exchange import monthly_workbook

            return monthly_workbook.export_monthly(
                db, actor, report.first, Path(target), mask_nik=masked, report=report,
                progress=progress,
            )  # fmt: skip

        act_in_background(
            self, self.ctx, self.tr("Menyimpan laporan bulanan"), work, Changes.of(Kind.EXPORTS),
            then=self._monthly_saved,
        )  # fmt: skip

    def _monthly_saved(self, result: "monthly_workbook.MonthlyExport") -> None:
        text = self.tr("Laporan {period} tersimpan: {path}").format(
            period=result.report.period_label, path=result.path
        )
        if result.report.consolidated:
            # The province's head reads the one-page summary; it goes beside the workbook.
            pdf = result.path.with_suffix(".pdf")
            from blkdesk.printing.province_summary import write_summary_pdf

            # Each file on its own line: after a path, a space ran on into the next sentence
            # ("….xlsx Ringkasan satu halaman: …").
            try:
                write_summary_pdf(result.report, pdf)
            except OSError as exc:
                text += "\n" + self.tr("Ringkasan PDF gagal ditulis: {error}.").format(
                    error=spoken(cause(exc))
                )
            else:
                text += "\n" + self.tr("Ringkasan satu halaman: {path}").format(path=pdf)
        self.monthly_status.setText(text)
        self._load_log()

    # ---- sync workbook --------------------------------------------------------------------

    def _sync_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "Berkas sinkronisasi berisi data rekaman BLK (peserta, angkatan, kehadiran, "
                "penilaian, sertifikat, penempatan) untuk digabung di Disnakertrans provinsi. "
                "Yang tidak dibutuhkan provinsi tetap di BLK (UU 27/2022): catatan kehadiran "
                "dan catatan lain, agama, status perkawinan, nomor KK, tempat lahir, alamat "
                "jalan dan RT/RW, nomor AK/1, paspor, nama wali. "
                "Setiap lembar membawa kode pengaman yang dihitung dari isinya: bila berkas "
                "diubah sesudah diekspor, provinsi menolaknya."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.sync_intro = intro
        self.last_sync_label = QLabel()
        box.addWidget(self.last_sync_label)
        self.delta_radio = QRadioButton(
            self.tr("Hanya perubahan sejak ekspor sinkronisasi terakhir")
        )
        self.full_radio = QRadioButton(self.tr("Semua data (lengkap)"))
        self.delta_radio.setChecked(True)
        group = QButtonGroup(tab)
        group.addButton(self.delta_radio)
        group.addButton(self.full_radio)
        box.addWidget(self.delta_radio)
        box.addWidget(self.full_radio)
        # The choice belongs to the export: who may not export reads what the file holds.
        for choice in (self.delta_radio, self.full_radio):
            choice.setVisible(self.ctx.can(Action.EXPORT_REPORTS))
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Ekspor berkas sinkronisasi…"))
        self.sync_button.setVisible(self.ctx.can(Action.EXPORT_REPORTS))
        self.sync_button.clicked.connect(self.export_sync)
        row.addWidget(self.sync_button)
        row.addStretch(1)
        box.addLayout(row)
        self.sync_status = QLabel()
        self.sync_status.setWordWrap(True)
        self.sync_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.sync_status)
        box.addStretch(1)
        return tab

    def export_sync(self) -> None:
        full = self.full_radio.isChecked()
        stamp = today().strftime("%Y-%m-%d")
        kind = "lengkap" if full else "perubahan"
        name = f"Sinkronisasi-{self.ctx.institution_code}-{stamp}-{kind}.xlsx"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berkas sinkronisasi"), str(Path.home() / name),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if not target:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> "sync_export.SyncExportResult":
            from blkdesk.exchange import sync_export

            return sync_export.export_sync(db, actor, Path(target), full=full, progress=progress)

        act_in_background(
            self, self.ctx, self.tr("Mengekspor berkas sinkronisasi"), work,
            Changes.of(Kind.EXPORTS), then=self._sync_done,
        )  # fmt: skip

    def _sync_done(self, result: "sync_export.SyncExportResult") -> None:
        if result.since is None:
            what = self.tr("semua data")
        else:
            what = self.tr("perubahan sejak {when}").format(
                when=format_datetime_local(result.since)
            )
        self.sync_status.setText(
            self.tr(
                "Tersimpan ({what}): %Ln baris di {path}", "", sum(result.row_counts.values())
            ).format(what=what, path=result.path)
        )
        self._load_log()

    # ---- merge (province) -----------------------------------------------------------------

    def _merge_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "Gabungkan berkas sinkronisasi dari BLK. Berkas yang sama aman digabung dua kali; "
                "data yang lebih baru menggantikan yang lama; berkas yang diubah sesudah "
                "diekspor BLK (kode pengamannya tidak cocok) ditolak seluruhnya."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Pilih berkas dan gabungkan…"))
        self.merge_button.clicked.connect(self.choose_and_merge)
        row.addWidget(self.merge_button)
        self.accept_key_button = QPushButton(self.tr("Terima kunci baru…"))
        self.accept_key_button.setToolTip(
            self.tr("Untuk berkas yang ditolak karena kuncinya berbeda (BLK memasang ulang).")
        )
        self.accept_key_button.setVisible(self.ctx.can(Action.ACCEPT_SYNC_KEY))
        self.accept_key_button.setEnabled(False)
        self.accept_key_button.clicked.connect(self.accept_new_key)
        row.addWidget(self.accept_key_button)
        row.addStretch(1)
        box.addLayout(row)
        self.merge_model = RowsModel(
            [
                (self.tr("Berkas"), lambda f: f.path.name),
                (self.tr("Lembaga"), lambda f: f.institution_code),
                (self.tr("Sidik jari kunci"), lambda f: f.key_fingerprint),
                (self.tr("Isi"), lambda f: {"full": self.tr("Lengkap"),
                                            "changes": self.tr("Perubahan")}.get(f.kind, "")),
                (self.tr("Baru"), lambda f: f.total("added")),
                (self.tr("Diperbarui"), lambda f: f.total("updated")),
                (self.tr("Dihapus"), lambda f: f.total("removed")),
                (self.tr("Tetap"), lambda f: f.total("unchanged")),
                (self.tr("Ditolak"), self._rejected_rows),
                (self.tr("Keterangan"), self._outcome),
            ]
        )  # fmt: skip
        self.merge_view = make_table(self.merge_model)
        self.merge_view.resizeColumnsToContents()  # headers whole before the first merge
        self.merge_view.setWordWrap(True)
        self.merge_view.selectionModel().selectionChanged.connect(self._merge_selection)
        box.addWidget(self.merge_view, 1)
        # Said once, after the merge that blanked what older files had left (withheld.py).
        self.purge_label = QLabel()
        self.purge_label.setWordWrap(True)
        self.purge_label.hide()
        box.addWidget(self.purge_label)
        self.gap_label = QLabel()
        self.gap_label.setObjectName("FieldError")
        self.gap_label.setWordWrap(True)
        self.gap_label.hide()
        box.addWidget(self.gap_label)
        self.funding_label = QLabel()
        self.funding_label.setObjectName("SectionTitle")
        self.funding_label.setWordWrap(True)
        box.addWidget(self.funding_label)
        self.funding_model = RowsModel(
            [
                (self.tr("NIK"), lambda r: r[0]),
                (self.tr("Tahun"), lambda r: r[1]),
                (self.tr("Nama"), lambda r: r[2].name),
                (self.tr("Lembaga"), lambda r: r[2].institution),
                (self.tr("Program"), lambda r: r[2].program),
                (self.tr("Angkatan"), lambda r: r[2].batch),
                (self.tr("Mulai"), lambda r: format_date(r[2].start)),
            ]
        )
        self.funding_view = make_table(self.funding_model)
        box.addWidget(self.funding_view, 1)
        return tab

    def _outcome(self, result: "merge.FileResult") -> str:
        if result.reason:
            return spoken(result.reason)
        if result.identical:
            return self.tr("Sama persis dengan berkas yang sudah digabung; tidak ada yang berubah")
        if result.superseded:
            return self.tr("Sudah tercakup berkas lengkap yang lebih baru; tidak ada yang berubah")
        said = self.tr("Digabung")
        if result.old_key_until is not None:
            said = self.tr(
                "Digabung; ditandatangani kunci lama BLK itu, yang berlaku sampai {when}"
            ).format(when=format_datetime_local(result.old_key_until))
        if result.flagged:
            said = self.tr(
                "{said}; {n} data melanggar aturan data BLKDesk (lihat Daftar BLK, tab Data "
                "bermasalah)"
            ).format(said=said, n=result.flagged)
        return said

    def _selected_result(self) -> "merge.FileResult | None":
        rows = self.merge_view.selectionModel().selectedRows()
        if not rows:
            return None
        result: merge.FileResult = self.merge_model.row_object(rows[0].row())
        return result

    def _merge_selection(self) -> None:
        chosen = self._selected_result()
        self.accept_key_button.setEnabled(chosen is not None and chosen.key_refused)

    def accept_new_key(self) -> None:
        chosen = self._selected_result()
        if chosen is None or not chosen.key_refused:
            return
        from blkdesk.ui.screens.reports.accept_key import AcceptKeyDialog

        dialog = AcceptKeyDialog(self, self.ctx, chosen)
        if dialog.exec() and dialog.change is not None:
            # Trusted now: the refused file goes in at once.
            self.merge_paths([chosen.path])

    def _rejected_rows(self, result: "merge.FileResult") -> object:
        if result.reason and not result.rows:
            return self.tr("seluruh berkas")  # unreadable: how many rows it held is unknown
        return result.rejected

    def choose_and_merge(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas sinkronisasi dari BLK"), str(Path.home()),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if files:
            self.merge_paths([Path(f) for f in files])

    def merge_paths(self, paths: list[Path]) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> "IntakeReport":
            from blkdesk.exchange.province_intake import receive_files

            # Through the province's intake, so each file accepted is logged as received for
            # the submissions board; a monthly report chosen here is logged too.
            return receive_files(db, actor, paths, progress=progress)

        act_in_background(
            self, self.ctx, self.tr("Menggabungkan berkas"), work, MERGED, then=self._merged
        )

    def _merged(self, intake: "IntakeReport") -> None:
        from blkdesk.exchange import merge

        report = intake.merge or merge.MergeReport([], [])
        if intake.monthly:  # a monthly report among the files: logged, or refused and why
            said = "\n".join(monthly_lines(intake.monthly))
            warn = any(m.reason for m in intake.monthly)
            (QMessageBox.warning if warn else QMessageBox.information)(
                self, self.tr("Laporan bulanan dari BLK"), said
            )
        self.merge_report = report
        self.merge_model.set_rows(report.files)
        self.merge_view.resizeColumnsToContents()
        refused = [i for i, f in enumerate(report.files) if f.key_refused]
        if refused:  # the one the officer has to act on
            self.merge_view.selectRow(refused[0])
        self._merge_selection()
        if report.purged:
            from blkdesk.exchange.withheld import purge_said

            self.purge_label.setText(spoken(purge_said(report.purged)))
        self.purge_label.setVisible(bool(report.purged))
        # The gaps of the BLKs in these files in full; the others', unchanged by them, named in
        # one line (IntakeReport.gaps_said).
        own, others = intake.gaps_said()
        gap_lines = [
            self.tr("Data {code} berlubang: perubahan {start} sampai {end} belum pernah diterima. "
                    "Minta BLK mengirim berkas sinkronisasi yang dibuat {end}, atau satu berkas "
                    "lengkap yang baru.").format(
                code=code, start=format_datetime_local(gap.start),
                end=format_datetime_local(gap.end))
            for code, found in sorted(own.items()) for gap in found
        ]  # fmt: skip
        if others:
            gap_lines.append(
                self.tr("Data BLK lain juga masih berlubang: {names} (lihat Daftar BLK).").format(
                    names=", ".join(others)
                )
            )
        self.gap_label.setText("\n".join(gap_lines))
        self.gap_label.setVisible(bool(gap_lines))
        show_full = self.ctx.can(Action.VIEW_FULL_NIK)
        rows = [
            (case.nik if show_full else mask(case.nik), case.year, training)
            for case in report.double_funding
            for training in case.trainings
        ]
        self.funding_model.set_rows(rows)
        self.funding_view.resizeColumnsToContents()
        if report.double_funding:
            self.funding_label.setText(
                self.tr(
                    "%Ln NIK dilatih lebih dari satu BLK pada tahun yang sama "
                    "(periksa pendanaan ganda):",
                    "",
                    len(report.double_funding),
                )
            )
        else:
            self.funding_label.setText(
                self.tr("Tidak ada NIK yang dilatih lebih dari satu BLK pada tahun yang sama.")
            )

    # ---- export log -----------------------------------------------------------------------

    def _log_tab(self) -> QWidget:
        kinds = {
            "monthly": self.tr("Laporan bulanan"),
            "sync_full": self.tr("Sinkronisasi lengkap"),
            "sync_delta": self.tr("Sinkronisasi perubahan"),
        }
        self.model = RowsModel(
            [
                (self.tr("Waktu"), lambda r: format_datetime_local(r.at)),
                (self.tr("Jenis"), lambda r: kinds.get(r.kind, r.kind)),
                (self.tr("Periode"), lambda r: r.period),
                (self.tr("Oleh"), lambda r: r.user_name),
                (self.tr("Kode pengaman"), lambda r: r.sha256[:12]),
                (self.tr("Berkas"), lambda r: r.path),
            ]
        )
        self.view = make_table(self.model)
        self.log_hint = EmptyHint(self.view)
        return self.view

    def _load_log(self) -> None:
        with self.ctx.db.session() as session:
            rows = listings.export_log(session)
            last = listings.last_sync_export(session)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.log_hint.show_if(
            not rows,
            self.tr("Belum ada ekspor"),
            self.tr("Setiap laporan bulanan dan berkas sinkronisasi yang disimpan tercatat di "
                    "sini: kapan, oleh siapa, di mana berkasnya. Kirim keduanya ke provinsi "
                    "paling lambat tanggal 10 bulan berikutnya."),
            [(self.tr("Buka Laporan bulanan"), lambda: self.tabs.setCurrentIndex(0))],
        )  # fmt: skip
        if last is None:
            self.last_sync_label.setText(
                self.tr("Belum pernah ada ekspor sinkronisasi: ekspor pertama berisi semua data.")
            )
        else:
            self.last_sync_label.setText(
                self.tr("Ekspor sinkronisasi terakhir: {when} oleh {user}.").format(
                    when=format_datetime_local(last.at), user=last.user_name
                )
            )
        if rows:
            self.subtitle_label.setText(
                self.tr("Laporan bulanan dan berkas sinkronisasi untuk provinsi.")
            )
        else:
            self.subtitle_label.setText(
                self.tr(
                    "Belum ada laporan atau berkas sinkronisasi yang diekspor dari database ini."
                )
            )

    def refresh(self) -> None:
        self._load_log()
        if self.report is None:
            self.preview()
