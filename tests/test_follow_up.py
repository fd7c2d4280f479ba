"""The follow-up windows: who is due for a call at 3, 6 and 12 months, and when they stop being."""

from datetime import date, datetime, timedelta
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from blkdesk.core.models import Batch, Enrollment, Placement, Trainee
from blkdesk.core.placement import follow_up
from blkdesk.core.placement.follow_up import add_months, answered, due, milestone_on, window
from tests.support import graduates as g

days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
outcomes = st.sampled_from(
    ["bekerja_perusahaan", "bekerja_non_perusahaan", "wirausaha", "pmi", "belum_bekerja"]
)


@given(days, st.integers(-240, 240))
def test_add_months_keeps_the_day_or_clamps_to_month_end(day, months):
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + timedelta(1)).day == 1)


@given(days)
def test_windows_are_in_order_and_never_overlap(end):
    spans = [window(end, m) for m in follow_up.MILESTONES]
    assert all(first <= last for first, last in spans)
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    assert spans[0][0] > end


@given(days)
def test_without_answers_a_graduate_is_due_on_every_day_of_each_window_and_no_other(end):
    counted = {m: 0 for m in follow_up.MILESTONES}
    day, last = end, window(end, 12)[1] + timedelta(days=30)
    while day <= last:
        months = due(end, day, [])
        if months is not None:
            first, final = window(end, months)
            assert first <= day <= final
            counted[months] += 1
        day += timedelta(days=1)
    size = (follow_up.OPENS_BEFORE + follow_up.CLOSES_AFTER).days + 1
    assert counted == {m: size for m in follow_up.MILESTONES}


@given(days, st.sampled_from(follow_up.MILESTONES), st.integers(0, 59), outcomes)
def test_an_answer_given_in_the_window_closes_it(end, months, offset, outcome):
    first, last = window(end, months)
    today = min(first + timedelta(days=offset), last)
    assert due(end, today, []) == months
    assert due(end, today, [(today, outcome)]) is None


@given(days, outcomes)
def test_only_still_looking_is_called_again_at_the_next_milestone(end, outcome):
    three_months = window(end, 3)[0] + timedelta(days=3)
    six_months = window(end, 6)[0]
    again = due(end, six_months, [(three_months, outcome)])
    assert again == (6 if outcome == "belum_bekerja" else None)


@given(days, outcomes, st.integers(1, 400))
def test_records_from_before_the_training_ended_do_not_count(end, outcome, before):
    today = window(end, 3)[0]
    assert due(end, today, [(end - timedelta(days=before), outcome)]) == 3


@given(days, days)
def test_milestone_is_none_outside_every_window(end, today):
    months = milestone_on(end, today)
    inside = [m for m in follow_up.MILESTONES if window(end, m)[0] <= today <= window(end, m)[1]]
    assert months == (inside[0] if inside else None)


@given(days, st.lists(st.tuples(days, outcomes), max_size=4))
def test_answered_never_depends_on_record_order(end, records):
    for months in follow_up.MILESTONES:
        assert answered(end, months, records) == answered(end, months, list(reversed(records)))


def test_the_list_matches_the_rule_for_random_graduates(db):
    """The SQL pre-filter plus the rule give exactly what the rule alone says, for any today."""
    with db.transaction() as s:
        g.program(s)

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        today=st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)),
        ends=st.lists(st.integers(0, 460), min_size=1, max_size=8),
        answers=st.lists(st.tuples(st.integers(0, 7), st.integers(-30, 420), outcomes),
                         max_size=6),
    )  # fmt: skip
    def check(today, ends, answers):
        with db.transaction() as s:
            enrollments = []
            for i, ago in enumerate(ends):
                b = g.batch(s, today - timedelta(days=ago), status="selesai")
                enrollments.append(g.enroll(s, b, g.trainee(s, f"Lulusan {i}")))
            expected_answers: dict[int, list[tuple[date, str]]] = {}
            for which, after_end, outcome in answers:
                e = enrollments[which % len(enrollments)]
                end = e.batch.end_date
                recorded = min(end + timedelta(days=after_end), today)
                s.add(Placement(inst_code=g.INST, trainee_id=e.trainee_id, enrollment_id=e.id,
                                outcome=outcome, recorded_on=recorded))  # fmt: skip
                expected_answers.setdefault(e.trainee_id, []).append((recorded, outcome))
            s.flush()
            listed = {(r.enrollment_id, r.months) for r in follow_up.follow_up_list(s, today)}
            expected = set()
            for e in enrollments:
                months = due(e.batch.end_date, today, expected_answers.get(e.trainee_id, []))
                if months is not None:
                    expected.add((e.id, months))
            assert listed == expected
            for model in (Placement, Enrollment, Trainee, Batch):
                s.execute(delete(model))

    check()


def test_non_graduates_and_the_removed_are_not_called(db):
    today = date(2026, 3, 2)
    with db.transaction() as s:
        ended = add_months(today, -3)
        b = g.batch(s, ended)
        ok = g.enroll(s, b, g.trainee(s, "Asep Lulus"))
        g.enroll(s, b, g.trainee(s, "Budi Tidak Lulus"), outcome="tidak_lulus")
        g.enroll(s, b, g.trainee(s, "Cecep Surat Keterangan"), outcome="surat_keterangan")
        overridden = g.enroll(s, b, g.trainee(s, "Dedi Diubah Kepala"), outcome="tidak_lulus")
        overridden.outcome_override = "lulus"
        gone = g.enroll(s, b, g.trainee(s, "Eko Dihapus"))
        gone.trainee.deleted_at = datetime(2026, 1, 1)
        s.flush()
        rows = follow_up.follow_up_list(s, today)
        assert {r.enrollment_id for r in rows} == {ok.id, overridden.id}
        assert {r.months for r in rows} == {3}
        assert all(r.phone.startswith("+62") for r in rows)
        assert follow_up.follow_up_list(s, today, months=6) == []
