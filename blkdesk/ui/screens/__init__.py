"""The main window's screens, one folder each (page, dialogs, models), in sidebar order."""

from blkdesk.ui.screens.attendance.page import AttendancePage
from blkdesk.ui.screens.beranda.page import HomePage
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.screens.placements.page import PlacementsPage
from blkdesk.ui.screens.province.beranda import ProvinceHomePage
from blkdesk.ui.screens.province.blks import BlksPage
from blkdesk.ui.screens.province.double_funding import DoubleFundingPage
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

# The province's desk: its own Beranda, the BLKs' records read-only with whose they are, and
# what only a province needs. Attendance keying is BLK work and is not shown at all.
PROVINCE_PAGES: tuple[type[Page], ...] = (
    ProvinceHomePage,
    TraineesPage,
    TrainingPage,
    CertificatesPage,
    PlacementsPage,
    DoubleFundingPage,
    BlksPage,
    ReportsPage,
    SettingsPage,
)


def pages_for(province: bool) -> tuple[type[Page], ...]:
    return PROVINCE_PAGES if province else PAGES


__all__ = [
    "PAGES",
    "PROVINCE_PAGES",
    "AttendancePage",
    "BlksPage",
    "CertificatesPage",
    "DoubleFundingPage",
    "HomePage",
    "Page",
    "ProvinceHomePage",
    "ReportsPage",
    "SettingsPage",
    "TraineesPage",
    "TrainingPage",
    "pages_for",
]
