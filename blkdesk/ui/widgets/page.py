"""What every page of the main window shares: a title, a subtitle, and redrawing when what it
shows changed (announced on `ctx.bus`): at once when visible, on the next show when hidden."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.storage import connection
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets import typeahead


class Page(QWidget):
    icon_name = ""
    # The kinds of records this page shows: an announcement naming one of them redraws it.
    shows: frozenset[Kind] = frozenset()
    # Asks the main window to open another page (by its class), so pages need not import it.
    navigate = Signal(type)
    # A read gave up behind another PC's lock (a restore on the server PC): the main window
    # reads the page again once that lock is gone (`LockWait`).
    read_blocked = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._stale = True
        ctx.bus.changed.connect(self.changes_announced)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 16)
        self.layout_.setSpacing(12)
        self.title_label = QLabel(self.title())
        self.title_label.setObjectName("PageTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("PageSubtitle")
        self.subtitle_label.setWordWrap(True)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        head.addLayout(titles, 1)
        self.actions_row = QHBoxLayout()
        head.addLayout(self.actions_row)
        self.layout_.addLayout(head)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the database."""

    def changes_announced(self, changes: Changes) -> None:
        if changes.touches(self.shows):
            self.mark_stale()

    def take_focus(self) -> None:
        """Where the keyboard goes when the clerk opens the page: its first control, unless a
        page knows better (Kehadiran: the grid). Counted from the page itself: from where the
        keyboard was, each return to the page put it one control further (Peserta's year
        filter took the name typed for the search)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.focusNextChild()
        if isinstance(self.focusWidget(), QTabBar):
            # The row of tabs takes neither typing nor Enter: the shown tab's first control
            # does (Pelatihan & Angkatan: Rencanakan angkatan…).
            self.focusNextChild()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside a dialog a focused button takes only Space; Enter, which the clerk presses
        # everywhere else, came here unused and nothing happened.
        button = self.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(button, QPushButton)
            and button.isEnabled()
            and self.isAncestorOf(button)
        ):
            button.animateClick()
            return
        super().keyPressEvent(event)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: object) -> None:
        typeahead.install(self)
        if self._stale:
            self._load()
        super().showEvent(event)  # type: ignore[arg-type]

    def load_if_stale(self) -> None:
        """Read now what a load that failed left unread, if the page is shown (the office
        server is back)."""
        if self._stale and self.isVisible():
            self._load()

    def _load(self) -> None:
        self._stale = False
        try:
            self.refresh()
        except BaseException as exc:
            # Not read (the office server went away, or a restore holds its tables): it still
            # is to be, when next shown, once the server is back or once the lock is gone.
            self._stale = True
            if connection.is_lock_timeout(exc):
                self.read_blocked.emit()
            raise

    def scrolled_column(self, name: str) -> tuple[QScrollArea, QVBoxLayout]:
        """A column filling the page below its title (a Beranda's cards and charts): it
        scrolls on a small screen and fills the space a wall screen has. The column's widget is
        called `name` (for the style)."""
        content = QWidget()
        content.setObjectName(name)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)
        return scroll, column


def navigate_from(widget: QWidget, page_class: type) -> None:
    """Open another page from a widget inside a page (a tab, a note), through its page."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, Page):
        parent = parent.parentWidget()
    if parent is not None:
        parent.navigate.emit(page_class)


# Rows a column is sized from ("fit to contents"): the ones in sight and their neighbours. Qt's
# 1000 made sizing the 8,000 batches of a 10-year database take a quarter of a second.
SIZING_ROWS = 100


def make_table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    # A list picks whole rows with the arrows; Tab leaves it for the buttons and the next list,
    # instead of walking cell by cell through every column of every row.
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view
