"""Figures on the office server: PostgreSQL at loopback, and behind 2 ms of added latency.

python -m benchmarks.office_server [--trainees 100000] [--delay-ms 1.0]

Starts a throwaway PostgreSQL cluster the way "Server kantor" does (core.storage.office_server,
loopback only), builds the demo BLK straight into it, and measures what a clerk at another PC
feels: the attendance grid (32 × 60) opening, one mark's commit, and trainee search per
keystroke. Then again through a small TCP proxy on 127.0.0.1 that holds every chunk for
`--delay-ms` in each direction (1 ms each way: 2 ms more per round trip, an office LAN's worst).
Nothing leaves the loopback interface.
"""

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.figures.attendance import ACTOR, _big_batch, grid_open_ms
from benchmarks.figures.trainees import _queries, keystroke_ms, nik_checks
from benchmarks.harness import p95
from blkdesk.core import demo
from blkdesk.core.attendance import attendance
from blkdesk.core.institution import system_actor
from blkdesk.core.models import Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.storage import office_server
from blkdesk.core.storage.db import Database, open_database


class DelayProxy:
    """Forwards 127.0.0.1:port to the server, holding each chunk `delay` seconds each way."""

    def __init__(self, upstream_port: int, delay: float) -> None:
        self.upstream_port, self.delay = upstream_port, delay
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        ready.wait()

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    writer.close()
                    return
                wait = due - self.loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(send())
        while True:
            data = await reader.read(65536)
            queue.put_nowait((self.loop.time() + self.delay, data))
            if not data:
                break
        await sender

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer),
                             return_exceptions=True)  # fmt: skip


def mark_commit_ms(db: Database, batch_id: int, enrollments: list[int], days: list) -> float:
    """Keyed as the grid keys them: each save carries what the cell showed, so the conflict
    check is part of what is measured."""
    with db.session() as s:
        shown: dict = dict(attendance.load_grid(s, batch_id).marks)
    samples = []
    for i in range(200):
        eid, day = enrollments[i % len(enrollments)], days[(i // len(enrollments)) % len(days)]
        # Always a different code from the one shown, so every save writes (a second run over
        # the same cells would otherwise key what is already there, and measure no-ops).
        was = shown.get((eid, day))
        code = "HISA"[("HISA".index(was.code) + 1) % 4] if was else "H"
        seen = {(eid, day): shown.get((eid, day))}
        start = time.perf_counter()
        attendance.set_mark(db, ACTOR, batch_id, eid, day, code, seen=seen)
        samples.append((time.perf_counter() - start) * 1000)
        shown[(eid, day)] = attendance.MarkState(code)
    return statistics.median(samples)


def durable_commit_ms(db: Database) -> float:
    """The floor under every save: an empty transaction that still writes and flushes its
    commit record (BEGIN, one statement, COMMIT), so the disk's fsync is in it."""
    samples = []
    for _ in range(50):
        start = time.perf_counter()
        with db.transaction() as s:
            s.execute(text("SELECT txid_current()"))
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def nik_check_p95_ms(db: Database, niks: list[str]) -> float:
    """The intake form's question at the 16th digit, one session each as its query opens."""
    actor = system_actor("bench")
    samples = []
    for nik in niks:
        start = time.perf_counter()
        with db.session() as s:
            trainees.nik_taken(s, actor, nik)
        samples.append((time.perf_counter() - start) * 1000)
    return p95(samples)


def measure(
    url: str, label: str, batch: tuple[int, list[int], list], typed: list[str],
    niks: list[str] | None = None,
) -> dict:  # fmt: skip
    db = open_database(url)
    try:
        batch_id, enrollments, days = batch
        return {
            "where": label,
            "grid_open_ms": round(grid_open_ms(db, batch_id), 1),
            "mark_commit_median_ms": round(mark_commit_ms(db, batch_id, enrollments, days), 1),
            "durable_empty_commit_median_ms": round(durable_commit_ms(db), 1),
            "search_p95_ms": round(p95(keystroke_ms(db, typed)), 1),
            "nik_check_p95_ms": round(nik_check_p95_ms(db, niks or []), 1) if niks else None,
        }
    finally:
        db.dispose()


# The full ten-year demo takes most of an hour to build on a busy two-core machine; the
# attendance figures need one big batch (added below), and search needs the registry's size, so
# the demo BLK is built with this many trainees and its registry is then copied up to --trainees.
DEMO_TRAINEES = 2000


def _grow_registry(db: Database, total: int) -> None:
    """Copies of the demo's trainees (same names, a numbered suffix, fresh NIK and UUID) until
    the registry holds `total`: the name prefixes a clerk types stay as common as in the demo."""
    table = Trainee.__table__
    columns = [c.name for c in table.columns if c.name != "id"]
    made = {
        "uuid": "gen_random_uuid()::text",
        "nik": "lpad((9000000000000000 + t.id * 1000 + g)::text, 16, '0')",
        "name": "t.name || ' ' || g",
        "name_norm": "t.name_norm || ' ' || g",
    }
    select_list = ", ".join(made.get(c, f"t.{c}") for c in columns)
    with db.transaction() as s:
        have = s.scalar(select(func.count()).select_from(table)) or 0
        copies = max(0, -(-(total - have) // have))
        if copies:
            s.execute(text(
                f"INSERT INTO trainee ({', '.join(columns)}) SELECT {select_list} "
                f"FROM trainee t CROSS JOIN generate_series(1, {copies}) g "
                f"ORDER BY g, t.id LIMIT {total - have}"
            ))  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trainees", type=int, default=100_000)
    parser.add_argument("--delay-ms", type=float, default=1.0, help="each way")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--proxy-for", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.proxy_for:
        delayed = DelayProxy(args.proxy_for, args.delay_ms / 1000)
        print(delayed.port, flush=True)
        threading.Event().wait()
    if os.geteuid() == 0:
        os.environ.setdefault(office_server.RUN_AS_ENV, "postgres")
    home = Path(tempfile.mkdtemp(prefix="blkbench-pg-"))
    home.chmod(0o755)
    os.environ["BLKDESK_DATA_DIR"] = str(home)
    config = office_server.create(_free_port(), listen="127.0.0.1")
    try:
        started = time.perf_counter()
        demo.build(config.url(), trainees=min(args.trainees, DEMO_TRAINEES), seed=1)
        db = open_database(config.url())
        _grow_registry(db, args.trainees)
        built = time.perf_counter() - started
        batch = _big_batch(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        db.dispose()
        typed = _queries(config.url(), 40)
        niks = nik_checks(config.url(), 200)
        # The proxy runs in a process of its own: as a thread here it would wait for the GIL
        # while the measured code runs Python, and add that wait to every round trip.
        proxy = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.office_server", "--proxy-for", str(config.port),
             "--delay-ms", str(args.delay_ms)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proxy.stdout is not None
        proxy_port = int(proxy.stdout.readline())
        proxied = config.url().replace(f":{config.port}/", f":{proxy_port}/")
        results = {
            "trainees": args.trainees,
            "demo_build_s": round(built, 1),
            "runs": [
                measure(config.url(), "loopback", batch, typed, niks),
                measure(proxied, f"+{2 * args.delay_ms:g} ms per round trip", batch, typed, niks),
            ],
        }
        proxy.kill()
        proxy.wait()
    finally:
        office_server.stop(config)
        shutil.rmtree(home, ignore_errors=True)
    text = json.dumps(results, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text)


if __name__ == "__main__":
    main()
