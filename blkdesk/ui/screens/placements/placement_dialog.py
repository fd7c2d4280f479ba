"""Record a new placement for a graduate, or edit an existing record."""

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.placement import placements
from blkdesk.ui.actions import act, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.placements.form import PlacementForm, show_refusal
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
        if placement_id is not None:
            query(self, ctx, lambda s: placements.input_of(s, placement_id),
                  then=self.form.set_value)  # fmt: skip
        self.body.addWidget(self.form)
        self.finish_layout()
        self.setMinimumWidth(460)

    def accept(self) -> None:
        data, actor = self.form.value(), self.ctx.actor

        def save(session: Session) -> None:
            if self.placement_id is not None:
                placements.update(session, actor, self.placement_id, data)
            else:
                assert self.enrollment_id is not None
                placements.record(session, actor, self.enrollment_id, data)

        if act(
            self, self.ctx, save, Changes.of(Kind.PLACEMENTS),
            refused=lambda exc: show_refusal(self, self.form, exc),
        ):  # fmt: skip
            super().accept()
