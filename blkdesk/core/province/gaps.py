"""Gaps in a BLK's data at the province: changes-only files that do not join up.

A BLK's changes-only (delta) file holds what changed since its previous sync export, whether
or not the province ever received that export. So when October's file never arrives and
November's does, November's changes are merged and October's are missing: the province's copy
of that BLK has a hole from the end of what it last had to the start of November's file, and
nothing in the figures says so.

The rule, over the files the province merged from one BLK: a full file covers everything up to
when it was made; a delta covers from its `since` (the BLK's previous export) to when it was
made. What is covered after the newest full file is the union of those spans; every stretch
between the newest full file and the newest file that no file covers is a gap. Order of arrival
does not matter, a delta that fills the hole (October's, sent late) closes it, and a newer full
file closes every gap before it. A delta whose start was not recorded (merged by an older
BLKDesk) is taken to join up: no gap is claimed that cannot be shown.
"""

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.models import AuditEvent


@dataclass(frozen=True)
class MergedFile:
    made_at: datetime
    full: bool
    since: datetime | None = None  # a delta's start; None for a full file (or not recorded)


@dataclass(frozen=True)
class Gap:
    """The BLK's changes from `start` to `end` are missing at the province. The BLK made a sync
    file at `end` (the start of the next file the province has) that never arrived, and perhaps
    others between `start` and `end`."""

    start: datetime
    end: datetime
    found_by: datetime  # made_at of the file whose start showed the gap


def gaps(files: Iterable[MergedFile]) -> list[Gap]:
    """The uncovered stretches after the newest full file, oldest first."""
    files = list(files)
    fulls = [f.made_at for f in files if f.full]
    deltas = sorted(
        (f for f in files if not f.full and (not fulls or f.made_at > max(fulls))),
        key=lambda f: (f.since or f.made_at, f.made_at),
    )
    if fulls:
        end = max(fulls)
    elif deltas:
        # Without a full file there is no start to measure from (the merge refuses a BLK's
        # first delta): coverage begins with the earliest delta.
        end = deltas[0].since or deltas[0].made_at
    else:
        return []
    found: list[Gap] = []
    for delta in deltas:
        start = delta.since if delta.since is not None else end
        if start > end:
            found.append(Gap(end, start, delta.made_at))
        end = max(end, delta.made_at)
    return found


def _when(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def merged_files(session: Session) -> dict[str, list[MergedFile]]:
    """Per BLK code, every sync file merged, as the merge's audit trail records it (a copy sent
    again, logged without its facts, adds nothing)."""
    files: dict[str, list[MergedFile]] = defaultdict(list)
    for code, text in session.execute(
        select(AuditEvent.entity_uuid, AuditEvent.changes).where(
            AuditEvent.action == "merge", AuditEvent.entity == "sync_workbook"
        )
    ):
        changes = json.loads(text) if text else {}
        kind = changes.get("kind", [None, None])[1]
        made_at = _when(changes.get("made_at", [None, None])[1])
        if kind is None or made_at is None:
            continue
        since = _when(changes.get("since", [None, None])[1])
        files[code].append(MergedFile(made_at, kind == "full", since))
    return files


def blk_gaps(session: Session) -> dict[str, list[Gap]]:
    """Per BLK code, the gaps in its data at the province (BLKs without any are left out)."""
    out = {}
    for code, files in merged_files(session).items():
        found = gaps(files)
        if found:
            out[code] = found
    return out
