"""Daftar BLK: the BLKs the province coordinates, what each one sent, and receiving new files.

The list fills itself from merged files; the province adds a BLK that has never sent anything
(so it shows as missing) and corrects names, regencies, contacts and the key fingerprint it was
told to expect.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core import clock
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.models import RegisteredBlk
from blkdesk.core.permissions import Action
from blkdesk.core.progress import Progress
from blkdesk.core.province import blks, gaps, keys, missing, record_checks, submissions
from blkdesk.core.refdata import BANTEN_REGENCIES, INSTITUTION_KINDS
from blkdesk.core.sentences import spoken
from blkdesk.ui.actions import act, act_in_background
from blkdesk.ui.dates import format_date, format_datetime_local, period_name, short_datetime_local
from blkdesk.ui.labels import as_shown
from blkdesk.ui.widgets.columns import FittedColumns
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.forms import FormErrors
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import RowsModel

if TYPE_CHECKING:
    from blkdesk.exchange.province_intake import IntakeReport, MonthlyReceipt

MERGED = Changes.of(
    Kind.TRAINEES,
    Kind.BATCHES,
    Kind.PROGRAMS,
    Kind.MARKS,
    Kind.ASSESSMENTS,
    Kind.CERTIFICATES,
    Kind.PLACEMENTS,
    Kind.INSTITUTIONS,
    Kind.EXPORTS,
)


class BlkDialog(Dialog):
    """Add or change one registered BLK; the service's refusals show beside each field."""

    def __init__(self, parent: QWidget, ctx: Any, blk: RegisteredBlk | None) -> None:
        title = self.tr("Ubah BLK") if blk else self.tr("Tambah BLK")
        super().__init__(parent, title, "BlkDialog")
        self.ctx = ctx
        self.blk_id = blk.id if blk else None
        form = QFormLayout()
        self.errors = FormErrors()
        self.code = QLineEdit(blk.code if blk else "")
        self.code.setMaxLength(20)
        self.name = QLineEdit(blk.name if blk else "")
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for key, label in INSTITUTION_KINDS.items():
            if key != "disnaker_provinsi":
                self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(blk.kind if blk else "uptd_kabkota")))
        self.regency = QComboBox()
        self.regency.addItem(self.tr("— pilih —"), "")
        for code, label in BANTEN_REGENCIES.items():
            self.regency.addItem(f"{label} ({code})", code)
        if blk and self.regency.findData(blk.regency_code) < 0:
            self.regency.addItem(blk.regency_code, blk.regency_code)
        self.regency.setCurrentIndex(max(0, self.regency.findData(blk.regency_code if blk else "")))
        self.contact = QPlainTextEdit(blk.contact if blk else "")
        self.contact.setFixedHeight(64)
        self.contact.setPlaceholderText(self.tr("Nama petugas, no. HP, surel"))
        self.fingerprint = QLineEdit(blk.key_fingerprint if blk else "")
        self.fingerprint.setPlaceholderText(
            self.tr("Terisi sendiri dari berkas pertama; atau salin dari BLK")
        )
        self.active = QCheckBox(self.tr("Masih dikoordinasi provinsi (tampil di papan kiriman)"))
        self.active.setChecked(blk.active if blk else True)
        self.errors.add_row(form, self.tr("Kode lembaga"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama BLK"), self.name, "name")
        self.errors.add_row(form, self.tr("Jenis"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Kabupaten/kota"), self.regency, "regency_code")
        self.errors.add_row(form, self.tr("Kontak"), self.contact, "contact")
        self.errors.add_row(form, self.tr("Sidik kunci"), self.fingerprint, "key_fingerprint")
        form.addRow("", self.active)
        self.body.addLayout(form)
        self.finish_layout()
        self.resize(max(self.width(), 620), self.height())

    def data(self) -> blks.BlkInput:
        return blks.BlkInput(
            code=self.code.text(),
            name=self.name.text(),
            kind=self.kind.currentData(),
            regency_code=self.regency.currentData(),
            contact=self.contact.toPlainText(),
            key_fingerprint=self.fingerprint.text(),
            active=self.active.isChecked(),
        )

    def accept(self) -> None:
        data, actor, blk_id = self.data(), self.ctx.actor, self.blk_id
        if act(
            self, self.ctx, lambda session: blks.save(session, actor, data, blk_id),
            Changes.of(Kind.INSTITUTIONS), fields=self.errors,
        ):  # fmt: skip
            super().accept()


class BlksPage(Page):
    icon_name = "blks"
    shows = frozenset({Kind.INSTITUTIONS, Kind.EXPORTS})

    def title(self) -> str:
        return self.tr("Daftar BLK")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.subtitle_label.setText(
            self.tr(
                "BLK yang dikoordinasi provinsi, terisi dari berkas yang digabung. Terima "
                "laporan bulanan dan berkas sinkronisasi dari BLK di sini."
            )
        )
        self.receive_button = QPushButton(self.tr("Terima berkas dari BLK…"))
        self.receive_button.setObjectName("Primary")
        self.receive_button.clicked.connect(self.choose_and_receive)
        self.add_button = QPushButton(self.tr("Tambah BLK…"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.clicked.connect(self.edit_selected)
        editable = ctx.can(Action.EDIT_SETTINGS)
        for button in (self.add_button, self.edit_button):
            button.setVisible(editable)
        self.receive_button.setVisible(ctx.can(Action.MERGE_SYNC))
        self.followup_button = QPushButton(self.tr("Ekspor tindak lanjut…"))
        self.followup_button.setToolTip(
            self.tr("Daftar data bermasalah dan berkas yang belum diterima dari BLK terpilih, "
                    "untuk dikirim ke BLK itu")
        )  # fmt: skip
        self.followup_button.clicked.connect(self.export_followup)
        self.recheck_button = QPushButton(self.tr("Periksa ulang data"))
        self.recheck_button.setToolTip(
            self.tr("Terapkan lagi aturan data BLKDesk pada semua data BLK yang sudah digabung")
        )
        self.recheck_button.clicked.connect(self.recheck)
        self.recheck_button.setVisible(ctx.can(Action.MERGE_SYNC))
        for button in (self.receive_button, self.followup_button, self.recheck_button,
                       self.add_button, self.edit_button):  # fmt: skip
            self.actions_row.addWidget(button)
        self.mismatch = QLabel()
        self.mismatch.setObjectName("FieldError")
        self.mismatch.setWordWrap(True)
        self.mismatch.hide()
        self.model = RowsModel([
            (self.tr("Kode"), lambda b: b.code),
            (self.tr("Nama BLK"), lambda b: b.name),
            (self.tr("Kabupaten/kota"), lambda b: blks.regency_name(b.regency_code)),
            (self.tr("Jenis"), lambda b: as_shown(INSTITUTION_KINDS.get(b.kind, b.kind))),
            (self.tr("Kiriman terakhir"),
             lambda b: self._last.get(b.code, self.tr("belum pernah"))),
            (self.tr("Sidik kunci"), lambda b: b.key_fingerprint[:14] + "…"
             if b.key_fingerprint else self.tr("belum ada")),
            (self.tr("Aktif"), lambda b: self.tr("ya") if b.active else self.tr("tidak")),
            (self.tr("Perlu tindak lanjut"), lambda b: self._followup_text(b.code)),
            # Last, and the first to give way when the list is too narrow: the whole contact
            # is in the cell's tooltip and the BLK's dialog.
            (self.tr("Kontak"), lambda b: b.contact.replace("\n", " · ")),
        ])  # fmt: skip
        self.view = make_table(self.model)
        # The contact, the key's start and the kind of BLK give way before what the officer
        # has to act on (the follow-up column) is cut.
        headers = [self.model.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(self.model.columnCount())]  # fmt: skip
        giving = [headers.index(h) for h in (self.tr("Kontak"), self.tr("Sidik kunci"),
                                             self.tr("Jenis"))]  # fmt: skip
        # A follow-up too long for its column goes on more lines rather than lose its end.
        followup = headers.index(self.tr("Perlu tindak lanjut"))
        self.columns = FittedColumns(self.view, first=giving, wrap=[followup])
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().currentRowChanged.connect(self._show_history)
        self.history_title = QLabel()
        self.history_title.setObjectName("PanelTitle")
        self.history_model = RowsModel([
            (self.tr("Bulan laporan"),
             lambda s: period_name(s.period)),
            (self.tr("Jenis"), lambda s: self.tr("Laporan bulanan") if s.kind == "monthly"
             else self.tr("Berkas sinkronisasi")),
            (self.tr("Diterima"), lambda s: format_datetime_local(s.received_at)),
            (self.tr("Dibuat BLK"), lambda s: format_datetime_local(s.made_at)
             if s.made_at else ""),
            (self.tr("Baris"), lambda s: s.rows or ""),
            (self.tr("Berkas"), lambda s: s.file_name),
        ])  # fmt: skip
        self.history = make_table(self.history_model)
        # Every key the province trusted for the BLK: a retired one still vouches for the
        # certificates and files it signed before its period ended.
        self.keys_model = RowsModel([
            (self.tr("Sidik jari kunci"), lambda p: p.fingerprint),
            (self.tr("Status"), lambda p: self.tr("berlaku kini") if p.valid_until is None
             else self.tr("diganti")),
            (self.tr("Berlaku dari"), lambda p: format_datetime_local(p.valid_from)
             if p.valid_from else self.tr("awal")),
            (self.tr("Berlaku sampai"), lambda p: format_datetime_local(p.valid_until)),
            (self.tr("Dicatat"), lambda p: f"{format_datetime_local(p.pinned_at)}, "
             f"{p.pinned_by}"),
            (self.tr("Diganti"), lambda p: f"{format_datetime_local(p.retired_at)}, "
             f"{p.retired_by}" if p.retired_at else ""),
        ])  # fmt: skip
        self.keys_view = make_table(self.keys_model)
        # The BLK's records merged as sent that break its own data rules (record_checks).
        self.problems_model = RowsModel([
            (self.tr("Data"), lambda p: spoken(p.entity_label)),
            (self.tr("Nama"), lambda p: p.name),
            (self.tr("NIK"), lambda p: p.nik),
            (self.tr("Tgl. lahir"), lambda p: format_date(p.birth_date)),
            (self.tr("Isian"), lambda p: spoken(p.field_label)),
            (self.tr("Masalah"), lambda p: spoken(p.reason)),
            (self.tr("Berkas"), lambda p: p.file_name),
        ])  # fmt: skip
        self.problems_view = make_table(self.problems_model)
        # The file's name gives way at 1366×768 (a cut cell shows whole on hover), then the
        # reason: given way together, the reason was cut to the file name's width and lost what
        # the NIK says.
        self.problems_columns = FittedColumns(self.problems_view, first=[6])
        # Everything not received from the BLK, oldest first: each month it sent nothing for by
        # the due date, and each stretch of its changes that never arrived (core/province/missing).
        self.missing_model = RowsModel([
            (self.tr("Belum diterima"), self._missing_what),
            (self.tr("Bulan atau rentang"), self._missing_when),
            (self.tr("Batas kiriman"), lambda m: format_date(m.due)
             if isinstance(m, missing.LateMonth) else "–"),
            (self.tr("Terlambat"), lambda m: self.tr("%Ln hari", "", m.days_late)
             if isinstance(m, missing.LateMonth) else "–"),
            (self.tr("Yang diminta dari BLK"), self._missing_request),
        ])  # fmt: skip
        self.missing_view = make_table(self.missing_model)
        # The request gives way first and goes on more lines rather than lose its end: it is
        # what the officer asks the BLK for.
        self.missing_columns = FittedColumns(self.missing_view, first=[4], wrap=[4])
        self.missing_hint = EmptyHint(self.missing_view)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.history, self.tr("Berkas diterima"))
        self.lower_tabs.addTab(self.keys_view, self.tr("Riwayat kunci"))
        self.lower_tabs.addTab(self.problems_view, self.tr("Data bermasalah"))
        self.lower_tabs.addTab(self.missing_view, self.tr("Berkas belum diterima"))
        self.gap_label = QLabel()
        self.gap_label.setObjectName("FieldError")
        self.gap_label.setWordWrap(True)
        self.gap_label.hide()
        # The months the Beranda's board and banner call overdue, said here too: the banner
        # sends the officer to this list for what exactly to ask each BLK for.
        self.late_label = QLabel()
        self.late_label.setObjectName("FieldError")
        self.late_label.setWordWrap(True)
        self.late_label.hide()
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 8, 0, 0)
        lower_box.addWidget(self.history_title)
        lower_box.addWidget(self.late_label)
        lower_box.addWidget(self.gap_label)
        lower_box.addWidget(self.lower_tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        self.layout_.addWidget(self.mismatch)
        self.layout_.addWidget(split, 1)
        self._last: dict[str, str] = {}
        self._flagged: dict[str, int] = {}
        self._gaps: dict[str, list[gaps.Gap]] = {}
        self._overdue: dict[str, list[str]] = {}
        self.problems: list[record_checks.ProblemRow] = []
        self.rows: list[RegisteredBlk] = []
        self.last_intake: IntakeReport | None = None

    def refresh(self) -> None:
        # The officer's BLK stays selected after receiving its files or re-checking the data,
        # so its history below shows what changed.
        chosen = self._selected()
        keep = chosen.code if chosen else None
        with self.ctx.db.session() as session:
            self.rows = blks.all_blks(session)
            self._last = {}
            for sub in submissions.history(session):
                # Short, so the follow-up beside it has the room; the BLK's files below give
                # each date whole.
                self._last.setdefault(sub.inst_code, short_datetime_local(sub.received_at))
            mismatched = blks.key_mismatches(session)
            self._flagged = record_checks.counts(session)
            self._gaps = gaps.blk_gaps(session)
            self._overdue = submissions.overdue_months(session, clock.today())
            session.expunge_all()
        self.model.set_rows(self.rows)
        self.columns.measure()
        if mismatched:
            self.mismatch.setText(
                self.tr(
                    "Sidik kunci berbeda dengan kunci di berkas yang sudah digabung: {codes}. "
                    "Pastikan berkas benar-benar dari BLK tersebut."
                ).format(codes=", ".join(sorted(mismatched)))
            )
        self.mismatch.setVisible(bool(mismatched))
        if self.rows:
            self.view.selectRow(next((i for i, b in enumerate(self.rows) if b.code == keep), 0))

    def _show_history(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            return
        blk = self.rows[current.row()]
        with self.ctx.db.session() as session:
            rows = submissions.history(session, blk.code)
            periods = keys.history(session, blk.code)
            session.expunge_all()
        self.history_title.setText(
            self.tr("Berkas diterima dari {name}: {n}; kunci tercatat: {keys}").format(
                name=blk.name, n=len(rows), keys=len(periods)
            )
        )
        self.history_model.set_rows(rows)
        self.history.resizeColumnsToContents()
        self.keys_model.set_rows(periods)
        self.keys_view.resizeColumnsToContents()
        with self.ctx.db.session() as session:
            self.problems = record_checks.listing(session, self.ctx.actor, blk.code)
        self.problems_model.set_rows(self.problems)
        self.problems_columns.measure()
        self.lower_tabs.setTabText(2, self.tr("Data bermasalah ({n})").format(n=len(self.problems)))
        found = self._gaps.get(blk.code, [])
        late = self._overdue.get(blk.code, [])
        unreceived = missing.missing(late, found, clock.today())
        self.missing_model.set_rows(unreceived)
        self.missing_columns.measure()
        self.lower_tabs.setTabText(
            3, self.tr("Berkas belum diterima ({n})").format(n=len(unreceived))
        )
        self.missing_hint.show_if(
            not unreceived, self.tr("Tidak ada yang belum diterima"),
            self.tr("Semua kiriman {name} yang sudah jatuh tempo sudah diterima, dan datanya "
                    "tidak berlubang.").format(name=blk.name),
        )  # fmt: skip
        self.gap_label.setText(self._gap_sentence(blk.name, found))
        self.gap_label.setVisible(bool(found))
        self.late_label.setText(self._late_sentence(blk.name, late))
        self.late_label.setVisible(bool(late))

    def _missing_what(self, item: "missing.LateMonth | gaps.Gap") -> str:
        if isinstance(item, missing.LateMonth):
            return self.tr("Laporan bulanan dan berkas sinkronisasi")
        return self.tr("Perubahan data (celah antarberkas)")

    def _missing_when(self, item: "missing.LateMonth | gaps.Gap") -> str:
        if isinstance(item, missing.LateMonth):
            return period_name(item.period)
        return self.tr("{start} sampai {end}").format(
            start=format_datetime_local(item.start), end=format_datetime_local(item.end)
        )

    def _missing_request(self, item: "missing.LateMonth | gaps.Gap") -> str:
        if isinstance(item, missing.LateMonth):
            return self.tr("Laporan bulanan {month} dan berkas sinkronisasi terbaru").format(
                month=period_name(item.period)
            )
        return self.tr(
            "Berkas buatan {end} dan yang di antaranya, atau berkas lengkap baru"
        ).format(end=format_datetime_local(item.end))

    def _late_sentence(self, name: str, periods: list[str]) -> str:
        """The overdue months, oldest first, as the board shows them."""
        return self.tr(
            "Kiriman {name} lewat batas dan belum diterima (%Ln bulan): {months}. Minta BLK "
            "mengirim laporan bulanan dan berkas sinkronisasinya.", "", len(periods),
        ).format(name=name, months=", ".join(period_name(p) for p in periods))  # fmt: skip

    def _gap_sentence(self, name: str, found: list[gaps.Gap]) -> str:
        """What the officer reads, and asks the BLK for, when its data has gaps."""
        spans = "; ".join(
            self.tr("{start} sampai {end}").format(
                start=format_datetime_local(g.start), end=format_datetime_local(g.end)
            )
            for g in found
        )
        files = ", ".join(format_datetime_local(g.end) for g in found)
        return self.tr(
            "Data {name} berlubang: perubahan {spans} belum pernah diterima, padahal berkas "
            "sesudahnya sudah digabung. Minta BLK mengirim berkas sinkronisasi yang dibuat "
            "{files} (dan yang dibuat di antaranya), atau satu berkas sinkronisasi lengkap "
            "yang baru."
        ).format(name=name, spans=spans, files=files)

    def _followup_text(self, code: str) -> str:
        parts = []
        if self._flagged.get(code):
            parts.append(self.tr("%Ln data bermasalah", "", self._flagged[code]))
        if self._gaps.get(code):
            parts.append(self.tr("%Ln celah berkas", "", len(self._gaps[code])))
        if self._overdue.get(code):
            parts.append(self.tr("%Ln bulan belum diterima", "", len(self._overdue[code])))
        return ", ".join(parts) or "–"

    def _selected(self) -> RegisteredBlk | None:
        index = self.view.currentIndex()
        return self.rows[index.row()] if index.isValid() else None

    def export_followup(self) -> None:
        """The selected BLK's flagged records and missing files, as a workbook to send it."""
        blk = self._selected()
        if blk is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan daftar tindak lanjut"),
            str(Path.home() / f"tindak-lanjut-{blk.code}.xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if not target:
            return
        actor, code, name = self.ctx.actor, blk.code, blk.name
        late = self._overdue.get(code, [])

        def work(session: Any) -> tuple[int, int]:
            from blkdesk.exchange.province_followup_xlsx import write_followup

            rows = record_checks.listing(session, actor, code)
            found = gaps.blk_gaps(session).get(code, [])
            # Written inside the transaction: a file that cannot be written leaves no audit
            # row claiming it was.
            write_followup(
                Path(target), rows, {code: found} if found else {}, {code: name},
                overdue={code: late} if late else None,
            )  # fmt: skip
            record_checks.record_export(session, actor, code, target, rows)
            return len(rows), len(found)

        def saved(counts: tuple[int, int]) -> None:
            said = self.tr("{problems} isian bermasalah dan {gaps} celah berkas dari {name} "
                           "disimpan di {path}").format(
                problems=counts[0], gaps=counts[1], name=name, path=target)  # fmt: skip
            if late:
                said += "\n" + self.tr(
                    "Juga %Ln bulan yang kirimannya lewat batas (lembar Kiriman lewat batas).",
                    "", len(late),
                )  # fmt: skip
            QMessageBox.information(self, self.tr("Tindak lanjut"), said)

        act(self, self.ctx, work, Changes(), then=saved, title=self.tr("Tindak lanjut"))

    def recheck(self) -> None:
        """Every merged record through the BLK's rules again (records merged before the
        province checked them, or after an upgrade brings new rules)."""
        actor = self.ctx.actor

        def done(flagged: int) -> None:
            QMessageBox.information(
                self, self.tr("Periksa ulang data"),
                self.tr("{n} data BLK melanggar aturan data BLKDesk.").format(n=flagged),
            )  # fmt: skip

        db = self.ctx.db

        def work(progress: Progress) -> int:
            # Every merged person and placement: seconds on a large province, off the GUI
            # thread, in one transaction (the flags are replaced whole or not at all).
            with db.transaction() as session:
                return record_checks.recheck(session, actor, progress=progress)

        act_in_background(
            self, self.ctx, self.tr("Memeriksa ulang data BLK"), work,
            Changes.of(Kind.INSTITUTIONS), then=done,
        )  # fmt: skip

    def edit_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.ctx.can(Action.EDIT_SETTINGS):
            self.edit(self.rows[index.row()])

    def edit(self, blk: RegisteredBlk | None) -> BlkDialog:
        dialog = BlkDialog(self, self.ctx, blk)
        dialog.open()
        return dialog

    def choose_and_receive(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas dari BLK"), "",
            self.tr("Berkas Excel (*.xlsx)"),
        )  # fmt: skip
        if files:
            self.receive([Path(f) for f in files])

    def receive(self, paths: list[Path]) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> "IntakeReport":
            from blkdesk.exchange.province_intake import receive_files  # the merge, when used

            return receive_files(db, actor, paths, progress=progress)

        # A merge brings every kind of the BLKs' records.
        act_in_background(
            self, self.ctx, self.tr("Menerima berkas dari BLK"), work, MERGED, then=self._received
        )

    def _received(self, report: "IntakeReport") -> None:
        self.last_intake = report
        lines = []
        if report.merge and report.merge.purged:
            from blkdesk.exchange.withheld import purge_said

            lines.append(spoken(purge_said(report.merge.purged)))
        merged = report.merge.files if report.merge else []
        for f in merged:
            if f.reason:
                lines.append(
                    self.tr("DITOLAK {file}: {reason}").format(
                        file=f.path.name, reason=spoken(f.reason)
                    )
                )
            elif f.identical or f.superseded:
                # Not "digabung, 0 baru": an old file sent again must read as passed over.
                said = (
                    self.tr("sama persis dengan berkas yang sudah digabung; tidak ada yang berubah")
                    if f.identical
                    else self.tr(
                        "sudah tercakup berkas lengkap yang lebih baru; tidak ada yang berubah"
                    )
                )
                lines.append(f"{f.path.name} ({f.institution_code}): {said}")
            else:
                lines.append(
                    self.tr("{file} ({code}): digabung, {added} baru, {updated} diperbarui").format(
                        file=f.path.name,
                        code=f.institution_code,
                        added=f.total("added"),
                        updated=f.total("updated"),
                    )
                )
                if f.flagged:
                    lines.append(
                        self.tr(
                            "  {n} data digabung tetapi melanggar aturan data BLKDesk: lihat "
                            "Data bermasalah"
                        ).format(n=f.flagged)
                    )
        lines.extend(monthly_lines(report.monthly))
        # The gaps of the BLKs in these files in full, each by the name the list shows it under
        # ("Data PDG berlubang" was a code the officer had to look up); the other BLKs' gaps,
        # which these files did not change, in one line rather than again each time.
        names = {f.institution_code: f.institution_name for f in merged}
        names.update({b.code: b.name for b in self.rows})
        own, others = report.gaps_said()
        for code, found in sorted(own.items()):
            lines.append(self._gap_sentence(names.get(code, code), found))
        if others:
            lines.append(
                self.tr("Data BLK lain juga masih berlubang: {names} (lihat Daftar BLK).").format(
                    names=", ".join(names.get(code, code) for code in others)
                )
            )
        if report.registered:
            lines.append(
                self.tr("BLK baru terdaftar: {codes}").format(codes=", ".join(report.registered))
            )
        box = QMessageBox.warning if report.failures else QMessageBox.information
        box(self, self.tr("Berkas dari BLK"), "\n".join(lines))


def monthly_lines(receipts: "list[MonthlyReceipt]") -> list[str]:
    """One line per monthly report received: logged with the key that signed it, passed over
    as received before, or refused and why (the BLK list's intake and the Laporan page's merge
    both say them)."""
    lines = []
    for m in receipts:
        if m.reason:
            lines.append(
                QCoreApplication.translate("BlksPage", "DITOLAK {file}: {reason}").format(
                    file=m.path.name, reason=spoken(m.reason)
                )
            )
        elif m.duplicate:
            # Not "dicatat": the officer must see that the file sent again changed nothing.
            lines.append(
                QCoreApplication.translate(
                    "BlksPage",
                    "{file} ({code}): laporan bulanan {period} ini sudah diterima sebelumnya; "
                    "tidak dicatat lagi",
                ).format(file=m.path.name, code=m.inst_code, period=period_name(m.period))
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "BlksPage",
                    "{file} ({code}): laporan bulanan {period} dicatat; tanda tangan BLK sah "
                    "(kunci {key})",
                ).format(
                    file=m.path.name,
                    code=m.inst_code,
                    period=period_name(m.period),
                    key=m.key_fingerprint,
                )
            )
    return lines
