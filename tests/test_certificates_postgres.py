"""Certificate numbering under concurrent issuing on PostgreSQL (an office with several clerks)."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from blkdesk.core.institution import setup
from blkdesk.core.storage.db import open_database
from tests.support.certificate_race import issue_at_once, issued_numbers
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(postgres_url):
    """A database of its own in the session's cluster, so the demo's data stays out."""
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS blkdesk_certs"))
        conn.execute(text("CREATE DATABASE blkdesk_certs"))
    url = make_url(postgres_url).set(database="blkdesk_certs").render_as_string(False)
    db = open_database(url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    yield db
    db.dispose()
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE blkdesk_certs"))
    admin.dispose()


def test_concurrent_issuing_on_postgres_never_repeats(pg_db):
    assert issue_at_once(pg_db) == []
    for kind in ("sertifikat", "surat_keterangan"):
        rows = issued_numbers(pg_db, kind)
        assert [seq for seq, _ in rows] == list(range(1, 13))
        assert len({n for _, n in rows}) == 12
