"""Ed25519 keys and the signed text in a certificate's QR code.

Each BLK signs its certificates with its own private key; anyone whose database knows the BLK's
public key (the BLK itself, the province after a merge) can check a certificate offline.

The QR text is compact so the code stays small enough to scan from paper:

    BLK1|SRG|S|0001/BLK-SRG/LAS/XI/2025|Siti Rahmawati|20010517|Juru Las SMAW|20251127|<signature>

fields separated by `|` (a `|` or `\\` inside a field is escaped with `\\`), dates as YYYYMMDD,
kind S (sertifikat) or K (surat keterangan), and the Ed25519 signature of everything before the
last `|`, in unpadded base64url.
"""

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from blkdesk.core.sentences import Sentence

MAGIC = "BLK1"
KIND_LETTERS = {"sertifikat": "S", "surat_keterangan": "K"}
_KINDS_BY_LETTER = {v: k for k, v in KIND_LETTERS.items()}
_FIELDS = 9


class PayloadError(ValueError):
    """The text is not a BLKDesk certificate payload at all (or is damaged beyond parsing)."""


@dataclass(frozen=True)
class Claim:
    """What a certificate says about its holder: the signed part of the QR text."""

    inst_code: str
    kind: str  # sertifikat / surat_keterangan
    number: str
    name: str
    birth_date: date
    program: str
    issued_on: date


@dataclass(frozen=True)
class SignedPayload:
    claim: Claim
    message: bytes  # exactly the bytes that were signed
    signature: bytes


def generate_keypair() -> tuple[bytes, bytes]:
    """(private, public) as raw 32-byte keys."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private, public


def public_from_private(private: bytes) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(private)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def _split(text: str) -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, None)
            if nxt not in ("\\", "|"):
                raise PayloadError(Sentence("escape tidak dikenal"))
            current.append(nxt)
        elif ch == "|":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def _ymd(value: date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _parse_ymd(text: str) -> date:
    if len(text) != 8 or not text.isdigit():
        raise PayloadError(Sentence("tanggal tidak sah"))
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise PayloadError(Sentence("tanggal tidak sah")) from exc


def message_text(claim: Claim) -> str:
    parts = [
        MAGIC,
        claim.inst_code,
        KIND_LETTERS[claim.kind],
        claim.number,
        claim.name,
        _ymd(claim.birth_date),
        claim.program,
        _ymd(claim.issued_on),
    ]
    return "|".join(_escape(p) for p in parts)


def sign_claim(claim: Claim, private: bytes | Ed25519PrivateKey) -> str:
    """The full QR text: the claim and its signature."""
    key = (
        private
        if isinstance(private, Ed25519PrivateKey)
        else Ed25519PrivateKey.from_private_bytes(private)
    )
    message = message_text(claim)
    signature = key.sign(message.encode("utf-8"))
    return message + "|" + _b64(signature)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def parse(text: str) -> SignedPayload:
    """Split a scanned or typed QR text into its claim and signature; raise PayloadError."""
    text = text.strip()
    if not text.startswith(MAGIC + "|"):
        raise PayloadError(Sentence("bukan kode sertifikat BLKDesk"))
    cut = text.rfind("|")
    message, sig_text = text[:cut], text[cut + 1 :]
    fields = [*_split(message), sig_text]
    if len(fields) != _FIELDS:
        raise PayloadError(Sentence("jumlah kolom tidak sesuai"))
    _magic, inst, letter, number, name, birth, program, issued, _sig = fields
    if letter not in _KINDS_BY_LETTER:
        raise PayloadError(Sentence("jenis dokumen tidak dikenal"))
    try:
        signature = base64.urlsafe_b64decode(sig_text + "=" * (-len(sig_text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise PayloadError(Sentence("tanda tangan rusak")) from exc
    # base64 ignores the spare bits of the last character; only the canonical spelling counts,
    # so that no changed character can leave a valid signature.
    if len(signature) != 64 or _b64(signature) != sig_text:
        raise PayloadError(Sentence("tanda tangan rusak"))
    claim = Claim(
        inst, _KINDS_BY_LETTER[letter], number, name, _parse_ymd(birth), program,
        _parse_ymd(issued),
    )  # fmt: skip
    return SignedPayload(claim, message.encode("utf-8"), signature)


def signature_valid(public: bytes, payload: SignedPayload) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(payload.signature, payload.message)
    except (InvalidSignature, ValueError):
        return False
    return True


# ---- sync files ---------------------------------------------------------------------------
# The same key signs the Manifest of every sync workbook the BLK exports; the province pins the
# public key on the first merge and refuses any later file signed by another key.

FINGERPRINT_GROUPS = 8


def fingerprint(public: bytes) -> str:
    """A public key as people compare it by phone: SHA-256 of the raw key, its first 128 bits in
    groups of four hex digits (`3F2A-91C0-…`)."""
    digest = hashlib.sha256(public).hexdigest().upper()[: 4 * FINGERPRINT_GROUPS]
    return "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def same_fingerprint(typed: str, fingerprint_text: str) -> bool:
    """Whether what someone typed (spaces, dashes, lower case allowed) is this fingerprint."""

    def bare(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())

    return bool(bare(typed)) and bare(typed) == bare(fingerprint_text)


def sign_bytes(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def bytes_signed_by(public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
