"""Pengaturan › Server kantor: make this PC the office server, or connect it to the server.

Both change which database BLKDesk opens, so both end by starting the session again.
"""

import errno

from PySide6.QtCore import Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from blkdesk.core.errors import BlkError
from blkdesk.core.permissions import Role
from blkdesk.core.progress import Progress
from blkdesk.core.sentences import spoken
from blkdesk.core.storage import connection, discovery, office_server, paths, server_move
from blkdesk.ui.actions import in_background
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors


def lan_addresses() -> list[str]:
    """This PC's private IPv4 addresses, read from its interfaces (nothing is sent)."""
    found = []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            continue
        text = address.toString()
        if address.isLoopback() or not address.isPrivateUse():
            continue
        found.append(text)
    return found


class ConnectDialog(Dialog):
    """Address, port and password of the office server; tested before it is remembered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Hubungkan ke server kantor"), "ConnectDialog")
        self.add_text(
            self.tr(
                "Isi alamat PC server kantor dan kata sandi yang ditampilkan BLKDesk di PC itu "
                "(Pengaturan › Server kantor)."
            )
        )
        self.errors = FormErrors()
        form = QFormLayout()
        finding = QHBoxLayout()
        self.find_button = QPushButton(self.tr("Cari di jaringan kantor"))
        self.found = QComboBox()
        # As wide as the servers' names: BLKs' names share their start ("UPTD Balai Latihan
        # Kerja …"), so a cut one would not tell two servers apart.
        self.found.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.found.setEnabled(False)
        finding.addWidget(self.find_button)
        finding.addWidget(self.found, 1)
        form.addRow(self.tr("Server ditemukan"), finding)
        self.host = QLineEdit(placeholderText=self.tr("mis. 192.168.1.10"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=office_server.DEFAULT_PORT)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Alamat server"), self.host, "host")
        self.errors.add_row(form, self.tr("Port"), self.port, "port")
        self.errors.add_row(form, self.tr("Kata sandi"), self.password, "password")
        self.body.addLayout(form)
        self.result_label = self.add_text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Uji dan hubungkan"))
        self.finish_layout()
        self.setMinimumWidth(460)
        self.url = ""

        self.find_button.clicked.connect(self.search_network)
        self.found.activated.connect(self._pick)

    def search_network(self) -> None:
        """Listen for office servers announcing themselves (a few seconds, off the GUI thread)."""
        self.find_button.setEnabled(False)
        self._say(self.tr("Mencari server kantor di jaringan…"))

        def search(_progress: Progress) -> list[discovery.Found]:
            try:
                return discovery.browse()
            except OSError as exc:  # no network, or the port is taken: type the address instead
                raise BlkError(
                    self.tr(
                        "Pencarian tidak dapat dijalankan ({error}); ketik alamatnya di bawah."
                    ).format(error=self._network_reason(exc))
                ) from exc

        task = in_background(
            self, self.tr("Mencari server kantor…"), search, then=self._found,
            refused=lambda error: self._say(error.message), cancellable=False,
        )  # fmt: skip
        task.finished.connect(lambda: self.find_button.setEnabled(True))

    def _network_reason(self, exc: OSError) -> str:
        """The usual reasons the search cannot listen, in the clerk's words; another keeps the
        system's own text, the only clue there is. Windows gives its WSA codes as errno."""
        if exc.errno in (errno.EADDRINUSE, 10048):
            return self.tr("port pencarian sedang dipakai program lain")
        if exc.errno in (errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH, errno.ENODEV,
                         errno.EADDRNOTAVAIL, 10049, 10050, 10051, 10065):  # fmt: skip
            return self.tr("PC ini tidak tersambung ke jaringan kantor")
        if exc.errno in (errno.EACCES, errno.EPERM, 10013):
            return self.tr("jaringan menolak pencarian, mungkin karena firewall")
        return str(exc)

    def _found(self, servers: list[discovery.Found]) -> None:
        self.found.clear()
        for server in servers:
            self.found.addItem(f"{server.name} · {server.host}:{server.port}", server)
        self.found.setEnabled(bool(servers))
        if not servers:
            self._say(self.tr("Tidak ada server kantor yang menjawab; ketik alamatnya di bawah."))
            return
        self._say(self.tr("%Ln server kantor ditemukan.", "", len(servers)))
        self._pick(0)

    def _pick(self, index: int) -> None:
        server = self.found.itemData(index)
        if server is not None:
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.password.setFocus()

    def accept(self) -> None:
        errors = {}
        if not self.host.text().strip():
            errors["host"] = self.tr("Isi alamat PC server.")
        if not self.password.text():
            errors["password"] = self.tr("Isi kata sandi dari PC server.")
        if errors:
            self.errors.show(errors)
            self.grow_to_content()
            return
        self.errors.clear()
        url = connection.server_url(
            self.host.text(), self.port.value(), self.password.text(),
            office_server.USER, office_server.DATABASE,
        )  # fmt: skip
        try:
            connection.check(url)
        except BlkError as exc:
            self._say(exc.message)
            return
        self.url = url
        super().accept()

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.grow_to_content()


class OfficeServerTab(QWidget):
    # The database changed: the session starts again on the new one.
    restart_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Database yang dipakai PC ini"))
        inner = QVBoxLayout(box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        inner.addWidget(self.status)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Jadikan PC ini server kantor…"))
        self.connect_button = QPushButton(self.tr("Hubungkan ke server kantor…"))
        self.local_button = QPushButton(self.tr("Kembali ke berkas di PC ini"))
        for button in (self.make_button, self.connect_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(box)
        explain = QLabel(
            self.tr(
                "Kantor dengan beberapa PC memakai satu database bersama: satu PC menjadi server "
                "kantor (PostgreSQL berjalan di PC itu), PC lain menghubunginya lewat jaringan "
                "kantor. Setiap simpanan membawa versi, jadi isian petugas lain tidak tertimpa, "
                "dan halaman diperbarui sendiri saat petugas lain menyimpan."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addStretch(1)
        self.make_button.clicked.connect(self.make_server)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.local_button.clicked.connect(self.back_to_file)
        self.refresh()

    def refresh(self) -> None:
        config = office_server.load_config()
        on_file = self.ctx.db.path is not None
        admin = self.ctx.user.role == Role.ADMIN
        if on_file:
            self.status.setText(
                self.tr("Berkas di PC ini: {path}").format(path=self.ctx.db.location)
            )
        elif config is not None and self.ctx.db.url == config.url():
            addresses = ", ".join(lan_addresses()) or self.tr("(tidak ada jaringan)")
            self.status.setText(
                self.tr(
                    "PC ini server kantor (PostgreSQL, port {port}). Alamat untuk PC lain: "
                    "{addresses}. Kata sandi: {password}\n{firewall}"
                ).format(
                    port=config.port,
                    addresses=addresses,
                    password=config.password,
                    firewall=spoken(office_server.firewall_note(config.port)),
                )
            )
        else:
            url = make_url(self.ctx.db.url)
            self.status.setText(
                self.tr("Tersambung ke server kantor {host}:{port}.").format(
                    host=url.host, port=url.port or office_server.DEFAULT_PORT
                )
            )
        self.make_button.setVisible(on_file)
        self.make_button.setEnabled(admin)
        self.connect_button.setVisible(on_file)
        self.local_button.setVisible(not on_file and paths.remembered_server() is not None)

    def make_server(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Jadikan PC ini server kantor"),
            self.tr(
                "BLKDesk akan menjalankan PostgreSQL di PC ini dan memindahkan semua data dari "
                "berkas ke server itu (berkasnya tetap disimpan). PC ini harus menyala selama "
                "kantor bekerja. Lanjutkan?"
            ),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        source = self.ctx.db

        def work(progress: Progress) -> server_move.Became:
            return server_move.become_server(source, progress=progress)

        in_background(
            self, self.tr("Menyiapkan server kantor…"), work, then=self._made,
            title_refused=self.tr("Server kantor"), cancellable=False,
        )  # fmt: skip

    def _made(self, became: server_move.Became) -> None:
        config = became.config
        moved = became.moved
        lines = [self.tr("PC ini sekarang server kantor (port {port}).").format(port=config.port)]
        if moved is not None:
            lines.append(
                self.tr("{rows} baris dari {tables} tabel dipindahkan; jumlah dan checksum "
                        "setiap tabel cocok.").format(rows=moved.rows, tables=len(moved.tables))
            )  # fmt: skip
        lines.append(
            self.tr("Kata sandi untuk PC lain: {password}").format(password=config.password)
        )
        lines.append(spoken(office_server.firewall_note(config.port)))
        lines.append(self.tr("BLKDesk dibuka ulang pada server kantor."))
        QMessageBox.information(self, self.tr("Server kantor siap"), "\n\n".join(lines))
        self.restart_requested.emit()

    def connect_to_server(self) -> None:
        dialog = ConnectDialog(self)
        if not dialog.exec():
            return
        connection.remember(dialog.url)
        QMessageBox.information(
            self, self.tr("Server kantor"),
            self.tr("Tersambung. BLKDesk dibuka ulang pada server kantor; masuk dengan akun "
                    "Anda di server itu."),
        )  # fmt: skip
        self.restart_requested.emit()

    def back_to_file(self) -> None:
        connection.forget()
        self.restart_requested.emit()
