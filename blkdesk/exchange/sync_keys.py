"""The BLK signing keys the province has pinned, and accepting a BLK's new key.

A BLK's key is pinned on its first merged file (see merge.check_key). After that, a file signed
by any other key is refused whole. When a BLK really has a new key (BLKDesk reinstalled, the
database lost), a province admin confirms the new key's fingerprint with the BLK by phone and
accepts it from one of the refused files; the change is audited with both fingerprints. The old
key is retired, not forgotten (see core.province.keys): what it signed before the change still
verifies.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.certification.signing import fingerprint, same_fingerprint
from blkdesk.core.clock import sentence_time
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import Institution, PinnedKey, RegisteredBlk
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.province import blks, keys
from blkdesk.core.sentences import Sentence
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
            Sentence(
                "Sidik jari yang diketik bukan sidik jari kunci di berkas ini. Cocokkan lagi "
                "dengan BLK lewat telepon: bila tetap berbeda, berkas ini bukan dari BLK tersebut."
            ),
            field="fingerprint",
        )
    with db.transaction() as session:
        pin = session.scalar(select(PinnedKey).where(PinnedKey.inst_code == manifest.code))
        if pin is None:
            raise ValidationError(
                Sentence(
                    "Belum ada kunci yang tercatat untuk {code}: berkas pertamanya langsung dapat "
                    "digabung.",
                    code=manifest.code,
                )
            )
        if pin.public_key == manifest.public_key:
            raise ValidationError(
                Sentence("Kunci {key} sudah tercatat untuk {code}.", key=new, code=manifest.code)
            )
        current = keys.current_period(session, pin)
        if current.valid_from is not None and manifest.made_at <= current.valid_from:
            # The new key's period starts when this file was made: it cannot start before
            # the pinned key's own.
            raise ValidationError(
                Sentence(
                    "Berkas {name} dibuat {made}, sebelum kunci yang tercatat sekarang mulai "
                    "dipakai ({since}). Terima kunci dari berkas yang lebih baru dari BLK itu.",
                    name=Path(path).name,
                    made=sentence_time(manifest.made_at),
                    since=sentence_time(current.valid_from),
                ),
                field="fingerprint",
            )
        old = pin.fingerprint
        keys.replace(session, actor, pin, manifest.public_key, manifest.made_at, Path(path).name)
        inst = session.scalar(select(Institution).where(Institution.code == manifest.code))
        if inst is not None and not inst.is_local:
            inst.public_key = manifest.public_key
        # The province was told this fingerprint by phone just now: the list of BLKs expects it.
        blk = session.scalar(select(RegisteredBlk).where(RegisteredBlk.code == manifest.code))
        if blk is not None:
            blk.key_fingerprint = blks.fingerprint(manifest.public_key)
    return KeyChange(manifest.code, old, new)
