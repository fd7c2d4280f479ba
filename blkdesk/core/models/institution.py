"""The BLK itself and the people who log in to it."""

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from blkdesk.core.models.base import Base, Synced, Timestamped

DEFAULT_CERT_PATTERN = "{seq:04d}/BLK-{inst}/{vocation}/{month_roman}/{year}"


class Institution(Synced, Base):
    __tablename__ = "institution"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # see refdata.INSTITUTION_KINDS
    regency_code: Mapped[str] = mapped_column(String(4))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    head_name: Mapped[str] = mapped_column(String(120))
    head_nip: Mapped[str] = mapped_column(String(18))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    cert_number_pattern: Mapped[str] = mapped_column(String(120), default=DEFAULT_CERT_PATTERN)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # Only this BLK's own row has a private key; merged institutions bring their public key only.
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)


class User(Timestamped, Base):
    """Accounts are local to one database and never synced."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # see auth.Role
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # Raised by the services that change the account (auth.py), not on every UPDATE: a login
    # writes this row too, and must not make an administrator's open form stale.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1", nullable=False)


class Setting(Base):
    """Per-database settings (idle lock, certificate layout...), stored as JSON text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PinnedKey(Base):
    """The province's record of a BLK's signing key: pinned on the BLK's first merged sync file,
    replaced only when a province admin accepts a new one (audited). One row per institution
    code, so the province's list of registered BLKs can join it.

    `last_full_at` is when the newest full file merged from this BLK was made: a full file is
    the BLK's whole state at that moment, so any file made before it brings nothing newer.
    """

    __tablename__ = "pinned_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inst_code: Mapped[str] = mapped_column(String(20), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    pinned_at: Mapped[datetime] = mapped_column(DateTime)
    pinned_by: Mapped[str] = mapped_column(String(120))
    last_full_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class KeyPeriod(Base):
    """One period in which the province trusted a key for a BLK: the audited history of its
    keys. The pinned key is the one whose period has no end. A retired key still vouches for
    what it signed while it was the BLK's key: certificates issued, and sync files made, up to
    `valid_until` (when the first file signed by its successor was made)."""

    __tablename__ = "key_period"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inst_code: Mapped[str] = mapped_column(String(20), index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    # When the first file signed with this key was made; None: the BLK's first key, trusted
    # for everything before it too.
    valid_from: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    valid_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    pinned_at: Mapped[datetime] = mapped_column(DateTime)
    pinned_by: Mapped[str] = mapped_column(String(120))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    retired_by: Mapped[str] = mapped_column(String(120), default="")
