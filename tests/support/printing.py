"""Driving BLKDesk's print dialog and preview in tests, with a printer that writes PDF files.

Tests without a print server get one printer named "PDF" (as CUPS-PDF is usually called) whose
jobs land as job-1.pdf, job-2.pdf… in a folder; the dialogs are driven through their widgets.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from blkdesk.printing import participants
from blkdesk.ui.widgets import printing as ui_printing
from blkdesk.ui.widgets.printing import PreviewDialog, PrintDialog


class PdfPrinters:
    """Jobs sent to the fake printer: (document title, path of the PDF it wrote)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: list[tuple[str, Path]] = []


def pdf_printer(monkeypatch: Any, folder: Path) -> PdfPrinters:
    printers = PdfPrinters(folder)
    original = ui_printing.make_printer
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["PDF"]))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "PDF"))

    def make(name: str, document: Any, setup: Any) -> QPrinter:
        printer = original(name, document, setup)
        path = folder / f"job-{len(printers.jobs) + 1}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printers.jobs.append((printer.docName(), path))
        return printer

    monkeypatch.setattr(ui_printing, "make_printer", make)
    return printers


def answer_print_dialog(
    monkeypatch: Any, qtbot: Any, choose: Callable[[PrintDialog], None] | None = None,
    seen: list[PrintDialog] | None = None,
) -> None:  # fmt: skip
    """Every print dialog shows, lets `choose` set it up, and has its Cetak button clicked."""

    def exec_(dialog: PrintDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        if choose is not None:
            choose(dialog)
        if seen is not None:
            seen.append(dialog)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(PrintDialog, "exec", exec_)


def answer_preview(
    monkeypatch: Any, qtbot: Any, act: Callable[[PreviewDialog], None] | None = None
) -> list[PreviewDialog]:
    """Every preview shows and draws its pages, then `act` (default: Tutup) ends it."""
    shown: list[PreviewDialog] = []

    def exec_(dialog: PreviewDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.page_count() > 0
        shown.append(dialog)
        if act is not None:
            act(dialog)
        if dialog.isVisible():
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(PreviewDialog, "exec", exec_)
    return shown


def forty_participants() -> participants.Sheet:
    """A daftar peserta of 40 (two pages), as the print tests lay it out and print it."""
    return participants.Sheet(
        "UPTD BLK Kabupaten Lebak", "Jl. Multatuli No. 1, Rangkasbitung", "Angkatan IV/2026",
        "Juru Las (240 JP)", "2 Maret 2026 – 30 April 2026", "Workshop UPTD BLK Kabupaten Lebak",
        "Drs. H. Ahmad Fauzi", "197003151995031002", "Lebak", "1 Maret 2026",
        tuple((str(i), f"Peserta Nomor {i}", "3602••••••••••01", "L", "Lebak, 1 Januari 2000")
              for i in range(1, 41)),
    )  # fmt: skip
