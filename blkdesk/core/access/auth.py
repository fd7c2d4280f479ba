"""Accounts: log in, lock out after repeated failures, change and reset passwords."""

import functools
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.access import accounts, passwords
from blkdesk.core.access.passwords import (
    ScryptCost,
    check_strength,
    hash_password,
    needs_rehash,
    verify_password,
)
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import AuthError, FieldErrors, NotFound, ValidationError
from blkdesk.core.models import User
from blkdesk.core.permissions import Action, Actor, Role, require
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.storage.db import Database
from blkdesk.core.text import clean_name

FAILURES_BEFORE_LOCK = 3
FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(hours=1)
GENERIC_FAILURE = Sentence("Nama pengguna atau kata sandi salah.")
_USERNAME = re.compile(r"^[a-z0-9._-]{3,60}$")


@functools.cache
def _hash_at(cost: ScryptCost) -> str:
    return hash_password(secrets.token_hex(16), cost)


def _dummy_hash() -> str:
    """A hash at the current cost to check unknown names against (made once per cost)."""
    return _hash_at(passwords.COST)


def lock_duration(failures: int) -> timedelta:
    """Doubles with every failure past the third: 1, 2, 4 ... minutes, at most an hour."""
    extra = max(0, failures - FAILURES_BEFORE_LOCK)
    lock: timedelta = min(FIRST_LOCK * (2**extra), LONGEST_LOCK)
    return lock


def actor_for(user: User) -> Actor:
    return Actor(name=user.username, role=Role(user.role), user_id=user.id)


def _locked_message(until: datetime, now: datetime) -> str:
    minutes = max(1, int((until - now).total_seconds() + 59) // 60)
    return Sentence(
        "Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi dalam "
        "{n} menit.",
        n=number(minutes),
    )


def login(db: Database, username: str, password: str, *, now: datetime | None = None) -> User:
    """Check the password in its own transaction, so a failure is counted even as we refuse.

    The message never says whether the name or the password was wrong.
    """
    now = now or utcnow()
    refusal: str | None = None
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None or not user.active:
            # Spend the same scrypt work as for a real account, so the time taken does not
            # tell which names exist.
            verify_password(password, _dummy_hash())
            raise AuthError(GENERIC_FAILURE)
        if user.locked_until is not None and user.locked_until > now:
            raise AuthError(_locked_message(user.locked_until, now))
        if verify_password(password, user.password_hash):
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            audit.record(session, actor_for(user), "login", "user", str(user.id))
        else:
            user.failed_attempts += 1
            refusal = GENERIC_FAILURE
            if user.failed_attempts >= FAILURES_BEFORE_LOCK:
                user.locked_until = now + lock_duration(user.failed_attempts)
                audit.record(session, actor_for(user), "lockout", "user", str(user.id))
                refusal = _locked_message(user.locked_until, now)
    if refusal:
        raise AuthError(refusal)
    return user


def validate_new_user(
    session: Session, username: str, full_name: str, role: str, password: str
) -> dict[str, str]:
    errors: dict[str, str] = {}
    name = username.strip().lower()
    if not _USERNAME.match(name):
        errors["username"] = Sentence(
            "Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."
        )
    elif session.scalar(select(func.count()).select_from(User).where(User.username == name)):
        errors["username"] = Sentence("Nama pengguna '{name}' sudah dipakai.", name=name)
    errors.update(accounts.full_name_problems(full_name))
    if role not in set(Role):
        errors["role"] = Sentence("Peran tidak dikenal.")
    weak = check_strength(password)
    if weak:
        errors["password"] = weak
    return errors


def create_user(
    session: Session, actor: Actor | None, username: str, full_name: str, role: str, password: str
) -> User:
    """`actor` is None only for the first admin made by the setup wizard."""
    if actor is not None:
        require(actor, Action.MANAGE_USERS)
    errors = validate_new_user(session, username, full_name, role, password)
    if errors:
        raise FieldErrors(errors)
    user = User(
        username=username.strip().lower(),
        full_name=clean_name(full_name),
        role=role,
        password_hash=hash_password(password),
    )
    # An account an admin makes starts with a password the admin knows: its owner replaces it
    # at the first login. The setup wizard's first admin chose their own.
    user.must_change_password = actor is not None
    session.add(user)
    session.flush()
    who = actor or actor_for(user)
    audit.record(session, who, "create", "user", str(user.id), {"role": [None, role]})
    return user


def change_password(session: Session, user_id: int, old: str, new: str) -> None:
    """The logged-in user replaces their own password (knowing the old one)."""
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise NotFound(Sentence("Akun ini tidak ditemukan atau sudah dinonaktifkan."))
    if not verify_password(old, user.password_hash):
        raise ValidationError(Sentence("Kata sandi lama salah."), field="old_password")
    weak = check_strength(new)
    if weak:
        raise ValidationError(weak, field="password")
    if verify_password(new, user.password_hash):
        # Above all when the administrator's password must be replaced: it stays known.
        raise ValidationError(
            Sentence("Kata sandi baru harus berbeda dari yang lama."), field="password"
        )
    user.password_hash = hash_password(new)
    user.must_change_password = False
    accounts.changed(user)
    audit.record(session, actor_for(user), "change_password", "user", str(user.id))


def reset_password(
    session: Session,
    actor: Actor,
    username: str,
    new: str,
    *,
    expected_version: int | None = None,
) -> None:
    """An admin sets a new password; the user must change it at the next login.
    `expected_version`: the account's version the admin's list showed (see `accounts`)."""
    require(actor, Action.MANAGE_USERS)
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(Sentence("Pengguna '{name}' tidak ditemukan.", name=username))
    accounts.refuse_if_changed(session, user, expected_version)
    weak = check_strength(new)
    if weak:
        raise ValidationError(weak, field="password")
    user.password_hash = hash_password(new)
    user.failed_attempts = 0
    user.locked_until = None
    user.must_change_password = True
    accounts.changed(user)
    audit.record(session, actor, "reset_password", "user", str(user.id))


def first_admin(session: Session) -> User | None:
    """The oldest active administrator (the self-test opens the main window as them)."""
    return session.scalar(
        select(User).where(User.role == "admin", User.active).order_by(User.id).limit(1)
    )
