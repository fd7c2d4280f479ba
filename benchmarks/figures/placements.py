"""Beranda's figures and the follow-up call list, on the 10-year demo database."""

import statistics
import time

from benchmarks.harness import Bench, Measurement, figure
from blkdesk.core.clock import today
from blkdesk.core.placement import follow_up
from blkdesk.core.reporting import dashboard
from blkdesk.core.storage.db import open_database, resolve_url


@figure("Beranda figures and charts", "≤ 300 ms", unit="ms", limit=300)
def beranda(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(bench.demo_db())))
    now = today()
    samples = []
    with db.session() as s:
        for _ in range(max(3, bench.runs)):
            start = time.perf_counter()
            glance = dashboard.glance(s, now)
            dashboard.participants_by_vocation_sex(s, now.year, now)
            rates = dashboard.placement_by_vocation(s, now.year - 1)
            samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return Measurement(
        statistics.median(samples),
        details={
            "follow_ups_due": glance.follow_ups_due,
            "graduates_last_year": sum(r.total for r in rates),
        },
    )


@figure("follow-up call list", "≤ 100 ms", unit="ms", limit=100)
def call_list(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(bench.demo_db())))
    now = today()
    samples = []
    with db.session() as s:
        for _ in range(max(3, bench.runs)):
            start = time.perf_counter()
            rows = follow_up.follow_up_list(s, now)
            samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return Measurement(statistics.median(samples), details={"graduates_to_call": len(rows)})
