"""Databases big enough for differential backups (several blocks), for the backup tests."""

import os
import sqlite3
from pathlib import Path

from blkdesk.core.storage import backup


def grow(path: Path, blocks: int, tag: str = "isi") -> None:
    """Add about `blocks` backup blocks of audit rows (text that packs poorly, like real data)."""
    rows = [("2026-11-30", "uji", tag, "x", str(i), os.urandom(1500).hex(), "")
            for i in range(blocks * backup.BLOCK_BYTES // 3200)]  # fmt: skip
    conn = sqlite3.connect(path, timeout=30)
    conn.executemany(
        "INSERT INTO audit_event (at, user_name, action, entity, entity_uuid, changes, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    conn.close()
