"""`blkdesk attendance …`: the daftar hadir headless: Excel out and in, blank sheets, recap."""

import argparse
import sys
from datetime import date
from pathlib import Path

from blkdesk.cli.common import add_common, add_output, database, find_batch
from blkdesk.cli.login import logged_in
from blkdesk.core.access import disclosures
from blkdesk.core.errors import ValidationError
from blkdesk.core.models import Batch
from blkdesk.core.permissions import Action


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser(
        "attendance", help="daftar hadir: ekspor/impor Excel, cetak lembar kosong dan rekap"
    )
    actions = p.add_subparsers(dest="attendance_action", metavar="TINDAKAN", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        add_common(a)
        a.add_argument("--batch", required=True, help="nomor (id) atau UUID angkatan")
        return a

    a = action("export", "simpan daftar hadir angkatan ke berkas Excel")
    add_output(a, ".xlsx", "berkas Excel yang dibuat")
    a.set_defaults(handler=run_export)
    a = action("import", "impor daftar hadir dari berkas Excel hasil ekspor")
    a.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    a.set_defaults(handler=run_import)
    a = action("sheet", "cetak daftar hadir kosong untuk ditandatangani ke PDF")
    a.add_argument("--from", dest="start", type=date.fromisoformat, required=True,
                   metavar="YYYY-MM-DD")  # fmt: skip
    a.add_argument("--to", dest="end", type=date.fromisoformat, required=True,
                   metavar="YYYY-MM-DD")  # fmt: skip
    a.add_argument("--paper", choices=("A4", "F4"), default="A4")
    add_output(a, ".pdf", "berkas PDF yang dibuat")
    a.set_defaults(handler=run_sheet)
    a = action("recap", "cetak rekap kehadiran (kode per hari, jumlah, persentase) ke PDF")
    a.add_argument("--paper", choices=("A4", "F4"), default="A4")
    add_output(a, ".pdf", "berkas PDF yang dibuat")
    a.set_defaults(handler=run_recap)


def run_export(args: argparse.Namespace) -> int:
    from blkdesk.core.attendance.attendance import load_grid
    from blkdesk.exchange.attendance_xlsx import export_xlsx

    with database(args) as db:
        actor = logged_in(args, db, Action.EXPORT_REPORTS)
        with db.session() as session:
            grid = load_grid(session, find_batch(session, args.batch))
        try:
            rows = export_xlsx(grid, args.out)
        except OSError as exc:
            raise ValidationError(f"Berkas {args.out} tidak dapat ditulis.") from exc
        with db.transaction() as session:
            disclosures.record_export(session, actor, "attendance", grid.batch_uuid, args.out,
                                      "daftar hadir (xlsx)")  # fmt: skip
    print(f"{rows} peserta × {len(grid.days)} hari: {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from blkdesk.exchange.attendance_xlsx import import_xlsx

    if not args.file.is_file():
        raise ValidationError(f"Berkas {args.file} tidak ditemukan.")
    with database(args) as db:
        with db.session() as session:
            batch_id = find_batch(session, args.batch)
        actor = logged_in(args, db, Action.MARK_ATTENDANCE)
        result = import_xlsx(db, actor, batch_id, args.file)
    for error in result.errors:
        print(error, file=sys.stderr)
    print(
        f"{result.rows_imported} dari {result.rows_read} baris diimpor; "
        f"{len(result.changes.changes)} isian berubah."
    )
    for warning in result.changes.warnings:
        print(f"Peringatan: {warning}")
    return 1 if result.errors else 0


def _pdf(args: argparse.Namespace, build: str) -> int:
    from blkdesk.core.attendance import attendance_paper
    from blkdesk.printing import attendance_sheet
    from blkdesk.printing.certificate import ensure_app

    paper = attendance_sheet.PAPERS[args.paper]
    with database(args) as db:
        actor = logged_in(args, db, Action.EXPORT_REPORTS)
        with db.session() as session:
            batch_id = find_batch(session, args.batch)
            batch_uuid = session.get(Batch, batch_id).uuid  # type: ignore[union-attr]
            if build == "sheet":
                blank = attendance_paper.blank_sheet(session, batch_id, args.start, args.end)
            else:
                recap = attendance_paper.recap(session, batch_id)
    ensure_app()
    try:
        if build == "sheet":
            pages = attendance_sheet.write_pdf(
                args.out, lambda d: attendance_sheet.render_blank(d, blank, paper)
            )
        else:
            pages = attendance_sheet.write_pdf(
                args.out, lambda d: attendance_sheet.render_recap(d, recap, paper)
            )
    except OSError as exc:
        raise ValidationError(f"Berkas {args.out} tidak dapat ditulis.") from exc
    with database(args) as db, db.transaction() as session:
        kind = "daftar hadir kosong (PDF)" if build == "sheet" else "rekap kehadiran (PDF)"
        disclosures.record_export(session, actor, "attendance", batch_uuid, args.out, kind)
    print(f"{pages} halaman {args.paper}: {args.out}")
    return 0


def run_sheet(args: argparse.Namespace) -> int:
    return _pdf(args, "sheet")


def run_recap(args: argparse.Namespace) -> int:
    return _pdf(args, "recap")
