"""Pelatihan & Angkatan: the batch list, one batch's selection list, and planning a batch."""

import random
import statistics
import time
from datetime import date, timedelta

from sqlalchemy import select

from benchmarks.harness import Bench, Measurement, figure, p95
from blkdesk.core.models import Batch, Program
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.training import batches, selection


@figure("batch list (Angkatan tab) loads", "≤ 500 ms", unit="ms", limit=500)
def batch_list(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(bench.demo_db())))
    samples = []
    with db.session() as s:
        for _ in range(bench.runs):
            start = time.perf_counter()
            rows = batches.overview(s)
            samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return Measurement(statistics.median(samples), details={"batches": len(rows)})


@figure("batch window: plan and selection list (p95)", "≤ 150 ms p95", unit="ms", limit=150)
def selection_list(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(bench.demo_db())))
    rng = random.Random(4)
    samples = []
    with db.session() as s:
        ids = list(s.scalars(select(Batch.id)))
        for batch_id in rng.sample(ids, min(len(ids), 10 if bench.smoke else 40)):
            start = time.perf_counter()
            batches.detail(s, batch_id)
            selection.applicants(s, batch_id)
            selection.counts(s, batch_id)
            samples.append((time.perf_counter() - start) * 1000)
            s.expunge_all()
    db.dispose()
    return Measurement(p95(samples), details={"batches_opened": len(samples),
                                              "median_ms": statistics.median(samples)})  # fmt: skip


@figure("training days computed for a plan (p95)", "≤ 50 ms p95", unit="ms", limit=50)
def plan_days(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(bench.demo_db())))
    rng = random.Random(5)
    samples = []
    with db.session() as s:
        programs = list(s.scalars(select(Program)))
        first = date.today() - timedelta(days=365)
        for _ in range(20 if bench.smoke else 200):
            program = rng.choice(programs)
            start = first + timedelta(days=rng.randint(0, 730))
            began = time.perf_counter()
            days = batches.compute_days(s, program, start, rng.choice(("01234", "012345", "024")))
            samples.append((time.perf_counter() - began) * 1000)
            assert days
    db.dispose()
    return Measurement(p95(samples), details={"plans": len(samples),
                                              "median_ms": statistics.median(samples)})  # fmt: skip
