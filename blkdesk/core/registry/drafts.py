"""Unsaved intake forms, kept on disk as the clerk types so a crash or power cut loses nothing.

One JSON file per clerk and open form, in the data folder under a name derived from the
database, so two databases on one PC keep their drafts apart, and two clerks sharing a PC do
not write over each other's new form. Written atomically (temporary file, then rename).

A draft holds what was typed about a person (name, NIK, address, photo) outside the database,
so it does not stay for ever (UU 27/2022 Art. 43): a draft nobody has touched for
`draft_retention_days` (14 by default: a weekend, a week's leave and Lebaran's collective
leave all come back to their draft) is removed when BLKDesk next starts on this PC, and an
administrator can see every clerk's drafts on the PC and discard one (a clerk who left). Each
removal is audited by clerk, form and date, never by what the form held.
"""

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from blkdesk.core import audit, settings
from blkdesk.core.errors import BlkError, ValidationError
from blkdesk.core.failures import cause
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.db import Database
from blkdesk.core.storage.paths import private_folder

RETENTION_SETTING = "draft_retention_days"
RETENTION_DEFAULT: int = settings.DEFAULTS[RETENTION_SETTING]
# Under three days a Friday's draft would not outlive a long weekend; past ninety a departed
# clerk's forms stay a quarter of a year.
RETENTION_MIN, RETENTION_MAX = 3, 90


class DraftNotRemoved(BlkError):
    """A draft's file stays (no permission, a locked file); its removal is audited and tried
    again at the next start."""


@dataclass(frozen=True)
class Draft:
    key: str  # "new" or "edit-<trainee id>"
    saved_at: datetime
    user: str
    values: dict[str, Any]
    path: Path

    @property
    def trainee_id(self) -> int | None:
        return int(self.key.split("-", 1)[1]) if self.key.startswith("edit-") else None

    def expires_on(self, days: int) -> datetime:
        return self.saved_at + timedelta(days=days)


def folder(db_location: str) -> Path:
    digest = hashlib.sha256(db_location.encode()).hexdigest()[:12]
    return private_folder("drafts") / digest


def _file(db_location: str, key: str, user: str) -> Path:
    # The user is hashed into the name: a username may hold characters no file name can.
    who = hashlib.sha256(user.encode()).hexdigest()[:10]
    return folder(db_location) / f"{who}-{key}.json"


def save(
    db_location: str, key: str, user: str, values: dict[str, Any], now: datetime | None = None
) -> None:
    target = _file(db_location, key, user)
    target.parent.mkdir(parents=True, exist_ok=True)
    saved_at = (now or datetime.now()).isoformat()
    payload = {"saved_at": saved_at, "user": user, "key": key, "values": values}
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def discard(db_location: str, key: str, user: str) -> None:
    """The clerk's own draft, saved or thrown away by them."""
    _file(db_location, key, user).unlink(missing_ok=True)
    for draft in all_drafts(db_location):  # one an earlier version named "<key>.json"
        if draft.key == key and draft.user == user:
            draft.path.unlink(missing_ok=True)


def discard_about(db_location: str, trainee_id: int, nik: str) -> int:
    """Remove every clerk's drafts about one person (an edit of the record, or a new form with
    the same NIK) once the person is anonymised: a draft holds their name, NIK, address and
    photo outside the database; returns how many were removed."""
    removed = 0
    for path in folder(db_location).glob("*.json"):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            typed = raw.get("values", {})
            key = raw.get("key", path.stem)
            same_nik = "".join(c for c in str(typed.get("nik", "")) if c.isdigit()) == nik
        except (OSError, ValueError, AttributeError):
            key, same_nik = path.stem, False  # unreadable: cannot be told apart, left alone
        if key == f"edit-{trainee_id}" or path.stem == f"edit-{trainee_id}" or same_nik:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def all_drafts(db_location: str) -> list[Draft]:
    """Every clerk's drafts for this database on this PC, newest first; unreadable files
    (half-written) are skipped."""
    drafts = []
    for path in folder(db_location).glob("*.json"):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            draft = Draft(str(raw.get("key", path.stem)), datetime.fromisoformat(raw["saved_at"]),
                          str(raw["user"]), dict(raw["values"]), path)  # fmt: skip
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        drafts.append(draft)
    return sorted(drafts, key=lambda d: d.saved_at, reverse=True)


def pending(db_location: str, user: str) -> list[Draft]:
    """This user's drafts, newest first."""
    return [d for d in all_drafts(db_location) if d.user == user]


def retention_days(session: Session) -> int:
    value = settings.get(session, RETENTION_SETTING)
    return int(value) if isinstance(value, int) else RETENTION_DEFAULT


def set_retention_days(session: Session, actor: Actor, days: int) -> None:
    if not RETENTION_MIN <= days <= RETENTION_MAX:
        raise ValidationError(
            Sentence(
                "Formulir belum disimpan dihapus setelah {least}–{most} hari.",
                least=RETENTION_MIN,
                most=RETENTION_MAX,
            )
        )
    settings.put(session, actor, RETENTION_SETTING, days)


def _remove(db: Database, actor: Actor, drafts: list[Draft], action: str, reason: str) -> None:
    """Audited first, then removed: a file that cannot be removed stays listed (and is tried
    again at the next start), never removed without a trace."""
    if not drafts:
        return
    with db.transaction() as session:
        for draft in drafts:
            audit.record(
                session, actor, action, "draft", draft.key,
                {"clerk": [draft.user, None], "saved_at": [draft.saved_at, None]}, reason=reason,
            )  # fmt: skip
    for draft in drafts:
        try:
            draft.path.unlink(missing_ok=True)
        except OSError as exc:
            raise DraftNotRemoved(
                Sentence(
                    "Formulir belum disimpan milik {clerk} tidak dapat dihapus: {error}.",
                    clerk=draft.user,
                    error=cause(exc),
                )
            ) from exc


def expire(db: Database, actor: Actor, now: datetime | None = None) -> list[Draft]:
    """Remove this database's drafts on this PC untouched for longer than the retention;
    returns them. Run at start-up, whoever logs in: a departed clerk never comes back to open
    theirs."""
    with db.session() as session:
        days = retention_days(session)
    cutoff = (now or datetime.now()) - timedelta(days=days)
    stale = [d for d in all_drafts(db.location) if d.saved_at < cutoff]
    _remove(db, actor, stale, "expire", f"Tidak disentuh lebih dari {days} hari.")
    return stale


def discard_for(db: Database, actor: Actor, draft: Draft) -> None:
    """An administrator discards a draft, another clerk's included (one who left)."""
    require(actor, Action.ANONYMISE)
    _remove(db, actor, [draft], "discard", "Dibuang administrator.")


def listed_for(actor: Actor, db_location: str) -> list[Draft]:
    """Every clerk's drafts on this PC, for an administrator."""
    require(actor, Action.ANONYMISE)
    return all_drafts(db_location)
