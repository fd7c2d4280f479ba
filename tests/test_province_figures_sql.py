"""The province's figures are counted by the database: the same answers on SQLite and on
PostgreSQL, at the edges of the age bands and of the six-month placement deadline."""

from datetime import date, timedelta

import pytest

from blkdesk.core.models import Placement
from blkdesk.core.placement.follow_up import add_months
from blkdesk.core.province import figures
from blkdesk.core.province.figures import Measure
from tests.support import graduates as g


@pytest.fixture
def db_url(any_db_url: str) -> str:
    return any_db_url


def _born(years: int, before: date, days: int = 0) -> date:
    """Someone `years` old on `before`, give or take `days`."""
    return before.replace(year=before.year - years) + timedelta(days=days)


def test_figures_and_their_lists_agree_in_both_databases(db):
    today = date.today()
    if today < date(today.year, 3, 1):
        pytest.skip("this year's batch must start after New Year and end before today")
    ended = today - timedelta(days=1)
    with db.transaction() as s:
        this_year = g.batch(s, ended)  # started 28 days before yesterday, this year
        start = this_year.start_date
        ages = {
            "Umur 24 besok": _born(25, start, days=1),  # still 24 on the first day
            "Umur 25 tepat": _born(25, start),  # 25 that day: not 15–24, still 15–29
            "Umur 15 tepat": _born(15, start),
            "Umur 14": _born(15, start, days=1),
        }
        for i, (name, birth) in enumerate(ages.items()):
            t = g.trainee(s, name, sex="P" if i % 2 else "L")
            t.birth_date = birth
            t.is_pmi_candidate = i == 0
            g.enroll(s, this_year, t, outcome="lulus" if i < 3 else "tidak_lulus")
        # The placement cohort: graduates of a batch that ended 17 months ago (last year's).
        cohort_end = add_months(today, -17)
        placed_on_time, placed_late, never = g.graduates(s, cohort_end, ["Tepat", "Telat", "Belum"])
        deadline = add_months(cohort_end, 6)
        for enrollment, recorded, started in (
            (placed_on_time, deadline + timedelta(days=30), deadline),  # started by the deadline
            (placed_late, deadline + timedelta(days=1), None),
        ):
            s.add(Placement(inst_code=g.INST, trainee_id=enrollment.trainee_id,
                            outcome="bekerja_perusahaan", recorded_on=recorded,
                            start_date=started))  # fmt: skip
        del never
    with db.session() as s:
        (line,) = [f for f in figures.per_blk(s, today.year, today) if f.key == g.INST]
        expected = {
            Measure.TRAINEES: 4, Measure.WOMEN: 2, Measure.YOUTH_24: 2, Measure.YOUTH_29: 3,
            Measure.PMI: 1, Measure.ENDED: 4, Measure.GRADUATED: 3, Measure.COHORT: 3,
            Measure.PLACED: 1,
        }  # fmt: skip
        assert line.counts == expected
        for measure, n in expected.items():
            people = figures.people(s, today.year, today, measure, [g.INST])
            assert len(people) == n, measure
        placed = figures.people(s, today.year, today, Measure.PLACED)
        assert [p.name for p in placed] == ["Tepat"] and placed[0].outcome == "bekerja"
        young = {p.name for p in figures.people(s, today.year, today, Measure.YOUTH_24)}
        assert young == {"Umur 24 besok", "Umur 15 tepat"}
