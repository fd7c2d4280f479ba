"""The province's history of each BLK's signing keys.

A BLK's key is pinned on its first merged sync file. When the BLK really gets a new key
(BLKDesk reinstalled, the database lost), a province admin accepts it: the old key is retired,
not forgotten. Its period ends when the first file signed by the new key was made, and up to
then it still vouches for what it signed: certificates issued, and sync files made, before the
change stay SAH; anything it signs after the change is refused. Every pin and change is audited.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.certification.signing import fingerprint
from blkdesk.core.clock import utcnow
from blkdesk.core.models import KeyPeriod, PinnedKey
from blkdesk.core.permissions import Actor


@dataclass(frozen=True)
class Retirement:
    """What accepting a new key did: the period it closed and the one it opened."""

    retired: KeyPeriod
    current: KeyPeriod


def pin_first(session: Session, actor: Actor, code: str, public: bytes) -> PinnedKey:
    """Pin the key of a BLK's first merged file; its period has no start (it is the key the
    BLK had from the beginning, as far as the province knows)."""
    now = utcnow()
    pin = PinnedKey(
        inst_code=code, public_key=public, fingerprint=fingerprint(public), pinned_at=now,
        pinned_by=actor.name,
    )  # fmt: skip
    period = KeyPeriod(
        inst_code=code, public_key=public, fingerprint=pin.fingerprint, pinned_at=now,
        pinned_by=actor.name, retired_by="",
    )  # fmt: skip
    session.add_all([pin, period])
    session.flush()
    audit.record(
        session, actor, "pin_key", "pinned_key", code, {"fingerprint": [None, pin.fingerprint]},
        reason="Kunci disematkan pada berkas pertama dari lembaga ini.",
    )  # fmt: skip
    return pin


def replace(
    session: Session, actor: Actor, pin: PinnedKey, public: bytes, first_signed: datetime,
    file_name: str,
) -> Retirement:  # fmt: skip
    """Retire the pinned key and pin `public`, first seen in a file made at `first_signed`."""
    now = utcnow()
    retired = current_period(session, pin)
    retired.valid_until = first_signed
    retired.retired_at = now
    retired.retired_by = actor.name
    new = KeyPeriod(
        inst_code=pin.inst_code, public_key=public, fingerprint=fingerprint(public),
        valid_from=first_signed, pinned_at=now, pinned_by=actor.name, retired_by="",
    )  # fmt: skip
    session.add(new)
    old = pin.fingerprint
    pin.public_key, pin.fingerprint = public, new.fingerprint
    pin.pinned_at, pin.pinned_by = now, actor.name
    session.flush()
    audit.record(
        session, actor, "accept_key", "pinned_key", pin.inst_code,
        {"fingerprint": [old, new.fingerprint],
         "valid_until": [None, first_signed.isoformat(sep=" ")]},
        reason=f"Kunci baru diterima dari berkas {file_name}; kunci lama berlaku sampai berkas "
        "pertama dengan kunci baru dibuat.",
    )  # fmt: skip
    return Retirement(retired, new)


def current_period(session: Session, pin: PinnedKey) -> KeyPeriod:
    """The open period of the pinned key (opened now for a pin older than the history)."""
    period = session.scalar(
        select(KeyPeriod).where(
            KeyPeriod.inst_code == pin.inst_code,
            KeyPeriod.public_key == pin.public_key,
            KeyPeriod.valid_until.is_(None),
        )
    )
    if period is None:
        period = KeyPeriod(
            inst_code=pin.inst_code, public_key=pin.public_key, fingerprint=pin.fingerprint,
            pinned_at=pin.pinned_at, pinned_by=pin.pinned_by, retired_by="",
        )  # fmt: skip
        session.add(period)
        session.flush()
    return period


def retired_periods(session: Session, code: str, public: bytes | None = None) -> list[KeyPeriod]:
    """The BLK's retired keys (only those equal to `public`, when given), latest end first."""
    query = select(KeyPeriod).where(KeyPeriod.inst_code == code, KeyPeriod.valid_until.is_not(None))
    if public is not None:
        query = query.where(KeyPeriod.public_key == public)
    return list(session.scalars(query.order_by(KeyPeriod.valid_until.desc(), KeyPeriod.id)))


def retired_key(session: Session, code: str, public: bytes) -> KeyPeriod | None:
    """The latest period in which `public`, no longer the pinned key, was the BLK's key."""
    periods = retired_periods(session, code, public)
    return periods[0] if periods else None


def vouches_for(period: KeyPeriod, made_at: datetime) -> bool:
    """Whether a retired key still vouches for a file made at `made_at`: made before the
    first file signed by its successor."""
    return period.valid_until is not None and made_at <= period.valid_until


def last_day(period: KeyPeriod) -> date | None:
    """The last local day the key vouches for (certificates carry a date, not a time)."""
    if period.valid_until is None:
        return None
    return period.valid_until.replace(tzinfo=UTC).astimezone().date()


def history(session: Session, code: str | None = None) -> list[KeyPeriod]:
    """Every key period, per BLK, oldest first."""
    query = select(KeyPeriod).order_by(KeyPeriod.inst_code, KeyPeriod.pinned_at, KeyPeriod.id)
    if code is not None:
        query = query.where(KeyPeriod.inst_code == code)
    return list(session.scalars(query))
