from datetime import timedelta

import pytest
from sqlalchemy import select

from blkdesk.core.access import auth, passwords
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import AuthError, FieldErrors, PermissionDenied
from blkdesk.core.models import AuditEvent, User
from blkdesk.core.permissions import MATRIX, Action, Actor, Role, require
from tests.support.institution import ADMIN_PASSWORD


def test_right_password_logs_in_and_is_audited(db):
    user = auth.login(db, "Admin ", ADMIN_PASSWORD)
    assert user.username == "admin"
    with db.session() as s:
        assert s.scalar(select(AuditEvent.action).where(AuditEvent.action == "login"))


def test_wrong_password_and_unknown_user_get_the_same_message(db):
    with pytest.raises(AuthError) as wrong:
        auth.login(db, "admin", "salah")
    with pytest.raises(AuthError) as unknown:
        auth.login(db, "tidakada", "salah")
    assert wrong.value.message == unknown.value.message == auth.GENERIC_FAILURE


def test_three_failures_lock_then_the_right_password_works_later(db):
    now = utcnow()
    for _ in range(2):
        with pytest.raises(AuthError, match="salah"):
            auth.login(db, "admin", "salah", now=now)
    with pytest.raises(AuthError, match="dikunci sementara"):
        auth.login(db, "admin", "salah", now=now)
    with pytest.raises(AuthError, match="dikunci sementara"):
        auth.login(db, "admin", ADMIN_PASSWORD, now=now + timedelta(seconds=30))
    user = auth.login(db, "admin", ADMIN_PASSWORD, now=now + timedelta(minutes=2))
    assert user.failed_attempts == 0


def test_lock_grows_with_each_further_failure(db):
    assert [auth.lock_duration(n).total_seconds() / 60 for n in (3, 4, 5, 6)] == [1, 2, 4, 8]
    assert auth.lock_duration(30) == auth.LONGEST_LOCK


def test_hash_is_raised_to_the_current_cost_at_login(db, monkeypatch):
    monkeypatch.setattr(passwords, "COST", passwords.ScryptCost(log2_n=11, r=8, p=1))
    auth.login(db, "admin", ADMIN_PASSWORD)
    with db.session() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("scrypt$11$8$1$")
    assert passwords.verify_password(ADMIN_PASSWORD, stored)


def test_default_cost_is_owasp():
    assert (passwords.ScryptCost().log2_n, passwords.ScryptCost().r) == (17, 8)


def test_only_admin_creates_users(db, admin):
    operator = Actor("op", Role.OPERATOR)
    with db.transaction() as s, pytest.raises(PermissionDenied, match="mengelola pengguna"):
        auth.create_user(s, operator, "baru", "Baru", "viewer", "Sandi1234")
    with db.transaction() as s:
        auth.create_user(s, admin, "baru", "Baru", "viewer", "Sandi1234")
    with db.transaction() as s, pytest.raises(FieldErrors) as exc:
        auth.create_user(s, admin, "baru", "", "viewer", "pendek")
    assert set(exc.value.errors) == {"username", "full_name", "password"}


def test_reset_forces_a_change_and_unlocks(db, admin):
    for _ in range(3):
        with pytest.raises(AuthError):
            auth.login(db, "admin", "salah")
    with db.transaction() as s:
        auth.reset_password(s, admin, "admin", "BaruSekali9")
    user = auth.login(db, "admin", "BaruSekali9")
    assert user.must_change_password


def test_every_action_has_a_rule_and_viewers_only_view():
    assert set(MATRIX) == set(Action)
    viewer = Actor("v", Role.VIEWER)
    for action in Action:
        if action is Action.VIEW:
            require(viewer, action)
        else:
            with pytest.raises(PermissionDenied):
                require(viewer, action)
