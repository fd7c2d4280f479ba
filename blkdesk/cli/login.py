"""Who runs a headless command: a BLKDesk login, checked like the GUI's, with the same roles.

A command that changes data (or takes personal data out of the database) logs in first: the name
from `--user` or BLKDESK_USER, the password from BLKDESK_PASSWORD (automation) or typed at a
prompt. Failed attempts count towards the account's lock-out exactly as in the login dialog.
Read-only commands (`check`, `verify`, `backup --list`, `catalog export`) need no login.
"""

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from blkdesk.cli.common import database
from blkdesk.core.access import auth
from blkdesk.core.errors import AuthError
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.storage.db import Database

USER_ENV = "BLKDESK_USER"
PASSWORD_ENV = "BLKDESK_PASSWORD"

HOW = (
    f"masuk dengan --user NAMA (kata sandi diketik saat ditanya) atau {USER_ENV} dan {PASSWORD_ENV}"
)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    env_user = os.environ.get(USER_ENV, "").strip()
    username = (getattr(args, "user", None) or env_user).strip()
    if not username:
        if not _interactive():
            raise AuthError(f"Perintah ini perlu login BLKDesk: {HOW}.")
        username = input("Nama pengguna BLKDesk: ").strip()
    # The password in the environment belongs to the environment's user, not to another --user.
    password = os.environ.get(PASSWORD_ENV) if username == env_user or not env_user else None
    if password is None:
        if not _interactive():
            raise AuthError(f"Kata sandi untuk {username[:60]} tidak diberikan: {HOW}.")
        password = getpass.getpass(f"Kata sandi BLKDesk untuk {username[:60]}: ")
    return username, password


def logged_in(args: argparse.Namespace, db: Database, action: Action) -> Actor:
    """Log in on `db` and check the role may do `action`; raises AuthError/PermissionDenied."""
    username, password = credentials(args)
    user = auth.login(db, username, password)
    if user.must_change_password:
        raise AuthError(
            f"Kata sandi {user.username} dari administrator harus diganti dulu: jalankan "
            f"`blkdesk password --user {user.username}` (atau masuk lewat aplikasi), lalu ulangi "
            "perintah ini."
        )
    actor = auth.actor_for(user)
    require(actor, action)
    return actor


@contextmanager
def logged_in_transaction(
    args: argparse.Namespace, action: Action
) -> Iterator[tuple[Session, Actor]]:
    """One transaction on `--db` by the clerk who logs in (`logged_in`), disposed of after."""
    with database(args) as db:
        actor = logged_in(args, db, action)
        with db.transaction() as session:
            yield session, actor
