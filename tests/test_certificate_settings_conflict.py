"""The certificate layout and numbering when another clerk, at another PC on the same office
server, saved them after this clerk opened Tata letak sertifikat: nothing is overwritten
silently; the conflict dialog lists what each side changed, and the clerk reloads or re-applies."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from blkdesk.core.certification import certificate_layout, numbering
from blkdesk.core.concurrency import StaleRecord
from blkdesk.core.institution import local_institution, setup
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import open_database
from blkdesk.ui.screens.certificates.layout_dialog import LayoutDialog
from blkdesk.ui.widgets import conflict
from tests.support.conflicts import Answer
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.office import office_desk

BUDI = Actor("budi", Role.ADMIN)
SK_PATTERN = "{seq:04d}/SK/{inst}/{year}"


@pytest.fixture
def office(qapp, pg_db_url, monkeypatch):
    yield from office_desk(qapp, pg_db_url, monkeypatch, QMessageBox.StandardButton.Discard)


def _budi_saves_layout(db, **changed) -> None:
    with db.transaction() as s:
        before = certificate_layout.load(s)
        certificate_layout.save(s, BUDI, replace(before, **changed), before)


def _budi_saves_numbering(db, **changed) -> None:
    with db.transaction() as s:
        inst = local_institution(s)
        before = numbering.config(s, inst)
        numbering.save_config(s, BUDI, inst, replace(before, **changed), before)


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_layout_saved_by_another_clerk_meanwhile_is_reapplied_field_by_field(
    qtbot, office, monkeypatch
):
    db, ctx = office
    dialog = LayoutDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.margin.setValue(20)
    _budi_saves_layout(db, title="SERTIFIKAT KOMPETENSI")
    answer = Answer(monkeypatch, conflict.REAPPLY)
    _ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert answer.table() == {
        "Margin": ["14 mm", "14 mm", "20 mm"],
        "Judul": ["SERTIFIKAT PELATIHAN KERJA", "SERTIFIKAT KOMPETENSI",
                  "SERTIFIKAT PELATIHAN KERJA"],
    }  # fmt: skip
    assert "budi" in answer.shown[0].intro.text()
    with db.session() as s:  # nothing of this clerk's was saved yet
        assert certificate_layout.load(s).margin_mm == 14.0
    assert dialog.title_edit.text() == "SERTIFIKAT KOMPETENSI" and dialog.margin.value() == 20
    assert dialog.notice.isVisible() and "diterapkan" in dialog.notice.text()
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        saved = certificate_layout.load(s)
    assert (saved.title, saved.margin_mm) == ("SERTIFIKAT KOMPETENSI", 20.0)


def test_numbering_saved_by_another_clerk_meanwhile_is_reloaded_on_request(
    qtbot, office, monkeypatch
):
    db, ctx = office
    dialog = LayoutDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sert_pattern.selectAll()
    qtbot.keyClicks(dialog.sert_pattern, "{seq:04d}/SERT/{inst}/{year}")
    _budi_saves_numbering(db, surat_keterangan=SK_PATTERN, scope="all")
    answer = Answer(monkeypatch, conflict.RELOAD)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    table = answer.table()
    assert set(table) == {"Nomor sertifikat", "Nomor surat keterangan", "Nomor urut dimulai lagi"}
    assert table["Nomor urut dimulai lagi"][1] == numbering.SCOPES["all"]
    assert dialog.sk_pattern.text() == SK_PATTERN
    assert dialog.sert_pattern.text() == _sert_pattern(db)
    assert "dibuang" in dialog.notice.text()
    _ok(dialog)  # nothing of this clerk's left to save: the dialog closes on the other's numbering
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        assert numbering.config(s, local_institution(s)).surat_keterangan == SK_PATTERN


def _sert_pattern(db) -> str:
    with db.session() as s:
        return local_institution(s).cert_number_pattern


@pytest.mark.parametrize("what", ["layout", "numbering"])
def test_a_save_over_what_another_clerk_saved_since_is_refused(any_db_url, what):
    db = open_database(any_db_url)
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        with db.session() as s:
            opened_layout = certificate_layout.load(s)
            opened_numbering = numbering.config(s, local_institution(s))
        if what == "layout":
            _budi_saves_layout(db, intro="Dengan ini diberikan kepada:")
            mine = replace(opened_layout, margin_mm=18.0)
            with (
                pytest.raises(StaleRecord, match="Tata letak sertifikat ini sudah diubah"),
                db.transaction() as s,
            ):
                certificate_layout.save(s, BUDI, mine, opened_layout)
            with db.session() as s:
                assert certificate_layout.load(s).margin_mm == 14.0
        else:
            _budi_saves_numbering(db, scope="all")
            mine = replace(opened_numbering, surat_keterangan=SK_PATTERN)
            with (
                pytest.raises(StaleRecord, match="Penomoran sertifikat ini sudah diubah"),
                db.transaction() as s,
            ):
                numbering.save_config(s, BUDI, local_institution(s), mine, opened_numbering)
            with db.session() as s:
                assert numbering.config(s, local_institution(s)).surat_keterangan != SK_PATTERN
    finally:
        db.dispose()
