"""Pengaturan › Data pribadi: a trainee's data subject report, anonymisation on request, and the
report of who saw or exported whose data in a period (for a breach notice)."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.access import disclosures, privacy
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.errors import BlkError
from blkdesk.core.permissions import Action
from blkdesk.core.registry import drafts
from blkdesk.ui.actions import act
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.screens.settings.drafts_box import DraftsBox
from blkdesk.ui.widgets.buttons import push_button, row_of
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PrivacyTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.report: privacy.SubjectReport | None = None
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Permintaan akses data pribadi (UU 27/2022 Pasal 32) dijawab paling lambat 3×24 "
                "jam: cari peserta, tampilkan laporannya, lalu simpan dan serahkan. "
                "Penganonimkan menghapus identitas peserta tetapi mempertahankan angka rekap."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        search = QHBoxLayout()
        self.query = QLineEdit(placeholderText=self.tr("NIK atau nama peserta"))
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Cari"))
        self.search_button.clicked.connect(self.search)
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        layout.addLayout(search)
        # What the search found, so an empty list is an answer and not a button that did nothing.
        self.found = QLabel()
        self.found.setObjectName("FieldInfo")
        self.found.hide()
        layout.addWidget(self.found)
        splitter = QSplitter()
        self.model = RowsModel(
            [
                (self.tr("Nama"), lambda m: m.name),
                (self.tr("NIK"), lambda m: m.nik),
                (self.tr("Tanggal lahir"), lambda m: format_date(m.birth_date)),
            ]
        )
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(self.show_report)
        splitter.addWidget(self.view)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter.addWidget(self.text)
        splitter.setSizes([300, 600])
        layout.addWidget(splitter, 1)
        self.report_button = push_button(self.tr("Tampilkan laporan"), self.show_report)
        self.save_button = push_button(self.tr("Simpan laporan…"), self.save_report)
        self.anonymise_button = push_button(self.tr("Anonimkan peserta…"), self.anonymise)
        layout.addLayout(row_of(self.report_button, self.save_button))
        layout.addWidget(self._disclosure_box())
        if ctx.can(Action.ANONYMISE):
            self.drafts_box = DraftsBox(ctx)
            layout.addWidget(self.drafts_box)
        # On a line of its own, away from the everyday buttons: it cannot be undone.
        apart = QHBoxLayout()
        apart.addStretch()
        apart.addWidget(self.anonymise_button)
        layout.addLayout(apart)
        allowed = ctx.can(Action.SUBJECT_REPORT) and not ctx.db.read_only
        for widget in (self.query, self.search_button, self.report_button):
            widget.setEnabled(allowed)
        self.save_button.setEnabled(False)
        self.anonymise_button.setEnabled(ctx.can(Action.ANONYMISE) and not ctx.db.read_only)

    def _disclosure_box(self) -> QGroupBox:
        """UU PDP Art. 46: who saw or took out whose data in a period, for a breach notice."""
        box = QGroupBox(self.tr("Laporan pengungkapan data (kebocoran, 3×24 jam)"))
        row = QHBoxLayout(box)
        today = QDate.currentDate()
        self.disclosure_start = QDateEdit(date=today.addDays(-30))
        self.disclosure_end = QDateEdit(date=today)
        for edit in (self.disclosure_start, self.disclosure_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.disclosure_button = QPushButton(self.tr("Buat laporan…"))
        self.disclosure_button.setToolTip(
            self.tr("Siapa melihat, mengekspor atau mencetak data pribadi siapa pada periode "
                    "ini, dari jejak audit; disimpan sebagai Excel.")
        )  # fmt: skip
        self.disclosure_button.clicked.connect(self.save_disclosures)
        row.addWidget(QLabel(self.tr("Dari")))
        row.addWidget(self.disclosure_start)
        row.addWidget(QLabel(self.tr("sampai")))
        row.addWidget(self.disclosure_end)
        row.addWidget(self.disclosure_button)
        row.addStretch()
        box.setEnabled(self.ctx.can(Action.VIEW_AUDIT) and not self.ctx.db.read_only)
        return box

    def save_disclosures(self) -> None:
        start = _day(self.disclosure_start.date())
        end = _day(self.disclosure_end.date())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan pengungkapan"),
            f"pengungkapan-data-{start:%Y%m%d}-{end:%Y%m%d}.xlsx", self.tr("Excel (*.xlsx)"),
        )  # fmt: skip
        if not name:
            return

        def work(session: Session) -> disclosures.DisclosureReport:
            from blkdesk.exchange import disclosures_xlsx  # Excel loads when used

            report = disclosures.build(session, self.ctx.actor, start, end)
            # Written inside the transaction: a file that cannot be written leaves no audit row
            # claiming a report was made.
            disclosures_xlsx.write_xlsx(report, Path(name))
            return report

        def saved(report: disclosures.DisclosureReport) -> None:
            QMessageBox.information(
                self, self.tr("Laporan pengungkapan"),
                self.tr("{events}, {people} disebut satu per satu, {bulk} berisi banyak "
                        "orang.\nDisimpan: {path}").format(
                    events=self.tr("%Ln peristiwa", "", len(report.events)),
                    people=self.tr("%Ln orang", "", len(report.subjects)),
                    bulk=self.tr("%Ln ekspor", "", len(report.bulk)), path=name),
            )  # fmt: skip

        act(self, self.ctx, work, Changes(), then=saved, title=self.tr("Laporan pengungkapan"))

    def search(self) -> None:
        with self.ctx.db.session() as session:
            matches = privacy.find_subjects(session, self.ctx.actor, self.query.text())
        self.model.set_rows(matches)
        self.view.resizeColumnsToContents()
        if matches:
            self.view.selectRow(0)
        typed = self.query.text().strip()
        self.found.setVisible(bool(typed))
        self.found.setText(
            self.tr("{n} peserta ditemukan.").format(n=len(matches))
            if matches
            else self.tr(
                "Tidak ada peserta dengan NIK atau nama yang berawalan “{text}”. Nama dicari "
                "dari awalnya, seperti tertulis di KTP."
            ).format(text=typed)
        )

    def _selected(self) -> privacy.SubjectMatch | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Data pribadi"), self.tr("Pilih dulu peserta."))
            return None
        match: privacy.SubjectMatch = self.model.row_object(rows[0].row())
        return match

    def show_report(self) -> None:
        match = self._selected()
        if match is None:
            return
        # Reading someone's whole record is itself audited, so it is an action (nothing shown
        # elsewhere changes).
        act(
            self, self.ctx, lambda s: privacy.subject_report(s, self.ctx.actor, match.uuid),
            Changes(), then=self._show_report, title=self.tr("Data pribadi"),
        )  # fmt: skip

    def _show_report(self, report: privacy.SubjectReport) -> None:
        self.report = report
        self.text.setPlainText(privacy.to_text(report))
        self.save_button.setEnabled(True)

    def save_report(self) -> None:
        if self.report is None:
            return
        safe = "".join(c if c.isalnum() else "-" for c in self.report.name).strip("-")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan data pribadi"), f"data-pribadi-{safe}.json",
            self.tr("JSON lengkap (*.json);;Teks (*.txt)"),
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        try:
            if path.suffix.lower() == ".txt" or chosen.startswith(self.tr("Teks")):
                privacy.write_text(self.report, path)
            else:
                privacy.write_json(self.report, path)
        except BlkError as exc:
            QMessageBox.warning(self, self.tr("Data pribadi"), exc.message)
            return
        QMessageBox.information(
            self, self.tr("Data pribadi"), self.tr("Laporan disimpan: {path}").format(path=path)
        )

    def anonymise(self) -> None:
        match = self._selected()
        if match is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Anonimkan peserta"),
            self.tr("Dasar permintaan menganonimkan {name} (mis. surat permohonan tanggal …):")
            .format(name=match.name),
        )  # fmt: skip
        if not ok:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Anonimkan peserta"),
            self.tr(
                "Hapus identitas {name} untuk selamanya? Nama, NIK, alamat, kontak, foto dan "
                "catatan dihapus; angka rekap (jenis kelamin, tahun lahir, pendidikan, hasil "
                "pelatihan) tetap. Ini tidak dapat dibatalkan."
            ).format(name=match.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        anonymised: list[int] = []

        def work(session: Session) -> None:
            anonymised.append(privacy.anonymise(session, self.ctx.actor, match.uuid, reason).id)

        if not act(
            self, self.ctx, work, Changes.of(Kind.TRAINEES), title=self.tr("Anonimkan peserta")
        ):
            return
        drafts.discard_about(self.ctx.db.location, anonymised[0], match.nik)
        self.report = None
        self.text.clear()
        self.save_button.setEnabled(False)
        self.search()
