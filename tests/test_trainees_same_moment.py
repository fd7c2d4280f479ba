"""Two clerks on the office server save the same NIK at the same moment: both forms passed the
NIK check before either committed. The one whose write waits on the other's is told the NIK is
taken, naming that record, as if it had been there all along; nothing half-written remains."""

import threading
import time

import pytest
from sqlalchemy import func, select, text

from blkdesk.core.institution import setup
from blkdesk.core.models import Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.storage.db import Database, open_database
from tests.support.batches import OPERATOR
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.registrants import siti

pytestmark = pytest.mark.postgres

NIK = "3602015708950001"
OTHER_NIK = "3602015708950002"


@pytest.fixture
def two_clerks(pg_db_url):
    first, second = open_database(pg_db_url), open_database(pg_db_url)
    setup(first, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    yield first, second
    first.dispose()
    second.dispose()


def rina():
    """Born the same day as Siti, so that her NIK corrected to Siti's still matches."""
    return siti(nik=OTHER_NIK, name="Rina Wati", phone="0813-1111-2222", email="rina@contoh.com")


def _while_waiting_on(first: Database, second_saves) -> object:
    """Runs `second_saves` on a thread while `first` holds its uncommitted registration of NIK,
    commits `first` once the second clerk's write waits on it; what the second save returned or
    raised."""
    outcome: list[object] = []

    def second() -> None:
        try:
            outcome.append(second_saves())
        except Exception as exc:  # handed to the test
            outcome.append(exc)

    with first.transaction() as s:
        trainees.register(s, OPERATOR, siti())
        thread = threading.Thread(target=second)
        thread.start()
        while thread.is_alive():
            with first.session() as watch:
                waiting = watch.scalar(
                    text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                )
            if waiting:
                break
            time.sleep(0.02)
    thread.join()
    return outcome[0]


def test_the_second_registration_of_a_nik_at_the_same_moment_names_the_first(two_clerks):
    first, second = two_clerks

    def register() -> int:
        with second.transaction() as s:
            return trainees.register(s, OPERATOR, siti()).id

    refused = _while_waiting_on(first, register)
    assert isinstance(refused, trainees.DuplicateNik), refused
    with first.session() as s:
        siti_id = s.scalar(select(Trainee.id).where(Trainee.nik == NIK))
        assert s.scalar(select(func.count()).select_from(Trainee)) == 1
    assert refused.existing_id == siti_id
    assert refused.message == (
        "NIK ini sudah terdaftar atas nama Siti Aminah; buka data yang sudah ada untuk mengubahnya."
    )


def test_a_nik_corrected_to_one_registered_at_the_same_moment_names_that_record(two_clerks):
    first, second = two_clerks
    with second.transaction() as s:
        other_id = trainees.register(s, OPERATOR, rina()).id

    def correct() -> int:
        with second.transaction() as s:
            wanted = trainees.to_input(s.get(Trainee, other_id))
            wanted.nik = NIK
            return trainees.update(s, OPERATOR, other_id, wanted).id

    refused = _while_waiting_on(first, correct)
    assert isinstance(refused, trainees.DuplicateNik), refused
    with first.session() as s:
        assert s.get(Trainee, other_id).nik == OTHER_NIK
        assert refused.existing_id == s.scalar(select(Trainee.id).where(Trainee.nik == NIK))


def test_a_deleted_record_restored_by_two_clerks_at_the_same_moment_is_restored_once(
    two_clerks, admin
):
    """Both forms register the NIK of a deleted record: the first brings the record back, the
    second is told it is there instead of writing its form over the first's."""
    first, second = two_clerks
    with first.transaction() as s:
        siti_id = trainees.register(s, OPERATOR, siti()).id
    with first.transaction() as s:
        trainees.delete(s, admin, siti_id, "Salah input")

    def restore() -> int:
        with second.transaction() as s:
            return trainees.register(s, OPERATOR, siti(phone="0813-9999-0000")).id

    refused = _while_waiting_on(first, restore)
    assert isinstance(refused, trainees.DuplicateNik), refused
    assert refused.existing_id == siti_id
    with first.session() as s:
        restored = s.get(Trainee, siti_id)
        assert restored.deleted_at is None
        assert restored.phone == trainees.validate(siti())[0]["phone"]  # the first clerk's form
