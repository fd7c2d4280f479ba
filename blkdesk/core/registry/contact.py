"""Phone numbers and e-mail addresses as applicants write them, made uniform."""

import re

from blkdesk.core.errors import ValidationError
from blkdesk.core.registry.nik import MASK_CHAR
from blkdesk.core.sentences import Sentence

_PHONE_NOISE = re.compile(r"[\s.\-()/]")
_EMAIL = re.compile(r"^[^\s@]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")
# Indonesian numbers after the country code (or the leading 0): a mobile 8xx has 9–12 digits
# (0812-345-678 up to 0812-3456-78901); a landline, area code and number, 8–11 (0252-201234).
# An 8-digit "08…" number is a mobile number missing digits, not a landline.
_MOBILE = re.compile(r"^8\d{8,11}$")
_LANDLINE = re.compile(r"^[1-79]\d{7,10}$")


def normalise_phone(text: str) -> str:
    """'0812-3456-7890', '62 812 3456 7890' and '+6281234567890' all become '+6281234567890'.

    An empty entry stays empty; anything that cannot be an Indonesian number is refused.
    """
    raw = _PHONE_NOISE.sub("", text or "")
    if not raw:
        return ""
    if raw.startswith("+"):
        if not raw.startswith("+62"):
            raise ValidationError(
                Sentence("Nomor HP harus nomor Indonesia (+62 atau diawali 0)."), field="phone"
            )
        national = raw[3:]
    elif raw.startswith("62"):
        national = raw[2:]
    elif raw.startswith("0"):
        national = raw[1:]
    else:
        national = raw
    if not national.isascii() or not national.isdigit():
        raise ValidationError(Sentence("Nomor HP hanya boleh berisi angka."), field="phone")
    if not (_MOBILE if national.startswith("8") else _LANDLINE).match(national):
        raise ValidationError(
            Sentence("Nomor HP tidak lengkap atau terlalu panjang (contoh: 0812 3456 7890)."),
            field="phone",
        )
    return "+62" + national


def normalise_email(text: str) -> str:
    email = (text or "").strip()
    if not email:
        return ""
    if len(email) > 120 or not _EMAIL.match(email):
        raise ValidationError(
            Sentence("Alamat email tidak sah (contoh: nama@contoh.com)."), field="email"
        )
    return email.lower()


def dialling_format(phone: str) -> str:
    """'+6281234567890' as a clerk dials it from an Indonesian phone: '0812-3456-7890'."""
    if not phone.startswith("+62"):
        return phone
    national = "0" + phone[3:]
    groups = [national[:4], national[4:8], national[8:]]
    return "-".join(g for g in groups if g)


# Contact details for those who may not see them (a viewer: UU PDP asks that personal data be
# shown only to whom the work needs it). Enough stays to tell two records apart in a list.


def mask_phone(phone: str) -> str:
    """'+6281234567890' → '0812-••••-••90': the operator prefix and the last two digits."""
    shown = dialling_format(phone)
    digits = sum(ch.isdigit() for ch in shown)
    out, seen = [], 0
    for ch in shown:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= 4 or seen > digits - 2 else MASK_CHAR)
        else:
            out.append(ch)
    return "".join(out)


def mask_email(email: str) -> str:
    """'siti.aminah@contoh.com' → 's•••@contoh.com'."""
    name, at, domain = email.partition("@")
    if not email:
        return ""
    return f"{name[:1]}{MASK_CHAR * 3}{at}{domain}"


def mask_address(address: str) -> str:
    """A street address (and RT/RW) is hidden whole: any part of it can find the house."""
    return MASK_CHAR * 6 if address else ""
