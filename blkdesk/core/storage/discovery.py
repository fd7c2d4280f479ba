"""Finding the office server on the LAN without typing an address (mDNS / DNS-SD).

The server PC announces `_blkdesk._tcp.local.` with its port and the BLK's name while BLKDesk runs
there; "Hubungkan ke server kantor" on another PC browses for it for a few seconds and lists what
answered. Only the address and port travel this way; the password is still typed, since anyone
on the LAN can hear an mDNS announcement.
"""

import ipaddress
import secrets
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
            # A host name of this announcement's own: a listener files addresses under the
            # host name, so two server PCs of the same name (a cloned Windows image, Linux's
            # default "ubuntu") would each be listed with the other's address too.
            server=f"blkdesk-{secrets.token_hex(6)}.local.",
        )
        self._zc.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        self._zc.unregister_service(self.info)
        self._zc.close()


def _own_networks() -> list[ipaddress.IPv4Network]:
    """The IPv4 networks of this PC's interfaces (read from the system; nothing is sent)."""
    import ifaddr

    return [
        ipaddress.IPv4Network(f"{ip.ip}/{ip.network_prefix}", strict=False)
        for adapter in ifaddr.get_adapters()
        for ip in adapter.ips
        if isinstance(ip.ip, str)  # IPv6 addresses come as tuples
    ]


def reachable(addresses: Sequence[str], networks: Sequence[ipaddress.IPv4Network]) -> list[str]:
    """Of a server's addresses, those on a network this PC is on. A server PC with a second
    network card (Wi-Fi, a virtual machine's adapter) announces that card's address too, which
    the other PCs cannot reach; mDNS never crosses a router, so the one that answered is on
    ours. All of them when none is, rather than hiding a server that did answer."""
    near = [a for a in addresses if any(ipaddress.ip_address(a) in net for net in networks)]
    return near or list(addresses)


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
        networks = _own_networks()
        with lock:
            pending = sorted(names)
        for name in pending:
            info = zc.get_service_info(SERVICE, name, timeout=1500)
            if info is None:
                continue
            blk = (info.properties or {}).get(b"blk", b"") or b""
            for address in reachable(info.parsed_addresses(), networks):
                found.setdefault(
                    (address, int(info.port or 0)),
                    Found(blk.decode("utf-8", "replace") or name, address, int(info.port or 0)),
                )
        return sorted(found.values(), key=lambda f: (f.name, f.host))
    finally:
        browser.cancel()
        zc.close()
