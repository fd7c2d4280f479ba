"""`blkdesk import-trainees FILE.xlsx`: a registrant list, checked like the intake form."""

import argparse
from pathlib import Path

from blkdesk.cli.common import add_common, database
from blkdesk.cli.login import logged_in
from blkdesk.core.permissions import Action
from blkdesk.exchange import trainee_import


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser(
        "import-trainees",
        help="impor daftar pendaftar dari Excel (.xlsx)",
        description="Kolom dicocokkan menurut nama judulnya (NIK, Nama Lengkap, Tanggal Lahir, "
        "Jenis Kelamin, No HP, ...) dalam urutan apa pun. Baris yang salah tidak diimpor dan "
        "dicatat di buku kerja baris gagal.",
    )
    add_common(p)
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument(
        "--consent-recorded",
        action="store_true",
        help="wajib: semua pendaftar di berkas sudah menandatangani persetujuan pengolahan "
        "data pribadi (UU PDP)",
    )
    p.add_argument(
        "--failed",
        type=Path,
        help="tempat buku kerja baris gagal (bawaan: FILE-gagal.xlsx di samping berkas)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with database(args) as db:
        result = trainee_import.import_trainees(
            db,
            logged_in(args, db, Action.IMPORT_TRAINEES),
            args.file,
            consent_recorded=args.consent_recorded,
        )
    print(trainee_import.describe(result))
    for row, warning in result.warnings:
        print(f"  Baris {row}: peringatan: {warning}")
    if result.ignored_headers:
        print("  Kolom diabaikan: " + ", ".join(result.ignored_headers))
    if not result.failed:
        return 0
    for failed in result.failed:
        print(f"  Baris {failed.row}: {failed.reason}")
    target = args.failed or args.file.with_name(f"{args.file.stem}-gagal.xlsx")
    trainee_import.write_failed_rows(result, target)
    print(f"Gagal: {len(result.failed)} baris tidak diimpor; perbaiki di {target} lalu impor lagi.")
    return 1
