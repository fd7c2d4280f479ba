"""Editing an account (full name, role, active) with the version its form opened.

Accounts are not synced rows and carry no UUID; their version is raised by the services that
change them (here and in auth.py), never by a login, so an administrator's open form goes
stale only when someone really changed the account.
"""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core import audit, limits
from blkdesk.core.concurrency import StaleRecord, last_change
from blkdesk.core.errors import FieldErrors, NotFound
from blkdesk.core.models import User
from blkdesk.core.permissions import Action, Actor, Role, require
from blkdesk.core.sentences import Sentence
from blkdesk.core.text import clean_name

# Accounts are not synced records, so the guard on every save (core/limits) does not see them.
FULL_NAME = Sentence("Nama lengkap")


def full_name_problems(full_name: str) -> dict[str, str]:
    """{"full_name": message} for an account's full name that is empty or longer than it holds."""
    name = clean_name(full_name)
    if not name:
        return {"full_name": Sentence("Nama lengkap wajib diisi.")}
    return limits.problems(User, {"full_name": name}, {"full_name": FULL_NAME})


# The audit actions that change an account (its logins and lockouts do not).
CHANGES = ("create", "update", "reset_password", "change_password")


@dataclass(frozen=True)
class AccountInput:
    """An account as its form edits it."""

    full_name: str
    role: str
    active: bool = True


def account_input(user: User) -> AccountInput:
    return AccountInput(user.full_name, user.role, user.active)


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(Sentence("Pengguna tidak ditemukan."))
    return user


def opened_account(session: Session, user_id: int) -> tuple[AccountInput, int]:
    """An account as its form opens it, and the version it opened."""
    user = get_user(session, user_id)
    return account_input(user), user.version


def refuse_if_changed(session: Session, user: User, expected_version: int | None) -> None:
    """As `concurrency.refuse_if_changed`, for an account (see the module's note)."""
    if expected_version is None:
        return
    session.refresh(user, with_for_update=True)
    if user.version != expected_version:
        change = last_change(session, "user", str(user.id), CHANGES)
        raise StaleRecord(Sentence("Akun pengguna"), change, account_input(user), user.version)


def changed(user: User) -> None:
    """Raise the account's version, in the UPDATE itself (two admins' saves never both read 3)."""
    user.version = User.version + 1


def _admins_left(session: Session, user: User, data: AccountInput) -> int:
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.active, User.id != user.id)
    )
    return (others or 0) + (data.role == Role.ADMIN and data.active)


def update_user(
    session: Session,
    actor: Actor,
    user_id: int,
    data: AccountInput,
    *,
    expected_version: int | None = None,
) -> User:
    """Change an account's full name, role, or switch it off (its history stays). At least one
    active administrator always remains, and nobody switches off their own account."""
    require(actor, Action.MANAGE_USERS)
    user = get_user(session, user_id)
    refuse_if_changed(session, user, expected_version)
    errors = full_name_problems(data.full_name)
    if data.role not in set(Role):
        errors["role"] = Sentence("Peran tidak dikenal.")
    elif _admins_left(session, user, data) == 0:
        errors["role"] = Sentence("Harus tetap ada satu administrator yang aktif.")
    if not data.active and actor.user_id == user.id:
        errors["active"] = Sentence("Akun yang sedang Anda pakai tidak dapat dinonaktifkan.")
    if errors:
        raise FieldErrors(errors)
    before = audit.snapshot(user, ("full_name", "role", "active"))
    user.full_name, user.role, user.active = clean_name(data.full_name), data.role, data.active
    changes = audit.diff(before, audit.snapshot(user, ("full_name", "role", "active")))
    if changes:
        changed(user)
        audit.record(session, actor, "update", "user", str(user.id), changes)
    return user
