"""The watchdog every widget test runs under (conftest's no_unanswered_box)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.support.unanswered import Watchdog


def test_a_box_nobody_answers_is_closed_and_its_text_kept(qapp: QApplication) -> None:
    watchdog = Watchdog(patience_ms=300)
    watchdog.start()
    try:
        answer = QMessageBox.warning(None, "Simpan", "NIK harus 16 angka.")
    finally:
        watchdog.stop()
    assert answer != QMessageBox.StandardButton.Ok  # closed by the watchdog, not clicked
    assert watchdog.unanswered == ["'Simpan': 'NIK harus 16 angka.'"]


def test_a_box_the_test_answers_in_time_is_left_alone(qapp: QApplication) -> None:
    watchdog = Watchdog(patience_ms=2000)
    watchdog.start()

    def click_ok() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(700, click_ok)  # after the watchdog has seen the box at least once
    try:
        answer = QMessageBox.information(None, "Cetak", "Sertifikat dikirim ke printer.")
    finally:
        watchdog.stop()
    assert answer == QMessageBox.StandardButton.Ok
    assert watchdog.unanswered == []
