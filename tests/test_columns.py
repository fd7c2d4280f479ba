"""Column widths that fit a list's width: the widest give way first, none below the narrowest."""

from hypothesis import given
from hypothesis import strategies as st

from blkdesk.ui.widgets.columns import NARROWEST, fitted

widths = st.lists(st.integers(NARROWEST, 400), min_size=1, max_size=9)


def test_the_widest_columns_share_what_the_narrow_ones_leave():
    assert fitted([80, 120, 300, 200], 600) == [80, 120, 200, 200]
    assert fitted([80, 120, 300, 200], 1000) == [80, 120, 300, 200]
    # The programme (2) gives way alone while that is enough, then everyone does.
    assert fitted([170, 120, 300, 130], 600, first=[2]) == [170, 120, 180, 130]
    assert fitted([170, 120, 300, 130], 400, first=[2]) == [113, 113, 60, 113]
    assert fitted([170, 120, 300, 130], 100) == [60, 60, 60, 60]  # too narrow: it scrolls


@given(widths, st.integers(0, 3000), st.sets(st.integers(0, 8)))
def test_fitted_widths_fit_when_they_can(natural, room, first):
    first = {column for column in first if column < len(natural)}
    out = fitted(natural, room, first)
    assert len(out) == len(natural)
    assert min(out) >= NARROWEST
    assert all(w <= n for w, n in zip(out, natural, strict=True))  # never wider than its text
    if sum(natural) <= room:
        assert out == natural
    elif NARROWEST * len(natural) <= room:
        assert sum(out) <= room
        assert sum(out) > room - len(natural)  # the room is used, but for rounding
    else:
        assert out == [NARROWEST] * len(natural)
