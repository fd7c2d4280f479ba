"""Building the demo database, against raw sqlite3.executemany of the same rows."""

import sqlite3

from benchmarks.harness import Bench, Measurement, figure, timed
from blkdesk.core import demo
from blkdesk.core.storage.db import open_database, resolve_url


def _executemany_same_rows(source: str, target: str) -> float:
    """Copy every row of the built database into an empty schema with plain executemany.

    Rows are read in chunks and only the executemany calls are timed, so the baseline measures
    writing (what the demo generator does), and its memory stays as small as the generator's.
    """
    open_database(resolve_url(target)).dispose()  # the same schema, empty
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA synchronous=FULL")
    dst.execute("PRAGMA foreign_keys=OFF")
    tables = [r[0] for r in dst.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'")]  # fmt: skip
    for table in tables:  # setup leaves a few rows (institution, admin) the copy brings again
        dst.execute(f'DELETE FROM "{table}"')
    dst.commit()
    seconds = 0.0
    for table in tables:
        cursor = src.execute(f'SELECT * FROM "{table}"')
        marks = ",".join("?" * len(cursor.description))
        sql = f'INSERT INTO "{table}" VALUES ({marks})'
        while rows := cursor.fetchmany(50_000):
            seconds += timed(lambda sql=sql, rows=rows: dst.executemany(sql, rows))
    seconds += timed(dst.commit)
    src.close()
    dst.close()
    return seconds


@figure("demo database built", "≤ 120 s", unit="s", limit=120)
def demo_build(bench: Bench) -> Measurement:
    target = bench.workdir / "demo.sqlite"
    summary = demo.build(str(target), trainees=bench.trainees, seed=bench.seed)
    baseline = _executemany_same_rows(str(target), str(bench.workdir / "raw.sqlite"))
    return Measurement(
        summary.seconds, baseline, "sqlite3.executemany", details={"counts": summary.counts}
    )
