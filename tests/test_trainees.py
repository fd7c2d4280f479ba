"""The intake rules: NIK derivation and mismatches, duplicates, guardian, consent, audit."""

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from blkdesk.core.errors import FieldErrors, NotFound, PermissionDenied, ValidationError
from blkdesk.core.models import AuditEvent, Batch, Enrollment, Program, Trainee, Vocation
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainee_record, trainees
from blkdesk.core.registry.contact import normalise_email, normalise_phone
from tests.support.registrants import SITI_NIK, siti

TODAY = date(2026, 11, 27)


@pytest.fixture
def operator():
    return Actor("operator", Role.OPERATOR)


def test_nik_fills_birth_date_sex_and_region_when_left_empty():
    values, errors = trainees.validate(siti(birth_date=None, sex=""), on=TODAY)
    assert errors == {}
    assert values["birth_date"] == date(1995, 8, 17)
    assert values["sex"] == "P"
    assert (values["regency_code"], values["province_code"]) == ("3602", "36")
    assert values["phone"] == "+6281234567890"
    assert values["email"] == "siti@contoh.com"


def test_typed_birth_date_and_sex_that_disagree_with_the_nik_are_errors():
    _, errors = trainees.validate(siti(birth_date=date(1995, 8, 18), sex="L"), on=TODAY)
    assert "tidak cocok dengan NIK" in errors["birth_date"]
    assert "perempuan" in errors["sex"]


@pytest.mark.parametrize(
    ("nik", "reason"),
    [
        ("36020157089500", "harus 16 angka; yang diisi 14"),
        ("9902015708950001", "provinsi 99"),
        ("3602017102950001", "bukan tanggal yang ada"),
        ("3602015708950000", "0000"),
    ],
)
def test_every_nik_rejection_says_why(nik, reason):
    _, errors = trainees.validate(siti(nik=nik, birth_date=None, sex=""), on=TODAY)
    assert reason in errors["nik"]


def test_future_birth_date_and_missing_consent_are_refused():
    _, errors = trainees.validate(
        siti(nik="", birth_date=date(2027, 1, 1), consent=False), on=TODAY
    )
    assert "masa depan" in errors["birth_date"]
    assert "UU PDP" in errors["consent"]


def test_under_18_needs_guardian_name_and_consent():
    child_nik = nikmod.compose("3602", 1, date(2010, 3, 4), "L", 7)
    child = siti(nik=child_nik, name="Budi", birth_date=None, sex="")
    _, errors = trainees.validate(child, on=TODAY)
    assert "orang tua/wali" in errors["guardian_name"]
    assert "guardian_consent" in errors
    _, errors = trainees.validate(
        replace(child, guardian_name="Pak Ujang", guardian_consent=True), on=TODAY
    )
    assert errors == {}


def test_migrant_worker_candidate_needs_a_destination():
    _, errors = trainees.validate(siti(is_pmi_candidate=True, passport_number="x"), on=TODAY)
    assert "negara tujuan" in errors["destination_country"]
    assert "paspor" in errors["passport_number"]


def test_register_records_consent_and_audits_every_field(db, operator):
    with db.transaction() as s:
        t = trainees.register(s, operator, siti())
        uuid = t.uuid
    with db.session() as s:
        t = s.scalar(select(Trainee).where(Trainee.uuid == uuid))
        assert (t.nik, t.sex, t.phone, t.inst_code) == (SITI_NIK, "P", "+6281234567890", "LBK")
        assert t.consent_by == "operator" and t.consent_at is not None
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity_uuid == uuid))
        changes = json.loads(event.changes)
        assert event.action == "create" and event.user_name == "operator"
        assert changes["name"] == [None, "Siti Aminah"]
        assert changes["birth_date"] == [None, "1995-08-17"]


def test_exact_nik_is_refused_with_the_existing_record(db, operator):
    with db.transaction() as s:
        first = trainees.register(s, operator, siti()).id
    with pytest.raises(trainees.DuplicateNik) as caught, db.transaction() as s:
        trainees.register(s, operator, siti(name="Siti Lain", phone=""))
    assert caught.value.existing_id == first
    assert "Siti Aminah" in caught.value.message


def test_probable_duplicates_need_a_reason(db, operator):
    other_nik = nikmod.compose("3602", 2, date(1995, 8, 17), "P", 12)
    with db.transaction() as s:
        trainees.register(s, operator, siti())
    # Same name and birth date, different NIK.
    with pytest.raises(trainees.ProbableDuplicate) as caught, db.transaction() as s:
        trainees.register(s, operator, siti(nik=other_nik, phone=""))
    assert [m.reason for m in caught.value.matches] == [trainees.SAME_NAME_BIRTH]
    # Same phone, different person.
    ani = siti(nik=nikmod.compose("3602", 3, date(1999, 1, 2), "P", 5), name="Ani",
               birth_date=None, phone="+62 812 3456 7890")  # fmt: skip
    with pytest.raises(trainees.ProbableDuplicate) as caught, db.transaction() as s:
        trainees.register(s, operator, ani)
    assert caught.value.matches[0].reason == trainees.SAME_PHONE
    with db.transaction() as s:
        t = trainees.register(s, operator, ani, duplicate_reason="Kakak beradik, HP bersama")
        assert t.duplicate_reason == "Kakak beradik, HP bersama"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 2
        reasons = s.scalars(select(AuditEvent.reason).where(AuditEvent.entity == "trainee"))
        assert "Kakak beradik, HP bersama" in list(reasons)


def test_update_audits_each_changed_field_and_history_shows_it(db, operator):
    with db.transaction() as s:
        tid = trainees.register(s, operator, siti()).id
    with db.transaction() as s:
        t = trainees.update(s, operator, tid, siti(phone="0857 1111 2222", district="Maja"))
        assert t.phone == "+6285711112222"
    with db.transaction() as s:  # saving unchanged data writes no audit row
        trainees.update(s, operator, tid, siti(phone="0857 1111 2222", district="Maja"))
    with db.session() as s:
        entries = trainee_record.history(s, operator, tid)
    assert [e.action for e in entries] == ["update", "create"]
    assert sorted(entries[0].changes) == [
        ("Kecamatan", "", "Maja"),
        ("Nomor HP", "+6281234567890", "+6285711112222"),
    ]
    with db.session() as s:
        masked = trainee_record.history(s, Actor("dinas", Role.VIEWER), tid)
    nik_change = next(c for c in masked[-1].changes if c[0] == "NIK")
    assert nik_change[2] == nikmod.mask(SITI_NIK)


def test_delete_is_soft_admin_only_and_needs_a_reason(db, admin, operator):
    with db.transaction() as s:
        tid = trainees.register(s, operator, siti()).id
    with pytest.raises(PermissionDenied), db.transaction() as s:
        trainees.delete(s, operator, tid, "ganda")
    with pytest.raises(ValidationError, match="alasan"), db.transaction() as s:
        trainees.delete(s, admin, tid, "  ")
    with db.transaction() as s:
        trainees.delete(s, admin, tid, "Terdaftar dua kali")
    with db.session() as s:
        assert s.get(Trainee, tid).deleted_at is not None
        with pytest.raises(NotFound):
            trainees.get(s, admin, tid)
    # The same NIK registered again brings the person back under the same identity.
    with db.transaction() as s:
        assert trainees.register(s, operator, siti()).id == tid


def test_nik_taken_answers_what_a_save_would_meet(db, admin, operator):
    with db.transaction() as s:
        tid = trainees.register(s, operator, siti()).id
    with db.session() as s:
        taken = trainees.nik_taken(s, operator, SITI_NIK)
        assert taken is not None and taken.existing_id == tid and "Siti" in taken.message
        assert trainees.nik_taken(s, operator, SITI_NIK, exclude_id=tid) is None  # their own
        assert trainees.nik_taken(s, operator, "3602015708950002") is None
        with pytest.raises(PermissionDenied):
            trainees.nik_taken(s, Actor("peninjau", Role.VIEWER), SITI_NIK)
    with db.transaction() as s:
        trainees.delete(s, admin, tid, "Terdaftar dua kali")
    with db.session() as s:  # a deleted record comes back on registering: not "taken"
        assert trainees.nik_taken(s, operator, SITI_NIK) is None


def test_viewer_cannot_register(db):
    with pytest.raises(PermissionDenied), db.transaction() as s:
        trainees.register(s, Actor("dinas", Role.VIEWER), siti())


def test_invalid_input_raises_field_errors(db, operator):
    with pytest.raises(FieldErrors) as caught, db.transaction() as s:
        trainees.register(s, operator, siti(phone="12", email="bukan email"))
    assert set(caught.value.errors) == {"phone", "email"}


def _batch(s, start: date) -> int:
    voc = s.scalar(select(Vocation).where(Vocation.code == "TIK"))
    program = Program(inst_code="LBK", vocation_id=voc.id, code="TIK-01", name="Operator Komputer",
                      total_jp=160, min_age=18, max_age=35, min_education="SLTA/SEDERAJAT",
                      domicile_scope="regency", domicile_code="3602")  # fmt: skip
    s.add(program)
    s.flush()
    batch = Batch(inst_code="LBK", program_id=program.id, name="Angkatan I/2026", year=2026,
                  start_date=start, status="direncanakan")  # fmt: skip
    s.add(batch)
    s.flush()
    return batch.id


def test_eligibility_per_target_and_applying_to_a_batch(db, operator):
    with db.transaction() as s:
        batch_id = _batch(s, date(2026, 12, 7))
    with db.session() as s:
        targets = trainees.intake_targets(s)
        assert [t.kind for t in targets] == ["batch", "program"]
        applicant = trainees.Applicant(date(1995, 8, 17), "SLTP/SEDERAJAT", "3602", "36")
        results = {r.rule: r.passed for r in trainees.check_eligibility(s, targets[0], applicant)}
    assert results == {"age": True, "education": False, "domicile": True}
    with db.transaction() as s:
        tid = trainees.register(s, operator, siti(), batch_id=batch_id).id
    with db.session() as s:
        status = s.scalar(select(Enrollment.status).where(Enrollment.trainee_id == tid))
    assert status == "pendaftar"


# --- property tests ------------------------------------------------------------------------

national = st.from_regex(r"8[1-9][0-9]{7,10}", fullmatch=True)
separators = st.sampled_from(["", " ", "-", "."])


@given(national, st.sampled_from(["0", "62", "+62", "+62 ", ""]), separators)
def test_any_way_of_writing_a_mobile_number_gives_the_same_plus62_form(digits, prefix, sep):
    written = prefix + sep.join([digits[:3], digits[3:7], digits[7:]])
    assert normalise_phone(written) == "+62" + digits
    assert normalise_phone(normalise_phone(written)) == "+62" + digits


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("0812-345-678", "+62812345678"),  # the shortest mobile numbers: 10 digits
        ("0812-3456-78901", "+6281234567890" + "1"),
        ("(0252) 201234", "+62252201234"),  # Lebak landline
        ("021-1234567", "+62211234567"),
        ("081234567", None),  # 9 digits: a mobile number missing one
        ("0812-3456-789012", None),
        ("0252-1234", None),
    ],
)
def test_mobile_numbers_need_ten_to_thirteen_digits(written, stored):
    if stored is None:
        with pytest.raises(ValidationError, match="tidak lengkap atau terlalu panjang"):
            normalise_phone(written)
    else:
        assert normalise_phone(written) == stored


@given(st.text(max_size=20))
def test_phone_normalisation_either_gives_plus62_or_says_why(text):
    try:
        out = normalise_phone(text)
    except ValidationError as exc:
        assert exc.field == "phone" and exc.message
    else:
        assert out == "" or (out.startswith("+62") and out[3:].isdigit() and 11 <= len(out) <= 15)


@given(st.emails())
def test_ordinary_emails_pass(email):
    if len(email) <= 120 and email.isascii():
        domain = email.rpartition("@")[2]
        if "." in domain and domain.rsplit(".", 1)[1].isalpha():
            assert normalise_email(email) == email.strip().lower()


people = st.builds(
    lambda birth, sex, reg, serial: (birth, sex, nikmod.compose(reg, 1, birth, sex, serial)),
    st.dates(date(1950, 1, 1), date(2008, 11, 1)),
    st.sampled_from("LP"),
    st.sampled_from(["3601", "3602", "3674", "3171"]),
    st.integers(1, 9999),
)


@settings(max_examples=60)
@given(people)
def test_derived_fields_always_agree_with_the_nik(person):
    birth, sex, nik = person
    values, errors = trainees.validate(
        siti(nik=nik, birth_date=None, sex="", guardian_name="Wali", guardian_consent=True),
        on=TODAY,
    )
    assert "nik" not in errors and "birth_date" not in errors and "sex" not in errors
    assert (values["birth_date"].day, values["birth_date"].month) == (birth.day, birth.month)
    assert values["sex"] == sex and values["regency_code"] == nik[:4]


@settings(max_examples=60)
@given(people, st.dates(date(1950, 1, 1), date(2008, 11, 1)), st.sampled_from("LP"))
def test_a_typed_fact_is_accepted_exactly_when_the_nik_agrees(person, typed_birth, typed_sex):
    birth, sex, nik = person
    _, errors = trainees.validate(
        siti(nik=nik, birth_date=typed_birth, sex=typed_sex, guardian_name="W",
             guardian_consent=True),
        on=TODAY,
    )  # fmt: skip
    same_day = (typed_birth.day, typed_birth.month, typed_birth.year % 100) == (
        birth.day, birth.month, birth.year % 100,
    )  # fmt: skip
    assert ("birth_date" in errors) != same_day
    assert ("sex" in errors) == (typed_sex != sex)
