"""An office with several clerks runs PostgreSQL: the same migrations, services and demo work."""

import pytest
from sqlalchemy import func, select

from blkdesk.core import demo
from blkdesk.core.access import auth
from blkdesk.core.errors import AuthError
from blkdesk.core.models import Trainee
from blkdesk.core.registry import trainee_search
from blkdesk.core.storage.db import current_revision, head_revision, open_database

pytestmark = pytest.mark.postgres


def test_postgres_migrates_sets_up_and_logs_in(postgres_url):
    summary = demo.build(postgres_url, trainees=200, seed=11)
    assert summary.counts["peserta"] == 200
    db = open_database(postgres_url)
    try:
        assert current_revision(db.engine) == head_revision()
        user = auth.login(db, "operator", "Operator123")
        assert user.role == "operator"
        with pytest.raises(AuthError):
            auth.login(db, "operator", "salah")
        with db.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == 200
            first = s.scalar(select(Trainee).order_by(Trainee.name_norm))
            found = trainee_search.page(s, first.name[:4])
            assert found and found[0].name_norm.startswith(first.name_norm[:4])
    finally:
        db.dispose()


def test_a_connection_given_back_to_a_replaced_pool_is_closed(pg_db_url):
    # A restore replaces the engine's pool on a worker while the window's change watcher reads:
    # what the watcher had out, or took from the old pool meanwhile, is closed once given back,
    # not left open for the garbage collector.
    db = open_database(pg_db_url)
    try:
        with db.session() as s:
            s.scalar(select(func.count(Trainee.id)))
            out = s.connection().connection.driver_connection
            old = db.engine.pool
            db.engine.dispose()
            assert not out.closed
        assert out.closed
        taken = old.connect()
        late = taken.driver_connection
        taken.close()
        assert late.closed
        with db.session() as s:  # the new pool serves
            assert s.scalar(select(func.count(Trainee.id))) == 0
    finally:
        db.dispose()
