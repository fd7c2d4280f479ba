"""`blkdesk demo`: build a realistic demo database."""

import argparse
import sys

from blkdesk.cli.common import add_common
from blkdesk.core import demo
from blkdesk.core.text import number


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser("demo", help="buat database demo (data BLK Banten sepuluh tahun)")
    add_common(p)
    p.add_argument(
        "--trainees",
        type=int,
        default=None,
        help="jumlah peserta (bawaan 2000; pada --province 300 per BLK)",
    )
    p.add_argument("--seed", type=int, default=1, help="benih acak: seed yang sama, data yang sama")
    p.add_argument(
        "--years", type=int, default=None, help="rentang tahun (bawaan 10; pada --province 2)"
    )
    p.add_argument(
        "--province",
        action="store_true",
        help="database provinsi: beberapa BLK demo mengirim berkas nyata yang digabung provinsi",
    )
    p.add_argument(
        "--blks", type=int, default=4, help="jumlah BLK pada demo provinsi (bawaan 4, maks. 8)"
    )
    p.add_argument(
        "--logins-only", action="store_true", help="hanya tampilkan login demo, tanpa membuat data"
    )
    p.set_defaults(handler=run)


def print_logins(recovery_key: str = "") -> None:
    print("Login demo (nama pengguna / kata sandi):")
    for username, password, role, _name in demo.DEMO_USERS:
        print(f"  {username:<9} / {password:<12} ({role})")
    print(f"Kata sandi cadangan (cadangan demo terenkripsi): {demo.DEMO_BACKUP_PASSWORD}")
    if recovery_key:
        print(f"Kunci cadangan: {recovery_key}")


def run(args: argparse.Namespace) -> int:
    if args.logins_only:
        print_logins()
        return 0
    if args.province:
        return run_province(args)
    target = args.db or str(demo.default_demo_path())
    summary = demo.build(
        target,
        trainees=2000 if args.trainees is None else args.trainees,
        seed=args.seed,
        years=10 if args.years is None else args.years,
        progress=lambda label: print(f"… {label}", file=sys.stderr),
    )
    counts = ", ".join(f"{number(n)} {label}" for label, n in summary.counts.items())
    print(f"Database demo dibuat dalam {number(summary.seconds, 1)} detik: {summary.path}")
    print(f"Isi: {counts}")
    print_logins(summary.recovery_key)
    print(f"Buka dengan: blkdesk --db {summary.path}")
    return 0


def run_province(args: argparse.Namespace) -> int:
    from blkdesk.exchange.demo_province import build_province

    target = args.db or str(demo.default_demo_path().with_name("demo-provinsi.sqlite"))
    summary = build_province(
        target,
        blk_count=args.blks,
        trainees=300 if args.trainees is None else args.trainees,
        years=2 if args.years is None else args.years,
        seed=args.seed,
        progress=lambda label: print(f"… {label}", file=sys.stderr),
    )
    print(f"Database provinsi dibuat dalam {summary.seconds:.1f} detik: {summary.path}")
    print(f"BLK: {', '.join(summary.blks)}; {summary.files_received} berkas diterima.")
    print(f"NIK dilatih dua BLK pada tahun yang sama (ditanam): {len(summary.planted)}")
    print_logins()
    print(f"Buka dengan: blkdesk --db {summary.path}")
    return 0
