"""Kehadiran: choose a batch and key its daftar hadir from the keyboard.

Every key press is one committed, audited change (there is no Save button to forget); the page
keeps the change sets so Ctrl+Z can write the previous state back.
"""

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
)

from blkdesk.core.access import disclosures
from blkdesk.core.attendance import attendance, attendance_paper
from blkdesk.core.attendance.attendance import ChangeSet
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.concurrency import StaleCells
from blkdesk.core.errors import BlkError
from blkdesk.core.failures import explain
from blkdesk.core.permissions import Action
from blkdesk.core.progress import Progress
from blkdesk.core.sentences import spoken
from blkdesk.core.storage.db import Database
from blkdesk.ui.actions import act, act_in_background, act_on_db
from blkdesk.ui.dates import format_date
from blkdesk.ui.language import figure, grouped
from blkdesk.ui.screens.attendance.grid import AttendanceGridModel, GridView, StatsView
from blkdesk.ui.style import ERROR, OK, WARNING
from blkdesk.ui.widgets.banner import banner
from blkdesk.ui.widgets.batch_picker import BatchPicker
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.forms import FieldError
from blkdesk.ui.widgets.page import Page

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from blkdesk.exchange.attendance_xlsx import ImportResult


class NoteDialog(Dialog):
    def __init__(self, parent: Any, who: str, note: str) -> None:
        super().__init__(parent, self.tr("Catatan kehadiran"), "AttendanceNoteDialog")
        self.body.addWidget(QLabel(who))
        self.note = QLineEdit(note)
        self.note.setPlaceholderText(self.tr("mis. surat keterangan dokter"))
        self.note.setMinimumWidth(360)
        self.body.addWidget(self.note)
        # Too long is said while typing, and OK waits: a refusal after OK would lose the text.
        self.error = FieldError()
        self.body.addWidget(self.error)
        self.finish_layout()
        self.note.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        length = len(" ".join(self.note.text().split()))
        too_long = length > attendance.NOTE_MAX
        self.error.show_message(
            self.tr("Catatan terlalu panjang: {n} karakter, paling banyak {max}.").format(
                n=length, max=attendance.NOTE_MAX
            )
            if too_long
            else None
        )
        self.note.setProperty("invalid", too_long)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not too_long)


class AttendancePage(Page):
    icon_name = "attendance"
    shows = frozenset({Kind.BATCHES, Kind.MARKS, Kind.TRAINEES})

    def title(self) -> str:
        return self.tr("Kehadiran")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self._undo: list[ChangeSet] = []
        # One row above the grid and one line of text below it: at 1366 × 768 the grid keeps
        # room for 16 participants.
        self.layout_.setSpacing(8)
        chooser = QHBoxLayout()
        self.picker = BatchPicker()
        self.picker.chosen.connect(self._batch_chosen)
        # Choosing a batch from the keyboard (Enter in the open list) goes on to the grid.
        self.picker.activated.connect(self.view_focus)
        self.picker.closed_toggled.connect(self.refresh)
        chooser.addWidget(self.picker, 1)
        self.print_button = self._menu_button(
            self.tr("Cetak"),
            [
                (self.tr("Daftar hadir kosong untuk ditandatangani…"), self.print_blank),
                (self.tr("Rekap kehadiran…"), self.print_recap),
            ],
        )
        self.excel_button = self._menu_button(
            self.tr("Excel"),
            [
                (self.tr("Ekspor daftar hadir ke Excel…"), self.export_excel),
                (self.tr("Impor daftar hadir dari Excel…"), self.import_excel),
            ],
        )
        self.actions_row.addWidget(self.print_button)
        self.actions_row.addWidget(self.excel_button)
        # What the batch is (programme, dates, threshold) goes in the page's subtitle.
        self.info = self.subtitle_label

        self.fill_button = QPushButton(self.tr("Semua hadir"))
        self.fill_button.setToolTip(
            self.tr("Ctrl+D: isi H untuk semua peserta yang masih kosong pada hari yang dipilih.")
        )
        self.fill_button.clicked.connect(self.fill_day)
        self.note_button = QPushButton(self.tr("Catatan…"))
        self.note_button.setToolTip(self.tr("F2: catatan untuk isian yang dipilih."))
        self.note_button.clicked.connect(self.edit_note)
        self.undo_button = QPushButton(self.tr("Batalkan"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z: kembalikan isian terakhir."))
        self.undo_button.clicked.connect(self.undo)
        for button in (self.fill_button, self.note_button, self.undo_button):
            chooser.addWidget(button)
            # Back to the grid after a click: Space (= H) on a focused "Semua hadir" would
            # press it again and fill the whole next day.
            button.clicked.connect(self.view_focus)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Lalu ke bawah"), True)
        self.direction.addItem(self.tr("Lalu ke kanan"), False)
        self.direction.setToolTip(
            self.tr("Ke bawah: per hari, seperti membaca kolom kertas. Ke kanan: per peserta.")
        )
        self.direction.currentIndexChanged.connect(self._direction_chosen)
        chooser.addWidget(self.direction)
        self.layout_.addLayout(chooser)

        self.model = AttendanceGridModel(self)
        self.view = GridView()
        self.hint = EmptyHint(self.view)
        self.view.setModel(self.model)
        self.view.code_typed.connect(self.key_code)
        self.view.undo_requested.connect(self.undo)
        self.view.fill_requested.connect(self.fill_day)
        self.view.note_requested.connect(self.edit_note)
        self.stats_view = StatsView(self.view)
        self.stats_view.setModel(self.model)
        grid_row = QHBoxLayout()
        grid_row.setSpacing(0)
        grid_row.addWidget(self.view, 1)
        grid_row.addWidget(self.stats_view)
        self.layout_.addLayout(grid_row, 1)
        self.warnings = banner()
        self.layout_.addWidget(self.warnings)
        # The last key's outcome, or else the legend: one line either way, so the grid never
        # jumps when a message comes and goes.
        self.legend = self.tr(
            "H hadir · I izin · S sakit · A alpa · Spasi = H · Delete = kosongkan · "
            "• = ada catatan (F2) · Ctrl+D semua hadir · Ctrl+Z batalkan · "
            "blok beberapa sel lalu ketik kode untuk mengisi sekaligus. "
            "Setiap isian langsung tersimpan."
        )
        self._refusal = ""  # the line, while it says why the last key was not saved
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.message)
        self.setTabOrder(self.picker.combo, self.view)
        self._say("")
        self._update_buttons()

    def _menu_button(self, text: str, entries: list[tuple[str, Any]]) -> QPushButton:
        button = QPushButton(text)
        menu = QMenu(button)
        for label, slot in entries:
            menu.addAction(label).triggered.connect(lambda _=False, fn=slot: fn())
        button.setMenu(menu)
        return button

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr("Ketik daftar hadir dari kertas: satu tombol per peserta per hari.")
        )
        self.picker.load(self.ctx.db)

    def view_focus(self) -> None:
        self.view.setFocus()

    def take_focus(self) -> None:
        if self.model.grid is not None:
            self.view.setFocus()
        else:
            self.picker.setFocus()

    def _to_training(self) -> None:
        from blkdesk.ui import screens

        self.navigate.emit(screens.TrainingPage)

    def select_batch(self, batch_id: int) -> None:
        self.picker.select(batch_id)

    def _batch_chosen(self, batch_id: int | None) -> None:
        self._undo.clear()
        shown = self.model.grid.batch_id if self.model.grid is not None else None
        # The same batch drawn again (a restore on the server PC, which often ends the save it
        # refuses, redraws within a second) keeps the refusal, so the clerk can still read why
        # the cell stayed empty. A saved or undone line may no longer hold: it goes.
        self._say(self._refusal if batch_id is not None and batch_id == shown else "", ERROR)
        if batch_id is None:
            self.model.set_grid(None)
            self.info.setText(self.tr("Belum ada angkatan yang berjalan atau selesai."))
            self.hint.show_hint(
                self.tr("Belum ada angkatan yang berjalan"),
                self.tr("Kehadiran diisi per angkatan yang sudah dimulai. Di Pelatihan & "
                        "Angkatan: rencanakan angkatan, pilih pesertanya, lalu mulai "
                        "pelatihannya. Angkatan yang sudah ditutup tampil bila Termasuk yang "
                        "ditutup dicentang."),
                [(self.tr("Buka Pelatihan & Angkatan"), self._to_training)],
            )  # fmt: skip
            self._show_warnings()
            self._update_buttons()
            return
        self.hint.hide()
        with self.ctx.db.session() as session:
            grid = attendance.load_grid(session, batch_id, today())
        self.model.set_grid(grid)
        days = grid.days
        span = f"{format_date(days[0])} – {format_date(days[-1])}" if days else ""
        self.info.setText(
            # Each count says its own noun: "1 training day · 2 trainees" in English.
            self.tr("{program} · {span} · {days} · {people} · ambang kehadiran {threshold}").format(
                program=grid.program_name,
                span=span,
                days=self.tr("%Ln hari pelatihan", "", len(days)),
                people=self.tr("%Ln peserta", "", len(grid.participants)),
                # "80" and "%" kept on one line when the subtitle wraps.
                threshold=f"{figure(grid.threshold)}\u00a0%",
            )
        )
        if grid.closed:
            self._say(self.tr("Angkatan ini sudah ditutup: presensinya hanya dapat dilihat."))
        self._show_warnings()
        self._update_buttons()
        self._go_to_first_blank()

    def _go_to_first_blank(self) -> None:
        """Start where the clerk left off: the first day someone still has a blank; when every
        day held so far is keyed, the latest of them (never a future day, which looks empty)."""
        grid = self.model.grid
        if grid is None or not grid.participants or not grid.days:
            return
        for day in grid.days:
            for row, person in enumerate(grid.participants):
                if grid.mark(person.enrollment_id, day) is None and not grid.refusal(person, day):
                    self._start_at(row, self.model.column_of(day))
                    return
        held = [day for day in grid.days if day <= grid.today]
        self._start_at(0, self.model.column_of(held[-1] if held else grid.days[0]))

    def _start_at(self, row: int, column: int) -> None:
        self.view.go_to(row, column)
        # Once the layout has settled (the first show), scroll again so the cell is in sight.
        QTimer.singleShot(0, self.view, lambda: self.view.scrollTo(self.view.currentIndex()))

    def _direction_chosen(self) -> None:
        self.view.move_down = bool(self.direction.currentData())

    def _update_buttons(self) -> None:
        grid = self.model.grid
        editable = grid is not None and not grid.closed and self.ctx.can(Action.MARK_ATTENDANCE)
        for button in (self.fill_button, self.note_button):
            button.setEnabled(editable)
        self.undo_button.setEnabled(editable and bool(self._undo))
        has_days = grid is not None and bool(grid.days)
        self.print_button.setEnabled(has_days)
        # The workbook carries the trainees' names out of BLKDesk: an export like the reports,
        # for those who may export them (not a viewer).
        exportable = self.ctx.can(Action.EXPORT_REPORTS)
        self.excel_button.setEnabled(has_days and (exportable or editable))
        self.excel_button.menu().actions()[0].setEnabled(exportable)
        self.excel_button.menu().actions()[1].setEnabled(editable)

    # --- keying -------------------------------------------------------------------------------
    def key_code(self, code: str | None) -> None:
        grid = self.model.grid
        indexes = self.view.selected_cells()
        if grid is None or not indexes:
            return
        cells = [cell for i in indexes if (cell := self.model.cell(i)) is not None]
        # What these cells show now: another clerk's change to one of them since is a conflict;
        # changes to any other cell merge.
        seen = {cell: grid.mark(*cell) for cell in cells}
        if (
            self._act(
                lambda db: attendance.set_marks(
                    db, self.ctx.actor, grid.batch_id, cells, code, seen=seen
                ),
                self._applied,
            )
            and len(indexes) == 1
        ):
            self.view.advance()

    def fill_day(self) -> None:
        grid = self.model.grid
        day = self.model.day(self.view.currentIndex().column())
        if grid is None:
            return
        if day is None:
            self._say(self.tr("Pilih dulu satu sel pada kolom hari yang akan diisi."), WARNING)
            return

        def filled(changes: ChangeSet) -> None:
            if not changes:
                self._say(
                    self.tr("Tidak ada sel kosong pada {day}.").format(day=format_date(day)),
                    WARNING,
                )
                return
            self._applied(changes)
            self._next_day(day)

        self._act(lambda db: attendance.fill_day(db, self.ctx.actor, grid.batch_id, day), filled)

    def _next_day(self, day: date) -> None:
        """After a whole day is filled, the next day held is ready: a day when everyone came is
        one keystroke (Ctrl+D), read off the paper column by column."""
        grid = self.model.grid
        if grid is None:
            return
        later = [d for d in grid.days if day < d <= grid.today]
        if later:
            self.view.go_to(0, self.model.column_of(later[0]))

    def edit_note(self) -> None:
        grid = self.model.grid
        cell = self.model.cell(self.view.currentIndex())
        if grid is None or cell is None:
            return
        person = self.model.participant(self.view.currentIndex().row())
        mark = grid.mark(*cell)
        if mark is None:
            # Said before the dialog opens: a note typed for a blank cell would be thrown away.
            self._say(
                self.tr("Isi dulu kode kehadirannya (H, I, S atau A) sebelum menambah catatan."),
                WARNING,
            )
            return
        who = f"{person.name} · {format_date(cell[1])}"
        dialog = NoteDialog(self, who, mark.note if mark else "")
        if not dialog.exec():
            return
        note = dialog.note.text()
        self._act(
            lambda db: attendance.set_note(
                db, self.ctx.actor, grid.batch_id, *cell, note, seen={cell: mark}
            ),
            self._applied,
        )

    def undo(self) -> None:
        if not self._undo:
            self._say(self.tr("Tidak ada isian yang dapat dibatalkan."), WARNING)
            return
        last = self._undo[-1]
        self._act(lambda db: attendance.undo(db, self.ctx.actor, last), self._undone)

    def _undone(self, reverted: ChangeSet) -> None:
        self._undo.pop()
        self.model.apply(reverted)
        first = reverted.changes[0] if reverted.changes else None
        if first is not None:
            row = self._row_of(first.enrollment_id)
            self.view.go_to(row, self.model.column_of(first.day))
        self._say(self.tr("Dibatalkan: %Ln sel dikembalikan.", "", len(reverted.changes)), OK)
        self._show_warnings()
        self._update_buttons()

    def _act(
        self, work: Callable[[Database], ChangeSet], then: Callable[[ChangeSet], None]
    ) -> bool:
        """Keying is one short transaction per key; the grid shows it at once (no reload)."""
        return act_on_db(
            self, self.ctx, work, lambda done: Changes.of(Kind.MARKS) if done else Changes(),
            then=then, refused=self._refused,
        )  # fmt: skip

    def _refused(self, error: BlkError) -> None:
        if isinstance(error, StaleCells):
            # Another clerk keyed these cells meanwhile: show their marks, then say so.
            self._batch_chosen(self.picker.current())
        self._say(error.message, ERROR)

    def changes_announced(self, changes: Changes) -> None:
        if self.ctx.bus.origin is self:
            return
        if changes.remote and changes.kinds == {Kind.MARKS} and self.isVisible():
            # Another clerk keyed marks: take theirs in where this clerk is, without moving.
            self._reload_marks()
            return
        super().changes_announced(changes)

    def _reload_marks(self) -> None:
        grid = self.model.grid
        if grid is None:
            return
        current = self.view.currentIndex()
        row, column = current.row(), current.column()
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        offsets = [bar.value() for bar in bars]
        with self.ctx.db.session() as session:
            fresh = attendance.load_grid(session, grid.batch_id, today())
        self.model.set_grid(fresh)
        if row >= 0 and column >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))
        for bar, offset in zip(bars, offsets, strict=True):
            bar.setValue(offset)
        self._show_warnings()

    def _applied(self, changes: ChangeSet) -> None:
        if not changes:
            return
        self._undo.append(changes)
        self.model.apply(changes)
        if changes.warnings:
            self._say("\n".join(map(spoken, changes.warnings)), WARNING)
        else:
            self._say(self._describe(changes), OK)
        self._show_warnings()
        self._update_buttons()

    def _describe(self, changes: ChangeSet) -> str:
        if len(changes.changes) > 1:
            return self.tr("Tersimpan: {n} sel.").format(n=len(changes.changes))
        change = changes.changes[0]
        person = self.model.participant(self._row_of(change.enrollment_id))
        what = change.after.code if change.after else self.tr("dikosongkan")
        return self.tr("Tersimpan: {name}, {day} = {what}").format(
            name=person.name, day=format_date(change.day), what=what
        )

    def _row_of(self, enrollment_id: int) -> int:
        grid = self.model.grid
        assert grid is not None
        return next(i for i, p in enumerate(grid.participants) if p.enrollment_id == enrollment_id)

    def _say(self, text: str, colour: str = "") -> None:
        self._refusal = text if colour == ERROR else ""
        self.message.setText(text or self.legend)
        self.message.setObjectName("" if text else "FieldInfo")
        self.message.setStyleSheet(f"color: {colour};" if text and colour else "")

    def _show_warnings(self) -> None:
        """At most two lines above the grid (the rest in the tooltip), so the rows stay in view."""
        warnings = self.model.warnings()
        self.warnings.setVisible(bool(warnings))
        warnings = [spoken(w) for w in warnings]
        shown = [f"⚠ {w}" for w in warnings[:2]]
        if len(warnings) > 2:
            shown[-1] += " " + self.tr("(dan {n} lainnya; arahkan tetikus ke sini)").format(
                n=len(warnings) - 2
            )
        self.warnings.setText(self.tr("Perlu ditindaklanjuti:") + " " + "  ".join(shown))
        self.warnings.setToolTip("\n".join(f"⚠ {w}" for w in warnings))

    # --- paper and Excel ----------------------------------------------------------------------
    def _file_stem(self, what: str) -> str:
        grid = self.model.grid
        assert grid is not None
        return re.sub(r"[^\w\- ]+", "-", f"{what} {grid.batch_name} {grid.program_name}").strip()

    def _job_title(self, what: str) -> str:
        """The print job's name in the printer queue, e.g. "Daftar hadir Angkatan IV/2026 …"."""
        grid = self.model.grid
        assert grid is not None
        return f"{what} {grid.batch_name} {grid.program_name}"

    # Excel and printing load when the clerk uses them, not with the page.
    def print_blank(self) -> None:
        from blkdesk.printing.attendance_sheet import render_blank
        from blkdesk.ui.screens.attendance import printouts as attendance_print

        grid = self.model.grid
        if grid is None or not grid.days:
            return

        def prepare(start: date, end: date) -> attendance_paper.BlankSheet:
            with self.ctx.db.session() as session:
                return attendance_paper.blank_sheet(session, grid.batch_id, start, end)

        dialog = attendance_print.SheetOptionsDialog(
            self, self.tr("Cetak daftar hadir kosong"), grid, prepare, kind="daftar_hadir"
        )
        done = attendance_print.run(
            self, dialog, render_blank, self._file_stem("Daftar hadir") + ".pdf", "daftar_hadir",
            self._job_title(self.tr("Daftar hadir")),
            lambda path, printer: self._record_output(grid.batch_uuid, "daftar hadir kosong",
                                                      path, printer),
        )  # fmt: skip
        if done:
            self._say(done, OK)

    def print_recap(self) -> None:
        from blkdesk.printing.attendance_sheet import render_recap
        from blkdesk.ui.screens.attendance import printouts as attendance_print

        grid = self.model.grid
        if grid is None or not grid.days:
            return

        def prepare(_start: date, _end: date) -> attendance_paper.Recap:
            with self.ctx.db.session() as session:
                return attendance_paper.recap(session, grid.batch_id)

        dialog = attendance_print.SheetOptionsDialog(
            self, self.tr("Cetak rekap kehadiran"), grid, prepare, with_range=False,
            kind="rekap_hadir",
        )  # fmt: skip
        done = attendance_print.run(
            self, dialog, render_recap, self._file_stem("Rekap kehadiran") + ".pdf", "rekap_hadir",
            self._job_title(self.tr("Rekap kehadiran")),
            lambda path, printer: self._record_output(grid.batch_uuid, "rekap kehadiran", path,
                                                      printer),
        )  # fmt: skip
        if done:
            self._say(done, OK)

    def _record_output(
        self, batch_uuid: str, kind: str, path: Path | None, printer: str | None = None
    ) -> None:
        """Names left the database (a file, or paper): the UU PDP disclosure report must be
        able to say so."""
        actor = self.ctx.actor

        def work(session: "Session") -> None:
            if path is not None:
                disclosures.record_export(session, actor, "attendance", batch_uuid, path, kind)
            else:
                disclosures.record_print(
                    session, actor, "attendance", batch_uuid, printer or "", kind
                )

        act(self, self.ctx, work, Changes())

    def export_excel(self) -> None:
        grid = self.model.grid
        if grid is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor daftar hadir"), self._file_stem("Daftar hadir") + ".xlsx",
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        from blkdesk.exchange.attendance_xlsx import export_xlsx

        try:
            rows = export_xlsx(grid, target)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Ekspor"), self.tr("Berkas tidak dapat disimpan: {error}").format(
                    error=spoken(explain(exc) or "")
                )
            )  # fmt: skip
            return
        self._record_output(grid.batch_uuid, "daftar hadir (xlsx)", target)
        self._say(self.tr("%Ln peserta diekspor ke {path}", "", rows).format(path=target), OK)

    def import_excel(self) -> None:
        grid = self.model.grid
        if grid is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Impor daftar hadir"), "", self.tr("Buku kerja Excel (*.xlsx)")
        )
        if not path:
            return
        db, actor, batch_id = self.ctx.db, self.ctx.actor, grid.batch_id

        def work(progress: Progress) -> "ImportResult":
            from blkdesk.exchange.attendance_xlsx import import_xlsx

            progress.update(0, 0, self.tr("Membaca {name}…").format(name=Path(path).name))
            return import_xlsx(db, actor, batch_id, Path(path))

        self._import_task = act_in_background(
            self, self.ctx, self.tr("Impor daftar hadir"), work,
            Changes.of(Kind.MARKS), then=self._imported,
            cancellable=False,
        )  # fmt: skip

    def _imported(self, result: "ImportResult") -> None:
        self._batch_chosen(self.picker.current())
        if result.changes:
            self._undo.append(result.changes)
            self._update_buttons()
        summary = self.tr("{imported} dari {read} diimpor; {marks} berubah.").format(
            imported=grouped(result.rows_imported),
            read=self.tr("%Ln baris", "", result.rows_read),
            marks=self.tr("%Ln isian", "", len(result.changes.changes)),
        )
        if result.errors:
            shown = "\n".join(map(spoken, result.errors[:15]))
            more = len(result.errors) - 15
            if more > 0:
                shown += "\n" + self.tr("… dan %Ln baris lain.", "", more)
            QMessageBox.warning(
                self, self.tr("Impor daftar hadir"),
                summary + "\n\n" + self.tr("Baris yang tidak diimpor:") + "\n" + shown,
            )  # fmt: skip
            self._say(summary, WARNING)
        else:
            self._say(summary, OK)
