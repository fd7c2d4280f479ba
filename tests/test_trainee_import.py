"""Importing a registrant list: good rows in, bad rows reported, hostile files refused."""

import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from blkdesk.cli import main
from blkdesk.core.errors import ValidationError
from blkdesk.core.models import AuditEvent, Trainee
from blkdesk.exchange import trainee_import, xlsx_guard
from blkdesk.exchange.xlsx_guard import RefusedFile
from tests.support.registrant_workbooks import BAD, GOOD, nik, workbook


def run(db, admin, path, **kw):
    return trainee_import.import_trainees(db, admin, path, consent_recorded=True, **kw)


def test_good_rows_are_imported_and_each_bad_row_says_where_and_why(db, admin, tmp_path):
    path = workbook(tmp_path / "pendaftar.xlsx", GOOD + BAD)
    result = run(db, admin, path)
    assert (result.total, result.imported, result.updated) == (9, 3, 0)
    reasons = {f.row: f.reason for f in result.failed}
    # The title line is row 1 and the header row 2, so the first person is on row 3.
    assert sorted(reasons) == [6, 7, 8, 9, 10, 11]
    assert "Jenis kelamin" in reasons[6] and "tidak cocok dengan NIK" in reasons[6]
    assert "16 angka" in reasons[7]
    assert reasons[8] == "NIK sama dengan baris 3 di berkas ini."
    assert "15 digit" in reasons[9]
    assert "kemarin" in reasons[10]
    assert "Nama lengkap wajib" in reasons[11] and "'Kab. Antah' tidak dikenal" in reasons[11]
    assert result.ignored_headers == ["No", "Kolom Lain"]
    assert any("15 digit" in w for row, w in result.warnings if row == 5)
    with db.session() as s:
        people = {t.name: t for t in s.scalars(select(Trainee))}
    assert set(people) == {"Siti Aminah", "Budi Santoso", "Dewi Lestari"}
    siti = people["Siti Aminah"]
    assert (siti.phone, siti.education, siti.rt, siti.rw) == (
        "+6281234567890", "SLTA/SEDERAJAT", "001", "002",
    )  # fmt: skip
    assert siti.consent_by == "admin" and siti.consent_at is not None
    assert people["Dewi Lestari"].birth_date == date(1999, 3, 4)
    assert people["Budi Santoso"].education == "DIPLOMA IV/STRATA I"

    failed = trainee_import.write_failed_rows(result, tmp_path / "gagal.xlsx")
    sheet = load_workbook(failed).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Baris asal", "Kesalahan")
    assert [r[-2] for r in rows[1:]] == [6, 7, 8, 9, 10, 11]
    assert rows[4][2] == "3602010203990010" and sheet.cell(5, 3).data_type == "s"
    assert rows[6][9] == "@SUM(1)" and sheet.cell(7, 10).data_type == "s"


def test_the_same_file_twice_adds_nothing(db, admin, tmp_path):
    path = workbook(tmp_path / "pendaftar.xlsx", GOOD)
    run(db, admin, path)
    again = run(db, admin, path)
    assert (again.imported, again.updated, again.unchanged, again.failed) == (0, 0, 3, [])
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 3


def test_an_existing_nik_is_updated_with_the_filled_cells_only(db, admin, tmp_path):
    run(db, admin, workbook(tmp_path / "a.xlsx", GOOD))
    changed = [["1", "Siti Aminah", GOOD[0][2], "", "", "0813 0000 1111", "", "", "", ""]]
    result = run(db, admin, workbook(tmp_path / "b.xlsx", changed))
    assert (result.imported, result.updated) == (0, 1)
    with db.session() as s:
        siti = s.scalar(select(Trainee).where(Trainee.nik == GOOD[0][2]))
        assert (siti.phone, siti.education, siti.rt) == ("+6281300001111", "SLTA/SEDERAJAT", "001")
        event = s.scalar(
            select(AuditEvent).where(AuditEvent.action == "update", AuditEvent.entity == "trainee")
        )
        assert '"phone": ["+6281234567890", "+6281300001111"]' in event.changes


def test_probable_duplicates_are_imported_with_a_warning(db, admin, tmp_path):
    run(db, admin, workbook(tmp_path / "a.xlsx", GOOD[:1]))
    twin = [["1", "Siti Aminah", nik(date(1995, 8, 17), "P", 77, "3604"), "P", "", "", "", "",
             "", ""]]  # fmt: skip
    result = run(db, admin, workbook(tmp_path / "b.xlsx", twin))
    assert result.imported == 1
    assert result.warnings == [
        (3, "Kemungkinan ganda: nama dan tanggal lahir sama dengan Siti Aminah.")
    ]


def test_consent_must_be_confirmed(db, admin, tmp_path):
    with pytest.raises(ValidationError, match="UU PDP"):
        trainee_import.import_trainees(
            db, admin, workbook(tmp_path / "a.xlsx", GOOD), consent_recorded=False
        )


def test_missing_name_or_nik_column_is_refused(db, admin, tmp_path):
    path = workbook(tmp_path / "a.xlsx", [["x"]], header=["Nama", "Alamat"])
    with pytest.raises(RefusedFile, match="NIK, Nama Lengkap"):
        run(db, admin, path)


def _zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("NIK;Nama\n3602;Siti\n"), "bukan berkas Excel"),
        (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "rusak"),
        (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512
                                 + "EncryptionInfo".encode("utf-16-le")), "kata sandi"),
        (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512), ".xls"),
        (lambda p: _zip(p, {"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<x/>",
                            "xl/worksheets/sheet1.xml": b"\0" * (8 * 1024 * 1024)}), "zip bomb"),
        (lambda p: _zip(p, {"word/document.xml": "<x/>"}), "bukan buku kerja"),
    ],
)  # fmt: skip
def test_hostile_or_wrong_files_are_refused_before_parsing(db, admin, tmp_path, make, message):
    path = tmp_path / "berkas.xlsx"
    make(path)
    with pytest.raises(RefusedFile, match=message):
        run(db, admin, path)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0


def test_too_large_a_file_is_refused(db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_FILE_BYTES", 1024)
    path = workbook(tmp_path / "a.xlsx", GOOD * 20)
    with pytest.raises(RefusedFile, match="terlalu besar"):
        run(db, admin, path)


def test_xml_entities_are_refused(db, admin, tmp_path):
    path = workbook(tmp_path / "a.xlsx", GOOD)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    parts["xl/worksheets/sheet1.xml"] = (bomb + sheet.replace("<v>", "<v>&b;", 1)).encode()
    with pytest.raises(RefusedFile, match="berbahaya"):
        run(db, admin, _zip(tmp_path / "b.xlsx", parts))


def test_cli_imports_and_writes_the_failed_rows_workbook(db, tmp_path, capsys):
    path = workbook(tmp_path / "pendaftar.xlsx", GOOD + BAD)
    url = db.url
    assert main(["import-trainees", str(path), "--db", url]) == 1
    assert "UU PDP" in capsys.readouterr().err
    code = main(
        ["import-trainees", str(path), "--db", url, "--consent-recorded", "--user", "admin"]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "9 baris: 3 diimpor, 0 diperbarui, 0 tidak berubah, 6 gagal." in out
    assert "Baris 8: NIK sama dengan baris 3" in out
    assert (tmp_path / "pendaftar-gagal.xlsx").exists()
    good = workbook(tmp_path / "baik.xlsx", GOOD)
    assert main(["import-trainees", str(good), "--db", url, "--consent-recorded"]) == 0
    assert "3 tidak berubah" in capsys.readouterr().out
    with db.session() as s:
        assert s.scalar(select(Trainee.consent_by).limit(1)) == "admin"
