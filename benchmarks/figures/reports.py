"""Month end on the 10-year database: the monthly report, the sync export, the province merge."""

import sqlite3
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from benchmarks.harness import OUT, Bench, Measurement, figure, timed
from blkdesk.core import demo
from blkdesk.core.certification.signing import generate_keypair
from blkdesk.core.clock import today
from blkdesk.core.institution import InstitutionInput, local_institution, setup
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import head_revision, open_database, resolve_url
from blkdesk.exchange import merge, monthly_report, monthly_workbook, sync_export
from blkdesk.exchange.sync_format import ALL_SHEETS, INSTITUTION, part_name, rows_per_part

ADMIN = Actor("bench", Role.ADMIN)
MERGE_FILES = 8
MERGE_TRAINEES = 50_000


def _last_month() -> date:
    first = today().replace(day=1)
    return date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)


@figure("monthly report (Rekap + lists, xlsx)", "≤ 3 s", unit="s", limit=3)
def monthly(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(bench.copy_of_demo())))
    month = _last_month()
    out = bench.workdir / "bulanan.xlsx"
    seconds = statistics.median(
        timed(lambda: monthly_workbook.export_monthly(db, ADMIN, month, out))
        for _ in range(bench.runs)
    )
    with db.session() as s:
        report = monthly_report.build_report(s, month)
    db.dispose()
    return Measurement(seconds, details={"month": month.isoformat(),
                                         "participants": len(report.participants),
                                         "rekap_rows": len(report.rows)})  # fmt: skip


def _same_cells_with_xlsxwriter(db: Any, target: Path) -> float:
    """Seconds XlsxWriter's constant_memory mode spends writing exactly the export's cells.

    The same cells on the same sheets: each table split into the export's parts, every part
    with its header row. (Written as one sheet, a table past 1,048,576 rows would be refused
    by XlsxWriter cell by cell at almost no cost: on the 10-year demo two thirds of the marks,
    which made the baseline a third too fast.) The cells are made chunk by chunk outside the
    clock (three million marks do not fit the memory budget at once), so only XlsxWriter's own
    work is timed; the cell styles and the Manifest's few dozen cells are left out."""
    spent = 0.0
    book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    with db.session() as session:
        inst = local_institution(session)
        for sheet in ALL_SHEETS:
            per_part = rows_per_part(len(sheet.headers))
            stmt = sync_export.sheet_query(sheet, inst.code, None)
            if sheet is INSTITUTION:
                stmt = stmt.where(sheet.table.c.id == inst.id)
            converters = [f.to_cell for f in sheet.fields]
            part, r = 0, per_part + 1
            ws: Any = None
            result = session.execute(stmt.execution_options(yield_per=20_000))
            for chunk in result.partitions():
                cells = [[conv(v) for conv, v in zip(converters, row, strict=True)]
                         for row in chunk]  # fmt: skip
                start = time.perf_counter()
                for row_cells in cells:
                    if r > per_part:
                        part += 1
                        ws = book.add_worksheet(part_name(sheet.name, part))
                        for c, header in enumerate(sheet.headers):
                            ws.write_string(0, c, header)
                        r = 1
                    for c, text in enumerate(row_cells):
                        if text:
                            ws.write_string(r, c, text)
                    r += 1
                spent += time.perf_counter() - start
            if ws is None:  # an empty table: its header only, as in the export
                start = time.perf_counter()
                ws = book.add_worksheet(sheet.name)
                for c, header in enumerate(sheet.headers):
                    ws.write_string(0, c, header)
                spent += time.perf_counter() - start
    start = time.perf_counter()
    book.close()
    return spent + time.perf_counter() - start


@figure("full sync export", "≤ 1.5× XlsxWriter constant_memory, same cells", unit="s",
        ratio_limit=1.5)  # fmt: skip
def sync_full(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(bench.copy_of_demo())))
    out = bench.workdir / "sync.xlsx"
    samples, baselines = [], []
    # Each run writes some 25 million cells: two runs of each, interleaved, are enough.
    for _ in range(max(1, min(bench.runs, 2))):
        start = time.perf_counter()
        result = sync_export.export_sync(db, ADMIN, out, full=True)
        samples.append(time.perf_counter() - start)
        baselines.append(_same_cells_with_xlsxwriter(db, bench.workdir / "baseline.xlsx"))
    db.dispose()
    return Measurement(
        statistics.median(samples), statistics.median(baselines),
        "XlsxWriter constant_memory", details={
            "rows": result.row_counts, "mb": round(out.stat().st_size / 2**20, 1),
            "baseline_mb": round((bench.workdir / "baseline.xlsx").stat().st_size / 2**20, 1)},
    )  # fmt: skip


def _blk_workbooks(bench: Bench) -> list[Path]:
    """Eight BLKs' full sync workbooks: separate demo databases, each renamed to its own code
    with its own keys (the demo always builds Kabupaten Serang). Built once, then reused."""
    total = min(MERGE_TRAINEES, bench.trainees)
    folder = OUT / f"merge-{total}-{bench.seed}-{head_revision()}-d{demo.DEMO_FORMAT}"
    files = [folder / f"BLK{i + 1}.xlsx" for i in range(MERGE_FILES)]
    if all(f.exists() for f in files):
        return files
    folder.mkdir(parents=True, exist_ok=True)
    for i, target in enumerate(files):
        code = target.stem
        path = bench.workdir / f"{code}.sqlite"
        demo.build(str(path), trainees=total // MERGE_FILES, seed=bench.seed * 100 + i)
        private, public = generate_keypair()
        con = sqlite3.connect(path)
        tables = [r[0] for r in con.execute(
            "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
            "WHERE m.type = 'table' AND c.name = 'inst_code'")]  # fmt: skip
        for table in tables:
            con.execute(f'UPDATE "{table}" SET inst_code = ?', (code,))
        con.execute(
            "UPDATE institution SET code = ?, name = ?, private_key = ?, public_key = ?",
            (code, f"UPTD BLK Contoh {i + 1}", private, public),
        )
        con.commit()
        con.close()
        db = open_database(resolve_url(str(path)))
        sync_export.export_sync(db, ADMIN, bench.workdir / target.name, full=True)
        db.dispose()
        (bench.workdir / target.name).replace(target)
    return files


def _province(bench: Bench, name: str) -> object:
    db = open_database(resolve_url(str(bench.workdir / name)))
    setup(db, InstitutionInput(
        code="DISNAKER36", name="Disnakertrans Provinsi Banten", kind="disnaker_provinsi",
        regency_code="36", address="Serang", head_name="Kepala Dinas",
        head_nip="197001011995031001"), "admin", "Admin", "Rahasia123")  # fmt: skip
    return db


@figure("merge 8 BLK workbooks, 50,000 trainees", "≤ 60 s", unit="s", limit=60)
def merge_eight(bench: Bench) -> Measurement:
    files = _blk_workbooks(bench)
    db = _province(bench, "provinsi.sqlite")
    start = time.perf_counter()
    report = merge.merge_files(db, ADMIN, files)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    db.dispose()  # type: ignore[attr-defined]
    assert not any(f.reason for f in report.files), [f.reason for f in report.files]
    return Measurement(seconds, details={
        "trainees": sum(f.sheets["trainee"].added for f in report.files),
        "rows": sum(f.total("added") for f in report.files),
        "double_funding": len(report.double_funding)})  # fmt: skip


@figure("re-merge of the same 8 workbooks", "≤ ⅓ of the first merge", unit="s",
        ratio_limit=1 / 3)  # fmt: skip
def remerge_eight(bench: Bench) -> Measurement:
    files = _blk_workbooks(bench)
    db = _province(bench, "provinsi.sqlite")
    first = timed(lambda: merge.merge_files(db, ADMIN, files))  # type: ignore[arg-type]
    start = time.perf_counter()
    again = merge.merge_files(db, ADMIN, files)  # type: ignore[arg-type]
    second = time.perf_counter() - start
    db.dispose()  # type: ignore[attr-defined]
    assert sum(f.total("added") + f.total("updated") for f in again.files) == 0
    return Measurement(second, first, "first merge")
