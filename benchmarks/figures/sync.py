"""The whole of a large BLK through sync: its full file merged into an empty province database.

The file is the ten-year demo's full sync export (100,000 trainees, 3,221,012 marks), made once
by the real CLI in a child process (so its memory is not charged here) and kept in OUT.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.harness import OUT, Bench, Measurement, figure, timed
from blkdesk.core.models import AttendanceMark
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import Database, head_revision, open_database, resolve_url
from blkdesk.exchange import merge

ADMIN = Actor("bench", Role.ADMIN)


def _full_file(bench: Bench) -> Path:
    target = OUT / f"sync-full-{bench.trainees}-{bench.seed}-{head_revision()}.xlsx"
    if not target.exists():
        source = bench.copy_of_demo("sync-source.sqlite")
        partial = bench.workdir / "sync.xlsx"
        subprocess.run(
            [sys.executable, "-m", "blkdesk", "export", "sync", "--full", "--db", str(source),
             "--out", str(partial)],
            check=True, capture_output=True, text=True,
            # Exporting personal data logs in, as the demo's administrator.
            env={**os.environ, "BLKDESK_USER": "admin", "BLKDESK_PASSWORD": "Admin123"},
        )  # fmt: skip
        partial.replace(target)
    return target


def _empty_province(bench: Bench) -> Database:
    """A set-up province database, made in a child process: hashing the admin's password takes
    more memory than the merge itself, and would otherwise stand as this figure's peak."""
    path = bench.workdir / "provinsi.sqlite"
    subprocess.run([sys.executable, "-c", _SETUP, str(path)], check=True)
    return open_database(resolve_url(str(path)))


_SETUP = """
import sys
from blkdesk.core.institution import InstitutionInput, setup
from blkdesk.core.storage.db import open_database, resolve_url
db = open_database(resolve_url(sys.argv[1]))
setup(db, InstitutionInput(
    code="DISNAKER36", name="Disnakertrans Provinsi Banten", kind="disnaker_provinsi",
    regency_code="36", address="Serang", head_name="Kepala Dinas",
    head_nip="197001011995031001"), "admin", "Admin", "Rahasia123")
db.dispose()
"""


def _cached_province(bench: Bench) -> Path:
    """Where the merge figure leaves its province database, so the re-merge figure need not
    merge three million marks a second time (`.json` beside it: the first merge's seconds)."""
    return OUT / f"province-merged-{bench.trainees}-{bench.seed}-{head_revision()}.sqlite"


def _merged(db: Database, path: Path) -> merge.FileResult:
    (result,) = merge.merge_files(db, ADMIN, [path]).files
    assert not result.reason, result.reason
    return result


@figure("full sync of the whole demo merged into an empty province", "≤ 300 s, ≤ 400 MB",
        unit="s", limit=300)  # fmt: skip
def full_merge(bench: Bench) -> Measurement:
    path = _full_file(bench)
    db = _empty_province(bench)
    start = time.perf_counter()
    result = _merged(db, path)
    seconds = time.perf_counter() - start
    with db.session() as s:
        marks = s.scalar(select(func.count()).select_from(AttendanceMark))
    db.dispose()
    assert marks == result.sheets["attendance_mark"].added, (marks, result.sheets)
    cached = _cached_province(bench)
    shutil.copyfile(bench.workdir / "provinsi.sqlite", cached)
    cached.with_suffix(".json").write_text(json.dumps({"seconds": seconds}))
    parts = [n for n in _sheet_names(path) if n.startswith("attendance_mark")]
    return Measurement(seconds, details={
        "marks": marks, "rows": result.total("added"), "mark_sheets": len(parts),
        "file_mb": round(path.stat().st_size / 2**20, 1)})  # fmt: skip


def _sheet_names(path: Path) -> list[str]:
    from python_calamine import CalamineWorkbook

    return list(CalamineWorkbook.from_path(str(path)).sheet_names)


@figure("re-merge of the whole demo's full sync file", "≤ ⅓ of the first merge", unit="s",
        ratio_limit=1 / 3)  # fmt: skip
def full_remerge(bench: Bench) -> Measurement:
    path = _full_file(bench)
    cached = _cached_province(bench)
    if cached.exists() and cached.with_suffix(".json").exists():
        shutil.copyfile(cached, bench.workdir / "provinsi.sqlite")
        first = json.loads(cached.with_suffix(".json").read_text())["seconds"]
        db = open_database(resolve_url(str(bench.workdir / "provinsi.sqlite")))
    else:
        db = _empty_province(bench)
        first = timed(lambda: _merged(db, path))
    start = time.perf_counter()
    again = _merged(db, path)
    second = time.perf_counter() - start
    db.dispose()
    assert again.total("added") + again.total("updated") + again.total("removed") == 0
    return Measurement(second, first, "first merge")
