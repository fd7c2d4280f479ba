"""The province's Beranda: what each BLK sent over the last twelve months, the year's figures
per BLK and per kabupaten/kota, and charts that put the BLKs side by side.

Every figure, every board cell and every bar opens the list behind it.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QRadioButton,
    QTableView,
    QWidget,
)

from blkdesk.core import clock
from blkdesk.core.changes import Kind
from blkdesk.core.province import figures, gaps, record_checks, submissions
from blkdesk.core.province.figures import Figures, Measure
from blkdesk.core.refdata import OUTCOMES, SEXES
from blkdesk.core.reporting import dashboard
from blkdesk.ui import dates
from blkdesk.ui.dates import format_date, format_datetime_local
from blkdesk.ui.labels import as_shown
from blkdesk.ui.language import grouped
from blkdesk.ui.screens.province.lembaga import short_names
from blkdesk.ui.widgets.banner import banner
from blkdesk.ui.widgets.cards import Card, ChartCard, StatCard
from blkdesk.ui.widgets.charts import Series, sex_series
from blkdesk.ui.widgets.list_dialog import ListDialog
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import Index, RowsModel

PLACED_COLORS = {"placed": "#0f5e6e", "not": "#c3c8d0"}
STATE_COLORS = {
    submissions.CellState.RECEIVED: ("#067647", "#ecfdf3"),
    submissions.CellState.LATE: ("#b54708", "#fffaeb"),
    submissions.CellState.OVERDUE: ("#b42318", "#fef3f2"),
    submissions.CellState.WAITING: ("#667085", "#ffffff"),
}


# Month names in the interface's language (the board and banner name months a lot).
month_names = dates.month_names


STYLE = """
#ProvinceContent, QScrollArea { background: transparent; }
#Banner { font-size: 10pt; }
"""


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %"


class BoardModel(RowsModel):
    """BLK × month: a tick and the day it arrived, coloured by whether it came on time."""

    def __init__(self, periods: list[str], month_label: Callable[[str], str]) -> None:
        self.periods = periods
        self._label = month_label
        self.short: dict[str, str] = {}
        super().__init__([])

    def set_board(
        self, periods: list[str], rows: list[submissions.BoardRow], short: dict[str, str]
    ) -> None:
        self.periods = periods
        self.short = short
        self.set_rows(rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.periods)

    def cell(self, index: Index) -> submissions.BoardCell | None:
        if not index.isValid() or index.column() == 0:
            return None
        row: submissions.BoardRow = self.row_object(index.row())
        return row.cells[index.column() - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: submissions.BoardRow = self.row_object(index.row())
        cell = self.cell(index)
        if cell is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.short.get(row.code, row.name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.code} · {row.name}"
            return None
        fg, bg = STATE_COLORS[cell.state]
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.files:
                first = min(f.received_at for f in cell.files)
                return f"✓ {first.day}/{first.month}"
            return "✗" if cell.state is submissions.CellState.OVERDUE else "·"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(fg)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(bg)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and cell.state is submissions.CellState.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, cell)
        return None

    def _tip(self, row: submissions.BoardRow, cell: submissions.BoardCell) -> str:
        lines = [f"{row.name} · {self._label(cell.period)}"]
        for f in cell.files:
            monthly = f.kind == "monthly"
            kind = self.tr("laporan bulanan") if monthly else self.tr("berkas sinkronisasi")
            lines.append(
                self.tr("{kind}, diterima {when} ({file})").format(
                    kind=kind, when=format_datetime_local(f.received_at), file=f.file_name
                )
            )
        if cell.state is submissions.CellState.LATE:
            lines.append(self.tr("Terlambat: batas {due}").format(due=format_date(cell.due)))
        elif cell.state is submissions.CellState.OVERDUE:
            lines.append(
                self.tr("Belum diterima; batas {due} sudah lewat").format(due=format_date(cell.due))
            )
        elif not cell.files:
            lines.append(self.tr("Belum diterima; batas {due}").format(due=format_date(cell.due)))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("BLK")
        period = self.periods[section - 1]
        return f"{month_names()[int(period[5:7]) - 1][:3]} {period[2:4]}"


class FiguresModel(RowsModel):
    """One line per BLK (or kabupaten/kota) and a total line; each figure cell opens its list."""

    def __init__(self, columns: list[tuple[str, Callable[[Figures], Any], Measure | None]]) -> None:
        super().__init__([(header, getter) for header, getter, _m in columns])
        self.measures = [m for _h, _g, m in columns]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            if not self.row_object(index.row()).key:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            return self.row_object(index.row()).name
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


def _fit_table(view: QTableView, rows: int, max_rows: int = 12) -> None:
    """A table as tall as its rows (up to `max_rows`), so the page scrolls, not the table."""
    height = view.horizontalHeader().height() + 4
    height += view.verticalHeader().defaultSectionSize() * min(max(rows, 1), max_rows)
    view.setFixedHeight(height)


class ProvinceHomePage(Page):
    icon_name = "home"
    # Merges bring every kind of BLK record; receiving a file or editing the BLK list changes
    # the board.
    shows = frozenset(
        {Kind.TRAINEES, Kind.BATCHES, Kind.CERTIFICATES, Kind.PLACEMENTS, Kind.INSTITUTIONS,
         Kind.EXPORTS}
    )  # fmt: skip

    def title(self) -> str:
        return self.tr("Beranda Provinsi")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.setStyleSheet(STYLE)
        self.scroll_area, box = self.scrolled_column("ProvinceContent")
        box.setContentsMargins(0, 0, 8, 0)
        self.banner = banner()
        box.addWidget(self.banner)
        box.addLayout(self._cards())
        box.addWidget(self._board_panel())
        box.addWidget(self._figures_panel())
        box.addLayout(self._charts())
        box.addStretch(1)  # a tall window leaves room below, not inside the charts
        self._today = clock.today()
        self.blk_figures: list[Figures] = []
        self.regency_figures: list[Figures] = []
        self._short: dict[str, str] = {}  # BLK code → the name the table and charts show
        self.board_rows: list[submissions.BoardRow] = []
        self.flagged: dict[str, int] = {}
        self.gaps: dict[str, list[gaps.Gap]] = {}

    # Layout ----------------------------------------------------------------------------------

    def _cards(self) -> QGridLayout:
        """The province's year at a glance; each figure opens the people behind it."""
        self.cards = {
            Measure.TRAINEES: StatCard(self.tr("Peserta tahun ini")),
            Measure.WOMEN: StatCard(self.tr("Perempuan")),
            Measure.YOUTH_29: StatCard(self.tr("Usia 15–29")),
            Measure.PMI: StatCard(self.tr("Calon PMI")),
            Measure.GRADUATED: StatCard(self.tr("Kelulusan")),
            Measure.PLACED: StatCard(self.tr("Lulusan bekerja ≤ 6 bulan")),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        for column, (measure, card) in enumerate(self.cards.items()):
            card.clicked.connect(lambda m=measure: self.open_total(m))
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        return grid

    def _board_panel(self) -> QWidget:
        panel = Card(self.tr("Kiriman BLK, 12 bulan terakhir"))
        panel.note.setText(
            self.tr(
                "Laporan bulanan dan berkas sinkronisasi per bulan laporan, dengan tanggal "
                "diterima. Batas kiriman tanggal {day} bulan berikutnya; ✗ merah: terlambat dan "
                "belum diterima, kuning: diterima setelah batas. Klik dua kali untuk rinciannya."
            ).format(day=dashboard.SUBMISSION_DUE_DAY)
        )
        self.board_model = BoardModel([], self._month_label)
        self.board = make_table(self.board_model)
        # Twelve months side by side: narrow side padding keeps "Nov 25" whole on a small window.
        self.board.setStyleSheet("QHeaderView::section { padding: 6px 2px; }")
        self.board.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.board.doubleClicked.connect(self._open_board_cell)
        self.board.activated.connect(self._open_board_cell)
        panel.box.addWidget(self.board)
        return panel

    def _figures_panel(self) -> QWidget:
        self.figures_panel = panel = Card()
        choose = QHBoxLayout()
        self.by_blk = QRadioButton(self.tr("Per BLK"))
        self.by_regency = QRadioButton(self.tr("Per kabupaten/kota"))
        self.by_blk.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_blk)
        group.addButton(self.by_regency)
        self.by_blk.toggled.connect(self._fill_figures)
        choose.addWidget(self.by_blk)
        choose.addWidget(self.by_regency)
        choose.addStretch()
        panel.box.addLayout(choose)

        def count(measure: Measure) -> Callable[[Figures], str]:
            return lambda f: grouped(f[measure])

        def share(measure: Measure) -> Callable[[Figures], str]:
            return lambda f: f"{grouped(f[measure])} ({_percent(f.share(measure))})"

        self.figures_model = FiguresModel([
            (self.tr("Lembaga"),
             lambda f: self._short.get(f.key, f.name) if self.by_blk.isChecked() else f.name,
             None),
            (self.tr("Peserta"), count(Measure.TRAINEES), Measure.TRAINEES),
            (self.tr("Perempuan"), share(Measure.WOMEN), Measure.WOMEN),
            (self.tr("Usia 15–24"), share(Measure.YOUTH_24), Measure.YOUTH_24),
            (self.tr("Usia 15–29"), share(Measure.YOUTH_29), Measure.YOUTH_29),
            (self.tr("Calon PMI"), share(Measure.PMI), Measure.PMI),
            (self.tr("Kelulusan"),
             lambda f: f"{_percent(f.graduation_rate)} ({f[Measure.GRADUATED]}/{f[Measure.ENDED]})",
             Measure.GRADUATED),
            (self.tr("Bekerja ≤ 6 bln"),
             lambda f: f"{_percent(f.placement_rate)} ({f[Measure.PLACED]}/{f[Measure.COHORT]})",
             Measure.PLACED),
        ])  # fmt: skip
        self.figures_view = make_table(self.figures_model)
        self.figures_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.figures_view.doubleClicked.connect(self._open_figure)
        self.figures_view.activated.connect(self._open_figure)
        panel.box.addWidget(self.figures_view)
        return panel

    def _charts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.trainee_chart = ChartCard(self.tr("Belum ada peserta tahun ini."))
        self.vocation_chart = ChartCard(self.tr("Belum ada peserta tahun ini."))
        self.placement_chart = ChartCard(self.tr("Belum ada lulusan yang genap 6 bulan."))
        self.trainee_chart.chart.bar_clicked.connect(self._open_blk_bar)
        self.vocation_chart.chart.bar_clicked.connect(self._open_vocation_bar)
        self.placement_chart.chart.bar_clicked.connect(self._open_placement_bar)
        grid.addWidget(self.trainee_chart, 0, 0)
        grid.addWidget(self.placement_chart, 0, 1)
        grid.addWidget(self.vocation_chart, 1, 0, 1, 2)
        return grid

    def _month_label(self, period: str) -> str:
        return f"{month_names()[int(period[5:7]) - 1]} {period[:4]}"

    # Data ------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        # Overdue months and this year's figures follow the calendar, not only announcements.
        if clock.today() != self._today:
            self._stale = True
        super().showEvent(event)

    def refresh(self) -> None:
        self._today = today = clock.today()
        year = today.year
        with self.ctx.db.session() as session:
            self.board_rows = submissions.board(session, today)
            self.blk_figures = figures.per_blk(session, year, today)
            self.regency_figures = figures.per_regency(session, self.blk_figures)
            vocations = figures.by_vocation(session, year, today)
            self.flagged = record_checks.counts(session)
            self.gaps = gaps.blk_gaps(session)
        registered = len(self.board_rows)
        self.subtitle_label.setText(
            self.tr("{institution} · {date} · %Ln BLK terdaftar", "", registered).format(
                institution=self.ctx.institution_name, date=format_date(today)
            )
        )
        self._fill_banner()
        self._short = short_names(
            {r.code: r.name for r in self.board_rows} | {f.key: f.name for f in self.blk_figures}
        )
        self.board_model.set_board(submissions.board_periods(today), self.board_rows, self._short)
        header = self.board.horizontalHeader()
        # The BLK's name whole; the months share what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        _fit_table(self.board, len(self.board_rows), 16)
        self.figures_panel.title.setText(
            self.tr("Angka {year} per BLK dan per kabupaten/kota").format(year=year)
        )
        self.figures_panel.note.setText(
            self.tr(
                "Peserta: yang mengikuti angkatan yang mulai tahun ini. Usia pada hari pertama "
                "pelatihan. Kelulusan: lulus dari peserta angkatan yang sudah selesai. Bekerja "
                "≤ 6 bln: lulusan angkatan yang selesai 6–18 bulan lalu yang tercatat bekerja, "
                "berwirausaha atau menjadi PMI paling lambat 6 bulan setelah selesai. Klik dua "
                "kali sebuah angka untuk daftar orangnya."
            )
        )
        self._fill_cards()
        self._fill_figures()
        self._fill_trainee_chart(year)
        self._fill_placement_chart()
        # Side by side, so as tall as the longer of the two.
        side_by_side = (self.trainee_chart, self.placement_chart)
        rows = max(len(panel.chart.categories()) for panel in side_by_side)
        for panel in side_by_side:
            panel.fit_rows(rows)
        self._fill_vocation_chart(vocations, year)

    def _fill_banner(self) -> None:
        """Overdue submissions, gaps in a BLK's data and records breaking its rules: what the
        officer has to ask the BLKs for (Daftar BLK says what exactly)."""
        late = [(row, row.overdue) for row in self.board_rows if row.overdue]
        names = {row.code: row.name for row in self.board_rows}
        sentences = []
        if late:
            parts = []
            for row, cells in late:
                months = ", ".join(self._month_label(c.period) for c in cells[-3:])
                if len(cells) > 3:
                    months = self.tr("{n} bulan, terakhir {months}").format(
                        n=len(cells), months=months
                    )
                parts.append(f"{row.name} ({months})")
            sentences.append(
                self.tr("Kiriman yang lewat batas dan belum diterima: {list}.").format(
                    list="; ".join(parts)
                )
            )
        if self.gaps:
            sentences.append(
                self.tr(
                    "Data berlubang (ada berkas perubahan yang tidak pernah diterima): {list}."
                ).format(list="; ".join(
                    f"{names.get(code, code)} ({format_date(found[0].start.date())} – "
                    f"{format_date(found[-1].end.date())})"
                    for code, found in sorted(self.gaps.items())))
            )  # fmt: skip
        if self.flagged:
            sentences.append(
                self.tr("Data yang melanggar aturan data BLKDesk: {list}.").format(
                    list="; ".join(
                        f"{names.get(code, code)} ({n})" for code, n in sorted(self.flagged.items())
                    )
                )
            )
        if not sentences:
            self.banner.hide()
            return
        self.banner.setText("\n".join(sentences))
        self.banner.show()

    def _fill_cards(self) -> None:
        total = figures.total(self.blk_figures)
        trainees = total[Measure.TRAINEES]
        sending = sum(1 for f in self.blk_figures if f[Measure.TRAINEES])
        self.cards[Measure.TRAINEES].set_value(trainees)
        self.cards[Measure.TRAINEES].note.setText(self.tr("di %Ln BLK", "", sending))
        for measure in (Measure.WOMEN, Measure.YOUTH_29, Measure.PMI):
            self.cards[measure].set_value(total[measure])
            self.cards[measure].note.setText(
                self.tr("{share} dari peserta").format(share=_percent(total.share(measure)))
            )
        self.cards[Measure.GRADUATED].set_value(_percent(total.graduation_rate))
        self.cards[Measure.GRADUATED].note.setText(
            self.tr("{n} lulus dari {m} peserta angkatan yang selesai").format(
                n=grouped(total[Measure.GRADUATED]), m=grouped(total[Measure.ENDED])
            )
        )
        self.cards[Measure.PLACED].set_value(_percent(total.placement_rate))
        self.cards[Measure.PLACED].note.setText(
            self.tr("{n} dari %Ln lulusan", "", total[Measure.COHORT]).format(
                n=grouped(total[Measure.PLACED])
            )
        )

    def _fill_figures(self) -> None:
        rows = self.blk_figures if self.by_blk.isChecked() else self.regency_figures
        total = figures.total(self.blk_figures)
        total.name = self.tr("Jumlah provinsi")
        self.figures_model.set_rows([*rows, total])
        self.figures_view.resizeColumnsToContents()
        _fit_table(self.figures_view, len(rows) + 1, 14)

    def _fill_trainee_chart(self, year: int) -> None:
        panel = self.trainee_chart
        panel.title.setText(self.tr("Peserta {year} per BLK").format(year=year))
        rows = [f for f in self.blk_figures if f[Measure.TRAINEES]]
        total = sum(f[Measure.TRAINEES] for f in rows)
        women = sum(f[Measure.WOMEN] for f in rows)
        panel.note.setText(
            self.tr("%Ln peserta, {women} perempuan", "", total).format(women=grouped(women))
        )
        values = {}
        for f in rows:
            values[(f.key, "P")] = float(f[Measure.WOMEN])
            values[(f.key, "L")] = float(f[Measure.TRAINEES] - f[Measure.WOMEN])
        panel.chart.set_data(
            [(f.key, self._short.get(f.key, f.name)) for f in rows],
            sex_series(),
            values,
            {f.key: grouped(f[Measure.TRAINEES]) for f in rows},
        )  # fmt: skip

    def _fill_placement_chart(self) -> None:
        panel = self.placement_chart
        panel.title.setText(self.tr("Lulusan bekerja ≤ 6 bulan, per BLK"))
        first, last = figures.cohort_span(self._today)
        panel.note.setText(
            self.tr("Lulusan angkatan yang selesai {first} – {last}").format(
                first=format_date(first), last=format_date(last)
            )
        )
        rows = [f for f in self.blk_figures if f[Measure.COHORT]]
        values = {}
        for f in rows:
            values[(f.key, "placed")] = 100 * f[Measure.PLACED] / f[Measure.COHORT]
            values[(f.key, "not")] = 100 - values[(f.key, "placed")]
        panel.chart.set_data(
            [(f.key, self._short.get(f.key, f.name)) for f in rows],
            [Series("placed", self.tr("Bekerja"), PLACED_COLORS["placed"]),
             Series("not", self.tr("Belum tercatat bekerja"), PLACED_COLORS["not"])],
            values,
            {f.key: _percent(f.placement_rate) for f in rows},
            maximum=100,
        )  # fmt: skip

    def _fill_vocation_chart(self, vocations: list[figures.VocationLine], year: int) -> None:
        panel = self.vocation_chart
        panel.title.setText(self.tr("Peserta {year} per kejuruan, semua BLK").format(year=year))
        panel.note.setText(self.tr("Kejuruan yang sama di beberapa BLK dihitung satu baris."))
        self._vocations = {v.code: v for v in vocations}
        panel.chart.set_data(
            [(v.code, v.name) for v in vocations],
            sex_series(),
            {(v.code, sex): float(n) for v in vocations for sex, n in v.counts.items()},
            # Each count says its own noun: "1 BLK · 12 trainees" in English.
            {v.code: self.tr("%Ln BLK", "", len(v.blks)) + " · "
             + self.tr("%Ln peserta", "", v.total) for v in vocations},
        )  # fmt: skip
        panel.fit_rows(len(vocations))

    # The lists behind the figures ------------------------------------------------------------

    def _people_dialog(self, title: str, rows: list[figures.PersonRow]) -> ListDialog:
        dialog = ListDialog(
            self, title,
            [
                (self.tr("Lembaga"), lambda r: r.institution),
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("L/P"), lambda r: r.sex),
                (self.tr("Usia"), lambda r: r.age),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Angkatan"), lambda r: r.batch),
                (self.tr("Mulai"), lambda r: format_date(r.start)),
                (self.tr("Selesai"), lambda r: format_date(r.end) if r.end else ""),
                (self.tr("Hasil"), lambda r: as_shown(OUTCOMES.get(r.outcome, r.outcome))),
            ],
            rows,
        )  # fmt: skip
        dialog.open()
        return dialog

    def measure_title(self, measure: Measure) -> str:
        return {
            Measure.TRAINEES: self.tr("Peserta"),
            Measure.WOMEN: self.tr("Peserta perempuan"),
            Measure.YOUTH_24: self.tr("Peserta usia 15–24"),
            Measure.YOUTH_29: self.tr("Peserta usia 15–29"),
            Measure.PMI: self.tr("Calon PMI"),
            Measure.GRADUATED: self.tr("Lulus"),
            Measure.ENDED: self.tr("Peserta angkatan yang sudah selesai"),
            Measure.PLACED: self.tr("Lulusan bekerja ≤ 6 bulan"),
            Measure.COHORT: self.tr("Lulusan yang genap 6 bulan"),
        }[measure]

    def open_figure(self, row: int, measure: Measure) -> ListDialog:
        """The people behind the figure of one line (a BLK, a regency or the total)."""
        line: Figures = self.figures_model.row_object(row)
        codes: list[str] | None
        if not line.key:
            codes = None
        elif self.by_blk.isChecked():
            codes = [line.key]
        else:
            with self.ctx.db.session() as session:
                names = figures.blk_names(session)
            codes = [code for code, (_n, regency) in names.items() if regency == line.key]
        with self.ctx.db.session() as session:
            rows = figures.people(session, self._today.year, self._today, measure, codes)
        return self._people_dialog(f"{self.measure_title(measure)} · {line.name}", rows)

    def open_total(self, measure: Measure) -> ListDialog:
        """The people behind one of the province's figures, every BLK."""
        with self.ctx.db.session() as session:
            rows = figures.people(session, self._today.year, self._today, measure)
        title = f"{self.measure_title(measure)} · {self.tr('Jumlah provinsi')}"
        return self._people_dialog(title, rows)

    def _open_figure(self, index: QModelIndex) -> None:
        measure = self.figures_model.measures[index.column()]
        self.open_figure(index.row(), measure or Measure.TRAINEES)

    def _open_blk_bar(self, code: str, sex: str | None) -> ListDialog:
        with self.ctx.db.session() as session:
            rows = figures.people(session, self._today.year, self._today, Measure.TRAINEES, [code])
        if sex is not None:
            rows = [r for r in rows if r.sex == sex]
        name = rows[0].institution if rows else code
        suffix = f" · {as_shown(SEXES[sex])}" if sex else ""
        return self._people_dialog(f"{self.tr('Peserta')} · {name}{suffix}", rows)

    def _open_placement_bar(self, code: str, series: str | None) -> ListDialog:
        measure = Measure.PLACED if series == "placed" else Measure.COHORT
        with self.ctx.db.session() as session:
            rows = figures.people(session, self._today.year, self._today, measure, [code])
        if series == "not":
            rows = [r for r in rows if r.outcome != "bekerja"]
        name = rows[0].institution if rows else code
        return self._people_dialog(f"{self.measure_title(measure)} · {name}", rows)

    def _open_vocation_bar(self, code: str, sex: str | None) -> ListDialog:
        with self.ctx.db.session() as session:
            rows = figures.vocation_people(session, self._today.year, self._today, code, sex)
        line = self._vocations.get(code)
        name = line.name if line else code
        suffix = f" · {as_shown(SEXES[sex])}" if sex else ""
        return self._people_dialog(f"{self.tr('Peserta')} · {name}{suffix}", rows)

    def _open_board_cell(self, index: QModelIndex) -> ListDialog | None:
        cell = self.board_model.cell(index)
        row: submissions.BoardRow = self.board_model.row_object(index.row())
        if cell is None:
            return None
        dialog = ListDialog(
            self,
            f"{row.name} · {self._month_label(cell.period)}",
            [
                (self.tr("Jenis"), lambda f: self.tr("Laporan bulanan") if f.kind == "monthly"
                 else self.tr("Berkas sinkronisasi")),
                (self.tr("Diterima"), lambda f: format_datetime_local(f.received_at)),
                (self.tr("Dibuat BLK"), lambda f: format_datetime_local(f.made_at)
                 if f.made_at else ""),
                (self.tr("Berkas"), lambda f: f.file_name),
            ],
            cell.files,
        )  # fmt: skip
        dialog.open()
        return dialog

    def board_cell(self, code: str, period: str) -> submissions.BoardCell:
        row = next(r for r in self.board_rows if r.code == code)
        return row.cells[self.board_model.periods.index(period)]

    def figure_line(self, key: str) -> int:
        return next(
            i for i in range(self.figures_model.rowCount())
            if self.figures_model.row_object(i).key == key
        )  # fmt: skip
