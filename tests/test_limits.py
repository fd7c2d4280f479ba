"""Text limits: refused at input beside the field, never cut, and guarded on every save."""

from datetime import date

import pytest
from sqlalchemy import select

from blkdesk.core import limits
from blkdesk.core.errors import FieldErrors
from blkdesk.core.models import Batch, Placement, Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.sentences import spoken
from tests.support.exchange_data import build, new_blk


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    build(db, per_batch=2)
    yield db
    db.dispose()


def test_validation_refuses_long_text_beside_each_field_instead_of_cutting_it():
    data = trainees.TraineeInput(
        nik="3602015708950001", name="Siti Aminah", birth_date=date(1995, 8, 17), sex="P",
        village="Desa " * 20, notes="n" * (limits.TEXT_MAX + 1), consent=True,
    )  # fmt: skip
    values, errors = trainees.validate(data)
    assert errors["village"] == "Desa/kelurahan terlalu panjang (99 karakter); maksimal 80."
    assert errors["notes"] == "Catatan terlalu panjang (4.001 karakter); maksimal 4.000."
    assert len(values["village"]) == 99  # kept whole, for the clerk to shorten
    data.village, data.notes = "Cibeureum", "n" * limits.TEXT_MAX
    assert trainees.validate(data)[1] == {}


def test_every_save_refuses_text_longer_than_its_column(blk):
    with blk.session() as s:
        before = s.scalar(select(Placement.notes).limit(1))
    with pytest.raises(FieldErrors) as refused, blk.transaction() as s:
        s.scalar(select(Placement).limit(1)).notes = "x" * (limits.TEXT_MAX + 5)
    assert refused.value.errors == {
        "notes": "Catatan terlalu panjang (4.005 karakter); maksimal 4.000."
    }
    with pytest.raises(FieldErrors), blk.transaction() as s:
        s.scalar(select(Trainee).limit(1)).phone = "0" * 21
    with blk.session() as s:
        assert s.scalar(select(Placement.notes).limit(1)) == before


def test_a_refusal_names_the_field_in_the_interfaces_language(blk, english):
    data = trainees.TraineeInput(
        nik="3602015708950001", name="Siti Aminah", birth_date=date(1995, 8, 17), sex="P",
        birth_place="Pandeglang " * 10, consent=True,
    )  # fmt: skip
    said = trainees.validate(data)[1]["birth_place"]
    assert said == "Tempat lahir terlalu panjang (109 karakter); maksimal 80."  # CLI, import log
    assert spoken(said) == "Place of birth is too long (109 characters); the maximum is 80."
    # The guard on every save names other records' fields the same way, grouping the English way.
    with pytest.raises(FieldErrors) as refused, blk.transaction() as s:
        s.scalar(select(Batch).limit(1)).location = "Desa Sukamaju " * 15
    said = refused.value.errors["location"]
    assert said == "Lokasi MTU terlalu panjang (210 karakter); maksimal 200."
    assert refused.value.message == "MTU location is too long (210 characters); the maximum is 200."
    with pytest.raises(FieldErrors) as refused, blk.transaction() as s:
        s.scalar(select(Placement).limit(1)).notes = "x" * (limits.TEXT_MAX + 5)
    assert refused.value.message == "Note is too long (4,005 characters); the maximum is 4,000."
