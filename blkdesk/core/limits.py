"""How much text a field holds, checked before anything is written.

Every text column has a maximum: a `String(n)` column its `n`, a `Text` column (notes, reasons,
addresses) TEXT_MAX, far below the 32,767 characters a spreadsheet cell holds, so that whatever
is saved also travels whole in every export. Services check their input with `problems()` and
report each over-long field beside it; a guard on every flush refuses anything that slipped past
(an older screen, a script), naming the field, instead of letting PostgreSQL fail or an export cut.
"""

from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session

from blkdesk.core.errors import FieldErrors
from blkdesk.core.models.base import Synced
from blkdesk.core.sentences import Sentence, number

TEXT_MAX = 4000
# What a clerk calls the columns the guard may name, as Sentences so that the English interface
# names them in English (services may pass their own labels, Sentences too).
LABELS: dict[str, str] = {
    "notes": Sentence("Catatan"), "address": Sentence("Alamat"), "name": Sentence("Nama"),
    "title": Sentence("Judul"), "employer": Sentence("Nama pemberi kerja"),
    "sector": Sentence("Sektor"), "void_reason": Sentence("Alasan pembatalan"),
    "withdraw_reason": Sentence("Alasan mengundurkan diri"), "override_reason": Sentence("Alasan"),
    "duplicate_reason": Sentence("Alasan data ganda"), "phone": Sentence("Nomor HP"),
    "email": Sentence("Email"), "code": Sentence("Kode"), "description": Sentence("Keterangan"),
    "location": Sentence("Lokasi MTU"), "funding": Sentence("Sumber dana"),
    "head_name": Sentence("Nama kepala"), "head_nip": Sentence("NIP kepala"),
    "cert_number_pattern": Sentence("Pola nomor sertifikat"), "assessor": Sentence("Penilai"),
    "id_number": Sentence("NIP / nomor identitas"),
    "extra_requirement": Sentence("Syarat tambahan"),
    "destination_country": Sentence("Negara tujuan"),
    "guardian_name": Sentence("Nama orang tua/wali"),
}  # fmt: skip


def limit(column: Any) -> int | None:
    kind = column.type
    if isinstance(kind, Text):
        return TEXT_MAX
    if isinstance(kind, String) and kind.length:
        return int(kind.length)
    return None


def too_long(value: str, maximum: int, label: str) -> str | None:
    """The message for the field, or None when the value fits."""
    if len(value) <= maximum:
        return None
    return Sentence(
        "{label} terlalu panjang ({length} karakter); maksimal {most}.",
        label=label,
        length=number(len(value)),
        most=number(maximum),
    )


# {model: {column: maximum}} of the text columns, worked out once per model: the province's
# merge checks every trainee it receives, and asking the table per field was half of that check.
_MAXIMA: dict[type[Any], dict[str, int]] = {}


def _maxima(model: type[Any]) -> dict[str, int]:
    if model not in _MAXIMA:
        columns = model.__table__.columns
        _MAXIMA[model] = {c.key: most for c in columns if (most := limit(c)) is not None}
    return _MAXIMA[model]


def problems(
    model: type[Any], values: dict[str, Any], labels: dict[str, str] | None = None
) -> dict[str, str]:
    """{field: message} for each text value longer than its column holds."""
    maxima = _maxima(model)
    found: dict[str, str] = {}
    for name, value in values.items():
        maximum = maxima.get(name)
        if maximum is None or not isinstance(value, str) or len(value) <= maximum:
            continue  # the usual case, decided before any label is looked up
        label = (labels or {}).get(name) or LABELS.get(name, name)
        message = too_long(value, maximum, label)
        if message:
            found[name] = message
    return found


@event.listens_for(Session, "before_flush")
def _refuse_overlong_text(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, Synced):
            continue
        state = inspect(obj)
        values = {
            attr.key: attr.value
            for attr in state.attrs
            if obj in session.new or attr.history.has_changes()
        }
        found = problems(type(obj), values)
        if found:
            raise FieldErrors(found)
