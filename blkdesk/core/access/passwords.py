"""Password hashing with scrypt at OWASP's recommended cost (N=2^17, r=8, p=1).

The cost is stored in each hash, so raising `COST` re-hashes accounts as they next log in.
"""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from blkdesk.core.sentences import Sentence


@dataclass(frozen=True)
class ScryptCost:
    log2_n: int = 17
    r: int = 8
    p: int = 1


COST = ScryptCost()
_DKLEN = 32


def _derive(password: str, salt: bytes, cost: ScryptCost) -> bytes:
    n = 1 << cost.log2_n
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=cost.r,
        p=cost.p,
        maxmem=256 * n * cost.r + (1 << 20),
        dklen=_DKLEN,
    )


def hash_password(password: str, cost: ScryptCost | None = None) -> str:
    cost = cost or COST
    salt = secrets.token_bytes(16)
    key = _derive(password, salt, cost)
    b64 = base64.b64encode
    return f"scrypt${cost.log2_n}${cost.r}${cost.p}${b64(salt).decode()}${b64(key).decode()}"


def _parse(stored: str) -> tuple[ScryptCost, bytes, bytes]:
    scheme, log2_n, r, p, salt, key = stored.split("$")
    if scheme != "scrypt":
        raise ValueError(scheme)
    cost = ScryptCost(int(log2_n), int(r), int(p))
    return cost, base64.b64decode(salt), base64.b64decode(key)


def verify_password(password: str, stored: str) -> bool:
    try:
        cost, salt, key = _parse(stored)
    except ValueError:
        return False
    return hmac.compare_digest(_derive(password, salt, cost), key)


def needs_rehash(stored: str) -> bool:
    try:
        cost, _salt, _key = _parse(stored)
    except ValueError:
        return True
    return (cost.log2_n, cost.r, cost.p) < (COST.log2_n, COST.r, COST.p)


def check_strength(password: str) -> str | None:
    """A reason the password is too weak, or None."""
    if len(password) < 8:
        return Sentence("Kata sandi minimal 8 karakter.")
    if password.isdigit() or password.isalpha():
        return Sentence("Kata sandi harus memuat huruf dan angka.")
    return None
