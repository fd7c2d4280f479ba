"""The paper daftar hadir and the recap: content, page plan, and the PDF a BLK prints."""

import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtGui import QPageLayout
from sqlalchemy import update

from blkdesk.core.attendance import attendance, attendance_paper
from blkdesk.core.errors import ValidationError
from blkdesk.core.models import Program
from blkdesk.printing import attendance_sheet as sheet_mod
from blkdesk.printing.attendance_sheet import A4, F4, chunk_days, render_blank, render_recap
from tests.support.batches import running_batch

TODAY = date(2025, 3, 31)


def _pdf_text(path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True)  # fmt: skip
    return out.stdout


def test_blank_sheet_lists_participants_masked_and_the_days_in_range(db):
    b = running_batch(db, days=10, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    with db.session() as s:
        sheet = attendance_paper.blank_sheet(s, b.id, date(2025, 3, 3), date(2025, 3, 9))
        later = attendance_paper.blank_sheet(s, b.id, date(2025, 3, 10), date(2025, 3, 14))
        with pytest.raises(ValidationError, match="Tidak ada hari pelatihan"):
            attendance_paper.blank_sheet(s, b.id, date(2025, 3, 8), date(2025, 3, 9))
    assert sheet.days == tuple(b.days[:5])
    assert [r.name for r in sheet.rows][:2] == ["Ahmad Hidayat", "Dewi Lestari"]
    assert all("•" in r.nik and len(r.nik) == 16 for r in sheet.rows)
    rizki = next(r for r in sheet.rows if r.name == "Rizki Saputra")
    assert rizki.closed_from == date(2025, 3, 5)
    assert "Rizki Saputra" not in [r.name for r in later.rows]  # gone before that week
    assert sheet.heading.instructors == ("Rina Marlina, S.Kom.",)
    assert sheet.heading.city == "Lebak"


def test_days_split_at_week_boundaries():
    days = [date(2025, 3, 3) + timedelta(days=i) for i in range(19) if (i % 7) < 5]
    assert [len(c) for c in chunk_days(days, 5)] == [5, 5, 5]
    assert [len(c) for c in chunk_days(days, 11)] == [10, 5]
    assert [len(c) for c in chunk_days(days, 3)] == [3, 2, 3, 2, 3, 2]


def test_orientation_is_the_one_needing_fewer_sheets():
    week = [date(2025, 3, 3) + timedelta(days=i) for i in range(5)]
    fortnight = week + [d + timedelta(days=7) for d in week]
    blank = dict(fixed_width=91, day_width=18, row_height=10, extra_height=20)
    assert not sheet_mod.plan(A4, week, 16, **blank).landscape
    wide = sheet_mod.plan(A4, fortnight, 6, **blank)
    assert wide.landscape and wide.pages == 1
    assert sheet_mod.plan(F4, fortnight, 6, **blank).pages == 1
    layout = sheet_mod.page_layout(F4, landscape=True)
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    size = layout.pageSize().size(layout.pageSize().Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)


def test_blank_daftar_hadir_pdf(qapp, db, tmp_path):
    b = running_batch(db, days=10, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    with db.session() as s:
        sheet = attendance_paper.blank_sheet(s, b.id, b.days[0], b.days[-1])
    path = tmp_path / "daftar-hadir.pdf"
    pages = sheet_mod.write_pdf(path, lambda d: render_blank(d, sheet, A4))
    assert pages == 1  # five people and two weeks fit one landscape page
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    assert "DAFTAR HADIR PESERTA PELATIHAN" in text
    assert "UPTD BLK KABUPATEN LEBAK" in text
    assert "Operator Komputer Muda" in text and "Angkatan 0303/2025" in text
    assert "Siti Nurhasanah" in text and "3602••••••••••" in text
    assert "Senin" in text and "3 Mar 2025" in text and "10 Mar 2025" in text
    assert "Paraf instruktur" in text and "Instruktur," in text and "Lebak, ...." in text
    assert "14 Mar 2025" in text and "Halaman 1 dari 1" in text


def test_recap_pdf_has_totals_and_percentages(qapp, db, admin, tmp_path):
    b = running_batch(db, days=10)
    cells = [(e, d) for e in b.enrollments for d in b.days[:5]]
    attendance.set_marks(db, admin, b.id, cells, "H", today=TODAY)
    for d in b.days[1:4]:
        attendance.set_mark(db, admin, b.id, b.enrollments[2], d, "A", today=TODAY)
    with db.session() as s:
        recap = attendance_paper.recap(s, b.id, TODAY)
    euis = recap.rows[2]
    assert euis.codes[:5] == ("H", "A", "A", "A", "H") and euis.codes[5] == ""
    assert (euis.stats.present, euis.stats.days_held) == (2, 5)
    assert euis.remark == "Di bawah ambang kehadiran"
    path = tmp_path / "rekap.pdf"
    sheet_mod.write_pdf(path, lambda d: render_recap(d, recap, F4))
    text = _pdf_text(path)
    assert "REKAPITULASI DAFTAR HADIR PESERTA" in text
    assert "Euis Rahmawati" in text and "40,0" in text and "20,0" in text
    assert "100,0" in text and "50,0" in text
    assert "Jumlah peserta: 5" in text and "di bawah ambang: 5 orang" not in text


def test_the_recap_writes_its_fractions_with_the_indonesian_comma(qapp, db, admin, tmp_path):
    """The paper is Indonesian: "87,5 %" and an average of "88,0 %", never 87.5 or 88.0."""
    b = running_batch(db, days=10)
    with db.transaction() as s:
        s.execute(update(Program).where(Program.code == "TIK-OPKOM")
                  .values(attendance_threshold=Decimal("87.5")))  # fmt: skip
    cells = [(e, d) for e in b.enrollments for d in b.days[:5]]
    attendance.set_marks(db, admin, b.id, cells, "H", today=TODAY)
    for d in b.days[1:4]:
        attendance.set_mark(db, admin, b.id, b.enrollments[2], d, "A", today=TODAY)
    with db.session() as s:
        recap = attendance_paper.recap(s, b.id, TODAY)
    path = tmp_path / "rekap.pdf"
    sheet_mod.write_pdf(path, lambda d: render_recap(d, recap, F4))
    text = " ".join(_pdf_text(path).split())
    assert "Ambang kehadiran program: 87,5 %" in text
    assert "diisi: 88,0 %" in text
