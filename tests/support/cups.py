"""A private CUPS print server with one CUPS-PDF queue named "PDF", for printing tests.

cupsd runs from a temporary folder, listening on loopback only, with its own spool and logs.
CUPS-PDF writes what a printer would receive as a PDF file into the test's folder. The backend
reads its settings only from /etc/cups, so a queue-specific file (cups-pdf-<queue>.conf) is put
there for the test and removed afterwards. Where cupsd or CUPS-PDF is missing, or cupsd cannot
start (not root, no loopback), the tests that need it are skipped with the reason.

Qt asks libcups for printers; `cupsSetServer` points libcups (for this thread, the GUI thread)
at the private server, and back at the default afterwards.
"""

import ctypes
import ctypes.util
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
QUEUE = "PDF"

CUPSD_CONF = """\
Listen 127.0.0.1:{port}
Browsing No
DefaultAuthType None
LogLevel warn
WebInterface No
<Location />
  Order allow,deny
  Allow 127.0.0.1
</Location>
<Location /admin>
  Order allow,deny
  Allow 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow 127.0.0.1
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}
ServerBin /usr/lib/cups
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
RequestRoot {root}/spool
TempDir {root}/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
User lp
Group lp
SystemGroup root
FileDevice No
"""

CUPS_PDF_CONF = """\
Out {out}
AnonDirName {out}
Label 1
TitlePref 1
UserUMask 0000
"""


@dataclass
class PrintServer:
    address: str  # host:port
    out: Path  # where CUPS-PDF writes each job

    def wait_for_jobs(self, count: int, timeout: float = 120) -> list[Path]:
        """The first `count` PDFs CUPS-PDF wrote, oldest first (waits for them to be complete)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = [p for p in self.out.glob("*.pdf") if _complete(p)]
            if len(done) >= count and not self.queued():
                return sorted(done, key=lambda p: p.stat().st_mtime_ns)[:count]
            time.sleep(0.2)
        log = (self.out.parent / "log" / "error_log").read_text(errors="replace")[-2000:]
        raise AssertionError(f"CUPS-PDF wrote {len(list(self.out.glob('*.pdf')))} of {count} "
                             f"jobs; cupsd log:\n{log}")  # fmt: skip

    def queued(self) -> str:
        """The jobs the queue still holds (lpstat's lines; empty when none)."""
        return subprocess.run(["lpstat", "-h", self.address, "-o", QUEUE], capture_output=True,
                              text=True, check=False).stdout.strip()  # fmt: skip


def _complete(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and b"%%EOF" in data[-64:]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _libcups() -> ctypes.CDLL:
    name = ctypes.util.find_library("cups") or "libcups.so.2"
    lib = ctypes.CDLL(name)
    lib.cupsSetServer.argtypes = [ctypes.c_char_p]
    return lib


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def print_server() -> Iterator[PrintServer]:
    """Start cupsd with a CUPS-PDF queue "PDF" (the default); skips where that cannot be.

    Its folder is a fresh one in the system's temporary folder, readable by the `lp` user the
    filters run as (pytest's own temporary folders are private to root)."""
    cupsd, lpadmin = shutil.which("cupsd") or "/usr/sbin/cupsd", shutil.which("lpadmin") or ""
    if not Path(cupsd).exists() or not lpadmin or not BACKEND.exists() or not PPD.exists():
        pytest.skip("cups and printer-driver-cups-pdf are not installed")
    if os.geteuid() != 0:
        pytest.skip("the CUPS-PDF backend runs only for a cupsd started as root")
    if not Path("/etc/cups").is_dir():
        pytest.skip("/etc/cups is missing (CUPS-PDF reads its settings there)")
    root = Path(tempfile.mkdtemp(prefix="blkdesk-cups-"))
    root.chmod(0o755)
    out = root / "out"
    for sub in ("spool", "tmp", "cache", "state", "log", "out"):
        (root / sub).mkdir()
    (root / "tmp").chmod(0o1777)
    out.chmod(0o1777)
    port = _free_port()
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(port=port))
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    name = f"blkdesk-test-{uuid.uuid4().hex[:8]}"
    queue_conf = Path("/etc/cups") / f"cups-pdf-{name}.conf"
    queue_conf.write_text(CUPS_PDF_CONF.format(out=out))
    process = subprocess.Popen(
        [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    lib = None
    try:
        if not _wait_for_port(port, process):
            pytest.skip("cupsd could not start here (see its log in the test's folder)")
        address = f"127.0.0.1:{port}"
        subprocess.run([lpadmin, "-h", address, "-p", QUEUE, "-E", "-v", f"cups-pdf:/{name}",
                        "-P", str(PPD)], check=True, capture_output=True)  # fmt: skip
        subprocess.run([lpadmin, "-h", address, "-d", QUEUE], check=True, capture_output=True)
        lib = _libcups()
        lib.cupsSetServer(address.encode())
        yield PrintServer(address, out)
    finally:
        if lib is not None:
            lib.cupsSetServer(None)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        queue_conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
