"""Certificate numbers and the signed QR payload."""

import string
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from blkdesk.core.certification import numbering, signing

FIELDS = numbering.NumberFields("SRG", "LAS", "LAS-SMAW", date(2025, 11, 27), "sertifikat")


def test_default_pattern_renders_like_a_blk_number():
    pattern = "{seq:04d}/BLK-{inst}/{vocation}/{month_roman}/{year}"
    assert numbering.render(pattern, 7, FIELDS) == "0007/BLK-SRG/LAS/XI/2025"
    assert numbering.pattern_problem(pattern, "year") is None


def test_patterns_that_could_repeat_are_refused():
    assert "{seq}" in numbering.pattern_problem("BLK-{inst}/{year}", "year")
    assert "{year}" in numbering.pattern_problem("{seq:04d}/BLK-{inst}", "year")
    assert numbering.pattern_problem("{seq:04d}/BLK-{inst}", "all") is None
    assert "{vocation}" in numbering.pattern_problem("{seq}/{year}", "year_vocation")
    assert "tidak dikenal" in numbering.pattern_problem("{seq}/{tahun}", "all")
    assert "kurung" in numbering.pattern_problem("{seq/{year}", "year")
    assert "{seq:04d}" in numbering.pattern_problem("{seq:x4q}/{year}", "year")


_LITERAL = st.text(alphabet=string.ascii_uppercase + string.digits + "/-.", max_size=6)


@given(
    parts=st.lists(st.sampled_from(numbering.FIELDS[1:]), max_size=4),
    literals=st.lists(_LITERAL, min_size=6, max_size=6),
    width=st.integers(1, 6),
    seqs=st.sets(st.integers(1, 99_999), min_size=2, max_size=20),
)
def test_distinct_sequences_give_distinct_numbers(parts, literals, width, seqs):
    fields = [f"{{seq:0{width}d}}", *(f"{{{p}}}" for p in parts)]
    pattern = "".join(lit + f for lit, f in zip(literals, fields, strict=False)) + literals[-1]
    assert numbering.pattern_problem(pattern, "all") is None
    numbers = {numbering.render(pattern, n, FIELDS) for n in seqs}
    assert len(numbers) == len(seqs)


@given(
    year=st.integers(2000, 2100),
    month=st.integers(1, 12),
    seq=st.integers(1, 9999),
)
def test_month_roman_and_scope(year, month, seq):
    on = date(year, month, 1)
    fields = numbering.NumberFields("X", "TIK", "P", on, "surat_keterangan")
    text = numbering.render("{seq}|{month_roman}|{month}|{kind}", seq, fields)
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][month - 1]
    assert text == f"{seq}|{roman}|{month:02d}|SK"
    assert numbering.scope_key("year", fields) == str(year)
    assert numbering.scope_key("year_vocation", fields) == f"{year}/TIK"


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=60)


@given(
    inst=_TEXT, number=_TEXT, name=_TEXT, program=_TEXT,
    kind=st.sampled_from(("sertifikat", "surat_keterangan")),
    birth=st.dates(date(1900, 1, 1), date(2100, 1, 1)),
    issued=st.dates(date(2000, 1, 1), date(2100, 1, 1)),
)  # fmt: skip
def test_payload_round_trips_and_verifies(inst, number, name, program, kind, birth, issued):
    private, public = KEYS
    claim = signing.Claim(inst, kind, number, name, birth, program, issued)
    text = signing.sign_claim(claim, private)
    parsed = signing.parse(text)
    assert parsed.claim == claim
    assert signing.signature_valid(public, parsed)


KEYS = signing.generate_keypair()


@given(position=st.integers(0, 10_000), replacement=st.sampled_from("AZaz09-/ |\\"))
def test_one_changed_character_never_verifies(position, replacement):
    private, public = KEYS
    claim = signing.Claim(
        "SRG", "sertifikat", "0001/BLK-SRG/LAS/XI/2025", "Siti Rahmawati",
        date(2001, 5, 17), "Juru Las SMAW Posisi 3G", date(2025, 11, 27),
    )  # fmt: skip
    text = signing.sign_claim(claim, private)
    i = position % len(text)
    if text[i] == replacement:
        return
    changed = text[:i] + replacement + text[i + 1 :]
    try:
        parsed = signing.parse(changed)
    except signing.PayloadError:
        return
    assert not signing.signature_valid(public, parsed)


def test_payload_is_compact():
    private, _ = KEYS
    claim = signing.Claim(
        "SRG", "sertifikat", "0001/BLK-SRG/LAS/XI/2025", "Muhammad Rizki Nur Saputra",
        date(2001, 5, 17), "Juru Las SMAW Posisi 3G", date(2025, 11, 27),
    )  # fmt: skip
    assert len(signing.sign_claim(claim, private)) < 200


def test_spare_bits_of_the_last_signature_character_are_not_ignored():
    private, public = KEYS
    claim = signing.Claim("SRG", "sertifikat", "1", "A", date(2001, 5, 17), "P", date(2025, 1, 1))
    text = signing.sign_claim(claim, private)
    alphabet = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
    for ch in alphabet.replace(text[-1], ""):
        try:
            parsed = signing.parse(text[:-1] + ch)
        except signing.PayloadError:
            continue
        assert not signing.signature_valid(public, parsed)
