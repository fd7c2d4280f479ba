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
# The window as a clerk has it on a 1366 × 768 screen, then scaled smoothly to what the help
# window shows without scrolling sideways (the help browser's own scaling would blur the text).
WINDOW = (1240, 740)
SHOWN_WIDTH = 900
# The status bar shows the database file; clerks see their Windows data folder, not our scratch one.
SHOWN_DB = r"C:\Users\operator\AppData\Local\BLKDesk\blkdesk.sqlite"


def main(out: Path = OUT) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="blkdesk-shots-"))
    # A clean data folder: no remembered window sizes or language from the developer's own use.
    os.environ["BLKDESK_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QWidget
    from sqlalchemy import select

    from blkdesk.core import demo
    from blkdesk.core.db import open_database, resolve_url
    from blkdesk.core.models import Institution, User
    from blkdesk.ui import i18n, tasks
    from blkdesk.ui.app import make_app
    from blkdesk.ui.context import AppContext
    from blkdesk.ui.login import LoginDialog
    from blkdesk.ui.mainwindow import MainWindow

    written: list[Path] = []

    def settle() -> None:
        """Let a page finish the loading it started when shown."""
        for _ in range(3):
            QCoreApplication.processEvents()
            tasks.pool().waitForDone(30_000)
        QCoreApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        image = widget.grab().toImage()
        if image.width() > SHOWN_WIDTH:
            image = image.scaledToWidth(SHOWN_WIDTH, Qt.TransformationMode.SmoothTransformation)
        written.append(out / f"{name}.png")
        image.save(str(written[-1]))

    make_app()
    i18n.install("id")
    out.mkdir(parents=True, exist_ok=True)
    summary = demo.build(str(scratch / "demo.sqlite"), trainees=400, seed=7)
    database = open_database(resolve_url(summary.path))
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
        save(login, "login")
        login.reject()

        window = MainWindow(AppContext(database, user, code, name))
        window.resize(*WINDOW)
        window.db_label.setText(window.tr("Database: {0}").format(SHOWN_DB))
        window.show()
        for row, page in enumerate(window.pages):
            window.sidebar.setCurrentRow(row)
            save(window, page.icon_name)
        window.close()
        settle()
    finally:
        database.dispose()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
