"""The attacker's and the unlucky clerk's probes as a suite: every hostile file on every import
path, and every bad call, ends in one Indonesian line on stderr, a non-zero exit and unchanged
data (no traceback, nothing half-written)."""

import sqlite3
import zipfile
from pathlib import Path

import pytest

from blkdesk.cli import main
from blkdesk.core.storage.db import Database
from blkdesk.exchange import xlsx_guard
from tests.support.batches import running_batch
from tests.support.hostile_files import HOSTILE
from tests.support.registrant_workbooks import GOOD, workbook

ENGLISH = ("Traceback", "Error", "No such file", "Permission denied", "errno", 'File "')


# The login's own bookkeeping (last login), the audit trail (a rejected sync file is recorded
# on purpose) and BLKDesk's provisional backup key (made by the first backup, before an import)
# may change; every other row must not.
BOOKKEEPING = (
    'INSERT INTO "audit_event"',
    'INSERT INTO "app_user"',
    """INSERT INTO "setting" VALUES('backup_key',""",
    """INSERT INTO "setting" VALUES('backup_recovery_pending',""",
)


def dump(path: Path) -> list[str]:
    """Every row of the database, as SQL: equal dumps = unchanged data."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if not line.startswith(BOOKKEEPING)]
    finally:
        conn.close()


def one_indonesian_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("Gagal: "), err
    assert not any(word in lines[0] for word in ENGLISH), err
    return lines[0]


def _commands(file: Path, batch: str) -> dict[str, list[str]]:
    return {
        "import-trainees": ["import-trainees", str(file), "--consent-recorded"],
        "import-placements": ["import-placements", str(file)],
        "attendance": ["attendance", "import", str(file), "--batch", batch],
        "catalog": ["catalog", "import", str(file)],
        "merge": ["merge", str(file)],
    }


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_every_hostile_file_on_every_import_path(db: Database, tmp_path, capsys, kind):
    batch = running_batch(db)
    target = str(db.path)
    file = HOSTILE[kind](tmp_path / f"{kind}.xlsx")
    before = dump(db.path)
    for path_name, argv in _commands(file, str(batch.id)).items():
        code = main([*argv, "--db", target])
        out, err = capsys.readouterr()
        assert code != 0, (path_name, out, err)
        if path_name == "merge":  # the reason per file on stdout, the verdict on stderr
            assert f"DITOLAK {file.name}" in out, out
        line = one_indonesian_line(err)
        assert "Traceback" not in out, out
        assert dump(db.path) == before, (path_name, line)


def test_the_zip_bomb_message_names_the_limit(db, tmp_path, capsys):
    file = HOSTILE["zip-bomb"](tmp_path / "bom.xlsx")
    assert main(["import-placements", str(file), "--db", str(db.path)]) == 1
    line = one_indonesian_line(capsys.readouterr().err)
    assert "maksimal 100 kali" in line


def test_a_file_over_the_size_limit_names_the_limit(db, tmp_path, capsys, monkeypatch):
    from blkdesk.exchange import xlsx_guard

    monkeypatch.setattr(xlsx_guard, "MAX_FILE_BYTES", 2_000)
    file = HOSTILE["zip-bomb"](tmp_path / "besar.xlsx")
    assert main(["catalog", "import", str(file), "--db", str(db.path)]) == 1
    line = one_indonesian_line(capsys.readouterr().err)
    assert "maksimal 0,0 MB" in line or "maksimal" in line


def test_sizes_in_a_refusal_are_written_per_language(tmp_path, english):
    """A size keeps its decimal the clerk's way: "1,100.5 MB" in English, "1.100,5 MB" for the
    CLI (not "1.100,5 MB" in an English sentence)."""
    file = tmp_path / "besar.xlsx"
    with file.open("wb") as handle:  # sparse: the size is all the guard reads first
        handle.truncate(int(1100.5 * 1024 * 1024))
    with pytest.raises(xlsx_guard.RefusedFile) as refused:
        xlsx_guard.check_xlsx(file, max_bytes=int(2.5 * 1024 * 1024))
    assert str(refused.value) == (
        "Berkas terlalu besar (1.100,5 MB); maksimal 2,5 MB. Pisahkan menjadi beberapa berkas."
    )
    assert refused.value.message == (
        "The file is too large (1,100.5 MB); the maximum is 2.5 MB. Split it into several files."
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "monthly", "--month", "2025-05", "--out", "{missing}/laporan.xlsx"],
        ["export", "sync", "--out", "{missing}/sync.xlsx"],
        ["catalog", "export", "{missing}/katalog.xlsx"],
        ["export", "monthly", "--month", "2025-05", "--out", "{tmp}"],
    ],
)
def test_writing_into_a_missing_folder_is_one_line(db, tmp_path, capsys, argv):
    before = dump(db.path)
    filled = [a.format(missing=tmp_path / "tidak-ada", tmp=tmp_path) for a in argv]
    assert main([*filled, "--db", str(db.path)]) == 1
    line = one_indonesian_line(capsys.readouterr().err)
    assert "folder" in line.lower()
    assert not (tmp_path / "tidak-ada").exists()
    assert dump(db.path) == before


def test_permission_denied_and_a_full_disk_are_explained_in_indonesian():
    import errno

    from blkdesk.core.failures import explain

    denied = explain(PermissionError(errno.EACCES, "Permission denied", "/data/x.xlsx"))
    assert denied is not None and "izin" in denied and "Permission" not in denied
    full = explain(OSError(errno.ENOSPC, "No space left on device"))
    assert full is not None and full.startswith("Disk penuh")
    assert explain(ValueError("bug")) is None


def test_a_database_locked_by_another_import_is_one_line(db, tmp_path, capsys):
    file = workbook(tmp_path / "daftar.xlsx", GOOD[:1])
    before = dump(db.path)
    holder = sqlite3.connect(db.path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = main(["import-trainees", str(file), "--consent-recorded", "--db", str(db.path)])
    finally:
        holder.rollback()
        holder.close()
    out, err = capsys.readouterr()
    assert code == 1, out
    assert "dikunci" in one_indonesian_line(err)
    assert dump(db.path) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "monthly", "--month", "2025-13", "--out", "{tmp}/l.xlsx"],
        ["attendance", "export", "--batch", "999", "--out", "{tmp}/h.xlsx"],
        ["attendance", "import", "{tmp}/tidak-ada.xlsx", "--batch", "1"],
        ["import-trainees", "{tmp}/tidak-ada.xlsx", "--consent-recorded"],
        ["import-placements", "{tmp}/tidak-ada.xlsx"],
        ["catalog", "import", "{tmp}/tidak-ada.xlsx"],
        ["merge", "{tmp}/tidak-ada.xlsx"],
        ["certificates", "--batch", "999", "--out", "{tmp}/s.pdf"],
        ["restore", "{tmp}/tidak-ada.blkbak"],
        ["restore", "{tmp}/bukan.blkbak"],
        ["import-trainees", "{tmp}", "--consent-recorded"],
    ],
)
def test_every_bad_call_is_one_indonesian_line(db: Database, tmp_path, capsys, argv):
    (tmp_path / "bukan.blkbak").write_text("bukan cadangan")
    before = dump(db.path)
    filled = [a.format(tmp=tmp_path) for a in argv]
    code = main([*filled, "--db", str(db.path)])
    out, err = capsys.readouterr()
    assert code != 0, out
    one_indonesian_line(err)
    assert "Traceback" not in out
    assert dump(db.path) == before


def test_a_workbook_of_too_many_parts_is_refused_with_counts_grouped_per_language(
    tmp_path, english
):
    """The counts in a refusal are the clerk's numbers: "5,000" in English, "5.000" for the CLI."""
    file = tmp_path / "banyak.xlsx"
    with zipfile.ZipFile(file, "w") as archive:
        for i in range(xlsx_guard.MAX_PARTS + 1):
            archive.writestr(f"xl/part{i}.xml", "")
    with pytest.raises(xlsx_guard.RefusedFile) as refused:
        xlsx_guard.check_xlsx(file)
    assert str(refused.value) == (
        "Berkas .xlsx ini berisi 5.001 bagian; maksimal 5.000. Tidak diimpor."
    )
    assert refused.value.message == (
        "This .xlsx file has 5,001 parts; the maximum is 5,000. Nothing was imported."
    )
