"""An applicant's status changed by another clerk after the selection list was read: the same
conflict dialog as the forms, and the clerk's status is saved again only when they say so."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from blkdesk.core.concurrency import StaleRecord, three_way
from blkdesk.core.refdata import ENROLLMENT_STATUSES
from blkdesk.core.training.selection import StatusState
from blkdesk.ui.dates import format_date
from blkdesk.ui.screens.training.labels import tl
from blkdesk.ui.widgets import conflict


def _shown(field: str, value: Any) -> str:
    if field == "status" and value:
        return tl(ENROLLMENT_STATUSES.get(value, value))
    if field == "status_changed_on" and value is not None:
        return format_date(value)
    return conflict.shown(value)


def reapply(parent: QWidget, exc: StaleRecord, opened: StatusState, mine: StatusState) -> bool:
    """True when the clerk's status should be saved on top of the record as it is now.

    A change elsewhere in the enrolment (the graduation outcome) leaves the status as the list
    showed it: nothing to ask then, the clerk's status goes on top."""
    _merged, changes = three_way(opened, mine, exc.current)
    if all(change.theirs == change.opened for change in changes):
        return True
    labels = {
        "status": QCoreApplication.translate("StatusConflict", "Status"),
        "status_changed_on": QCoreApplication.translate("StatusConflict", "Tanggal status"),
        "withdraw_reason": QCoreApplication.translate("StatusConflict", "Alasan mengundurkan diri"),
    }
    hint = QCoreApplication.translate(
        "StatusConflict",
        "Muat ulang: tampilkan status terbaru dan batalkan perubahan Anda. Terapkan lagi: "
        "status pilihan Anda (huruf tebal di kolom kanan) disimpan di atas data terbaru.",
    )
    resolved = conflict.resolve(parent, exc, opened, mine, labels, _shown, hint)
    return resolved is not None and resolved[0] == conflict.REAPPLY
