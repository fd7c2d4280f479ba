from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blkdesk.core.refdata import PROVINCES
from blkdesk.core.registry import nik

REF = date(2026, 11, 27)

regencies = st.one_of(st.integers(1, 69), st.integers(71, 99))
births = st.dates(min_value=date(1927, 1, 1), max_value=REF)


@given(
    province=st.sampled_from(sorted(PROVINCES)),
    regency=regencies,
    district=st.integers(1, 99),
    birth=births,
    sex=st.sampled_from("LP"),
    serial=st.integers(1, 9999),
)
def test_composed_nik_parses_back_to_its_parts(province, regency, district, birth, sex, serial):
    value = nik.compose(f"{province}{regency:02d}", district, birth, sex, serial)
    info = nik.parse(value, reference=REF)
    assert info.province_code == province
    assert info.regency_code == f"{province}{regency:02d}"
    assert info.sex == sex
    assert (info.birth_date.day, info.birth_date.month) == (birth.day, birth.month)
    assert info.birth_date.year % 100 == birth.year % 100
    assert info.birth_date <= REF
    assert nik.mismatches(info, birth, sex) == {}


@given(st.text(max_size=40))
def test_any_text_is_parsed_or_rejected_with_a_reason(text):
    try:
        nik.parse(text, reference=REF)
    except nik.NikError as exc:
        assert exc.field == "nik"
        assert exc.message.endswith(".")


@given(birth=births, serial=st.integers(1, 9999))
def test_female_day_plus_40(birth, serial):
    value = nik.compose("3604", 5, birth, "P", serial)
    assert int(value[6:8]) == birth.day + 40
    info = nik.parse(value, reference=REF)
    assert info.sex == "P"
    assert info.birth_date.day == birth.day


@given(
    birth=births,
    other=births,
    sex=st.sampled_from("LP"),
)
def test_mismatched_birth_date_is_flagged(birth, other, sex):
    info = nik.parse(nik.compose("3601", 1, birth, sex, 1), reference=REF)
    same = (birth.day, birth.month, birth.year % 100) == (other.day, other.month, other.year % 100)
    assert ("birth_date" in nik.mismatches(info, other, sex)) is not same


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "wajib"),
        ("36040512950001x", "angka"),
        ("360405129500", "16 angka; yang diisi 12"),
        ("36040512950001234", "yang diisi 17"),
        ("9904051295000123", "provinsi 99"),
        ("3600051295000123", "kabupaten/kota 00"),
        ("3670051295000123", "kabupaten/kota 70"),
        ("3604003112950001", "kecamatan 00"),
        ("3604053102950001", "bukan tanggal"),
        ("3604057202950001", "bukan tanggal"),
        ("3604051202950000", "0000"),
    ],
)
def test_rejections_explain_why(text, reason):
    with pytest.raises(nik.NikError, match=reason):
        nik.parse(text, reference=REF)


def test_separators_are_ignored_and_female_date_decoded():
    info = nik.parse("3604.05-5708 950001", reference=REF)
    assert info.nik == "3604055708950001"
    assert info.birth_date == date(1995, 8, 17)
    assert info.sex == "P"
    assert info.regency_name == "Kab. Serang"


def test_sex_mismatch_message():
    info = nik.parse("3604055708950001", reference=REF)
    assert "perempuan" in nik.mismatches(info, None, "L")["sex"]


def test_mask_hides_birth_date_and_serial():
    assert nik.mask("3601234567890001") == "3601••••••••••01"
    assert "567890" not in nik.mask("3601234567890001")
