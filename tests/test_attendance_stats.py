from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from blkdesk.core.attendance.attendance_stats import AttendanceStats, meets_threshold


@given(days=st.integers(1, 80), present=st.integers(0, 80), threshold=st.integers(0, 100))
def test_threshold_is_exact_not_rounded(days, present, threshold):
    present = min(present, days)
    stats = AttendanceStats(days, days, {"H": present})
    assert meets_threshold(stats, Decimal(threshold)) == (present * 100 >= threshold * days)


def test_excused_days_are_not_presence():
    stats = AttendanceStats(20, 10, {"H": 15, "I": 3, "S": 2})
    assert stats.percent_of_all() == Decimal("75.0")
    assert not meets_threshold(stats, Decimal(80))
    assert stats.keyed == 20


def test_percent_so_far_uses_days_held():
    assert AttendanceStats(20, 10, {"H": 8}).percent_so_far() == Decimal("80.0")
    assert AttendanceStats(20, 0, {}).percent_so_far() == Decimal(0)
