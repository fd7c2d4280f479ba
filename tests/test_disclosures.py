"""UU PDP Art. 46: the report of who viewed, exported or printed whose personal data in a period,
from the audit trail, in the GUI (Pengaturan › Data pribadi) and the CLI."""

import subprocess
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from blkdesk.cli import main
from blkdesk.core.access import disclosures, privacy
from blkdesk.core.certification import certificates
from blkdesk.core.clock import today
from blkdesk.core.errors import PermissionDenied
from blkdesk.core.models import AuditEvent
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import trainees
from blkdesk.exchange import disclosures_xlsx
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.settings.privacy_tab import PrivacyTab
from blkdesk.ui.screens.trainees.detail import TraineeDetail
from tests.support.batches import assessed_batch
from tests.support.registrants import siti
from tests.support.windows import context_of

OPERATOR = Actor("operator", Role.OPERATOR)


def ctx_for(db) -> AppContext:
    return context_of(db)


def rows(path, sheet):
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book[sheet].iter_rows(values_only=True)]
    finally:
        book.close()


@pytest.fixture
def activity(qtbot, db, admin, tmp_path):
    """A clerk's week: a record opened, an access report, certificates printed, exports."""
    with db.transaction() as s:
        person = trainees.register(s, admin, siti())
    detail = TraineeDetail(ctx_for(db), person.id)  # opening the record is a disclosure
    qtbot.addWidget(detail)
    with db.transaction() as s:
        privacy.subject_report(s, admin, person.uuid)
    built = assessed_batch(db, participants=2)
    certificates.issue_for_batch(db, admin, built.id)
    with db.transaction() as s:
        ids = certificates.printable_ids(s, built.id)
        certificates.record_prints(s, OPERATOR, ids)
    month = today().strftime("%Y-%m")
    assert main(["export", "monthly", "--month", month, "--out", str(tmp_path / "b.xlsx"),
                 "--db", str(db.path)]) == 0  # fmt: skip
    assert main(["attendance", "export", "--batch", str(built.id),
                 "--out", str(tmp_path / "hadir.xlsx"), "--db", str(db.path)]) == 0  # fmt: skip
    return person, len(ids)


def test_the_report_names_who_saw_whose_data(db, admin, activity, tmp_path):
    person, prints = activity
    with db.transaction() as s:
        report = disclosures.build(s, admin, today() - timedelta(days=1), today())
    whats = [e.what for e in report.events]
    assert whats.count("melihat data peserta") == 1
    assert whats.count("membuat laporan data pribadi (UU PDP Pasal 32)") == 1
    assert whats.count("mencetak sertifikat") == prints
    assert "mengekspor laporan bulanan" in whats and "mengekspor/menyimpan daftar hadir" in whats
    seen = {s.name for s in report.subjects}
    assert "Siti Aminah" in seen and len(seen) >= 3  # Siti and the batch's two graduates
    assert {e.user_name for e in report.events} == {"admin", "operator"}
    assert all(e.subject is None for e in report.bulk) and len(report.bulk) == 2
    target = tmp_path / "pengungkapan.xlsx"
    disclosures_xlsx.write_xlsx(report, target)
    detail = rows(target, "Rincian")
    assert detail[0][:3] == ("Waktu", "Pengguna", "Tindakan")
    assert any(r[3] == "Siti Aminah" and r[4] == "3602••••••••••01" for r in detail[1:])
    people = rows(target, "Subjek data")
    assert ("Siti Aminah", "3602••••••••••01", 2, "admin") in people
    assert person.nik not in target.read_bytes().decode("latin-1")
    # LibreOffice opens it (the notice goes to people with all kinds of office software).
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-prof",
                    "--convert-to", "csv", "--outdir", str(out), str(target)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    assert "Laporan pengungkapan data pribadi" in (out / "pengungkapan.csv").read_text("cp1252")


def test_outside_the_period_nothing_and_only_auditors_may_ask(db, admin, activity):
    with db.transaction() as s:
        old = disclosures.build(s, admin, date(2020, 1, 1), date(2020, 12, 31))
        assert old.events == []
        with pytest.raises(PermissionDenied):
            disclosures.build(s, OPERATOR, today(), today())
    with db.transaction() as s:
        again = disclosures.build(s, admin, today(), today())
    # Making the report is itself a disclosure, listed next time.
    assert "membuat laporan pengungkapan ini" in [e.what for e in again.events]


def test_cli_privacy_report(db, admin, activity, tmp_path, capsys, monkeypatch):
    target = tmp_path / "laporan.xlsx"
    day = today().isoformat()
    argv = ["privacy-report", "--from", day, "--to", day, "--out", str(target), "--db",
            str(db.path)]  # fmt: skip
    assert main(argv) == 0
    assert "peristiwa pengungkapan" in capsys.readouterr().out and target.exists()
    with db.transaction() as s:
        from blkdesk.core.access import auth

        user = auth.create_user(s, admin, "petugas", "Petugas", "operator", "Sandi1234")
        user.must_change_password = False
    monkeypatch.setenv("BLKDESK_USER", "petugas")
    monkeypatch.setenv("BLKDESK_PASSWORD", "Sandi1234")
    assert main(argv) == 1
    assert "tidak berhak melihat jejak audit" in capsys.readouterr().err
    backwards = ["privacy-report", "--from", day, "--to", "2020-01-01", "--out", str(target),
                 "--db", str(db.path)]  # fmt: skip
    monkeypatch.setenv("BLKDESK_USER", "admin")
    from tests.support.institution import ADMIN_PASSWORD

    monkeypatch.setenv("BLKDESK_PASSWORD", ADMIN_PASSWORD)
    assert main(backwards) == 1
    assert "sebelum tanggal awal" in capsys.readouterr().err


def test_gui_privacy_tab_saves_the_report(qtbot, db, admin, activity, tmp_path, monkeypatch):
    tab = PrivacyTab(ctx_for(db))
    qtbot.addWidget(tab)
    target = tmp_path / "gui.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    tab.disclosure_button.click()
    assert target.exists() and "peristiwa" in said[0]
    assert any(r[3] == "Siti Aminah" for r in rows(target, "Rincian")[1:])
    with db.session() as s:
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.entity == "breach_report"))
