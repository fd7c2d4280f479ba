"""Finding the office server on the LAN without typing an address (mDNS / DNS-SD).

The server PC announces `_blkdesk._tcp.local.` with its port and the BLK's name while BLKDesk runs
there; "Hubungkan ke server kantor" on another PC browses for it for a few seconds and lists what
answered. Only the address and port travel this way; the password is still typed, since anyone
on the LAN can hear an mDNS announcement.
"""

import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

SERVICE = "_blkdesk._tcp.local."


@dataclass(frozen=True)
class Found:
    name: str  # the BLK's name, as the server announced it
    host: str  # an IPv4 address
    port: int


def _zeroconf(interfaces: Sequence[str] | None) -> Any:
    from zeroconf import InterfaceChoice, IPVersion, Zeroconf

    chosen: Any = list(interfaces) if interfaces else InterfaceChoice.All
    return Zeroconf(interfaces=chosen, ip_version=IPVersion.V4Only)


class Announcer:
    """Announces this PC's office server until `close()`."""

    def __init__(
        self, blk_name: str, port: int, addresses: Sequence[str], *,
        interfaces: Sequence[str] | None = None,
    ) -> None:  # fmt: skip
        from zeroconf import ServiceInfo

        self._zc = _zeroconf(interfaces)
        label = "".join(c for c in blk_name if c.isalnum() or c in " -")[:50] or "BLKDesk"
        self.info = ServiceInfo(
            SERVICE,
            f"{label} ({socket.gethostname()[:20]}).{SERVICE}",
            port=port,
            properties={"blk": blk_name[:200]},
            addresses=[socket.inet_aton(a) for a in addresses],
            server=f"{socket.gethostname()}.local.",
        )
        self._zc.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        self._zc.unregister_service(self.info)
        self._zc.close()


def browse(seconds: float = 3.0, *, interfaces: Sequence[str] | None = None) -> list[Found]:
    """Office servers that answered within `seconds`, by name."""
    from zeroconf import ServiceBrowser, ServiceStateChange

    zc = _zeroconf(interfaces)
    names: set[str] = set()
    lock = threading.Lock()

    def changed(zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        if state_change is ServiceStateChange.Added:
            with lock:
                names.add(name)

    browser = ServiceBrowser(zc, SERVICE, handlers=[changed])
    try:
        time.sleep(seconds)
        found: dict[tuple[str, int], Found] = {}
        with lock:
            pending = sorted(names)
        for name in pending:
            info = zc.get_service_info(SERVICE, name, timeout=1500)
            if info is None:
                continue
            blk = (info.properties or {}).get(b"blk", b"") or b""
            for address in info.parsed_addresses():
                found.setdefault(
                    (address, int(info.port or 0)),
                    Found(blk.decode("utf-8", "replace") or name, address, int(info.port or 0)),
                )
        return sorted(found.values(), key=lambda f: (f.name, f.host))
    finally:
        browser.cancel()
        zc.close()
