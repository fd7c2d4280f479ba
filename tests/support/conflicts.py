"""Stand in for the clerk at the conflict dialog in GUI tests of two clerks on one record."""

from blkdesk.ui.widgets import conflict


class Answer:
    """Records each conflict dialog shown and picks `choice` (conflict.RELOAD or REAPPLY)."""

    def __init__(self, monkeypatch, choice: int) -> None:
        self.shown: list[conflict.ConflictDialog] = []

        def exec_(dialog: conflict.ConflictDialog) -> int:
            self.shown.append(dialog)
            dialog.choice = choice
            return 1

        monkeypatch.setattr(conflict.ConflictDialog, "exec", exec_)

    def table(self) -> dict[str, list[str]]:
        """{field label: [as opened, saved by the other clerk, this clerk's entry]}."""
        (dialog,) = self.shown
        t = dialog.table
        return {t.item(r, 0).text(): [t.item(r, c).text() for c in (1, 2, 3)]
                for r in range(t.rowCount())}  # fmt: skip
