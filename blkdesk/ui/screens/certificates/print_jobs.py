"""Preview, print and PDF export of certificates, for some participants or a whole batch in one job.

What is printed is counted (and audited) only once it has really gone to the printer, and only
the documents whose pages were in the chosen range; the pages show the copy number they will
carry, so a reprint says so on paper. A PDF is a file, not a print: it is audited but not
counted, and carries no reprint mark.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from blkdesk.core.certification import certificate_layout, certificates
from blkdesk.core.certification.certificate_layout import Layout
from blkdesk.core.certification.certificates import Sheet
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.progress import Progress
from blkdesk.printing import certificate as printing
from blkdesk.printing.paper import PAPERS, Device, Setup, Wanted
from blkdesk.ui.actions import act, in_background
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.printing import Document, preview_document, print_document
from blkdesk.ui.widgets.savefile import ask_save_path

KIND = "sertifikat"  # print settings are remembered under this name


def load(ctx: AppContext, ids: list[int], for_file: bool = False) -> tuple[list[Sheet], Layout]:
    """The sheets to draw; a file shows every document as a first copy."""
    with ctx.db.session() as session:
        copies = dict.fromkeys(ids, 1) if for_file else None
        return certificates.sheets(session, ids, copies), certificate_layout.load(session)


def summary(sheets: list[Sheet]) -> tuple[int, int, int]:
    """(documents, sertifikat, surat keterangan)."""
    certs = sum(1 for s in sheets if s.kind == "sertifikat")
    return len(sheets), certs, len(sheets) - certs


def document(title: str, layout: Layout, sheets: list[Sheet]) -> Document:
    pages = printing.pages_for(sheets)

    def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
        printing.paint_pages(device, layout, pages, setup=setup, wanted=wanted)
        return len(pages)

    return Document(KIND, title, render, PAPERS[layout.paper], copies=False)


class CertificatePrinter(QObject):
    """The page's printing actions; `done(message)` reloads the page and tells what happened."""

    def __init__(self, parent: QWidget, ctx: AppContext, done: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.widget = parent
        self.ctx = ctx
        self.done = done

    def confirm_reprint(self, sheets: list[Sheet]) -> bool:
        again = [s for s in sheets if s.copy > 1]
        if not again:
            return True
        answer = QMessageBox.question(
            self.widget,
            self.tr("Cetak ulang"),
            self.tr(
                "%Ln dokumen sudah pernah dicetak. Cetakan ulang diberi tanda "
                "\u201ccetak ulang\u201d dan dicatat. Lanjutkan?",
                "",
                len(again),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def preview(self, ids: list[int], title: str) -> None:
        sheets, layout = load(self.ctx, ids)
        doc = document(title, layout, sheets)
        preview_document(self.widget, doc, lambda setup: self._print(ids, sheets, doc, setup))

    def print_now(self, ids: list[int], title: str) -> bool:
        sheets, layout = load(self.ctx, ids)
        return self._print(ids, sheets, document(title, layout, sheets))

    def _print(
        self, ids: list[int], sheets: list[Sheet], doc: Document, setup: Setup | None = None
    ) -> bool:
        if not self.confirm_reprint(sheets):
            return False
        printed = print_document(self.widget, doc, setup)
        if printed is None:
            return False
        pages = printing.pages_for(sheets)
        sent = {pages[n - 1].sheet.certificate_id for n in printed.pages if n <= len(pages)}
        counted, actor = [i for i in ids if i in sent], self.ctx.actor
        # Each count says its own noun: "1 document (2 pages)" in English.
        told = self.tr("{documents} ({pages}) dikirim ke printer {printer}.").format(
            documents=self.tr("%Ln dokumen", "", len(sent)),
            pages=self.tr("%Ln halaman", "", len(printed.pages)),
            printer=printed.printer,
        )
        act(
            self.widget, self.ctx, lambda s: certificates.record_prints(s, actor, counted),
            Changes.with_ids(Kind.CERTIFICATES, counted),
            then=lambda _copies: self.done(told), title=self.tr("Cetak"),
        )  # fmt: skip
        return True

    def export_pdf(self, ids: list[int], suggested: str) -> None:
        path = ask_save_path(
            self.widget, self.tr("Simpan sertifikat sebagai PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        sheets, layout = load(self.ctx, ids, for_file=True)
        total = len(printing.pages_for(sheets))
        label = self.tr("Menyusun halaman sertifikat…")

        def work(progress: Progress) -> int:
            progress.update(0, total, label)

            def step(n: int) -> None:
                progress.check()
                progress.update(n)

            return printing.write_pdf(target, layout, sheets, step)

        def finished(pages: Any) -> None:
            actor = self.ctx.actor
            act(
                self.widget, self.ctx, lambda s: certificates.record_pdf_export(s, actor, ids),
                Changes(), then=lambda _none: told(pages), title=self.tr("Simpan PDF"),
            )  # fmt: skip

        def told(pages: int) -> None:
            docs, certs, letters = summary(sheets)
            # Pages per document, not for all of them; a kind not in the file is not named.
            kinds = []
            if certs:
                kinds.append(self.tr("{certs} (masing-masing 2 halaman {orientation})").format(
                    certs=self.tr("%Ln sertifikat", "", certs),
                    orientation=self._orientation(layout.orientation),
                ))  # fmt: skip
            if letters:
                kinds.append(self.tr("{letters} (masing-masing 1 halaman {orientation})").format(
                    letters=self.tr("%Ln surat keterangan", "", letters),
                    orientation=self._orientation(layout.sk_orientation),
                ))  # fmt: skip
            what = (
                self.tr("{first} dan {second}").format(first=kinds[0], second=kinds[1])
                if len(kinds) == 2
                else "".join(kinds)
            )
            self.done(
                self.tr(
                    "{documents} tersimpan di {path}: {what}, seluruhnya {pages}. "
                    "PDF tidak dihitung sebagai cetakan."
                ).format(
                    documents=self.tr("%Ln dokumen", "", docs), path=target, what=what,
                    pages=self.tr("%Ln halaman", "", pages),
                )
            )  # fmt: skip

        in_background(self.widget, self.tr("Menyimpan PDF sertifikat"), work, then=finished)

    def _orientation(self, value: str) -> str:
        return self.tr("mendatar") if value == "landscape" else self.tr("tegak")
