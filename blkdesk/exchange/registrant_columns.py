"""A registrant list's columns as BLKs write them: header names matched loosely, cells read into
the same `TraineeInput` the intake form fills.

Headers are compared after lower-casing and dropping everything but letters and digits, so
"No. HP", "NO HP" and "no_hp" are one column. Cell readers raise `CellError` with a reason the
clerk can act on; the row then fails with that reason.
"""

import re
from datetime import date, datetime, timedelta
from typing import Any

from blkdesk.core.clock import MONTHS_ID
from blkdesk.core.refdata import BANTEN_REGENCIES, EDUCATION_LEVELS, PROVINCES
from blkdesk.core.sentences import Sentence

# field -> accepted headers (first one is what the failed-rows workbook and the docs show).
HEADERS: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "No NIK", "Nomor NIK", "Nomor Induk Kependudukan", "No KTP", "Nomor KTP"),
    "kk_number": ("Nomor KK", "No KK", "Nomor Kartu Keluarga", "KK"),
    "name": ("Nama Lengkap", "Nama", "Nama Peserta", "Nama Pendaftar"),
    "birth_place": ("Tempat Lahir",),
    "birth_date": ("Tanggal Lahir", "Tgl Lahir", "Tgl. Lahir"),
    "sex": ("Jenis Kelamin", "JK", "L/P", "Kelamin"),
    "religion": ("Agama",),
    "marital_status": ("Status Perkawinan", "Status Kawin", "Perkawinan"),
    "education": ("Pendidikan Terakhir", "Pendidikan", "Ijazah Terakhir"),
    "address": ("Alamat", "Alamat Jalan", "Jalan"),
    "rt": ("RT",),
    "rw": ("RW",),
    "rt_rw": ("RT/RW",),
    "village": ("Desa/Kelurahan", "Desa", "Kelurahan", "Desa/Kel"),
    "district": ("Kecamatan", "Kec"),
    "regency_code": ("Kabupaten/Kota", "Kabupaten", "Kota", "Kab/Kota"),
    "province_code": ("Provinsi",),
    "phone": ("Nomor HP", "No HP", "HP", "No Telepon", "Telepon", "No WA", "Nomor WA"),
    "email": ("Email", "E-mail", "Surel"),
    "disability": ("Disabilitas", "Jenis Disabilitas", "Penyandang Disabilitas"),
    "employment_status": ("Status Pekerjaan", "Pekerjaan"),
    "ak1_number": ("Nomor AK/1", "No AK1", "AK/1", "Kartu Kuning"),
    "notes": ("Catatan", "Keterangan"),
    "is_pmi_candidate": ("Calon PMI", "Calon Pekerja Migran"),
    "destination_country": ("Negara Tujuan",),
    "passport_number": ("Nomor Paspor", "No Paspor", "Paspor"),
    "language": ("Bahasa",),
    "guardian_name": ("Nama Orang Tua/Wali", "Nama Wali", "Nama Orang Tua"),
    "guardian_consent": ("Persetujuan Orang Tua/Wali", "Persetujuan Wali"),
}
REQUIRED = ("nik", "name")


class CellError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def header_key(text: Any) -> str:
    return re.sub(r"[^0-9a-z]", "", str(text or "").casefold())


_BY_KEY = {header_key(alias): field for field, aliases in HEADERS.items() for alias in aliases}


def match_headers(row: tuple[Any, ...]) -> tuple[dict[str, int], list[str]]:
    """({field: column index}, headers not understood). The first column of a field wins."""
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(row):
        if cell is None or not str(cell).strip():
            continue
        field = _BY_KEY.get(header_key(cell))
        if field is None:
            ignored.append(str(cell).strip())
        elif field not in columns:
            columns[field] = index
    return columns, ignored


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return f"{value:%d-%m-%Y}"
    return str(value).strip()


def read_nik(value: Any) -> tuple[str, str | None]:
    """(NIK text, warning). A number cell is suspect: Excel keeps 15 significant digits only."""
    if isinstance(value, bool) or value is None:
        return "", None
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise CellError(
                "nik", Sentence("NIK tersimpan sebagai angka desimal; ketik ulang sebagai teks.")
            )
        digits = str(int(value))
        if len(digits) >= 16 and digits.endswith("0"):
            raise CellError(
                "nik",
                Sentence(
                    "NIK tersimpan sebagai angka dan berakhir 0: kemungkinan rusak oleh batas 15 "
                    "digit Excel. Format kolom NIK sebagai Teks dan ketik ulang NIK dari KTP/KK."
                ),
            )
        return digits, Sentence(
            "NIK tersimpan sebagai angka di Excel (batas 15 digit); format kolom NIK sebagai Teks."
        )
    return str(value).strip(), None


_MONTHS = {m.casefold(): i for i, m in enumerate(MONTHS_ID, start=1)}
_MONTHS.update({m.casefold()[:3]: i for i, m in enumerate(MONTHS_ID, start=1)})
_MONTHS.update({"agu": 8, "ags": 8, "okt": 10, "des": 12, "nop": 11, "peb": 2})
_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)


def read_date(value: Any) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # An unformatted date cell: days since Excel's epoch.
        if 1 <= value <= 80_000:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError(
            "birth_date", Sentence("Tanggal lahir '{value}' bukan tanggal.", value=text(value))
        )
    raw = str(value).strip()
    try:
        if m := _DMY.match(raw):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _YMD.match(raw):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _WORDS.match(raw)) and m[2].casefold() in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2].casefold()], int(m[1]))
    except ValueError:
        pass
    raise CellError(
        "birth_date",
        Sentence(
            "Tanggal lahir '{value}' tidak dapat dibaca; tulis seperti 17-08-1995.", value=raw
        ),
    )


_SEX = {"l": "L", "lk": "L", "lakilaki": "L", "pria": "L", "p": "P", "pr": "P",
        "perempuan": "P", "wanita": "P"}  # fmt: skip


def read_sex(value: Any) -> str:
    raw = header_key(value)
    if not raw:
        return ""
    if raw not in _SEX:
        raise CellError(
            "sex",
            Sentence("Jenis kelamin '{value}' tidak dikenal; tulis L atau P.", value=text(value)),
        )
    return _SEX[raw]


_EDUCATION = {header_key(level): level for level in EDUCATION_LEVELS}
_EDUCATION.update(
    {header_key(alias): EDUCATION_LEVELS[rank] for alias, rank in (
        ("Tidak sekolah", 0), ("Belum sekolah", 0), ("Tidak tamat SD", 1), ("SD", 2), ("MI", 2),
        ("SMP", 3), ("MTs", 3), ("SLTP", 3), ("SMA", 4), ("SMK", 4), ("MA", 4), ("SLTA", 4),
        ("Paket C", 4), ("D1", 5), ("D2", 5), ("D3", 6), ("D4", 7), ("S1", 7), ("S2", 8),
        ("S3", 9),
    )}
)  # fmt: skip


def read_education(value: Any) -> str:
    raw = text(value)
    return _EDUCATION.get(header_key(raw), raw)


def _regency_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for code, name in BANTEN_REGENCIES.items():
        place = name.split(" ", 1)[1]
        kind = "kab" if name.startswith("Kab.") else "kota"
        long_kind = "kabupaten" if kind == "kab" else "kota"
        for key in (name, f"{kind} {place}", f"{long_kind} {place}", code):
            keys[header_key(key)] = code
    return keys


_REGENCIES = _regency_keys()
_PROVINCES = {header_key(name): code for code, name in PROVINCES.items()}
_PROVINCES.update({code: code for code in PROVINCES})


def read_regency(value: Any) -> str:
    raw = text(value)
    if not raw:
        return ""
    code = _REGENCIES.get(header_key(raw))
    if code is None and raw.isdigit() and len(raw) == 4:
        code = raw
    if code is None:
        raise CellError(
            "regency_code",
            Sentence(
                "Kabupaten/kota '{value}' tidak dikenal; tulis 'Kab. Serang', 'Kota Serang' atau "
                "kodenya (3604).",
                value=raw,
            ),
        )
    return code


def read_province(value: Any) -> str:
    raw = text(value)
    if not raw:
        return ""
    code = _PROVINCES.get(header_key(raw).removeprefix("provinsi"))
    if code is None:
        raise CellError("province_code", Sentence("Provinsi '{value}' tidak dikenal.", value=raw))
    return code


_YES = {"ya", "y", "iya", "yes", "1", "true", "benar", "v", "x", "setuju"}


def read_flag(value: Any) -> bool:
    return header_key(value) in _YES or value is True
