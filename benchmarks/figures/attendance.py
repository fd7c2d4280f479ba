"""Keying attendance: opening a full 32 × 60 grid, and one mark's durable commit."""

import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from benchmarks.harness import Bench, Measurement, figure
from blkdesk.core.attendance import attendance
from blkdesk.core.clock import utcnow
from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    Enrollment,
    Program,
    Trainee,
    TrainingDay,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import Database, open_database, resolve_url
from blkdesk.core.training.calendar import training_days

PARTICIPANTS, DAYS = 32, 60
ACTOR = Actor("operator", Role.OPERATOR)


def _big_batch(db: Database) -> tuple[int, list[int], list[date]]:
    """A 32-participant, 60-day batch that ended yesterday, fully keyed, added to the demo data."""
    days = training_days(date.today() - timedelta(days=130), DAYS)
    now = utcnow()
    stamps = {"created_at": now, "updated_at": now}
    with db.transaction() as s:
        program = s.scalars(select(Program)).first()
        assert program is not None
        inst = program.inst_code
        batch = Batch(inst_code=inst, program_id=program.id, name="Angkatan Besar/Bench",
                      year=days[0].year, start_date=days[0], end_date=days[-1], status="berjalan",
                      capacity=PARTICIPANTS)  # fmt: skip
        s.add(batch)
        s.flush()
        s.execute(insert(TrainingDay), [{"batch_id": batch.id, "day": d, **stamps} for d in days])
        trainees = list(s.scalars(select(Trainee.id).limit(PARTICIPANTS)))
        enrollments = []
        for tid in trainees:
            e = Enrollment(inst_code=inst, trainee_id=tid, batch_id=batch.id, status="peserta")
            s.add(e)
            s.flush()
            enrollments.append(e.id)
        s.execute(
            insert(AttendanceMark),
            [{"enrollment_id": e, "day": d, "code": "H", "note": "", **stamps}
             for e in enrollments for d in days],
        )  # fmt: skip
        return batch.id, enrollments, days


def _prepared(bench: Bench) -> tuple[Path, int, list[int], list[date]]:
    path = bench.copy_of_demo()
    db = open_database(resolve_url(str(path)))
    batch_id, enrollments, days = _big_batch(db)
    db.dispose()
    return path, batch_id, enrollments, days


def grid_open_ms(db: Database, batch_id: int, runs: int = 7) -> float:
    """Milliseconds (median of `runs`) from reading a batch's grid to the grid shown, as the
    attendance page opens it; the office-server figures time it against a server too."""
    from PySide6.QtWidgets import QApplication

    from blkdesk.ui.screens.attendance.grid import AttendanceGridModel, GridView

    app = QApplication.instance() or QApplication([])
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        with db.session() as s:
            grid = attendance.load_grid(s, batch_id)
        model = AttendanceGridModel()
        model.set_grid(grid)
        view = GridView()
        view.setModel(model)
        view.resize(1200, 700)
        view.show()
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        view.close()
        view.deleteLater()
    return statistics.median(samples)


@figure("attendance grid 32 × 60 opens", "≤ 150 ms", unit="ms", limit=150)
def grid_opens(bench: Bench) -> Measurement:
    path, batch_id, _enrollments, _days = _prepared(bench)
    db = open_database(resolve_url(str(path)))
    median = grid_open_ms(db, batch_id, runs=max(3, bench.runs))
    db.dispose()
    return Measurement(median, details={"cells": PARTICIPANTS * DAYS})


@figure("attendance mark durable commit (median)", "≤ 20 ms median", unit="ms", limit=20)
def mark_commit(bench: Bench) -> Measurement:
    path, batch_id, enrollments, days = _prepared(bench)
    db = open_database(resolve_url(str(path)))
    samples = []
    codes = "ISAH"
    count = 20 if bench.smoke else 200
    for i in range(count):
        eid, day = enrollments[i % PARTICIPANTS], days[(i // PARTICIPANTS) % DAYS]
        start = time.perf_counter()
        attendance.set_mark(db, ACTOR, batch_id, eid, day, codes[i % 4])
        samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    ordered = sorted(samples)
    return Measurement(
        statistics.median(samples),
        details={"marks": count, "p95_ms": ordered[int(0.95 * (len(ordered) - 1))]},
    )
