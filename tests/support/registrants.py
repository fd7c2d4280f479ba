"""Siti, the registrant most intake tests start from, as data or typed into the form."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

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


def type_siti(qtbot, form, nik: str = SITI_NIK) -> None:
    """Siti typed into an empty TraineeForm by keyboard, as the clerk does (a double space in
    her name for the form to clean), consent ticked."""
    qtbot.keyClicks(form.identity.nik, nik)
    qtbot.keyClicks(form.identity.kk_number, "3602011203080004")
    qtbot.keyClicks(form.identity.name, "Siti  Aminah")
    qtbot.keyClicks(form.identity.birth_place, "Lebak")
    qtbot.keyClicks(form.identity.religion, "Islam")
    qtbot.keyClicks(form.identity.marital_status, "Belum")
    qtbot.keyClicks(form.identity.education, "SLTA")
    qtbot.keyClicks(form.address.address, "Kp. Cibeureum No. 4")
    qtbot.keyClicks(form.address.rt, "2")
    qtbot.keyClicks(form.address.rw, "7")
    qtbot.keyClicks(form.address.village, "Cibeureum")
    qtbot.keyClicks(form.address.district, "Rangkasbitung")
    qtbot.keyClicks(form.contact.phone, "0812-3456-7890")
    qtbot.keyClicks(form.contact.email, "siti.aminah@contoh.com")
    qtbot.keyClicks(form.work.employment_status, "Pencari")
    qtbot.mouseClick(form.consent.consent, Qt.MouseButton.LeftButton)
