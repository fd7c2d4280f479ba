"""The gap rule (core/province/gaps): which of a BLK's changes the province never received.

Properties over a BLK's whole export history (a chain of files, each delta starting where the
previous export ended, fulls anywhere), of which the province received any subset in any
order; and the rule end to end on real delta files."""

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from blkdesk.cli import main
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.province import gaps, missing
from blkdesk.core.province.gaps import Gap, MergedFile
from blkdesk.core.province.missing import LateMonth
from blkdesk.exchange import merge, sync_export
from tests.support.exchange_data import build, new_blk, new_province

T0 = datetime(2026, 1, 5, 9, 0)
ADMIN = Actor("admin", Role.ADMIN)


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[MergedFile], list[bool], list[datetime]]:
    """(the chain of files the BLK exported, which of them arrived, their times). The first
    export is always full, as a BLK's first is."""
    n = draw(st.integers(1, 12))
    steps = draw(st.lists(st.integers(1, 60 * 24 * 40), min_size=n, max_size=n))
    times = [T0]
    for minutes in steps[1:]:
        times.append(times[-1] + timedelta(minutes=minutes))
    full = [True, *draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))]
    chain = [
        MergedFile(t, f, None if f else times[i - 1])
        for i, (t, f) in enumerate(zip(times, full, strict=True))
    ]
    received = [True, *draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))]
    return chain, received, times


def expected(chain: list[MergedFile], received: list[bool], times: list[datetime]) -> list[Gap]:
    """Export by export: the stretch before export i is missing when export i did not arrive,
    is after the newest full file that did, and some later export did arrive (until then the
    province cannot know of it)."""
    got = [i for i, r in enumerate(received) if r]
    newest_full = max(i for i in got if chain[i].full)
    last = max(got)
    missing = [i for i in range(newest_full + 1, last + 1) if not received[i]]
    out: list[Gap] = []
    for i in missing:
        if out and out[-1].end == times[i - 1]:
            out[-1] = Gap(out[-1].start, times[i], out[-1].found_by)
        else:
            out.append(Gap(times[i - 1], times[i], times[i]))
    # Each gap is found by the first export to arrive after it.
    return [Gap(g.start, g.end, next(times[j] for j in got if times[j] > g.end)) for g in out]


@given(histories(), st.randoms(use_true_random=False))
def test_gaps_are_the_missing_exports_after_the_newest_full_file(history, rnd) -> None:
    chain, received, times = history
    arrived = [f for f, r in zip(chain, received, strict=True) if r]
    rnd.shuffle(arrived)  # the order files reach the province changes nothing
    assert gaps.gaps(arrived) == expected(chain, received, times)


@given(histories())
def test_a_gap_is_covered_by_no_file_received(history) -> None:
    chain, received, _times = history
    arrived = [f for f, r in zip(chain, received, strict=True) if r]
    for gap in gaps.gaps(arrived):
        assert gap.start < gap.end
        for f in arrived:
            if f.full:
                assert f.made_at <= gap.start
            else:
                assert f.made_at <= gap.start or f.since >= gap.end


@given(histories())
def test_the_missing_files_or_a_new_full_file_close_every_gap(history) -> None:
    chain, received, times = history
    arrived = [f for f, r in zip(chain, received, strict=True) if r]
    assert gaps.gaps(chain) == []  # everything arrived
    fresh = MergedFile(times[-1] + timedelta(days=1), True)
    assert gaps.gaps([*arrived, fresh]) == []


def test_a_delta_whose_start_was_not_recorded_claims_no_gap() -> None:
    full = MergedFile(T0, True)
    older = MergedFile(T0 + timedelta(days=60), False, None)  # merged by an older BLKDesk
    assert gaps.gaps([full, older]) == []


def test_a_blks_missing_october_shows_as_a_gap_until_october_arrives(tmp_path) -> None:
    blk = new_blk(tmp_path, "PDG")
    build(blk, per_batch=2)
    months = iter(datetime(2026, m, 3, 10, 0) for m in (9, 10, 11))
    files = []
    for i, made in enumerate(months):
        files.append(
            sync_export.export_sync(
                blk, ADMIN, tmp_path / f"f{i}.xlsx", full=i == 0, now=lambda made=made: made
            )
        )
    blk.dispose()
    september, october, november = files
    assert october.since == september.made_at and november.since == october.made_at
    province = new_province(tmp_path)
    report = merge.merge_files(province, ADMIN, [september.path, november.path])
    assert not any(f.reason for f in report.files)
    assert report.gaps == {"PDG": [Gap(september.made_at, october.made_at, november.made_at)]}
    report = merge.merge_files(province, ADMIN, [october.path])
    assert report.gaps == {}
    with province.session() as s:
        assert gaps.blk_gaps(s) == {}
    province.dispose()


def test_chain_helper_is_sound() -> None:
    """The expectation above on a hand-made case, so the property cannot pass vacuously."""
    times = [T0 + timedelta(days=30 * i) for i in range(5)]
    chain = [MergedFile(times[0], True)] + [
        MergedFile(times[i], False, times[i - 1]) for i in range(1, 5)
    ]
    received = [True, True, False, False, True]
    assert expected(chain, received, times) == [Gap(times[1], times[3], times[4])]
    assert gaps.gaps([chain[i] for i in (4, 0, 1)]) == [Gap(times[1], times[3], times[4])]


def test_the_command_line_says_what_to_ask_for(tmp_path, capsys) -> None:
    blk = new_blk(tmp_path, "PDG")
    build(blk, per_batch=2)
    made = [datetime(2026, m, 3, 10, 0) for m in (9, 10, 11)]
    files = [
        sync_export.export_sync(
            blk, ADMIN, tmp_path / f"f{i}.xlsx", full=i == 0, now=lambda t=t: t
        ).path
        for i, t in enumerate(made)
    ]
    blk.dispose()
    url = str(new_province(tmp_path).engine.url)
    assert main(["merge", str(files[0]), str(files[2]), "--db", url]) == 0
    said = capsys.readouterr().out
    assert "CELAH PDG: perubahan 3 September 2026" in said
    assert "Kirim berkas sinkronisasi yang dibuat 3 Oktober 2026" in said
    assert main(["followup", "--db", url]) == 0
    assert "1 celah berkas" in capsys.readouterr().out
    assert main(["merge", str(files[1]), "--db", url]) == 0
    assert "CELAH" not in capsys.readouterr().out


def test_what_is_missing_is_the_overdue_months_and_the_gaps_oldest_first() -> None:
    """Daftar BLK's tab Berkas belum diterima: the two rules' findings in one list, a month by
    its first day, a gap by its start, each month with its due date and how late it is."""
    september = Gap(datetime(2026, 9, 3, 10), datetime(2026, 10, 3, 10), datetime(2026, 11, 3))
    on_the_first = Gap(datetime(2026, 8, 1), datetime(2026, 8, 20), datetime(2026, 9, 3))
    listed = missing.missing(
        ["2026-07", "2026-08", "2026-09"], [september, on_the_first], date(2026, 12, 1)
    )
    assert listed == [
        LateMonth("2026-07", date(2026, 8, 10), 113),
        LateMonth("2026-08", date(2026, 9, 10), 82),
        on_the_first,
        LateMonth("2026-09", date(2026, 10, 10), 52),
        september,
    ]
    assert missing.missing([], [], date(2026, 12, 1)) == []
