"""`blkdesk import-placements`: placement survey results from an Excel workbook."""

import argparse
import sys
from pathlib import Path

from blkdesk.cli.common import add_common, database
from blkdesk.core.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser(
        "import-placements",
        help="impor hasil survei penempatan lulusan dari berkas Excel (dicocokkan dengan NIK)",
    )
    add_common(p)
    p.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="catat baris yang benar dan laporkan yang salah (bawaan: tolak seluruh berkas)",
    )
    p.add_argument("--check", action="store_true", help="hanya periksa, tanpa mencatat apa pun")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from blkdesk.cli.login import logged_in
    from blkdesk.core.permissions import Action
    from blkdesk.exchange.placement_import import import_placements

    if not args.file.is_file():
        raise ValidationError(f"Berkas {args.file} tidak ditemukan.")
    with database(args) as db:
        report = import_placements(
            db,
            logged_in(args, db, Action.RECORD_PLACEMENT),
            args.file,
            skip_invalid=args.skip_invalid,
            check_only=args.check,
        )
    for error in report.errors:
        print(error, file=sys.stderr)
    if args.check:
        print(f"{report.valid} dari {report.rows} baris siap diimpor.")
        if report.errors:
            raise ValidationError(f"{report.bad_rows} baris bermasalah.")
        return 0
    if report.errors and not args.skip_invalid:
        raise ValidationError(
            f"{report.bad_rows} dari {report.rows} baris bermasalah; tidak ada yang dicatat. "
            "Perbaiki berkasnya, atau pakai --skip-invalid untuk mencatat baris yang benar saja."
        )
    print(
        f"{report.imported} penempatan dicatat dari {args.file.name}"
        + (f"; {report.duplicates} sudah tercatat sebelumnya" if report.duplicates else "")
        + (f"; {report.bad_rows} baris dilewati karena salah" if report.errors else "")
        + "."
    )
    return 0
