"""Penempatan: the follow-up calls, each graduate's placement history, and survey imports."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core import clock
from blkdesk.core.changes import Kind
from blkdesk.core.clock import format_date
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.models import Placement
from blkdesk.core.permissions import Action
from blkdesk.core.placement import follow_up, placements
from blkdesk.core.progress import Progress
from blkdesk.core.refdata import PLACEMENT_OUTCOMES, PLACEMENT_SOURCES
from blkdesk.core.registry.contact import dialling_format
from blkdesk.core.registry.nik import mask
from blkdesk.exchange.placement_import import ImportReport, import_placements
from blkdesk.exchange.placement_survey import write_survey
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.placements.form import PlacementForm
from blkdesk.ui.tasks import run_task
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import RowsModel

PAGE_STYLE = """
#CallName { font-size: 15pt; font-weight: 600; color: #101828; }
#CallPhone { font-size: 18pt; font-weight: 700; color: #0b4652; }
#CallDetail { color: #475467; }
#Saved { color: #067647; }
#CardNote { color: #667085; font-size: 9pt; }
#PanelTitle { font-size: 11pt; font-weight: 600; color: #101828; }
"""


def _outcome_label(code: str | None) -> str:
    return PLACEMENT_OUTCOMES.get(code or "", "")


class FollowUpTab(QWidget):
    """The call list on the left, the answer form on the right; Enter saves and moves on."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.can_record = ctx.can(Action.RECORD_PLACEMENT)
        top = QHBoxLayout()
        self.filter = QComboBox()
        for label, months in ((self.tr("Semua tindak lanjut"), None),
                              (self.tr("3 bulan setelah pelatihan"), 3),
                              (self.tr("6 bulan setelah pelatihan"), 6),
                              (self.tr("12 bulan setelah pelatihan"), 12)):  # fmt: skip
            self.filter.addItem(label, months)
        self.filter.currentIndexChanged.connect(self.reload)
        self.count = QLabel()
        self.count.setObjectName("PageSubtitle")
        self.survey_button = QPushButton(self.tr("Unduh lembar survei…"))
        self.survey_button.setToolTip(
            self.tr("Daftar ini sebagai berkas Excel untuk diisi, lalu diimpor kembali.")
        )
        self.survey_button.clicked.connect(self.save_survey)
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        top.addWidget(self.survey_button)
        self.model = RowsModel(
            [
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("No. HP"), lambda r: dialling_format(r.phone)),
                (self.tr("Tindak lanjut"), lambda r: self.tr("{n} bulan").format(n=r.months)),
                (self.tr("Selesai"), lambda r: format_date(r.end_date)),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Angkatan"), lambda r: r.batch),
                (self.tr("Panggilan sebelumnya"), self._previous),
            ]
        )
        self.view = make_table(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        # The form scrolls rather than forcing the main window taller on a small screen.
        panel = QScrollArea()
        panel.setWidgetResizable(True)
        panel.setFrameShape(QFrame.Shape.NoFrame)
        panel.setWidget(self._panel())
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        for keys, step in (("Ctrl+Down", 1), ("Ctrl+Up", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_by(step))
        self.rows: list[follow_up.FollowUpRow] = []

    def _previous(self, row: follow_up.FollowUpRow) -> str:
        if row.last_recorded_on is None:
            return ""
        return self.tr("Belum bekerja ({date})").format(date=format_date(row.last_recorded_on))

    def _panel(self) -> QWidget:
        panel = QGroupBox(self.tr("Hasil panggilan"))
        box = QVBoxLayout(panel)
        self.call_name = QLabel()
        self.call_name.setObjectName("CallName")
        self.call_name.setWordWrap(True)
        self.call_phone = QLabel()
        self.call_phone.setObjectName("CallPhone")
        self.call_phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_detail = QLabel()
        self.call_detail.setObjectName("CallDetail")
        self.call_detail.setWordWrap(True)
        self.form = PlacementForm()
        self.form.submitted.connect(self.save)
        self.save_button = QPushButton(self.tr("&Simpan dan lanjut"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Enter"))
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("&Lewati"))
        self.skip_button.setToolTip(self.tr("Ctrl+↓ berikutnya, Ctrl+↑ sebelumnya"))
        self.skip_button.clicked.connect(lambda: self.move_by(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        self.saved = QLabel()
        self.saved.setObjectName("Saved")
        self.saved.setWordWrap(True)
        hint = QLabel(self.tr("Tekan 1–5 di kolom Hasil untuk memilih, Enter untuk menyimpan."))
        hint.setObjectName("CardNote")
        hint.setWordWrap(True)
        box.addWidget(self.call_name)
        box.addWidget(self.call_phone)
        box.addWidget(self.call_detail)
        box.addSpacing(6)
        box.addWidget(self.form)
        box.addWidget(hint)
        box.addLayout(buttons)
        box.addWidget(self.saved)
        box.addStretch()
        return panel

    def reload(self, keep_row: int = 0) -> None:
        with self.ctx.db.session() as session:
            self.rows = follow_up.follow_up_list(session, clock.today(), self.filter.currentData())
        self.model.set_rows(self.rows)
        self.view.resizeColumnsToContents()
        self.count.setText(
            self.tr("{n} alumni perlu dihubungi").format(n=len(self.rows))
            if self.rows
            else self.tr("Tidak ada alumni yang perlu dihubungi hari ini.")
        )
        self.survey_button.setEnabled(bool(self.rows))
        if self.rows:
            self.select(min(keep_row, len(self.rows) - 1))
        else:
            self._show_row(None)

    def select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self._show_row(self.rows[row])

    def current(self) -> follow_up.FollowUpRow | None:
        row = self.view.selectionModel().currentIndex().row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def move_by(self, offset: int) -> None:
        if self.rows:
            row = self.view.selectionModel().currentIndex().row()
            self.select(max(0, min(len(self.rows) - 1, row + offset)))

    def _row_changed(self) -> None:
        self._show_row(self.current())

    def _show_row(self, row: follow_up.FollowUpRow | None) -> None:
        enabled = row is not None and self.can_record
        self.form.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.skip_button.setEnabled(row is not None)
        source = str(self.form.source.currentData())
        self.form.reset(source)
        if row is None:
            self.call_name.setText(self.tr("Semua sudah dihubungi"))
            self.call_phone.clear()
            self.call_detail.clear()
            return
        self.call_name.setText(row.name)
        self.call_phone.setText(dialling_format(row.phone) or self.tr("(tidak ada nomor HP)"))
        self.call_detail.setText(
            self.tr("{program} · {batch}, selesai {end} · tindak lanjut {n} bulan").format(
                program=row.program, batch=row.batch, end=format_date(row.end_date), n=row.months
            )
        )
        if enabled:
            self.form.outcome.setFocus()

    def save(self) -> None:
        row = self.current()
        if row is None or not self.can_record:
            return
        data = self.form.value()
        try:
            with self.ctx.db.transaction() as session:
                placements.record(session, self.ctx.actor, row.enrollment_id, data)
        except FieldErrors as exc:
            self.form.show_errors(exc.errors)
            return
        except BlkError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), exc.message)
            return
        self.saved.setText(
            self.tr("Tersimpan: {name} — {outcome}.").format(
                name=row.name, outcome=_outcome_label(data.outcome)
            )
        )
        self.reload(keep_row=self.view.selectionModel().currentIndex().row())

    def save_survey(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan lembar survei"), str(Path.home() / "survei-penempatan.xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        count = write_survey(Path(path), self.rows)
        self.saved.setText(
            self.tr("Lembar survei berisi {n} alumni disimpan di {path}.").format(
                n=count, path=path
            )
        )


class PlacementDialog(Dialog):
    """Record a new placement for a graduate, or edit an existing record."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        name: str,
        enrollment_id: int | None = None,
        placement_id: int | None = None,
    ) -> None:
        if placement_id is None:
            title = self.tr("Catat penempatan: {name}").format(name=name)
        else:
            title = self.tr("Ubah penempatan: {name}").format(name=name)
        super().__init__(parent, title, "PlacementDialog")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ctx, self.enrollment_id, self.placement_id = ctx, enrollment_id, placement_id
        self.form = PlacementForm()
        self.form.submitted.connect(self.accept)
        if placement_id is not None:
            with ctx.db.session() as session:
                placement = session.get(Placement, placement_id)
                if placement is not None:
                    self.form.set_value(placements.as_input(placement))
        self.body.addWidget(self.form)
        self.finish_layout()
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            with self.ctx.db.transaction() as session:
                if self.placement_id is not None:
                    placements.update(session, self.ctx.actor, self.placement_id, self.form.value())
                else:
                    assert self.enrollment_id is not None
                    placements.record(
                        session, self.ctx.actor, self.enrollment_id, self.form.value()
                    )
        except FieldErrors as exc:
            self.form.show_errors(exc.errors)
            return
        except BlkError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), exc.message)
            return
        super().accept()


class GraduatesTab(QWidget):
    """Every graduate, searchable, with the placement records of the one selected."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        can = ctx.can(Action.RECORD_PLACEMENT)
        masked = not ctx.can(Action.VIEW_FULL_NIK)
        self.search = QLineEdit(placeholderText=self.tr("Cari lulusan: nama, NIK atau nomor HP…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.model = RowsModel(
            [
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("NIK"), lambda r: mask(r.nik) if masked else r.nik),
                (self.tr("No. HP"), lambda r: dialling_format(r.phone)),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Angkatan"), lambda r: r.batch),
                (self.tr("Selesai"), lambda r: format_date(r.end_date)),
                (self.tr("Penempatan terakhir"), lambda r: _outcome_label(r.latest_outcome)),
                (self.tr("Dicatat"), lambda r: format_date(r.latest_recorded_on)),
            ]
        )
        self.view = make_table(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._graduate_changed)
        self.history_model = RowsModel(
            [
                (self.tr("Dicatat"), lambda p: format_date(p.recorded_on)),
                (self.tr("Hasil"), lambda p: _outcome_label(p.outcome)),
                (self.tr("Perusahaan / usaha"), lambda p: p.employer),
                (self.tr("Sektor"), lambda p: p.sector),
                (self.tr("Negara tujuan"), lambda p: p.destination_country),
                (self.tr("Mulai bekerja"), lambda p: format_date(p.start_date)),
                (self.tr("Sumber"), lambda p: PLACEMENT_SOURCES.get(p.source, p.source)),
                (self.tr("Catatan"), lambda p: p.notes),
            ]
        )
        self.history_view = make_table(self.history_model)
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
        box.addWidget(self.search)
        box.addWidget(splitter, 1)
        self.graduates: list[placements.GraduateRow] = []
        self._graduate_changed()

    def reload(self) -> None:
        chosen = self.current()
        with self.ctx.db.session() as session:
            self.graduates = placements.graduates(session, self.search.text())
        self.model.set_rows(self.graduates)
        self.view.resizeColumnsToContents()
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
        self.history_view.resizeColumnsToContents()
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
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def edit(self) -> PlacementDialog | None:
        graduate, placement = self.current(), self._selected_placement()
        if graduate is None or placement is None or not self.ctx.can(Action.RECORD_PLACEMENT):
            return None
        dialog = PlacementDialog(self.ctx, self, graduate.name, placement_id=placement.id)
        dialog.accepted.connect(self.reload)
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
                date=format_date(placement.recorded_on), outcome=_outcome_label(placement.outcome)
            ),
        )
        if not ok:
            return
        try:
            with self.ctx.db.transaction() as session:
                placements.remove(session, self.ctx.actor, placement.id, reason)
        except BlkError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat dihapus"), exc.message)
            return
        self.reload()


class ImportCheckDialog(Dialog):
    """What the check of a survey file found, and the choice to import what is good."""

    def __init__(self, parent: QWidget, path: Path, report: ImportReport) -> None:
        super().__init__(parent, self.tr("Impor hasil survei"), "ImportCheckDialog",
                         QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.report = report
        summary = QLabel(
            self.tr("{file}: {rows} baris dibaca, {valid} benar, {bad} bermasalah.").format(
                file=path.name, rows=report.rows, valid=report.valid, bad=report.bad_rows
            )
        )
        summary.setObjectName("DialogTitle")
        summary.setWordWrap(True)
        self.body.addWidget(summary)
        if report.errors:
            self.errors_model = RowsModel(
                [
                    (self.tr("Baris"), lambda e: e.row),
                    (self.tr("Kolom"), lambda e: e.column),
                    (self.tr("Masalah"), lambda e: e.message),
                ]
            )
            self.errors_model.set_rows(report.errors)
            view = make_table(self.errors_model)
            view.setWordWrap(True)
            view.resizeColumnToContents(0)
            view.resizeColumnToContents(1)
            # Messages are sentences: wrap them in a readable column rather than scroll sideways.
            view.setColumnWidth(2, 520)
            view.resizeRowsToContents()
            self.body.addWidget(view, 1)
        self.import_button: QPushButton | None = None
        if report.valid:
            text = (
                self.tr("Impor {n} baris yang benar saja")
                if report.errors
                else self.tr("Impor {n} baris")
            )
            self.import_button = self.buttons.addButton(
                text.format(n=report.valid), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setProperty("primary", True)
        self.finish_layout()
        self.resize(max(self.width(), 720), max(self.height(), 420 if report.errors else 160))


class PlacementsPage(Page):
    icon_name = "placements"
    shows = frozenset(
        {Kind.PLACEMENTS, Kind.BATCHES, Kind.CERTIFICATES, Kind.ASSESSMENTS, Kind.TRAINEES}
    )

    def title(self) -> str:
        return self.tr("Penempatan")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.setStyleSheet(PAGE_STYLE)
        self.import_button = QPushButton(self.tr("Impor hasil survei…"))
        self.import_button.clicked.connect(self.choose_import)
        self.import_button.setVisible(ctx.can(Action.RECORD_PLACEMENT))
        self.actions_row.addWidget(self.import_button)
        self.tabs = QTabWidget()
        self.follow_up = FollowUpTab(ctx)
        self.graduates = GraduatesTab(ctx)
        self.tabs.addTab(self.follow_up, self.tr("Perlu dihubungi"))
        self.tabs.addTab(self.graduates, self.tr("Lulusan dan riwayat"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.layout_.addWidget(self.tabs, 1)
        self.check_dialog: ImportCheckDialog | None = None

    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr(
                "Hubungi alumni 3, 6 dan 12 bulan setelah pelatihan dan catat apakah mereka "
                "bekerja, berwirausaha atau menjadi PMI."
            )
        )
        self.follow_up.reload()
        self.graduates.reload()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.graduates:
            self.graduates.reload()
        else:
            self.follow_up.reload()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas hasil survei"), str(Path.home()),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        def check(progress: Progress) -> ImportReport:
            return import_placements(
                self.ctx.db, self.ctx.actor, path, check_only=True, progress=progress
            )

        run_task(self, check, self.tr("Memeriksa berkas survei…"),
                 lambda report: self._checked(path, report))  # fmt: skip

    def _checked(self, path: Path, report: ImportReport) -> None:
        self.check_dialog = ImportCheckDialog(self, path, report)
        self.check_dialog.accepted.connect(
            lambda: self._run_import(path, skip_invalid=bool(report.errors))
        )
        self.check_dialog.open()

    def _run_import(self, path: Path, skip_invalid: bool) -> None:
        def work(progress: Progress) -> ImportReport:
            return import_placements(
                self.ctx.db, self.ctx.actor, path, skip_invalid=skip_invalid, progress=progress
            )

        run_task(self, work, self.tr("Mengimpor hasil survei…"), self._imported)

    def _imported(self, report: ImportReport) -> None:
        message = self.tr("{n} penempatan dicatat dari berkas survei.").format(n=report.imported)
        if report.duplicates:
            message += " " + self.tr("{n} baris sudah tercatat sebelumnya.").format(
                n=report.duplicates
            )
        self.follow_up.saved.setText(message)
        self.follow_up.reload()
        self.graduates.reload()
