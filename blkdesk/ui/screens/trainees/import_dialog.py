"""Impor dari Excel: pick the file, confirm consent, run off the GUI thread, show the result."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.errors import BlkError
from blkdesk.core.progress import Progress
from blkdesk.core.sentences import spoken
from blkdesk.core.storage.safefile import os_error_text
from blkdesk.exchange import trainee_import
from blkdesk.exchange.registrant_columns import HEADERS
from blkdesk.ui.actions import Task, act_in_background
from blkdesk.ui.context import AppContext
from blkdesk.ui.language import grouped
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


class ImportResultDialog(Dialog):
    def __init__(
        self, result: trainee_import.ImportResult, source: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, "", "ImportResult", QDialogButtonBox.StandardButton.Close)
        self.setWindowTitle(self.tr("Hasil impor pendaftar"))
        self.result_ = result
        self.source = source
        title = QLabel(source.name)
        title.setObjectName("DialogTitle")
        self.body.addWidget(title)
        counts = QGridLayout()
        for column, (label, value) in enumerate(
            (
                (self.tr("Baris"), result.total),
                (self.tr("Diimpor"), result.imported),
                (self.tr("Diperbarui"), result.updated),
                (self.tr("Tidak berubah"), result.unchanged),
                (self.tr("Gagal"), len(result.failed)),
            )
        ):
            number = QLabel(grouped(value))
            number.setObjectName("CardValue")
            counts.addWidget(number, 0, column)
            counts.addWidget(QLabel(label), 1, column)
        self.body.addLayout(counts)
        lines = [(f.row, spoken(f.reason)) for f in result.failed] + [
            (row, self.tr("Peringatan: {w}").format(w=spoken(w))) for row, w in result.warnings
        ]
        if lines:
            self.model = RowsModel(
                [(self.tr("Baris"), lambda r: r[0]), (self.tr("Keterangan"), lambda r: r[1])]
            )
            self.model.set_rows(sorted(lines))
            view = make_table(self.model)
            view.setWordWrap(True)
            view.resizeColumnToContents(0)
            view.resizeRowsToContents()
            self.body.addWidget(view, 1)
        if result.ignored_headers:
            ignored = QLabel(
                self.tr("Kolom tidak dikenal (diabaikan): {names}").format(
                    names=", ".join(result.ignored_headers)
                )
            )
            ignored.setObjectName("FieldInfo")
            ignored.setWordWrap(True)
            self.body.addWidget(ignored)
        self.save_failed = QPushButton(self.tr("Simpan baris gagal ke Excel…"))
        self.save_failed.setProperty("primary", True)
        self.save_failed.clicked.connect(self.write_failed)
        self.save_failed.setVisible(bool(result.failed))
        self.buttons.addButton(self.save_failed, QDialogButtonBox.ButtonRole.ActionRole)
        self.finish_layout()
        self.resize(760, 520 if lines else 260)

    def write_failed(self) -> None:
        suggested = str(self.source.with_name(f"{self.source.stem}-gagal.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan baris gagal"), suggested, self.tr("Buku kerja Excel (*.xlsx)")
        )
        if not path:
            return
        try:
            trainee_import.write_failed_rows(self.result_, Path(path))
        except (OSError, BlkError) as exc:  # the reason in Indonesian, not the OS's English
            reason = exc.message if isinstance(exc, BlkError) else spoken(os_error_text(exc))
            QMessageBox.warning(
                self, self.tr("Tidak dapat disimpan"), self.tr("Berkas tidak dapat ditulis.")
                + f"\n{reason}"
            )  # fmt: skip
            return
        self.save_failed.setText(self.tr("Tersimpan: {name}").format(name=Path(path).name))


def start_import(parent: QWidget, ctx: AppContext, path: str | None = None) -> Task | None:
    """Ask for the file and the consent confirmation, then import in the background."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("TraineeImport", "Impor pendaftar dari Excel"), "",
            QCoreApplication.translate("TraineeImport", "Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
    if not path:
        return None
    names = ", ".join(aliases[0] for aliases in HEADERS.values() if aliases[0] != "RT/RW")
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("TraineeImport", "Persetujuan data pribadi"),
        QCoreApplication.translate(
            "TraineeImport",
            "Semua pendaftar di berkas ini sudah menandatangani persetujuan pengolahan data "
            "pribadi (UU PDP)?\n\nKolom yang dikenali (urutan bebas): {names}.",
        ).format(names=names),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    source = Path(path)

    def work(progress: Progress) -> trainee_import.ImportResult:
        return trainee_import.import_trainees(
            ctx.db, ctx.actor, source, consent_recorded=True, progress=progress
        )

    def done(result: trainee_import.ImportResult) -> None:
        ImportResultDialog(result, source, parent).exec()

    return act_in_background(
        parent, ctx, QCoreApplication.translate("TraineeImport", "Mengimpor pendaftar…"), work,
        Changes.of(Kind.TRAINEES), then=done,
        title_refused=QCoreApplication.translate("TraineeImport", "Berkas tidak diimpor"),
    )  # fmt: skip
