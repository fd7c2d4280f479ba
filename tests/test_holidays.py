"""Cuti bersama are days off by default; an admin imports next year's SKB; the closures CLI."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blkdesk.cli import main
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.training import batches, national_calendar
from blkdesk.core.training.calendar import (
    CUTI_BERSAMA,
    DEFAULT,
    HolidayCalendar,
    training_days,
)
from tests.support.batches import planned_batch
from tests.support.training_data import make_program

# SKB 3 Menteri 2026: the cuti bersama that fall on weekdays.
CUTI_2026 = [
    date(2026, 2, 16), date(2026, 3, 18), date(2026, 3, 20), date(2026, 3, 23),
    date(2026, 3, 24), date(2026, 5, 15), date(2026, 5, 28), date(2026, 12, 24),
]  # fmt: skip


def test_library_lists_2026_cuti_bersama_as_days_off():
    year = DEFAULT.year(2026)
    assert [d for d, h in sorted(year.items()) if h.kind == CUTI_BERSAMA] == CUTI_2026
    assert DEFAULT.name(date(2026, 2, 16)) == "Cuti Bersama Tahun Baru Imlek"
    assert HolidayCalendar(cuti_bersama=False).name(date(2026, 2, 16)) is None
    # Public holidays stay days off either way.
    assert HolidayCalendar(cuti_bersama=False).name(date(2026, 8, 17))


def test_batches_skip_cuti_bersama_unless_switched_off(db, admin):
    pid = make_program(db, admin, total_jp=160)  # 20 days of 8 JP
    bid = planned_batch(db, admin, pid, date(2026, 3, 2))
    with db.session() as s:
        days = batches.days_of(s, bid)
    assert not set(days) & set(CUTI_2026)
    assert date(2026, 3, 17) in days and date(2026, 3, 25) in days
    with db.transaction() as s:
        national_calendar.set_cuti_bersama(s, admin, False)
    bid2 = planned_batch(db, admin, pid, date(2026, 3, 2), name="Angkatan II/2026")
    with db.session() as s:
        assert {date(2026, 3, 18), date(2026, 3, 23)} <= set(batches.days_of(s, bid2))
        assert batches.day_blocker(s, date(2026, 3, 18)) is None
        assert "libur nasional" in (batches.day_blocker(s, date(2026, 3, 19)) or "")


def test_import_replaces_the_years_it_covers(db, admin, tmp_path):
    path = tmp_path / "libur-2027.csv"
    path.write_text(
        "tanggal;nama;jenis\n"
        "2027-01-01;Tahun Baru 2027 Masehi;libur\n"
        "04-01-2027;Cuti bersama percobaan;cuti bersama\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        assert national_calendar.import_holidays(s, admin, path) == {2027: 2}
    with db.session() as s:
        cal = national_calendar.holiday_calendar(s)
        assert national_calendar.imported_years(s) == [2027]
        # The file replaces the library for 2027 only.
        assert len(cal.year(2027)) == 2 and cal.name(date(2027, 1, 4)) == "Cuti bersama percobaan"
        assert cal.year(2026) == DEFAULT.year(2026)
        assert batches.day_blocker(s, date(2027, 1, 4))
    with db.transaction() as s:
        national_calendar.forget_year(s, admin, 2027)
    with db.session() as s:
        assert national_calendar.holiday_calendar(s).name(date(2027, 1, 4)) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("2027-02-30;Tidak ada;libur\n", "tidak dikenali"),
        ("2027-01-01;Tahun Baru;libur\n2027-01-01;Lagi;libur\n", "dua kali"),
        ("2027-01-01;;libur\n", "nama hari libur kosong"),
        ("2027-01-01;Tahun Baru;mogok\n", "harus «libur» atau «cuti bersama»"),
        ("tanggal;nama;jenis\n", "tidak berisi satu tanggal"),
    ],
)
def test_bad_files_are_refused_whole(db, admin, tmp_path, content, message):
    path = tmp_path / "libur.csv"
    path.write_text("2027-05-01;Hari Buruh;libur\n" + content, encoding="utf-8")
    if "tidak berisi" in message:
        path.write_text(content, encoding="utf-8")
    with db.transaction() as s, pytest.raises(ValidationError, match=message):
        national_calendar.import_holidays(s, admin, path)
    with db.session() as s:
        assert national_calendar.imported_years(s) == []


def test_binary_file_and_operator_are_refused(db, admin, tmp_path):
    path = tmp_path / "libur.csv"
    path.write_bytes(b"\xff\xfe\x00PK\x03\x04")
    with db.transaction() as s, pytest.raises(ValidationError, match="teks CSV"):
        national_calendar.import_holidays(s, admin, path)
    path.write_text("2027-01-01;Tahun Baru;libur\n", encoding="utf-8")
    with db.transaction() as s, pytest.raises(PermissionDenied):
        national_calendar.import_holidays(s, Actor("op", Role.OPERATOR), path)


@settings(max_examples=80, deadline=None)
@given(start=st.dates(date(2024, 1, 1), date(2028, 12, 31)), cuti=st.booleans())
def test_training_days_never_on_an_observed_day_off(start, cuti):
    cal = HolidayCalendar(cuti_bersama=cuti)
    for day in training_days(start, 25, "01234", calendar=cal):
        holiday = DEFAULT.year(day.year).get(day)
        assert holiday is None or (not cuti and holiday.kind == CUTI_BERSAMA)


def test_closures_cli(db, capsys, tmp_path):
    assert main(["closures", "list", "--db", db.url]) == 0
    assert "Belum ada libur lokal" in capsys.readouterr().out
    assert main(["closures", "add", "2026-07-07", "Banjir di bengkel", "--db", db.url]) == 0
    assert main(["closures", "add", "2026-07-07", "Lagi", "--db", db.url]) == 1
    assert "sudah tercatat" in capsys.readouterr().err
    assert main(["closures", "list", "--db", db.url]) == 0
    assert "2026-07-07\tBanjir di bengkel" in capsys.readouterr().out
    assert main(["closures", "national", "--year", "2026", "--db", db.url]) == 0
    out = capsys.readouterr().out
    assert "2026-12-24\tcuti bersama\tCuti Bersama Hari Raya Natal" in out
    assert "cuti bersama: libur" in out
    assert main(["closures", "cuti-bersama", "masuk", "--db", db.url]) == 0
    assert main(["closures", "national", "--year", "2026", "--db", db.url]) == 0
    assert "cuti bersama: masuk" in capsys.readouterr().out
    bad = tmp_path / "libur.csv"
    bad.write_text("31/02/2027;Tidak ada;libur\n", encoding="utf-8")
    assert main(["closures", "import-national", str(bad), "--db", db.url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Gagal: Baris 1") and err.count("\n") == 1
    assert main(["closures", "remove", "2026-07-07", "--db", db.url]) == 0
    assert main(["closures", "remove", "2026-07-07", "--db", db.url]) == 1
