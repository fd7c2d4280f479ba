"""Date arithmetic in SQL that SQLite and PostgreSQL both run, with the same answers as
`clock.age_on` and `follow_up.add_months`, so figures can be counted by the database instead of
row by row in Python.
"""

from typing import Any

from sqlalchemy import Date, Integer, and_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal


class yyyymmdd(FunctionElement[int]):
    """A date as the number 20251231."""

    type = Integer()
    inherit_cache = True


@compiles(yyyymmdd)  # SQLite, and printing a statement
def _yyyymmdd_sqlite(element: yyyymmdd, compiler: Any, **kw: Any) -> str:
    # SQLite keeps a date as its ISO text: dropping the dashes is half the work of strftime.
    return f"CAST(replace({compiler.process(element.clauses, **kw)}, '-', '') AS INTEGER)"


@compiles(yyyymmdd, "postgresql")
def _yyyymmdd_postgresql(element: yyyymmdd, compiler: Any, **kw: Any) -> str:
    return f"CAST(to_char({compiler.process(element.clauses, **kw)}, 'YYYYMMDD') AS INTEGER)"


def age_between(birth: Any, on: Any, youngest: int, oldest: int) -> ColumnElement[bool]:
    """Whether someone born on `birth` is `youngest`–`oldest` years old (inclusive) on `on`.

    20251231 − 20001231 = 250000: the difference of the dates written as numbers, divided by
    10,000, is the age in whole years, birthdays (29 February too) counted as `age_on` does.
    Compared, not divided: integer division rounds differently in the two databases.
    """
    diff = yyyymmdd(on) - yyyymmdd(birth)
    return and_(diff >= youngest * 10000, diff < (oldest + 1) * 10000)


class months_after(FunctionElement[Any]):
    """`day` plus a whole number of months, clamped to the end of a shorter month (31 August
    + 6 months is 28 or 29 February), as `add_months` does."""

    type = Date()
    inherit_cache = True
    # The month count is written into the SQL, so it belongs in the statement cache's key.
    _traverse_internals = [
        *FunctionElement._traverse_internals,
        ("months", InternalTraversal.dp_plain_obj),
    ]

    def __init__(self, day: Any, months: int) -> None:
        self.months = int(months)
        super().__init__(day)


@compiles(months_after)  # SQLite, and printing a statement
def _months_after_sqlite(element: months_after, compiler: Any, **kw: Any) -> str:
    # SQLite rolls an overflowing day into the next month (31 Aug + 6 months → 3 March), so take
    # the earlier of that and the last day of the target month.
    day = compiler.process(next(iter(element.clauses)), **kw)
    n = element.months
    return (
        f"min(date({day}, '{n:+d} months'), "
        f"date({day}, 'start of month', '{n + 1:+d} months', '-1 day'))"
    )


@compiles(months_after, "postgresql")
def _months_after_postgresql(element: months_after, compiler: Any, **kw: Any) -> str:
    # PostgreSQL's interval arithmetic already clamps to the end of the month.
    day = compiler.process(next(iter(element.clauses)), **kw)
    return f"CAST({day} + INTERVAL '{element.months} months' AS DATE)"
