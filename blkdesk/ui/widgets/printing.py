"""Printing any document: an Indonesian print dialog, a preview that fits the screen, and the
printer, paper and orientation remembered per kind of document on this PC.

Qt's own print and page-setup dialogs speak English and offer F4 only as "Custom"; this dialog
offers the papers a BLK uses (A4, F4, Letter, Legal) as far as the chosen printer takes them, a
page range, and copies. The preview and the printer draw with the same function the PDF export
uses, on a QPrinter in full-page mode: the document places its own margins.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blkdesk.printing import spooler
from blkdesk.printing.paper import (
    AUTO,
    LANDSCAPE,
    PAPERS,
    PORTRAIT,
    Device,
    PageRecorder,
    Paper,
    Setup,
    Wanted,
    paper_of,
)
from blkdesk.ui.settings import app_settings
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.preview_pages import PreviewPages

Render = Callable[[Device, Setup, Wanted | None], int]


@dataclass(frozen=True)
class Document:
    """What to print. `render` draws the pages `wanted` (all when None) and returns how many
    pages the whole document has on that setup."""

    kind: str  # settings key: one per kind of document (sertifikat, daftar_hadir, …)
    title: str  # the job's name in the printer queue, e.g. "Sertifikat Angkatan IV/2026 Juru Las"
    render: Render
    paper: Paper  # the document's own paper, used until the clerk picks another
    copies: bool = True  # a certificate is printed once; a list may be printed several times


@dataclass(frozen=True)
class Printed:
    printer: str
    pages: list[int]  # 1-based page numbers that went to the printer
    copies: int


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while pages are drawn (on the GUI thread: a batch of 48 certificate pages
    takes about a second)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


# --- settings per kind of document, per PC --------------------------------------------------


def remembered(kind: str) -> tuple[str, str, str]:
    """(printer name, paper key, orientation) last used for this kind; empty when never."""
    settings = app_settings()
    return (
        str(settings.value(f"printing/{kind}/printer", "")),
        str(settings.value(f"printing/{kind}/paper", "")),
        str(settings.value(f"printing/{kind}/orientation", AUTO)),
    )


def remember(kind: str, printer: str, paper: Paper, orientation: str) -> None:
    settings = app_settings()
    settings.setValue(f"printing/{kind}/printer", printer)
    settings.setValue(f"printing/{kind}/paper", paper.key)
    settings.setValue(f"printing/{kind}/orientation", orientation)
    settings.sync()


def remember_paper(kind: str, paper: Paper) -> None:
    """A paper chosen outside the print dialog (the daftar hadir's options) is the next default."""
    settings = app_settings()
    settings.setValue(f"printing/{kind}/paper", paper.key)
    settings.sync()


def remembered_setup(document: Document) -> Setup:
    _printer, paper_key, orientation = remembered(document.kind)
    return Setup(PAPERS.get(paper_key, document.paper), orientation)


def papers_offered(info: QPrinterInfo) -> list[Paper]:
    """Our papers the printer takes: by its list of sizes, F4 also as a custom size. A printer
    that reports no sizes is offered all of them (the driver decides)."""
    sizes = [paper_of(size) for size in info.supportedPageSizes()]
    offered = [p for p in PAPERS.values() if p in sizes]
    if info.supportsCustomPageSizes() and PAPERS["F4"] not in offered:
        offered.insert(1 if offered and offered[0].key == "A4" else 0, PAPERS["F4"])
    return offered or list(PAPERS.values())


def page_count(document: Document, setup: Setup) -> int:
    """Pages the document has on this setup (drawn into nothing: no page is wanted)."""
    probe = QPrinter(QPrinter.PrinterMode.HighResolution)
    probe.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    return document.render(probe, setup, lambda _n: False)


def make_printer(name: str, document: Document, setup: Setup) -> QPrinter:
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setDocName(document.title)
    printer.setCreator("BLKDesk")
    paper = setup.paper or document.paper
    printer.setPageSize(paper.page_size())
    return printer


# --- the print dialog ------------------------------------------------------------------------


class PrintDialog(Dialog):
    """Printer, paper, orientation, pages and copies; accepting prints nothing by itself."""

    def __init__(
        self, parent: QWidget | None, document: Document, setup: Setup | None = None
    ) -> None:
        super().__init__(parent, self.tr("Cetak: {title}").format(title=document.title),
                         "PrintDialog", QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.document = document
        self.total = 0
        setup = setup or remembered_setup(document)
        last_printer = remembered(document.kind)[0]
        last_orientation = setup.orientation
        form = QFormLayout()
        self.printer = QComboBox()
        names = QPrinterInfo.availablePrinterNames()
        self.printer.addItems(names)
        chosen = last_printer if last_printer in names else QPrinterInfo.defaultPrinterName()
        if chosen in names:
            self.printer.setCurrentIndex(names.index(chosen))
        self.trouble = QLabel()  # the chosen printer's trouble, said before Cetak is pressed
        self.trouble.setObjectName("FieldError")
        self.trouble.setWordWrap(True)
        printer = QVBoxLayout()
        printer.addWidget(self.printer)
        printer.addWidget(self.trouble)
        form.addRow(self.tr("Printer"), printer)
        self.paper = QComboBox()
        form.addRow(self.tr("Kertas"), self.paper)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Sesuai dokumen"), AUTO)
        self.orientation.addItem(self.tr("Tegak"), PORTRAIT)
        self.orientation.addItem(self.tr("Mendatar"), LANDSCAPE)
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(last_orientation)))
        form.addRow(self.tr("Arah kertas"), self.orientation)
        pages = QHBoxLayout()
        self.all_pages = QRadioButton()
        self.some_pages = QRadioButton(self.tr("Halaman"))
        group = QButtonGroup(self)
        group.addButton(self.all_pages)
        group.addButton(self.some_pages)
        self.all_pages.setChecked(True)
        self.first = QSpinBox()
        self.last = QSpinBox()
        self.first.setAccessibleName(self.tr("Dari halaman"))
        self.last.setAccessibleName(self.tr("Sampai halaman"))
        for spin in (self.first, self.last):
            spin.valueChanged.connect(lambda _v: self.some_pages.setChecked(True))
        pages.addWidget(self.all_pages)
        pages.addWidget(self.some_pages)
        pages.addWidget(self.first)
        pages.addWidget(QLabel(self.tr("sampai")))
        pages.addWidget(self.last)
        pages.addStretch(1)
        form.addRow(self.tr("Cetak"), pages)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 99)
        if document.copies:
            form.addRow(self.tr("Jumlah salinan"), self.copies)
        else:
            self.copies.hide()
        self.body.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("FieldInfo")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.setProperty("primary", True)
        self.print_button.setDefault(True)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.printer.currentIndexChanged.connect(lambda _i: self._fill_papers(None))
        self.printer.currentIndexChanged.connect(lambda _i: self._show_trouble())
        self.paper.currentIndexChanged.connect(lambda _i: self._count_pages())
        self.orientation.currentIndexChanged.connect(lambda _i: self._count_pages())
        self._fill_papers(setup.paper or document.paper)
        self._show_trouble()
        if not names:
            self.print_button.setEnabled(False)
            self.note.setText(self.tr("Belum ada printer yang terpasang di komputer ini. Pasang "
                                      "printer di Windows, atau simpan sebagai PDF."))  # fmt: skip
        self.finish_layout()

    def _show_trouble(self) -> None:
        """One line under the printer when it is rejecting jobs or stopped, the same checks
        Cetak makes (see may_send), so the clerk can pick another printer first."""
        text = self._trouble(self.printer.currentText())
        self.trouble.setText(text)
        self.trouble.setVisible(bool(text))

    def _trouble(self, name: str) -> str:
        """What is wrong with printer `name` for a job sent now; empty when nothing (or when
        it cannot be told). Rejecting comes first: a job would not even wait in the queue."""
        if not name:
            return ""
        if spooler.accepting_jobs(name) is False:
            return self.tr("Printer ini sedang menolak pekerjaan cetak: pilih printer lain "
                           "atau minta petugas printer mengaktifkannya kembali.")  # fmt: skip
        info = QPrinterInfo.printerInfo(name)
        if not info.isNull() and info.state() == QPrinter.PrinterState.Error:
            return self.tr("Printer ini sedang berhenti (dijeda, mati, atau kertasnya habis): "
                           "dokumen akan menunggu di antreannya sampai printer siap.")  # fmt: skip
        return ""

    def _fill_papers(self, wanted: Paper | None) -> None:
        current = wanted or self.chosen_paper()
        info = QPrinterInfo.printerInfo(self.printer.currentText())
        self.paper.blockSignals(True)
        self.paper.clear()
        for paper in papers_offered(info):
            self.paper.addItem(paper.label(), paper.key)
        index = self.paper.findData(current.key) if current else -1
        if index < 0:
            index = max(0, self.paper.findData(self.document.paper.key))
        self.paper.setCurrentIndex(index)
        self.paper.blockSignals(False)
        self._count_pages()

    def chosen_paper(self) -> Paper:
        return PAPERS.get(str(self.paper.currentData()), self.document.paper)

    def setup(self) -> Setup:
        return Setup(self.chosen_paper(), str(self.orientation.currentData()))

    def _count_pages(self) -> None:
        self.total = page_count(self.document, self.setup())
        self.all_pages.setText(self.tr("Semua (%Ln halaman)", "", self.total))
        for spin in (self.first, self.last):
            spin.blockSignals(True)
            spin.setRange(1, max(1, self.total))
            spin.blockSignals(False)
        self.last.setValue(self.total)
        self.first.setValue(1)
        self.all_pages.setChecked(True)

    def wanted(self) -> list[int]:
        if self.all_pages.isChecked():
            return list(range(1, self.total + 1))
        first, last = sorted((self.first.value(), self.last.value()))
        return list(range(first, last + 1))


def print_document(
    parent: QWidget, document: Document, setup: Setup | None = None
) -> Printed | None:
    """Ask where and how (starting from `setup`, else what was used last), then print; None
    when the clerk cancelled or nothing reached the printer (the clerk was told why)."""
    dialog = PrintDialog(parent, document, setup)
    if not dialog.exec():
        return None
    name = dialog.printer.currentText()
    if not may_send(parent, name):
        return None
    setup = dialog.setup()
    pages = dialog.wanted()
    printer = make_printer(name, document, setup)
    printer.setCopyCount(dialog.copies.value())
    chosen = set(pages)
    try:
        with busy():
            document.render(printer, setup, chosen.__contains__)
    except OSError:  # the printer would not open, or not take the next page
        if printer_still_there(parent, name):
            _refused(parent, name)
        return None
    if not spooler_took_it(parent, name, printer):
        return None
    remember(document.kind, name, setup.paper or document.paper, setup.orientation)
    return Printed(name, pages, dialog.copies.value())


def _warn(parent: QWidget | None, text: str, printer: str) -> None:
    title = QCoreApplication.translate("PrintDocument", "Cetak")
    QMessageBox.warning(parent, title, text.format(printer=printer))


def _refused(parent: QWidget | None, printer: str) -> None:
    _warn(parent, QCoreApplication.translate(
        "PrintDocument", "Printer {printer} menolak pekerjaan ini, jadi tidak dicatat "
        "sebagai tercetak: periksa printernya, lalu cetak lagi."), printer)  # fmt: skip


def _rejecting(parent: QWidget | None, printer: str) -> None:
    _warn(parent, QCoreApplication.translate(
        "PrintDocument", "Printer {printer} sedang menolak pekerjaan cetak, jadi tidak ada "
        "yang tercetak: minta petugas printer mengaktifkannya kembali atau pilih printer "
        "lain, lalu cetak lagi."), printer)  # fmt: skip


def may_send(parent: QWidget | None, name: str) -> bool:
    """The checks before a job goes to printer `name`; False once the clerk was told why not
    (or chose not to send to a stopped printer)."""
    return (
        printer_still_there(parent, name)
        and accepting_jobs(parent, name)
        and send_while_stopped(parent, name)
    )


def spooler_took_it(parent: QWidget | None, name: str, printer: QPrinter) -> bool:
    """Called straight after the job for printer `name` was drawn on `printer`: False, once the
    clerk was told, when the job never reached the printer's queue. Qt hands the job to the
    spooler as the last page ends and ignores a refusal: a printer removed by then, or a queue
    that began rejecting jobs, lost it without a word."""
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    refused = spooler.refusal() if native else None  # first: the next libcups call replaces it
    if not printer_still_there(parent, name):
        return False
    if refused is None:
        return True
    if refused == spooler.NOT_ACCEPTING_JOBS:
        _rejecting(parent, name)
    else:
        _refused(parent, name)
    return False


def printer_still_there(parent: QWidget | None, name: str) -> bool:
    """False, once the clerk was told, when the printer was unplugged or removed since the
    dialog listed it."""
    if name in QPrinterInfo.availablePrinterNames():
        return True
    _warn(parent, QCoreApplication.translate(
        "PrintDocument", "Printer {printer} tidak ada lagi di komputer ini (dicabut atau "
        "dihapus), jadi tidak ada yang tercetak: pasang lagi printernya atau pilih printer "
        "lain, lalu cetak lagi."), name)  # fmt: skip
    return False


def accepting_jobs(parent: QWidget | None, name: str) -> bool:
    """False, once the clerk was told, when the printer's CUPS queue refuses new jobs
    (cupsreject): Qt calls it ready and would lose the job without a word. True where the
    spooler cannot tell (Windows, no CUPS)."""
    if spooler.accepting_jobs(name) is not False:
        return True
    _rejecting(parent, name)
    return False


def send_while_stopped(parent: QWidget | None, name: str) -> bool:
    """A stopped printer keeps the job waiting in its queue: sent only when the clerk says so.
    (Windows also calls a printer out of paper or toner, or offline, stopped: hence a question,
    not a refusal.)"""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull() or info.state() != QPrinter.PrinterState.Error:
        return True
    text = QCoreApplication.translate(
        "PrintDocument",
        "Printer {printer} sedang berhenti (dijeda, mati, atau kertasnya "
        "habis); tetap kirim dokumen ke antreannya, untuk dicetak begitu printer siap?",
    )
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PrintDocument", "Cetak"), text.format(printer=name),
        buttons, QMessageBox.StandardButton.No,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


# --- the preview -----------------------------------------------------------------------------


class PreviewDialog(Dialog):
    """The pages as they will print (each on its own paper and orientation), with the paper
    last used for this kind of document; Cetak… opens the print dialog.

    It needs no printer: the pages are drawn by the same function into pictures. (Qt's own
    preview crashed when its printer was freed, and showed every page on the first page's
    paper.)"""

    def __init__(
        self, parent: QWidget | None, document: Document,
        on_print: Callable[[Setup], bool] | None = None, setup: Setup | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Pratinjau cetak: {title}").format(title=document.title),
                         "PreviewDialog", QDialogButtonBox.StandardButton.Close)  # fmt: skip
        self.document = document
        self.setup_ = setup or remembered_setup(document)
        recorder = PageRecorder()
        with busy():
            document.render(recorder, self.setup_, None)
        self.view = PreviewPages(self)
        bar = QHBoxLayout()
        self.page_label = QLabel()
        keys = QKeySequence.StandardKey
        buttons = [
            (self.tr("◀ Sebelumnya"), self._previous, keys.MoveToPreviousPage),
            (self.tr("Berikutnya ▶"), self._next, keys.MoveToNextPage),
            (self.tr("Perkecil"), lambda: self.view.zoom_by(1 / 1.25), keys.ZoomOut),
            (self.tr("Perbesar"), lambda: self.view.zoom_by(1.25), keys.ZoomIn),
            (self.tr("Pas lebar"), lambda: self.view.fit("width"), None),
            (self.tr("Satu halaman"), lambda: self.view.fit("page"), None),
        ]
        for text, slot, key in buttons:
            button = QToolButton()
            button.setText(text)
            button.clicked.connect(slot)
            if key is not None:
                button.setShortcut(QKeySequence(key))
                button.setToolTip(
                    QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                )
            bar.addWidget(button)
        bar.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        self.body.addLayout(bar)
        self.body.addWidget(self.view, 1)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setProperty("primary", True)
        self.print_button.setEnabled(on_print is not None)
        self.on_print = on_print
        self.print_button.clicked.connect(self._print)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.view.page_changed.connect(self._show_page)
        self.finish_layout()
        self._fit_screen()
        self.view.set_pages(recorder.pages)

    def page_count(self) -> int:
        return len(self.view.pages)

    def _fit_screen(self) -> None:
        """At most the screen's free area (1366×768 laptops too), whatever was saved."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(max(self.width(), 900), area.width() - 40)
        height = min(max(self.height(), 700), area.height() - 60)
        self.resize(width, height)

    def _show_page(self, page: int) -> None:
        self.page_label.setText(
            self.tr("Halaman {page} dari {pages}").format(page=page, pages=self.page_count())
        )

    def _previous(self) -> None:
        self.view.show_page(self.view.current_page() - 1)

    def _next(self) -> None:
        self.view.show_page(self.view.current_page() + 1)

    def _print(self) -> None:
        if self.on_print is not None and self.on_print(self.setup_):
            self.accept()


def preview_document(
    parent: QWidget, document: Document, on_print: Callable[[Setup], bool] | None = None,
    setup: Setup | None = None,
) -> bool:  # fmt: skip
    """Show the preview (of `setup`, else the setup used last); True when the clerk printed
    from it (`on_print`, given the preview's setup, returned True)."""
    dialog = PreviewDialog(parent, document, on_print, setup)
    return bool(dialog.exec())


def printer_and_preview(
    parent: QWidget, document: Document, setup: Setup | None = None
) -> Printed | None:
    """The preview, whose Cetak… button opens the print dialog; what was printed, if anything."""
    done: list[Printed] = []

    def on_print(chosen: Setup) -> bool:
        printed = print_document(parent, document, chosen)
        if printed is not None:
            done.append(printed)
        return printed is not None

    preview_document(parent, document, on_print, setup)
    return done[0] if done else None
