"""Record a new placement for a graduate, or edit an existing record."""

from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.concurrency import StaleRecord
from blkdesk.core.errors import BlkError
from blkdesk.core.placement import placements
from blkdesk.ui.actions import act, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.placements.form import PlacementForm, outcome_label, show_refusal
from blkdesk.ui.widgets import conflict
from blkdesk.ui.widgets.dialog import Dialog


class PlacementDialog(Dialog):
    """Record a new placement for a graduate, or edit an existing record."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        name: str,
        enrollment_id: int | None = None,
        placement_id: int | None = None,
    ) -> None:
        if placement_id is None:
            title = self.tr("Catat penempatan: {name}").format(name=name)
        else:
            title = self.tr("Ubah penempatan: {name}").format(name=name)
        super().__init__(parent, title, "PlacementDialog")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ctx, self.enrollment_id, self.placement_id = ctx, enrollment_id, placement_id
        self.form = PlacementForm()
        self.form.submitted.connect(self.accept)
        # What the form opened, for a save another clerk got to first (see `_resolve`).
        self.opened: placements.PlacementInput | None = None
        self.version: int | None = None
        self.notice = QLabel()
        self.notice.setObjectName("Banner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.body.addWidget(self.notice)
        if placement_id is not None:
            query(self, ctx, lambda s: placements.input_of(s, placement_id),
                  then=self._opened)  # fmt: skip
        self.body.addWidget(self.form)
        self.finish_layout()
        self.setMinimumWidth(460)

    def _opened(self, opened: tuple[placements.PlacementInput, int]) -> None:
        self.opened, self.version = opened
        self.form.set_value(self.opened)

    def accept(self) -> None:
        data, actor = self.form.value(), self.ctx.actor

        def save(session: Session) -> None:
            if self.placement_id is not None:
                placements.update(
                    session, actor, self.placement_id, data, expected_version=self.version
                )
            else:
                assert self.enrollment_id is not None
                placements.record(session, actor, self.enrollment_id, data)

        if act(
            self, self.ctx, save, Changes.of(Kind.PLACEMENTS),
            refused=self._refused,
        ):  # fmt: skip
            super().accept()

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, StaleRecord):
            self._resolve(exc)
        else:
            show_refusal(self, self.form, exc)

    # --- another clerk saved first ------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "outcome": self.tr("Hasil"), "employer": self.tr("Perusahaan / usaha"),
            "sector": self.tr("Sektor"), "destination_country": self.tr("Negara tujuan (PMI)"),
            "start_date": self.tr("Mulai bekerja"), "source": self.tr("Sumber"),
            "recorded_on": self.tr("Tanggal dicatat"), "notes": self.tr("Catatan"),
        }  # fmt: skip

    def _shown(self, field: str, value: Any) -> str:
        if field == "outcome":
            return outcome_label(value) or "–"
        return conflict.shown(value)

    def _resolve(self, exc: StaleRecord) -> None:
        assert self.opened is not None
        resolved = conflict.resolve(self, exc, self.opened, self.form.value(), self._labels(),
                                    self._shown)  # fmt: skip
        if resolved is None:
            return
        choice, data = resolved
        self.form.set_value(data)
        self.opened, self.version = exc.current, exc.current_version
        self.notice.setText(conflict.outcome(choice))
        self.notice.show()
