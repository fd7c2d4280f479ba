"""Training days: working days from a start date, skipping holidays and local closures.

The national calendar has two kinds of days off: the public holidays (libur nasional) and the
collective leave days (cuti bersama) that the SKB 3 Menteri adds for government offices. A BLK is a
government office, so by default both are days off; a `HolidayCalendar` says whether cuti bersama
count and carries the dates an admin imported for years the library does not know yet (or knows
wrongly), so next year's SKB needs no new release.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

LIBUR = "libur"
CUTI_BERSAMA = "cuti_bersama"
KINDS = (LIBUR, CUTI_BERSAMA)


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str
    kind: str  # LIBUR or CUTI_BERSAMA


@cache
def _library(year: int) -> tuple[Holiday, ...]:
    # Imported on first use: the library costs ~90 ms, which start-up need not pay.
    import holidays

    out = {
        day: Holiday(day, name, LIBUR)
        for day, name in holidays.country_holidays("ID", years=year, language="id").items()
    }
    government = holidays.country_holidays(
        "ID", years=year, language="id", categories=("government",)
    )
    for day, name in government.items():
        # A cuti bersama never replaces a public holiday falling on the same day.
        out.setdefault(day, Holiday(day, name, CUTI_BERSAMA))
    return tuple(sorted(out.values(), key=lambda h: h.day))


@dataclass(frozen=True)
class HolidayCalendar:
    """Which national days off a BLK observes. `imported` replaces the library year by year."""

    cuti_bersama: bool = True
    imported: Mapping[int, tuple[Holiday, ...]] = field(default_factory=dict)
    # Per-year answers, since planning asks about every day of a batch.
    _observed: dict[int, dict[date, str]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def year(self, year: int) -> dict[date, Holiday]:
        """Every national day off of `year`, cuti bersama included (whether or not observed)."""
        source = self.imported.get(year)
        return {h.day: h for h in (source if source is not None else _library(year))}

    def _kept(self, year: int) -> dict[date, str]:
        if year not in self._observed:
            self._observed[year] = {
                day: h.name
                for day, h in self.year(year).items()
                if self.cuti_bersama or h.kind != CUTI_BERSAMA
            }
        return self._observed[year]

    def observed(self, year: int) -> dict[date, str]:
        """The days off this BLK keeps in `year`, by name."""
        return dict(self._kept(year))

    def name(self, day: date) -> str | None:
        """The day off's name when this BLK does not train on `day` because of it."""
        return self._kept(day.year).get(day)

    def between(self, start: date, end: date) -> dict[date, str]:
        out: dict[date, str] = {}
        for year in range(start.year, end.year + 1):
            out.update({d: n for d, n in self._kept(year).items() if start <= d <= end})
        return out


DEFAULT = HolidayCalendar()


def national_holidays(year: int, calendar: HolidayCalendar = DEFAULT) -> dict[date, str]:
    """The national days off of `year` (the maintained `holidays` library), in Indonesian."""
    return calendar.observed(year)


def holiday_name(day: date, calendar: HolidayCalendar = DEFAULT) -> str | None:
    return calendar.name(day)


def days_needed(total_jp: int, hours_per_day: int) -> int:
    return max(1, math.ceil(total_jp / max(1, hours_per_day)))


def training_days(
    start: date,
    count: int,
    weekdays: str = "01234",
    closures: Iterable[date] = (),
    calendar: HolidayCalendar = DEFAULT,
) -> list[date]:
    """The first `count` days on or after `start` that fall on `weekdays` (Monday=0) and are
    neither a national day off nor a local closure."""
    allowed = {int(ch) for ch in weekdays}
    if not allowed:
        raise ValueError("weekdays")
    closed = set(closures)
    days: list[date] = []
    day = start
    while len(days) < count:
        if day.weekday() in allowed and day not in closed and calendar.name(day) is None:
            days.append(day)
        day += timedelta(days=1)
    return days
