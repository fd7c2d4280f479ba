"""Unsaved intake forms, kept on disk as the clerk types so a crash or power cut loses nothing.

One JSON file per open form, in the data folder under a name derived from the database, so two
databases on one PC keep their drafts apart. Written atomically (temporary file, then rename).
"""

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from blkdesk.core.storage.paths import private_folder


@dataclass(frozen=True)
class Draft:
    key: str  # "new" or "edit-<trainee id>"
    saved_at: datetime
    user: str
    values: dict[str, Any]

    @property
    def trainee_id(self) -> int | None:
        return int(self.key.split("-", 1)[1]) if self.key.startswith("edit-") else None


def folder(db_location: str) -> Path:
    digest = hashlib.sha256(db_location.encode()).hexdigest()[:12]
    return private_folder("drafts") / digest


def save(db_location: str, key: str, user: str, values: dict[str, Any]) -> None:
    target = folder(db_location) / f"{key}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = {"saved_at": datetime.now().isoformat(), "user": user, "values": values}
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def discard(db_location: str, key: str) -> None:
    (folder(db_location) / f"{key}.json").unlink(missing_ok=True)


def discard_about(db_location: str, trainee_id: int, nik: str) -> int:
    """Remove every clerk's drafts about one person (an edit of the record, or a new form with
    the same NIK) once the person is anonymised: a draft holds their name, NIK, address and
    photo outside the database; returns how many were removed."""
    removed = 0
    for path in folder(db_location).glob("*.json"):
        try:
            typed = json.loads(path.read_text(encoding="utf-8")).get("values", {})
            same_nik = "".join(c for c in str(typed.get("nik", "")) if c.isdigit()) == nik
        except (OSError, ValueError, AttributeError):
            same_nik = False  # unreadable: it cannot be told apart, and is left alone
        if path.stem == f"edit-{trainee_id}" or same_nik:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def pending(db_location: str, user: str) -> list[Draft]:
    """This user's drafts, newest first; unreadable files (half-written) are skipped."""
    drafts = []
    for path in folder(db_location).glob("*.json"):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            draft = Draft(path.stem, datetime.fromisoformat(raw["saved_at"]), raw["user"],
                          raw["values"])  # fmt: skip
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if draft.user == user:
            drafts.append(draft)
    return sorted(drafts, key=lambda d: d.saved_at, reverse=True)
