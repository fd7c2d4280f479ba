"""`blkdesk`: opens the GUI; subcommands drive the same services headless.

Each subcommand lives in its own module with `register(subparsers)`; its handler returns an exit
code. A `BlkError` becomes a one-line reason on stderr and exit code 1.
"""

import argparse
import logging
import sys
from collections.abc import Sequence

from blkdesk.core.errors import BlkError, FieldErrors


def build_parser() -> argparse.ArgumentParser:
    from blkdesk import __version__
    from blkdesk.cli import commands

    parser = argparse.ArgumentParser(
        prog="blkdesk",
        description="BLKDesk: administrasi Balai Latihan Kerja. "
        "Tanpa subperintah, membuka aplikasi.",
    )
    parser.add_argument("--version", action="version", version=f"BLKDesk {__version__}")
    parser.add_argument("--db", help="berkas SQLite atau URL database (bawaan: BLKDESK_DB)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka")
    # The bundle check: build the window on --db, visit every page, close, exit 0 (or 1).
    parser.add_argument("--selftest", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in commands.MODULES:
        module.register(sub)
    return parser


# Commands that make a database: every other one refuses a path where there is none, so a
# mistyped --db never silently starts an empty database.
# (`server create` refuses a --db path itself; without --db it may make an empty server.)
CREATES_DATABASE = frozenset({"init", "demo", "server"})


def _check_database_exists(args: argparse.Namespace) -> None:
    from blkdesk.core.errors import NotFound
    from blkdesk.core.storage.db import resolve_url, sqlite_path

    if args.command in CREATES_DATABASE:
        return
    path = sqlite_path(resolve_url(args.db))
    if path is not None and not path.is_file():
        raise NotFound(
            f"Database {path} tidak ada. Periksa --db (atau BLKDESK_DB); database baru dibuat "
            "dengan `blkdesk init`."
        )


def _gui_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they only open the GUI (no subcommand, no --help or --version).

    Building the full parser imports every subcommand, and with them SQLAlchemy and the Excel
    libraries: a second of start-up the GUI does not need before its login window."""
    parser = argparse.ArgumentParser(prog="blkdesk", add_help=False, exit_on_error=False)
    parser.add_argument("--db")
    parser.add_argument("--lang")
    parser.add_argument("--selftest", action="store_true")
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    # Anything else, a bad language included, is for the full parser to handle or explain.
    return None if rest or args.lang not in (None, "id", "en") else args


def main(argv: Sequence[str] | None = None) -> int:
    args = _gui_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    else:
        args.command = None
    if args.command is None and args.selftest:
        from blkdesk.ui.selftest import run_selftest

        return run_selftest(args.db)
    if args.command is None:
        from blkdesk.ui.app import run_gui

        return run_gui(db=args.db, lang=args.lang)
    try:
        from blkdesk.core.storage.safefile import clean_abandoned

        clean_abandoned()  # half-written exports and PDFs an earlier kill left, wherever they were
        _check_database_exists(args)
        _check_outputs(args)
        return int(args.handler(args))
    except FieldErrors as exc:
        print("Gagal: " + " ".join(exc.errors.values()), file=sys.stderr)
        return 1
    except BlkError as exc:
        print(f"Gagal: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: never a traceback
        return _failed(exc)


def _check_outputs(args: argparse.Namespace) -> None:
    """A file to be written into a folder that does not exist, or under a name without its
    type's suffix (`add_output`), is refused before any work."""
    from blkdesk.core.storage.safefile import check_output

    for name, suffix in (("out", getattr(args, "out_suffix", None)), ("failed", ".xlsx")):
        target = getattr(args, name, None)
        if target is not None:
            check_output(target, suffix)


def _failed(exc: Exception) -> int:
    """One Indonesian line for any other failure; a bug also leaves a report without personal
    data (`laporan-galat-*.txt`) for the IT officer."""
    from blkdesk.core.failures import explain

    message = explain(exc)
    if message is not None:
        print(f"Gagal: {message}", file=sys.stderr)
        return 1
    from blkdesk.core.storage.crashreport import build_report, save_report
    from blkdesk.core.storage.logs import setup_logging

    report = build_report(type(exc), exc, exc.__traceback__, {"Perintah": "baris perintah"})
    try:
        setup_logging()
        logging.getLogger("blkdesk.cli").error("Kesalahan tak terduga:\n%s", report)
        where = f"; laporan tanpa data pribadi: {save_report(report)}"
    except OSError:
        where = ""
    print(
        f"Gagal: kesalahan tak terduga di BLKDesk ({type(exc).__name__}){where}. "
        "Kirim laporan itu ke petugas TI.",
        file=sys.stderr,
    )
    return 2
