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

from blkdesk.core.storage.paths import data_dir


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
    return data_dir() / "drafts" / digest


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
