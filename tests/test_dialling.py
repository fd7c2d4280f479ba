"""Phone numbers on the call list are shown as a clerk dials them, and read back the same."""

from hypothesis import given
from hypothesis import strategies as st

from blkdesk.core.registry.contact import dialling_format, normalise_phone


@given(st.from_regex(r"\+628[1-9][0-9]{7,10}", fullmatch=True))
def test_dialling_format_reads_back_as_the_stored_number(phone):
    shown = dialling_format(phone)
    assert shown.startswith("08") and shown.count("-") == 2
    assert normalise_phone(shown) == phone


def test_examples():
    assert dialling_format("+6281234567890") == "0812-3456-7890"
    assert dialling_format("") == ""
