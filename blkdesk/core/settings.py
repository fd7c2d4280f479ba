"""Per-database settings stored as JSON (the per-PC ones, like language, live in QSettings)."""

import json
from typing import Any

from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.models import Setting
from blkdesk.core.permissions import Action, Actor, require

DEFAULTS: dict[str, Any] = {
    "idle_lock_minutes": 15,
    # A BLK is a government office: it closes on cuti bersama (core/training/national_calendar).
    "cuti_bersama_libur": True,
    "hari_libur_nasional": {},
    # Unsaved intake forms untouched this many days are removed at start-up (registry/drafts).
    "draft_retention_days": 14,
}


def get(session: Session, key: str, *, lock: bool = False) -> Any:
    """`lock`: read the row again and hold it (on an office server) until the transaction ends,
    so that a save comparing it with what a form opened cannot race another clerk's save."""
    row = session.get(Setting, key, with_for_update=lock, populate_existing=lock)
    return json.loads(row.value) if row else DEFAULTS.get(key)


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    require(actor, Action.EDIT_SETTINGS)
    row = session.get(Setting, key)
    before = json.loads(row.value) if row else DEFAULTS.get(key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    audit.record(session, actor, "update", "setting", key, {key: [before, value]})
