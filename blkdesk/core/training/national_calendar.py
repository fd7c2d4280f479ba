"""This BLK's national calendar: whether cuti bersama are days off, and imported years.

Each January the SKB 3 Menteri sets the year's holidays and cuti bersama, sometimes after the
`holidays` library in the installed release was built. An admin then imports a small CSV file
(tanggal;nama;jenis), made in a spreadsheet from the SKB, and it replaces the library's dates for
every year it covers. Both settings live in the database, so every PC of an office agrees.
"""

import csv
import io
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from blkdesk.core import settings
from blkdesk.core.errors import ValidationError
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence, spaced
from blkdesk.core.sentences import number as counted
from blkdesk.core.storage.safefile import os_error_text
from blkdesk.core.training.calendar import (
    CUTI_BERSAMA,
    LIBUR,
    Holiday,
    HolidayCalendar,
)

CUTI_BERSAMA_KEY = "cuti_bersama_libur"
IMPORTED_KEY = "hari_libur_nasional"
MAX_FILE_BYTES = 256 * 1024
MAX_ERRORS_SHOWN = 5
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")
_KIND_WORDS = {
    "libur": LIBUR, "libur nasional": LIBUR, "nasional": LIBUR,
    "cuti bersama": CUTI_BERSAMA, "cuti_bersama": CUTI_BERSAMA, "cuti": CUTI_BERSAMA,
}  # fmt: skip
HEADER_WORDS = ("tanggal", "nama", "jenis")


def holiday_calendar(session: Session) -> HolidayCalendar:
    """The calendar this database's batches are planned with."""
    stored = settings.get(session, IMPORTED_KEY) or {}
    imported = {
        int(year): tuple(Holiday(date.fromisoformat(d), name, kind) for d, name, kind in rows)
        for year, rows in stored.items()
    }
    return HolidayCalendar(cuti_bersama=bool(settings.get(session, CUTI_BERSAMA_KEY)),
                           imported=imported)  # fmt: skip


def set_cuti_bersama(session: Session, actor: Actor, observed: bool) -> None:
    """Whether cuti bersama are days off. Batches already planned keep their days."""
    settings.put(session, actor, CUTI_BERSAMA_KEY, bool(observed))


def imported_years(session: Session) -> list[int]:
    return sorted(int(y) for y in (settings.get(session, IMPORTED_KEY) or {}))


def _parse_date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def parse_holiday_file(data: bytes) -> list[Holiday]:
    """The rows of a holiday CSV (`;`, `,` or tab separated, UTF-8), or every row's error."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(Sentence("Berkas hari libur terlalu besar (lebih dari 256 KB)."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(Sentence("Berkas hari libur harus teks CSV (UTF-8).")) from None
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max(";,\t", key=first.count)
    holidays: list[Holiday] = []
    errors: list[str] = []
    seen: set[date] = set()
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if number == 1 and cells[0].lower() == HEADER_WORDS[0]:
            continue
        if len(cells) < 2:
            errors.append(
                Sentence("Baris {row}: isinya harus tanggal, nama dan jenis.", row=number)
            )
            continue
        day = _parse_date(cells[0])
        name = cells[1]
        kind = _KIND_WORDS.get((cells[2] if len(cells) > 2 else "libur").lower() or "libur")
        if day is None:
            errors.append(
                Sentence(
                    "Baris {row}: tanggal «{value}» tidak dikenali (pakai 2027-01-01).",
                    row=number,
                    value=cells[0],
                )
            )
        elif day in seen:
            errors.append(
                Sentence(
                    "Baris {row}: tanggal {day} tertulis dua kali.", row=number, day=day.isoformat()
                )
            )
        elif not name or len(name) > 200:
            errors.append(
                Sentence(
                    "Baris {row}: nama hari libur kosong atau lebih dari 200 huruf.", row=number
                )
            )
        elif kind is None:
            errors.append(
                Sentence(
                    "Baris {row}: jenis «{value}» harus «libur» atau «cuti bersama».",
                    row=number,
                    value=cells[2],
                )
            )
        else:
            seen.add(day)
            holidays.append(Holiday(day, name, kind))
    if errors:
        more = len(errors) - MAX_ERRORS_SHOWN
        shown = spaced(errors[:MAX_ERRORS_SHOWN])
        if more > 0:
            raise ValidationError(
                Sentence("{shown} (dan {n} kesalahan lain)", shown=shown, n=counted(more))
            )
        raise ValidationError(shown)
    if not holidays:
        raise ValidationError(Sentence("Berkas hari libur tidak berisi satu tanggal pun."))
    return holidays


def import_holidays(session: Session, actor: Actor, path: Path) -> dict[int, int]:
    """Replace the national days off of every year the file covers; returns days per year."""
    require(actor, Action.EDIT_SETTINGS)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            Sentence(
                "Berkas {name} tidak bisa dibaca: {reason}",
                name=path.name,
                reason=os_error_text(exc),
            )
        ) from None
    holidays = parse_holiday_file(data)
    stored = dict(settings.get(session, IMPORTED_KEY) or {})
    per_year: dict[int, list[Holiday]] = {}
    for h in holidays:
        per_year.setdefault(h.day.year, []).append(h)
    for year, rows in per_year.items():
        rows.sort(key=lambda h: h.day)
        stored[str(year)] = [[h.day.isoformat(), h.name, h.kind] for h in rows]
    settings.put(session, actor, IMPORTED_KEY, stored)
    return {year: len(rows) for year, rows in sorted(per_year.items())}


def forget_year(session: Session, actor: Actor, year: int) -> None:
    """Go back to the library's dates for `year`."""
    stored = dict(settings.get(session, IMPORTED_KEY) or {})
    if str(year) not in stored:
        raise ValidationError(Sentence("Tidak ada hari libur impor untuk tahun {year}.", year=year))
    del stored[str(year)]
    settings.put(session, actor, IMPORTED_KEY, stored)
