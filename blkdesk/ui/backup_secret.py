"""Asking for what opens a sealed backup: the backup password or the printed recovery key."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_backup_secret(parent: QWidget | None, problem: str = "") -> str | None:
    """One field takes either; the core tries it as both. None when the clerk cancels."""
    text = QCoreApplication.translate(
        "BackupSecret",
        "Cadangan ini terenkripsi. Ketik kata sandi cadangan, atau kunci cadangan dari lembar "
        "yang dicetak (mis. ABCD-EFGH-…):",
    )
    if problem:
        text = problem + "\n\n" + text
    secret, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("BackupSecret", "Kata sandi cadangan"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return secret if ok and secret else None
