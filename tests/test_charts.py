"""The one bar chart widget: stacked segments a clerk can click, or grouped bars to read."""

import pytest
from PySide6.QtCore import Qt

from blkdesk.ui.widgets.charts import BarChart, Series

SEXES = [Series("L", "Laki-laki", "#2F6DB5"), Series("P", "Perempuan", "#E07B39")]


def _chart(qtbot, **options) -> BarChart:
    chart = BarChart("Kosong", **options)
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_stacked_segments_sit_end_to_end_and_open_what_they_count(qtbot):
    chart = _chart(qtbot)
    values = {("las", "L"): 6, ("las", "P"): 2, ("tik", "L"): 1, ("tik", "P"): 3}
    chart.set_data([("las", "Las"), ("tik", "TIK")], SEXES, values, {"las": "8", "tik": "4"})
    men, women = chart.segment_rect("las", "L"), chart.segment_rect("las", "P")
    assert men.right() == pytest.approx(women.left())
    assert men.width() == pytest.approx(3 * women.width())
    assert chart.segment_rect("tik", "P").width() == pytest.approx(women.width() * 1.5)
    with qtbot.waitSignal(chart.bar_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=women.center().toPoint())
    assert clicked.args == ["las", "P"]
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.bar_clicked) as entered:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert entered.args == ["tik", None]


def test_grouped_bars_stand_one_under_the_other_and_scale_to_the_longest(qtbot):
    chart = _chart(qtbot, grouped=True, clickable=False)
    values = {("las", "L"): 5, ("las", "P"): 0, ("tik", "L"): 3, ("tik", "P"): 4}
    chart.set_data([("las", "Las"), ("tik", "TIK")], SEXES, values)
    men, women = chart.segment_rect("las", "L"), chart.segment_rect("las", "P")
    assert men.left() == women.left() and men.bottom() < women.top()
    assert women.width() == 0 and chart.value("las", "P") == 0
    assert chart.segment_rect("tik", "L").width() == pytest.approx(men.width() * 3 / 5)
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus
    with qtbot.assertNotEmitted(chart.bar_clicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=men.center().toPoint())


def test_no_rows_shows_the_empty_text(qtbot):
    chart = _chart(qtbot, grouped=True)
    chart.set_data([], SEXES, {})
    assert chart.categories() == []
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 600, 7) for y in range(0, 300, 7)}
    assert "#2f6db5" not in colours and len(colours) > 1  # text, no bars
