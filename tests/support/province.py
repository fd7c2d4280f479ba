"""The demo province, built once per test run and copied for each test that uses it."""

import atexit
import shutil
import tempfile
from pathlib import Path

from blkdesk.core.storage.db import resolve_url
from blkdesk.exchange.demo_province import ProvinceSummary, build_province

# Small BLKs keep the build to seconds; the figures still cover every case the desk shows.
TRAINEES_PER_BLK = 150
_built: list[tuple[Path, ProvinceSummary]] = []


def demo_province(tmp_path: Path) -> tuple[str, ProvinceSummary]:
    """(URL of a fresh copy of the demo province, what was built). Call from inside a test, so
    the test's cheap password cost and data folder apply to the one build."""
    if not _built:
        folder = Path(tempfile.mkdtemp(prefix="blkdesk-test-provinsi-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "provinsi.sqlite"
        _built.append((path, build_province(str(path), trainees=TRAINEES_PER_BLK)))
    source, summary = _built[0]
    copy = tmp_path / "provinsi.sqlite"
    shutil.copyfile(source, copy)
    return resolve_url(str(copy)), summary
