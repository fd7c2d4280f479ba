"""The trainee registry: search per keystroke and opening the list."""

import random
import statistics
import time

from sqlalchemy import select

from benchmarks.harness import Bench, Measurement, figure, p95
from blkdesk.core import trainee_search
from blkdesk.core.db import open_database, resolve_url
from blkdesk.core.models import Trainee


def _queries(db_path: str, count: int) -> list[str]:
    """What a clerk types: growing prefixes of real names, NIKs and phone numbers."""
    db = open_database(resolve_url(db_path))
    rng = random.Random(9)
    with db.session() as s:
        people = s.execute(select(Trainee.name, Trainee.nik, Trainee.phone).limit(2000)).all()
    db.dispose()
    typed: list[str] = []
    for name, nik, phone in rng.sample(people, min(count, len(people))):
        source = rng.choice((name, nik[:8], "0" + phone[3:10]))
        typed.extend(source[: i + 1] for i in range(len(source)))
    return typed


@figure("trainee search, per keystroke (p95)", "≤ 30 ms p95", unit="ms", limit=30)
def search_keystroke(bench: Bench) -> Measurement:
    path = str(bench.demo_db())
    typed = _queries(path, 10 if bench.smoke else 40)
    db = open_database(resolve_url(path))
    samples = []
    with db.session() as s:
        for text in typed:
            start = time.perf_counter()
            trainee_search.page(s, text)
            samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return Measurement(p95(samples), details={"keystrokes": len(samples),
                                              "median_ms": statistics.median(samples)})  # fmt: skip


@figure("trainee list opens", "≤ 300 ms", unit="ms", limit=300)
def list_opens(bench: Bench) -> Measurement:
    from PySide6.QtWidgets import QApplication

    from blkdesk.ui.pages.trainees import TraineeListModel

    app = QApplication.instance() or QApplication([])
    db = open_database(resolve_url(str(bench.demo_db())))
    samples = []
    for _ in range(bench.runs):
        start = time.perf_counter()
        model = TraineeListModel(db, mask_nik=False)
        model.search("")
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return Measurement(statistics.median(samples), details={"rows_loaded": model.rowCount()})
