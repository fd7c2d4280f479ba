"""Beranda's figures and the follow-up call list, on the 10-year demo database."""

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from benchmarks.harness import Bench, Measurement, figure
from blkdesk.core.clock import today
from blkdesk.core.placement import follow_up
from blkdesk.core.reporting import dashboard
from blkdesk.core.storage.db import open_database, resolve_url

T = TypeVar("T")


def _median_ms(bench: Bench, work: Callable[[Session], T]) -> tuple[float, T]:
    """`work`'s median milliseconds over at least three runs in one session on the demo
    database, as a page reads it, and what its last run returned (for the details)."""
    db = open_database(resolve_url(str(bench.demo_db())))
    samples = []
    with db.session() as s:
        for _ in range(max(3, bench.runs)):
            start = time.perf_counter()
            result = work(s)
            samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return statistics.median(samples), result


@figure("Beranda figures and charts", "≤ 300 ms", unit="ms", limit=300)
def beranda(bench: Bench) -> Measurement:
    now = today()

    def figures(s: Session) -> tuple[dashboard.Glance, list[dashboard.VocationFigures]]:
        glance = dashboard.glance(s, now)
        dashboard.participants_by_vocation_sex(s, now.year, now)
        return glance, dashboard.placement_by_vocation(s, now.year - 1)

    median, (glance, rates) = _median_ms(bench, figures)
    return Measurement(
        median,
        details={
            "follow_ups_due": glance.follow_ups_due,
            "graduates_last_year": sum(r.total for r in rates),
        },
    )


@figure("follow-up call list", "≤ 100 ms", unit="ms", limit=100)
def call_list(bench: Bench) -> Measurement:
    now = today()
    median, rows = _median_ms(bench, lambda s: follow_up.follow_up_list(s, now))
    return Measurement(median, details={"graduates_to_call": len(rows)})
