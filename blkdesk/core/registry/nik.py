"""NIK (Nomor Induk Kependudukan): `PP KK CC DDMMYY SSSS`. Every rejection says why."""

import re
from dataclasses import dataclass
from datetime import date

from blkdesk.core.clock import today
from blkdesk.core.errors import ValidationError
from blkdesk.core.refdata import BANTEN_REGENCIES, PROVINCES
from blkdesk.core.sentences import Sentence, number

_SEPARATORS = re.compile(r"[\s.\-]")
MASK_CHAR = "•"


class NikError(ValidationError):
    def __init__(self, message: str) -> None:
        super().__init__(message, field="nik")


@dataclass(frozen=True)
class NikInfo:
    nik: str
    province_code: str
    regency_code: str  # 4 digits: province + regency
    district_code: str  # 6 digits
    birth_date: date
    sex: str  # L / P
    serial: str

    @property
    def province_name(self) -> str:
        return PROVINCES[self.province_code]

    @property
    def regency_name(self) -> str:
        """The regency's name where we know it (Banten), else its code."""
        return BANTEN_REGENCIES.get(self.regency_code, f"Kab./Kota {self.regency_code}")


def normalise(text: str) -> str:
    """Strip the spaces, dots and dashes people type or paste between the groups."""
    return _SEPARATORS.sub("", text or "")


def _century(yy: int, reference: date) -> int:
    """The century is not encoded: take the latest year that is not in the future."""
    year = 2000 + yy
    return year if year <= reference.year else 1900 + yy


def parse(text: str, *, reference: date | None = None) -> NikInfo:
    """Parse and validate a NIK; raise NikError with a reason the clerk can act on."""
    nik = normalise(text)
    if not nik:
        raise NikError(Sentence("NIK wajib diisi."))
    if not nik.isascii() or not nik.isdigit():
        raise NikError(Sentence("NIK hanya boleh berisi angka."))
    if len(nik) != 16:
        raise NikError(Sentence("NIK harus 16 angka; yang diisi {n} angka.", n=number(len(nik))))
    province = nik[:2]
    if province not in PROVINCES:
        raise NikError(Sentence("Kode provinsi {code} pada NIK tidak dikenal.", code=province))
    regency = int(nik[2:4])
    if not (1 <= regency <= 69 or 71 <= regency <= 99):
        raise NikError(
            Sentence(
                "Kode kabupaten/kota {code} pada NIK tidak sah (01–69 untuk kabupaten, 71–99 "
                "untuk kota).",
                code=nik[2:4],
            )
        )
    if nik[4:6] == "00":
        raise NikError(Sentence("Kode kecamatan 00 pada NIK tidak sah."))
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "L"
    if day > 40:
        day -= 40
        sex = "P"
    ref = reference or today()
    try:
        birth = date(_century(yy, ref), month, day)
    except ValueError:
        raise NikError(
            Sentence(
                "Tanggal lahir pada NIK ({digits}) bukan tanggal yang ada (untuk perempuan "
                "tanggal ditambah 40).",
                digits=f"{nik[6:8]}-{nik[8:10]}-{nik[10:12]}",
            )
        ) from None
    if nik[12:] == "0000":
        raise NikError(Sentence("Nomor urut NIK (4 angka terakhir) tidak boleh 0000."))
    return NikInfo(nik, province, nik[:4], nik[:6], birth, sex, nik[12:])


def mismatches(info: NikInfo, birth_date: date | None, sex: str | None) -> dict[str, str]:
    """Where the typed birth date or sex disagrees with the NIK: {field: message}."""
    problems: dict[str, str] = {}
    if birth_date is not None and (birth_date.day, birth_date.month, birth_date.year % 100) != (
        info.birth_date.day,
        info.birth_date.month,
        info.birth_date.year % 100,
    ):
        # Shown as the field is typed (four-digit year): the NIK's two digits with the century
        # `parse` chose, which only a typed date differing in the century could question, and
        # such a date is not a mismatch.
        problems["birth_date"] = Sentence(
            "Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan {date}).",
            date=f"{info.birth_date:%d-%m-%Y}",
        )
    if sex and sex != info.sex:
        shown = Sentence("perempuan") if info.sex == "P" else Sentence("laki-laki")
        problems["sex"] = Sentence(
            "Jenis kelamin tidak cocok dengan NIK (NIK menunjukkan {sex}).", sex=shown
        )
    return problems


def mask(nik: str) -> str:
    """For lists that leave the office: hide district, birth date and most of the serial."""
    nik = normalise(nik)
    if len(nik) != 16:
        return MASK_CHAR * len(nik)
    return nik[:4] + MASK_CHAR * 10 + nik[14:]


def compose(regency_code: str, district: int, birth: date, sex: str, serial: int) -> str:
    """Build a NIK from its parts (demo data and tests)."""
    day = birth.day + (40 if sex == "P" else 0)
    return (
        f"{regency_code}{district:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    )
