"""At start-up, the office server this PC remembers does not open: it is off, moved to another
address or port, or its password changed (a server made again). The clerk may try again or
connect anew from here; without this, BLKDesk closed after the sentence and the settings page
where the connection is changed could never be reached."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def ask(problem: str) -> bool:
    """True to open the (perhaps newly remembered) server again, False to close BLKDesk."""
    from blkdesk.core.storage import connection, office_server
    from blkdesk.ui.screens.settings.office_tab import ConnectDialog

    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, "BLKDesk", problem)
        if office_server.load_config() is not None:
            # The server runs here: waiting for "the server PC" to come on would not help.
            hint = QCoreApplication.translate(
                "Reconnect", "PC ini server kantor: atasi dulu masalah di atas, lalu coba lagi."
            )
        else:
            hint = QCoreApplication.translate(
                "Reconnect",
                "Coba lagi setelah masalah di atas teratasi, atau hubungkan ke server kantor "
                "dengan alamat dan kata sandi yang ditampilkan BLKDesk di PC server.",
            )
        box.setInformativeText(hint)
        again = box.addButton(
            QCoreApplication.translate("Reconnect", "Coba lagi"), QMessageBox.ButtonRole.AcceptRole
        )
        change = box.addButton(
            QCoreApplication.translate("Reconnect", "Ubah koneksi…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QCoreApplication.translate("Reconnect", "Tutup"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(again)
        box.exec()
        if box.clickedButton() is again:
            return True
        if box.clickedButton() is not change:
            return False
        dialog = ConnectDialog()
        if dialog.exec():
            connection.remember(dialog.url)
            return True
