from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from blkdesk.core.clock import age_on
from blkdesk.core.models import Program
from blkdesk.core.refdata import EDUCATION_LEVELS
from blkdesk.core.registry.eligibility import Applicant, check, is_eligible, needs_guardian

START = date(2026, 1, 5)


def program(**kw):
    base = dict(min_age=18, max_age=35, min_education="SLTA/SEDERAJAT", domicile_scope="regency",
                domicile_code="3604", extra_requirement="")  # fmt: skip
    base.update(kw)
    return Program(**base)


def applicant(**kw):
    base = dict(birth_date=date(2000, 1, 1), education="SLTA/SEDERAJAT", regency_code="3604",
                province_code="36")  # fmt: skip
    base.update(kw)
    return Applicant(**base)


def test_each_rule_reports_pass_or_fail_with_detail():
    results = check(applicant(education="SLTP/SEDERAJAT", regency_code="3601"), program(), START)
    by_rule = {r.rule: r for r in results}
    assert by_rule["age"].passed and by_rule["age"].detail == "Usia 26 tahun."
    assert by_rule["education"].passed is False
    assert by_rule["domicile"].passed is False
    assert "Pandeglang" in by_rule["domicile"].detail
    assert not is_eligible(results)


def test_extra_requirement_is_for_the_clerk():
    results = check(applicant(), program(extra_requirement="Tidak sedang bekerja"), START)
    assert results[-1].passed is None
    assert is_eligible(results)


def test_province_domicile():
    p = program(domicile_scope="province", domicile_code="36")
    assert is_eligible(check(applicant(regency_code="3671"), p, START))
    assert not is_eligible(check(applicant(province_code="32", regency_code="3201"), p, START))


@given(birth=st.dates(date(1950, 1, 1), date(2015, 1, 1)), low=st.integers(15, 30),
       span=st.integers(0, 25))  # fmt: skip
def test_age_rule_matches_age_on_the_start_date(birth, low, span):
    results = check(applicant(birth_date=birth), program(min_age=low, max_age=low + span), START)
    age = age_on(birth, START)
    assert results[0].passed == (low <= age <= low + span)


@given(level=st.sampled_from(EDUCATION_LEVELS), minimum=st.sampled_from(EDUCATION_LEVELS))
def test_education_follows_the_kk_order(level, minimum):
    result = check(applicant(education=level), program(min_education=minimum), START)[1]
    assert result.passed == (EDUCATION_LEVELS.index(level) >= EDUCATION_LEVELS.index(minimum))


def test_under_18_needs_a_guardian():
    assert needs_guardian(date(2008, 6, 1), START)
    assert not needs_guardian(date(2008, 1, 5), START)
