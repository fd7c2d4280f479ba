"""Beranda: this month at a glance, big enough for the screen on the office wall.

Every figure and every bar opens the list behind it.
"""

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
)

from blkdesk.core import clock
from blkdesk.core.changes import Kind
from blkdesk.core.permissions import Action
from blkdesk.core.placement.placements import WORKING
from blkdesk.core.refdata import ENROLLMENT_STATUSES, PLACEMENT_OUTCOMES, SEXES
from blkdesk.core.registry.contact import dialling_format, mask_phone
from blkdesk.core.reporting import dashboard, listings
from blkdesk.core.storage import database_backup
from blkdesk.ui.dates import format_date, format_datetime_local, month_name, period_name
from blkdesk.ui.labels import as_shown, shown_labels
from blkdesk.ui.language import grouped
from blkdesk.ui.widgets.banner import banner
from blkdesk.ui.widgets.cards import ChartCard, StatCard
from blkdesk.ui.widgets.charts import Series, sex_series
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.list_dialog import ListDialog
from blkdesk.ui.widgets.page import Page

OUTCOME_COLORS = {
    "bekerja_perusahaan": "#0f5e6e",
    "bekerja_non_perusahaan": "#3d9a8b",
    "wirausaha": "#e9a23b",
    "pmi": "#7b5ea7",
    "belum_bekerja": "#c3c8d0",
    "": "#e9ecf0",
}
REFRESH_MS = 5 * 60 * 1000
MUTED_COLOR = "#98a2b3"
OK_COLOR, WARN_COLOR, BAD_COLOR = "#067647", "#b54708", "#b42318"


def _style(scale: float) -> str:
    """Beranda's look at a text scale: 1 on a desk monitor, up to 1.5 on a wall screen."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""
#HomeContent, QScrollArea {{ background: transparent; }}
#PageTitle {{ font-size: {pt(17)}; }}
#PageSubtitle {{ font-size: {pt(10)}; }}
#CardValue {{ font-size: {pt(26)}; }}
#CardValue[attention="true"] {{ color: {WARN_COLOR}; }}
#CardLabel {{ font-size: {pt(10)}; }}
#CardNote {{ color: #667085; font-size: {pt(9)}; }}
#Card:focus {{ border: 2px solid #0f5e6e; }}
#Chip {{ background: white; border: 1px solid #e4e7ec; border-radius: 8px; }}
#ChipLabel {{ color: #475467; font-size: {pt(10)}; }}
#ChipText {{ color: #101828; font-weight: 600; font-size: {pt(10)}; }}
#PanelTitle {{ font-size: {pt(13)}; font-weight: 600; color: #101828; }}
#Banner {{ font-size: {pt(10)}; }}
"""


class StatusChip(QFrame):
    """One line about data safety: a coloured dot, what, when."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("Chip")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 14, 8)
        row.setSpacing(8)
        self.dot = QLabel("●")
        self.label = QLabel(label)
        self.label.setObjectName("ChipLabel")
        self.text = QLabel()
        self.text.setObjectName("ChipText")
        self.text.setWordWrap(True)
        row.addWidget(self.dot)
        row.addWidget(self.label)
        row.addWidget(self.text, 1)

    def set_state(self, text: str, color: str) -> None:
        self.text.setText(text)
        self.dot.setStyleSheet(f"color: {color}; font-size: 13pt;")


class HomePage(Page):
    icon_name = "home"
    shows = frozenset(
        {
            Kind.TRAINEES,
            Kind.BATCHES,
            Kind.PROGRAMS,
            Kind.MARKS,
            Kind.ASSESSMENTS,
            Kind.CERTIFICATES,
            Kind.PLACEMENTS,
            Kind.EXPORTS,
            Kind.BACKUPS,
            Kind.INSTITUTIONS,
        }
    )

    def title(self) -> str:
        return self.tr("Beranda")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        _scroll, box = self.scrolled_column("HomeContent")
        self.banner = banner()
        box.addWidget(self.banner)
        self.cards = {
            "batches_running": StatCard(self.tr("Angkatan berjalan")),
            "in_training": StatCard(self.tr("Peserta sedang pelatihan")),
            "unkeyed_days": StatCard(self.tr("Hari pelatihan belum diisi presensinya")),
            "certificates_to_print": StatCard(self.tr("Sertifikat menunggu dicetak")),
            "follow_ups_due": StatCard(self.tr("Alumni perlu dihubungi")),
        }
        self.cards["batches_running"].clicked.connect(self._show_running)
        self.cards["in_training"].clicked.connect(self._show_running)
        self.cards["unkeyed_days"].clicked.connect(self._show_unkeyed)
        self.cards["certificates_to_print"].clicked.connect(self._show_to_print)
        self.cards["follow_ups_due"].clicked.connect(self._open_follow_up)
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(12)
        box.addLayout(self.card_grid)
        chips = QHBoxLayout()
        chips.setSpacing(12)
        self.backup_chip = StatusChip(self.tr("Cadangan terakhir:"))
        self.export_chip = StatusChip(self.tr("Ekspor ke provinsi terakhir:"))
        chips.addWidget(self.backup_chip, 1)
        chips.addWidget(self.export_chip, 1)
        box.addLayout(chips)
        self.charts = QGridLayout()
        self.charts.setSpacing(12)
        self.participants_panel = ChartCard(self.tr("Belum ada peserta tahun ini."))
        self.placement_panel = ChartCard(
            self.tr("Belum ada lulusan pada tahun itu."), min_height=260
        )
        self.participants_panel.chart.bar_clicked.connect(self._show_participants)
        self.start_hint = EmptyHint(self.participants_panel.chart)
        self.placement_panel.chart.bar_clicked.connect(self._show_graduates)
        box.addLayout(self.charts, 1)
        self._names: dict[int, str] = {}
        self._placement_names: dict[int, str] = {}
        self._columns = 0
        self._arrange_cards()
        self._scale = 0.0
        self._apply_scale()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._today = clock.today()

    # Layout ----------------------------------------------------------------------------------

    def _arrange_cards(self) -> None:
        """Five figures in a row and the charts side by side when there is room; else stacked."""
        columns = 5 if self.width() >= 1000 else 3
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.card_grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.card_grid.addWidget(card, i // columns, i % columns)
        for panel in (self.participants_panel, self.placement_panel):
            self.charts.removeWidget(panel)
        wide = columns == 5
        self.charts.addWidget(self.participants_panel, 0, 0)
        self.charts.addWidget(self.placement_panel, 0 if wide else 1, 1 if wide else 0)

    def _apply_scale(self) -> None:
        scale = round(max(1.0, min(1.5, self.width() / 1250)), 1)
        if scale == self._scale:
            return
        self._scale = scale
        self.setStyleSheet(_style(scale))
        for panel in (self.participants_panel, self.placement_panel):
            panel.chart.set_scale(scale)

    def resizeEvent(self, event: Any) -> None:
        self._arrange_cards()
        self._apply_scale()
        super().resizeEvent(event)

    def showEvent(self, event: Any) -> None:
        # The figures are "this month" and "due today": a new day makes them stale by itself.
        if clock.today() != self._today:
            self._stale = True
        super().showEvent(event)

    def _tick(self) -> None:
        """A wall screen stays on Beranda all day: the figures follow the date. (The clerks'
        work reaches it as announcements, from this PC or, through RemoteWatch, others.)"""
        if self.isVisible() and clock.today() != self._today:
            self._load()

    # Data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._today = now = clock.today()
        self.subtitle_label.setText(
            self.tr("{institution} · {date}").format(
                institution=self.ctx.institution_name, date=format_date(now)
            )
        )
        with self.ctx.db.session() as session:
            glance = dashboard.glance(session, now)
            by_sex = dashboard.participants_by_vocation_sex(session, now.year, now)
            placed = dashboard.placement_by_vocation(session, now.year - 1)
            steps = dashboard.first_steps(session)
        for key, card in self.cards.items():
            value = getattr(glance, key)
            attention = key in ("unkeyed_days", "certificates_to_print") and value > 0
            card.set_value(value, attention)
        self._set_notes(glance)
        self._show_safety(glance, dashboard.last_backup(self.ctx.db), now)
        self._fill_participants(by_sex, now.year)
        self._fill_placements(placed, now.year - 1)
        self._show_first_steps(steps)

    def _show_first_steps(self, steps: dashboard.FirstSteps) -> None:
        """Until this BLK has a programme, trainees and a batch: what to do first, in order."""
        if steps.done or self.ctx.province:
            self.start_hint.hide()
            return
        from blkdesk.ui import screens

        lines = [
            (steps.programs, self.tr("Buat program pelatihan: kejuruan, unit kompetensi, JP.")),
            (steps.trainees, self.tr("Daftarkan calon peserta, atau impor daftarnya dari Excel.")),
            (steps.batches, self.tr("Rencanakan angkatan, lalu pilih pesertanya.")),
        ]
        # A done step is ticked; the rest keep their numbers, in the order the work goes.
        rows = "".join(
            f"<tr><td width='24' style='color:{OK_COLOR}'><b>✓</b></td><td>{escape(line)}</td></tr>"
            if n
            else f"<tr><td width='24'>{i}.</td><td>{escape(line)}</td></tr>"
            for i, (n, line) in enumerate(lines, start=1)
        )
        after = self.tr(
            "Sesudah itu: kehadiran setiap hari, penilaian dan sertifikat di akhir pelatihan, "
            "laporan bulanan ke provinsi."
        )
        text = f"<table cellpadding='2'>{rows}</table><p>{escape(after)}</p>"
        if not steps.programs:
            action = (self.tr("Buat program pelatihan"), screens.TrainingPage)
        elif not steps.trainees:
            action = (self.tr("Daftarkan pendaftar"), screens.TraineesPage)
        else:
            action = (self.tr("Rencanakan angkatan"), screens.TrainingPage)
        label, page = action
        self.start_hint.show_hint(
            self.tr("Mulai di sini"), text, [(label, lambda: self.navigate.emit(page))]
        )

    def _set_notes(self, glance: dashboard.Glance) -> None:
        months = glance.follow_ups_by_months
        notes = {
            "batches_running": self.tr("{n} direncanakan").format(n=glance.batches_planned),
            "in_training": self.tr("{n} perempuan").format(n=glance.in_training_women),
            # %Ln: English says "in 1 batch" but "in 2 batches" (Qt's plural forms).
            "unkeyed_days": self.tr("di %Ln angkatan", "", glance.unkeyed_batches)
            if glance.unkeyed_days
            else self.tr("semua sudah diisi"),
            "certificates_to_print": self.tr("dari %Ln angkatan", "", glance.certificate_batches)
            if glance.certificates_to_print
            else self.tr("semua sudah dicetak"),
            "follow_ups_due": self.tr("3/6/12 bln: {a} · {b} · {c}").format(
                a=months[3], b=months[6], c=months[12]
            ),
        }
        for key, text in notes.items():
            self.cards[key].note.setText(text)

    def _export_kind(self, export: Any) -> str:
        if export.kind == "monthly":
            return self.tr("laporan bulanan {period}").format(period=period_name(export.period))
        if export.kind == "sync_delta":
            return self.tr("berkas sinkronisasi (perubahan)")
        return self.tr("berkas sinkronisasi")

    def _ago(self, when: datetime, now: date) -> str:
        days = (now - when.date()).days
        if days <= 0:
            return self.tr("hari ini")
        if days == 1:
            return self.tr("kemarin")
        return self.tr("{n} hari lalu").format(n=days)

    def _show_safety(self, glance: dashboard.Glance, backup_at: datetime | None, now: date) -> None:
        if not database_backup.backed_up_here(self.ctx.db):
            self.backup_chip.set_state(self.tr("dibuat oleh PC server kantor"), MUTED_COLOR)
        elif backup_at is None:
            self.backup_chip.set_state(self.tr("belum pernah dibuat"), BAD_COLOR)
        else:
            age = (now - backup_at.date()).days
            color = OK_COLOR if age <= 1 else WARN_COLOR if age <= 7 else BAD_COLOR
            self.backup_chip.set_state(
                self.tr("{when} ({ago})").format(
                    when=format_datetime_local(backup_at), ago=self._ago(backup_at, now)
                ),
                color,
            )
        export = glance.last_export
        if export is None:
            self.export_chip.set_state(self.tr("belum pernah"), BAD_COLOR)
        else:
            self.export_chip.set_state(
                self.tr("{what}, {when} ({ago})").format(
                    what=self._export_kind(export),
                    when=format_datetime_local(export.at),
                    ago=self._ago(export.at, now),
                ),
                BAD_COLOR if glance.submission_overdue else OK_COLOR,
            )
        if glance.submission_overdue:
            missing = glance.submission_missing
            month = month_name((now.month - 2) % 12 + 1)
            if missing.monthly_missing and missing.sync_missing:
                what = self.tr("laporan bulanan {month} dan berkas sinkronisasinya belum diekspor")
            elif missing.monthly_missing:
                what = self.tr("laporan bulanan {month} belum diekspor")
            else:
                what = self.tr("berkas sinkronisasi sesudah akhir {month} belum diekspor")
            self.banner.setText(
                self.tr(
                    "Kiriman data bulan {month} ke provinsi sudah lewat batas tanggal {due}: "
                    "{what}. Ekspor di halaman Laporan & Sinkronisasi."
                ).format(
                    month=month,
                    due=format_date(glance.submission_due),
                    what=what.format(month=month),
                )
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _fill_participants(self, figures: list[dashboard.VocationFigures], year: int) -> None:
        panel = self.participants_panel
        total = {sex: sum(f.counts.get(sex, 0) for f in figures) for sex in SEXES}
        panel.title.setText(self.tr("Peserta pelatihan {year} per kejuruan").format(year=year))
        panel.note.setText(
            self.tr(
                "%Ln peserta: {male} laki-laki, {female} perempuan", "", sum(total.values())
            ).format(
                male=grouped(total["L"]),
                female=grouped(total["P"]),
            )
        )
        series = sex_series()
        values = {(f.vocation_id, sex): float(n) for f in figures for sex, n in f.counts.items()}
        tips = {
            (f.vocation_id, sex): self.tr("{vocation} · {sex}: %Ln peserta", "", n).format(
                vocation=f.name, sex=as_shown(SEXES[sex])
            )
            for f in figures
            for sex, n in f.counts.items()
        }
        panel.chart.set_data(
            [(f.vocation_id, f.name) for f in figures],
            series,
            values,
            {f.vocation_id: grouped(f.total) for f in figures},
            tips,
        )
        self._names = {f.vocation_id: f.name for f in figures}

    def _fill_placements(self, figures: list[dashboard.VocationFigures], year: int) -> None:
        panel = self.placement_panel
        graduates = sum(f.total for f in figures)
        placed = sum(f.counts.get(o, 0) for f in figures for o in WORKING)
        panel.title.setText(self.tr("Penempatan lulusan {year} per kejuruan").format(year=year))
        panel.note.setText(
            self.tr(
                "{rate} dari %Ln lulusan sudah bekerja atau berwirausaha", "", graduates
            ).format(rate=f"{100 * placed / graduates:.0f} %")
            if graduates
            else self.tr("Belum ada lulusan.")  # not "– of 0 graduates work"
        )
        labels = {**shown_labels(PLACEMENT_OUTCOMES), "": self.tr("Belum terlacak")}
        series = [Series(key, labels[key], OUTCOME_COLORS[key]) for key in OUTCOME_COLORS]
        values = {
            (f.vocation_id, outcome): 100 * n / f.total
            for f in figures
            for outcome, n in f.counts.items()
        }
        tips = {
            (f.vocation_id, outcome): self.tr("{vocation} · {outcome}: {n} dari {total}").format(
                vocation=f.name, outcome=labels[outcome], n=n, total=f.total
            )
            for f in figures
            for outcome, n in f.counts.items()
        }
        panel.chart.set_data(
            [(f.vocation_id, f.name) for f in figures],
            series,
            values,
            {
                f.vocation_id: self.tr("{rate} % dari {n}").format(
                    rate=round(100 * dashboard.placement_rate(f)), n=f.total
                )
                for f in figures
            },
            tips,
            maximum=100,
        )
        self._placement_names = {f.vocation_id: f.name for f in figures}

    # The lists behind the figures ------------------------------------------------------------

    def _phone(self, phone: str) -> str:
        return dialling_format(phone) if self.ctx.can(Action.VIEW_CONTACTS) else mask_phone(phone)

    def _open_list(self, title: str, columns: list[tuple[str, Callable[[Any], Any]]],
                   rows: list[Any]) -> ListDialog:  # fmt: skip
        dialog = ListDialog(self, title, columns, rows)
        dialog.open()
        return dialog

    def _show_running(self) -> ListDialog:
        with self.ctx.db.session() as session:
            rows = listings.batches(session, ("berjalan",))
        return self._open_list(
            self.tr("Angkatan yang sedang berjalan"),
            [
                (self.tr("Angkatan"), lambda r: r.name),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Mulai"), lambda r: format_date(r.start)),
                (self.tr("Selesai"), lambda r: format_date(r.end)),
                (self.tr("Peserta"), lambda r: r.participants),
            ],
            rows,
        )

    def _show_unkeyed(self) -> ListDialog:
        with self.ctx.db.session() as session:
            rows = dashboard.unkeyed_days(session, self._today)
        return self._open_list(
            self.tr("Hari pelatihan yang presensinya belum lengkap"),
            [
                (self.tr("Tanggal"), lambda r: format_date(r.day)),
                (self.tr("Angkatan"), lambda r: r.batch),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Terisi"), lambda r: f"{r.keyed}/{r.participants}"),
            ],
            rows,
        )

    def _show_to_print(self) -> ListDialog:
        with self.ctx.db.session() as session:
            rows = dashboard.certificates_to_print(session, self._today)
        return self._open_list(
            self.tr("Sertifikat yang belum pernah dicetak"),
            [
                (self.tr("Nomor"), lambda r: r.number),
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("Angkatan"), lambda r: r.batch),
                (self.tr("Terbit"), lambda r: format_date(r.issued_on)),
            ],
            rows,
        )

    def _open_follow_up(self) -> None:
        from blkdesk.ui.screens.placements.page import PlacementsPage  # loaded on first use

        self.navigate.emit(PlacementsPage)

    def _show_participants(self, vocation_id: int, sex: str | None) -> ListDialog:
        year = self._today.year
        with self.ctx.db.session() as session:
            rows = dashboard.participants(session, year, self._today, vocation_id, sex)
        name = self._names.get(vocation_id, "")
        title = (
            self.tr("Peserta {year} · {vocation} · {sex}").format(
                year=year, vocation=name, sex=as_shown(SEXES[sex])
            )
            if sex
            else self.tr("Peserta {year} · {vocation}").format(year=year, vocation=name)
        )
        return self._open_list(
            title,
            [
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("L/P"), lambda r: r.sex),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Angkatan"), lambda r: r.batch),
                (self.tr("Mulai"), lambda r: format_date(r.start)),
                (
                    self.tr("Status"),
                    lambda r: as_shown(ENROLLMENT_STATUSES.get(r.status, r.status)),
                ),
            ],
            rows,
        )

    def _show_graduates(self, vocation_id: int, outcome: str | None) -> ListDialog:
        year = self._today.year - 1
        with self.ctx.db.session() as session:
            rows = dashboard.graduates_by_status(session, year, vocation_id, outcome)
        labels = {**shown_labels(PLACEMENT_OUTCOMES), "": self.tr("Belum terlacak")}
        name = self._placement_names.get(vocation_id, "")
        title = (
            self.tr("Lulusan {year} · {vocation} · {outcome}").format(
                year=year, vocation=name, outcome=labels[outcome]
            )
            if outcome is not None
            else self.tr("Lulusan {year} · {vocation}").format(year=year, vocation=name)
        )
        return self._open_list(
            title,
            [
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("No. HP"), lambda r: self._phone(r.phone)),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Angkatan"), lambda r: r.batch),
                (self.tr("Selesai"), lambda r: format_date(r.end_date)),
                (self.tr("Penempatan terakhir"), lambda r: labels[r.outcome]),
            ],
            rows,
        )
