"""What every headless command shares: `--db` and `--user` (the BLKDesk login, see login.py)."""

import argparse


def add_common(parser: argparse.ArgumentParser) -> None:
    """`--db` and `--user` after the subcommand, as every headless command takes them.

    `--db` may also come before the subcommand (`blkdesk --db F check`): left out here, it must
    not set a default of its own, which would replace the one given there (argparse lets a
    subcommand's defaults win) and send the command to the default database."""
    parser.add_argument(
        "--db", default=argparse.SUPPRESS,
        help="berkas SQLite atau URL database (bawaan: BLKDESK_DB)",
    )  # fmt: skip
    add_login(parser)


def add_login(parser: argparse.ArgumentParser) -> None:
    """`--user` alone, for a command whose database is not chosen with --db."""
    parser.add_argument(
        "--user",
        default=None,
        help="nama pengguna BLKDesk untuk masuk (atau BLKDESK_USER); kata sandi ditanyakan "
        "(atau BLKDESK_PASSWORD)",
    )
