"""What the CUPS spooler knows about a queue and Qt does not say: whether it takes jobs.

A queue set to refuse jobs (`cupsreject`, "Reject Jobs" in a printer panel) still looks idle
and ready to Qt: QPrinterInfo reads only the printer's state, and Qt's CUPS print engine hands
the finished job to `cupsPrintFile` and drops its refusal, so the job vanished while the app
counted it as printed. libcups tells both: the queue's `printer-is-accepting-jobs` before
sending, and `cupsLastError()` after.

libcups (Debian's libcups2) is loaded the first time it is asked, through ctypes. Without it
every answer is "cannot tell" (None) and printing goes on as before. Windows has no libcups
(its spooler is asked through Qt, which calls a paused or offline printer stopped), and on
macOS Qt prints through Cocoa rather than through this thread's libcups calls: neither is asked
here.

Still not seen: a job the spooler took that fails later (the device is off or jams, the backend
errs, an administrator cancels or holds it); CUPS reports those on the job, after the app said
it was sent.
"""

import ctypes
import ctypes.util
import functools
import sys

NOT_ACCEPTING_JOBS = 0x0506  # IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS
_FIRST_ERROR = 0x0400  # IPP_STATUS_ERROR_BAD_REQUEST: lower statuses are successes


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


@functools.cache
def _libcups() -> ctypes.CDLL | None:
    if sys.platform in ("win32", "darwin"):
        return None
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("cups") or "libcups.so.2")
    except OSError:
        return None
    dests = ctypes.POINTER(_Dest)
    lib.cupsGetDests2.argtypes = [ctypes.c_void_p, ctypes.POINTER(dests)]
    lib.cupsGetDests2.restype = ctypes.c_int
    lib.cupsGetDest.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, dests]
    lib.cupsGetDest.restype = dests
    lib.cupsGetOption.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsGetOption.restype = ctypes.c_char_p
    lib.cupsFreeDests.argtypes = [ctypes.c_int, dests]
    lib.cupsFreeDests.restype = None
    lib.cupsLastError.argtypes = []
    lib.cupsLastError.restype = ctypes.c_int
    return lib


def accepting_jobs(printer: str) -> bool | None:
    """Whether CUPS queue `printer` (Qt's name: "queue" or "queue/instance") takes new jobs;
    None when that cannot be told (no libcups, no CUPS server, no such queue).

    Asks the server for its queues as Qt does (cupsGetDests2, not cupsGetNamedDest: that one
    browses the network for a second when the queue is unknown)."""
    lib = _libcups()
    if lib is None:
        return None
    queue, _, instance = printer.partition("/")
    dests = ctypes.POINTER(_Dest)()
    count = lib.cupsGetDests2(None, ctypes.byref(dests))
    try:
        dest = lib.cupsGetDest(queue.encode(), instance.encode() or None, count, dests)
        if not dest:
            return None
        value = lib.cupsGetOption(
            b"printer-is-accepting-jobs", dest.contents.num_options, dest.contents.options
        )
    finally:
        lib.cupsFreeDests(count, dests)
    return None if value is None else value != b"false"


def refusal() -> int | None:
    """The IPP status with which the CUPS server refused this thread's last request (e.g.
    NOT_ACCEPTING_JOBS), None when it succeeded or there is no libcups.

    Meaningful straight after a job went to a CUPS queue (QPainter.end() on a QPrinter in its
    native format), on the thread that sent it: libcups keeps one status per thread, and the
    next call, Qt's included (QPrinterInfo), replaces it."""
    lib = _libcups()
    if lib is None:
        return None
    status = int(lib.cupsLastError())
    return status if status >= _FIRST_ERROR else None
