"""A month calendar that shows a batch's training days, national holidays and local closures."""

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from blkdesk.ui.dates import format_date
from blkdesk.ui.style import ACCENT, ERROR, WARNING

TRAINING_BG = ACCENT
HOLIDAY_BG = "#fee4e2"
CLOSURE_BG = "#fef0c7"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _format(background: str, foreground: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor(background)))
    fmt.setForeground(QBrush(QColor(foreground)))
    if bold:
        fmt.setFontWeight(700)
    return fmt


def _swatch(color: str, border: str, text: str) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    box = QLabel()
    box.setFixedSize(14, 14)
    box.setStyleSheet(f"background: {color}; border: 1px solid {border}; border-radius: 3px;")
    row.addWidget(box)
    row.addWidget(QLabel(text))
    return holder


class TrainingCalendar(QWidget):
    """Calendar plus legend plus a line explaining the chosen date."""

    day_chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.holidays: dict[date, str] = {}
        self.closures: dict[date, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("TrainingCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumSize(380, 260)
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor("#667085")))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)
        self.calendar.selectionChanged.connect(self._selected)
        layout.addWidget(self.calendar, 1)
        legend = QHBoxLayout()
        legend.setSpacing(16)
        legend.addWidget(_swatch(TRAINING_BG, TRAINING_BG, self.tr("Hari pelatihan")))
        legend.addWidget(_swatch(HOLIDAY_BG, ERROR, self.tr("Libur nasional")))
        legend.addWidget(_swatch(CLOSURE_BG, WARNING, self.tr("Libur lokal")))
        legend.addStretch()
        layout.addLayout(legend)
        self.info = QLabel()
        self.info.setObjectName("FieldInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)

    def set_marks(
        self, days: list[date], holidays: dict[date, str], closures: dict[date, str]
    ) -> None:
        self.days, self.holidays, self.closures = list(days), dict(holidays), dict(closures)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        for day in holidays:
            self.calendar.setDateTextFormat(qdate(day), _format(HOLIDAY_BG, ERROR, bold=True))
        for day in closures:
            self.calendar.setDateTextFormat(qdate(day), _format(CLOSURE_BG, WARNING, bold=True))
        for day in days:
            self.calendar.setDateTextFormat(qdate(day), _format(TRAINING_BG, "#ffffff", bold=True))
        if days and not (days[0] <= self.selected_date() <= days[-1]):
            self.calendar.setSelectedDate(qdate(days[0]))
            self.calendar.setCurrentPage(days[0].year, days[0].month)
        self._selected()

    def selected_date(self) -> date:
        return to_date(self.calendar.selectedDate())

    def select(self, day: date) -> None:
        self.calendar.setSelectedDate(qdate(day))

    def describe(self, day: date) -> str:
        text = f"{QLocale().dayName(day.isoweekday())}, {format_date(day)}: "
        parts = []
        if day in self.days:
            parts.append(
                self.tr("hari pelatihan ke-{n} dari {total}").format(
                    n=self.days.index(day) + 1, total=len(self.days)
                )
            )
        if day in self.holidays:
            parts.append(self.tr("libur nasional ({name})").format(name=self.holidays[day]))
        if day in self.closures:
            parts.append(self.tr("libur lokal ({name})").format(name=self.closures[day]))
        if not parts:
            parts.append(self.tr("bukan hari pelatihan"))
        return text + "; ".join(parts)

    def _selected(self) -> None:
        day = self.selected_date()
        self.info.setText(self.describe(day))
        self.day_chosen.emit(day)
