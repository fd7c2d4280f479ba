"""The trainee registry: search per keystroke (plain, and filtered and sorted), opening the list,
and importing a 5,000-row registrant workbook."""

import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from benchmarks.harness import Bench, Measurement, figure, p95
from blkdesk.core.institution import system_actor
from blkdesk.core.models import Batch, Trainee, Vocation
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainee_search, trainees
from blkdesk.core.registry.trainee_search import Filters, Sort
from blkdesk.core.storage.db import Database, open_database, resolve_url


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


def keystroke_ms(db: Database, typed: list[str]) -> list[float]:
    """Milliseconds of each search as the clerk types (`typed`: the text after each keystroke),
    in one session as the search box keeps it; the office-server figures time it on a server."""
    samples = []
    with db.session() as s:
        for text in typed:
            start = time.perf_counter()
            trainee_search.page(s, text)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


@figure("trainee search, per keystroke (p95)", "≤ 30 ms p95", unit="ms", limit=30)
def search_keystroke(bench: Bench) -> Measurement:
    path = str(bench.demo_db())
    typed = _queries(path, 10 if bench.smoke else 40)
    db = open_database(resolve_url(path))
    samples = keystroke_ms(db, typed)
    db.dispose()
    return Measurement(p95(samples), details={"keystrokes": len(samples),
                                              "median_ms": statistics.median(samples)})  # fmt: skip


def nik_checks(db_path: str, count: int) -> list[str]:
    """NIKs as the intake form asks about them at the 16th digit: half already registered,
    half new (the common case at the desk)."""
    db = open_database(resolve_url(db_path))
    with db.session() as s:
        known = list(s.scalars(select(Trainee.nik).limit(count // 2)))
    db.dispose()
    rng = random.Random(16)
    born = [date(1990, 1, 1) + timedelta(rng.randint(0, 9000)) for _ in range(count - len(known))]
    fresh = [
        nikmod.compose("3602", rng.randint(1, 28), day, rng.choice("LP"), rng.randint(5000, 9999))
        for day in born
    ]
    return known + fresh


@figure("NIK already registered? asked at the 16th digit (p95)", "≤ 30 ms p95", unit="ms",
        limit=30)  # fmt: skip
def nik_taken(bench: Bench) -> Measurement:
    """One lookup on the NIK index per completed NIK, each in its own session as the form's
    query does."""
    path = str(bench.demo_db())
    niks = nik_checks(path, 20 if bench.smoke else 400)
    db = open_database(resolve_url(path))
    actor = system_actor("bench")
    samples, taken = [], 0
    for nik in niks:
        start = time.perf_counter()
        with db.session() as s:
            taken += trainees.nik_taken(s, actor, nik) is not None
        samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return Measurement(p95(samples), details={"checks": len(samples), "taken": taken,
                                              "median_ms": statistics.median(samples)})  # fmt: skip


@figure("trainee list opens", "≤ 300 ms", unit="ms", limit=300)
def list_opens(bench: Bench) -> Measurement:
    from PySide6.QtWidgets import QApplication

    from blkdesk.ui.screens.trainees.page import TraineeListModel

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


@figure("trainee search, filtered and sorted, per keystroke (p95)", "≤ 30 ms p95", unit="ms",
        limit=30)  # fmt: skip
def search_filtered(bench: Bench) -> Measurement:
    """The same typing with a filter chosen and the list sorted by another column."""
    path = str(bench.demo_db())
    typed = _queries(path, 10 if bench.smoke else 40)
    db = open_database(resolve_url(path))
    rng = random.Random(3)
    samples = []
    with db.session() as s:
        years = s.scalars(select(Batch.year).distinct()).all()
        vocations = s.scalars(select(Vocation.id)).all()
        regencies = s.scalars(select(Trainee.regency_code).distinct()).all()
        choices = [Filters(year=y) for y in years] + [Filters(vocation_id=v) for v in vocations]
        choices += [Filters(regency_code=r) for r in regencies] + [Filters(status="peserta")]
        for text in typed:
            filters = rng.choice(choices)
            sort = Sort(rng.choice(list(trainee_search.SORT_COLUMNS)), rng.random() < 0.5)
            start = time.perf_counter()
            trainee_search.page(s, text, filters=filters, sort=sort)
            samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return Measurement(p95(samples), details={"keystrokes": len(samples),
                                              "median_ms": statistics.median(samples)})  # fmt: skip


def _registrant_workbook(path: str, rows: int) -> None:
    """A BLK's list: Indonesian headers in their own order, NIKs as text, some dates as text."""
    from openpyxl import Workbook

    rng = random.Random(11)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Pendaftar")
    ws.append(
        [
            "No",
            "Nama Lengkap",
            "NIK",
            "Jenis Kelamin",
            "Tempat Lahir",
            "Tanggal Lahir",
            "Pendidikan",
            "Alamat",
            "RT/RW",
            "Kecamatan",
            "Kabupaten/Kota",
            "No HP",
        ]
    )
    for i in range(rows):
        sex = rng.choice("LP")
        born = date(1990, 1, 1) + timedelta(days=rng.randint(0, 4000))
        # DKI Jakarta NIKs: the Banten demo never made these, so every row is new.
        nik = nikmod.compose("3171", rng.randint(1, 9), born, sex, i + 1)
        ws.append([i + 1, f"Pendaftar Impor {i:05d}", nik, sex, "Jakarta",
                   born.strftime("%d-%m-%Y") if i % 2 else born, rng.choice(("SMA", "SMK", "S1")),
                   f"Jl. Contoh No. {i}", "001/002", "Kebayoran", "3674",
                   f"08{rng.choice('1257')}{rng.randint(10**8, 10**9 - 1)}"])  # fmt: skip
    wb.save(path)


@figure("trainee import, 5,000 registrant rows", "≤ 10 s", unit="s", limit=10)
def registrant_import(bench: Bench) -> Measurement:
    from blkdesk.exchange import trainee_import

    rows = 500 if bench.smoke else 5000
    book = str(bench.workdir / "pendaftar.xlsx")
    _registrant_workbook(book, rows)
    db = open_database(resolve_url(str(bench.copy_of_demo())))
    start = time.perf_counter()
    result = trainee_import.import_trainees(
        db, system_actor("bench"), Path(book), consent_recorded=True
    )
    seconds = time.perf_counter() - start
    db.dispose()
    assert result.imported == rows, trainee_import.describe(result)
    return Measurement(seconds, details={"rows": rows, "result": trainee_import.describe(result)})
