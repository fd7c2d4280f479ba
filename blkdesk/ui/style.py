"""The look: Fusion with a calm palette and one stylesheet, so old Windows PCs and Linux match."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from blkdesk.ui.resources import resource

ACCENT = "#0f5e6e"
ACCENT_DARK = "#0b4652"
ACCENT_LIGHT = "#e3f0f2"
ERROR = "#b42318"
WARNING = "#b54708"
OK = "#067647"
SURFACE = "#f4f6f8"

STYLESHEET = f"""
QMainWindow, QDialog, QWizard {{ background: {SURFACE}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
#DialogTitle {{ font-size: 13pt; font-weight: 600; color: #101828; }}
#Sidebar {{ background: {ACCENT_DARK}; border: none; color: #e8f1f2; font-size: 10.5pt;
           outline: 0; padding-top: 8px; }}
#Sidebar::item {{ padding: 10px 14px; border-radius: 6px; margin: 2px 8px; }}
#Sidebar::item:selected {{ background: {ACCENT}; color: white; }}
#Sidebar::item:hover:!selected {{ background: #125563; }}
#SidebarHeader {{ background: {ACCENT_DARK}; color: white; padding: 14px 16px 6px 16px; }}
#SidebarHeader QLabel {{ color: white; }}
#InstitutionName {{ color: #bcd7dc; font-size: 9pt; }}
#PageTitle {{ font-size: 17pt; font-weight: 600; color: #101828; }}
#PageSubtitle {{ color: #475467; }}
#Card {{ background: white; border: 1px solid #e4e7ec; border-radius: 10px; }}
#CardValue {{ font-size: 22pt; font-weight: 600; color: {ACCENT_DARK}; }}
#CardLabel {{ color: #475467; }}
#CardValue[attention="true"] {{ color: #b54708; }}
#CardNote {{ color: #667085; font-size: 9pt; }}
#Card:focus {{ border: 2px solid {ACCENT_DARK}; }}
#PanelTitle {{ font-size: 12.5pt; font-weight: 600; color: #101828; }}
#FieldError {{ color: {ERROR}; font-size: 9pt; }}
#FieldInfo {{ color: #475467; font-size: 9pt; }}
#EmptyHint {{ background: white; border: 1px solid #d0d5dd; border-radius: 10px; }}
#EmptyHintTitle {{ font-size: 12pt; font-weight: 600; color: #101828; }}
#Banner {{ background: #fffaeb; border: 1px solid #fedf89; border-radius: 6px; padding: 8px;
          color: #7a2e0e; }}
QTableView {{ background: white; border: 1px solid #e4e7ec; border-radius: 6px;
             gridline-color: #eaecf0; selection-background-color: {ACCENT_LIGHT};
             selection-color: #101828; alternate-background-color: #f9fafb; }}
QHeaderView::section {{ background: #f2f4f7; border: none; border-bottom: 1px solid #e4e7ec;
                       padding: 6px 8px; font-weight: 600; color: #344054; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
    background: white; border: 1px solid #d0d5dd; border-radius: 6px; padding: 5px 8px; }}
/* One-line inputs only: a min-height on a multi-line box replaces the minimum its form fixed
   (setFixedHeight), and the box is squeezed to one line behind a scroll bar. */
QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox {{ min-height: 20px; }}
/* The open list of a styled combo box draws its highlighted entry with the box's own white
   background and the palette's white highlighted text unless told otherwise: a blank row. */
QComboBox QAbstractItemView {{ background: white; color: #101828; border: 1px solid #d0d5dd;
    selection-background-color: {ACCENT}; selection-color: white; outline: 0; }}
/* A plain list, not the menu-like popup: that one sized itself for the platform's shorter
   rows, so even a short list opened cut off behind a scroll arrow with room to spare below. */
QComboBox {{ combobox-popup: 0; }}
QComboBox QAbstractItemView::item {{ min-height: 24px; padding: 2px 6px; }}
QComboBox QAbstractItemView::item:selected {{ background: {ACCENT}; color: white; }}
QComboBox::item:selected {{ background: {ACCENT}; color: white; }}
QComboBox::indicator {{ width: 0px; }}
/* Without a width the padded spin boxes squeeze their arrows into a sliver. */
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 20px; }}
/* Focus is always visible: a clerk working from the keyboard must see where the next key goes. */
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {ACCENT}; padding: 4px 7px; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"] {{
    border: 1px solid {ERROR}; background: #fef3f2; }}
QPushButton {{ background: white; border: 1px solid #d0d5dd; border-radius: 6px;
              padding: 6px 14px; color: #344054; }}
QPushButton:hover {{ background: #f9fafb; }}
QPushButton:default, QPushButton[primary="true"] {{ background: {ACCENT}; color: white;
                                                   border: 1px solid {ACCENT}; }}
QPushButton:default:hover, QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 5px 13px; }}
QPushButton:default:focus, QPushButton[primary="true"]:focus {{ border: 2px solid #101828; }}
QCheckBox:focus, QRadioButton:focus {{ color: {ACCENT_DARK}; text-decoration: underline; }}
QPushButton:checked {{ background: {ACCENT_LIGHT}; color: {ACCENT_DARK}; border-color: {ACCENT};
                      font-weight: 600; }}
QPushButton:disabled {{ color: #98a2b3; background: #f2f4f7; border-color: #e4e7ec; }}
QStatusBar {{ background: white; border-top: 1px solid #e4e7ec; color: #475467; }}
QGroupBox {{ background: white; border: 1px solid #e4e7ec; border-radius: 8px;
            margin-top: 14px; padding: 12px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #344054; }}
QTabWidget::pane {{ border: 1px solid #e4e7ec; border-radius: 6px; background: white; }}
"""


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


class WideDropdownLists(QObject):
    """Opens every drop-down list as wide as its longest entry, within the screen.

    The plain list (combobox-popup: 0 above) is exactly as wide as its closed box, so a batch
    name longer than the box was elided in the middle and two batches of one course read alike.
    Qt sizes and places the list before showing it; here it is widened at that moment, moved left
    when it would run off the screen's right edge and never made narrower than the box.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            combo = watched.parentWidget()
            if isinstance(combo, QComboBox):
                _widen(watched, combo)
        return False


def _widen(popup: QWidget, combo: QComboBox) -> None:
    view = combo.view()
    needed = view.sizeHintForColumn(combo.modelColumn()) + 2 * view.frameWidth()
    needed += popup.width() - view.width()  # the list's container's own frame, if any
    if combo.count() > combo.maxVisibleItems():
        needed += view.verticalScrollBar().sizeHint().width()
    screen = combo.screen().availableGeometry()
    geometry = popup.geometry()
    geometry.setWidth(min(max(geometry.width(), needed), screen.width()))
    if geometry.right() > screen.right():
        geometry.moveRight(screen.right())
    geometry.moveLeft(max(geometry.left(), screen.left()))
    popup.setGeometry(geometry)


_dropdowns = WideDropdownLists()


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    # A disabled field shows no example text: "mis. PT Krakatau Steel" greyed out in a field
    # that cannot be typed in reads as what was recorded.
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 0)
    )
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(icon("app"))
    app.removeEventFilter(_dropdowns)  # applied again (by tests): filter each Show once
    app.installEventFilter(_dropdowns)
