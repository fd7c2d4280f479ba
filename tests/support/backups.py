"""Databases big enough for differential backups (several blocks), and damaged ones, for the backup
and damage tests."""

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


def flip_bytes(path: Path, at: int, count: int = 16) -> None:
    """Damage `count` bytes of the file at `at` (a disk's bad sector, in a test)."""
    data = bytearray(path.read_bytes())
    for i in range(at, min(at + count, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def damage_first_table(path: Path) -> None:
    """Break the header of the database's second page, a table's b-tree: the full check finds it."""
    flip_bytes(path, 4096 * 2, 8)
