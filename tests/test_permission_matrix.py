"""The role × action matrix, in full: the table itself, and every service that enforces it.

Services are found by reading the source: every module-level function in `blkdesk/core` and
`blkdesk/exchange` whose first statement is `require(actor, Action.X)`. Each is called once per
role with poisoned arguments (any use of them raises): a role without the right must get
`PermissionDenied` before anything is written; a role with it must get past the check (and then
trips over the poison). A new service is covered the day it lands; a service that checks later
than its first statement must be listed in SPECIAL with a test of its own.
"""

import ast
import importlib
import inspect
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core.access import auth
from blkdesk.core.errors import PermissionDenied
from blkdesk.core.institution import setup
from blkdesk.core.models import AuditEvent
from blkdesk.core.permissions import (
    ACTION_LABELS,
    MATRIX,
    ROLE_LABELS,
    Action,
    Actor,
    Role,
    require,
)
from blkdesk.core.registry import trainee_record
from blkdesk.core.storage.db import Database, open_database, resolve_url
from blkdesk.core.training import batches
from tests.support import graduates
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION

ROOT = Path(__file__).resolve().parents[1]

# The policy, as a clerk's manager would read it ("x": allowed).
EXPECTED = """
                      admin operator kepala viewer
view                    x      x       x      x
view_full_nik           x      x       x      .
view_contacts           x      x       x      .
edit_trainees           x      x       .      .
delete_trainees         x      .       .      .
import_trainees         x      x       .      .
edit_catalog            x      x       .      .
edit_batches            x      x       .      .
edit_closed_batch       x      .       .      .
select_participants     x      x       .      .
mark_attendance         x      x       .      .
record_assessment       x      x       .      .
override_outcome        x      .       x      .
issue_certificates      x      x       x      .
print_certificates      x      x       x      .
void_certificates       x      .       x      .
record_placement        x      x       .      .
export_reports          x      x       x      .
merge_sync              x      .       .      .
accept_sync_key         x      .       .      .
manage_users            x      .       .      .
edit_settings           x      .       .      .
backup                  x      x       x      .
restore                 x      .       .      .
view_audit              x      .       x      .
anonymise               x      .       .      .
subject_report          x      x       .      .
"""


def expected() -> dict[str, set[Role]]:
    header, *rows = [line.split() for line in EXPECTED.strip().splitlines()]
    roles = [Role(name) for name in header]
    return {row[0]: {r for r, mark in zip(roles, row[1:], strict=True) if mark == "x"}
            for row in rows}  # fmt: skip


def test_every_action_is_in_the_table_and_the_matrix_matches_it():
    table = expected()
    assert set(table) == {a.value for a in Action}
    for action in Action:
        assert MATRIX[action] == table[action.value], action
        assert action in ACTION_LABELS


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_require_refuses_exactly_what_the_table_refuses(role, action):
    actor = Actor("x", role)
    allowed = role in expected()[action.value]
    assert actor.can(action) is allowed
    if allowed:
        require(actor, action)
    else:
        with pytest.raises(PermissionDenied) as refused:
            require(actor, action)
        assert ROLE_LABELS[role] in refused.value.message
        assert ACTION_LABELS[action] in refused.value.message


# --- the services ------------------------------------------------------------------------------


def _require_action(node: ast.AST) -> str | None:
    """`X` when `node` is the statement `require(actor, Action.X)`."""
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
        return None
    call = node.value
    name = getattr(call.func, "id", getattr(call.func, "attr", None))
    if name != "require" or len(call.args) != 2:
        return None
    arg = call.args[1]
    return arg.attr if isinstance(arg, ast.Attribute) else None


def discover() -> tuple[list[tuple[str, str, Action]], set[str]]:
    """(module, function, action) of require-first services; names of the other checkers."""
    services, others = [], set()
    for package in ("core", "exchange"):
        for path in sorted((ROOT / "blkdesk" / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.FunctionDef):
                    continue
                if not any(_require_action(s) for s in ast.walk(node)) and not any(
                    isinstance(c, ast.Call) and getattr(c.func, "id", None) == "require"
                    for c in ast.walk(node)
                ):
                    continue
                body = [s for s in node.body if not (
                    isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]  # fmt: skip
                first = _require_action(body[0]) if body else None
                top_level = node in tree.body
                if first and top_level:
                    services.append((module, node.name, Action[first]))
                elif module != "blkdesk.core.permissions":
                    others.add(f"{module}.{node.name}")
    return services, others


SERVICES, OTHER_CHECKERS = discover()
# Checked, but not as their first statement; each has a test below.
SPECIAL = {
    "blkdesk.core.access.auth.create_user": "the setup wizard makes the first admin with no actor",
    "blkdesk.core.training.batches.guard_editable": "only a closed batch needs EDIT_CLOSED_BATCH",
}
# Actions whose service is not on main yet; the test below fails once a service enforces one,
# so the entry is removed then.
PENDING: set[Action] = set()


def test_every_checking_function_is_covered():
    assert SERVICES, "no services found: has the source layout changed?"
    assert set(SPECIAL) >= OTHER_CHECKERS, (
        f"{sorted(OTHER_CHECKERS - set(SPECIAL))} call require() later than their first "
        "statement; call it first, or add them to SPECIAL with a test of their own"
    )


def test_every_action_is_enforced_by_some_service():
    enforced = {action for *_, action in SERVICES}
    enforced |= {Action.MANAGE_USERS, Action.EDIT_CLOSED_BATCH}  # SPECIAL
    enforced.add(Action.VIEW_FULL_NIK)  # masking in trainee_record, tested below
    enforced.add(Action.VIEW_CONTACTS)  # masking in trainee_record, tested below
    assert set(Action) - enforced == PENDING


class Poisoned(Exception):
    pass


class Poison:
    """Stands for every argument but the session and the actor: any use of it raises."""

    def _raise(self, *_args: object, **_kwargs: object):
        raise Poisoned

    __getattr__ = __bool__ = __iter__ = __len__ = __int__ = __index__ = __float__ = _raise
    __fspath__ = __getitem__ = __contains__ = __lt__ = __gt__ = __call__ = _raise


def _arguments(fn, session: Session, db: Database, actor: Actor) -> dict[str, object]:
    args = {}
    for name, param in inspect.signature(fn).parameters.items():
        note = str(param.annotation)
        if name == "actor":
            args[name] = actor
        elif name == "session" or "Session" in note:
            args[name] = session
        elif name == "db" or "Database" in note:
            args[name] = db
        else:
            args[name] = Poison()
    return args


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    """One set-up database for the ~200 service × role calls: each call is refused or rolled
    back, so they cannot disturb each other, and setting up a database per call costs seconds."""
    db = open_database(resolve_url(str(tmp_path_factory.mktemp("matrix") / "blk.sqlite")))
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    yield db
    db.dispose()


def _audit_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(
    ("module", "name", "action"), SERVICES, ids=[f"{m.split('.')[-1]}.{n}" for m, n, _ in SERVICES]
)
def test_service_enforces_the_matrix(shared_db, module, name, action, role):
    db = shared_db
    fn = getattr(importlib.import_module(module), name)
    actor = Actor("penguji", role)
    before = _audit_count(db)
    with db.session() as session:
        try:
            fn(**_arguments(fn, session, db, actor))
        except PermissionDenied:
            refused = True
        except Exception:  # past the check, the poisoned arguments stop it
            refused = False
        else:
            refused = False
        assert not (refused and (session.new or session.dirty or session.deleted))
        session.rollback()
    assert refused is (role not in MATRIX[action]), f"{module}.{name} as {role}"
    if refused:
        assert _audit_count(db) == before


@pytest.mark.parametrize("role", list(Role))
def test_create_user_needs_manage_users_except_in_the_setup_wizard(db, role):
    with db.transaction() as s:
        if role in MATRIX[Action.MANAGE_USERS]:
            auth.create_user(s, Actor("x", role), f"baru-{role}", "Baru", "viewer", "Sandi1234")
        else:
            with pytest.raises(PermissionDenied):
                auth.create_user(s, Actor("x", role), "baru", "Baru", "viewer", "Sandi1234")
    with db.transaction() as s:
        auth.create_user(s, None, f"wizard-{role}", "Pertama", "admin", "Sandi1234")


@pytest.mark.parametrize("role", list(Role))
def test_closed_batch_needs_edit_closed_batch(db, role):
    with db.transaction() as s:
        closed = graduates.batch(s, graduates.date(2025, 1, 31), status="ditutup")
        open_ = graduates.batch(s, graduates.date(2025, 1, 31))
        actor = Actor("x", role)
        batches.guard_editable(open_, actor, "")
        if role in MATRIX[Action.EDIT_CLOSED_BATCH]:
            batches.guard_editable(closed, actor, "koreksi data")
        else:
            with pytest.raises(PermissionDenied):
                batches.guard_editable(closed, actor, "koreksi data")


@pytest.mark.parametrize("role", list(Role))
def test_full_nik_only_for_roles_that_see_it(db, role):
    with db.transaction() as s:
        trainee = graduates.trainee(s, "Siti Rahmawati", "P")
        changes = json.dumps({"nik": [None, trainee.nik]})
        s.add(AuditEvent(user_name="x", action="update", entity="trainee",
                         entity_uuid=trainee.uuid, changes=changes))  # fmt: skip
    with db.session() as s:
        (entry,) = trainee_record.history(s, Actor("x", role), trainee.id)
        shown = entry.changes[0][2]
    assert (shown == trainee.nik) is (role in MATRIX[Action.VIEW_FULL_NIK])


@pytest.mark.parametrize("role", list(Role))
def test_phone_email_and_address_only_for_roles_that_see_them(db, role):
    with db.transaction() as s:
        trainee = graduates.trainee(s, "Siti Rahmawati", "P")
        changes = json.dumps({
            "phone": [None, "+6281234567890"], "email": [None, "siti@contoh.com"],
            "address": [None, "Kp. Cibeureum No. 4"], "rt": [None, "002"],
        })  # fmt: skip
        s.add(AuditEvent(user_name="x", action="update", entity="trainee",
                         entity_uuid=trainee.uuid, changes=changes))  # fmt: skip
    with db.session() as s:
        (entry,) = trainee_record.history(s, Actor("x", role), trainee.id)
    shown = [after for _label, _before, after in entry.changes]
    if role in MATRIX[Action.VIEW_CONTACTS]:
        assert shown == ["+6281234567890", "siti@contoh.com", "Kp. Cibeureum No. 4", "002"]
    else:
        assert shown == ["0812-••••-••90", "s•••@contoh.com", "••••••", "••••••"]
