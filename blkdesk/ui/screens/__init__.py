"""The main window's screens, one folder each (page, dialogs, models), in sidebar order."""

from blkdesk.ui.screens.attendance.page import AttendancePage
from blkdesk.ui.screens.beranda.page import HomePage
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.screens.placements.page import PlacementsPage
from blkdesk.ui.screens.reports.page import ReportsPage
from blkdesk.ui.screens.settings.page import SettingsPage
from blkdesk.ui.screens.trainees.page import TraineesPage
from blkdesk.ui.screens.training.page import TrainingPage
from blkdesk.ui.widgets.page import Page

PAGES: tuple[type[Page], ...] = (
    HomePage,
    TraineesPage,
    TrainingPage,
    AttendancePage,
    CertificatesPage,
    PlacementsPage,
    ReportsPage,
    SettingsPage,
)

__all__ = [
    "PAGES",
    "AttendancePage",
    "CertificatesPage",
    "HomePage",
    "Page",
    "ReportsPage",
    "SettingsPage",
    "TraineesPage",
    "TrainingPage",
]
