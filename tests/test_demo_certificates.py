"""The demo's finished batches carry results, outcomes by the rule, and verifiable certificates."""

from collections import defaultdict

from sqlalchemy import func, select

from blkdesk.core import demo
from blkdesk.core.certification import graduation, verification
from blkdesk.core.models import Assessment, AttendanceMark, Batch, Certificate, Enrollment
from blkdesk.core.storage.db import open_database, resolve_url


def test_demo_issues_certificates_by_the_rule(tmp_path):
    summary = demo.build(str(tmp_path / "demo.sqlite"), trainees=300, seed=7)
    db = open_database(resolve_url(summary.path))
    with db.session() as s:
        finished = list(s.scalars(select(Batch).where(Batch.status.in_(("selesai", "ditutup")))))
        assert finished
        assert s.scalar(select(func.count()).select_from(Assessment)) > 0
        assert s.scalar(select(func.count()).select_from(AttendanceMark)) > 0
        live = defaultdict(set)
        for cert in s.scalars(select(Certificate).where(Certificate.status == "issued")):
            live[cert.enrollment_id].add(cert.kind)
        for batch in finished:
            end = batch.end_date
            for o in graduation.batch_outcomes(s, batch.id, end):
                assert s.get(Enrollment, o.enrollment_id).outcome == o.final
                expected = set(graduation.DOCUMENTS[o.final]) if o.final else set()
                assert live[o.enrollment_id] == expected, o.reason
        seqs = defaultdict(list)
        for kind, scope, seq in s.execute(
            select(Certificate.kind, Certificate.seq_scope, Certificate.seq).order_by(
                Certificate.seq
            )
        ):
            seqs[(kind, scope)].append(seq)
        assert all(v == list(range(1, len(v) + 1)) for v in seqs.values())
        assert live
        sample = s.scalars(select(Certificate.payload).limit(20))
        assert {verification.verify_text(s, p).status for p in sample} <= {
            verification.VALID,
            verification.VOIDED,
        }
    db.dispose()
