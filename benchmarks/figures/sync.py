"""The whole of a large BLK through sync: its full file merged into an empty province database.

The file is the ten-year demo's full sync export (100,000 trainees, some 3.2 million marks), made
once by the real CLI in a child process (so its memory is not charged here) and kept in OUT.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

from benchmarks.harness import OUT, Bench, Measurement, figure, timed
from blkdesk.core.models import AttendanceMark, ExportLog
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import Database, open_database, resolve_url
from blkdesk.exchange import merge, sync_export

ADMIN = Actor("bench", Role.ADMIN)


def _full_file(bench: Bench) -> Path:
    target = OUT / f"sync-full-{bench.demo_key}.xlsx"
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
    return OUT / f"province-merged-{bench.demo_key}.sqlite"


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


# --- a month's delta -----------------------------------------------------------------------------


def _a_month_after_the_last_export(bench: Bench) -> tuple[Database, object]:
    """The demo as it stands a month after its last sync export: the export is logged 30 days
    before the demo's newest keyed mark (the demo stamps every record when it was keyed)."""
    db = open_database(resolve_url(str(bench.copy_of_demo("delta.sqlite"))))
    with db.transaction() as s:
        newest = s.scalar(select(func.max(AttendanceMark.updated_at)))
        assert newest is not None
        last = ExportLog(at=newest - timedelta(days=30), user_name="admin", kind="sync_full",
                         path="(bulan lalu)", sha256="0" * 64)  # fmt: skip
        s.add(last)
    return db, newest


def _delta(db: Database, out: Path) -> sync_export.SyncExportResult:
    result = sync_export.export_sync(db, ADMIN, out)
    assert result.kind == "sync_delta", result.kind
    with db.transaction() as s:  # the next run starts from last month's export again
        s.execute(delete(ExportLog).where(ExportLog.kind == "sync_delta"))
    return result


@figure("delta sync of one month's changes on the 10-year demo", "≤ 5 s", unit="s", limit=5)
def delta_sync(bench: Bench) -> Measurement:
    db, _newest = _a_month_after_the_last_export(bench)
    out = bench.workdir / "delta.xlsx"
    seconds = [timed(lambda: _delta(db, out)) for _ in range(max(1, min(bench.runs, 3)))]
    result = _delta(db, out)
    db.dispose()
    return Measurement(statistics.median(seconds), details={
        "rows": sum(result.row_counts.values()),
        "marks": result.row_counts.get("attendance_mark", 0),
        "file_mb": round(out.stat().st_size / 2**20, 2)})  # fmt: skip


@figure("delta sync file of one month's changes", "≤ 2 MB", unit="MB", limit=2)
def delta_sync_size(bench: Bench) -> Measurement:
    db, _newest = _a_month_after_the_last_export(bench)
    out = bench.workdir / "delta.xlsx"
    result = _delta(db, out)
    db.dispose()
    return Measurement(out.stat().st_size / 2**20, details={"rows": result.row_counts})
