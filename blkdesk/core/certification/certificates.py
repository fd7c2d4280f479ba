"""Issuing, voiding and printing certificates (sertifikat pelatihan and surat keterangan).

Issuing numbers and signs one document per entitlement the graduation outcome gives. It runs in
its own transaction and retries it whole when a concurrent issuer took the same number (the
unique constraints refuse the second one), so numbers never repeat and a failed try leaves no gap.
Issuing twice is harmless: a participant who already holds a live document of a kind is skipped.
"""

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.certification import graduation, numbering, signing
from blkdesk.core.certification.assessment import Attempt, attempts_of_batch, units_of_batch
from blkdesk.core.clock import sentence_date, today, utcnow
from blkdesk.core.errors import FieldErrors, NotFound, ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import Batch, Certificate, Enrollment, Institution, Trainee
from blkdesk.core.models.live import get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.refdata import regency_name
from blkdesk.core.sentences import Sentence
from blkdesk.core.statuses import CertificateStatus
from blkdesk.core.storage.db import Database

KIND_LABELS = {"sertifikat": "Sertifikat pelatihan", "surat_keterangan": "Surat keterangan"}
STATUS_LABELS = {"issued": "Terbit", "void": "Dibatalkan"}
MAX_TRIES = 12
MIN_VOID_REASON = 10


@dataclass
class IssueReport:
    issued: list[tuple[str, str]] = field(default_factory=list)  # (name, number)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, why)
    tries: int = 1


def _retrying(db: Database, work: Callable[[Session], IssueReport]) -> IssueReport:
    """Run `work` in a transaction, again from the start when another issuer got in first."""
    for attempt in range(1, MAX_TRIES + 1):
        try:
            with db.transaction() as session:
                report = work(session)
            report.tries = attempt
            return report
        except (IntegrityError, OperationalError) as exc:
            if attempt == MAX_TRIES:
                raise ValidationError(
                    Sentence(
                        "Penomoran sertifikat sedang dipakai komputer lain dan belum selesai; "
                        "coba terbitkan lagi sebentar lagi."
                    )
                ) from exc
            time.sleep(random.uniform(0.005, 0.02 * attempt))
    raise AssertionError("unreachable")


def issue_place(inst: Institution) -> str:
    """'Serang' from 'Kab. Serang': where the certificate says it was issued."""
    name = regency_name(inst.regency_code)
    for prefix in ("Kab. ", "Kota ", "Kabupaten ", "Provinsi "):
        name = name.removeprefix(prefix)
    return name


def _live_kinds(session: Session, enrollment_ids: list[int]) -> set[tuple[int, str]]:
    rows = session.execute(
        select(Certificate.enrollment_id, Certificate.kind).where(
            Certificate.enrollment_id.in_(enrollment_ids),
            Certificate.status == CertificateStatus.ISSUED,
        )
    )
    return {(e, k) for e, k in rows}


def issue_for_batch(
    db: Database,
    actor: Actor,
    batch_id: int,
    issued_on: date | None = None,
    enrollment_ids: Iterable[int] | None = None,
) -> IssueReport:
    """Issue what each participant (or the chosen ones) is entitled to and does not hold yet."""
    require(actor, Action.ISSUE_CERTIFICATES)
    on = issued_on or today()
    wanted = set(enrollment_ids) if enrollment_ids is not None else None

    def work(session: Session) -> IssueReport:
        batch = get_live(session, Batch, batch_id, Sentence("Angkatan tidak ditemukan."))
        if on > today():
            raise FieldErrors({"issued_on": Sentence("Tanggal terbit tidak boleh di masa depan.")})
        if batch.end_date is None or batch.end_date > on:
            raise ValidationError(
                Sentence(
                    "Sertifikat baru dapat diterbitkan setelah pelatihan selesai ({end}).",
                    end=sentence_date(batch.end_date)
                    or Sentence("tanggal selesai belum ditetapkan"),
                )
            )
        inst = local_institution(session)
        if inst.private_key is None:
            raise ValidationError(
                Sentence("Lembaga ini tidak memiliki kunci tanda tangan sertifikat.")
            )
        key = Ed25519PrivateKey.from_private_bytes(inst.private_key)
        cfg = numbering.config(session, inst)
        program = batch.program
        outcomes = graduation.batch_outcomes(session, batch_id, on)
        if wanted is not None:
            outcomes = [o for o in outcomes if o.enrollment_id in wanted]
        held = _live_kinds(session, [o.enrollment_id for o in outcomes])
        report = IssueReport()
        for o in outcomes:
            if o.final is None:
                report.skipped.append((o.name, o.reason))
                continue
            kinds = graduation.DOCUMENTS[o.final]
            if not kinds:
                report.skipped.append((o.name, o.reason))
                continue
            enrollment = session.get(Enrollment, o.enrollment_id)
            assert enrollment is not None
            trainee = enrollment.trainee
            for kind in kinds:
                if (o.enrollment_id, kind) in held:
                    continue
                fields = numbering.NumberFields(
                    inst.code, program.vocation.code, program.code, on, kind
                )
                seq, scope_value, number = numbering.allocate(session, inst.code, cfg, fields)
                claim = signing.Claim(
                    inst.code, kind, number, trainee.name, trainee.birth_date, program.name, on
                )
                cert = Certificate(
                    inst_code=inst.code, enrollment_id=o.enrollment_id, kind=kind,
                    number=number, seq=seq, seq_scope=scope_value, issued_on=on,
                    payload=signing.sign_claim(claim, key), status=CertificateStatus.ISSUED,
                )  # fmt: skip
                session.add(cert)
                session.flush()
                audit.record(
                    session, actor, "issue", "certificate", cert.uuid,
                    {"number": [None, number], "kind": [None, kind],
                     "enrollment": [None, enrollment.uuid]},
                    reason=o.reason,
                )  # fmt: skip
                report.issued.append((trainee.name, number))
            if enrollment.outcome != o.rule.outcome:
                enrollment.outcome = o.rule.outcome
        return report

    return _retrying(db, work)


def void(session: Session, actor: Actor, certificate_id: int, reason: str) -> Certificate:
    """Cancel a certificate; its row and number stay, with the reason, and verify says so."""
    require(actor, Action.VOID_CERTIFICATES)
    cert = session.get(Certificate, certificate_id)
    if cert is None:
        raise NotFound(Sentence("Sertifikat tidak ditemukan."))
    if cert.status == CertificateStatus.VOID:
        raise ValidationError(Sentence("Sertifikat {number} sudah dibatalkan.", number=cert.number))
    reason = reason.strip()
    if len(reason) < MIN_VOID_REASON:
        raise FieldErrors(
            {
                "reason": Sentence(
                    "Tuliskan alasan pembatalan (minimal {least} karakter).", least=MIN_VOID_REASON
                )
            }
        )
    cert.status = CertificateStatus.VOID
    cert.void_reason = reason
    cert.voided_at = utcnow()
    audit.record(
        session, actor, "void", "certificate", cert.uuid,
        {"status": ["issued", "void"], "number": [cert.number, cert.number]}, reason=reason,
    )  # fmt: skip
    return cert


def record_prints(session: Session, actor: Actor, certificate_ids: list[int]) -> dict[int, int]:
    """Count a print of each certificate; returns {id: which print this was (1 = first)}."""
    require(actor, Action.PRINT_CERTIFICATES)
    copies: dict[int, int] = {}
    now = utcnow()
    for cert in session.scalars(select(Certificate).where(Certificate.id.in_(certificate_ids))):
        if cert.status != CertificateStatus.ISSUED:
            raise ValidationError(
                Sentence(
                    "Sertifikat {number} sudah dibatalkan dan tidak dicetak.", number=cert.number
                )
            )
        cert.print_count += 1
        cert.last_printed_at = now
        copies[cert.id] = cert.print_count
        audit.record(
            session, actor, "print" if cert.print_count == 1 else "reprint", "certificate",
            cert.uuid, {"print_count": [cert.print_count - 1, cert.print_count]},
        )  # fmt: skip
    return copies


def record_pdf_export(session: Session, actor: Actor, certificate_ids: list[int]) -> None:
    """Audit that certificates were saved as a PDF. A file is not a print: the print count and
    the "cetak ulang" mark are left alone, but who took a copy out is on record."""
    require(actor, Action.PRINT_CERTIFICATES)
    for cert in session.scalars(select(Certificate).where(Certificate.id.in_(certificate_ids))):
        if cert.status != "issued":
            raise ValidationError(
                Sentence(
                    "Sertifikat {number} sudah dibatalkan dan tidak disimpan.", number=cert.number
                )
            )
        audit.record(session, actor, "export_pdf", "certificate", cert.uuid)


@dataclass(frozen=True)
class CertificateRow:
    id: int
    enrollment_id: int
    name: str
    kind: str
    number: str
    issued_on: date
    status: str
    print_count: int
    void_reason: str


def batch_certificates(session: Session, batch_id: int) -> list[CertificateRow]:
    rows = session.execute(
        select(Certificate, Trainee.name)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(Enrollment.batch_id == batch_id, Certificate.deleted_at.is_(None))
        .order_by(Trainee.name_norm, Enrollment.id, Certificate.kind, Certificate.id)
    )
    return [
        CertificateRow(c.id, c.enrollment_id, name, c.kind, c.number, c.issued_on, c.status,
                       c.print_count, c.void_reason)
        for c, name in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class UnitLine:
    code: str
    title: str
    jp: int
    result: str  # K / BK / ""


@dataclass(frozen=True)
class Sheet:
    """Everything printed on one certificate or surat keterangan, read once from the database."""

    certificate_id: int
    kind: str
    number: str
    payload: str
    copy: int  # 1 for the first print; more means a reprint, and the page says so
    issued_on: date
    issue_place: str
    inst_code: str
    inst_name: str
    inst_address: str
    inst_contact: str
    regency: str
    head_name: str
    head_nip: str
    logo: bytes | None
    name: str
    birth_place: str
    birth_date: date
    nik: str
    photo: bytes | None
    program: str
    vocation: str
    total_jp: int
    start: date
    end: date | None
    attendance: str
    units: tuple[UnitLine, ...]


@dataclass
class _BatchFacts:
    units: list[tuple[int, str, str, int]]  # (id, code, title, JP)
    attempts: dict[tuple[int, int], list[Attempt]]
    attendance: dict[int, str]


def _batch_facts(session: Session, batch: Batch, on: date) -> _BatchFacts:
    return _BatchFacts(
        [(u.id, u.code, u.title, u.jp) for u in units_of_batch(session, batch)],
        attempts_of_batch(session, batch.id),
        {
            o.enrollment_id: f"{o.attendance} %".replace(".", ",")
            for o in graduation.batch_outcomes(session, batch.id, on)
        },
    )


def sheets(
    session: Session, certificate_ids: list[int], copies: dict[int, int] | None = None
) -> list[Sheet]:
    """The printable content, in the order given; `copies` defaults to the next print."""
    inst = local_institution(session)
    found = session.scalars(select(Certificate).where(Certificate.id.in_(certificate_ids)))
    certs = {c.id: c for c in found}
    if any(i not in certs for i in certificate_ids):
        raise NotFound(Sentence("Sertifikat tidak ditemukan."))
    facts: dict[int, _BatchFacts] = {}
    contact = " · ".join(p for p in (inst.phone, inst.email) if p)
    out = []
    for cid in certificate_ids:
        cert = certs[cid]
        enrollment = cert.enrollment
        batch = enrollment.batch
        if batch.id not in facts:
            facts[batch.id] = _batch_facts(session, batch, cert.issued_on)
        f = facts[batch.id]
        lines = []
        for unit_id, code, title, jp in f.units:
            tried = f.attempts.get((enrollment.id, unit_id))
            lines.append(UnitLine(code, title, jp, tried[-1].result if tried else ""))
        trainee = enrollment.trainee
        program = batch.program
        out.append(
            Sheet(
                cert.id, cert.kind, cert.number, cert.payload,
                (copies or {}).get(cert.id, cert.print_count + 1), cert.issued_on,
                issue_place(inst), inst.code, inst.name, inst.address, contact,
                regency_name(inst.regency_code), inst.head_name, inst.head_nip, inst.logo,
                trainee.name, trainee.birth_place, trainee.birth_date, trainee.nik, trainee.photo,
                program.name, program.vocation.name, program.total_jp, batch.start_date,
                batch.end_date, f.attendance.get(enrollment.id, ""), tuple(lines),
            )
        )  # fmt: skip
    return out


def kinds_of(session: Session, certificate_ids: list[int]) -> dict[int, str]:
    """{id: sertifikat / surat_keterangan} for the given certificates."""
    rows = session.execute(
        select(Certificate.id, Certificate.kind).where(Certificate.id.in_(certificate_ids))
    )
    return {cid: kind for cid, kind in rows}


def printable_ids(
    session: Session, batch_id: int, enrollment_ids: Iterable[int] | None = None
) -> list[int]:
    """Live documents of the batch in printing order: by participant, sertifikat first."""
    stmt = (
        select(Certificate.id)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(Enrollment.batch_id == batch_id, Certificate.status == CertificateStatus.ISSUED)
        .order_by(Trainee.name_norm, Enrollment.id, Certificate.kind)
    )
    if enrollment_ids is not None:
        stmt = stmt.where(Enrollment.id.in_(list(enrollment_ids)))
    return list(session.scalars(stmt))
