"""Dates computed in SQL give the answers of clock.age_on and follow_up.add_months, in both
databases."""

from datetime import date, timedelta
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Date, Integer, MetaData, Table, create_engine, insert, select

from blkdesk.core.clock import age_on
from blkdesk.core.placement.follow_up import add_months
from blkdesk.core.sqldates import age_between, months_after

metadata = MetaData()
pairs = Table(
    "pairs", metadata,
    Column("id", Integer, primary_key=True),
    Column("birth", Date, nullable=False),
    Column("on", Date, nullable=False),
)  # fmt: skip
MONTHS = (-18, -12, -6, 1, 6, 12)


def _edge_days() -> list[date]:
    """Month ends, leap days and year ends, where the two rules could part."""
    days = [date(2000, 2, 29), date(2024, 2, 29), date(1999, 12, 31), date(2025, 1, 1)]
    for year in (2023, 2024, 2025):
        for month in range(1, 13):
            first = date(year, month, 1)
            days += [first, first - timedelta(days=1), first + timedelta(days=27)]
    return days


def _check(url: str, rows: list[tuple[date, date]]) -> None:
    engine = create_engine(url)
    try:
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(insert(pairs), [{"birth": b, "on": o} for b, o in rows])
            youth = age_between(pairs.c.birth, pairs.c.on, 15, 24)
            found = conn.execute(
                select(
                    pairs.c.birth, pairs.c.on, youth,
                    *(months_after(pairs.c.on, n) for n in MONTHS),
                ).order_by(pairs.c.id)
            ).all()  # fmt: skip
            metadata.drop_all(conn)
    finally:
        engine.dispose()
    assert len(found) == len(rows)
    for birth, on, young, *later in found:
        assert bool(young) == (15 <= age_on(birth, on) <= 24), (birth, on)
        assert later == [add_months(on, n) for n in MONTHS], on


def test_sql_dates_match_python_in_both_databases(any_db_url):
    rng = Random(16)
    edges = _edge_days()
    rows: list[tuple[date, date]] = []
    # A birthday on the day, the day before and the day after, at the edges of both ages.
    for on in edges:
        for years in (15, 25):
            try:
                birthday = on.replace(year=on.year - years)
            except ValueError:  # 29 February in a common year
                birthday = date(on.year - years, 2, 28)
            rows += [(birthday + timedelta(days=d), on) for d in (-1, 0, 1)]
    rows += [
        (date(1960, 1, 1) + timedelta(days=rng.randrange(20000)),
         date(2020, 1, 1) + timedelta(days=rng.randrange(3000)))
        for _ in range(300)
    ]  # fmt: skip
    _check(any_db_url, rows)


@settings(max_examples=60, deadline=None)
@given(
    birth=st.dates(min_value=date(1950, 1, 1), max_value=date(2020, 12, 31)),
    on=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
)
def test_sql_dates_match_python_for_any_dates(birth, on):
    _check("sqlite://", [(birth, on)])
