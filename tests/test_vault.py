"""The office server's password lives in the OS keyring when the PC has one, else in a file only
this user can read; either way BLKDesk finds it again at the next start."""

import json
import os
import stat

import keyring
import pytest
from keyring.backends import fail

from blkdesk.core.storage import connection, office_server, paths, vault

URL = "postgresql+psycopg://blkdesk:r4h%40sia%2Fkantor@192.168.1.20:5432/blkdesk"


class MemoryKeyring:
    """Stands in for Windows Credential Manager or a desktop's Secret Service. Not a subclass of
    keyring's backend class: keyring would count every such class among the backends it picks
    its default from, for every later test of the run."""

    priority = 1

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BLKDESK_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def os_keyring(monkeypatch):
    memory = MemoryKeyring()
    monkeypatch.setattr(vault, "_backend", lambda: memory)
    return memory


def test_with_a_keyring_the_file_holds_no_password(data_dir, os_keyring):
    connection.remember(URL)
    stored = json.loads(paths.connection_file().read_text(encoding="utf-8"))
    assert "r4h" not in json.dumps(stored) and stored["keyring"] is True
    assert os_keyring.secrets == {("BLKDesk", "koneksi"): "r4h@sia/kantor"}
    assert paths.remembered_server() == URL
    connection.forget()
    assert os_keyring.secrets == {} and paths.remembered_server() is None


def test_without_a_keyring_the_password_stays_in_a_file_only_this_user_reads(data_dir):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what a PC without a desktop keyring has
    try:
        assert vault._backend() is None
        connection.remember(URL)
        assert paths.remembered_server() == URL
    finally:
        keyring.set_keyring(before)
    assert json.loads(paths.connection_file().read_text(encoding="utf-8")) == {"url": URL}
    if os.name != "nt":
        assert stat.S_IMODE(paths.connection_file().stat().st_mode) == 0o600


def test_the_server_pcs_own_password_goes_to_the_keyring_too(data_dir, os_keyring):
    config = office_server.ServerConfig("/usr/lib/postgresql/15/bin", str(data_dir / "c"), 5432,
                                        "generated-Secret_1")  # fmt: skip
    office_server._save_config(config)
    assert "generated" not in office_server.config_path().read_text(encoding="utf-8")
    assert office_server.load_config() == config


def test_a_server_whose_programs_moved_finds_them_again_by_major_version(data_dir):
    """BLKDesk reinstalled elsewhere: the saved folder is gone, the cluster's version is found."""
    installed = office_server.find_tools()  # the tests' own PostgreSQL
    major = office_server._major(installed)
    cluster = data_dir / "cluster"
    cluster.mkdir()
    (cluster / "PG_VERSION").write_text(f"{major}\n", encoding="ascii")
    gone = office_server.ServerConfig(str(data_dir / "old-install" / "bin"), str(cluster), 5432,
                                      "generated-Secret_1")  # fmt: skip
    office_server._save_config(gone)
    assert office_server.load_config().bindir == str(installed)
    saved = json.loads(office_server.config_path().read_text(encoding="utf-8"))
    assert saved["bindir"] == str(installed)
    (cluster / "PG_VERSION").write_text("9\n", encoding="ascii")  # no PostgreSQL 9 anywhere
    office_server._save_config(gone)
    assert office_server.load_config().bindir == gone.bindir
