"""Time helpers. Timestamps are stored as naive UTC so SQLite and PostgreSQL compare alike."""

from datetime import UTC, date, datetime

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def today() -> date:
    return datetime.now().date()


def format_date(value: date | None, lang: str = "id") -> str:
    """'17 Agustus 2025' (or 'August 17, 2025' style in English)."""
    if value is None:
        return ""
    months = MONTHS_ID if lang == "id" else MONTHS_EN
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_datetime_local(value: datetime | None, lang: str = "id") -> str:
    """A stored UTC timestamp shown in the PC's local time, e.g. '17 Agustus 2025 14.05'."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone()
    sep = "." if lang == "id" else ":"
    return f"{format_date(local.date(), lang)} {local.hour:02d}{sep}{local.minute:02d}"


class Written(str):
    """A date or a time as core writes it into a Sentence (Indonesian), keeping the value, so
    that an interface in another language writes it its own way (see ui/core_sentences.py)."""

    value: date
    timed: bool

    def __new__(cls, text: str, value: date, timed: bool) -> "Written":
        written = super().__new__(cls, text)
        written.value, written.timed = value, timed
        return written


def sentence_date(value: date | None) -> str:
    """`format_date` for a Sentence's value."""
    return Written(format_date(value), value, False) if value is not None else ""


def sentence_time(value: datetime | None) -> str:
    """`format_datetime_local` for a Sentence's value."""
    return Written(format_datetime_local(value), value, True) if value is not None else ""


def age_on(birth: date, on: date) -> int:
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years
