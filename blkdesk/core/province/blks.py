"""The BLKs the province coordinates: filled from merged files, editable by the province, so
that a BLK which never sent anything still appears (as missing) on the submissions board."""

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.errors import FieldErrors, NotFound
from blkdesk.core.models import Institution, RegisteredBlk
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.refdata import BANTEN_REGENCIES, INSTITUTION_KINDS, PROVINCES
from blkdesk.core.sentences import Sentence

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,19}$")
_FINGERPRINT = re.compile(r"^[0-9A-F]{64}$")
FIELDS = ("code", "name", "kind", "regency_code", "contact", "key_fingerprint", "active")


@dataclass
class BlkInput:
    code: str
    name: str
    kind: str
    regency_code: str
    contact: str = ""
    key_fingerprint: str = ""
    active: bool = True


def fingerprint(public_key: bytes | None) -> str:
    """SHA-256 of the public key in groups of four, short enough to compare over the phone."""
    if not public_key:
        return ""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def regency_name(code: str) -> str:
    return BANTEN_REGENCIES.get(code, code or "–")


def validate(session: Session, data: BlkInput, editing: int | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    code = data.code.strip().upper()
    if not _CODE.match(code):
        errors["code"] = Sentence(
            "Kode lembaga 2–20 karakter: huruf besar, angka atau tanda hubung."
        )
    else:
        other = session.scalar(select(RegisteredBlk.id).where(RegisteredBlk.code == code))
        if other is not None and other != editing:
            errors["code"] = Sentence("Kode {code} sudah terdaftar untuk BLK lain.", code=code)
    if len(data.name.strip()) < 3:
        errors["name"] = Sentence("Nama BLK wajib diisi.")
    if data.kind not in INSTITUTION_KINDS:
        errors["kind"] = Sentence("Jenis lembaga wajib dipilih.")
    regency = data.regency_code
    if not (
        regency in BANTEN_REGENCIES
        or (len(regency) == 4 and regency.isdigit() and regency[:2] in PROVINCES)
    ):
        errors["regency_code"] = Sentence("Kabupaten/kota wajib dipilih.")
    if len(data.contact) > 500:
        errors["contact"] = Sentence("Kontak terlalu panjang (maksimal 500 karakter).")
    compact = re.sub(r"\s", "", data.key_fingerprint).upper()
    if compact and not _FINGERPRINT.match(compact):
        errors["key_fingerprint"] = Sentence(
            "Sidik kunci berisi 64 karakter heksadesimal (0–9, A–F); salin dari BLK-nya."
        )
    return errors


def _normalised(data: BlkInput) -> dict[str, object]:
    compact = re.sub(r"\s", "", data.key_fingerprint).upper()
    return {
        "code": data.code.strip().upper(),
        "name": data.name.strip(),
        "kind": data.kind,
        "regency_code": data.regency_code,
        "contact": data.contact.strip(),
        "key_fingerprint": " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)),
        "active": data.active,
    }


def save(
    session: Session, actor: Actor, data: BlkInput, blk_id: int | None = None
) -> RegisteredBlk:
    """Add a BLK (blk_id None) or change one; refuses bad input field by field."""
    require(actor, Action.EDIT_SETTINGS)
    errors = validate(session, data, blk_id)
    if errors:
        raise FieldErrors(errors)
    values = _normalised(data)
    if blk_id is None:
        blk = RegisteredBlk(**values)
        session.add(blk)
        before: dict[str, object] = {}
    else:
        found = session.get(RegisteredBlk, blk_id)
        if found is None:
            raise NotFound(Sentence("BLK ini sudah tidak ada dalam daftar."))
        blk = found
        before = {f: getattr(blk, f) for f in FIELDS}
        for key, value in values.items():
            setattr(blk, key, value)
    session.flush()
    changes = {f: [before.get(f), values[f]] for f in FIELDS if before.get(f) != values[f]}
    audit.record(session, actor, "save", "registered_blk", str(values["code"]), changes)
    return blk


def all_blks(session: Session) -> list[RegisteredBlk]:
    return list(session.scalars(select(RegisteredBlk).order_by(RegisteredBlk.name)))


def fill_from_merged(session: Session) -> list[str]:
    """Register every merged institution the list does not know yet; fill the key fingerprint
    of a registered BLK that had none. Returns the codes added."""
    known = {b.code: b for b in session.scalars(select(RegisteredBlk))}
    added = []
    for inst in session.scalars(
        select(Institution).where(Institution.is_local.is_(False), Institution.deleted_at.is_(None))
    ):
        blk = known.get(inst.code)
        if blk is None:
            contact = " · ".join(p for p in (inst.head_name, inst.phone, inst.email) if p)
            session.add(
                RegisteredBlk(
                    code=inst.code, name=inst.name, kind=inst.kind,
                    regency_code=inst.regency_code, contact=contact,
                    key_fingerprint=fingerprint(inst.public_key), active=True,
                )
            )  # fmt: skip
            added.append(inst.code)
        elif not blk.key_fingerprint and inst.public_key:
            blk.key_fingerprint = fingerprint(inst.public_key)
    session.flush()
    return added


def key_mismatches(session: Session) -> dict[str, str]:
    """{code: merged fingerprint} where the key the province was told to expect differs from
    the key the BLK's files carry."""
    merged = {
        code: fingerprint(key)
        for code, key in session.execute(
            select(Institution.code, Institution.public_key).where(Institution.is_local.is_(False))
        )
    }
    return {
        blk.code: merged[blk.code]
        for blk in session.scalars(select(RegisteredBlk))
        if blk.key_fingerprint and merged.get(blk.code) and merged[blk.code] != blk.key_fingerprint
    }
