"""What every headless command shares: `--db` and `--user` (the BLKDesk login, see login.py)."""

import argparse


def add_common(parser: argparse.ArgumentParser) -> None:
    """`--db` and `--user` after the subcommand, as every headless command takes them."""
    parser.add_argument("--db", help="berkas SQLite atau URL database (bawaan: BLKDESK_DB)")
    add_login(parser)


def add_login(parser: argparse.ArgumentParser) -> None:
    """`--user` alone, for a command whose database is not chosen with --db."""
    parser.add_argument(
        "--user",
        default=None,
        help="nama pengguna BLKDesk untuk masuk (atau BLKDESK_USER); kata sandi ditanyakan "
        "(atau BLKDESK_PASSWORD)",
    )
