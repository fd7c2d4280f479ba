"""First-run setup: this BLK's identity, its signing keys and the first administrator."""

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.access import auth
from blkdesk.core.certification.signing import generate_keypair
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import Institution, User, Vocation
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.refdata import BANTEN_REGENCIES, INSTITUTION_KINDS, PROVINCES, VOCATIONS
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.storage.db import Database, is_initialised
from blkdesk.core.text import clean_name, clean_text

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,19}$")
MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass
class InstitutionInput:
    code: str
    name: str
    kind: str
    regency_code: str
    address: str
    head_name: str
    head_nip: str
    logo: bytes | None = None
    phone: str = ""
    email: str = ""


def validate(data: InstitutionInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not _CODE.match(data.code.strip().upper()):
        errors["code"] = Sentence(
            "Kode lembaga 2–20 karakter: huruf besar, angka atau tanda hubung."
        )
    if len(data.name.strip()) < 3:
        errors["name"] = Sentence("Nama lembaga wajib diisi.")
    if data.kind not in INSTITUTION_KINDS:
        errors["kind"] = Sentence("Jenis lembaga wajib dipilih.")
    code = data.regency_code
    if not (
        code in BANTEN_REGENCIES
        or (len(code) == 4 and code.isdigit() and code[:2] in PROVINCES)
        or (data.kind == "disnaker_provinsi" and code in PROVINCES)
    ):
        errors["regency_code"] = Sentence("Kabupaten/kota wajib dipilih.")
    if not data.head_name.strip():
        errors["head_name"] = Sentence("Nama kepala BLK wajib diisi.")
    nip = re.sub(r"\s", "", data.head_nip)
    if not (nip.isdigit() and len(nip) == 18):
        errors["head_nip"] = Sentence(
            "NIP harus 18 angka; yang diisi {n} karakter.", n=number(len(nip))
        )
    if data.logo is not None and len(data.logo) > MAX_LOGO_BYTES:
        errors["logo"] = Sentence("Berkas logo terlalu besar (maksimal 2 MB).")
    return errors


def local_institution(session: Session) -> Institution:
    inst = session.scalar(select(Institution).where(Institution.is_local))
    if inst is None:
        raise ValidationError(Sentence("Database ini belum disiapkan; jalankan penyiapan awal."))
    return inst


def setup(
    db: Database,
    data: InstitutionInput,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
) -> Institution:
    """Store the institution and the first admin in one transaction."""
    if is_initialised(db):
        raise ValidationError(Sentence("Database ini sudah disiapkan untuk sebuah lembaga."))
    errors = validate(data)
    with db.transaction() as session:
        errors.update(
            {
                f"admin_{k}": v
                for k, v in auth.validate_new_user(
                    session, admin_username, admin_full_name, Role.ADMIN, admin_password
                ).items()
            }
        )
        if errors:
            raise FieldErrors(errors)
        inst = create_institution(session, data)
        admin = auth.create_user(
            session, None, admin_username, admin_full_name, Role.ADMIN, admin_password
        )
        session.flush()
        audit.record(
            session, auth.actor_for(admin), "create", "institution", inst.uuid,
            {"code": [None, inst.code], "name": [None, inst.name]},
        )  # fmt: skip
    return inst


def create_institution(session: Session, data: InstitutionInput) -> Institution:
    """This database's own institution, with a new signing key pair and the standard
    vocations (validated by the caller)."""
    code = data.code.strip().upper()
    private, public = generate_keypair()
    inst = Institution(
        code=code,
        inst_code=code,
        name=clean_name(data.name),
        kind=data.kind,
        regency_code=data.regency_code,
        address=clean_text(data.address),
        phone=data.phone.strip(),
        email=data.email.strip(),
        head_name=clean_name(data.head_name),
        head_nip=re.sub(r"\s", "", data.head_nip),
        logo=data.logo,
        private_key=private,
        public_key=public,
        is_local=True,
    )
    session.add(inst)
    for voc_code, voc_name in VOCATIONS:
        session.add(Vocation(inst_code=code, code=voc_code, name=voc_name))
    return inst


def user_count(session: Session) -> int:
    return len(session.scalars(select(User.id)).all())


def system_actor(name: str, via: str = "CLI") -> Actor:
    """Headless commands act with full rights as the operating-system user who ran them; so
    does what BLKDesk does by itself before anyone logs in (`via` says which)."""
    return Actor(name=f"{name} ({via})", role=Role.ADMIN)
