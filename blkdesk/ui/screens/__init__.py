"""The main window's screens, one folder each (page, dialogs, models), in sidebar order.

`SCREENS` names each page without importing it: the main window builds a page on its first visit,
so start-up loads Beranda alone. Importing a page class from this package still works (it loads
that page's module then).
"""

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from blkdesk.ui.widgets.page import Page


@dataclass(frozen=True)
class Screen:
    class_name: str
    module: str  # under blkdesk.ui.screens
    icon_name: str  # the page class's own icon_name (a test keeps them equal)
    title_text: str  # Indonesian, translated in the page class's context like its title()

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_text)

    def load(self) -> "type[Page]":
        page_class: type[Page] = getattr(
            importlib.import_module(f"{__name__}.{self.module}"), self.class_name
        )
        return page_class


SCREENS: tuple[Screen, ...] = (
    Screen("HomePage", "beranda.page", "home", str(QT_TRANSLATE_NOOP("HomePage", "Beranda"))),
    Screen("TraineesPage", "trainees.page", "trainees",
           str(QT_TRANSLATE_NOOP("TraineesPage", "Peserta"))),
    Screen("TrainingPage", "training.page", "training",
           str(QT_TRANSLATE_NOOP("TrainingPage", "Pelatihan & Angkatan"))),
    Screen("AttendancePage", "attendance.page", "attendance",
           str(QT_TRANSLATE_NOOP("AttendancePage", "Kehadiran"))),
    Screen("CertificatesPage", "certificates.page", "certificates",
           str(QT_TRANSLATE_NOOP("CertificatesPage", "Penilaian & Sertifikat"))),
    Screen("PlacementsPage", "placements.page", "placements",
           str(QT_TRANSLATE_NOOP("PlacementsPage", "Penempatan"))),
    Screen("ReportsPage", "reports.page", "reports",
           str(QT_TRANSLATE_NOOP("ReportsPage", "Laporan & Sinkronisasi"))),
    Screen("SettingsPage", "settings.page", "settings",
           str(QT_TRANSLATE_NOOP("SettingsPage", "Pengaturan"))),
)  # fmt: skip
PAGES = SCREENS
_BY_NAME = {s.class_name: s for s in SCREENS}

# The province's desk: its own Beranda, the BLKs' records read-only with whose they are, and
# what only a province needs. Attendance keying is BLK work and is not shown at all.
PROVINCE_SCREENS: tuple[Screen, ...] = (
    Screen("ProvinceHomePage", "province.beranda", "home",
           str(QT_TRANSLATE_NOOP("ProvinceHomePage", "Beranda Provinsi"))),
    _BY_NAME["TraineesPage"],
    _BY_NAME["TrainingPage"],
    _BY_NAME["CertificatesPage"],
    _BY_NAME["PlacementsPage"],
    Screen("DoubleFundingPage", "province.double_funding", "double_funding",
           str(QT_TRANSLATE_NOOP("DoubleFundingPage", "Pendanaan Ganda"))),
    Screen("BlksPage", "province.blks", "blks", str(QT_TRANSLATE_NOOP("BlksPage", "Daftar BLK"))),
    _BY_NAME["ReportsPage"],
    _BY_NAME["SettingsPage"],
)  # fmt: skip
PROVINCE_PAGES = PROVINCE_SCREENS


def screens_for(province: bool) -> tuple[Screen, ...]:
    return PROVINCE_SCREENS if province else SCREENS


pages_for = screens_for


def __getattr__(name: str) -> Any:
    if name == "Page":
        from blkdesk.ui.widgets.page import Page

        return Page
    for screen in (*SCREENS, *PROVINCE_SCREENS):
        if screen.class_name == name:
            return screen.load()
    raise AttributeError(name)


__all__ = [
    "PAGES",
    "PROVINCE_PAGES",
    "PROVINCE_SCREENS",
    "SCREENS",
    "AttendancePage",  # the page classes load on first use
    "BlksPage",
    "CertificatesPage",
    "DoubleFundingPage",
    "HomePage",
    "Page",
    "PlacementsPage",
    "ProvinceHomePage",
    "ReportsPage",
    "Screen",
    "SettingsPage",
    "TraineesPage",
    "TrainingPage",
    "pages_for",
    "screens_for",
]
