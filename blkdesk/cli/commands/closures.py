"""`blkdesk closures`: local closures and the national days off that batch planning skips."""

import argparse
from datetime import date
from pathlib import Path

from blkdesk.cli.common import add_common, database
from blkdesk.cli.login import logged_in_transaction
from blkdesk.core.clock import format_date
from blkdesk.core.errors import NotFound, ValidationError
from blkdesk.core.permissions import Action
from blkdesk.core.training import batches, national_calendar
from blkdesk.core.training.calendar import CUTI_BERSAMA


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal «{text}» harus ditulis 2026-12-31") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("closures", help="libur lokal dan hari libur nasional (cuti bersama)")
    actions = p.add_subparsers(dest="closures_action", metavar="AKSI", required=True)
    show = actions.add_parser("list", help="daftar libur lokal")
    add_common(show)
    show.add_argument("--since", type=_day, help="hanya sejak tanggal ini (2026-01-01)")
    show.set_defaults(handler=run_list)
    add = actions.add_parser("add", help="catat satu hari libur lokal")
    add_common(add)
    add.add_argument("day", type=_day, help="tanggal (2026-12-31)")
    add.add_argument("description", help="keterangan, mis. «Banjir di bengkel»")
    add.set_defaults(handler=run_add)
    remove = actions.add_parser("remove", help="hapus libur lokal pada tanggal ini")
    add_common(remove)
    remove.add_argument("day", type=_day, help="tanggal (2026-12-31)")
    remove.set_defaults(handler=run_remove)
    national = actions.add_parser("national", help="hari libur nasional dan cuti bersama setahun")
    add_common(national)
    national.add_argument("--year", type=int, default=date.today().year, help="tahun")
    national.set_defaults(handler=run_national)
    imp = actions.add_parser(
        "import-national",
        help="ganti hari libur nasional tahun-tahun dalam berkas CSV (tanggal;nama;jenis)",
    )
    add_common(imp)
    imp.add_argument("file", type=Path, help="berkas .csv")
    imp.set_defaults(handler=run_import)
    cuti = actions.add_parser("cuti-bersama", help="apakah cuti bersama hari libur BLK")
    add_common(cuti)
    cuti.add_argument("choice", choices=("libur", "masuk"), help="libur (bawaan) atau masuk")
    cuti.set_defaults(handler=run_cuti_bersama)


def run_list(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        rows = batches.closures(session, args.since)
        for row in reversed(rows):
            print(f"{row.day.isoformat()}\t{row.description}")
    if not rows:
        print("Belum ada libur lokal.")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with logged_in_transaction(args, Action.EDIT_BATCHES) as (session, actor):
        batches.add_closure(session, actor, args.day, args.description)
        clashes = batches.batches_on_closure(session, args.day)
    print(f"Libur lokal {format_date(args.day)} dicatat.")
    if clashes:
        print("Perhatian: angkatan ini masih berlatih pada hari itu; pindahkan harinya: "
              + ", ".join(clashes))  # fmt: skip
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with logged_in_transaction(args, Action.EDIT_BATCHES) as (session, actor):
        found = [c for c in batches.closures(session, args.day) if c.day == args.day]
        if not found:
            raise NotFound(f"Tidak ada libur lokal pada {format_date(args.day)}.")
        batches.remove_closure(session, actor, found[0].id)
    print(f"Libur lokal {format_date(args.day)} dihapus.")
    return 0


def run_national(args: argparse.Namespace) -> int:
    if not 1900 <= args.year <= 2200:
        raise ValidationError(f"Tahun {args.year} di luar jangkauan.")
    with database(args) as db, db.session() as session:
        calendar = national_calendar.holiday_calendar(session)
        imported = args.year in national_calendar.imported_years(session)
    source = "berkas impor" if imported else "pustaka holidays"
    observed = "libur" if calendar.cuti_bersama else "masuk (bukan hari libur BLK)"
    print(f"Hari libur nasional {args.year} (sumber: {source}); cuti bersama: {observed}")
    for day, holiday in sorted(calendar.year(args.year).items()):
        kind = "cuti bersama" if holiday.kind == CUTI_BERSAMA else "libur"
        print(f"{day.isoformat()}\t{kind}\t{holiday.name}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    with logged_in_transaction(args, Action.EDIT_SETTINGS) as (session, actor):
        counts = national_calendar.import_holidays(session, actor, args.file)
    for year, count in counts.items():
        print(f"{year}: {count} hari libur nasional dari {args.file.name} menggantikan bawaan.")
    print("Angkatan yang sudah direncanakan tidak berubah; periksa jadwalnya bila perlu.")
    return 0


def run_cuti_bersama(args: argparse.Namespace) -> int:
    with logged_in_transaction(args, Action.EDIT_SETTINGS) as (session, actor):
        national_calendar.set_cuti_bersama(session, actor, args.choice == "libur")
    word = "hari libur" if args.choice == "libur" else "hari pelatihan biasa"
    print(f"Cuti bersama sekarang {word} untuk angkatan yang direncanakan berikutnya.")
    return 0
