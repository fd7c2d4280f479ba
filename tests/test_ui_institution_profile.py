"""Pengaturan › Ubah profil lembaga, typed into as an administrator does."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from blkdesk.core.institution import local_institution
from blkdesk.ui.screens.settings.institution_dialog import InstitutionDialog
from tests.support.windows import context_of


@pytest.fixture
def dialog(qtbot, qapp, db):
    form = InstitutionDialog(context_of(db))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.version is not None)
    return form


def _ok(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


@pytest.mark.parametrize("phone", ["(0254) 280123", "0254-280.123", "+62 254 280123"])
def test_an_office_phone_written_with_its_area_code_in_brackets_is_saved(qtbot, db, dialog, phone):
    """The demo BLK's own number is "(0254) 280123": fixing the head's NIP must not be refused
    over a phone number written the usual way."""
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, phone)
    dialog.head_nip.selectAll()
    qtbot.keyClicks(dialog.head_nip, "197003151995031002")
    _ok(qtbot, dialog)
    assert not dialog.errors.labels["phone"].isVisible()
    assert not dialog.isVisible()
    with db.session() as s:
        inst = local_institution(s)
        assert (inst.phone, inst.head_nip) == (phone, "197003151995031002")


def test_letters_in_the_phone_are_still_refused_beside_it(qtbot, db, dialog):
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "(0254) telp kantor")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "hanya angka" in dialog.errors.labels["phone"].text()


def test_a_multi_line_box_keeps_its_lines_when_errors_show(qtbot, dialog):
    """The institution's address box is two lines tall; once the admin's mistakes are shown
    beside the fields (and the form restyled), it must not shrink to one line behind a
    scroll bar."""
    dialog.head_nip.selectAll()
    qtbot.keyClicks(dialog.head_nip, "1970")
    dialog.email.selectAll()
    qtbot.keyClicks(dialog.email, "blk@")
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # refused, with its reasons beside the fields
    assert dialog.errors.labels["head_nip"].isVisible()
    assert dialog.address.minimumHeight() == dialog.address.maximumHeight() == 64
    dialog.resize(dialog.width(), 0)  # as small as the form allows
    qtbot.wait(1)
    assert dialog.address.height() == 64
