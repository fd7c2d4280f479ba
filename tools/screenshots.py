"""Screenshots for the user guide, taken from the real app on a fresh demo database.

    ./dev screenshots        (or: python tools/screenshots.py [OUTPUT_FOLDER])

Renders offscreen, so it runs on a server or in CI, and writes `resources/help/img/*.png`: the
login dialog and every page of the main window as the operator sees it (file names are the pages'
icon names, which the guide refers to). Re-run it whenever a screen changes.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "help" / "img"
# The guide shows them at their own size (scaled images blur): small enough for the help window.
SIZE = (940, 600)
# The status bar shows the database file; clerks see their Windows data folder, not our scratch one.
SHOWN_DB = r"C:\Users\operator\AppData\Local\BLKDesk\blkdesk.sqlite"


def main(out: Path = OUT) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="blkdesk-shots-"))
    # A clean data folder: no remembered window sizes or language from the developer's own use.
    os.environ["BLKDESK_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import select

    from blkdesk.core import demo
    from blkdesk.core.db import open_database, resolve_url
    from blkdesk.core.models import Institution, User
    from blkdesk.ui import i18n, tasks
    from blkdesk.ui.app import make_app
    from blkdesk.ui.context import AppContext
    from blkdesk.ui.login import LoginDialog
    from blkdesk.ui.mainwindow import MainWindow

    def settle() -> None:
        for _ in range(3):
            QCoreApplication.processEvents()
            tasks.pool().waitForDone(30_000)
        QCoreApplication.processEvents()

    make_app()
    i18n.install("id")
    out.mkdir(parents=True, exist_ok=True)
    summary = demo.build(str(scratch / "demo.sqlite"), trainees=400, seed=7)
    database = open_database(resolve_url(summary.path))
    written: list[Path] = []
    try:
        with database.session() as session:
            user = session.scalar(select(User).where(User.username == "operator"))
            inst = session.scalar(select(Institution).where(Institution.is_local))
            assert user is not None and inst is not None
            code, name = inst.code, inst.name

        login = LoginDialog(database, name)
        login.show()
        login.username.setText("operator")
        login.password.setText("Operator123")
        settle()
        written.append(out / "login.png")
        login.grab().save(str(written[-1]))
        login.reject()

        window = MainWindow(AppContext(database, user, code, name))
        window.resize(*SIZE)
        window.db_label.setText(window.tr("Database: {0}").format(SHOWN_DB))
        window.show()
        for row, page in enumerate(window.pages):
            window.sidebar.setCurrentRow(row)
            settle()
            written.append(out / f"{page.icon_name}.png")
            window.grab().save(str(written[-1]))
        window.close()
        settle()
    finally:
        database.dispose()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
