"""The batch, programme and placement forms when another clerk, at another PC on the same
office server, saved the record first: the conflict dialog shows both sides, and the clerk
reloads or puts their own edits on top. Nothing is overwritten silently."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from blkdesk.core.models import Batch, Placement, Program
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement import placements
from blkdesk.core.training import catalog
from blkdesk.ui.screens.placements.placement_dialog import PlacementDialog
from blkdesk.ui.screens.training.batch_dialog import BatchDialog
from blkdesk.ui.screens.training.program_dialog import ProgramDialog
from blkdesk.ui.widgets import conflict
from tests.support.batches import finished_batch, running_batch
from tests.support.conflicts import Answer
from tests.support.office import office_desk
from tests.support.other_clerk import other_clerk

pytestmark = pytest.mark.postgres
ANI = Actor("ani", Role.OPERATOR)


@pytest.fixture
def office(qapp, pg_db_url, monkeypatch):
    yield from office_desk(qapp, pg_db_url, monkeypatch, QMessageBox.StandardButton.Discard)


def test_batch_form_reapplies_this_clerks_capacity_on_the_other_clerks_name(
    qtbot, office, monkeypatch
):
    db, ctx = office
    built = running_batch(db, days=5, status="direncanakan")
    dialog = BatchDialog(ctx, built.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.capacity.selectAll()
    qtbot.keyClicks(dialog.capacity, "24")
    other_clerk(db.url, "batch", str(built.id), "name=Angkatan Pagi/2025")
    answer = Answer(monkeypatch, conflict.REAPPLY)
    dialog.accept()
    rows = answer.table()
    assert "budi" in answer.shown[0].intro.text()
    assert rows["Nama angkatan"][1] == "Angkatan Pagi/2025"
    assert rows["Kapasitas"][2] == "24"
    with db.session() as s:
        assert s.get(Batch, built.id).capacity != 24  # nothing of the refused save
    assert dialog.isVisible() and "Periksa, lalu simpan" in dialog.notice.text()
    assert dialog.name.text() == "Angkatan Pagi/2025" and dialog.capacity.value() == 24
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        row = s.get(Batch, built.id)
        assert (row.name, row.capacity, row.version) == ("Angkatan Pagi/2025", 24, 3)


def test_programme_form_reloads_the_other_clerks_save(qtbot, office, monkeypatch):
    db, ctx = office
    built = running_batch(db, days=5, status="direncanakan")
    with db.transaction() as s:
        program_id = s.get(Batch, built.id).program_id
        opened = catalog.program_input(s, catalog.get_program(s, program_id))
        units = [catalog.UnitInput("TIK.OP01.001.01", "Mengoperasikan komputer", 40)]
        catalog.update_program(s, ANI, program_id, replace(opened, units=units))
    dialog = ProgramDialog(ctx, program_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Operator Komputer Madya")
    other_clerk(db.url, "program", str(program_id), "extra_requirement=Membawa laptop")
    answer = Answer(monkeypatch, conflict.RELOAD)
    dialog.accept()
    rows = answer.table()
    assert rows["Syarat lain"] == ["–", "Membawa laptop", "–"]
    assert rows["Nama program"][2] == "Operator Komputer Madya"
    assert dialog.extra.text() == "Membawa laptop"
    assert dialog.name.text() == "Operator Komputer Muda"
    assert "dibuang" in dialog.notice.text()
    with db.session() as s:
        assert s.get(Program, program_id).name == "Operator Komputer Muda"


def test_placement_form_shows_the_conflict_before_anything_is_saved(qtbot, office, monkeypatch):
    db, ctx = office
    built = finished_batch(db, participants=1, units=1)
    with db.transaction() as s:
        placement_id = placements.record(
            s, ANI, built.enrollments[0], placements.PlacementInput("belum_bekerja")
        ).id
    dialog = PlacementDialog(ctx, None, "Siti", placement_id=placement_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.version is not None)
    qtbot.keyClicks(dialog.form.notes, "tidak diangkat")
    other_clerk(db.url, "placement", str(placement_id), "notes=sudah melamar")
    answer = Answer(monkeypatch, conflict.REAPPLY)
    dialog.accept()
    assert answer.table()["Catatan"] == ["–", "sudah melamar", "tidak diangkat"]
    # Both clerks changed the note: re-applying keeps this clerk's, shown in red in the dialog.
    assert dialog.form.notes.text() == "tidak diangkat"
    with db.session() as s:
        assert s.get(Placement, placement_id).notes == "sudah melamar"
    dialog.accept()
    with db.session() as s:
        row = s.get(Placement, placement_id)
        assert (row.notes, row.version) == ("tidak diangkat", 3)
