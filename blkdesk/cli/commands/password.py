"""`blkdesk password`: a user changes their own BLKDesk password headless.

An account an administrator made or reset must replace its password before any other command
(see cli/login.py); on a PC without the GUI (a province server) this is how.
"""

import argparse
import getpass
import os
import sys

from blkdesk.cli.common import add_common, database

NEW_PASSWORD_ENV = "BLKDESK_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "password",
        help=f"ganti kata sandi BLKDesk Anda sendiri (baru: ditanyakan, atau {NEW_PASSWORD_ENV})",
    )
    add_common(p)
    p.set_defaults(handler=run)


def _new_password() -> str:
    from blkdesk.core.errors import ValidationError

    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError(
            f"Kata sandi baru wajib: ketik saat ditanya atau {NEW_PASSWORD_ENV}.",
            field="password",
        )
    password = getpass.getpass("Kata sandi baru: ")
    if getpass.getpass("Ulangi kata sandi baru: ") != password:
        raise ValidationError("Kedua kata sandi baru tidak sama.", field="password2")
    return password


def run(args: argparse.Namespace) -> int:
    from blkdesk.cli.login import credentials
    from blkdesk.core.access import auth

    with database(args) as db:
        username, old = credentials(args)
        user = auth.login(db, username, old)
        new = _new_password()
        with db.transaction() as session:
            auth.change_password(session, user.id, old, new)
    print(f"Kata sandi {user.username} diganti.")
    return 0
