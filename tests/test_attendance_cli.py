"""`blkdesk attendance …` drives the same services headless."""

# `qapp` first: the PDF commands make a QGuiApplication when none exists, and the widget tests
# that run later in the same process need a full QApplication.
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from blkdesk.cli import main
from blkdesk.core.models import AttendanceMark, AuditEvent
from blkdesk.exchange.attendance_xlsx import HEADER_ROW
from tests.support.batches import running_batch


@pytest.fixture
def db_url(any_db_url: str) -> str:
    """Every command here runs on SQLite and on PostgreSQL."""
    return any_db_url


def test_export_import_sheet_and_recap(qapp, db, db_url, tmp_path, capsys):
    b = running_batch(db, days=5, status="selesai")
    target = db_url.removeprefix("sqlite:///")
    xlsx = tmp_path / "hadir.xlsx"
    assert main(["attendance", "export", "--batch", str(b.id), "--out", str(xlsx),
                 "--db", target]) == 0  # fmt: skip
    book = load_workbook(xlsx)
    book["Presensi"].cell(row=HEADER_ROW + 2, column=5, value="S")
    book.save(xlsx)
    assert main(["attendance", "import", str(xlsx), "--batch", str(b.id), "--db", target,
                 "--user", "admin"]) == 0  # fmt: skip
    assert "1 isian berubah" in capsys.readouterr().out
    with db.session() as s:
        mark = s.scalar(select(AttendanceMark))
        assert (mark.enrollment_id, mark.day, mark.code) == (b.enrollments[0], b.days[0], "S")
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "import"))
        assert event.user_name == "admin"
    sheet = tmp_path / "kosong.pdf"
    assert main(["attendance", "sheet", "--batch", str(b.id), "--from", "2025-03-03",
                 "--to", "2025-03-07", "--paper", "F4", "--out", str(sheet),
                 "--db", target]) == 0  # fmt: skip
    assert sheet.read_bytes().startswith(b"%PDF")
    recap = tmp_path / "rekap.pdf"
    assert main(["attendance", "recap", "--batch", str(b.id), "--out", str(recap),
                 "--db", target]) == 0  # fmt: skip
    assert recap.read_bytes().startswith(b"%PDF")


def test_refusals_exit_1_with_the_reason(qapp, db, db_url, tmp_path, capsys):
    one = running_batch(db, days=5)
    other = running_batch(db, days=5, start=date(2025, 4, 14))
    target = db_url.removeprefix("sqlite:///")
    xlsx = tmp_path / "lain.xlsx"
    assert main(["attendance", "export", "--batch", str(other.id), "--out", str(xlsx),
                 "--db", target]) == 0  # fmt: skip
    assert main(["attendance", "import", str(xlsx), "--batch", str(one.id),
                 "--db", target]) == 1  # fmt: skip
    assert "untuk angkatan lain" in capsys.readouterr().err
    assert main(["attendance", "sheet", "--batch", str(one.id), "--from", "2025-03-08",
                 "--to", "2025-03-09", "--out", str(tmp_path / "x.pdf"),
                 "--db", target]) == 1  # fmt: skip
    assert "Tidak ada hari pelatihan" in capsys.readouterr().err
    assert main(["attendance", "export", "--batch", "999", "--out", str(xlsx),
                 "--db", target]) == 1  # fmt: skip
    assert "tidak ditemukan" in capsys.readouterr().err
