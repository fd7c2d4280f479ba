"""What every headless command shares: `--db` and `--user`, and who is acting."""

import argparse
import getpass
import os


def add_common(parser: argparse.ArgumentParser) -> None:
    """`--db` and `--user` after the subcommand, as every headless command takes them."""
    parser.add_argument("--db", help="berkas SQLite atau URL database (bawaan: BLKDESK_DB)")
    parser.add_argument(
        "--user",
        default=None,
        help="nama yang dicatat di jejak audit (bawaan: pengguna sistem operasi)",
    )


def acting_user(args: argparse.Namespace) -> str:
    return args.user or os.environ.get("USER") or os.environ.get("USERNAME") or getpass.getuser()
