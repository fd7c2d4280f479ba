"""Building the demo database, against raw sqlite3.executemany of the same rows."""

import sqlite3

from benchmarks.harness import Bench, Measurement, figure, timed
from blkdesk.core import demo
from blkdesk.core.db import open_database, resolve_url


def _executemany_same_rows(source: str, target: str) -> float:
    """Copy every row of the built database into an empty schema with plain executemany."""
    open_database(resolve_url(target)).dispose()  # the same schema, empty
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA synchronous=FULL")
    tables = [r[0] for r in dst.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'")]  # fmt: skip
    dst.execute("PRAGMA foreign_keys=OFF")
    data = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    src.close()

    def insert() -> None:
        for table, rows in data.items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                dst.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        dst.commit()

    dst.execute("DELETE FROM institution")
    dst.execute("DELETE FROM vocation")
    dst.execute("DELETE FROM app_user")
    dst.execute("DELETE FROM audit_event")
    dst.commit()
    seconds = timed(insert)
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
