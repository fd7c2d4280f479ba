"""What the clerk sees: open dropdown lists are readable, focus is visible."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from blkdesk.ui import style


def _colours(image, rect):
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom())
    }


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_highlighted_entry_of_an_open_dropdown_is_readable(qtbot, qapp):
    host = QWidget()
    qtbot.addWidget(host)
    combo = QComboBox()
    combo.addItems(["Belum bekerja", "Bekerja", "Berwirausaha"])
    QVBoxLayout(host).addWidget(combo)
    host.show()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_F4)  # opens the list, as a clerk does with Alt+Down
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    image = view.window().grab().toImage()
    offset = view.viewport().mapTo(view.window(), view.viewport().rect().topLeft())
    rect = view.visualRect(view.currentIndex()).translated(offset).intersected(image.rect())
    assert rect.height() > 10
    colours = _colours(image, rect)
    assert QColor(style.ACCENT).name() in colours  # the highlight is drawn...
    light = [c for c in colours if QColor(c).lightness() > 200]
    assert light  # ...with light text on it, not a blank row
    combo.hidePopup()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_open_dropdown_shows_every_entry_when_they_fit(qtbot, qapp):
    """The nine statuses of Peserta's filter opened as eight and a half behind a scroll arrow,
    with the screen free below: the menu-like list sized itself for shorter rows than the
    stylesheet draws."""
    host = QWidget()
    qtbot.addWidget(host)
    combo = QComboBox()
    combo.addItems([f"Status {n}" for n in range(9)])
    QVBoxLayout(host).addWidget(combo)
    host.show()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    shown = view.viewport().rect()
    assert all(shown.contains(view.visualRect(combo.model().index(n, 0))) for n in range(9))
    combo.hidePopup()


def test_a_focused_button_looks_different(qtbot, qapp):
    from PySide6.QtWidgets import QPushButton

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    first, second = QPushButton("Simpan"), QPushButton("Batal")
    layout.addWidget(first)
    layout.addWidget(second)
    host.show()
    qtbot.waitExposed(host)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused = first.grab().toImage()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    assert first.grab().toImage() != focused
    assert QColor(style.ACCENT).name() in _colours(focused, focused.rect())


def test_qts_own_file_dialog_speaks_indonesian(qtbot, qapp):
    """Where the system's file dialog is not used (Linux without a portal), Qt's own one must
    not say "Look in" and "File name" inside the Indonesian interface."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    from blkdesk.ui import i18n

    assert i18n.install("id")
    dialog = QFileDialog(None, "Simpan", "", "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    buttons = {b.text() for b in dialog.findChildren(QAbstractButton)} | {
        b.toolTip() for b in dialog.findChildren(QAbstractButton)
    }
    assert {"&Simpan", "Batal", "Folder induk", "Buat folder baru"} <= buttons
    model = dialog.findChild(QTreeView).model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    dialog.close()


def test_a_disabled_field_shows_no_example_text(qtbot, qapp):
    """'mis. PT Krakatau Steel' in a field that cannot be typed in reads as recorded data."""
    from PySide6.QtWidgets import QLineEdit

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    enabled = QLineEdit(placeholderText="mis. PT Krakatau Steel")
    disabled = QLineEdit(placeholderText="mis. PT Krakatau Steel")
    disabled.setEnabled(False)
    layout.addWidget(enabled)
    layout.addWidget(disabled)
    host.show()
    qtbot.waitExposed(host)

    def ink(edit):
        image = edit.grab().toImage()
        inside = image.rect().adjusted(4, 4, -4, -4)
        return len(_colours(image, inside))

    assert ink(enabled) > 3  # the example text is drawn in a usable field...
    assert ink(disabled) <= 2  # ...and a disabled one is its plain background and nothing else


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("edge", ["left", "right"])
def test_an_open_dropdown_shows_a_long_entry_whole_and_stays_on_screen(qtbot, qapp, edge):
    """Peserta's batch filter opened exactly as wide as its box, so "Bahasa Jepang untuk Calon
    PMI — Angkatan III/2026" read "Bahasa Jepang untuk C…I — Angkatan III/2026" and the batches
    of one course looked alike."""
    long_ = "Bahasa Jepang untuk Calon Pekerja Migran Indonesia — Angkatan III/2026"
    host = QWidget()
    qtbot.addWidget(host)
    combo = QComboBox()
    combo.addItems(["Semua angkatan", long_] + [f"Las — Angkatan {n}/2026" for n in range(12)])
    QVBoxLayout(host).addWidget(combo)
    host.setFixedWidth(200)
    screen = combo.screen().availableGeometry()
    host.move(screen.left() if edge == "left" else screen.right() - 200, screen.top() + 50)
    host.show()
    qtbot.waitExposed(host)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    popup = view.window()
    text_width = view.fontMetrics().horizontalAdvance(long_)
    assert combo.width() < text_width  # the box alone would elide it
    shown = view.visualRect(combo.model().index(1, 0)).intersected(view.viewport().rect())
    assert shown.width() > text_width
    assert view.viewport().width() >= view.sizeHintForColumn(0)  # no entry is elided
    assert popup.width() >= combo.width()
    assert screen.contains(popup.frameGeometry())
    combo.hidePopup()
