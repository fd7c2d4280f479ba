"""Pengaturan › Lembaga: correcting this BLK's profile (name, address, head...) after set-up.

The code is its identity in every sync file and certificate number and is not edited here; the
logo and the certificate number pattern have their own dialogs. The form passes the version it
opened, so an administrator at another PC who saved meanwhile is not overwritten.
"""

import re
from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.concurrency import refuse_if_changed
from blkdesk.core.errors import FieldErrors
from blkdesk.core.institution import InstitutionInput, local_institution, validate
from blkdesk.core.models import Institution
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence
from blkdesk.core.text import clean_name, clean_text

# The columns' lengths (models.institution); the address is Text.
LIMITS = {"name": 200, "phone": 40, "email": 120, "head_name": 120}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ProfileInput:
    name: str
    kind: str
    regency_code: str
    address: str = ""
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_nip: str = ""


FIELDS = tuple(f.name for f in fields(ProfileInput))


def profile_input(inst: Institution) -> ProfileInput:
    return ProfileInput(**{name: getattr(inst, name) for name in FIELDS})


def opened_profile(session: Session) -> tuple[ProfileInput, int, str]:
    """The profile as the form opens it, its version, and the code (shown, not edited)."""
    inst = local_institution(session)
    return profile_input(inst), inst.version, inst.code


def problems(data: ProfileInput) -> dict[str, str]:
    """What `update_profile` would refuse, by field."""
    errors = validate(InstitutionInput(code="KODE", logo=None, **vars(data)))
    for name, limit in LIMITS.items():
        if name not in errors and len(getattr(data, name).strip()) > limit:
            errors[name] = Sentence("Paling panjang {limit} karakter.", limit=limit)
    # Written as offices write them: "(0254) 280123", "0254-280.123", "+62 254 280123".
    phone = re.sub(r"[\s().-]", "", data.phone)
    if "phone" not in errors and phone and not re.fullmatch(r"\+?\d{6,15}", phone):
        errors["phone"] = Sentence("Nomor telepon hanya angka (6–15 digit), boleh diawali +.")
    if "email" not in errors and data.email.strip() and not _EMAIL.match(data.email.strip()):
        errors["email"] = Sentence("Alamat email tidak sah.")
    return errors


def update_profile(
    session: Session, actor: Actor, data: ProfileInput, *, expected_version: int | None = None
) -> Institution:
    """`expected_version`: the version the form opened (see `concurrency.refuse_if_changed`)."""
    require(actor, Action.EDIT_SETTINGS)
    inst = local_institution(session)
    refuse_if_changed(session, inst, expected_version, Sentence("Profil lembaga"), "institution",
                      lambda: profile_input(inst))  # fmt: skip
    errors = problems(data)
    if errors:
        raise FieldErrors(errors)
    before = audit.snapshot(inst, FIELDS)
    inst.name, inst.kind, inst.regency_code = clean_name(data.name), data.kind, data.regency_code
    inst.address, inst.phone = clean_text(data.address), data.phone.strip()
    inst.email, inst.head_name = data.email.strip(), clean_name(data.head_name)
    inst.head_nip = re.sub(r"\s", "", data.head_nip)
    changes = audit.diff(before, audit.snapshot(inst, FIELDS))
    if changes:
        audit.record(session, actor, "update", "institution", inst.uuid, changes)
    return inst
