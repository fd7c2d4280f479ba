"""Demo stage: local closures (cuti bersama, a workshop repair) that the batches then skip."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import insert

from blkdesk.core.demo.context import DemoContext
from blkdesk.core.models import Closure
from blkdesk.core.training.calendar import holiday_name, national_holidays


def _candidates(year: int) -> list[tuple[date, str]]:
    out = [(date(year, 12, 24), "Cuti bersama Hari Raya Natal")]
    for day, name in national_holidays(year).items():
        if name.startswith("Hari Raya Idul Fitri"):
            out += [(day + timedelta(days=n), "Cuti bersama Idul Fitri") for n in (2, 3)]
    out.append((date(year, 9, 1), "Perbaikan instalasi listrik bengkel"))
    return out


def build(ctx: DemoContext) -> None:
    """Runs before the batches are planned, which skip these days as a clerk's plans would."""
    rows = []
    for year in range(ctx.today.year - ctx.years + 1, ctx.today.year + 2):
        for day, description in _candidates(year):
            if day.weekday() > 4 or day in ctx.closures or holiday_name(day):
                continue
            ctx.closures.add(day)
            stamp = datetime.combine(day - timedelta(days=30), time(3, 0))
            rows.append({
                "uuid": ctx.uuid(), "inst_code": ctx.inst_code, "day": day,
                "description": description, "created_at": stamp, "updated_at": stamp,
            })  # fmt: skip
    if rows:
        ctx.session.execute(insert(Closure), rows)
