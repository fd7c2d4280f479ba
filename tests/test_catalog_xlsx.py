"""The catalogue workbook: a province exports it, a BLK imports it, nothing personal inside."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import InstitutionInput, setup
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.training import catalog
from blkdesk.exchange import catalog_xlsx
from tests.support.training_data import make_program


def _other_db(tmp_path):
    other = open_database(resolve_url(str(tmp_path / "blk2.sqlite")))
    inst = InstitutionInput(code="PDG", name="UPTD BLK Pandeglang", kind="uptd_kabkota",
                            regency_code="3601", address="", head_name="Kepala",
                            head_nip="197001011995031001")  # fmt: skip
    setup(other, inst, "admin", "Admin", "Rahasia123")
    return other


def _inputs(db):
    with db.session() as s:
        return {p.code: (catalog.program_input(s, p), p.active) for p in catalog.programs(s)}


def test_round_trip_to_another_blk(db, admin, tmp_path):
    make_program(db, admin, min_age=18, max_age=35, min_education="SLTA/SEDERAJAT",
                 domicile_scope="province", domicile_code="36",
                 extra_requirement="Tidak sedang bekerja")  # fmt: skip
    retired = make_program(db, admin, code="LAS-01", name="Juru Las", vocation_code="LAS",
                           attendance_threshold=Decimal(75), max_attempts=2,
                           domicile_scope="regency", domicile_code="3602")  # fmt: skip
    with db.transaction() as s:
        catalog.set_active(s, admin, retired, False)
    path = tmp_path / "katalog.xlsx"
    with db.session() as s:
        assert catalog_xlsx.export_catalog(s, path) == 2
    other = _other_db(tmp_path)
    try:
        summary = catalog_xlsx.import_catalog(other, admin, path)
        assert (summary.created, summary.updated, summary.unchanged) == (2, 0, 0)
        assert _inputs(other) == _inputs(db)
        again = catalog_xlsx.import_catalog(other, admin, path)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    finally:
        other.dispose()


def test_codes_are_text_and_no_personal_data(db, admin, tmp_path):
    make_program(db, admin, domicile_scope="province", domicile_code="36",
                 extra_requirement='=HYPERLINK("http://x","klik")')  # fmt: skip
    path = tmp_path / "katalog.xlsx"
    with db.session() as s:
        catalog_xlsx.export_catalog(s, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Program", "Unit", "Petunjuk"]
    row = dict(zip([c.value for c in wb["Program"][1]], [c for c in wb["Program"][2]],
                   strict=True))  # fmt: skip
    assert row["Kode domisili"].value == "36" and row["Kode domisili"].number_format == "@"
    assert row["Syarat lain"].data_type == "s" and row["Syarat lain"].quotePrefix
    headers = " ".join(str(c.value) for ws in wb for c in ws[1]).lower()
    assert "nik" not in headers and "nip" not in headers


def test_import_updates_existing_and_creates_vocation(db, admin, tmp_path):
    make_program(db, admin)
    path = tmp_path / "katalog.xlsx"
    with db.session() as s:
        catalog_xlsx.export_catalog(s, path)
    wb = load_workbook(path)
    ws = wb["Program"]
    ws["F2"] = 48  # Total JP
    ws["C2"], ws["D2"] = "DGT", "Digital"
    ws2 = wb["Unit"]
    ws2.append(["TIK-OPKOM", 3, "J.620100.099.01", "Unit tambahan", 8])
    wb.save(path)
    summary = catalog_xlsx.import_catalog(db, admin, path)
    assert summary.updated == 1
    with db.session() as s:
        (p,) = catalog.programs(s)
        assert (p.total_jp, p.vocation.code, p.vocation.name) == (48, "DGT", "Digital")
        assert len(catalog.live_units(s, p.id)) == 3


def test_bad_file_is_refused_whole_with_rows(db, admin, tmp_path):
    make_program(db, admin)
    path = tmp_path / "katalog.xlsx"
    with db.session() as s:
        catalog_xlsx.export_catalog(s, path)
    wb = load_workbook(path)
    wb["Program"].append(["BARU-1", "Program Baru", "TIK", "TIK", "klaster", "banyak"])
    wb["Program"].append(["BARU-2", "", "TIK", "TIK", "klaster", 16])
    wb["Unit"].append(["HILANG", 1, "J.1", "Unit", 8])
    wb.save(path)
    with pytest.raises(ValidationError) as info:
        catalog_xlsx.import_catalog(db, admin, path)
    message = str(info.value)
    assert "Program baris 3 (BARU-1)" in message and "HILANG" in message
    wb["Program"].delete_rows(3)
    wb["Unit"].delete_rows(wb["Unit"].max_row)
    wb.save(path)
    with pytest.raises(ValidationError, match=r"Program baris 3 \(BARU-2\)"):
        catalog_xlsx.import_catalog(db, admin, path)
    with db.session() as s:
        assert [p.code for p in catalog.programs(s)] == ["TIK-OPKOM"]  # nothing half-imported


def test_not_a_workbook(db, admin, tmp_path):
    path = tmp_path / "katalog.xlsx"
    path.write_text("bukan excel")
    with pytest.raises(ValidationError, match="bukan berkas Excel"):
        catalog_xlsx.import_catalog(db, admin, path)


def test_cli_export_then_import(db, admin, tmp_path, capsys):
    from blkdesk.cli import main

    make_program(db, admin)
    path = tmp_path / "katalog.xlsx"
    assert main(["catalog", "export", str(path), "--db", db.url]) == 0
    assert "1 program diekspor" in capsys.readouterr().out
    other = _other_db(tmp_path)
    other.dispose()
    assert main(["catalog", "import", str(path), "--db", other.url, "--user", "admin"]) == 0
    assert "1 program baru" in capsys.readouterr().out
    assert main(["catalog", "import", str(tmp_path / "tidak-ada.xlsx"), "--db", other.url]) == 1
    assert capsys.readouterr().err.startswith("Gagal: Berkas tidak-ada.xlsx")
