"""Preview, print and PDF export of certificates, for one participant or a whole batch in one job.

What is printed is counted (and audited) only once it has really gone to the printer or the
file; the pages show the copy number they will carry, so a reprint says so on paper.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from blkdesk.core.certification import certificate_layout, certificates
from blkdesk.core.certification.certificate_layout import Layout
from blkdesk.core.certification.certificates import Sheet
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.progress import Progress
from blkdesk.printing import certificate as printing
from blkdesk.ui.actions import act, act_in_background
from blkdesk.ui.context import AppContext


def load(ctx: AppContext, ids: list[int]) -> tuple[list[Sheet], Layout]:
    with ctx.db.session() as session:
        return certificates.sheets(session, ids), certificate_layout.load(session)


def _printer(layout: Layout, sheets: list[Sheet]) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    pages = printing.pages_for(sheets)
    if pages:
        printer.setPageLayout(printing.face_layout(layout, pages[0]))
    printer.setDocName("Sertifikat BLKDesk")
    return printer


class CertificatePrinter(QObject):
    """The page's printing actions; each print or PDF is counted (and announced) once done."""

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self.widget = parent
        self.ctx = ctx

    def _count(self, ids: list[int]) -> None:
        # The page redraws from the announcement (print counts, Beranda's waiting list).
        act(
            self.widget, self.ctx, lambda s: certificates.record_prints(s, self.ctx.actor, ids),
            Changes.with_ids(Kind.CERTIFICATES, ids),
        )  # fmt: skip

    def confirm_reprint(self, sheets: list[Sheet]) -> bool:
        again = [s for s in sheets if s.copy > 1]
        if not again:
            return True
        answer = QMessageBox.question(
            self.widget,
            self.tr("Cetak ulang"),
            self.tr(
                "{n} dokumen sudah pernah dicetak. Cetakan ulang diberi tanda "
                "\u201ccetak ulang\u201d dan dicatat. Lanjutkan?"
            ).format(n=len(again)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def preview(self, ids: list[int]) -> None:
        sheets, layout = load(self.ctx, ids)
        if not self.confirm_reprint(sheets):
            return
        pages = printing.pages_for(sheets)
        # The dialog keeps only a C++ pointer to the printer: Python must hold it until the
        # dialog is gone, or the preview paints on a freed printer (a crash).
        printer = _printer(layout, sheets)
        dialog = QPrintPreviewDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Pratinjau cetak: {n} halaman").format(n=len(pages)))
        dialog.paintRequested.connect(lambda p: printing.paint_pages(p, layout, pages))
        # Accepted means the clerk pressed Print inside the preview and the job went out.
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._count(ids)

    def print_now(self, ids: list[int]) -> None:
        sheets, layout = load(self.ctx, ids)
        if not self.confirm_reprint(sheets):
            return
        printer = _printer(layout, sheets)
        if QPrintDialog(printer, self.widget).exec() != QDialog.DialogCode.Accepted:
            return
        printing.paint_pages(printer, layout, printing.pages_for(sheets))
        self._count(ids)

    def export_pdf(self, ids: list[int], suggested: str) -> None:
        sheets, layout = load(self.ctx, ids)
        if not self.confirm_reprint(sheets):
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.widget, self.tr("Simpan sertifikat sebagai PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        total = len(printing.pages_for(sheets))
        label = self.tr("Menyusun halaman sertifikat…")

        def work(progress: Progress) -> int:
            progress.update(0, total, label)

            def step(n: int) -> None:
                progress.check()
                progress.update(n)

            return printing.write_pdf(target, layout, sheets, step)

        def finished(pages: Any) -> None:
            self._count(ids)
            QMessageBox.information(
                self.widget,
                self.tr("PDF tersimpan"),
                self.tr("{pages} halaman tersimpan di {path}").format(pages=pages, path=target),
            )

        # The pages are counted by `finished`, once the file is written.
        act_in_background(self.widget, self.ctx, self.tr("Menyimpan PDF sertifikat"), work,
                          Changes(), then=finished)  # fmt: skip
