"""A programme's eligibility rules, checked one by one so the clerk sees which pass and which fail.

Rules are configuration on the programme (age range, minimum education, domicile, a free-text extra
requirement); the date that counts for age is the batch's start, or today when no batch is chosen.
"""

from dataclasses import dataclass
from datetime import date

from blkdesk.core.clock import age_on
from blkdesk.core.models import Program
from blkdesk.core.refdata import PROVINCES, education_rank, education_said, regency_name
from blkdesk.core.sentences import Sentence

ADULT_AGE = 18  # UU PDP: younger applicants need a parent's or guardian's consent


@dataclass(frozen=True)
class Applicant:
    birth_date: date | None
    education: str
    regency_code: str
    province_code: str


@dataclass(frozen=True)
class RuleResult:
    rule: str  # age / education / domicile / extra
    label: str
    passed: bool | None  # None: a person must check it (the free-text requirement)
    detail: str


def check(applicant: Applicant, program: Program, on: date) -> list[RuleResult]:
    results: list[RuleResult] = []
    if program.min_age is not None or program.max_age is not None:
        low, high = program.min_age, program.max_age
        label = (
            Sentence("Usia {low}–{high} tahun", low=low, high=high)
            if low is not None and high is not None
            else Sentence("Usia minimal {low} tahun", low=low) if low is not None
            else Sentence("Usia maksimal {high} tahun", high=high)
        )  # fmt: skip
        if applicant.birth_date is None:
            results.append(RuleResult("age", label, False, Sentence("Tanggal lahir belum diisi.")))
        else:
            age = age_on(applicant.birth_date, on)
            ok = (low is None or age >= low) and (high is None or age <= high)
            results.append(RuleResult("age", label, ok, Sentence("Usia {age} tahun.", age=age)))
    if program.min_education:
        rank = education_rank(applicant.education)
        ok = rank >= education_rank(program.min_education)
        shown = education_said(applicant.education) or Sentence("belum diisi")
        results.append(
            RuleResult("education",
                       Sentence("Pendidikan minimal {level}",
                                level=education_said(program.min_education)), ok,
                       Sentence("Pendidikan terakhir: {shown}.", shown=shown))
        )  # fmt: skip
    if program.domicile_scope == "regency" and program.domicile_code:
        ok = applicant.regency_code == program.domicile_code
        lives = regency_name(applicant.regency_code) or Sentence("belum diisi")
        wanted = regency_name(program.domicile_code)
        results.append(
            RuleResult("domicile", Sentence("Berdomisili di {place}", place=wanted), ok,
                       Sentence("Domisili: {place}.", place=lives))
        )  # fmt: skip
    elif program.domicile_scope == "province" and program.domicile_code:
        ok = applicant.province_code == program.domicile_code
        province = PROVINCES.get(program.domicile_code, program.domicile_code)
        lives = PROVINCES.get(applicant.province_code) or Sentence("belum diisi")
        results.append(
            RuleResult("domicile", Sentence("Berdomisili di Provinsi {place}", place=province), ok,
                       Sentence("Provinsi: {place}.", place=lives))
        )  # fmt: skip
    if program.extra_requirement.strip():
        results.append(
            RuleResult(
                "extra", program.extra_requirement.strip(), None, Sentence("Periksa secara manual.")
            )
        )
    return results


def is_eligible(results: list[RuleResult]) -> bool:
    """Every checkable rule passes (free-text requirements are the clerk's call)."""
    return all(r.passed is not False for r in results)


def needs_guardian(birth_date: date | None, on: date) -> bool:
    return birth_date is not None and age_on(birth_date, on) < ADULT_AGE
