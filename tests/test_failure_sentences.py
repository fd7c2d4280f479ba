"""The operating system's and SQLite's own error text ("[Errno 28] No space left on device",
"database is locked") never reaches the clerk: the common causes are one clear sentence in the
interface's language, the raw text goes to the log, and only an unknown error keeps it, inside
a sentence that says what failed."""

import errno
import logging
import os
import sqlite3

import pytest

from blkdesk.core.failures import cause, explain
from blkdesk.core.sentences import Sentence, spoken
from blkdesk.core.storage import integrity
from blkdesk.core.storage.safefile import DiskFull, atomic_write, os_error_text


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "blk.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def _raised(action):
    try:
        action()
    except Exception as exc:  # the real error, as SQLite or the OS raise it
        return exc
    raise AssertionError("nothing was raised")


def test_a_locked_database_is_one_sentence_in_each_language(database, english, caplog):
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # an import or a backup still running
    waiting = sqlite3.connect(database, timeout=0)
    exc = _raised(lambda: waiting.execute("INSERT INTO t VALUES (1)"))
    holder.close()
    waiting.close()
    assert str(exc) == "database is locked"
    said = Sentence("Database tidak dapat dibaca untuk dicadangkan: {error}.", error=cause(exc))
    assert said == (
        "Database tidak dapat dibaca untuk dicadangkan: Database sedang dikunci oleh proses lain "
        "(mis. impor atau pencadangan yang masih berjalan). Tunggu sampai selesai, lalu ulangi."
    )
    assert spoken(said) == (
        "The database cannot be read to back it up: The database is locked by another process "
        "(e.g. an import or a backup still running). Wait until it finishes, then try again."
    )
    assert "database is locked" in caplog.text  # the raw text is kept for the log only


def test_a_read_only_database_is_said_not_quoted(database, english):
    reader = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    exc = _raised(lambda: reader.execute("INSERT INTO t VALUES (1)"))
    reader.close()
    assert "attempt to write a readonly database" in str(exc)
    assert explain(exc) == (
        "Database hanya bisa dibaca (izin berkas atau disk yang dikunci); perubahan tidak disimpan."
    )
    assert spoken(explain(exc)) == (
        "The database is read-only (file permissions or a locked disk); the changes were not saved."
    )


def test_a_disk_io_error_names_the_disk_not_sqlite(english):
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = 10  # SQLITE_IOERR, as the module sets it
    assert spoken(cause(exc)) == (
        "The disk failed to read or write the database; check the disk, then run Check Database"
    )
    assert "disk I/O" not in cause(exc)


def test_a_full_disk_while_writing_leaves_nothing_half_written(tmp_path, monkeypatch, english):
    def no_space(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    (tmp_path / "keluar").mkdir()
    target = tmp_path / "keluar" / "laporan.xlsx"
    with pytest.raises(DiskFull) as full:
        monkeypatch.setattr(os, "fsync", no_space)
        with atomic_write(target) as out:
            out.write(b"isi laporan")
    monkeypatch.undo()
    assert list(target.parent.iterdir()) == []
    said = cause(full.value)
    assert "Errno" not in said and "No space" not in said
    assert said.startswith("Disk penuh saat menulis laporan.xlsx di ")
    assert spoken(said).startswith("The disk became full while writing laporan.xlsx in ")
    assert spoken(said).endswith("No half-written file was left. Free up disk space or choose "
                                 "another place, then try again")  # fmt: skip
    bare = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert spoken(explain(bare)) == (
        "The disk is full. Free up disk space, then try again; the data already saved is intact."
    )


def test_a_path_not_found_and_no_permission_are_said_plainly(tmp_path, english):
    missing = _raised((tmp_path / "tidak-ada" / "x.xlsx").read_bytes)
    assert spoken(cause(missing)) == (
        f"The file or folder cannot be used ({tmp_path / 'tidak-ada' / 'x.xlsx'}): The file or "
        "folder does not exist"
    )
    denied = PermissionError(errno.EACCES, "Permission denied", "D:\\laporan.xlsx")
    assert spoken(explain(denied)) == (
        "The file or folder cannot be used (D:\\laporan.xlsx): There is no permission to access it."
    )


def test_a_file_open_in_another_program_on_windows_is_not_called_a_permission_problem(english):
    # Windows raises a sharing violation (winerror 32) as EACCES, with its own English text.
    busy = PermissionError(errno.EACCES, "The process cannot access the file because it is "
                           "being used by another process", "D:\\rekap.xlsx")  # fmt: skip
    busy.winerror = 32
    assert os_error_text(busy) == (
        "Berkas sedang dibuka program lain (mis. Excel); tutup dulu di sana, lalu ulangi."
    )
    assert spoken(os_error_text(busy)) == (
        "The file is open in another program (e.g. Excel); close it there, then try again."
    )
    assert "being used" not in spoken(explain(busy))


def test_indonesian_stays_as_core_writes_it(qapp):
    from blkdesk.ui import i18n

    assert i18n.install("id")
    exc = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert spoken(explain(exc)) == (
        "Disk penuh. Kosongkan ruang disk, lalu ulangi; data yang sudah tersimpan tetap utuh."
    )


def test_a_damaged_file_is_reported_by_the_database_check_in_words(tmp_path, english):
    path = tmp_path / "rusak.sqlite"
    path.write_bytes(b"ini bukan database SQLite" * 200)
    report = integrity.check_file(path)
    assert [str(p) for p in report.problems] == [
        "berkas rusak: Berkas database rusak. Pulihkan dari cadangan yang baik (Pengaturan › "
        "Cadangan)"
    ]
    assert spoken(report.problems[0]) == (
        "the file is damaged: The database file is damaged. Restore it from a good backup "
        "(Settings › Backup)"
    )


def test_an_unknown_error_keeps_its_text_inside_a_sentence_that_says_what_failed(caplog):
    caplog.set_level(logging.WARNING)
    exc = KeyError("Info")
    said = Sentence("Berkas tidak dapat dibaca (rusak atau terpotong): {error}.", error=cause(exc))
    assert said == "Berkas tidak dapat dibaca (rusak atau terpotong): 'Info'."


def test_a_locked_database_is_not_called_damaged_by_the_check(database, monkeypatch, english):
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a backup or an import still writing
    connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda path, **kw: connect(path, **{**kw, "timeout": 0})
    )
    report = integrity.check_file(database)
    monkeypatch.undo()
    holder.close()
    assert [str(p) for p in report.problems] == [
        "berkas tidak dapat diperiksa: Database sedang dikunci oleh proses lain (mis. impor atau "
        "pencadangan yang masih berjalan). Tunggu sampai selesai, lalu ulangi"
    ]
    assert spoken(report.problems[0]).startswith(
        "the file could not be checked: The database is locked by another process"
    )
