"""Checking a certificate's QR text offline, against the public keys this database knows.

At the province, a BLK's retired keys (see core.province.keys) still vouch for the certificates
issued up to the day their successor was first used; the explanation names that key's period.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.certification import signing
from blkdesk.core.clock import format_date, sentence_date
from blkdesk.core.models import Certificate, Institution, KeyPeriod
from blkdesk.core.province import keys
from blkdesk.core.sentences import Sentence
from blkdesk.core.statuses import CertificateStatus

VALID = "valid"
INVALID = "invalid"
VOIDED = "voided"
UNKNOWN_INSTITUTION = "unknown_institution"

STATUS_LABELS = {
    VALID: Sentence("SAH"),
    INVALID: Sentence("TIDAK SAH"),
    VOIDED: Sentence("DIBATALKAN"),
    UNKNOWN_INSTITUTION: Sentence("LEMBAGA TIDAK DIKENAL"),
}


@dataclass(frozen=True)
class Verification:
    status: str
    explanation: str
    claim: signing.Claim | None = None
    institution_name: str = ""
    void_reason: str = ""

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


def verify_text(session: Session, text: str) -> Verification:
    try:
        payload = signing.parse(text)
    except signing.PayloadError as exc:
        why = exc.args[0] if exc.args else str(exc)  # the Sentence it was raised with
        return Verification(
            INVALID,
            Sentence("Teks ini bukan kode sertifikat BLKDesk yang utuh ({why}).", why=why),
        )
    claim = payload.claim
    inst = session.scalar(select(Institution).where(Institution.code == claim.inst_code))
    if inst is None or not inst.public_key:
        return Verification(
            UNKNOWN_INSTITUTION,
            Sentence(
                "Kunci publik lembaga {code} belum ada di database ini; gabungkan data "
                "sinkronisasi lembaga itu terlebih dahulu, lalu periksa lagi.",
                code=claim.inst_code,
            ),
            claim,
        )
    signed_by: str | None = None
    if not signing.signature_valid(inst.public_key, payload):
        old = _retired_key_that_signed(session, claim.inst_code, payload)
        if old is None:
            return Verification(
                INVALID,
                Sentence(
                    "Tanda tangan tidak cocok dengan kunci {name}: isi kode telah diubah atau "
                    "sertifikat ini palsu.",
                    name=inst.name,
                ),
                claim,
                inst.name,
            )
        last = keys.last_day(old)
        assert last is not None
        if claim.issued_on > last:
            return Verification(
                INVALID,
                Sentence(
                    "Ditandatangani kunci lama {name} ({key}) yang hanya berlaku sampai {last}, "
                    "padahal sertifikat ini bertanggal {issued}: kunci itu sudah diganti sebelum "
                    "sertifikat ini terbit.",
                    name=inst.name,
                    key=old.fingerprint,
                    last=sentence_date(last),
                    issued=sentence_date(claim.issued_on),
                ),
                claim,
                inst.name,
            )
        signed_by = Sentence(
            "{name} dengan kunci lama {key} (berlaku {period})",
            name=inst.name,
            key=old.fingerprint,
            period=_period_text(old.valid_from, last),
        )
    cert = session.scalar(
        select(Certificate).where(
            Certificate.inst_code == claim.inst_code, Certificate.number == claim.number
        )
    )
    if cert is not None and cert.status == CertificateStatus.VOID:
        return Verification(
            VOIDED,
            Sentence(
                "Sertifikat ini diterbitkan {by} tetapi telah dibatalkan.",
                by=signed_by or inst.name,
            ),
            claim,
            inst.name,
            cert.void_reason,
        )
    return Verification(
        VALID,
        Sentence("Diterbitkan dan ditandatangani oleh {by}.", by=signed_by or inst.name),
        claim,
        inst.name,
    )


def _retired_key_that_signed(
    session: Session, code: str, payload: signing.SignedPayload
) -> KeyPeriod | None:
    """The latest period of a key the province retired for this BLK that made the signature:
    certificates a BLK issued before its key changed stay valid."""
    for period in keys.retired_periods(session, code):
        if signing.signature_valid(period.public_key, payload):
            return period
    return None


def _period_text(since: datetime | None, last: date) -> str:
    start = since.replace(tzinfo=UTC).astimezone().date() if since else None
    if start:
        return f"{format_date(start)} – {format_date(last)}"
    return Sentence("s.d. {last}", last=sentence_date(last))
