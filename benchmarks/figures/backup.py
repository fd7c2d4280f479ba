"""Backing up and checking the 10-year database, against a plain file copy of it."""

import shutil

from benchmarks.harness import Bench, Measurement, figure, median_seconds
from blkdesk.core.storage import backup, integrity


@figure("backup of the 10-year database", "≤ 60 s", unit="s", limit=60)
def backup_database(bench: Bench) -> Measurement:
    # Online snapshot, header counts, SHA-256, zlib and an fsync'd rename: what the 30-minute
    # automatic backup and the one on close cost.
    source = bench.copy_of_demo("backup-source.sqlite")
    folder = bench.workdir / "cadangan"
    sizes: list[float] = []

    def make() -> None:
        info = backup.create_backup(source, "otomatis", folder=folder).info
        sizes.append(info.file_bytes / info.db_bytes)

    seconds = median_seconds(make, bench.runs)
    copy = median_seconds(lambda: shutil.copyfile(source, bench.workdir / "copy.sqlite"),
                          bench.runs)  # fmt: skip
    return Measurement(seconds, copy, "plain file copy",
                       {"compressed_to": f"{min(sizes):.0%} of the database"})  # fmt: skip


@figure("Periksa Database (integrity + foreign keys)", "≤ 60 s", unit="s", limit=60)
def full_check(bench: Bench) -> Measurement:
    path = bench.demo_db()
    report = integrity.full_check(path)
    assert report.ok, report.summary()
    return Measurement(median_seconds(lambda: integrity.full_check(path), bench.runs))
