"""The province applies the BLK's own data rules again to what it merges: a signed file with a
few bad records is merged whole, the bad records flagged with the reason, until a later file
brings them corrected (or removes them)."""

from dataclasses import fields
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from blkdesk.cli import main
from blkdesk.core.institution import setup
from blkdesk.core.models import Placement, RecordProblem, Trainee
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.province import record_checks
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainees
from blkdesk.core.storage.db import open_database
from blkdesk.exchange import merge, sync_export
from blkdesk.exchange.province_followup_xlsx import write_followup
from tests.support.exchange_data import build, institution, new_blk, new_province
from tests.support.province_checks import spoil

ADMIN = Actor("admin", Role.ADMIN)
VIEWER = Actor("lihat", Role.VIEWER)


@pytest.fixture
def spoilt(tmp_path, any_db_url):
    """A BLK's signed file with four bad records, and a province (on SQLite and PostgreSQL)."""
    blk = new_blk(tmp_path, "PDG")
    build(blk, per_batch=4)
    bad = spoil(blk)
    path = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx").path
    province = open_database(any_db_url)
    data = institution("DISNAKER36", "36")
    data.kind = "disnaker_provinsi"
    setup(province, data, "admin", "Admin", "Rahasia123")
    yield blk, province, path, bad
    blk.dispose()
    province.dispose()


def flagged(province) -> dict[str, set[str]]:
    with province.session() as s:
        out: dict[str, set[str]] = {}
        for uuid, field in s.execute(select(RecordProblem.record_uuid, RecordProblem.field)):
            out.setdefault(uuid, set()).add(field)
        return out


def test_bad_records_in_a_signed_file_are_merged_as_sent_and_flagged(spoilt) -> None:
    _blk, province, path, bad = spoilt
    (result,) = merge.merge_files(province, ADMIN, [path]).files
    assert result.reason == ""
    assert result.flagged == 4
    assert {uuid: min(fields) for uuid, fields in flagged(province).items()} == bad
    with province.session() as s:
        # Nothing held back: every trainee of the file is in the province, the bad ones as sent.
        assert s.scalar(select(func.count()).select_from(Trainee)) == result.sheets["trainee"].added
        niks = set(s.scalars(select(Trainee.nik)))
        assert any(n.startswith("99") for n in niks) and any(len(n) == 15 for n in niks)
        rows = record_checks.listing(s, ADMIN)
    reasons = {r.record_uuid: r for r in rows}
    by_field = {(r.entity, r.field): r.reason for r in rows}
    assert by_field[("placement", "destination_country")] == (
        "Negara tujuan wajib diisi untuk PMI."
    )
    assert by_field[("trainee", "birth_date")] == "Tanggal lahir tidak boleh di masa depan."
    assert {r.reason for r in rows if r.field == "nik"} == {
        "Kode provinsi 99 pada NIK tidak dikenal.",
        "NIK harus 16 angka; yang diisi 15 angka.",
    }
    assert all(r.inst_code == "PDG" and r.blk_name == "UPTD BLK PDG" for r in rows)
    assert reasons[next(u for u, f in bad.items() if f == "destination_country")].entity == (
        "placement"
    )
    # The officer's view masks the NIK for roles that see it masked elsewhere.
    with province.session() as s:
        masked = record_checks.listing(s, VIEWER)
        assert record_checks.counts(s) == {"PDG": 4}
    assert all("•" in r.nik for r in masked)


def test_a_later_file_with_the_record_corrected_clears_its_flag(spoilt) -> None:
    blk, province, path, bad = spoilt
    merge.merge_files(province, ADMIN, [path])
    first = next(u for u, f in bad.items() if f == "nik")
    with blk.transaction() as s:
        person = s.scalars(select(Trainee).where(Trainee.uuid == first)).one()
        person.nik = "36" + person.nik[2:]
        assert trainees.validate(trainees.to_input(person), on=date.today())[1].get("nik") is None
    delta = sync_export.export_sync(blk, ADMIN, path.with_name("delta.xlsx")).path
    (result,) = merge.merge_files(province, ADMIN, [delta]).files
    assert result.reason == "" and result.sheets["trainee"].updated == 1
    assert result.flagged == 0
    assert set(flagged(province)) == set(bad) - {first}


def test_a_full_file_without_the_record_drops_its_flag(spoilt) -> None:
    blk, province, path, bad = spoilt
    merge.merge_files(province, ADMIN, [path])
    born_late = next(u for u, f in bad.items() if f == "birth_date")
    with blk.transaction() as s:
        person = s.scalars(select(Trainee).where(Trainee.uuid == born_late)).one()
        for p in s.scalars(select(Placement).where(Placement.trainee_id == person.id)):
            s.delete(p)
        person.deleted_at = person.updated_at  # deleted at the BLK
    full = sync_export.export_sync(blk, ADMIN, path.with_name("full.xlsx"), full=True).path
    (result,) = merge.merge_files(province, ADMIN, [full]).files
    assert result.reason == ""
    assert born_late not in flagged(province)


def test_recheck_finds_what_was_merged_before_the_province_checked(spoilt) -> None:
    _blk, province, path, bad = spoilt
    merge.merge_files(province, ADMIN, [path])
    with province.transaction() as s:
        s.execute(delete(RecordProblem))
    with province.transaction() as s:
        assert record_checks.recheck(s, ADMIN) == 4
    assert {uuid: min(fields) for uuid, fields in flagged(province).items()} == bad


def test_the_followup_workbook_lists_every_flag_for_the_blk(spoilt, tmp_path) -> None:
    _blk, province, path, bad = spoilt
    merge.merge_files(province, ADMIN, [path])
    with province.session() as s:
        rows = record_checks.listing(s, ADMIN)
    out = tmp_path / "tindak-lanjut.xlsx"
    write_followup(out, rows, {}, {"PDG": "UPTD BLK PDG"})
    sheet = openpyxl.load_workbook(out)["Data bermasalah"]
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(values) == len(rows) == 4
    assert {v[-1] for v in values} == set(bad)
    assert {v[0] for v in values} == {"PDG"}


def test_the_command_line_lists_flags_and_writes_the_workbook(spoilt, tmp_path, capsys) -> None:
    _blk, province, path, _bad = spoilt
    url = province.engine.url.render_as_string(hide_password=False)
    province.dispose()
    assert main(["merge", str(path), "--db", url]) == 0
    assert "4 catatan digabung tetapi melanggar aturan data BLKDesk" in capsys.readouterr().out
    out = tmp_path / "daftar.xlsx"
    assert main(["followup", "--out", str(out), "--db", url]) == 0
    said = capsys.readouterr().out
    assert "Kode provinsi 99 pada NIK tidak dikenal." in said
    assert "4 catatan bermasalah (4 isian), 0 celah berkas, " in said
    assert len(list(openpyxl.load_workbook(out)["Data bermasalah"].iter_rows())) == 5
    assert main(["followup", "--recheck", "--blk", "PDG", "--db", url]) == 0
    assert "Diperiksa ulang: 4 catatan" in capsys.readouterr().out
    assert main(["followup", "--out", str(tmp_path / "x.csv"), "--db", url]) != 0
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_demo_data_breaks_no_rule(tmp_path) -> None:
    """The BLK's own records pass its own rules: a clean BLK raises no flag at the province."""
    blk = new_blk(tmp_path, "LBK")
    build(blk, per_batch=6, seed=7)
    path = sync_export.export_sync(blk, ADMIN, tmp_path / "lbk.xlsx").path
    blk.dispose()
    province = new_province(tmp_path)
    (result,) = merge.merge_files(province, ADMIN, [path]).files
    assert result.reason == "" and result.flagged == 0
    assert flagged(province) == {}
    province.dispose()


def test_file_level_refusals_still_refuse_whole(spoilt) -> None:
    """Flags are for records whose file is sound; a file altered after signing is refused."""
    _blk, province, path, _bad = spoilt
    data = Path(path).read_bytes()
    broken = Path(path).with_name("rusak.xlsx")
    broken.write_bytes(data[: len(data) // 2])
    (result,) = merge.merge_files(province, ADMIN, [broken]).files
    assert result.reason and result.flagged == 0
    assert flagged(province) == {}


def _record(nik: str, birth: date, sex: str, saved: datetime) -> dict:
    """A trainee row as the merge reads it (withheld columns blank)."""
    return {
        "uuid": "u", "nik": nik, "name": "Siti Aminah", "birth_date": birth, "sex": sex,
        "education": "", "regency_code": nik[:4], "province_code": nik[:2], "phone": "",
        "email": "", "disability": "", "employment_status": "", "is_pmi_candidate": False,
        "destination_country": "", "language": "", "guardian_consent": False,
        "consent_at": saved, "updated_at": saved, "deleted_at": None,
    }  # fmt: skip


people = st.tuples(
    st.sampled_from(["3601", "3602", "3604", "3671", "3674", "3201", "3578"]),
    st.integers(1, 40),  # district
    st.dates(date(1950, 1, 1), date(2008, 12, 31)),
    st.sampled_from("LP"),
    st.integers(1, 9999),
)


@given(people)
def test_a_record_the_intake_form_accepts_is_never_flagged(person) -> None:
    regency, district, birth, sex, serial = person
    nik = nikmod.compose(regency, district, birth, sex, serial)
    rec = _record(nik, birth, sex, datetime(2026, 11, 2, 9, 0))
    # The intake form's own verdict on it (as the BLK's clerk would have typed it).
    assert trainees.validate(_input(rec), on=rec["updated_at"].date())[1] == {}
    assert record_checks.problems_of("trainee", rec) == {}


@given(people, st.sampled_from(["province", "length", "date", "birth", "sex"]))
def test_a_broken_nik_or_birth_date_is_flagged_on_its_field(person, breakage) -> None:
    regency, district, birth, sex, serial = person
    nik = nikmod.compose(regency, district, birth, sex, serial)
    saved = datetime(2026, 11, 2, 9, 0)
    rec = _record(nik, birth, sex, saved)
    field = {"province": "nik", "length": "nik", "date": "nik", "birth": "birth_date",
             "sex": "sex"}[breakage]  # fmt: skip
    if breakage == "province":
        rec["nik"] = "00" + nik[2:]
    elif breakage == "length":
        rec["nik"] = nik[:-1]
    elif breakage == "date":
        rec["nik"] = nik[:8] + "13" + nik[10:]  # month 13
    elif breakage == "birth":
        rec["birth_date"] = saved.date() + timedelta(days=1)  # born after being saved
    else:
        rec["sex"] = "L" if sex == "P" else "P"
    assert field in record_checks.problems_of("trainee", rec)
    rec["deleted_at"] = saved  # deleted at the BLK: nothing left to correct
    assert record_checks.problems_of("trainee", rec) == {}


def _input(rec: dict) -> trainees.TraineeInput:
    names = {f.name for f in fields(trainees.TraineeInput)}
    values = {k: v for k, v in rec.items() if k in names}
    # A minor's guardian is named and consents at the BLK (the name stays there).
    values.update(guardian_name="Ibu Kandung", guardian_consent=True)
    return trainees.TraineeInput(**values, consent=True)
