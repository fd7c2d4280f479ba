"""Other PCs find the office server by mDNS, tested inside a network namespace of our own so that
nothing is ever sent on the machine's real network interface."""

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest


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


def test_a_pc_on_the_lan_finds_the_announced_server(namespace):
    with subprocess.Popen(
        _peer(namespace, "announce", "12"), stdout=subprocess.PIPE, text=True
    ) as announcer:
        try:
            assert announcer.stdout is not None
            assert announcer.stdout.readline().strip() == "announced"
            browsed = subprocess.run(
                _peer(namespace, "browse"), capture_output=True, text=True, timeout=60
            )
            assert browsed.returncode == 0, browsed.stderr
            assert "found UPTD BLK Lebak|127.0.0.1|5433" in browsed.stdout.splitlines()
        finally:
            announcer.kill()


def test_nothing_is_found_when_no_server_announces(namespace):
    browsed = subprocess.run(_peer(namespace, "browse"), capture_output=True, text=True, timeout=60)
    assert browsed.returncode == 0, browsed.stderr
    assert browsed.stdout.strip() == ""
