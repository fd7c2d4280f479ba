"""Crash safety: SIGKILL a writer at random moments; nothing acknowledged is ever lost.

The normal run kills the writer 200 times; the `slow` variant 1000 times. Slow tests are
deselected by default (pyproject `addopts`); run them with `pytest -m slow` (or `-m ""` for all).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from blkdesk.core.permissions import Actor, Role
from tests.support import training_data
from tests.support.batches import planned_batch

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs POSIX")


class Writer:
    """Talks to tests/support/crash_child.py: start a writer, kill it, collect what it acked."""

    def __init__(self, db_path: Path, batch_id: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_child", str(db_path), str(batch_id)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1, env=env,
        )  # fmt: skip

    def _line(self) -> str:
        line = self.proc.stdout.readline()
        assert line, "the fork server stopped"
        return line.strip()

    def round(self, start: int, wait_acks: int, delay: float) -> list[int]:
        """Fork a writer from record `start`; once it acknowledged `wait_acks` records, SIGKILL
        it `delay` seconds later. Returns the numbers it acknowledged."""
        acked: list[int] = []
        self.proc.stdin.write(f"run {start}\n")
        self.proc.stdin.flush()
        while not (line := self._line()).startswith("pid "):
            acked.append(int(line.split()[1]))
        pid = int(line.split()[1])
        while len(acked) < wait_acks:
            acked.append(int(self._line().split()[1]))
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        while not (line := self._line()).startswith("dead "):
            acked.append(int(line.split()[1]))
        return acked

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


def state(db_path: Path) -> tuple[list[int], str]:
    """(record numbers present, integrity_check result), checking every action is whole."""
    conn = sqlite3.connect(db_path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = conn.execute(
            "SELECT t.notes, count(DISTINCT e.id), count(DISTINCT a.id)"
            " FROM trainee t"
            " LEFT JOIN enrollment e ON e.trainee_id = t.id"
            " LEFT JOIN audit_event a ON a.entity = 'trainee' AND a.entity_uuid = t.uuid"
            "  AND a.action = 'create'"
            " WHERE t.notes LIKE 'crash-%' GROUP BY t.id"
        ).fetchall()
        audited = conn.execute(
            "SELECT count(*) FROM audit_event WHERE entity = 'trainee' AND action = 'create'"
        ).fetchone()[0]
        enrolled = conn.execute("SELECT count(*) FROM enrollment").fetchone()[0]
    finally:
        conn.close()
    # No half-done action: every trainee has its application and its audit row, and there is
    # no audit row or application without its trainee.
    assert all(enrollments == 1 and audits == 1 for _, enrollments, audits in rows)
    assert audited == len(rows) and enrolled == len(rows)
    return sorted(int(notes.removeprefix("crash-")) for notes, _, _ in rows), integrity


def run_crash_loop(db, kills: int, seed: int) -> dict[str, float]:
    admin = Actor("admin", Role.ADMIN)
    program = training_data.make_program(db, admin)
    batch = planned_batch(db, admin, program, date(2026, 12, 1), capacity=16)
    db.dispose()
    rng = random.Random(seed)
    writer = Writer(db.path, batch)
    acked: set[int] = set()
    started = time.perf_counter()
    try:
        present: list[int] = []
        for _ in range(kills):
            # Waiting for a few acknowledgements first makes the writer progress however slow
            # the machine; the random delay after them puts the kill anywhere in a transaction
            # (or, with no wait, while the child still opens the database).
            wait, delay = rng.randint(0, 3), rng.uniform(0, 0.03)
            acked.update(writer.round(len(present), wait, delay))
            present, integrity = state(db.path)
            assert integrity == "ok"
            assert present == list(range(len(present)))  # no gaps, no duplicates
            assert acked <= set(present), f"acknowledged but lost: {sorted(acked - set(present))}"
    finally:
        writer.close()
    return {"kills": kills, "records": len(present), "acked": len(acked),
            "seconds": time.perf_counter() - started}  # fmt: skip


def test_two_hundred_kills_lose_nothing_acknowledged(db, capsys):
    figures = run_crash_loop(db, kills=200, seed=8)
    assert figures["records"] >= 200  # the writer did real work between the kills
    with capsys.disabled():
        print("\ncrash safety: {kills} kills, {records} records ({acked} acknowledged), "
              "{seconds:.1f} s".format(**figures))  # fmt: skip


@pytest.mark.slow
def test_a_thousand_kills_lose_nothing_acknowledged(db, capsys):
    figures = run_crash_loop(db, kills=1000, seed=1000)
    assert figures["records"] >= 1000
    with capsys.disabled():
        print("\ncrash safety: {kills} kills, {records} records ({acked} acknowledged), "
              "{seconds:.1f} s".format(**figures))  # fmt: skip
