"""Penempatan: the follow-up calls, each graduate's placement history, and survey imports."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QPushButton,
    QTabWidget,
)

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.permissions import Action
from blkdesk.core.progress import Progress
from blkdesk.ui.actions import act_in_background
from blkdesk.ui.screens.placements.follow_up_tab import FollowUpTab
from blkdesk.ui.screens.placements.graduates_tab import GraduatesTab
from blkdesk.ui.widgets.page import Page

if TYPE_CHECKING:
    from blkdesk.exchange.placement_import import ImportReport
    from blkdesk.ui.screens.placements.import_check import ImportCheckDialog

PAGE_STYLE = """
#CallName { font-size: 15pt; font-weight: 600; color: #101828; }
#CallPhone { font-size: 18pt; font-weight: 700; color: #0b4652; }
#CallDetail { color: #475467; }
#Saved { color: #067647; }
#CardNote { color: #667085; font-size: 9pt; }
#PanelTitle { font-size: 11pt; font-weight: 600; color: #101828; }
"""


class PlacementsPage(Page):
    icon_name = "placements"
    shows = frozenset(
        {Kind.PLACEMENTS, Kind.BATCHES, Kind.CERTIFICATES, Kind.ASSESSMENTS, Kind.TRAINEES}
    )

    def title(self) -> str:
        return self.tr("Penempatan")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.setStyleSheet(PAGE_STYLE)
        self.import_button = QPushButton(self.tr("Impor hasil survei…"))
        self.import_button.clicked.connect(self.choose_import)
        self.import_button.setVisible(ctx.can(Action.RECORD_PLACEMENT))
        self.actions_row.addWidget(self.import_button)
        self.tabs = QTabWidget()
        self.follow_up = FollowUpTab(ctx)
        self.graduates = GraduatesTab(ctx)
        # Calling alumni is the BLK's work: the province reads the graduates and their records.
        if not ctx.province:
            self.tabs.addTab(self.follow_up, self.tr("Perlu dihubungi"))
        self.tabs.addTab(self.graduates, self.tr("Lulusan dan riwayat"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.layout_.addWidget(self.tabs, 1)
        self.check_dialog: ImportCheckDialog | None = None
        self._stale_tabs: set[FollowUpTab | GraduatesTab] = set()

    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr(
                "Lulusan semua BLK dan penempatan yang dicatat BLK-nya. Cari per nama, NIK "
                "atau nomor HP, atau pilih satu lembaga."
            )
            if self.ctx.province
            else self.tr(
                "Hubungi alumni 3, 6 dan 12 bulan setelah pelatihan dan catat apakah mereka "
                "bekerja, berwirausaha atau menjadi PMI."
            )
        )
        # Only the tab in sight is read now; the other when the clerk turns to it.
        self._stale_tabs = {self.follow_up, self.graduates}
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        for tab in (self.follow_up, self.graduates):
            if tab is self.tabs.widget(index) and tab in self._stale_tabs:
                self._stale_tabs.discard(tab)
                tab.reload()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas hasil survei"), str(Path.home()),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        def check(progress: Progress) -> "ImportReport":
            from blkdesk.exchange.placement_import import import_placements  # Excel, when used

            return import_placements(
                self.ctx.db, self.ctx.actor, path, check_only=True, progress=progress
            )

        act_in_background(self, self.ctx, self.tr("Memeriksa berkas survei…"), check, Changes(),
                          then=lambda report: self._checked(path, report))  # fmt: skip

    def _checked(self, path: Path, report: "ImportReport") -> None:
        from blkdesk.ui.screens.placements.import_check import ImportCheckDialog

        self.check_dialog = ImportCheckDialog(self, path, report)
        self.check_dialog.accepted.connect(
            lambda: self._run_import(path, skip_invalid=bool(report.errors))
        )
        self.check_dialog.open()

    def _run_import(self, path: Path, skip_invalid: bool) -> None:
        def work(progress: Progress) -> "ImportReport":
            from blkdesk.exchange.placement_import import import_placements

            return import_placements(
                self.ctx.db, self.ctx.actor, path, skip_invalid=skip_invalid, progress=progress
            )

        act_in_background(self, self.ctx, self.tr("Mengimpor hasil survei…"), work,
                          Changes.of(Kind.PLACEMENTS), then=self._imported)  # fmt: skip

    def _imported(self, report: "ImportReport") -> None:
        message = self.tr("%Ln penempatan dicatat dari berkas survei.", "", report.imported)
        if report.duplicates:
            message += " " + self.tr("%Ln baris sudah tercatat sebelumnya.", "", report.duplicates)
        self.follow_up.tell(message)
