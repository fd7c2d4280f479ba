"""What libcups says about a queue: taking jobs or not, and the status of the job just sent.

Against a private CUPS server with a CUPS-PDF queue (skipped without one, see
tests/support/cups.py), and with libcups missing, as on Windows.
"""

import subprocess
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from blkdesk.printing import spooler
from tests.support.cups import QUEUE, PrintServer, print_server


@pytest.fixture
def cups() -> Iterator[PrintServer]:
    yield from print_server()


def _send(name: str) -> None:
    """One page to queue `name` the way BLKDesk prints: Qt's CUPS engine on this thread."""
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    painter = QPainter(printer)
    painter.drawText(100, 100, "BLKDesk")
    painter.end()


def test_a_queue_set_to_reject_jobs_is_told_and_so_is_its_refusal(cups, qapp):
    assert spooler.accepting_jobs(QUEUE) is True
    _send(QUEUE)
    assert spooler.refusal() is None
    cups.wait_for_jobs(1)

    subprocess.run(["cupsreject", "-h", cups.address, QUEUE], check=True, capture_output=True)
    assert spooler.accepting_jobs(QUEUE) is False
    assert QPrinterInfo.printerInfo(QUEUE).state() == QPrinter.PrinterState.Idle  # Qt: fine
    _send(QUEUE)
    assert spooler.refusal() == spooler.NOT_ACCEPTING_JOBS
    assert not cups.queued()

    subprocess.run(["cupsaccept", "-h", cups.address, QUEUE], check=True, capture_output=True)
    assert spooler.accepting_jobs(QUEUE) is True
    _send(QUEUE)
    assert spooler.refusal() is None
    assert len(cups.wait_for_jobs(2)) == 2


def test_an_unknown_queue_cannot_be_told(cups):
    assert spooler.accepting_jobs("Tidak-ada") is None
    assert spooler.accepting_jobs(f"{QUEUE}/tidak-ada") is None  # an instance lpoptions lacks


@pytest.fixture
def no_cache() -> Iterator[None]:
    spooler._libcups.cache_clear()
    yield
    spooler._libcups.cache_clear()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_are_not_asked(monkeypatch, no_cache, platform):
    monkeypatch.setattr(spooler.sys, "platform", platform)
    monkeypatch.setattr(spooler.ctypes, "CDLL", lambda *_a: pytest.fail("libcups loaded"))
    assert spooler.accepting_jobs(QUEUE) is None and spooler.refusal() is None


def test_without_libcups_printing_goes_on_as_before(monkeypatch, no_cache):
    def missing(*_a: object) -> None:
        raise OSError("libcups.so.2: cannot open shared object file")

    monkeypatch.setattr(spooler.ctypes.util, "find_library", lambda _n: None)
    monkeypatch.setattr(spooler.ctypes, "CDLL", missing)
    assert spooler.accepting_jobs(QUEUE) is None and spooler.refusal() is None


@pytest.mark.parametrize(("status", "refused"), [(0x0000, None), (0x0001, None),
                                                 (0x0406, 0x0406), (0x0506, 0x0506)])  # fmt: skip
def test_only_error_statuses_are_refusals(monkeypatch, status, refused):
    """IPP's successful-ok-* statuses (a substituted option, say) are no refusal."""
    monkeypatch.setattr(spooler, "_libcups", lambda: SimpleNamespace(cupsLastError=lambda: status))
    assert spooler.refusal() == refused
