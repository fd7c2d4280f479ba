"""Penilaian & Sertifikat: unit results, graduation outcomes, and the batch's certificates.

Choose a batch, key its assessment grid (K / B / Delete), check each participant's outcome and
reason (an admin or the kepala may override it), then issue, preview, print, export and void the
certificates. Verification of any BLKDesk certificate, and the layout, are one click away.
"""

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.certification import assessment, certificates, graduation
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.concurrency import StaleCells
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.permissions import Action
from blkdesk.core.sentences import spoken
from blkdesk.core.statuses import CertificateStatus
from blkdesk.ui.actions import act, act_on_db
from blkdesk.ui.dates import format_date
from blkdesk.ui.labels import as_shown
from blkdesk.ui.language import decimal, figure
from blkdesk.ui.screens.certificates.assessment_grid import AssessmentGridModel, AssessmentView
from blkdesk.ui.screens.certificates.dialogs import OverrideDialog, VerifyDialog, VoidDialog
from blkdesk.ui.screens.province.lembaga import InstitutionFilter
from blkdesk.ui.style import ERROR, OK
from blkdesk.ui.widgets.batch_picker import BatchPicker
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.forms import FieldError
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import RowsModel

if TYPE_CHECKING:
    from blkdesk.ui.screens.certificates.print_jobs import CertificatePrinter


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CertificatesPage(Page):
    icon_name = "certificates"
    shows = frozenset(
        {Kind.BATCHES, Kind.MARKS, Kind.ASSESSMENTS, Kind.CERTIFICATES, Kind.TRAINEES}
    )

    def title(self) -> str:
        return self.tr("Penilaian & Sertifikat")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.batch_id: int | None = None
        self._printer: CertificatePrinter | None = None
        self.verify_button = QPushButton(self.tr("Verifikasi Sertifikat"))
        self.verify_button.clicked.connect(self.open_verify)
        self.layout_button = QPushButton(self.tr("Tata letak…"))
        self.layout_button.setEnabled(ctx.can(Action.EDIT_SETTINGS))
        self.layout_button.clicked.connect(self.open_layout)
        self.actions_row.addWidget(self.verify_button)

        chooser = QHBoxLayout()
        self.institution_filter = InstitutionFilter(ctx.province)
        self.institution_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        chooser.addWidget(self.institution_filter)
        self.picker = BatchPicker()
        self.picker.chosen.connect(self._batch_chosen)
        self.picker.closed_toggled.connect(self.refresh)
        chooser.addWidget(self.picker, 1)
        self.layout_.addLayout(chooser)
        self.info = QLabel()
        self.info.setObjectName("PageSubtitle")
        self.info.setWordWrap(True)
        self.layout_.addWidget(self.info)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._assessment_tab(), self.tr("Penilaian"))
        self.tabs.addTab(self._outcome_tab(), self.tr("Kelulusan"))
        self.tabs.addTab(self._certificate_tab(), self.tr("Sertifikat"))
        self.layout_.addWidget(self.tabs, 1)
        self.hint = EmptyHint(self.tabs)  # over all three tabs: each is empty without a batch
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.message)

    # --- tabs --------------------------------------------------------------------------------

    def _assessment_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        # Keying results is the BLK staff's work: at the province, and for a viewer, the grid is
        # only read (no date, assessor or K/BK that the service would refuse).
        can_key = self.ctx.can(Action.RECORD_ASSESSMENT)
        self.entry = QWidget()
        self.entry.setVisible(can_key)
        entry_box = QVBoxLayout(self.entry)
        entry_box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.entry)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tanggal penilaian")))
        self.assessed_on = QDateEdit(_qdate(today()))
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("dd-MM-yyyy")  # as typed everywhere in BLKDesk
        self.assessed_on.dateChanged.connect(lambda _date: self._mark("assessed_on", None))
        row.addWidget(self.assessed_on)
        # A refused date or score is said beside the box it is typed in, not under the grid.
        self.date_error = FieldError()
        self.date_error.setWordWrap(False)  # one line in the row's free room, never two
        row.addWidget(self.date_error)
        row.addWidget(QLabel(self.tr("Nilai")))
        self.score = QLineEdit()
        self.score.setPlaceholderText(self.tr("opsional, 0–100"))
        # As wide as its placeholder in either language, and no wider.
        room = self.score.fontMetrics().horizontalAdvance(self.score.placeholderText()) + 24
        self.score.setFixedWidth(max(room, 90))
        self.score.textEdited.connect(lambda _text: self._mark("score", None))
        row.addWidget(self.score)
        self.score_error = FieldError()
        self.score_error.setWordWrap(False)
        row.addWidget(self.score_error)
        row.addStretch(1)
        entry_box.addLayout(row)
        # Two rows, so the page still fits a small office screen beside the sidebar.
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Asesor")))
        self.assessor = QLineEdit()
        self.assessor.setPlaceholderText(self.tr("nama asesor atau instruktur"))
        row.addWidget(self.assessor, 1)
        # Each button names the key that does the same in the grid: BK is keyed with B.
        self.k_button = QPushButton(self.tr("Kompeten (K)"))
        self.k_button.setToolTip(self.tr("Tombol K: catat K (kompeten) untuk sel yang dipilih."))
        self.k_button.clicked.connect(lambda: self.key_result("K"))
        self.bk_button = QPushButton(self.tr("Belum kompeten (B)"))
        self.bk_button.setToolTip(
            self.tr("Tombol B: catat BK (belum kompeten) untuk sel yang dipilih.")
        )
        self.bk_button.clicked.connect(lambda: self.key_result("BK"))
        self.withdraw_button = QPushButton(self.tr("Hapus penilaian terakhir"))
        self.withdraw_button.setToolTip(
            self.tr("Tombol Delete: hapus percobaan terakhir sel yang dipilih (salah ketik).")
        )
        self.withdraw_button.clicked.connect(lambda: self.key_result(None))
        for button in (self.k_button, self.bk_button, self.withdraw_button):
            row.addWidget(button)
            # Back to the grid after a click, so the next K or B keys the next cell (a Space on
            # the focused button would key its result again, one cell further down).
            button.clicked.connect(self._grid_focus)
        entry_box.addLayout(row)
        self.grid_model = AssessmentGridModel(self)
        self.grid_view = AssessmentView(read_only=not can_key)
        self.grid_view.setModel(self.grid_model)
        self.grid_view.result_typed.connect(self.key_result)
        box.addWidget(self.grid_view, 1)
        # The header shows codes only; the unit being keyed is said whole under the grid.
        self.unit_caption = QLabel()
        self.unit_caption.setWordWrap(True)
        self.grid_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_unit(current.column())
        )
        box.addWidget(self.unit_caption)
        hint = QLabel(
            self.tr(
                "Pilih sel (atau satu kolom unit) lalu tekan K (kompeten) atau B (belum "
                "kompeten); setiap tombol mencatat satu percobaan dengan tanggal, asesor dan "
                "nilai di atas. Penilaian ulang setelah BK dicatat sebagai percobaan berikutnya."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("PageSubtitle")
        hint.setVisible(can_key)
        box.addWidget(hint)
        return tab

    def _outcome_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.outcome_model = RowsModel(
            [
                (self.tr("Peserta"), lambda o: o.name),
                (self.tr("Presensi"), lambda o: f"{decimal(str(o.attendance))} %"),
                (self.tr("Unit K"), lambda o: f"{o.units_k}/{o.units_total}"),
                (self.tr("Keputusan"), self._outcome_label),
                (self.tr("Alasan"), lambda o: spoken(o.reason)),
            ]
        )
        self.outcome_view = make_table(self.outcome_model)
        self.outcome_view.doubleClicked.connect(lambda _i: self.open_override())
        box.addWidget(self.outcome_view, 1)
        row = QHBoxLayout()
        self.override_button = QPushButton(self.tr("Ubah keputusan…"))
        self.override_button.setEnabled(self.ctx.can(Action.OVERRIDE_OUTCOME))
        self.override_button.setVisible(not self.ctx.province)
        self.override_button.setToolTip(
            self.tr("Admin atau kepala BLK dapat memutuskan lain dari aturan, dengan alasan.")
        )
        self.override_button.clicked.connect(self.open_override)
        row.addWidget(self.override_button)
        self.outcome_summary = QLabel()
        row.addWidget(self.outcome_summary, 1)
        box.addLayout(row)
        return tab

    def _outcome_label(self, o: graduation.ParticipantOutcome) -> str:
        if o.final is None:
            return self.tr("Belum dapat diputuskan")
        label = as_shown(graduation.OUTCOME_LABELS[o.final])
        return label + (self.tr(" (diputuskan)") if o.override else "")

    def _certificate_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.cert_model = RowsModel(
            [
                (self.tr("Peserta"), lambda c: c.name),
                (self.tr("Dokumen"), lambda c: as_shown(certificates.KIND_LABELS[c.kind])),
                (self.tr("Nomor"), lambda c: c.number),
                (self.tr("Terbit"), lambda c: format_date(c.issued_on)),
                (self.tr("Status"), lambda c: as_shown(certificates.STATUS_LABELS[c.status])),
                (self.tr("Dicetak"), lambda c: c.print_count),
                (self.tr("Alasan pembatalan"), lambda c: c.void_reason),
            ]
        )
        self.cert_view = make_table(self.cert_model)
        # Several participants can be chosen (Ctrl/Shift+click) and printed in one job.
        self.cert_view.setSelectionMode(self.cert_view.SelectionMode.ExtendedSelection)
        box.addWidget(self.cert_view, 1)
        # Issuing, voiding and printing are the BLK's: the province, and a viewer who may do
        # none of them, read the list.
        self.issue_controls = QWidget()
        self.issue_controls.setVisible(
            not self.ctx.province
            and any(self.ctx.can(action) for action in (
                Action.ISSUE_CERTIFICATES, Action.VOID_CERTIFICATES, Action.PRINT_CERTIFICATES,
                Action.EDIT_SETTINGS,
            ))
        )  # fmt: skip
        controls = QVBoxLayout(self.issue_controls)
        controls.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.issue_controls)
        row = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("Terbitkan"))
        self.issue_button.setToolTip(
            self.tr("Beri nomor dan tanda tangan digital untuk semua yang berhak dan belum punya.")
        )
        self.issue_button.setEnabled(self.ctx.can(Action.ISSUE_CERTIFICATES))
        self.issue_button.clicked.connect(self.issue)
        row.addWidget(self.issue_button)
        self.issued_on = QDateEdit(_qdate(today()))
        self.issued_on.setEnabled(self.ctx.can(Action.ISSUE_CERTIFICATES))
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd-MM-yyyy")
        self.issued_on.setToolTip(self.tr("Tanggal terbit yang tercetak dan masuk ke nomor."))
        row.addWidget(self.issued_on)
        row.addStretch(1)
        self.void_button = QPushButton(self.tr("Batalkan…"))
        self.void_button.setEnabled(self.ctx.can(Action.VOID_CERTIFICATES))
        self.void_button.clicked.connect(self.open_void)
        row.addWidget(self.void_button)
        row.addWidget(self.layout_button)
        controls.addLayout(row)
        row = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setToolTip(self.tr("Yang dicetak: seluruh angkatan dalam satu pekerjaan cetak, "
                                      "atau dokumen peserta yang dipilih di daftar."))  # fmt: skip
        self.scope.addItem(self.tr("Seluruh angkatan"), "batch")
        self.scope.addItem(self.tr("Peserta terpilih"), "participant")
        self.doc_kind = QComboBox()
        self.doc_kind.setToolTip(self.tr("Sertifikat (mendatar, depan dan belakang) dan surat "
                                         "keterangan (tegak) dapat dicetak terpisah, misalnya "
                                         "sertifikat di kertas blanko."))  # fmt: skip
        self.doc_kind.addItem(self.tr("Semua dokumen"), None)
        self.doc_kind.addItem(self.tr("Sertifikat saja"), "sertifikat")
        self.doc_kind.addItem(self.tr("Surat keterangan saja"), "surat_keterangan")
        row.addWidget(self.scope)
        row.addWidget(self.doc_kind)
        can_print = self.ctx.can(Action.PRINT_CERTIFICATES)
        self.scope.setEnabled(can_print)
        self.doc_kind.setEnabled(can_print)
        self.preview_button = QPushButton(self.tr("Pratinjau…"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.pdf_button = QPushButton(self.tr("Simpan PDF…"))
        for button, action in (
            (self.preview_button, "preview"),
            (self.print_button, "print_now"),
        ):
            button.setEnabled(can_print)
            button.clicked.connect(
                lambda _c=False, name=action: self._print_with(getattr(self.printer, name))
            )
            row.addWidget(button)
        self.pdf_button.setEnabled(can_print)
        self.pdf_button.clicked.connect(self.export_pdf)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        controls.addLayout(row)
        return tab

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr("Hasil penilaian, keputusan kelulusan, dan sertifikat per angkatan.")
        )
        if not self.ctx.province:
            self.picker.load(self.ctx.db)
            return
        institutions = self.institution_filter
        institutions.load(self.ctx.db, self.ctx.institution_code)
        self.picker.load(
            self.ctx.db,
            accept=lambda row: institutions.accepts(row.inst_code),
            prefix=lambda row: institutions.name(row.inst_code),
        )

    def _batch_chosen(self, batch_id: int | None) -> None:
        self.batch_id = batch_id
        self.message.clear()
        self.reload()

    def _to_training(self) -> None:
        from blkdesk.ui import screens

        self.navigate.emit(screens.TrainingPage)

    def reload(self) -> None:
        """Re-read the chosen batch's grid, outcomes and certificates."""
        if self.batch_id is None:
            self.grid_model.set_grid(None)
            self.outcome_model.set_rows([])
            self.cert_model.set_rows([])
            self.info.setText(self.tr("Belum ada angkatan yang berjalan atau selesai."))
            self.hint.show_hint(
                self.tr("Belum ada angkatan yang berjalan"),
                self.tr("Penilaian, kelulusan dan sertifikat dicatat per angkatan yang sudah "
                        "dimulai. Rencanakan angkatan dan pilih pesertanya di Pelatihan & "
                        "Angkatan, lalu mulai pelatihannya."),
                [(self.tr("Buka Pelatihan & Angkatan"), self._to_training)],
            )  # fmt: skip
            return
        self.hint.hide()
        with self.ctx.db.session() as session:
            terms = assessment.batch_terms(session, self.batch_id)
            grid = assessment.grid(session, self.batch_id)
            outcomes = graduation.batch_outcomes(session, self.batch_id, today())
            certs = certificates.batch_certificates(session, self.batch_id)
        self.info.setText(
            self.tr(
                "{program} ({jp} JP) · {start} s.d. {end} · {participants} · batas presensi "
                "{threshold} % · {attempts}"
            ).format(
                program=terms.program, jp=terms.total_jp, start=format_date(terms.start),
                end=format_date(terms.end),
                participants=self.tr("%Ln peserta", "", len(grid.participants)),
                threshold=figure(terms.attendance_threshold),
                attempts=self.tr("paling banyak %Ln kali penilaian per unit", "",
                                 terms.max_attempts),
            )
        )  # fmt: skip
        self.grid_model.set_grid(grid)
        self._show_unit(self.grid_view.currentIndex().column())
        # Each column as wide as its unit code on two lines ("3. J.620100." over "009.02"),
        # which the cells' K/BK never exceed: a clipped code cannot be told from its neighbours.
        self.grid_view.resizeColumnsToContents()
        self.outcome_model.set_rows(outcomes)
        self.outcome_view.resizeColumnsToContents()
        chosen = {c.id for c in self._selected_certificates()}
        self.cert_model.set_rows(certs)
        self.cert_view.resizeColumnsToContents()
        self._select_certificates(chosen)
        counts = {k: sum(1 for o in outcomes if o.final == k) for k in graduation.OUTCOME_LABELS}
        pending = sum(1 for o in outcomes if o.final is None)
        self.outcome_summary.setText(
            self.tr("Lulus {lulus} · surat keterangan saja {sk} · tidak lulus {tl} · belum "
                    "diputuskan {pending}").format(
                lulus=counts[graduation.LULUS], sk=counts[graduation.SURAT_KETERANGAN],
                tl=counts[graduation.TIDAK_LULUS], pending=pending,
            )
        )  # fmt: skip

    def _show_unit(self, column: int) -> None:
        caption = self.grid_model.unit_caption(column)
        self.unit_caption.setText(
            caption or self.tr("Pilih sel sebuah unit: kode, judul dan JP unitnya tampil di sini.")
        )

    def _say(self, text: str, ok: bool | None = True) -> None:
        """A message under the tabs: green for done, red for refused, plain for information."""
        self.message.setStyleSheet("" if ok is None else f"color: {OK if ok else ERROR}")
        self.message.setText(text)

    def _printed(self, text: str) -> None:
        """After a print or a PDF (the page has already reloaded from the announcement)."""
        self._say(text)

    # --- assessment ----------------------------------------------------------------------------

    def key_result(self, result: str | None) -> None:
        cells = self.grid_view.selected_cells()
        if not cells:
            self._say(
                self.tr("Pilih dulu sel sebuah unit (bukan nama peserta); belum ada yang berubah."),
                ok=False,
            )
            return
        on, actor = _pydate(self.assessed_on.date()), self.ctx.actor
        assessor, score = self.assessor.text(), self.score.text() or None
        keyed = [
            (cell, self.grid_model.seen_attempts(cell))
            for index in cells
            if (cell := self.grid_model.cell(index)) is not None
        ]
        current = self.grid_view.currentIndex()

        def key(session: Session) -> int:
            for cell, seen in keyed:
                if result is None:
                    assessment.remove_latest(session, actor, *cell, seen_attempts=seen)
                else:
                    assessment.record(session, actor, *cell, result, on, assessor, score,
                                      seen_attempts=seen)  # fmt: skip
            return len(keyed)

        def keyed_done(done: int) -> None:
            for field in self._entry_fields():
                self._mark(field, None)
            self.grid_view.setCurrentIndex(current)
            if len(cells) == 1:
                self.grid_view.advance()
            self._say(
                self.tr("{n} penilaian dihapus.").format(n=done)
                if result is None
                else self.tr("{n} penilaian {result} tercatat.").format(n=done, result=result)
            )

        # The page redraws from the announcement; then the cursor goes back where it was.
        act(
            self, self.ctx, key, Changes.of(Kind.ASSESSMENTS), then=keyed_done,
            refused=self._key_refused,
        )  # fmt: skip

    def _grid_focus(self) -> None:
        # A refused date or score keeps the focus where it is to be corrected.
        if not (self.score_error.isVisible() or self.date_error.isVisible()):
            self.grid_view.setFocus()

    def _key_refused(self, exc: BlkError) -> None:
        if isinstance(exc, StaleCells):
            # Another clerk keyed this cell meanwhile: show what it holds now.
            self.reload()
        found = (
            exc.errors if isinstance(exc, FieldErrors)
            else {exc.field: exc.said} if exc.field else {}
        )  # fmt: skip
        fields = self._entry_fields()
        if found and set(found) <= set(fields):
            # Nothing was recorded: the clerk corrects the date or score, then keys again.
            self._say("")
            for field in fields:
                self._mark(field, found.get(field))
            first = fields[next(f for f in fields if f in found)][0]
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()
            return
        self._say(exc.message, ok=False)

    def _entry_fields(self) -> dict[str, tuple[QWidget, FieldError]]:
        """The assessment's typed inputs, by the service's field names, with their messages."""
        return {
            "assessed_on": (self.assessed_on, self.date_error),
            "score": (self.score, self.score_error),
        }

    def _mark(self, field: str, message: str | None) -> None:
        widget, error = self._entry_fields()[field]
        error.show_message(message)
        widget.setProperty("invalid", bool(message))
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- outcomes ------------------------------------------------------------------------------

    def _selected_outcome(self) -> graduation.ParticipantOutcome | None:
        index = self.outcome_view.currentIndex()
        return self.outcome_model.row_object(index.row()) if index.isValid() else None

    def open_override(self) -> None:
        outcome = self._selected_outcome()
        if outcome is None or not self.ctx.can(Action.OVERRIDE_OUTCOME):
            return
        if OverrideDialog(self, self.ctx, outcome).exec():
            self._say(self.tr("Keputusan untuk {name} dicatat.").format(name=outcome.name))

    # --- certificates --------------------------------------------------------------------------

    def issue(self) -> None:
        if self.batch_id is None:
            return
        on, batch_id, actor = _pydate(self.issued_on.date()), self.batch_id, self.ctx.actor
        act_on_db(
            self, self.ctx, lambda db: certificates.issue_for_batch(db, actor, batch_id, on),
            Changes.of(Kind.CERTIFICATES), then=self._issued,
            refused=lambda exc: self._say(exc.message, ok=False),
        )  # fmt: skip

    def _issued(self, report: certificates.IssueReport) -> None:
        self.tabs.setCurrentIndex(2)
        skipped = ""
        if report.skipped:
            skipped = " " + self.tr(
                "Tidak diterbitkan untuk %Ln peserta: {who}", "", len(report.skipped)
            ).format(
                who="; ".join(f"{n} ({spoken(w)})" for n, w in report.skipped),
            )
        if report.issued:
            self._say(self.tr("%Ln dokumen diterbitkan.", "", len(report.issued)) + skipped)
            return
        # Nothing new: say why, not in the colour of success.
        if skipped:
            self._say(self.tr("Tidak ada dokumen baru yang diterbitkan.") + skipped, ok=False)
        elif self.cert_model.rowCount():
            self._say(self.tr("Tidak ada dokumen baru yang diterbitkan: semua peserta yang "
                              "berhak sudah punya sertifikat atau surat keterangan."),
                      ok=None)  # fmt: skip
        else:
            self._say(self.tr("Tidak ada dokumen yang diterbitkan: belum ada peserta yang "
                              "diputuskan lulus atau berhak atas surat keterangan. Lihat tab "
                              "Kelulusan."), ok=False)  # fmt: skip

    def _selected_certificate(self) -> certificates.CertificateRow | None:
        index = self.cert_view.currentIndex()
        return self.cert_model.row_object(index.row()) if index.isValid() else None

    def _selected_certificates(self) -> list[certificates.CertificateRow]:
        rows = sorted({i.row() for i in self.cert_view.selectionModel().selectedRows()})
        return [self.cert_model.row_object(r) for r in rows]

    def _select_certificates(self, ids: set[int]) -> None:
        """Select again the rows a reload cleared (after a print the clerk stays where she was)."""
        selection = self.cert_view.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.cert_model.rowCount()):
            if self.cert_model.row_object(row).id in ids:
                selection.select(self.cert_model.index(row, 0), flags)

    def print_ids(self) -> list[int]:
        """What a print job covers: the whole batch, or the selected participant's documents."""
        if self.batch_id is None:
            return []
        enrollments = None
        if self.scope.currentData() == "participant":
            chosen = self._selected_certificates()
            if not chosen:
                self._say(self.tr("Pilih dulu peserta di daftar sertifikat (Ctrl+klik untuk "
                                  "beberapa peserta)."), ok=False)  # fmt: skip
                return []
            enrollments = sorted({c.enrollment_id for c in chosen})
        with self.ctx.db.session() as session:
            ids = certificates.printable_ids(session, self.batch_id, enrollments)
            kind = self.doc_kind.currentData()
            if kind is not None:
                kinds = certificates.kinds_of(session, ids)
                ids = [i for i in ids if kinds[i] == kind]
        if not ids:
            self._say(self.tr("Belum ada sertifikat terbit untuk dicetak; terbitkan dulu."),
                      ok=False)  # fmt: skip
        return ids

    def job_title(self) -> str:
        """The print job's name in the printer queue: "Sertifikat Angkatan IV/2026 Juru Las"."""
        kind = self.doc_kind.currentData()
        what = self.tr("Surat keterangan") if kind == "surat_keterangan" else self.tr("Sertifikat")
        return f"{what} {self.picker.title(self.batch_id)}".strip()

    def _print_with(self, action: Any) -> None:
        ids = self.print_ids()
        if ids:
            action(ids, self.job_title())

    @property
    def printer(self) -> "CertificatePrinter":
        """Printing (QtPrintSupport, the certificate drawing, QR codes) loads on the first print,
        preview or PDF, not with the page."""
        if self._printer is None:
            from blkdesk.ui.screens.certificates.print_jobs import CertificatePrinter

            self._printer = CertificatePrinter(self, self.ctx, self._printed)
        return self._printer

    def export_pdf(self) -> None:
        ids = self.print_ids()
        if not ids:
            return
        name = self.job_title().replace("/", "-").replace(" ", "_")
        self.printer.export_pdf(ids, f"{name}.pdf")

    def open_void(self) -> None:
        chosen = self._selected_certificate()
        if chosen is None or chosen.status != CertificateStatus.ISSUED:
            self._say(self.tr("Pilih sertifikat yang masih berlaku untuk dibatalkan."), ok=False)
            return
        kind = as_shown(certificates.KIND_LABELS[chosen.kind]).lower()
        what = f"{kind} {chosen.number} ({chosen.name})"
        if VoidDialog(self, self.ctx, chosen.id, what).exec():
            self._say(self.tr("{number} dibatalkan.").format(number=chosen.number))

    # --- the two dialogs -----------------------------------------------------------------------

    def open_verify(self) -> None:
        VerifyDialog(self, self.ctx).exec()

    def open_layout(self) -> None:
        from blkdesk.ui.screens.certificates.layout_dialog import LayoutDialog

        if LayoutDialog(self, self.ctx).exec():
            self._say(self.tr("Tata letak sertifikat disimpan."))
