"""No half-written file with personal data survives: a write killed midway leaves its temporary
file beside the target (an export, a PDF, in whatever folder the clerk chose), and the next start
removes it, logged; a write still running in another BLKDesk is left alone."""

import logging
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QPainter

from blkdesk.cli import main
from blkdesk.core.storage import safefile
from blkdesk.printing.attendance_sheet import write_pdf

SECRET = b"Siti Aminah 3602015708950001 +6281234567890"


def test_a_write_killed_midway_is_removed_at_the_next_start(db, tmp_path, caplog):
    folder = tmp_path / "Dokumen"
    folder.mkdir()
    target = folder / "daftar hadir.xlsx"
    child = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from blkdesk.core.storage.safefile import atomic_write
        with atomic_write(Path({str(target)!r})) as out:
            out.write({SECRET!r})
            out.flush()
            os.kill(os.getpid(), signal.SIGKILL)
    """)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", child], env=os.environ.copy(), check=False)
    assert done.returncode == -signal.SIGKILL
    (left,) = folder.iterdir()  # the partial file, with the names in it
    assert left.name.startswith(".daftar hadir.xlsx.") and SECRET in left.read_bytes()
    with caplog.at_level(logging.WARNING):
        assert main(["check", "--db", str(db.path)]) == 0  # any start of BLKDesk
    assert list(folder.iterdir()) == []
    assert "1 berkas sementara sisa penulisan yang terhenti dihapus" in caplog.text
    assert "daftar hadir" not in caplog.text  # a file may be named after a trainee
    assert list(safefile._markers().glob("*")) == []


def test_a_write_in_progress_is_left_alone(tmp_path):
    target = tmp_path / "ekspor.xlsx"
    with safefile.atomic_write(target) as out:
        out.write(SECRET)
        assert safefile.clean_abandoned() == []  # another BLKDesk starting meanwhile
    assert target.read_bytes() == SECRET
    assert list(safefile._markers().glob("*")) == []


def one_page(device) -> int:
    painter = QPainter(device)
    painter.drawText(100, 100, "Siti Aminah")
    painter.end()
    return 1


def test_a_pdf_that_fails_midway_leaves_nothing_at_its_name(qapp, tmp_path):
    folder = tmp_path / "Dokumen"
    folder.mkdir()
    target = folder / "Daftar hadir.pdf"

    def broken(device):
        raise RuntimeError("printer driver crashed")

    with pytest.raises(RuntimeError):
        write_pdf(target, broken)
    assert list(folder.iterdir()) == []
    assert write_pdf(target, one_page) == 1
    assert target.read_bytes().startswith(b"%PDF") and list(folder.iterdir()) == [target]
