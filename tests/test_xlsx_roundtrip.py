"""Every kind of workbook BLKDesk writes, opened in LibreOffice and saved unchanged, still holds
exactly the text it was given: `_xe_` and its kin are not decoded into control characters (the
short forms LibreOffice decodes, which XlsxWriter itself leaves alone), in the shared-string
table of ordinary workbooks as in the inline text of the constant-memory sync file."""

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from blkdesk.core.access.disclosures import Disclosure, DisclosureReport, Subject
from blkdesk.core.attendance import attendance
from blkdesk.core.models import Batch, Program
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement.follow_up import FollowUpRow
from blkdesk.exchange import catalog_xlsx, disclosures_xlsx, monthly_workbook, trainee_import
from blkdesk.exchange.attendance_xlsx import export_xlsx
from blkdesk.exchange.placement_survey import write_survey
from blkdesk.exchange.sync_export import export_sync
from tests.support.exchange_data import MONTH, build, new_blk

ADMIN = Actor("admin", Role.ADMIN)
# `_xe_` is what LibreOffice turned into U+000E in a certificate's signature; the others are a
# four-digit escape, an upper-case X, and eight digits.
PLANTED = "Siti _xe_ Aminah _x0041_ _X1F_ _x0000004B_"


def _texts(path: Path) -> set[str]:
    book = CalamineWorkbook.from_path(str(path))
    return {
        cell
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for cell in row
        if isinstance(cell, str)
    }


@pytest.fixture
def workbooks(tmp_path):
    """One workbook of each kind, each with PLANTED in a text cell."""
    db = new_blk(tmp_path, "PDG")
    build(db, names={0: PLANTED, 7: PLANTED})
    with db.transaction() as s:
        s.scalar(select(Program).order_by(Program.id).limit(1)).name = PLANTED
    out = tmp_path / "asli"
    out.mkdir()
    made = {}
    made["laporan-bulanan"] = monthly_workbook.export_monthly(
        db, ADMIN, MONTH, out / "laporan-bulanan.xlsx"
    ).path
    with db.session() as s:
        batch_id = s.scalar(select(Batch.id).order_by(Batch.id).limit(1))
        export_xlsx(attendance.load_grid(s, batch_id, date(2025, 6, 30)), out / "hadir.xlsx")
        catalog_xlsx.export_catalog(s, out / "katalog.xlsx")
    made["hadir"] = out / "hadir.xlsx"
    made["katalog"] = out / "katalog.xlsx"
    made["sinkronisasi"] = export_sync(db, ADMIN, out / "sinkronisasi.xlsx", full=True).path
    db.dispose()
    row = FollowUpRow(1, 1, PLANTED, "3601014501990001", "P", "+6281200000000", "Las",
                      "Juru Las", "Angkatan 1", date(2025, 3, 28), 3, None)  # fmt: skip
    write_survey(out / "survei.xlsx", [row])
    made["survei"] = out / "survei.xlsx"
    failed = trainee_import.ImportResult(
        total=1, headers=("NIK", "Nama"),
        failed=[trainee_import.FailedRow(2, "NIK tidak sah", ("123", PLANTED))],
    )  # fmt: skip
    made["gagal"] = trainee_import.write_failed_rows(failed, out / "gagal.xlsx")
    subject = Subject("u-1", PLANTED, "3601••••••••••01")
    report = DisclosureReport(
        date(2025, 5, 1), date(2025, 5, 31), datetime(2025, 6, 1, 8), "admin",
        [Disclosure(datetime(2025, 5, 2, 9), "admin", "melihat data peserta", subject, PLANTED)],
    )  # fmt: skip
    disclosures_xlsx.write_xlsx(report, out / "pengungkapan.xlsx")
    made["pengungkapan"] = out / "pengungkapan.xlsx"
    return made


def test_every_workbook_kind_survives_a_libreoffice_resave_with_its_text_exact(workbooks, tmp_path):
    for kind, path in workbooks.items():
        assert PLANTED in _texts(path), kind
    resaved = tmp_path / "libreoffice"
    proc = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "xlsx", "--outdir", str(resaved), *map(str, workbooks.values())],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    for kind, path in workbooks.items():
        copy = resaved / path.name
        assert copy.read_bytes() != path.read_bytes(), kind  # really written by LibreOffice
        texts = _texts(copy)
        assert PLANTED in texts, kind
        decoded = [t for t in texts if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in t)]
        assert decoded == [], kind
        # Nothing else it holds as text changed either.
        assert _texts(path) <= texts, (kind, sorted(_texts(path) - texts)[:5])
