"""Where the office server's password is kept: the operating system's keyring when it has one
(Windows Credential Manager, macOS Keychain, the Secret Service of a Linux desktop), otherwise
the caller's own file, which only this user may read (0600 where permissions exist).

A password in the keyring is encrypted under the user's log-in; a copied data folder does not
carry it. Each call says whether the keyring took the secret, so the caller knows whether it
must keep the secret in its file instead.
"""

import logging
from typing import Any

SERVICE = "BLKDesk"
log = logging.getLogger(__name__)


def _backend() -> Any | None:
    """The keyring, or None where there is none that keeps secrets (a server without a
    desktop session, CI): keyring's own "fail" backend and empty chains have priority ≤ 0."""
    try:
        import keyring
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return backend if backend.priority > 0 else None


def store(name: str, secret: str) -> bool:
    """Keep `secret` under `name`; True when the keyring took it."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, name, secret)
    except Exception as exc:  # a locked or refusing keyring: the file keeps it instead
        log.info("Kata sandi tidak dapat disimpan di keyring sistem: %s", exc)
        return False
    return True


def load(name: str) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        secret = backend.get_password(SERVICE, name)
    except Exception as exc:
        log.info("Kata sandi tidak dapat dibaca dari keyring sistem: %s", exc)
        return None
    return str(secret) if secret is not None else None


def delete(name: str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, name)
    except Exception:  # already gone: nothing to forget
        return
