"""`blkdesk demo`: build a realistic demo database."""

import argparse
import sys

from blkdesk.cli.common import add_common
from blkdesk.core import demo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser("demo", help="buat database demo (data BLK Banten sepuluh tahun)")
    add_common(p)
    p.add_argument("--trainees", type=int, default=2000, help="jumlah peserta (bawaan 2000)")
    p.add_argument("--seed", type=int, default=1, help="benih acak: seed yang sama, data yang sama")
    p.add_argument("--years", type=int, default=10, help="rentang tahun (bawaan 10)")
    p.add_argument(
        "--logins-only", action="store_true", help="hanya tampilkan login demo, tanpa membuat data"
    )
    p.set_defaults(handler=run)


def print_logins() -> None:
    print("Login demo (nama pengguna / kata sandi):")
    for username, password, role, _name in demo.DEMO_USERS:
        print(f"  {username:<9} / {password:<12} ({role})")


def run(args: argparse.Namespace) -> int:
    if args.logins_only:
        print_logins()
        return 0
    target = args.db or str(demo.default_demo_path())
    summary = demo.build(
        target,
        trainees=args.trainees,
        seed=args.seed,
        years=args.years,
        progress=lambda label: print(f"… {label}", file=sys.stderr),
    )
    counts = ", ".join(f"{n} {label}" for label, n in summary.counts.items())
    print(f"Database demo dibuat dalam {summary.seconds:.1f} detik: {summary.path}")
    print(f"Isi: {counts}")
    print_logins()
    print(f"Buka dengan: blkdesk --db {summary.path}")
    return 0
