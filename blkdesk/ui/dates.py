"""Dates as the interface speaks them: '17 Agustus 2025' in Indonesian, '17 August 2025' in
English. Core's helpers take the language; the interface passes the one installed now. Exports,
printed documents and the CLI call core directly and stay Indonesian, as the province reads them.
"""

from datetime import UTC, date, datetime

from blkdesk.core import clock
from blkdesk.core.attendance.attendance import WEEKDAYS_SHORT
from blkdesk.ui.labels import as_shown
from blkdesk.ui.language import active_language


def format_date(value: date | None) -> str:
    return clock.format_date(value, active_language())


def format_datetime_local(value: datetime | None) -> str:
    return clock.format_datetime_local(value, active_language())


def short_datetime_local(value: datetime) -> str:
    """'2 Nov 2026 09.15' (or '2 Nov 2026 09:15'): a stored UTC moment in the PC's local time,
    short enough for a list's column beside longer text."""
    local = value.replace(tzinfo=UTC).astimezone()
    sep = "." if active_language() == "id" else ":"  # as clock.format_datetime_local
    return f"{short_date(local.date())} {local.year} {local.hour:02d}{sep}{local.minute:02d}"


def month_names() -> tuple[str, ...]:
    return clock.MONTHS_EN if active_language() == "en" else clock.MONTHS_ID


def month_name(month: int) -> str:
    """1 → 'Januari' (or 'January')."""
    return month_names()[month - 1]


def period_name(period: str) -> str:
    """'2026-10' → 'Oktober 2026' ('October 2026'); the text itself when it is not a month."""
    try:
        return f"{month_name(int(period[5:7]))} {int(period[:4])}"
    except (ValueError, IndexError):
        return period


def short_date(day: date) -> str:
    """'3 Agu' (or '3 Aug'), for narrow column headers."""
    return f"{day.day} {month_name(day.month)[:3]}"


def weekday_short(day: date) -> str:
    """'Sen' (or 'Mon')."""
    return as_shown(WEEKDAYS_SHORT[day.weekday()])


def weekdays_short() -> list[str]:
    """'Sen' to 'Min' (or 'Mon' to 'Sun'): the seven days, Monday first, as core numbers them."""
    return [as_shown(name) for name in WEEKDAYS_SHORT]
