"""Other PCs find the office server by mDNS, tested inside a network namespace of our own so that
nothing is ever sent on the machine's real network interface."""

import ipaddress
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest

from blkdesk.core.storage import discovery


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)


@pytest.fixture
def namespace() -> Iterator[str]:
    if shutil.which("ip") is None or os.geteuid() != 0:
        pytest.skip("needs root and iproute2 to make a network namespace")
    name = f"blkdesk-{uuid.uuid4().hex[:8]}"
    try:
        _ip("netns", "add", name)
    except subprocess.CalledProcessError:
        pytest.skip("network namespaces are not allowed here")
    try:
        # Only loopback exists in the namespace; multicast must be switched on and routed there.
        _ip("-n", name, "link", "set", "lo", "up")
        _ip("-n", name, "link", "set", "lo", "multicast", "on")
        _ip("-n", name, "route", "add", "224.0.0.0/4", "dev", "lo")
        yield name
    finally:
        _ip("netns", "del", name)


def _peer(namespace: str, *args: str) -> list[str]:
    return ["ip", "netns", "exec", namespace, sys.executable, "-m", "tests.support.mdns_peer",
            *args]  # fmt: skip


@contextmanager
def _announcing(namespace: str, *server: str) -> Iterator[None]:
    """A server PC announcing (`server`: NAME PORT ADDRESS…, as mdns_peer takes them)."""
    with subprocess.Popen(
        _peer(namespace, "announce", "12", *server), stdout=subprocess.PIPE, text=True
    ) as announcer:
        try:
            assert announcer.stdout is not None
            assert announcer.stdout.readline().strip() == "announced"
            yield
        finally:
            announcer.kill()


def _browse(namespace: str) -> list[str]:
    browsed = subprocess.run(_peer(namespace, "browse"), capture_output=True, text=True, timeout=60)
    assert browsed.returncode == 0, browsed.stderr
    return browsed.stdout.splitlines()


def test_a_pc_on_the_lan_finds_the_announced_server(namespace):
    with _announcing(namespace):
        assert "found UPTD BLK Lebak|127.0.0.1|5433" in _browse(namespace)


def test_a_server_pc_with_a_second_network_card_is_offered_at_the_address_this_pc_reaches(
    namespace,
):
    # The server PC announces its Wi-Fi's address too; the clerk's PC is not on that network.
    with _announcing(namespace, "UPTD BLK Lebak", "5433", "10.99.0.1", "127.0.0.1"):
        assert _browse(namespace) == ["found UPTD BLK Lebak|127.0.0.1|5433"]


def test_two_server_pcs_of_the_same_host_name_are_each_listed_at_their_own_address(namespace):
    # Both announcers run in one namespace, so under one host name (two cloned PCs).
    with ExitStack() as both:
        both.enter_context(_announcing(namespace, "UPTD BLK Lebak", "5433", "127.0.0.1"))
        both.enter_context(_announcing(namespace, "UPTD BLK Serang", "5432", "127.0.0.2"))
        assert _browse(namespace) == [
            "found UPTD BLK Lebak|127.0.0.1|5433",
            "found UPTD BLK Serang|127.0.0.2|5432",
        ]


def test_only_the_addresses_on_this_pcs_networks_are_offered_unless_none_is():
    office = [ipaddress.IPv4Network("192.168.50.0/24")]
    assert discovery.reachable(["192.168.5.1", "192.168.50.10"], office) == ["192.168.50.10"]
    # An unusual network (a server that answered from elsewhere): offered rather than hidden.
    assert discovery.reachable(["10.1.2.3"], office) == ["10.1.2.3"]


def test_nothing_is_found_when_no_server_announces(namespace):
    assert _browse(namespace) == []
