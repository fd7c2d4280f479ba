"""Registry search: keyset pages in every sort order, filters, and both query plans agree."""

import pytest
from sqlalchemy import select

from blkdesk.core import demo
from blkdesk.core.models import Batch, Enrollment, Program, Trainee
from blkdesk.core.registry import search_plan, trainee_search
from blkdesk.core.registry.trainee_search import Filters, Sort
from blkdesk.core.storage.db import open_database, resolve_url


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "demo.sqlite"
    demo.build(str(path), trainees=120, seed=3, years=3)
    db = open_database(resolve_url(str(path)))
    yield db
    db.dispose()


def _all_pages(session, text="", filters=None, sort=None, size=7):
    filters, sort = filters or Filters(), sort or Sort()
    rows, after = [], None
    while True:
        page = trainee_search.page(session, text, after, size, filters=filters, sort=sort)
        rows.extend(page)
        if len(page) < size:
            return rows
        after = (page[-1].sort_value(sort.column), page[-1].id)


@pytest.mark.parametrize("column", list(trainee_search.SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_cover_everyone_once_in_sort_order(demo_db, column, descending):
    with demo_db.session() as s:
        rows = _all_pages(s, sort=Sort(column, descending))
        total = len(s.scalars(select(Trainee.id)).all())
    assert len(rows) == len({r.id for r in rows}) == total
    keys = [(r.sort_value(column), r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_filters_by_batch_year_vocation_status_and_regency(demo_db):
    with demo_db.session() as s:
        batch = s.scalar(select(Batch).order_by(Batch.id))
        in_batch = set(
            s.scalars(select(Enrollment.trainee_id).where(Enrollment.batch_id == batch.id))
        )
        found = {r.id for r in _all_pages(s, filters=Filters(batch_id=batch.id))}
        assert found == in_batch
        vocation = s.scalar(select(Program.vocation_id).where(Program.id == batch.program_id))
        both = Filters(batch_id=batch.id, year=batch.year, vocation_id=vocation, status="peserta")
        selected = set(
            s.scalars(
                select(Enrollment.trainee_id).where(
                    Enrollment.batch_id == batch.id, Enrollment.status == "peserta"
                )
            )
        )
        assert {r.id for r in _all_pages(s, filters=both)} == selected
        assert not _all_pages(s, filters=Filters(batch_id=batch.id, year=batch.year - 1))
        regency = _all_pages(s, filters=Filters(regency_code="3604"))
        assert regency and {r.regency_code for r in regency} == {"3604"}
        assert trainee_search.count(s, filters=Filters(regency_code="3604")) == len(regency)
        assert trainee_search.count(s, cap=10) == 11
        options = trainee_search.filter_options(s)
        assert options.years and options.vocations and ("3604", "Kab. Serang") in options.regencies


@pytest.mark.parametrize(
    "text, filters",
    [
        ("3", Filters()),
        ("36", Filters(regency_code="3604")),
        ("3604", Filters(year=2025)),
        ("08", Filters(status="peserta")),
        ("+628", Filters(regency_code="3604", status="lulus")),
        ("a", Filters(regency_code="3604")),
        ("sit", Filters()),
        ("", Filters(regency_code="3604", year=2025)),
        ("", Filters(regency_code="3672")),
    ],
)
@pytest.mark.parametrize("sort", [Sort("registered", True), Sort("regency"), Sort("nik")])
def test_every_way_in_finds_the_same_rows(demo_db, monkeypatch, text, filters, sort):
    """Whichever index search_plan lets lead (the others hidden from the planner), the pages
    hold the same rows in the same order."""
    found = {}
    with demo_db.session() as s:
        for lead in search_plan.Lead:
            monkeypatch.setattr(search_plan, "choose", lambda *_args, lead=lead: lead)
            found[lead] = [r.id for r in _all_pages(s, text, filters, sort)]
    assert found[search_plan.Lead.SORT], (text, filters)
    assert all(rows == found[search_plan.Lead.SORT] for rows in found.values()), found


def test_the_plan_leads_with_what_finds_a_page_cheapest():
    Lead, Estimate = search_plan.Lead, search_plan.Estimate
    cap = search_plan.CAP
    # Most registrants live in the BLK's kabupaten: walk the sort index, don't sort 70,000.
    assert search_plan.choose(Estimate(100_000, regency=cap), 200) is Lead.SORT
    # ...but a name typed to a few matches leads, whatever else is chosen.
    assert search_plan.choose(Estimate(100_000, text=12, regency=cap, ids=10_000), 200) is Lead.TEXT
    # A broad prefix ("36": most NIKs) with a rare regency: that regency's few, then sorted.
    assert search_plan.choose(Estimate(100_000, text=cap, regency=3_700), 200) is Lead.REGENCY
    # Two broad conditions that together match few: the smaller one, not a walk of every row.
    assert search_plan.choose(Estimate(100_000, text=2_800, regency=3_700), 200) is Lead.TEXT
    assert search_plan.choose(Estimate(100_000, text=cap, ids=25), 200) is Lead.IDS
    # A prefix in its own sort order needs no sorting: walk it, however broad.
    assert search_plan.choose(Estimate(100_000, text=cap, regency=cap), 200, Lead.TEXT) is Lead.TEXT
    assert search_plan.choose(Estimate(100_000), 200) is Lead.SORT
    assert search_plan.choose(Estimate(0, regency=0), 200) is Lead.REGENCY  # an empty registry


def test_a_typed_local_phone_number_finds_the_stored_plus62_one(demo_db):
    with demo_db.session() as s:
        phone = s.scalar(select(Trainee.phone).order_by(Trainee.id))
        rows = trainee_search.page(s, "0" + phone[3:9])
    assert phone in {r.phone for r in rows}


def test_a_masked_search_matches_names_and_whole_niks_only(demo_db):
    with demo_db.session() as s:
        nik, phone, name = s.execute(
            select(Trainee.nik, Trainee.phone, Trainee.name).order_by(Trainee.id)
        ).first()
        assert trainee_search.page(s, nik[:6])  # staff: a prefix finds
        assert trainee_search.page(s, nik[:6], masked=True) == []
        assert trainee_search.count(s, "0" + phone[3:9], masked=True) == 0
        assert [r.nik for r in trainee_search.page(s, nik, masked=True)] == [nik]
        assert nik in {r.nik for r in trainee_search.page(s, name, masked=True)}


@pytest.mark.parametrize("status", ["peserta", "pendaftar", "mengundurkan_diri"])
def test_a_common_status_tested_per_row_finds_what_collecting_ids_finds(
    demo_db, monkeypatch, status
):
    filters = Filters(status=status)
    with demo_db.session() as s:
        monkeypatch.setattr(trainee_search, "COMMON", 10**9)
        collected = [r.id for r in _all_pages(s, filters=filters, sort=Sort("birth_date", True))]
        monkeypatch.setattr(trainee_search, "COMMON", 1)
        per_row = [r.id for r in _all_pages(s, filters=filters, sort=Sort("birth_date", True))]
        expected = set(s.scalars(select(Enrollment.trainee_id).where(Enrollment.status == status)))
    assert per_row == collected and set(per_row) == expected
