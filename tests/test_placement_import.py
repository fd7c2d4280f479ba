"""Importing placement survey results from Excel: good rows, bad rows, one transaction."""

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from blkdesk.cli import main
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import AuditEvent, Placement
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement import follow_up
from blkdesk.core.storage import database_backup
from blkdesk.exchange.placement_import import import_placements, parse_date
from blkdesk.exchange.placement_survey import write_survey
from tests.support import graduates as g

TODAY = date(2026, 3, 2)
HEADER = ["No", "NIK", "Nama", "Status", "Perusahaan/usaha", "Negara tujuan", "Tanggal survei",
          "Sumber"]  # fmt: skip


@pytest.fixture
def people(db):
    with db.transaction() as s:
        grads = g.graduates(s, date(2025, 11, 28), ["Asep Saepul", "Dede Rohman", "Euis Lestari"])
        b = g.batch(s, date(2025, 11, 28), "TIK")
        dropout = g.enroll(s, b, g.trainee(s, "Fajar Tidak Lulus"), outcome="tidak_lulus")
        return [(e.trainee.nik, e.trainee.name) for e in grads] + [
            (dropout.trainee.nik, dropout.trainee.name)
        ]


def _write(path, rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append(["Hasil survei alumni 2026"])  # a title row above the header is common
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _count(db):
    with db.session() as s:
        return s.scalar(select(func.count(Placement.id)))


def test_good_and_bad_rows_nothing_written_until_fixed(db, admin, people, tmp_path):
    (asep, _), (dede, _), (euis, _), (fajar, _) = people
    rows = [
        [1, asep, "Asep Saepul", "Bekerja di perusahaan", "PT Krakatau Steel", None,
         "27/02/2026", "Telepon"],
        [2, int(dede), "Dede Rohman", "Wirausaha", "Bengkel", None, "27/02/2026", None],
        [3, euis, "Euis Lestari", "PMI (pekerja migran)", "", "", datetime(2026, 2, 20),
         "kuesioner"],
        [4, fajar, "Fajar", "belum bekerja", None, None, "2026-02-20", None],
        [5, "3602011705000999", "Siapa", "Menganggur", None, None, "20 Februari 2026", "surat"],
        [6, asep, "Budi Lain", "Kerja", None, None, "31/02/2026", None],
    ]  # fmt: skip
    path = _write(tmp_path / "survei.xlsx", rows)
    report = import_placements(db, admin, path, today=TODAY)
    assert (report.rows, report.valid, report.imported) == (6, 1, 0)
    assert _count(db) == 0
    by_row = {}
    for error in report.errors:
        by_row.setdefault(error.row, []).append((error.column, error.message))
    assert "angka" in by_row[4][0][1] and by_row[4][0][0] == "NIK"
    assert by_row[5] == [("Negara tujuan", "Negara tujuan wajib diisi untuk PMI.")]
    assert "belum tercatat lulus" in by_row[6][0][1]
    assert by_row[7] == [("Sumber", "Sumber harus telepon, kuesioner, kunjungan atau "
                                    "laporan perusahaan.")]  # fmt: skip
    assert {c for c, _ in by_row[8]} == {"Status", "Tanggal survei"}
    assert str(report.errors[0]).startswith("Baris 4, NIK: ")

    partial = import_placements(db, admin, path, today=TODAY, skip_invalid=True)
    assert partial.imported == 1 and _count(db) == 1

    rows[1][1] = dede
    rows[2][5] = "Taiwan"
    del rows[3:]
    fixed = import_placements(db, admin, _write(tmp_path / "fixed.xlsx", rows), today=TODAY)
    assert fixed.errors == []
    assert (fixed.imported, fixed.duplicates) == (2, 1)  # Asep's row came in with the partial
    with db.session() as s:
        got = dict(s.execute(select(Placement.outcome, Placement.source)).all())
        assert got == {"bekerja_perusahaan": "telepon", "wirausaha": "kuesioner",
                       "pmi": "kuesioner"}  # fmt: skip
        pmi = s.scalar(select(Placement).where(Placement.outcome == "pmi"))
        assert (pmi.destination_country, pmi.recorded_on) == ("Taiwan", date(2026, 2, 20))
        audits = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "import")))
        assert len(audits) == 2 and "fixed.xlsx" in audits[1].changes
    assert {b.reason for b in database_backup.backups_of(db)} == {"impor"}


def test_check_only_writes_nothing_and_viewer_may_not_import(db, admin, people, tmp_path):
    path = _write(tmp_path / "a.xlsx", [[1, people[0][0], "", "Wirausaha", "", "", None, ""]])
    report = import_placements(db, admin, path, today=TODAY, check_only=True)
    assert (report.valid, report.imported, _count(db)) == (1, 0, 0)
    with pytest.raises(PermissionDenied):
        import_placements(db, Actor("v", Role.VIEWER), path, today=TODAY)


def test_a_file_without_the_columns_or_not_excel_is_refused(db, admin, tmp_path):
    path = _write(tmp_path / "b.xlsx", [], header=["Nama", "Alamat"])
    with pytest.raises(ValidationError, match="Kolom NIK dan Status tidak ditemukan"):
        import_placements(db, admin, path, today=TODAY)
    bogus = tmp_path / "c.xlsx"
    bogus.write_text("bukan excel")
    with pytest.raises(ValidationError, match="bukan berkas Excel"):
        import_placements(db, admin, bogus, today=TODAY)


def test_the_survey_sheet_round_trips(db, admin, people, tmp_path):
    today = follow_up.add_months(date(2025, 11, 28), 3)
    with db.session() as s:
        due = follow_up.follow_up_list(s, today)
    assert len(due) == 3
    path = tmp_path / "survei.xlsx"
    assert write_survey(path, due) == 3
    book = load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert isinstance(sheet.cell(2, 1).value, str) and len(sheet.cell(2, 1).value) == 16
    status = header.index("Status") + 1
    for r in range(2, 5):
        sheet.cell(r, status).value = "Belum bekerja"
    book.save(path)
    report = import_placements(db, admin, path, today=today)
    assert (report.errors, report.imported) == ([], 3)
    with db.session() as s:
        assert follow_up.follow_up_list(s, today) == []
        assert set(s.scalars(select(Placement.recorded_on))) == {today}


def test_cli_imports_and_reports_bad_rows(db, people, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("blkdesk.core.clock.today", lambda: TODAY)
    good = _write(tmp_path / "ok.xlsx", [[1, people[0][0], "", "Wirausaha", "", "", "", ""]])
    bad = _write(tmp_path / "bad.xlsx", [[1, "123", "", "Wirausaha", "", "", "", ""]])
    assert main(["import-placements", str(bad), "--db", db.url, "--user", "admin"]) == 1
    err = capsys.readouterr().err
    assert "Baris 3, NIK: NIK harus 16 angka." in err
    assert err.strip().splitlines()[-1].startswith("Gagal:")
    assert main(["import-placements", str(good), "--db", db.url]) == 0
    assert "1 penempatan dicatat" in capsys.readouterr().out
    assert _count(db) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/08/2025", date(2025, 8, 17)),
        ("2025-08-17", date(2025, 8, 17)),
        ("17 Agustus 2025", date(2025, 8, 17)),
        ("", None),
        (datetime(2025, 8, 17, 9), date(2025, 8, 17)),
    ],
)
def test_dates_as_clerks_write_them(text, expected):
    assert parse_date(text) == expected
