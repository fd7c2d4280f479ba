"""Where BLKDesk keeps its files. `BLKDESK_DATA_DIR` redirects everything (tests, portable use)."""

import json
import os
import stat
from pathlib import Path
from urllib.parse import quote

import platformdirs

APP_NAME = "BLKDesk"
# The office server this PC connects to, when it does (see connection.py).
CONNECTION_FILE = "koneksi.json"
# When BLKDesk runs as root (a kiosk set-up, CI), the office server's PostgreSQL, which refuses
# root, runs as this operating-system account instead (see office_server).
SERVER_USER_ENV = "BLKDESK_SERVER_USER"


def data_dir() -> Path:
    override = os.environ.get("BLKDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    # That server's account must pass through this folder to reach its cluster (which it owns);
    # it may enter, never list or read (rwx--x--x).
    private(path, passable=bool(os.environ.get(SERVER_USER_ENV)))
    return path


def private(path: Path, *, passable: bool = False) -> None:
    """Take away other users' access to `path` (the data folder, a database) on a PC shared by
    several accounts: the folder holds the trainees' database, logs and backups, and a new folder
    or SQLite file gets the umask's usual rwxr-xr-x / rw-r--r--. Only what this account owns is
    changed; Windows (ACLs) and file systems without modes (a FAT flash disk) are left as they
    are."""
    if os.name == "nt":
        return
    try:
        info = path.stat()
        mode = stat.S_IMODE(info.st_mode)
        wanted = mode & 0o700 | (0o011 if passable else 0)
        if info.st_uid == os.getuid() and mode != wanted:
            path.chmod(wanted)
    except OSError:
        pass  # gone meanwhile, or a file system that keeps no modes: nothing more to do


def default_db_path() -> Path:
    return data_dir() / "blkdesk.sqlite"


def chosen_database(db: str | None = None) -> str:
    """`--db` wins, then `BLKDESK_DB`, then the office server this PC was connected to, then
    the SQLite file in the user's data folder: a path, or a URL when it holds `://`. Decided
    without SQLAlchemy unless a server is remembered, so start-up can decide early."""
    return db or os.environ.get("BLKDESK_DB") or remembered_server() or str(default_db_path())


def connection_file() -> Path:
    return data_dir() / CONNECTION_FILE


def remembered_server() -> str | None:
    """The office server's URL connection.remember() wrote, or None (a damaged file too)."""
    path = connection_file()
    if not path.exists():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        url = record["url"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(url, str) or "://" not in url:
        return None
    if record.get("keyring") and "@" in url:
        # The password is in the OS keyring (connection.remember); without it the server
        # refuses the log-in with a clear sentence and the clerk connects again.
        from blkdesk.core.storage import vault

        password = vault.load("koneksi")
        if password:
            scheme, rest = url.split("://", 1)
            user, host = rest.split("@", 1)
            url = f"{scheme}://{user}:{quote(password, safe='')}@{host}"
    return url


def chosen_sqlite_file(db: str | None = None) -> Path | None:
    """The SQLite file chosen by a plain path, or None for a URL."""
    choice = chosen_database(db)
    return None if "://" in choice else Path(choice).expanduser().resolve()


def private_folder(name: str) -> Path:
    """A folder of the data folder for this account alone (rwx------): the data folder itself
    may let the office server's account pass through (rwx--x--x), and a file in a folder made
    rwxr-xr-x (a log, a draft, a marker naming an export) could then be read by its name."""
    path = data_dir() / name
    path.mkdir(mode=0o700, exist_ok=True)
    private(path)
    return path


def backup_dir() -> Path:
    return private_folder("backups")


def log_dir() -> Path:
    return private_folder("logs")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
