"""The BLK signing keys the province has pinned, and accepting a BLK's new key.

A BLK's key is pinned on its first merged file (see merge.check_key). After that, a file signed
by any other key is refused whole. When a BLK really has a new key (BLKDesk reinstalled, the
database lost), a province admin confirms the new key's fingerprint with the BLK by phone and
accepts it from one of the refused files; the change is audited with both fingerprints.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.certification.signing import fingerprint, same_fingerprint
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import PinnedKey
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.storage.db import Database
from blkdesk.exchange.merge import Manifest, open_workbook


@dataclass(frozen=True)
class KeyChange:
    inst_code: str
    old: str
    new: str


def own_fingerprint(session: Session) -> str:
    """This database's own signing key, as the BLK reads it out to the province."""
    key = local_institution(session).public_key
    return fingerprint(key) if key else ""


def pinned_keys(session: Session) -> list[PinnedKey]:
    return list(session.scalars(select(PinnedKey).order_by(PinnedKey.inst_code)))


def file_key(path: Path) -> Manifest:
    """The Manifest of a sync file, once its signature is checked against its own key."""
    return open_workbook(Path(path)).manifest


def accept_new_key(db: Database, actor: Actor, path: Path, typed_fingerprint: str) -> KeyChange:
    """Pin the key that signed the sync file at `path` in place of the BLK's pinned key.

    `typed_fingerprint` is what the admin confirmed with the BLK by phone; it must be the new
    key's fingerprint, so a file from an impostor cannot be accepted by a click.
    """
    require(actor, Action.ACCEPT_SYNC_KEY)
    manifest = file_key(path)
    new = manifest.fingerprint
    if not same_fingerprint(typed_fingerprint, new):
        raise ValidationError(
            "Sidik jari yang diketik bukan sidik jari kunci di berkas ini. Cocokkan lagi dengan "
            "BLK lewat telepon: bila tetap berbeda, berkas ini bukan dari BLK tersebut.",
            field="fingerprint",
        )
    with db.transaction() as session:
        pin = session.scalar(select(PinnedKey).where(PinnedKey.inst_code == manifest.code))
        if pin is None:
            raise ValidationError(
                f"Belum ada kunci yang tercatat untuk {manifest.code}: berkas pertamanya "
                "langsung dapat digabung."
            )
        if pin.public_key == manifest.public_key:
            raise ValidationError(f"Kunci {new} sudah tercatat untuk {manifest.code}.")
        old = pin.fingerprint
        pin.public_key = manifest.public_key
        pin.fingerprint = new
        pin.pinned_at = utcnow()
        pin.pinned_by = actor.name
        audit.record(
            session, actor, "accept_key", "pinned_key", manifest.code,
            {"fingerprint": [old, new]},
            reason=f"Kunci baru diterima dari berkas {Path(path).name}.",
        )  # fmt: skip
    return KeyChange(manifest.code, old, new)
