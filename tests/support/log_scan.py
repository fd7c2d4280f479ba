"""Looking for personal data in the logs and crash reports a test run wrote.

Every SQLite database the run made (the demo's, the fixtures') is read for its trainees' NIK,
names, phones and addresses; every `blkdesk.log*` and `laporan-galat-*.txt` under the run's
temporary folder must contain none of them.
"""

import sqlite3
from collections.abc import Iterable
from pathlib import Path

LOG_PATTERNS = ("blkdesk.log*", "laporan-galat-*.txt")


def personal_data(databases: Iterable[Path]) -> set[str]:
    found: set[str] = set()
    for path in databases:
        try:
            uri = f"{Path(path).resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=1)
        except sqlite3.Error:
            continue
        try:
            rows = conn.execute("SELECT nik, name, phone, address FROM trainee").fetchall()
        except sqlite3.Error:
            continue
        finally:
            conn.close()
        for nik, name, phone, address in rows:
            found.update(v for v in (nik, phone) if v and len(v) >= 10)
            # Names of one short word ("Siti") are also ordinary words in messages; full names
            # and addresses are what identifies someone.
            found.update(v for v in (name, address) if v and " " in v and len(v) >= 8)
    return found


def written_logs(base: Path) -> list[Path]:
    return sorted({p for pattern in LOG_PATTERNS for p in base.rglob(pattern) if p.is_file()})


def leaks(base: Path) -> dict[Path, list[str]]:
    """{log file: the personal data found in it}, for everything under `base`."""
    logs = written_logs(base)
    if not logs:
        return {}
    secrets = personal_data(p for p in base.rglob("*.sqlite") if p.is_file())
    found: dict[Path, list[str]] = {}
    for log in logs:
        text = log.read_text(encoding="utf-8", errors="replace")
        hits = sorted(s for s in secrets if s in text)
        if hits:
            found[log] = hits[:5]
    return found
