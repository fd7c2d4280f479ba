"""Checking a certificate's QR text offline, against the public keys this database knows.

At the province, a BLK's retired keys (see core.province.keys) still vouch for the certificates
issued up to the day their successor was first used; the explanation names that key's period.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.certification import signing
from blkdesk.core.clock import format_date
from blkdesk.core.models import Certificate, Institution, KeyPeriod
from blkdesk.core.province import keys
from blkdesk.core.statuses import CertificateStatus

VALID = "valid"
INVALID = "invalid"
VOIDED = "voided"
UNKNOWN_INSTITUTION = "unknown_institution"

STATUS_LABELS = {
    VALID: "SAH",
    INVALID: "TIDAK SAH",
    VOIDED: "DIBATALKAN",
    UNKNOWN_INSTITUTION: "LEMBAGA TIDAK DIKENAL",
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
        return Verification(INVALID, f"Teks ini bukan kode sertifikat BLKDesk yang utuh ({exc}).")
    claim = payload.claim
    inst = session.scalar(select(Institution).where(Institution.code == claim.inst_code))
    if inst is None or not inst.public_key:
        return Verification(
            UNKNOWN_INSTITUTION,
            f"Kunci publik lembaga {claim.inst_code} belum ada di database ini; gabungkan data "
            "sinkronisasi lembaga itu terlebih dahulu, lalu periksa lagi.",
            claim,
        )
    signed_by = ""
    if not signing.signature_valid(inst.public_key, payload):
        old = _retired_key_that_signed(session, claim.inst_code, payload)
        if old is None:
            return Verification(
                INVALID,
                f"Tanda tangan tidak cocok dengan kunci {inst.name}: isi kode telah diubah "
                "atau sertifikat ini palsu.",
                claim,
                inst.name,
            )
        last = keys.last_day(old)
        assert last is not None
        if claim.issued_on > last:
            return Verification(
                INVALID,
                f"Ditandatangani kunci lama {inst.name} ({old.fingerprint}) yang hanya berlaku "
                f"sampai {format_date(last)}, padahal sertifikat ini bertanggal "
                f"{format_date(claim.issued_on)}: kunci itu sudah diganti sebelum sertifikat "
                "ini terbit.",
                claim,
                inst.name,
            )
        signed_by = (
            f" dengan kunci lama {old.fingerprint} (berlaku {_period_text(old.valid_from, last)})"
        )
    cert = session.scalar(
        select(Certificate).where(
            Certificate.inst_code == claim.inst_code, Certificate.number == claim.number
        )
    )
    if cert is not None and cert.status == CertificateStatus.VOID:
        return Verification(
            VOIDED,
            f"Sertifikat ini diterbitkan {inst.name}{signed_by} tetapi telah dibatalkan.",
            claim,
            inst.name,
            cert.void_reason,
        )
    return Verification(
        VALID, f"Diterbitkan dan ditandatangani oleh {inst.name}{signed_by}.", claim, inst.name
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
    return f"{format_date(start)} – {format_date(last)}" if start else f"s.d. {format_date(last)}"
