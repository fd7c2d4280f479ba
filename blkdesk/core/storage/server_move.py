"""Moving a BLK's SQLite file into the office server, every record and audit row, checked.

The rows keep their ids (every foreign key stays right), are copied in dependency order in one
transaction on the server, and the server's id sequences are moved past them. Then both sides are
counted and hashed table by table: the move is reported done only when every table agrees.
"""

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import Base
from blkdesk.core.progress import Progress
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage import connection, office_server, sequences, vault
from blkdesk.core.storage.db import Database, is_initialised, open_database

CHUNK = 5_000


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


@dataclass
class MoveReport:
    tables: list[TableCheck] = field(default_factory=list)
    # Tables whose count or checksum differ on the server (empty when the move is sound).
    mismatched: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def _plain(value: Any) -> str:
    """One spelling per value whichever database read it (so the hashes can be compared)."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _rows(conn: Connection, table: Table) -> Iterator[Any]:
    result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(_ordered(table))
    yield from result


def check_table(conn: Connection, table: Table) -> TableCheck:
    digest = hashlib.sha256()
    count = 0
    for row in _rows(conn, table):
        digest.update("\t".join(_plain(v) for v in row).encode())
        digest.update(b"\n")
        count += 1
    return TableCheck(table.name, count, digest.hexdigest())


def _empty(conn: Connection) -> bool:
    return all(not conn.scalar(select(func.count()).select_from(t)) for t in _tables())


def move(source: Database, target_url: str, progress: Progress | None = None) -> MoveReport:
    """Copy everything in `source` into the empty database at `target_url` and check it.

    Refuses a server database that already holds records: merging two offices' data is the
    sync workbook's job, not this one's. Nothing is left half-copied on failure.
    """
    progress = progress or Progress()
    target = open_database(target_url)
    try:
        tables = _tables()
        with source.engine.connect() as src, target.engine.begin() as dst:
            if not _empty(dst):
                raise DatabaseError(
                    Sentence(
                        "Database di server kantor sudah berisi data; pindahkan hanya ke "
                        "database yang masih kosong."
                    )
                )
            totals = {t.name: src.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
            total, done = sum(totals.values()), 0
            for table in tables:
                progress.update(done, total, table.name)
                batch: list[dict[str, Any]] = []
                for row in _rows(src, table):
                    batch.append(dict(row._mapping))
                    if len(batch) >= CHUNK:
                        dst.execute(insert(table), batch)
                        done += len(batch)
                        batch.clear()
                        progress.update(done)
                        progress.check()
                if batch:
                    dst.execute(insert(table), batch)
                    done += len(batch)
            sequences.advance(dst)
        report = MoveReport()
        with source.engine.connect() as src, target.engine.connect() as dst:
            for table in tables:
                progress.update(done, total, f"memeriksa {table.name}")
                here, there = check_table(src, table), check_table(dst, table)
                report.tables.append(there)
                if here != there:
                    report.mismatched.append(table.name)
        return report
    finally:
        target.dispose()


@dataclass
class Became:
    """This PC made the office server, and what was moved into it."""

    config: office_server.ServerConfig
    # The move of this PC's SQLite records, when there were any.
    moved: MoveReport | None


def become_server(
    source: Database | None,
    port: int | None = None,
    bindir: Path | None = None,
    progress: Progress | None = None,
    listen: str = "*",
) -> Became:
    """Make this PC the office server, move `source` (this PC's file) into it when it holds a
    BLK, and remember the server as this PC's database. Undone when the move fails its check."""
    config = office_server.create(port, bindir, listen)
    moved = None
    try:
        if source is not None and is_initialised(source):
            moved = move(source, config.url(), progress)
            if moved.mismatched:
                raise DatabaseError(
                    Sentence(
                        "Pemindahan data ke server kantor tidak cocok pada tabel {tables}; data "
                        "tetap di berkas PC ini.",
                        tables=", ".join(moved.mismatched),
                    )
                )
    except BaseException:
        office_server.stop(config)
        office_server.config_path().unlink(missing_ok=True)
        vault.delete(office_server.KEYRING_NAME)
        shutil.rmtree(Path(config.cluster).parent, ignore_errors=True)
        raise
    connection.remember(config.url())
    office_server.install_autostart()
    return Became(config, moved)
