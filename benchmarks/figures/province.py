"""The province's desk on 8 BLKs × 12,500 trainees (the default 100,000 split over 8 BLKs),
each sending one full sync workbook that the province merges."""

import os
import statistics
import time
from datetime import date
from pathlib import Path

from benchmarks.harness import OUT, Bench, Measurement, figure
from blkdesk.core.clock import today
from blkdesk.core.province import figures, submissions
from blkdesk.core.storage.db import head_revision, open_database, resolve_url

BLKS = 8


def province_db(bench: Bench) -> Path:
    """The benchmark province, built once per size and seed and reused (it takes minutes)."""
    from blkdesk.exchange.demo_province import build_province

    # The smoke run only proves the figures run: two tiny BLKs.
    blks = 2 if bench.smoke else BLKS
    per_blk = max(20, bench.trainees // BLKS) if bench.smoke else bench.trainees // BLKS
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"provinsi-{blks}x{per_blk}-{bench.seed}-{head_revision()}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".building")
        for stale in OUT.glob(partial.name + "*"):
            stale.unlink()
        build_province(
            str(partial), blk_count=blks, trainees=per_blk, years=2 if bench.smoke else 10,
            seed=bench.seed, history=False, logins=False,
        )  # fmt: skip
        os.replace(partial, path)
    return path


def _last_month() -> date:
    return submissions.previous_month(today())


@figure("province Beranda (board, figures per BLK and regency, charts)", "≤ 300 ms",
        unit="ms", limit=300)  # fmt: skip
def province_beranda(bench: Bench) -> Measurement:
    db = open_database(resolve_url(str(province_db(bench))))
    now = today()
    samples = []
    with db.session() as s:
        for _ in range(max(3, bench.runs)):
            start = time.perf_counter()
            submissions.board(s, now)
            per_blk = figures.per_blk(s, now.year, now)
            figures.per_regency(s, per_blk)
            vocations = figures.by_vocation(s, now.year, now)
            samples.append((time.perf_counter() - start) * 1000)
    db.dispose()
    total = figures.total(per_blk)
    return Measurement(
        statistics.median(samples),
        details={"blks": len(per_blk), "trainees_this_year": total[figures.Measure.TRAINEES],
                 "vocations": len(vocations)},
    )  # fmt: skip


@figure("consolidated monthly report (xlsx + one-page PDF)", "≤ 5 s", unit="s", limit=5)
def consolidated_report(bench: Bench) -> Measurement:
    from blkdesk.exchange import monthly_report, monthly_workbook
    from blkdesk.printing.certificate import ensure_app
    from blkdesk.printing.province_summary import write_summary_pdf

    ensure_app()
    db = open_database(resolve_url(str(province_db(bench))))
    month = _last_month()
    samples = []
    for i in range(max(1, bench.runs)):
        start = time.perf_counter()
        with db.session() as s:
            report = monthly_report.build_report(s, month)
        monthly_workbook.write_report(report, bench.workdir / f"konsolidasi-{i}.xlsx")
        write_summary_pdf(report, bench.workdir / f"konsolidasi-{i}.pdf")
        samples.append(time.perf_counter() - start)
    db.dispose()
    return Measurement(
        statistics.median(samples),
        details={"month": month.isoformat(), "blks": len(report.institutions),
                 "participants": len(report.participants), "rekap_rows": len(report.rows)},
    )  # fmt: skip
