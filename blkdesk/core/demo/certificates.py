"""Demo stage: unit results, graduation outcomes and signed certificates for finished batches.

It reads attendance from the database (whatever the attendance stage keyed), so outcomes follow
the same Pasal 33 rule the application applies; a finished batch with no attendance keyed at all
gets its results but no outcome, as a clerk could not decide it either.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, insert, select, update

from blkdesk.core.certification import graduation, numbering, signing
from blkdesk.core.demo.context import DemoBatch, DemoContext
from blkdesk.core.models import (
    AttendanceMark,
    Base,
    Enrollment,
    Institution,
    Program,
    Trainee,
    Vocation,
)
from blkdesk.core.statuses import CertificateStatus, EnrollmentStatus

CHUNK = 20_000  # rows per executemany; Core inserts, as the ORM's bulk path is 3× slower here
FIRST_TRY_K = 0.94  # share of units found competent at the first attempt
RETRY_K = 0.75
VOID_SHARE = 0.004
VOID_REASONS = (
    "Nama peserta salah ketik; diterbitkan ulang dengan nama yang benar",
    "Tanggal lahir tidak sesuai KTP; diterbitkan ulang",
    "Rusak saat pencetakan dan diganti",
)
SCORES = {"K": (75, 98), "BK": (45, 69)}
ASSESSORS = ("Dadang Suherman, S.T.", "Rina Marlina, S.Kom.", "Hj. Nani Suryani", "Lia Amelia")


@dataclass(frozen=True)
class _Document:
    issued_on: date
    batch_id: int
    name: str
    enrollment_id: int
    trainee_id: int
    kind: str
    batch: DemoBatch


def _attempts(ctx: DemoContext, max_attempts: int) -> list[str]:
    results = ["K" if ctx.rng.random() < FIRST_TRY_K else "BK"]
    while results[-1] == "BK" and len(results) < max_attempts:
        results.append("K" if ctx.rng.random() < RETRY_K else "BK")
    return results


def build(ctx: DemoContext) -> None:
    s = ctx.session
    finished = [b for b in ctx.batches if b.status in ("selesai", "ditutup")]
    if not finished:
        return
    inst = s.scalar(select(Institution).where(Institution.is_local))
    assert inst is not None and inst.private_key is not None
    key = Ed25519PrivateKey.from_private_bytes(inst.private_key)
    programs = {
        p.id: (p, voc) for p, voc in s.execute(select(Program, Vocation.code).join(Vocation))
    }
    present = dict(
        s.execute(
            select(AttendanceMark.enrollment_id, func.count())
            .where(AttendanceMark.code == "H", AttendanceMark.deleted_at.is_(None))
            .group_by(AttendanceMark.enrollment_id)
        ).all()
    )
    people = {
        t_id: (name, birth)
        for t_id, name, birth in s.execute(select(Trainee.id, Trainee.name, Trainee.birth_date))
    }
    assessments: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    documents: list[_Document] = []
    for batch in finished:
        program, _voc = programs[batch.program.id]
        threshold = Decimal(program.attendance_threshold)
        keyed = any(present.get(eid) for eid, _t, st in batch.enrollments if st == "peserta")
        issued_on = min(ctx.today, batch.days[-1] + timedelta(days=ctx.rng.randint(5, 14)))
        n_units = len(batch.program.unit_ids)
        # The outcome is decided when the batch ends, not when the demo is built.
        decided = min(ctx.now, datetime.combine(batch.days[-1], time(16)))
        for eid, tid, status in batch.enrollments:
            if status == EnrollmentStatus.WITHDRAWN and keyed:
                # Left before the assessment: the rule decides on attendance alone.
                left = graduation.decide(
                    present.get(eid, 0), len(batch.days), threshold, n_units, 0, n_units
                )
                outcomes.append({"id": eid, "outcome": left.outcome, "updated_at": decided})
            if status != EnrollmentStatus.ACCEPTED:
                continue
            units_k = 0
            for unit_id in batch.program.unit_ids:
                on = batch.days[-1] - timedelta(days=ctx.rng.randint(0, 3))
                results = _attempts(ctx, program.max_attempts)
                units_k += results[-1] == "K"
                assessor = ctx.rng.choice(ASSESSORS)
                for n, result in enumerate(results, start=1):
                    assessed_on = min(ctx.today, on + timedelta(days=7 * (n - 1)))
                    # Keyed the afternoon of the assessment, like the marks.
                    stamp = min(ctx.now, datetime.combine(assessed_on, time(15)))
                    assessments.append({
                        "uuid": ctx.uuid(), "inst_code": ctx.inst_code, "enrollment_id": eid,
                        "unit_id": unit_id, "attempt": n, "result": result,
                        "score": Decimal(ctx.rng.randint(*SCORES[result])),
                        "assessed_on": assessed_on,
                        "assessor": assessor, "created_at": stamp, "updated_at": stamp,
                    })  # fmt: skip
            if len(assessments) >= CHUNK:  # written as they come: 600,000 rows on 100,000
                s.execute(insert(Base.metadata.tables["assessment"]), assessments)
                assessments.clear()
            if not keyed:
                continue
            decision = graduation.decide(
                present.get(eid, 0), len(batch.days), threshold,
                n_units, units_k, 0,
            )  # fmt: skip
            outcomes.append({"id": eid, "outcome": decision.outcome, "updated_at": decided})
            for kind in graduation.DOCUMENTS[decision.outcome or graduation.TIDAK_LULUS]:
                documents.append(
                    _Document(issued_on, batch.id, people[tid][0], eid, tid, kind, batch)
                )
    if assessments:
        s.execute(insert(Base.metadata.tables["assessment"]), assessments)
    if outcomes:
        s.execute(update(Enrollment), outcomes)
    _issue(ctx, inst, key, documents, people, programs)


def _issue(
    ctx: DemoContext,
    inst: Institution,
    key: Ed25519PrivateKey,
    documents: list[_Document],
    people: dict[int, tuple[str, date]],
    programs: dict[int, tuple[Program, str]],
) -> None:
    cfg = numbering.config(ctx.session, inst)
    seqs: dict[tuple[str, str], int] = defaultdict(int)
    rows: list[dict[str, Any]] = []
    # Numbers follow the order of issue: by date, then batch by batch, participants by name.
    documents.sort(key=lambda d: (d.issued_on, d.batch_id, d.name, d.kind))

    def one(doc: _Document, status: str, reason: str) -> None:
        program, voc = programs[doc.batch.program.id]
        fields = numbering.NumberFields(inst.code, voc, program.code, doc.issued_on, doc.kind)
        scope = numbering.scope_key(cfg.scope, fields)
        seqs[(doc.kind, scope)] += 1
        seq = seqs[(doc.kind, scope)]
        number = numbering.render(cfg.pattern(doc.kind), seq, fields)
        name, birth = people[doc.trainee_id]
        claim = signing.Claim(inst.code, doc.kind, number, name, birth, program.name, doc.issued_on)
        printed = ctx.now - timedelta(days=(ctx.today - doc.issued_on).days)
        rows.append({
            "uuid": ctx.uuid(), "inst_code": inst.code, "enrollment_id": doc.enrollment_id,
            "kind": doc.kind, "number": number, "seq": seq, "seq_scope": scope,
            "issued_on": doc.issued_on, "payload": signing.sign_claim(claim, key),
            "status": status, "void_reason": reason,
            "voided_at": printed if status == CertificateStatus.VOID else None,
            "print_count": 1, "last_printed_at": printed,
            "created_at": printed, "updated_at": printed,
        })  # fmt: skip
        if len(rows) >= CHUNK:
            ctx.session.execute(insert(Base.metadata.tables["certificate"]), rows)
            rows.clear()

    replacements: list[_Document] = []
    for i, doc in enumerate(documents):
        if ctx.rng.random() < VOID_SHARE:
            one(doc, "void", ctx.rng.choice(VOID_REASONS))
            replacements.append(doc)
        else:
            one(doc, "issued", "")
        # A voided document is replaced once the batch's printing run is done.
        if i + 1 == len(documents) or documents[i + 1].batch_id != doc.batch_id:
            for again in replacements:
                one(again, "issued", "")
            replacements.clear()
    if rows:
        ctx.session.execute(insert(Base.metadata.tables["certificate"]), rows)
