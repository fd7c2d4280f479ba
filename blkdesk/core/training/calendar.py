"""Training days: working days from a start date, skipping national holidays and local closures."""

import math
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache


@cache
def _national(year: int) -> dict[date, str]:
    # Imported on first use: the library costs ~90 ms, which start-up need not pay.
    import holidays

    return dict(holidays.country_holidays("ID", years=year, language="id"))


def national_holidays(year: int) -> dict[date, str]:
    """Indonesian national holidays (the maintained `holidays` library), with Indonesian names."""
    return _national(year)


def holiday_name(day: date) -> str | None:
    return _national(day.year).get(day)


def days_needed(total_jp: int, hours_per_day: int) -> int:
    return max(1, math.ceil(total_jp / max(1, hours_per_day)))


def training_days(
    start: date,
    count: int,
    weekdays: str = "01234",
    closures: Iterable[date] = (),
) -> list[date]:
    """The first `count` days on or after `start` that fall on `weekdays` (Monday=0) and are
    neither a national holiday nor a local closure."""
    allowed = {int(ch) for ch in weekdays}
    if not allowed:
        raise ValueError("weekdays")
    closed = set(closures)
    days: list[date] = []
    day = start
    while len(days) < count:
        if day.weekday() in allowed and day not in closed and holiday_name(day) is None:
            days.append(day)
        day += timedelta(days=1)
    return days
