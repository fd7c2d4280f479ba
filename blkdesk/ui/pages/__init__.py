"""The main window's pages, in sidebar order."""

from blkdesk.ui.pages.attendance import AttendancePage
from blkdesk.ui.pages.base import Page
from blkdesk.ui.pages.certificates import CertificatesPage
from blkdesk.ui.pages.home import HomePage
from blkdesk.ui.pages.placements import PlacementsPage
from blkdesk.ui.pages.reports import ReportsPage
from blkdesk.ui.pages.settings import SettingsPage
from blkdesk.ui.pages.trainees import TraineesPage
from blkdesk.ui.pages.training import TrainingPage

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
