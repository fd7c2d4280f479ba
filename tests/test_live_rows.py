"""A row looked up by its id: a soft-deleted one is gone. The lookup (core/models/live.py) and
every service that uses it, each refusing in its own sentence: Indonesian as the CLI says it,
English as the English interface says it, and with the same error class."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from blkdesk.core.certification import assessment, certificates, graduation
from blkdesk.core.clock import today, utcnow
from blkdesk.core.errors import BlkError, NotFound
from blkdesk.core.models import (
    Batch,
    Closure,
    Enrollment,
    Instructor,
    Placement,
    Program,
    Synced,
    Trainee,
    Vocation,
)
from blkdesk.core.models.live import find_live, get_live
from blkdesk.core.permissions import Actor
from blkdesk.core.placement import placements
from blkdesk.core.placement.placements import PlacementInput
from blkdesk.core.registry import trainees
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.db import Database
from blkdesk.core.training import batches, catalog, selection
from tests.support.batches import INST, finished_batch
from tests.support.registrants import siti

GONE = Sentence("Angkatan tidak ditemukan.")


@pytest.mark.parametrize("lock", [False, True])
@pytest.mark.parametrize("state", ["live", "deleted", "missing"])
def test_a_deleted_or_missing_row_is_not_found(db, state, lock):
    built = finished_batch(db, participants=1)
    batch_id = built.id if state != "missing" else built.id + 1
    if state == "deleted":
        with db.transaction() as s:
            s.get(Batch, built.id).deleted_at = utcnow()
    with db.session() as s:
        found = find_live(s, Batch, batch_id, lock=lock)
        if state == "live":
            assert found is not None and found.id == built.id
            assert get_live(s, Batch, batch_id, GONE, lock=lock) is found
            return
        assert found is None
        with pytest.raises(NotFound) as refused:
            get_live(s, Batch, batch_id, GONE, lock=lock)
        assert str(refused.value) == "Angkatan tidak ditemukan."
        assert refused.value.said is GONE  # the caller's Sentence, so it is said in English too


@dataclass
class World:
    """One of each row a service looks up by id, all live."""

    batch: int
    program: int
    vocation: int
    instructor: int
    closure: int
    enrollment: int
    trainee: int
    unit: int
    placement: int


@pytest.fixture
def world(db, admin) -> World:
    built = finished_batch(db, participants=2)
    with db.transaction() as s:
        batch = s.get(Batch, built.id)
        enrollment = s.get(Enrollment, built.enrollments[0])
        instructor = Instructor(inst_code=INST, name="Rina Marlina, S.Kom.")
        s.add(instructor)
        closure = batches.add_closure(s, admin, today() + timedelta(days=30), "Banjir")
        placement = placements.record(
            s, admin, built.enrollments[1], PlacementInput("wirausaha", sector="Konveksi")
        )
        s.flush()
        return World(
            batch=batch.id, program=batch.program_id, vocation=batch.program.vocation_id,
            instructor=instructor.id, closure=closure.id, enrollment=enrollment.id,
            trainee=enrollment.trainee_id, unit=built.units[0], placement=placement.id,
        )  # fmt: skip


Call = Callable[[Session, World, Actor], object]


@dataclass
class Case:
    deleted: type[Synced]
    row: str  # the World field naming the deleted row
    call: Call
    said: str
    english: str


CASES = {
    "selection: add a deleted person": Case(
        Trainee, "trainee",
        lambda s, w, a: selection.add_applicants(s, a, w.batch, [w.trainee]),
        "Peserta yang dipilih tidak ditemukan di daftar peserta.",
        "The chosen trainee was not found in the trainee list.",
    ),
    "selection: remove a deleted registration": Case(
        Enrollment, "enrollment",
        lambda s, w, a: selection.remove_applicant(s, a, w.enrollment),
        "Pendaftaran tidak ditemukan; mungkin sudah dihapus.",
        "Registration not found; it may have been deleted.",
    ),
    "selection: set a deleted registration's status": Case(
        Enrollment, "enrollment",
        lambda s, w, a: selection.set_status(s, a, w.enrollment, "peserta"),
        "Pendaftaran tidak ditemukan; mungkin sudah dihapus.",
        "Registration not found; it may have been deleted.",
    ),
    "catalog: a deleted programme": Case(
        Program, "program", lambda s, w, a: catalog.get_program(s, w.program),
        "Program pelatihan tidak ditemukan; mungkin sudah dihapus.",
        "Training programme not found; it may have been deleted.",
    ),
    "catalog: a deleted vocation": Case(
        Vocation, "vocation", lambda s, w, a: catalog.get_vocation(s, w.vocation),
        "Kejuruan tidak ditemukan; mungkin sudah dihapus.",
        "Vocation not found; it may have been deleted.",
    ),
    "catalog: a deleted instructor": Case(
        Instructor, "instructor", lambda s, w, a: catalog.get_instructor(s, w.instructor),
        "Instruktur tidak ditemukan; mungkin sudah dihapus.",
        "Instructor not found; it may have been deleted.",
    ),
    "batches: a deleted batch": Case(
        Batch, "batch", lambda s, w, a: batches.get_batch(s, w.batch),
        "Angkatan tidak ditemukan; mungkin sudah dihapus.",
        "Batch not found; it may have been deleted.",
    ),
    "batches: a deleted closure": Case(
        Closure, "closure", lambda s, w, a: batches.opened_closure(s, w.closure),
        "Libur lokal tidak ditemukan; mungkin sudah dihapus.",
        "Local closure not found; it may have been deleted.",
    ),
    "graduation: override a deleted participant": Case(
        Enrollment, "enrollment",
        lambda s, w, a: graduation.override(s, a, w.enrollment, "lulus", "Ujian ulang diterima"),
        "Peserta tidak ditemukan.",
        "Trainee not found.",
    ),
    "assessment: assess a deleted participant": Case(
        Enrollment, "enrollment",
        lambda s, w, a: assessment.record(s, a, w.enrollment, w.unit, "K", today()),
        "Peserta tidak ditemukan di angkatan ini.",
        "Trainee not found in this batch.",
    ),
    "placements: place a deleted participant": Case(
        Enrollment, "enrollment",
        lambda s, w, a: placements.record(s, a, w.enrollment, PlacementInput("wirausaha")),
        "Peserta tidak ditemukan; muat ulang daftar lalu coba lagi.",
        "Trainee not found; reload the list and try again.",
    ),
    "placements: edit a deleted placement": Case(
        Placement, "placement",
        lambda s, w, a: placements.update(s, a, w.placement, PlacementInput("wirausaha")),
        "Catatan penempatan tidak ditemukan; mungkin sudah dihapus.",
        "Placement record not found; it may have been deleted.",
    ),
    "placements: remove a deleted placement": Case(
        Placement, "placement",
        lambda s, w, a: placements.remove(s, a, w.placement, "Salah orang"),
        "Catatan penempatan tidak ditemukan; mungkin sudah dihapus.",
        "Placement record not found; it may have been deleted.",
    ),
    "placements: open a deleted placement": Case(
        Placement, "placement", lambda s, w, a: placements.input_of(s, w.placement),
        "Catatan penempatan ini tidak ditemukan; mungkin sudah dihapus.",
        "This placement record was not found; it may have been deleted.",
    ),
    "trainees: open a deleted person": Case(
        Trainee, "trainee", lambda s, w, a: trainees.get(s, a, w.trainee),
        "Data peserta tidak ditemukan (mungkin sudah dihapus).",
        "Trainee record not found (it may have been deleted).",
    ),
    "trainees: register into a deleted batch": Case(
        Batch, "batch", lambda s, w, a: trainees.register(s, a, siti(), batch_id=w.batch),
        "Angkatan yang dipilih tidak ditemukan.",
        "The chosen batch was not found.",
    ),
}  # fmt: skip


def _delete(db: Database, model: type[Synced], row_id: int) -> None:
    with db.transaction() as s:
        s.get(model, row_id).deleted_at = utcnow()


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_each_service_refuses_a_deleted_row_in_its_own_words(db, admin, world, english, case):
    with db.session() as s:  # live, the row is found (a rule of the service may still refuse)
        try:
            case.call(s, world, admin)
        except NotFound as error:
            pytest.fail(f"a live row was not found: {error}")
        except BlkError:
            pass
    _delete(db, case.deleted, getattr(world, case.row))
    with pytest.raises(NotFound) as refused, db.transaction() as s:
        case.call(s, world, admin)
    assert type(refused.value) is NotFound
    assert str(refused.value) == case.said  # the CLI's
    assert refused.value.message == case.english


def test_issuing_for_a_deleted_batch_is_refused(db, admin, world, english):
    _delete(db, Batch, world.batch)
    with pytest.raises(NotFound) as refused:
        certificates.issue_for_batch(db, admin, world.batch)
    assert str(refused.value) == "Angkatan tidak ditemukan."
    assert refused.value.message == "Batch not found."


def test_a_batch_of_a_deleted_programme_asks_for_a_programme(db, world):
    data = batches.BatchInput(program_id=world.program, name="Angkatan III/2026",
                              start_date=date(2026, 8, 3))  # fmt: skip
    with db.session() as s:
        assert "program" not in batches.validate(s, data)
    _delete(db, Program, world.program)
    with db.session() as s:
        assert batches.validate(s, data)["program"] == "Program pelatihan wajib dipilih."
