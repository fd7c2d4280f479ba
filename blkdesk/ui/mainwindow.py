"""The main window: sidebar navigation, the pages, and a status bar saying where and who.

Each page is built on its first visit (the sidebar and menus come from `screens_for`), so start-up
builds and fills Beranda alone.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.institution import local_institution
from blkdesk.core.permissions import ROLE_LABELS, Role
from blkdesk.core.sentences import clause, spoken
from blkdesk.ui import filedialogs, i18n, placement
from blkdesk.ui.about import AboutDialog
from blkdesk.ui.account_watch import AccountWatch
from blkdesk.ui.bus import RemoteWatch
from blkdesk.ui.context import AppContext
from blkdesk.ui.guard import SessionGuard
from blkdesk.ui.help import HelpDialog
from blkdesk.ui.labels import as_shown
from blkdesk.ui.live import LiveLink
from blkdesk.ui.lock_wait import LockWait
from blkdesk.ui.screens import screens_for
from blkdesk.ui.settings import app_settings
from blkdesk.ui.style import icon
from blkdesk.ui.widgets.page import Page

if TYPE_CHECKING:  # loaded with the window shown (ui.app), not at import
    from blkdesk.ui.warmup import WarmUp


class MainWindow(QMainWindow):
    language_applied = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        filedialogs.install()  # every dialog opened from here must leave SQLite's locks alone
        self.ctx = ctx
        self.pages: list[Page | None] = []  # by sidebar row; None until first visited
        self.help_dialog: HelpDialog | None = None
        self.warm_up: WarmUp | None = None  # the real app's loading ahead
        # Set when a restore needs the session to start again; the start-up loop reads it.
        self.restart_requested = False
        self.watch = RemoteWatch(ctx.db, ctx.bus, self)
        ctx.bus.changed.connect(self._institution_changed)
        ctx.bus.changed.connect(self._restored_elsewhere)
        self.account_watch = AccountWatch(self)
        self.server_up = True
        self.server_cause: str | None = None  # why it is down, once the listener has asked
        # The sidebar's pages: a BLK's, or the province desk's.
        self.screens = screens_for(ctx.province)
        # A page read behind a restore's locks is read again once they are gone (made before
        # the first page, which may be read behind them).
        self.lock_wait = LockWait(ctx.db, self)
        self.lock_wait.released.connect(self._read_shown_page)
        self._build()
        # On the office server: other clerks' commits within a second, and outages at once.
        self.live: LiveLink | None = None
        if LiveLink.wanted(ctx.db):
            self.live = LiveLink(ctx.db, self)
            self.live.committed.connect(self.watch.poll)
            self.live.status_changed.connect(self._server_status)
            self.live.start(ctx.db, ctx.institution_name)
        self.guard = SessionGuard(self, ctx)
        placement.place(self, app_settings().value("geometry/MainWindow"))

    def _build(self) -> None:
        """(Re)build everything that carries text, so a language change applies at once."""
        self.setWindowTitle(f"BLKDesk — {self.ctx.institution_name}")
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar_column())
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        self.pages = [None] * len(self.screens)
        for screen in self.screens:
            self.stack.addWidget(QWidget())  # stands in until the page's first visit
            item = QListWidgetItem(icon(screen.icon_name), screen.title())
            item.setSizeHint(QSize(200, 42))
            self.sidebar.addItem(item)
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self._open_row)
        # A click or Ctrl+N hands the keyboard to the page; arrows keep walking the sidebar.
        self.sidebar.itemClicked.connect(lambda _item: self.open_page_at(self.sidebar.currentRow()))
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(central)
        central.show()
        self._build_menus()
        self._build_status_bar()
        self.sidebar.setCurrentRow(0)

    def _institution_changed(self, changes: Changes) -> None:
        """The profile renamed (Pengaturan › Lembaga, here or at another PC): the title and
        the sidebar say the new name."""
        if not changes.touches((Kind.INSTITUTIONS,)):
            return
        with self.ctx.db.session() as session:
            name = local_institution(session).name
        if name != self.ctx.institution_name:
            self.ctx.institution_name = name
            self.setWindowTitle(f"BLKDesk — {name}")
            self.institution_label.setText(name)

    def _restored_elsewhere(self, changes: Changes) -> None:
        """The server PC restored a backup: the pages redraw from it, and the clerk learns why
        what they saved since that backup is gone. Kept until the next message replaces it."""
        if changes.restored:
            self.statusBar().showMessage(
                self.tr(
                    "Database server kantor baru saja dipulihkan dari cadangan di PC server: yang "
                    "disimpan sesudah cadangan itu dibuat tidak ada lagi, jadi periksa dan isi "
                    "lagi bila perlu."
                )
            )

    def _sidebar_column(self) -> QWidget:
        column = QWidget()
        column.setObjectName("SidebarHeader")
        column.setFixedWidth(232)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        header = QWidget()
        header.setObjectName("SidebarHeader")
        hbox = QVBoxLayout(header)
        brand = QLabel("BLKDesk")
        brand.setStyleSheet("font-size: 16pt; font-weight: 700;")
        inst = self.institution_label = QLabel(self.ctx.institution_name)
        inst.setObjectName("InstitutionName")
        inst.setWordWrap(True)
        hbox.addWidget(brand)
        hbox.addWidget(inst)
        box.addWidget(header)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        box.addWidget(self.sidebar, 1)
        return column

    def _fit_sidebar(self) -> None:
        """As wide as the longest page title in this language ("Assessment & Certificates"),
        so no title is cut with "…"; never narrower than the usual 232 pixels."""
        self.sidebar.ensurePolished()
        metrics = self.sidebar.fontMetrics()
        longest = max(metrics.horizontalAdvance(s.title()) for s in self.screens)
        # icon and its gap, the item's padding (14 + 14) and margin (8 + 8), the list's frame
        needed = longest + self.sidebar.iconSize().width() + 8 + 28 + 16 + 12
        column = self.sidebar.parentWidget()
        assert column is not None
        column.setFixedWidth(min(max(232, needed), 320))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Berkas"))
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        # Alt+U: Alt+B is Berkas's.
        go_menu = bar.addMenu(self.tr("B&uka"))
        for i, screen in enumerate(self.screens):
            # "&&": a single "&" in "Pelatihan & Angkatan" is a menu mnemonic; the menu read
            # "Pelatihan _Angkatan".
            action = QAction(screen.title().replace("&", "&&"), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.open_page_at(row))
            go_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("B&antuan"))
        guide = QAction(self.tr("&Panduan pengguna"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        about = QAction(self.tr("&Tentang BLKDesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        for child in status.findChildren(QLabel):
            status.removeWidget(child)
            child.deleteLater()
        self.db_label = QLabel(self.tr("Database: {0}").format(self.ctx.db.location))
        if self.ctx.db.read_only:
            self.db_label.setText(
                self.tr("Database: {0} — HANYA BACA (rusak; pulihkan dari cadangan)").format(
                    self.ctx.db.location
                )
            )
            self.db_label.setObjectName("FieldError")
        role = as_shown(ROLE_LABELS[Role(self.ctx.user.role)])
        self.user_label = QLabel(
            self.tr("Pengguna: {name} ({role})").format(name=self.ctx.user.full_name, role=role)
        )
        self.server_label = QLabel()
        self.server_label.setObjectName("FieldError")
        self.server_label.setWordWrap(True)
        # The status bar takes the label's height at its least width: three lines for the longest
        # cause at 480 pixels.
        self.server_label.setMinimumWidth(480)
        self.server_label.setVisible(not self.server_up)
        self._say_server()
        # The outage's cause is long ("… on port 5432; open BLKDesk on that PC …"): it takes the
        # width left and wraps, rather than widen the window past a 1366-pixel screen.
        status.addWidget(self.db_label)
        status.addWidget(self.server_label, 1)
        status.addPermanentWidget(self.user_label)

    def _say_server(self) -> None:
        if self.server_up:
            text = self.tr("Tersambung lagi ke server kantor.")
        elif self.server_cause is None:  # not asked yet
            text = self.tr("Server kantor tidak terjangkau — BLKDesk mencoba menyambung lagi…")
        else:
            text = self.tr("{cause} — BLKDesk mencoba menyambung lagi…").format(
                cause=spoken(clause(self.server_cause))
            )
        self.server_label.setText(text)

    def _server_status(self, up: bool, cause: str | None) -> None:
        was_up, self.server_up, self.server_cause = self.server_up, up, cause
        self._say_server()
        self.server_label.setObjectName("" if up else "FieldError")
        self.server_label.style().polish(self.server_label)
        if not up:
            self.server_label.show()
        elif not was_up:
            # Back: say so briefly; the listener has already asked the pages to catch up on
            # what changed, and the page shown reads what the outage kept it from reading.
            self.server_label.show()
            QTimer.singleShot(5000, self.server_label, self._hide_if_up)
            self._read_shown_page()

    def _read_shown_page(self) -> None:
        shown = self.stack.currentWidget()
        if isinstance(shown, Page):
            shown.load_if_stale()

    def _hide_if_up(self) -> None:
        if self.server_up:
            self.server_label.hide()

    def _open_row(self, row: int) -> None:
        try:
            # Commits nobody announced (another clerk, the command line) reach the page first.
            self.watch.poll()
            self._page_at(row)
        except Exception:
            # The changes could not be read or the page not built (the office server went away):
            # the page shown stays, and so does its sidebar row, so the sidebar never names a
            # page that is not shown.
            with QSignalBlocker(self.sidebar):
                self.sidebar.setCurrentRow(self.stack.currentIndex())
            raise
        self.stack.setCurrentIndex(row)

    def open_page_at(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)
        page = self.pages[row]
        if page is not None and self.stack.currentIndex() == row:
            page.take_focus()

    def _page_at(self, row: int) -> Page:
        """The page of a sidebar row, built now if this is its first visit."""
        page = self.pages[row]
        if page is None:
            page_class = self.screens[row].load()
            before = set(QApplication.topLevelWidgets())
            try:
                page = page_class(self.ctx)
            except Exception:
                # Pages read nothing while they are built (their first show reads), but a build
                # that fails half-way leaves the half-built page and what it had not yet laid
                # out (a table, with its model) each a hidden window of its own. Deleted, nothing
                # of it is left, and the next visit builds the page afresh.
                for made in set(QApplication.topLevelWidgets()) - before:
                    if made.parentWidget() is None:
                        made.deleteLater()
                raise
            page.navigate.connect(self.show_page)
            page.read_blocked.connect(self.lock_wait.start)
            if page_class.__name__ == "SettingsPage":
                page.language_changed.connect(self.change_language)  # type: ignore[attr-defined]
                page.idle_minutes_changed.connect(  # type: ignore[attr-defined]
                    self._idle_minutes_changed
                )
                page.restart_requested.connect(self.restart)  # type: ignore[attr-defined]
            stand_in = self.stack.widget(row)
            assert stand_in is not None
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages[row] = page
        return page

    def prepare_page(self, row: int) -> None:
        """Build and style a page ahead of its first visit (ui.warmup), empty: the visit fills
        it, as any page that is shown again after a change."""
        self._page_at(row).ensurePolished()

    def _row_of(self, page_class: type[Page]) -> int:
        return next(i for i, s in enumerate(self.screens) if s.class_name == page_class.__name__)

    def page(self, page_class: type[Page]) -> Page:
        return self._page_at(self._row_of(page_class))

    def show_page(self, page_class: type[Page]) -> Page:
        row = self._row_of(page_class)
        self.sidebar.setCurrentRow(row)
        return self._page_at(row)

    def change_language(self, lang: str) -> None:
        i18n.set_language(lang)
        if not i18n.install(lang):
            QMessageBox.warning(
                self,
                self.tr("Bahasa"),
                self.tr("Berkas terjemahan belum dibuat; jalankan ./dev translations."),
            )
            return
        self.rebuild()
        self.language_applied.emit(lang)

    def rebuild(self) -> None:
        """Every page again (built on its next visit), for a new language or role."""
        current = self.sidebar.currentRow()
        self._build()
        self.sidebar.setCurrentRow(current)

    def show_about(self) -> None:
        AboutDialog(self, self.ctx.db).exec()

    def show_help(self) -> HelpDialog:
        """The guide stays open beside the window while the clerk follows it."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def _idle_minutes_changed(self, minutes: int) -> None:
        self.guard.idle.set_minutes(minutes)

    def restart(self) -> None:
        self.restart_requested = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.warm_up is not None:
            self.warm_up.stop()
        self.watch.stop()
        if self.live is not None:
            self.live.stop()
        self.guard.before_close()
        app_settings().setValue("geometry/MainWindow", self.saveGeometry())
        super().closeEvent(event)
