"""The office server dies while a clerk is keying: no acknowledged save is lost, the clerk is told
in one sentence, and BLKDesk carries on by itself once the server is back."""

import queue
import subprocess
import sys
import threading
from datetime import date

import pytest
from sqlalchemy import select

from blkdesk.core.institution import setup
from blkdesk.core.models import AttendanceMark
from blkdesk.core.storage.db import open_database
from tests.support.batches import running_batch
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.postgres import server

pytestmark = pytest.mark.postgres


def _lines(proc: subprocess.Popen[str]) -> "queue.Queue[str]":
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.strip())
        lines.put("eof")

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _until(lines: "queue.Queue[str]", prefix: str, seen: list[str]) -> str:
    while True:
        line = lines.get(timeout=120)
        seen.append(line)
        if line.startswith(prefix) or line == "eof":
            return line


def test_killing_the_server_mid_keying_loses_no_acknowledged_mark():
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        db = open_database(srv.url)
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        batch = running_batch(db, days=20, status="selesai")
        db.dispose()
        seen: list[str] = []
        with subprocess.Popen(
            [sys.executable, "-m", "tests.support.outage_writer", srv.url, str(batch.id)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        ) as proc:  # fmt: skip
            try:
                lines = _lines(proc)
                for _ in range(15):
                    assert _until(lines, "ok ", seen).startswith("ok "), seen
                srv.kill()
                down = _until(lines, "down ", seen)
                # The server is gone (its port refuses), or BLKDesk asked it while it shut down.
                assert down.startswith(f"down PC server kantor 127.0.0.1 menyala, tetapi server "
                                       f"BLKDesk tidak berjalan di port {srv.port};") or (
                    "sedang dinyalakan, dimatikan atau dipulihkan" in down), seen  # fmt: skip
                assert "coba simpan lagi" in down
                assert srv.start()
                assert _until(lines, "done", seen) == "done", seen
                assert proc.wait(timeout=60) == 0
            finally:
                if proc.poll() is None:
                    proc.kill()
        acknowledged = {
            (int(e), date.fromisoformat(d))
            for e, d in (line.split()[1:] for line in seen if line.startswith("ok "))
        }
        assert len(acknowledged) == len(batch.days) * len(batch.enrollments)
        db = open_database(srv.url)
        try:
            with db.session() as s:
                stored = {
                    (m.enrollment_id, m.day)
                    for m in s.scalars(select(AttendanceMark).where(AttendanceMark.code == "H"))
                }
        finally:
            db.dispose()
        assert acknowledged <= stored
        assert len(stored) == len(acknowledged)
