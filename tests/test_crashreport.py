"""Error reports keep what a developer needs and none of the trainees' personal data."""

import logging
import string
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from blkdesk.core.demo import names
from blkdesk.core.storage import crashreport
from blkdesk.core.storage.logs import BACKUPS, MAX_BYTES, log_file, setup_logging
from blkdesk.core.storage.paths import log_dir


def _raise_with(message: str) -> BaseException:
    def save_trainee(record: str) -> None:
        raise ValueError(record)

    try:
        save_trainee(message)
    except ValueError as exc:
        return exc
    raise AssertionError


def _report(exc: BaseException) -> str:
    return crashreport.build_report(type(exc), exc, exc.__traceback__, {"Qt": "6.9"})


def test_report_keeps_the_code_path_and_versions():
    try:
        trainee = None
        trainee.name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        report = _report(exc)
    assert "AttributeError: 'NoneType' object has no attribute 'name'" in report
    assert "  test_crashreport.py:" in report and "trainee.name" in report
    assert "BLKDesk: " in report and "Qt: 6.9" in report


def test_sqlalchemy_parameters_and_quoted_values_are_masked():
    exc = _raise_with(
        "(sqlite3.IntegrityError) UNIQUE constraint failed: trainee.inst_code, trainee.nik\n"
        "[SQL: INSERT INTO trainee (nik, name) VALUES (?, ?)]\n"
        "[parameters: ('3602015708950001', 'Siti Aminah')]"
    )
    report = _report(exc)
    assert "UNIQUE constraint failed" in report
    assert "3602015708950001" not in report and "Siti" not in report and "Aminah" not in report


def test_chained_errors_are_all_reported():
    address = "budi@example.com"  # data, not code: this line is not part of the traceback
    try:
        try:
            {}["kunci"]
        except KeyError as inner:
            raise RuntimeError(f"penyimpanan gagal untuk {address}") from inner
    except RuntimeError as exc:
        report = _report(exc)
    assert report.index("KeyError") < report.index("RuntimeError")
    assert "budi" not in report and "example" not in report


PERSONAL_WORDS = st.one_of(
    st.sampled_from(
        [
            n
            for n in names.MALE
            + names.FEMALE
            + names.MIDDLE
            + names.FAMILY_MALE
            + names.FAMILY_FEMALE
            if n
        ]
    ),
    st.text(string.digits, min_size=4, max_size=16),
    st.builds(lambda a, b: f"{a}@{b}.id", st.sampled_from(names.MALE), st.just("mail")),
)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(PERSONAL_WORDS, min_size=1, max_size=5),
    glue=st.sampled_from([" ", ", ", "'", " untuk ", ": "]),
)
def test_no_personal_word_survives(words, glue):
    report = _report(_raise_with(glue.join(words)))
    body = report.split("ValueError: ", 1)[1].split("\n", 1)[0]
    for word in words:
        assert word not in body


def test_reports_never_overwrite_each_other(tmp_path: Path):
    now = datetime(2026, 11, 27, 10, 0, 0)
    first = crashreport.save_report("a", tmp_path, now)
    second = crashreport.save_report("b", tmp_path, now)
    assert first != second and first.read_text() == "a" and second.read_text() == "b"


def test_log_goes_to_a_rotating_file_in_the_data_folder():
    handler = setup_logging()
    try:
        assert setup_logging() is handler  # once per file
        assert log_file().parent == log_dir()
        line = "x" * 1000
        for _ in range(MAX_BYTES // 1000 + 5):
            logging.getLogger("blkdesk.test").info(line)
        handler.flush()
        assert log_file().exists() and log_file().with_name("blkdesk.log.1").exists()
        assert log_file().stat().st_size <= MAX_BYTES
        assert handler.backupCount == BACKUPS
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
