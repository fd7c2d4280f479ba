"""Start-up to a usable main window on the 10-year database, against a bare PySide6 window."""

import statistics
import subprocess
import sys
import time

from benchmarks.harness import Bench, Measurement, figure

BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("x"); w.show(); app.processEvents()
"""

BLKDESK = """
import sys
from sqlalchemy import select
from blkdesk.ui.app import make_app
from blkdesk.ui import i18n
app = make_app()
i18n.install(i18n.current_language())
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.models import Institution, User
from blkdesk.ui.context import AppContext
from blkdesk.ui.mainwindow import MainWindow
db = open_database(resolve_url(sys.argv[1]))
with db.session() as s:
    user = s.scalar(select(User).where(User.username == "admin"))
    inst = s.scalar(select(Institution).where(Institution.is_local))
w = MainWindow(AppContext(db, user, inst.code, inst.name))
w.show()
app.processEvents()
"""


def _spawn(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
    return time.perf_counter() - start


@figure("start to usable main window", "≤ 2.5× bare PySide6 window", unit="s", ratio_limit=2.5)
def startup(bench: Bench) -> Measurement:
    # The login dialog waits for a person; what is timed is everything around it: Python, Qt,
    # the database check and the main window with Beranda's figures filled in.
    db = str(bench.demo_db())
    _spawn(BLKDESK, db)  # warm the OS file cache once, as a second start on a clerk's PC would be
    app = statistics.median(_spawn(BLKDESK, db) for _ in range(bench.runs))
    bare = statistics.median(_spawn(BARE) for _ in range(bench.runs))
    return Measurement(app, bare, "bare PySide6 window")
