"""Checking a certificate's QR text offline, against the public keys this database knows."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.certification import signing
from blkdesk.core.models import Certificate, Institution
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
    if not signing.signature_valid(inst.public_key, payload):
        return Verification(
            INVALID,
            f"Tanda tangan tidak cocok dengan kunci {inst.name}: isi kode telah diubah "
            "atau sertifikat ini palsu.",
            claim,
            inst.name,
        )
    cert = session.scalar(
        select(Certificate).where(
            Certificate.inst_code == claim.inst_code, Certificate.number == claim.number
        )
    )
    if cert is not None and cert.status == CertificateStatus.VOID:
        return Verification(
            VOIDED,
            f"Sertifikat ini diterbitkan {inst.name} tetapi telah dibatalkan.",
            claim,
            inst.name,
            cert.void_reason,
        )
    return Verification(
        VALID, f"Diterbitkan dan ditandatangani oleh {inst.name}.", claim, inst.name
    )
