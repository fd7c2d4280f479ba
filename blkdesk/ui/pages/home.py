"""Beranda: this BLK at a glance."""

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from blkdesk.core import dashboard, listings
from blkdesk.core.clock import format_date, today
from blkdesk.ui.pages.base import Page, make_table
from blkdesk.ui.tablemodels import RowsModel


class StatCard(QFrame):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("Card")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("–")
        self.value.setObjectName("CardValue")
        caption = QLabel(label)
        caption.setObjectName("CardLabel")
        caption.setWordWrap(True)
        box.addWidget(self.value)
        box.addWidget(caption)

    def set_value(self, value: int) -> None:
        self.value.setText(f"{value:,}".replace(",", "."))


class HomePage(Page):
    icon_name = "home"

    def title(self) -> str:
        return self.tr("Beranda")

    def __init__(self, ctx: object) -> None:
        super().__init__(ctx)  # type: ignore[arg-type]
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards = {
            "trainees": StatCard(self.tr("Peserta terdaftar")),
            "registered_this_year": StatCard(self.tr("Pendaftar tahun ini")),
            "programs_active": StatCard(self.tr("Program pelatihan aktif")),
            "batches_running": StatCard(self.tr("Angkatan berjalan")),
            "in_training": StatCard(self.tr("Peserta sedang pelatihan")),
            "batches_planned": StatCard(self.tr("Angkatan direncanakan")),
            "certificates_issued": StatCard(self.tr("Sertifikat terbit")),
            "placements": StatCard(self.tr("Penempatan tercatat")),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4)
        self.layout_.addLayout(grid)
        running = QLabel(self.tr("Angkatan yang sedang berjalan"))
        running.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 8px;")
        self.layout_.addWidget(running)
        self.running_model = RowsModel(
            [
                (self.tr("Angkatan"), lambda r: r.name),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Mulai"), lambda r: format_date(r.start)),
                (self.tr("Selesai"), lambda r: format_date(r.end)),
                (self.tr("Peserta"), lambda r: r.participants),
            ]
        )
        self.running_view = make_table(self.running_model)
        self.layout_.addWidget(self.running_view, 1)

    def refresh(self) -> None:
        now = today()
        self.subtitle_label.setText(f"{self.ctx.institution_name} · {format_date(now)}")
        with self.ctx.db.session() as session:
            figures = dashboard.overview(session, now)
            running = listings.batches(session, ("berjalan",))
        for key, card in self.cards.items():
            card.set_value(getattr(figures, key))
        self.running_model.set_rows(running)
        self.running_view.resizeColumnsToContents()
