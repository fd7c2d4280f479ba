"""The call list: alumni due a call at 3, 6 and 12 months, and the answer form beside it."""

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core import clock
from blkdesk.core.access import disclosures
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.permissions import Action
from blkdesk.core.placement import follow_up, placements
from blkdesk.core.registry.contact import dialling_format, mask_phone
from blkdesk.ui.actions import act
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.screens.placements.form import PlacementForm, outcome_label, show_refusal
from blkdesk.ui.widgets.columns import FittedColumns
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel

# The column that gives way first when the list is narrow: the panel shows the programme whole.
PROGRAMME = 3
# Of the tab's width, the list's share when it first shows (the form wraps its labels above
# its fields when narrow); the clerk may move the divider.
LIST_SHARE = 64


class FollowUpTab(QWidget):
    """The call list on the left, the answer form on the right; Enter saves and moves on."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.can_record = ctx.can(Action.RECORD_PLACEMENT)
        self.phone = dialling_format if ctx.can(Action.VIEW_CONTACTS) else mask_phone
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
        # The sheet is filled in and imported back: for those who record placements.
        self.survey_button.setVisible(self.can_record)
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        top.addWidget(self.survey_button)
        self.model = RowsModel(
            [
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("No. HP"), lambda r: self.phone(r.phone)),
                (self.tr("Tindak lanjut"), lambda r: self.tr("{n} bulan").format(n=r.months)),
                (self.tr("Program"), lambda r: r.program),
                # Beside the form: the list leaves the batch and its end to the panel, to fit
                # 1366 pixels without scrolling sideways.
                (self.tr("Belum bekerja per"), lambda r: format_date(r.last_recorded_on)),
            ]
        )
        self.view = make_table(self.model)
        self.columns = FittedColumns(self.view, first=[PROGRAMME])
        self.hint = EmptyHint(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        # The form scrolls rather than forcing the main window taller on a small screen.
        self.panel = QScrollArea()
        self.panel.setWidgetResizable(True)
        self.panel.setFrameShape(QFrame.Shape.NoFrame)
        self.panel.setWidget(self._panel())
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        for keys, step in (("Ctrl+Down", 1), ("Ctrl+Up", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_by(step))
        self.rows: list[follow_up.FollowUpRow] = []
        self._split = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._split:  # the first time: the list gets most of the width, not the form
            self._split = True
            width = self.splitter.width()
            self.splitter.setSizes([width * LIST_SHARE // 100, width * (100 - LIST_SHARE) // 100])
        super().showEvent(event)

    def _panel(self) -> QWidget:
        panel = QGroupBox(self.tr("Hasil panggilan"))
        box = QVBoxLayout(panel)
        # The card's own padding is margin enough above and below: the whole form, Save
        # included, fits a 1366×768 screen without scrolling (a two-line name, in English too).
        box.setContentsMargins(6, 0, 6, 0)
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
        # Under the buttons, one line: the keys until the first save, then what was saved.
        self.keys = QLabel(self.tr("1–5 memilih hasil, Enter menyimpan."))
        self.keys.setObjectName("CardNote")
        self.keys.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setObjectName("Saved")
        self.saved.setWordWrap(True)
        self.saved.hide()
        box.addWidget(self.call_name)
        box.addWidget(self.call_phone)
        box.addWidget(self.call_detail)
        box.addWidget(self.form)
        box.addLayout(buttons)
        box.addWidget(self.keys)
        box.addWidget(self.saved)
        box.addStretch()
        # Who may not record sees who is due and when, not a form they cannot fill in.
        for part in (self.form, self.keys, self.save_button):
            part.setVisible(self.can_record)
        return panel

    def tell(self, message: str) -> None:
        """Show what was just done under the buttons, in place of the keys' hint."""
        self.keys.hide()
        self.saved.setText(message)
        self.saved.show()

    def reload(self, keep_row: int | None = None) -> None:
        """Re-read the call list; the cursor stays on the same line (after a save, the next
        alumnus moves up into it)."""
        if keep_row is None:
            keep_row = max(self.view.selectionModel().currentIndex().row(), 0)
        with self.ctx.db.session() as session:
            self.rows = follow_up.follow_up_list(session, clock.today(), self.filter.currentData())
        self.model.set_rows(self.rows)
        self.columns.measure()
        self.hint.show_if(
            not self.rows,
            self.tr("Tidak ada alumni yang perlu dihubungi"),
            self.tr("Alumni tampil di sini 3, 6 dan 12 bulan sesudah angkatannya selesai, untuk "
                    "ditanya apakah sudah bekerja. Hasilnya dicatat di panel sebelah."),
        )  # fmt: skip
        self.count.setText(
            self.tr("%Ln alumni perlu dihubungi", "", len(self.rows))
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
        self.call_phone.setText(self.phone(row.phone) or self.tr("(tidak ada nomor HP)"))
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
        if act(
            self, self.ctx, lambda s: placements.record(s, self.ctx.actor, row.enrollment_id, data),
            Changes.of(Kind.PLACEMENTS), refused=lambda exc: show_refusal(self, self.form, exc),
        ):  # fmt: skip
            self.tell(
                self.tr("Tersimpan: {name} — {outcome}.").format(
                    name=row.name, outcome=outcome_label(data.outcome)
                )
            )

    def save_survey(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan lembar survei"), str(Path.home() / "survei-penempatan.xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        from blkdesk.exchange.placement_survey import write_survey  # Excel loads when used

        count = write_survey(Path(path), self.rows)
        actor, target = self.ctx.actor, Path(path)
        act(
            self,
            self.ctx,
            lambda s: disclosures.record_export(
                s, actor, "placement_survey", "", target, f"lembar survei, {count} alumni"
            ),
            Changes(),
        )  # for the UU PDP disclosure report: names and phone numbers left the database
        self.tell(
            self.tr("Lembar survei berisi %Ln alumni disimpan di {path}.", "", count).format(
                path=path
            )
        )
