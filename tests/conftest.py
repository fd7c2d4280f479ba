"""Every test gets its own data folder and database; nothing touches the user's real files."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, on a screen the size of a typical office laptop (1366 × 768) rather than the
# plugin's default 800 × 800, so windows are laid out and restored as on a clerk's PC.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

from blkdesk.core.access import passwords
from blkdesk.core.institution import setup
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import Database, open_database, resolve_url
from tests.support.exchange_data import new_province
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION


@pytest.fixture(scope="session", autouse=True)
def translations_built() -> None:
    """The English `.qm` is a build product (`./dev` makes it); build it when a test run from a
    fresh worktree finds it missing or older than its `.ts`, so switching language never stops
    at the app's "translations not built" warning."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (Path(__file__).resolve().parents[1] / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session", autouse=True)
def no_personal_data_in_logs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """After the whole run: no log or crash report written by any test holds the NIK, name,
    phone or address of a trainee in any database the run made (the demo's above all)."""
    yield
    from tests.support.log_scan import leaks

    found = leaks(tmp_path_factory.getbasetemp())
    assert not found, f"personal data in logs/crash reports: {found}"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("BLKDESK_DATA_DIR", str(data))
    monkeypatch.delenv("BLKDESK_DB", raising=False)
    # Headless commands log in; tests run them as the `db` fixture's admin unless they say
    # otherwise (tests/test_cli_login.py checks what happens without).
    monkeypatch.setenv("BLKDESK_USER", "admin")
    monkeypatch.setenv("BLKDESK_PASSWORD", ADMIN_PASSWORD)
    # OWASP's cost takes ~0.3 s a hash; tests keep the same code path at a cost of ~1 ms.
    monkeypatch.setattr(passwords, "COST", passwords.ScryptCost(log2_n=10, r=8, p=1))
    return data


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return resolve_url(str(tmp_path / "blk.sqlite"))


@pytest.fixture
def empty_db(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A database after first-run setup, with the admin `admin` / ADMIN_PASSWORD."""
    setup(empty_db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    return empty_db


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    """A province office's database with no BLK merged yet (test_province's own fixture, a
    merged demo province, takes its place there)."""
    db = new_province(tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor(name="admin", role=Role.ADMIN, user_id=1)


@pytest.fixture(autouse=True)
def app_look(request: pytest.FixtureRequest) -> None:
    """Every test of a widget sees the app's own look (its Fusion style, 10-pt font and
    stylesheet), as the clerk does. The look stays on the one application all tests share, so
    without this a test's layout depended on whether an earlier test had applied it: a fit test
    passed alone and failed in the whole run."""
    if "qapp" in request.fixturenames:
        from blkdesk.ui import style

        style.apply(request.getfixturevalue("qapp"))


@pytest.fixture(autouse=True)
def no_unanswered_box(request: pytest.FixtureRequest) -> Iterator[None]:
    """A message box the test never answers is closed after half a minute and fails the test
    with its text, instead of holding the run until the 300 s timeout."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from tests.support.unanswered import Watchdog

    request.getfixturevalue("qapp")
    watchdog = Watchdog()
    watchdog.start()
    yield
    watchdog.stop()
    if watchdog.unanswered:
        pytest.fail(f"message box left unanswered: {'; '.join(watchdog.unanswered)}")


@pytest.fixture(autouse=True)
def no_dangling_work() -> Iterator[None]:
    """Background work must finish inside the test that started it."""
    yield
    actions = sys.modules.get("blkdesk.ui.actions")  # not imported: no background work ran
    if actions is not None and actions._pool is not None:
        finished = actions._pool.waitForDone(5000)
        assert finished, "background work still running after the test"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    from tests.support.postgres import cluster

    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed")
    with cluster() as url:
        if url is None:
            pytest.skip("no PostgreSQL server could be started here")
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on a SQLite file and on its own database on the throwaway server."""
    if request.param == "sqlite":
        return resolve_url(str(tmp_path / "blk.sqlite"))
    from tests.support.postgres import fresh_database

    return fresh_database(request.getfixturevalue("postgres_url"))


@pytest.fixture
def pg_db_url(postgres_url: str) -> str:
    """An empty database of its own on the throwaway server."""
    from tests.support.postgres import fresh_database

    return fresh_database(postgres_url)


@pytest.fixture(autouse=True)
def reclaim_server_connections(request: pytest.FixtureRequest) -> Iterator[None]:
    """Engines a PostgreSQL test let go of are collected as it ends: psycopg warns about a
    connection collected while open, and a later test would otherwise report that warning as
    its own error, whenever the garbage collector happened to run."""
    yield
    if request.node.get_closest_marker("postgres") is not None:
        import gc
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The interface in the language a test is parametrized with (indirect), Indonesian again
    after it."""
    from blkdesk.ui import i18n

    assert i18n.install(request.param)
    yield request.param
    i18n.install("id")


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The interface in English for one test, Indonesian again after it."""
    from blkdesk.ui import i18n

    assert i18n.install("en")
    yield
    i18n.install("id")
