"""One batch: its plan and calendar, and the selection of its applicants."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.access import disclosures
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.concurrency import StaleRecord
from blkdesk.core.errors import BlkError, FieldErrors, ValidationError
from blkdesk.core.permissions import Action
from blkdesk.core.progress import Progress
from blkdesk.core.refdata import BATCH_MODES, education_said, regency_name
from blkdesk.core.sentences import spoken
from blkdesk.core.statuses import BatchStatus, EnrollmentStatus
from blkdesk.core.training import batches, selection
from blkdesk.ui.actions import act, act_in_background
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.screens.training.batch_dialog import BatchDialog
from blkdesk.ui.screens.training.calendar import TrainingCalendar
from blkdesk.ui.screens.training.labels import tl
from blkdesk.ui.screens.training.selection_model import ApplicantsModel
from blkdesk.ui.screens.training.small_dialogs import (
    DateReasonDialog,
    ReasonDialog,
    TraineePickerDialog,
)
from blkdesk.ui.screens.training.status_conflict import reapply
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.savefile import ask_save_path
from blkdesk.ui.widgets.tablemodels import RowsModel

if TYPE_CHECKING:
    from blkdesk.printing import participants
    from blkdesk.ui.widgets.printing import Document

# The button that moves a batch on, named after the status it leaves.
NEXT_STATUS_LABELS: dict[str, str] = {
    BatchStatus.PLANNED: "Mulai pelatihan",
    BatchStatus.RUNNING: "Tandai selesai",
    BatchStatus.FINISHED: "Tutup angkatan",
}


NAME_LEAST, NAME_MOST = 160, 260  # pixels of the name column


class BatchDetailDialog(Dialog):
    def __init__(self, ctx: AppContext, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Angkatan"), "BatchDetailDialog",
                         QDialogButtonBox.StandardButton.Close)  # fmt: skip
        self.ctx, self.db, self.batch_id = ctx, ctx.db, batch_id
        self.last_pdf: Path | None = None
        self.info: batches.BatchDetail
        self.title = QLabel()
        self.title.setObjectName("DialogTitle")
        self.facts = QLabel()
        self.facts.setObjectName("PageSubtitle")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(self.title)
        titles.addWidget(self.facts)
        head.addLayout(titles, 1)
        self.edit_plan = QPushButton(self.tr("Ubah rencana…"))
        self.next_status = QPushButton()
        self.next_status.setProperty("primary", True)
        self.back_status = QPushButton(self.tr("Kembalikan status…"))
        for button in (self.edit_plan, self.back_status, self.next_status):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._selection_tab(), self.tr("Seleksi peserta"))
        self.tabs.addTab(self._schedule_tab(), self.tr("Jadwal pelatihan"))
        self.body.addWidget(self.tabs, 1)
        self.finish_layout()
        self.resize(1180, 720)
        self.edit_plan.clicked.connect(self._edit_plan)
        self.next_status.clicked.connect(self._advance)
        self.back_status.clicked.connect(self._go_back)
        self.reload()
        # A batch just planned has nobody yet: Enter opens the search for its first registrant,
        # not "Ubah rencana…", the first button in the window.
        if self.model.rowCount() == 0 and self.add_button.isEnabled():
            self.add_button.setFocus()

    # --- layout ---------------------------------------------------------------------------

    def _selection_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("SelectionCounts")
        top.addWidget(self.counts, 1)
        self.add_button = QPushButton(self.tr("Tambah pendaftar…"))
        self.preview_button = QPushButton(self.tr("Cetak daftar peserta…"))
        self.pdf_button = QPushButton(self.tr("Simpan daftar sebagai PDF…"))
        for button in (self.add_button, self.preview_button, self.pdf_button):
            top.addWidget(button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = ApplicantsModel(mask_nik=not self.ctx.can(Action.VIEW_FULL_NIK))
        self.view = make_table(self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        splitter.addWidget(self.view)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        heading = QLabel(self.tr("Syarat peserta"))
        heading.setObjectName("SectionTitle")
        heading.setStyleSheet("font-weight: 600;")
        side_layout.addWidget(heading)
        self.checks = QLabel(self.tr("Pilih pendaftar di daftar untuk melihat syaratnya."))
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.checks)
        side_layout.addWidget(scroll, 1)
        side_layout.addSpacing(12)
        self.accept_button = QPushButton(self.tr("Terima sebagai peserta"))
        self.accept_button.setProperty("primary", True)
        self.reserve_button = QPushButton(self.tr("Jadikan cadangan"))
        self.reject_button = QPushButton(self.tr("Tidak lulus seleksi"))
        self.withdraw_button = QPushButton(self.tr("Mengundurkan diri…"))
        self.reset_button = QPushButton(self.tr("Kembalikan ke pendaftar"))
        self.remove_button = QPushButton(self.tr("Hapus pendaftar"))
        for button in (self.accept_button, self.reserve_button, self.reject_button,
                       self.withdraw_button, self.reset_button, self.remove_button):  # fmt: skip
            side_layout.addWidget(button)
        side.setMinimumWidth(260)
        side.setMaximumWidth(320)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self._add_applicants)
        self.preview_button.clicked.connect(self._print_preview)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.accept_button.clicked.connect(lambda: self._set_status("peserta"))
        self.reserve_button.clicked.connect(lambda: self._set_status("cadangan"))
        self.reject_button.clicked.connect(lambda: self._set_status("tidak_lulus_seleksi"))
        self.reset_button.clicked.connect(lambda: self._set_status("pendaftar"))
        self.withdraw_button.clicked.connect(self._withdraw)
        self.remove_button.clicked.connect(self._remove)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        return tab

    def _schedule_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.setSpacing(16)
        left = QVBoxLayout()
        self.calendar = TrainingCalendar()
        left.addWidget(self.calendar, 1)
        move_row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("Pindahkan hari terpilih…"))
        move_row.addWidget(self.move_button)
        move_row.addStretch()
        left.addLayout(move_row)
        layout.addLayout(left, 3)
        self.days_model = RowsModel(
            [
                (self.tr("Ke-"), lambda r: r[0]),
                (self.tr("Tanggal"), lambda r: format_date(r[1])),
            ]
        )
        self.days_view = make_table(self.days_model)
        self.days_view.clicked.connect(self._day_clicked)
        layout.addWidget(self.days_view, 2)
        self.move_button.clicked.connect(self._move_day)
        self.calendar.day_chosen.connect(self._calendar_day)
        return tab

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        with self.db.session() as session:
            self.info = batches.detail(session, self.batch_id)
            rows = selection.applicants(session, self.batch_id)
            counts = selection.counts(session, self.batch_id)
            margin = timedelta(days=60)
            first = self.info.days[0] if self.info.days else self.info.start
            last = self.info.days[-1] if self.info.days else self.info.start
            holidays = batches.holidays_between(session, first - margin, last + margin)
            closures = batches.closures_between(session, first - margin, last + margin)
        info = self.info
        named = batches.named(info.name)
        self.setWindowTitle(
            info.name if named == info.name else self.tr("Angkatan {name}").format(name=info.name)
        )
        self.title.setText(f"{info.name} · {info.program}")
        place = tl(BATCH_MODES.get(info.mode, info.mode))
        if info.mode == "mtu" and info.location:
            place = f"{place}, {info.location}"
        teachers = ", ".join(info.instructor_names) or self.tr("belum ditentukan")
        self.facts.setText(
            self.tr(
                "{status} · {start} – {end} · {days} · {place} · dana {funding}<br>"
                "Instruktur: {teachers}"
            ).format(
                status=f"<b>{tl(batches.STATUS_LABELS[info.status])}</b>",
                start=format_date(info.start), end=format_date(info.end),
                days=self.tr("%Ln hari", "", len(info.days)),
                place=place, funding=info.funding, teachers=teachers,
            )
        )  # fmt: skip
        self.counts.setText(
            self.tr(
                "<b>{taken} dari {capacity}</b> tempat terisi · {applicants} · "
                "{reserve} cadangan · {rejected} tidak lulus · {withdrawn} mengundurkan diri"
            ).format(
                taken=counts["peserta"], capacity=info.capacity,
                applicants=self.tr("%Ln pendaftar", "", counts["pendaftar"]),
                reserve=counts["cadangan"], rejected=counts["tidak_lulus_seleksi"],
                withdrawn=counts["mengundurkan_diri"],
            )
        )  # fmt: skip
        self.model.set_rows(rows, info.start)
        self._size_columns()
        self.calendar.set_marks(info.days, holidays, closures)
        self.days_model.set_rows(list(enumerate(info.days, start=1)))
        self.days_view.resizeColumnsToContents()
        self._update_buttons()

    def _size_columns(self) -> None:
        # To their contents, in whichever language: fixed widths cut "1 December 2026" short in
        # English. A long name takes up to NAME_MOST, leaving the other columns in sight.
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(0, max(NAME_LEAST, min(self.view.columnWidth(0), NAME_MOST)))

    def _update_buttons(self) -> None:
        status = self.info.status
        can_edit = self.ctx.can(Action.EDIT_BATCHES) and (
            status != BatchStatus.CLOSED or self.ctx.can(Action.EDIT_CLOSED_BATCH)
        )
        can_select = self.ctx.can(Action.SELECT_PARTICIPANTS) and (
            status != BatchStatus.CLOSED or self.ctx.can(Action.EDIT_CLOSED_BATCH)
        )
        self.edit_plan.setEnabled(can_edit)
        self.move_button.setEnabled(can_edit)
        self.next_status.setVisible(status in NEXT_STATUS_LABELS)
        self.next_status.setText(tl(NEXT_STATUS_LABELS.get(status, "")))
        self.next_status.setEnabled(can_edit)
        self.back_status.setEnabled(can_edit and batches.previous_status(status) is not None)
        self.add_button.setEnabled(can_select)
        selected = bool(self._selected_rows())
        for button in (self.accept_button, self.reserve_button, self.reject_button,
                       self.withdraw_button, self.reset_button, self.remove_button):  # fmt: skip
            button.setEnabled(can_select and selected)

    def _selected_rows(self) -> list[selection.ApplicantRow]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.rows[r] for r in rows]

    def _selection_changed(self) -> None:
        rows = self._selected_rows()
        self._update_buttons()
        if len(rows) != 1:
            self.checks.setText(
                self.tr("%Ln pendaftar dipilih.", "", len(rows))
                if rows
                else self.tr("Pilih pendaftar di daftar untuk melihat syaratnya.")
            )
            return
        row = rows[0]
        if not row.checks:
            self.checks.setText(self.tr("Program ini tidak menetapkan syarat peserta."))
            return
        education = spoken(education_said(row.education)) or "–"
        lines = [
            f"<b>{row.name}</b><br><span style='color:#475467'>"
            f"{education} · {regency_name(row.regency_code) or '–'}</span>"
        ]
        for check in row.checks:
            mark, color = (("✓", "#067647") if check.passed
                           else ("✗", "#b42318") if check.passed is False
                           else ("?", "#b54708"))  # fmt: skip
            lines.append(
                f"<br><span style='color:{color}; font-weight:600'>{mark}</span> "
                f"{spoken(check.label)}"
                f"<br><span style='color:#475467'>{spoken(check.detail)}</span>"
            )
        self.checks.setText("<br>".join(lines))

    # --- guarded actions ------------------------------------------------------------------

    def _closed_reason(self) -> str | None:
        """'' for an open batch; the admin's reason for a closed one; None when cancelled."""
        if self.info.status != BatchStatus.CLOSED:
            return ""
        dialog = ReasonDialog(
            self, self.tr("Angkatan sudah ditutup"),
            self.tr("Angkatan ini sudah ditutup. Perubahan dicatat di jejak audit beserta "
                    "alasannya."),
        )  # fmt: skip
        return dialog.text() if dialog.exec() else None

    @property
    def _changes(self) -> Changes:
        return Changes.with_ids(Kind.BATCHES, [self.batch_id])

    def _act(self, work: Callable[[Session], object]) -> bool:
        """One change to this batch's list or plan; the window shows it, the pages are told."""
        done = act(self, self.ctx, work, self._changes, refused=lambda exc: self._warn(exc.message))
        self.reload()
        return done

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Tidak dapat dilanjutkan"), message)

    def _add_applicants(self) -> None:
        picker = TraineePickerDialog(self.db, not self.ctx.can(Action.VIEW_FULL_NIK), self)
        if not picker.exec():
            return
        reason = self._closed_reason()
        if reason is None:
            return
        chosen = picker.chosen
        if self._act(
            lambda s: selection.add_applicants(s, self.ctx.actor, self.batch_id, chosen, reason)
        ):
            self._select_trainees(set(chosen))

    def _select_trainees(self, trainee_ids: set[int]) -> None:
        """The ones just added, marked in the list with their requirements beside it, so the
        next step (accept, reserve) needs no hunting through the rows."""
        marks = self.view.selectionModel()
        marks.clearSelection()
        rows = [r for r, row in enumerate(self.model.rows) if row.trainee_id in trainee_ids]
        for r in rows:
            marks.select(
                self.model.index(r, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if rows:
            first = self.model.index(rows[0], 0)
            marks.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
            self.view.setFocus()

    def _set_status(self, status: str) -> None:
        rows = self._selected_rows()
        reason = self._closed_reason()
        if not rows or reason is None:
            return
        problems: list[str] = []
        for row in rows:
            if row.status != status and not self._apply_status(row, status, reason, problems):
                break
        self.reload()
        if problems:
            self._warn("\n\n".join(problems))

    def _apply_status(
        self, row: selection.ApplicantRow, status: str, closed: str, problems: list[str]
    ) -> bool:
        """One applicant, in their own transaction; False when the rest need not be tried (the
        batch is full). An applicant who fails a condition is accepted only with a reason."""
        exception, version = "", row.version
        while True:
            refusals: list[BlkError] = []

            def change(session: Session, why: str = exception, seen: int = version) -> None:
                selection.set_status(
                    session, self.ctx.actor, row.enrollment_id, status,
                    ineligible_reason=why, closed_reason=closed, expected_version=seen,
                )  # fmt: skip

            if act(self, self.ctx, change, self._changes, refused=refusals.append):
                return True
            refusal = refusals[0]
            if isinstance(refusal, StaleRecord):
                if not reapply(self, refusal, row.state, selection.StatusState(status, today())):
                    return True  # the reloaded list shows the other clerk's status
                version = refusal.current_version
                continue
            if refusal.field == "eligibility" and not exception:
                dialog = ReasonDialog(
                    self, self.tr("Pendaftar tidak memenuhi syarat"),
                    refusal.message + "\n\n" + self.tr("Tuliskan alasan untuk tetap menerimanya."),
                )  # fmt: skip
                if not dialog.exec():
                    return True
                exception = dialog.text()
                continue
            problems.append(refusal.message)
            return refusal.field != "capacity"

    def _withdraw(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1:
            self._warn(self.tr("Pilih satu pendaftar yang mengundurkan diri."))
            return
        reason = self._closed_reason()
        if reason is None:
            return
        row = rows[0]
        dialog = DateReasonDialog(
            self, self.tr("Mengundurkan diri"), "WithdrawDialog",
            self.tr("{name} mengundurkan diri dari {batch}.").format(
                name=row.name, batch=self.info.name),
            self.tr("Tanggal"), min(today(), self.info.end or today()), self.tr("Alasan"),
        )  # fmt: skip

        seen, again = [row.version], [False]

        def refused(exc: BlkError) -> None:
            if isinstance(exc, FieldErrors):
                dialog.show_errors(exc.errors)
            elif isinstance(exc, StaleRecord):
                mine = selection.StatusState(
                    EnrollmentStatus.WITHDRAWN, dialog.chosen_date(), dialog.reason.text().strip()
                )
                if reapply(self, exc, row.state, mine):
                    seen[0], again[0] = exc.current_version, True
                else:
                    dialog.done(0)  # the reloaded list shows the other clerk's status
            else:
                self._warn(exc.message)
                dialog.done(0)  # not something the dialog can fix

        def withdraw(session: Session) -> None:
            selection.set_status(
                session, self.ctx.actor, row.enrollment_id, EnrollmentStatus.WITHDRAWN,
                on=dialog.chosen_date(), reason=dialog.reason.text(), closed_reason=reason,
                expected_version=seen[0],
            )  # fmt: skip

        while dialog.exec():
            again[0] = False
            if act(self, self.ctx, withdraw, self._changes, refused=refused):
                break
            # Re-applied on the record as it is now: saved at once, as the clerk chose.
            if again[0] and act(self, self.ctx, withdraw, self._changes, refused=refused):
                break
            if not dialog.result():
                break
        self.reload()

    def _remove(self) -> None:
        rows = self._selected_rows()
        answer = QMessageBox.question(
            self, self.tr("Hapus pendaftar"),
            self.tr("Hapus %Ln pendaftar dari angkatan ini? Data pesertanya tetap ada.", "",
                    len(rows)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = self._closed_reason()
        if reason is None:
            return

        def remove(session: Session) -> None:
            for row in rows:
                selection.remove_applicant(session, self.ctx.actor, row.enrollment_id, reason,
                                           expected_version=row.version)  # fmt: skip

        self._act(remove)

    # --- plan and status ------------------------------------------------------------------

    def _edit_plan(self) -> None:
        if BatchDialog(self.ctx, self.batch_id, self).exec():
            self.reload()

    def _advance(self) -> None:
        target = batches.next_status(self.info.status)
        if target is None:
            return
        if target == BatchStatus.CLOSED:
            answer = QMessageBox.question(
                self, self.tr("Tutup angkatan"),
                self.tr("Setelah ditutup, angkatan hanya dapat diubah oleh administrator "
                        "dengan alasan. Tutup sekarang?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._change_status(target, "")

    def _go_back(self) -> None:
        target = batches.previous_status(self.info.status)
        if target is None:
            return
        dialog = ReasonDialog(
            self, self.tr("Kembalikan status"),
            self.tr("Status angkatan dikembalikan menjadi {status}. Mengapa?").format(
                status=tl(batches.STATUS_LABELS[target])),
        )  # fmt: skip
        if dialog.exec():
            self._change_status(target, dialog.text())

    def _change_status(self, status: str, reason: str) -> None:
        self._act(lambda s: batches.set_status(s, self.ctx.actor, self.batch_id, status, reason))

    # --- schedule -------------------------------------------------------------------------

    def _day_clicked(self, index: QModelIndex) -> None:
        self.calendar.select(self.days_model.row_object(index.row())[1])

    def _calendar_day(self, day: date) -> None:
        self.move_button.setText(
            self.tr("Pindahkan {day}…").format(day=format_date(day))
            if day in self.info.days
            else self.tr("Pindahkan hari terpilih…")
        )

    def _move_day(self) -> None:
        old = self.calendar.selected_date()
        if old not in self.info.days:
            self._warn(self.tr("Pilih dulu hari pelatihan (kotak berwarna) di kalender."))
            return
        closed = self.info.status == BatchStatus.CLOSED
        suggestion = self.info.days[-1] + timedelta(days=1)
        while suggestion.weekday() > 4:
            suggestion += timedelta(days=1)
        dialog = DateReasonDialog(
            self, self.tr("Pindahkan hari pelatihan"), "MoveDayDialog",
            self.tr("Hari pelatihan {day} dipindahkan ke tanggal lain.").format(
                day=format_date(old)),
            self.tr("Tanggal baru"), suggestion,
            self.tr("Alasan") if not closed else self.tr("Alasan (wajib)"),
            reason_required=closed,
        )  # fmt: skip

        def refused(exc: BlkError) -> None:
            if isinstance(exc, ValidationError):
                dialog.show_errors({"reason" if exc.field == "reason" else "on": exc.message})
            else:
                self._warn(exc.message)
                dialog.done(0)

        def move(session: Session) -> None:
            batches.move_day(session, self.ctx.actor, self.batch_id, old,
                             dialog.chosen_date(), dialog.reason.text())  # fmt: skip

        while dialog.exec():
            if act(self, self.ctx, move, self._changes, refused=refused) or not dialog.result():
                break
        self.reload()
        if dialog.result():
            self.calendar.select(dialog.chosen_date())

    # --- printing -------------------------------------------------------------------------

    # Printing (QtPrintSupport and the printing package) loads when the clerk prints, not with
    # the page.
    def _sheet(self) -> "participants.Sheet":
        from blkdesk.printing import participants

        with self.db.session() as session:
            return participants.sheet_for(session, self.batch_id)

    def _document(self) -> "Document":
        from blkdesk.printing import participants
        from blkdesk.printing.paper import A4, Device, Setup, Wanted
        from blkdesk.ui.widgets.printing import Document

        sheet = self._sheet()

        def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
            return participants.render(device, sheet, setup=setup, wanted=wanted)

        title = self.tr("Daftar peserta {batch} {program}").format(
            batch=self.info.name, program=self.info.program
        )
        return Document("daftar_peserta", title, render, A4)

    def _record_output(self, path: Path | None, printer: str | None) -> None:
        """Names left the database (a file, or paper): for the UU PDP disclosure report."""
        actor, batch_id = self.ctx.actor, self.batch_id
        kind = f"daftar peserta {self.info.name}"

        def work(session: Session) -> None:
            uuid = disclosures.batch_uuid(session, batch_id)
            if path is not None:
                disclosures.record_export(session, actor, "participants", uuid, path, kind)
            else:
                disclosures.record_print(session, actor, "participants", uuid, printer or "", kind)

        act(self, self.ctx, work, Changes())

    def _print_preview(self) -> None:
        from blkdesk.ui.widgets.printing import printer_and_preview

        printed = printer_and_preview(self, self._document())
        if printed is not None:
            self._record_output(None, printed.printer)
            QMessageBox.information(
                self, self.tr("Daftar peserta"),
                self.tr("%Ln halaman dikirim ke printer {printer}.", "",
                        len(printed.pages) * printed.copies).format(printer=printed.printer),
            )  # fmt: skip

    def _save_pdf(self) -> None:
        default = f"Daftar peserta {self.info.name.replace('/', '-')}.pdf"
        target = ask_save_path(
            self, self.tr("Simpan daftar peserta"), default, self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        sheet = self._sheet()

        def work(progress: Progress) -> Path:
            from blkdesk.printing import participants

            participants.write_pdf(target, sheet, progress)
            return target

        act_in_background(self, self.ctx, self.tr("Menyimpan PDF…"), work, Changes(),
                          then=self._pdf_saved)  # fmt: skip

    def _pdf_saved(self, path: Path) -> None:
        self.last_pdf = path
        self._record_output(path, None)
        QMessageBox.information(
            self, self.tr("Daftar peserta"), self.tr("Disimpan: {path}").format(path=path)
        )
