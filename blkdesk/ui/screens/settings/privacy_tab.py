"""Pengaturan › Data pribadi: a trainee's data subject report, and anonymisation on request."""

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
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

from blkdesk.core.access import privacy
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import format_date
from blkdesk.core.errors import BlkError
from blkdesk.core.permissions import Action
from blkdesk.ui.actions import act
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


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
        buttons = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Tampilkan laporan"))
        self.report_button.clicked.connect(self.show_report)
        self.save_button = QPushButton(self.tr("Simpan laporan…"))
        self.save_button.clicked.connect(self.save_report)
        self.anonymise_button = QPushButton(self.tr("Anonimkan peserta…"))
        self.anonymise_button.clicked.connect(self.anonymise)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout.addLayout(buttons)
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

    def search(self) -> None:
        with self.ctx.db.session() as session:
            matches = privacy.find_subjects(session, self.ctx.actor, self.query.text())
        self.model.set_rows(matches)
        self.view.resizeColumnsToContents()
        if matches:
            self.view.selectRow(0)

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
            self.tr("Dasar permintaan (mis. surat permohonan tanggal …):"),
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
        if not act(
            self, self.ctx, lambda s: privacy.anonymise(s, self.ctx.actor, match.uuid, reason),
            Changes.of(Kind.TRAINEES), title=self.tr("Anonimkan peserta"),
        ):  # fmt: skip
            return
        self.report = None
        self.text.clear()
        self.save_button.setEnabled(False)
        self.search()
