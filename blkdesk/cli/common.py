"""What every headless command shares: `--db` and `--user` (the BLKDesk login, see login.py),
the database they name, and a batch named by number or UUID."""

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.errors import NotFound
from blkdesk.core.institution import system_actor
from blkdesk.core.models import Batch
from blkdesk.core.storage.db import Database, open_database, resolve_url
from blkdesk.exchange import withheld


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


def add_output(parser: argparse.ArgumentParser, suffix: str, help: str) -> None:
    """`--out FILE` for a command that writes a file of one type (`suffix`), which the name must
    end with (checked with the folder before any work, see cli._check_outputs)."""
    parser.add_argument("--out", type=Path, required=True, metavar=f"BERKAS{suffix}", help=help)
    parser.set_defaults(out_suffix=suffix)


def add_login(parser: argparse.ArgumentParser) -> None:
    """`--user` alone, for a command whose database is not chosen with --db."""
    parser.add_argument(
        "--user",
        default=None,
        help="nama pengguna BLKDesk untuk masuk (atau BLKDESK_USER); kata sandi ditanyakan "
        "(atau BLKDESK_PASSWORD)",
    )


@contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    """The database `--db` (or BLKDESK_DB) names, disposed of however the command ends, so a
    refusal never leaves a connection or the SQLite file's lock behind."""
    db = open_database(resolve_url(args.db))
    if db.migration_backup is not None:
        print(f"Database diperbarui untuk versi BLKDesk ini; cadangan sebelum pembaruan: "
              f"{db.migration_backup}", file=sys.stderr)  # fmt: skip
    try:
        # A province's database keeps nothing older sync files brought that it no longer
        # needs, whichever face opens it first (exchange/withheld.py).
        purged = withheld.purge_at_open(db, system_actor(getpass.getuser()))
        if purged:
            print(withheld.purged_at_open_said(purged), file=sys.stderr)
        yield db
    finally:
        db.dispose()


def find_batch(session: Session, ref: str) -> int:
    """The batch `--batch` names: its number (id) or its UUID."""
    column = Batch.id if ref.isdigit() else Batch.uuid
    found = session.scalar(select(Batch.id).where(column == (int(ref) if ref.isdigit() else ref)))
    if found is None:
        raise NotFound(f"Angkatan {ref} tidak ditemukan.")
    return int(found)
