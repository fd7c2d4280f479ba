"""`blkdesk catalog`: the programme catalogue as an Excel workbook, out and in."""

import argparse
from pathlib import Path

from blkdesk.cli.common import add_common, database
from blkdesk.cli.login import logged_in
from blkdesk.core.permissions import Action
from blkdesk.exchange import catalog_xlsx


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser("catalog", help="ekspor/impor katalog program pelatihan (Excel)")
    actions = p.add_subparsers(dest="catalog_action", metavar="AKSI", required=True)
    out = actions.add_parser("export", help="tulis semua program dan unitnya ke berkas .xlsx")
    add_common(out)
    out.add_argument("file", type=Path, help="berkas .xlsx tujuan")
    out.set_defaults(handler=run_export)
    into = actions.add_parser("import", help="buat/perbarui program dari berkas .xlsx")
    add_common(into)
    into.add_argument("file", type=Path, help="berkas .xlsx katalog")
    into.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from blkdesk.core.storage.safefile import check_output

    check_output(args.file, ".xlsx")
    with database(args) as db, db.session() as session:
        count = catalog_xlsx.export_catalog(session, args.file)
    print(f"{count} program diekspor ke {args.file}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    with database(args) as db:
        actor = logged_in(args, db, Action.EDIT_CATALOG)
        summary = catalog_xlsx.import_catalog(db, actor, args.file)
    print(
        f"Katalog diimpor: {summary.created} program baru, {summary.updated} diperbarui, "
        f"{summary.unchanged} tidak berubah."
    )
    for warning in summary.warnings:
        print(f"Perhatian: {warning}")
    return 0
