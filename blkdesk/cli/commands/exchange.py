"""`blkdesk export monthly|sync` and `blkdesk merge`: what goes to the province and back."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from blkdesk.cli.common import add_common, add_output, database
from blkdesk.cli.login import logged_in
from blkdesk.core.permissions import Action

if TYPE_CHECKING:
    from blkdesk.core.province.gaps import Gap


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    export = sub.add_parser(
        "export", help="ekspor laporan bulanan atau berkas sinkronisasi untuk provinsi"
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="JENIS", required=True)

    monthly = kinds.add_parser(
        "monthly",
        help="laporan bulanan (xlsx) untuk provinsi; di database provinsi: konsolidasi semua "
        "BLK dan ringkasan PDF satu halaman di sampingnya",
    )
    add_common(monthly)
    monthly.add_argument("--month", required=True, help="bulan laporan, mis. 2025-05")
    add_output(monthly, ".xlsx", "berkas Excel tujuan")
    # The report leaves the office: masked unless the province asks for the full NIK.
    nik = monthly.add_mutually_exclusive_group()
    nik.add_argument(
        "--mask-nik", dest="full_nik", action="store_false",
        help="samarkan tanggal lahir dan nomor urut di NIK (bawaan)",
    )  # fmt: skip
    nik.add_argument(
        "--full-nik", dest="full_nik", action="store_true",
        help="tulis NIK lengkap (hanya bila provinsi memintanya)",
    )  # fmt: skip
    monthly.set_defaults(handler=run_monthly, full_nik=False)

    sync = kinds.add_parser("sync", help="berkas sinkronisasi (xlsx) untuk digabung provinsi")
    add_common(sync)
    sync.add_argument(
        "--full", action="store_true", help="semua data, bukan hanya perubahan sejak ekspor lalu"
    )
    add_output(sync, ".xlsx", "berkas Excel tujuan")
    sync.set_defaults(handler=run_sync)

    merge = sub.add_parser(
        "merge",
        help="gabungkan berkas sinkronisasi dari BLK dan catat laporan bulanannya (provinsi)",
    )
    add_common(merge)
    merge.add_argument("files", nargs="+", type=Path, metavar="BERKAS", help="berkas .xlsx")
    merge.set_defaults(handler=run_merge)

    followup = sub.add_parser(
        "followup",
        help="yang perlu dibetulkan BLK: data yang melanggar aturan BLKDesk dan berkas "
        "sinkronisasi yang belum diterima (provinsi)",
    )
    add_common(followup)
    followup.add_argument("--blk", metavar="KODE", help="hanya BLK dengan kode ini")
    followup.add_argument(
        "--recheck", action="store_true",
        help="periksa ulang semua data yang sudah digabung dengan aturan versi ini",
    )  # fmt: skip
    followup.add_argument(
        "--out",
        type=Path,
        metavar="BERKAS.xlsx",
        help="tulis daftarnya ke berkas Excel untuk dikirim ke BLK",
    )
    followup.set_defaults(handler=run_followup, out_suffix=".xlsx")

    keys = sub.add_parser("keys", help="kunci tanda tangan berkas sinkronisasi")
    what = keys.add_subparsers(dest="keys_kind", metavar="TINDAKAN", required=True)
    show = what.add_parser("show", help="sidik jari kunci database ini (untuk dicocokkan provinsi)")
    add_common(show)
    show.set_defaults(handler=run_keys_show)
    listing = what.add_parser(
        "list", help="kunci BLK yang tercatat di provinsi, dengan kunci lama dan masa berlakunya"
    )
    add_common(listing)
    listing.set_defaults(handler=run_keys_list)
    accept = what.add_parser(
        "accept", help="terima kunci baru sebuah BLK dari berkas yang ditolak (admin provinsi)"
    )
    add_common(accept)
    accept.add_argument("file", type=Path, metavar="BERKAS", help="berkas .xlsx dari BLK itu")
    accept.add_argument(
        "--fingerprint",
        required=True,
        metavar="SIDIK_JARI",
        help="sidik jari kunci baru, sudah dicocokkan dengan BLK lewat telepon",
    )
    accept.set_defaults(handler=run_keys_accept)


def run_monthly(args: argparse.Namespace) -> int:
    from blkdesk.exchange.monthly_report import parse_month
    from blkdesk.exchange.monthly_workbook import export_monthly

    month = parse_month(args.month)
    with database(args) as db:
        actor = logged_in(args, db, Action.EXPORT_REPORTS)
        result = export_monthly(db, actor, month, args.out, mask_nik=not args.full_nik)
    totals = result.report.totals
    print(
        f"Laporan {result.report.period_label} ditulis ke {result.path}: "
        f"{totals['active_T']} peserta aktif, {totals['batches']} angkatan berjalan."
    )
    if result.report.consolidated:
        from blkdesk.printing.certificate import ensure_app
        from blkdesk.printing.province_summary import write_summary_pdf

        ensure_app()
        pdf = write_summary_pdf(result.report, result.path.with_suffix(".pdf"))
        print(f"Ringkasan satu halaman untuk pimpinan: {pdf}")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from blkdesk.exchange.sync_export import export_sync

    with database(args) as db:
        actor = logged_in(args, db, Action.EXPORT_REPORTS)
        result = export_sync(db, actor, args.out, full=args.full)
    what = (
        "lengkap"
        if result.kind == "sync_full"
        else f"perubahan sejak {result.since:%Y-%m-%d %H:%M}"
    )
    print(f"Berkas sinkronisasi ({what}) ditulis ke {result.path}: "
          f"{sum(result.row_counts.values())} baris, SHA-256 {result.file_sha256}")  # fmt: skip
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from blkdesk.core.clock import format_datetime_local as when
    from blkdesk.exchange.province_intake import receive_files

    with database(args) as db:
        intake = receive_files(db, logged_in(args, db, Action.MERGE_SYNC), args.files)
    for receipt in intake.monthly:
        if receipt.reason:
            print(f"DITOLAK {receipt.path.name}: {receipt.reason}")
        else:
            again = " (sudah pernah diterima)" if receipt.duplicate else ""
            print(f"{receipt.path.name} ({receipt.inst_code}, tanda tangan sah, kunci "
                  f"{receipt.key_fingerprint}): laporan bulanan {receipt.period} dicatat "
                  f"diterima{again}")  # fmt: skip
    if intake.registered:
        print(f"BLK baru terdaftar: {', '.join(intake.registered)}")
    if intake.merge is None:
        if intake.failures:
            print(f"Gagal: {intake.failures} berkas ditolak.", file=sys.stderr)
            return 1
        return 0
    report = intake.merge
    for f in report.files:
        key = f"kunci {f.key_fingerprint}"
        if f.old_key_until is not None:
            key = f"kunci lama {f.key_fingerprint}, berlaku sampai {when(f.old_key_until)}"
        if f.reason:
            print(f"DITOLAK {f.path.name}: {f.reason}")
        elif f.identical:
            print(f"{f.path.name} ({f.institution_code}, {key}): sama persis dengan berkas yang "
                  "sudah digabung, tidak ada yang berubah")  # fmt: skip
        elif f.superseded:
            print(f"{f.path.name} ({f.institution_code}, {key}): sudah "
                  "tercakup berkas lengkap yang lebih baru, tidak ada yang berubah")  # fmt: skip
        else:
            print(f"{f.path.name} ({f.institution_code}, {key}): "
                  f"{f.total('added')} baru, {f.total('updated')} diperbarui, "
                  f"{f.total('removed')} dihapus, {f.total('unchanged')} tetap")  # fmt: skip
            if f.flagged:
                print(f"  {f.flagged} catatan digabung tetapi melanggar aturan data BLKDesk; "
                      "lihat `blkdesk followup`")  # fmt: skip
    own, others = intake.gaps_said()
    _print_gaps(own)
    if others:
        print(f"Data BLK lain juga masih berlubang: {', '.join(others)} "
              "(lihat `blkdesk followup`).")  # fmt: skip
    if report.double_funding:
        print(
            f"\nNIK dilatih lebih dari satu BLK pada tahun yang sama: {len(report.double_funding)}"
        )
        for case in report.double_funding:
            where = "; ".join(f"{t.inst_code} {t.program} ({t.batch})" for t in case.trainings)
            print(f"  {case.nik} {case.year}: {where}")
    if intake.failures:
        total = len(report.files) + len(intake.monthly)
        print(f"Gagal: {intake.failures} dari {total} berkas ditolak.", file=sys.stderr)
        return 1
    return 0


def _print_gaps(gaps: "dict[str, list[Gap]]") -> None:
    from blkdesk.core.clock import format_datetime_local as when
    from blkdesk.exchange.province_followup_xlsx import gap_request

    for code, found in sorted(gaps.items()):
        for gap in found:
            print(f"CELAH {code}: perubahan {when(gap.start)} – {when(gap.end)} belum diterima. "
                  f"{gap_request(gap)}")  # fmt: skip


def run_followup(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from blkdesk.core import clock
    from blkdesk.core.models import Institution
    from blkdesk.core.province import gaps, record_checks, submissions
    from blkdesk.exchange.province_followup_xlsx import overdue_request, write_followup

    with database(args) as db:
        actor = logged_in(args, db, Action.MERGE_SYNC if args.recheck else Action.VIEW)
        if args.recheck:
            with db.transaction() as session:
                codes = [args.blk] if args.blk else None
                flagged = record_checks.recheck(session, actor, codes)
            print(f"Diperiksa ulang: {flagged} catatan melanggar aturan data BLKDesk.")
        with db.session() as session:
            problems = record_checks.listing(session, actor, args.blk)
            found = gaps.blk_gaps(session)
            late = submissions.overdue_months(session, clock.today())
            names = dict(session.execute(select(Institution.code, Institution.name)).all())
    if args.blk:
        found = {code: g for code, g in found.items() if code == args.blk}
        late = {code: months for code, months in late.items() if code == args.blk}
    for p in problems:
        print(f"{p.inst_code}\t{p.entity_label}\t{p.name}\t{p.nik}\t{p.field_label}\t{p.reason}")
    _print_gaps(found)
    for code, months in sorted(late.items()):
        for period in months:
            print(f"LEWAT BATAS {code}: {overdue_request(period)}")
    records = len({(p.inst_code, p.entity, p.record_uuid) for p in problems})
    print(f"{records} catatan bermasalah ({len(problems)} isian), "
          f"{sum(map(len, found.values()))} celah berkas, "
          f"{sum(map(len, late.values()))} bulan lewat batas.")  # fmt: skip
    if args.out is not None:
        with database(args) as db, db.transaction() as session:
            write_followup(args.out, problems, found, names, overdue=late)
            record_checks.record_export(session, actor, args.blk, str(args.out), problems)
        print(f"Daftar ditulis ke {args.out}")
    return 0


def run_keys_show(args: argparse.Namespace) -> int:
    from blkdesk.exchange.sync_keys import own_fingerprint

    with database(args) as db, db.session() as session:
        print(f"Sidik jari kunci lembaga ini: {own_fingerprint(session)}")
    return 0


def run_keys_list(args: argparse.Namespace) -> int:
    from blkdesk.core.clock import format_datetime_local as when
    from blkdesk.core.province.keys import history

    with database(args) as db, db.session() as session:
        periods = history(session)
    if not periods:
        print("Belum ada kunci BLK yang tercatat.")
    code = ""
    for p in periods:
        if p.inst_code != code:
            code = p.inst_code
            print(f"{code}:")
        start = f"dari berkas {when(p.valid_from)}" if p.valid_from else "sejak awal"
        if p.valid_until is None:
            state = f"berlaku kini, {start}"
        else:
            state = (f"berlaku {start} sampai berkas {when(p.valid_until)}; diganti "
                     f"{when(p.retired_at)} oleh {p.retired_by}")  # fmt: skip
        print(f"  {p.fingerprint}  {state} (dicatat {when(p.pinned_at)} oleh {p.pinned_by})")
    return 0


def run_keys_accept(args: argparse.Namespace) -> int:
    from blkdesk.exchange.sync_keys import accept_new_key

    with database(args) as db:
        actor = logged_in(args, db, Action.ACCEPT_SYNC_KEY)
        change = accept_new_key(db, actor, args.file, args.fingerprint)
    print(f"Kunci baru {change.inst_code} diterima: {change.new} (sebelumnya {change.old}). "
          "Gabungkan lagi berkasnya.")  # fmt: skip
    return 0
