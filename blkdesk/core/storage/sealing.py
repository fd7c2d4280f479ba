"""Sealing backups: a data key opened by the backup password or by a printed recovery key.

Every backup is encrypted with one random 256-bit data key (AES-GCM, frame by frame). The data
key travels in each backup's header twice, wrapped: once under a key derived from the backup
password and once under a key derived from the recovery key ("kunci cadangan") printed for the
office safe. Either opens the backup on any PC; neither is stored anywhere. The live database
keeps the data key itself in its settings, so the automatic backups need nobody to type anything;
that is no weaker than the database, which holds the same personal data in the clear. (Before
anyone has set a password, BLKDesk seals under a provisional key whose recovery key waits in the
settings, no weaker for the same reason, until an administrator prints it: see backup.py.)

`seal_stream`/`open_stream` seal any byte stream the same way (a PostgreSQL dump, for instance);
`backup.py` uses `Sealer`/`Opener` for its own compressed frames.
"""

import base64
import hashlib
import json
import re
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from blkdesk.core.errors import BlkError, ValidationError
from blkdesk.core.sentences import Sentence

KDF_LOG2_N = 15  # ~0.1 s: once per restore, or when the password is set
KDF_R, KDF_P = 8, 1
PASSWORD, RECOVERY = "sandi", "kunci"
RECOVERY_BYTES = 20  # 160 bits: 32 base32 letters, printed as 8 groups of 4
MIN_PASSWORD = 8
FRAME_BYTES = 1 << 20
STREAM_MAGIC = b"BLKDESK-SEALED\x00\x01"


class SealError(BlkError):
    """A sealed file cannot be opened: the wrong password or key, damage, or tampering."""


class WrongSecret(SealError):
    """The password or recovery key does not open this backup (the file itself may be fine)."""


def _kdf(secret: str, salt: bytes, log2_n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=KDF_R, p=KDF_P).derive(
        secret.encode("utf-8")
    )


def new_recovery_key() -> str:
    letters = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def normalise_recovery_key(text: str) -> str:
    """Accept what a clerk types from the sheet: any case, spaces or dashes, 0 for O, 1 for I."""
    letters = re.sub(r"[^A-Z0-9]", "", text.upper()).replace("0", "O").replace("1", "I")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


@dataclass(frozen=True)
class Wrap:
    """The data key sealed under a key derived from a password or a recovery key."""

    kind: str  # PASSWORD or RECOVERY
    salt: bytes
    log2_n: int
    nonce: bytes
    sealed: bytes

    @classmethod
    def make(cls, kind: str, secret: str, data_key: bytes, log2_n: int = KDF_LOG2_N) -> "Wrap":
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        sealed = AESGCM(_kdf(secret, salt, log2_n)).encrypt(nonce, data_key, kind.encode())
        return cls(kind, salt, log2_n, nonce, sealed)

    def open(self, secret: str) -> bytes | None:
        try:
            return AESGCM(_kdf(secret, self.salt, self.log2_n)).decrypt(
                self.nonce, self.sealed, self.kind.encode()
            )
        except InvalidTag:
            return None

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "salt": self.salt.hex(), "log2_n": self.log2_n,
                "nonce": self.nonce.hex(), "sealed": self.sealed.hex()}  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Wrap":
        return cls(str(d["kind"]), bytes.fromhex(d["salt"]), int(d["log2_n"]),
                   bytes.fromhex(d["nonce"]), bytes.fromhex(d["sealed"]))  # fmt: skip


@dataclass(frozen=True)
class BackupKey:
    """What the database keeps to seal its backups: the data key and its two wraps."""

    data_key: bytes
    wraps: tuple[Wrap, ...]

    @property
    def key_id(self) -> str:
        """Names the key in headers (a hash of a random key reveals nothing about it)."""
        return hashlib.sha256(b"blkdesk-key-id" + self.data_key).hexdigest()[:16]

    def header(self) -> dict[str, Any]:
        return {"key_id": self.key_id, "wraps": [w.as_dict() for w in self.wraps]}

    def as_setting(self) -> dict[str, Any]:
        return {"data_key": self.data_key.hex(), **self.header()}

    @classmethod
    def from_setting(cls, value: dict[str, Any]) -> "BackupKey":
        wraps = tuple(Wrap.from_dict(w) for w in value.get("wraps", []))
        return cls(bytes.fromhex(value["data_key"]), wraps)


def new_key(password: str, log2_n: int = KDF_LOG2_N) -> tuple[BackupKey, str]:
    """A fresh data key sealed under `password` and a new recovery key, which is returned to be
    printed once and never stored."""
    recovery = new_recovery_key()
    return key_with(secrets.token_bytes(32), password, recovery, log2_n), recovery


def key_with(data_key: bytes, password: str, recovery: str, log2_n: int = KDF_LOG2_N) -> BackupKey:
    """`data_key` wrapped under `password` and `recovery`."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            Sentence("Kata sandi cadangan minimal {least} karakter.", least=MIN_PASSWORD),
            field="backup_password",
        )
    wraps = (
        Wrap.make(PASSWORD, password, data_key, log2_n),
        Wrap.make(RECOVERY, normalise_recovery_key(recovery), data_key, log2_n),
    )
    return BackupKey(data_key, wraps)


def provisional_key(log2_n: int = KDF_LOG2_N) -> tuple[BackupKey, str]:
    """A data key BLKDesk makes itself, before anyone has set a backup password: wrapped under a
    new recovery key only, which waits in the database until an administrator prints it."""
    data_key = secrets.token_bytes(32)
    recovery = new_recovery_key()
    wrap = Wrap.make(RECOVERY, normalise_recovery_key(recovery), data_key, log2_n)
    return BackupKey(data_key, (wrap,)), recovery


def unlock(
    keys: dict[str, Any],
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    saved: BackupKey | None = None,
) -> bytes:
    """The data key of a header's `keys`: from the saved key when it is the same one, else from
    the password or the recovery key. Raises WrongSecret or ValidationError (nothing given)."""
    if saved is not None and saved.key_id == keys.get("key_id"):
        return saved.data_key
    wraps = [Wrap.from_dict(w) for w in keys.get("wraps", [])]
    if not password and not recovery_key:
        raise ValidationError(
            Sentence(
                "Cadangan ini dilindungi kata sandi; masukkan kata sandi cadangan atau kunci "
                "cadangan dari lembar yang dicetak."
            ),
            field="password",
        )
    tries = [
        (PASSWORD, password),
        (RECOVERY, recovery_key and normalise_recovery_key(recovery_key)),
    ]
    for kind, secret in tries:
        if not secret:
            continue
        for wrap in (w for w in wraps if w.kind == kind):
            opened = wrap.open(secret)
            if opened is not None:
                return opened
    if recovery_key and not password:
        raise WrongSecret(
            Sentence("Kunci cadangan salah: periksa lagi huruf-hurufnya di lembar kunci.")
        )
    raise WrongSecret(
        Sentence(
            "Kata sandi cadangan salah. Periksa huruf besar/kecilnya, atau pakai kunci cadangan "
            "dari lembar yang dicetak."
        )
    )


# --- frames ------------------------------------------------------------------------------------


def _aad(header_digest: bytes, counter: int, last: bool) -> bytes:
    return header_digest + struct.pack(">QB", counter, int(last))


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


class Sealer:
    """Seals frame after frame: the nonce counts up and the "last" flag is authenticated, so a
    cut-off, reordered or tampered file is refused rather than half restored."""

    def __init__(self, data_key: bytes, nonce_prefix: bytes, header_bytes: bytes) -> None:
        self._aead = AESGCM(data_key)
        self._prefix = nonce_prefix
        self._digest = hashlib.sha256(header_bytes).digest()

    def seal(self, counter: int, data: bytes, last: bool) -> bytes:
        return self._aead.encrypt(
            _nonce(self._prefix, counter), data, _aad(self._digest, counter, last)
        )

    def open(self, counter: int, data: bytes, last: bool) -> bytes:
        try:
            return self._aead.decrypt(
                _nonce(self._prefix, counter), data, _aad(self._digest, counter, last)
            )
        except InvalidTag as exc:
            raise SealError(Sentence("Berkas tersegel rusak atau telah diubah.")) from exc


Opener = Sealer


def write_frame(out: IO[bytes], data: bytes, last: bool) -> None:
    out.write(struct.pack(">IB", len(data), int(last)) + data)


def read_frames(src: IO[bytes], name: str) -> Iterator[tuple[bytes, bool]]:
    while True:
        head = src.read(5)
        if len(head) < 5:
            raise SealError(Sentence("Berkas {name} terpotong (tidak lengkap).", name=name))
        length, last = struct.unpack(">IB", head)
        data = src.read(length)
        if len(data) < length:
            raise SealError(Sentence("Berkas {name} terpotong (tidak lengkap).", name=name))
        yield data, bool(last)
        if last:
            return


# --- any stream --------------------------------------------------------------------------------


def seal_stream(src: IO[bytes], out: IO[bytes], key: BackupKey, meta: dict[str, Any]) -> None:
    """Write `src` sealed to `out`, with `meta` (JSON, readable without the key) in the header."""
    prefix = secrets.token_bytes(8)
    header = {"meta": meta, "keys": key.header(), "nonce_prefix": prefix.hex()}
    header_bytes = json.dumps(header, ensure_ascii=False).encode("utf-8")
    out.write(STREAM_MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
    sealer = Sealer(key.data_key, prefix, header_bytes)
    counter = 0
    block = src.read(FRAME_BYTES)
    while True:
        following = src.read(FRAME_BYTES)
        last = not following
        write_frame(out, sealer.seal(counter, block, last), last)
        counter += 1
        if last:
            return
        block = following


def read_stream_header(src: IO[bytes], name: str = "berkas") -> tuple[dict[str, Any], bytes]:
    if src.read(len(STREAM_MAGIC)) != STREAM_MAGIC:
        raise SealError(Sentence("{name} bukan berkas tersegel BLKDesk.", name=name))
    try:
        (length,) = struct.unpack(">I", src.read(4))
        header_bytes = src.read(length)
        header: dict[str, Any] = json.loads(header_bytes.decode("utf-8"))
    except (struct.error, ValueError) as exc:
        raise SealError(Sentence("Kepala {name} rusak.", name=name)) from exc
    return header, header_bytes


def open_stream(
    src: IO[bytes],
    out: IO[bytes],
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    saved: BackupKey | None = None,
    name: str = "berkas",
) -> dict[str, Any]:
    """Write the plain bytes of a sealed stream to `out`; returns its `meta`. The caller writes
    `out` somewhere it can discard if this raises (a frame can fail after others were written)."""
    header, header_bytes = read_stream_header(src, name)
    try:
        data_key = unlock(header["keys"], password=password, recovery_key=recovery_key, saved=saved)
        opener = Opener(data_key, bytes.fromhex(header["nonce_prefix"]), header_bytes)
    except (KeyError, ValueError, TypeError) as exc:
        raise SealError(Sentence("Kepala {name} rusak.", name=name)) from exc
    for counter, (frame, last) in enumerate(read_frames(src, name)):
        out.write(opener.open(counter, frame, last))
    meta: dict[str, Any] = header.get("meta", {})
    return meta
