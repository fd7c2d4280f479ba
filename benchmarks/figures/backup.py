"""Backing up and checking the 10-year database, against a plain file copy of it."""

import shutil
import statistics

from benchmarks.harness import Bench, Measurement, figure, median_seconds, timed
from blkdesk.core.storage import backup, integrity


@figure("backup of the 10-year database", "≤ 3× a plain file copy", unit="s", ratio_limit=3)
def backup_database(bench: Bench) -> Measurement:
    # What the automatic backups cost (and the first close on a database): the live file read
    # under a read transaction, header counts, 1 MB blocks hashed (SHA-256) and packed (zstd) on
    # two threads, sealed with the demo's backup key (AES-GCM), and an fsync'd rename. Backup
    # and copy alternate, so both see the same machine.
    source = bench.copy_of_demo("backup-source.sqlite")
    key = backup.sealing_key_in_file(source).key
    folder = bench.workdir / "cadangan"
    sizes: list[float] = []
    made: list[float] = []
    copies: list[float] = []

    def make() -> None:
        info = backup.create_backup(source, "otomatis", folder=folder, key=key).info
        sizes.append(info.file_bytes / info.db_bytes)
        for old in folder.glob("*" + backup.SUFFIX):
            if old != info.path:
                old.unlink()

    for _ in range(max(1, bench.runs)):
        copies.append(timed(lambda: shutil.copyfile(source, bench.workdir / "copy.sqlite")))
        made.append(timed(make))
    return Measurement(statistics.median(made), statistics.median(copies), "plain file copy",
                       {"compressed_to": f"{min(sizes):.0%} of the database",
                        "sealed": key is not None})  # fmt: skip


@figure("Periksa Database (integrity + foreign keys)", "≤ 60 s", unit="s", limit=60)
def full_check(bench: Bench) -> Measurement:
    path = bench.demo_db()
    report = integrity.full_check(path)
    assert report.ok, report.summary()
    return Measurement(median_seconds(lambda: integrity.full_check(path), bench.runs))
