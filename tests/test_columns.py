"""Column widths that fit a list's width: the widest give way first, none below its header."""

from hypothesis import given
from hypothesis import strategies as st

from blkdesk.ui.widgets.columns import NARROWEST, fitted

widths = st.lists(st.integers(1, 400), min_size=1, max_size=9)


def test_the_widest_columns_share_what_the_narrow_ones_leave():
    assert fitted([80, 120, 300, 200], 600) == [80, 120, 200, 200]
    assert fitted([80, 120, 300, 200], 1000) == [80, 120, 300, 200]
    # The programme (2) gives way alone while that is enough, then everyone does.
    assert fitted([170, 120, 300, 130], 600, first=[2]) == [170, 120, 180, 130]
    assert fitted([170, 120, 300, 130], 400, first=[2]) == [113, 113, 60, 113]
    assert fitted([170, 120, 300, 130], 100) == [60, 60, 60, 60]  # too narrow: it scrolls
    # A column is not cut narrower than its header: the others give way instead.
    assert fitted([200, 200, 200], 450, least=[190, 0, 0]) == [190, 130, 130]


@given(widths, st.integers(0, 3000), st.sets(st.integers(0, 8)), st.lists(st.integers(0, 300)))
def test_fitted_widths_fit_when_they_can(natural, room, first, headers):
    first = {column for column in first if column < len(natural)}
    headers = (headers + [0] * len(natural))[: len(natural)]
    least = [min(n, max(NARROWEST, h)) for n, h in zip(natural, headers, strict=True)]
    out = fitted(natural, room, first, headers)
    assert len(out) == len(natural)
    assert all(m <= w <= n for m, w, n in zip(least, out, natural, strict=True))
    if sum(natural) <= room:
        assert out == natural
    elif sum(least) <= room:
        assert sum(out) <= room
        assert sum(out) > room - len(natural)  # the room is used, but for rounding
    else:
        assert out == least  # nothing more to give: the list scrolls
