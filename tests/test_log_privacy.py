"""The session-wide scan of logs and crash reports (tests/conftest.py) can find what it looks for,
and the logging itself keeps personal data out."""

import logging

from blkdesk.core import demo
from blkdesk.core.storage import logs
from tests.support.log_scan import leaks, personal_data


def test_the_scan_finds_a_demo_nik_and_name_planted_in_a_log(tmp_path):
    summary = demo.build(str(tmp_path / "demo.sqlite"), trainees=30, seed=3, years=1)
    secrets = personal_data([summary.path])
    nik = next(s for s in secrets if s.isdigit() and len(s) == 16)
    name = next(s for s in secrets if " " in s and not s[0].isdigit())
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "blkdesk.log").write_text(f"x {nik} y\n", encoding="utf-8")
    (tmp_path / "logs" / "laporan-galat-1.txt").write_text(f"nama {name}\n", encoding="utf-8")
    found = leaks(tmp_path)
    assert set(found) == {
        tmp_path / "logs" / "blkdesk.log",
        tmp_path / "logs" / "laporan-galat-1.txt",
    }
    for path in found:  # leave the run's own scan clean
        path.unlink()


def test_a_logged_traceback_is_scrubbed(tmp_path):
    logs.setup_logging()
    nik, name = "3602015708950001", " ".join(("Siti", "Aminah"))
    try:
        raise ValueError(f"UNIQUE constraint failed: ('{nik}', '{name}')")
    except ValueError:
        logging.getLogger("blkdesk.test").exception("impor gagal")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = logs.log_file().read_text(encoding="utf-8")
    assert "impor gagal" in text and "ValueError" in text
    assert nik not in text and "Aminah" not in text


def test_a_file_named_after_a_trainee_is_not_logged_when_it_cannot_be_written(qapp, monkeypatch):
    """A refusal the clerk is told in one sentence (the file's name in it) goes to the log with
    its words masked: clerks name files after trainees."""
    from PySide6.QtWidgets import QMessageBox

    from blkdesk.ui.crash import CrashHandler

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    handler = logs.setup_logging()
    refused = PermissionError(13, "Permission denied", "/home/tu/Sertifikat Siti Aminah.pdf")
    CrashHandler().handle(PermissionError, refused, None)
    handler.flush()
    assert "Sertifikat Siti Aminah.pdf" in told[0]  # the clerk sees which file
    written = logs.log_file().read_text(encoding="utf-8")
    assert "gagal (PermissionError)" in written and "Permission denied" in written
    assert "Aminah" not in written
