"""Other clerks' commits on the office server wake BLKDesk; a server going away is noticed."""

import threading

import pytest
from sqlalchemy import func, select

from blkdesk.core import audit
from blkdesk.core.models import AuditEvent
from blkdesk.core.storage import connection
from blkdesk.core.storage.db import open_database
from blkdesk.core.storage.notify import Listener
from tests.support.postgres import server

pytestmark = pytest.mark.postgres


class Heard:
    def __init__(self) -> None:
        self.commits = threading.Semaphore(0)
        self.states: list[bool] = []
        self.state_changed = threading.Event()

    def commit(self) -> None:
        self.commits.release()

    def status(self, up: bool, _cause: str | None) -> None:
        # An outage's cause comes in a call of its own (test_outage_pages): only the comings and
        # goings count here.
        if not self.states or self.states[-1] is not up:
            self.states.append(up)
        self.state_changed.set()

    def wait_state(self, up: bool) -> None:
        for _ in range(120):
            if self.states and self.states[-1] is up:
                return
            self.state_changed.wait(0.5)
            self.state_changed.clear()
        raise AssertionError(f"status never became {up}: {self.states}")


def _write_audit(db, admin, entity: str = "trainee") -> None:
    with db.transaction() as s:
        audit.record(s, admin, "update", entity, "u-1", {"name": ["a", "b"]})


def test_a_commit_elsewhere_is_heard_and_a_dead_server_is_noticed(admin):
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        db = open_database(srv.url)
        heard = Heard()
        listener = Listener(
            srv.url, heard.commit, heard.status, connection.unreachable_message, retry_seconds=0.2
        )
        listener.start()
        try:
            heard.wait_state(True)
            # Nothing committed, nothing heard; a read-only transaction is silent too.
            assert not heard.commits.acquire(timeout=0.3)
            with db.session() as s:
                s.scalar(select(func.count(AuditEvent.id)))
            assert not heard.commits.acquire(timeout=0.3)
            _write_audit(db, admin)
            assert heard.commits.acquire(timeout=5)
            srv.kill()
            heard.wait_state(False)
            assert srv.start()
            heard.wait_state(True)
            # Back: commits missed while away are made up for by one wake-up.
            assert heard.commits.acquire(timeout=5)
            db.engine.dispose()
            _write_audit(db, admin)
            assert heard.commits.acquire(timeout=5)
            assert heard.states == [True, False, True]
        finally:
            listener.stop()
            db.dispose()


def test_a_commit_that_took_its_id_before_one_already_read_is_still_heard(pg_db_url, admin):
    from blkdesk.core import changes
    from blkdesk.core.changes import Changes, Kind

    db = open_database(pg_db_url)
    try:
        with db.session() as s:
            start = changes.mark(s)
        slow = db.sessions()  # a writing session: db.session() reads without a transaction
        slow.begin()
        audit.record(slow, admin, "update", "batch", "u-2", {"name": ["a", "b"]})
        slow.flush()  # its audit id is taken now; the commit comes later
        _write_audit(db, admin, "trainee")
        with db.session() as s:
            heard, after = changes.since(s, start)
        assert heard == Changes.of(Kind.TRAINEES, remote=True)
        slow.commit()
        slow.close()
        with db.session() as s:
            late, _ = changes.since(s, after)
        assert late == Changes.of(Kind.BATCHES, remote=True)
    finally:
        db.dispose()
