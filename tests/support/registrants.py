"""Siti, the registrant most intake tests start from."""

from dataclasses import replace
from datetime import date

from blkdesk.core.registry.trainees import TraineeInput

# Siti, born 17 August 1995, registered in Kab. Lebak (36.02): the day is 17 + 40 = 57.
SITI_NIK = "3602015708950001"


def siti(**kw) -> TraineeInput:
    base = TraineeInput(
        nik=SITI_NIK, name="Siti Aminah", birth_place="Lebak", birth_date=date(1995, 8, 17),
        sex="P", religion="ISLAM", education="SLTA/SEDERAJAT", phone="0812-3456-7890",
        email="Siti@Contoh.com", consent=True,
    )  # fmt: skip
    return replace(base, **kw)
