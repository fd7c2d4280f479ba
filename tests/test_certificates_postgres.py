"""Certificate numbering under concurrent issuing on PostgreSQL (an office with several clerks)."""

import threading

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from blkdesk.core.certification import certificates
from blkdesk.core.institution import setup
from blkdesk.core.models import Certificate
from blkdesk.core.storage.db import open_database
from tests.support.batches import OPERATOR, assessed_batch
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
    batches = [assessed_batch(pg_db, participants=3) for _ in range(4)]
    errors = []

    def issue(batch_id):
        try:
            certificates.issue_for_batch(pg_db, OPERATOR, batch_id)
        except Exception as exc:  # collected: a failure must fail the test, not vanish
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(b.id,)) for b in batches * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with pg_db.session() as s:
        for kind in ("sertifikat", "surat_keterangan"):
            rows = s.execute(
                select(Certificate.seq, Certificate.number)
                .where(Certificate.kind == kind)
                .order_by(Certificate.seq)
            ).all()
            assert [seq for seq, _ in rows] == list(range(1, 13))
            assert len({n for _, n in rows}) == 12
