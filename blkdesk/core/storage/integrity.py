"""Is the SQLite file sound? `quick_check` at every start, the full check on request.

The full check is SQLite's `integrity_check` (every page, index and constraint) plus
`foreign_key_check` (no row points at a row that is gone).
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from blkdesk.core.failures import cause
from blkdesk.core.sentences import Sentence, number, semicolons

MAX_PROBLEMS = 50


@dataclass
class CheckReport:
    path: Path
    full: bool
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def beyond_repair(self) -> str:
        """The file is so damaged that not even a read-only connection opens it."""
        return Sentence(
            "Berkas database {path} rusak parah: {summary}", path=self.path, summary=self.summary()
        )

    def summary(self) -> str:
        kind = Sentence("Pemeriksaan lengkap") if self.full else Sentence("Pemeriksaan cepat")
        if self.ok:
            return Sentence("{kind}: database dalam keadaan baik.", kind=kind)
        return Sentence(
            "{kind} menemukan {n} masalah: {problems}",
            kind=kind,
            n=number(len(self.problems)),
            problems=semicolons(self.problems[:5]),
        )


def _connect(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise FileNotFoundError(path)
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    conn.execute("PRAGMA query_only=ON")
    return conn


def _pragma_problems(conn: sqlite3.Connection, pragma: str) -> list[str]:
    rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    return [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]


def _foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(
        MAX_PROBLEMS
    ):
        problems.append(
            Sentence(
                "baris {row} tabel {table} menunjuk ke {parent} yang tidak ada",
                row=rowid,
                table=table,
                parent=parent,
            )
        )
    return problems


def check_file(path: Path, *, full: bool = False) -> CheckReport:
    """Check the SQLite file at `path`; an unreadable file is a problem, not an exception."""
    report = CheckReport(path=path, full=full)
    try:
        conn = _connect(path)
    except FileNotFoundError:
        report.problems.append(Sentence("berkas {path} tidak ada", path=path))
        return report
    except sqlite3.Error as exc:
        report.problems.append(Sentence("berkas tidak dapat dibuka: {error}", error=cause(exc)))
        return report
    try:
        report.problems += _pragma_problems(conn, "integrity_check" if full else "quick_check")
        if full:
            report.problems += _foreign_key_problems(conn)
    except sqlite3.OperationalError as exc:
        # Locked by another process, a failing disk: the file could not be read, which does not
        # say it is damaged.
        report.problems.append(Sentence("berkas tidak dapat diperiksa: {error}", error=cause(exc)))
    except sqlite3.DatabaseError as exc:
        # "file is not a database", "database disk image is malformed": damage before any row.
        report.problems.append(Sentence("berkas rusak: {error}", error=cause(exc)))
    finally:
        conn.close()
    return report


def quick_check(path: Path) -> CheckReport:
    return check_file(path, full=False)


def full_check(path: Path) -> CheckReport:
    return check_file(path, full=True)
