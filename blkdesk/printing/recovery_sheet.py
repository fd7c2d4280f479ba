"""The "kunci cadangan" sheet: the recovery key of the backups, printed once for the office safe.

The key is never stored by BLKDesk; this sheet is the only copy. It opens every backup sealed
since it was made, on any PC, when the backup password is forgotten or its keeper has left.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from blkdesk.core.clock import format_datetime_local
from blkdesk.core.storage.safefile import WriteFailed

MARGIN_MM = 20.0


@dataclass(frozen=True)
class RecoverySheet:
    institution: str
    database: str
    recovery_key: str
    key_id: str
    made_at: datetime  # UTC


def _lines(sheet: RecoverySheet) -> list[str]:
    made = format_datetime_local(sheet.made_at)
    return [
        f"Lembaga: {sheet.institution}",
        f"Database: {sheet.database}",
        f"Dibuat: {made}    Sidik kunci: {sheet.key_id}",
    ]


INSTRUCTIONS = (
    "Simpan lembar ini di brankas kantor, terpisah dari flashdisk cadangan. Siapa pun yang "
    "memegang kunci ini dapat membuka cadangan data peserta (NIK, nama, alamat).",
    "Kunci ini membuka setiap cadangan yang dibuat sejak tanggal di atas, di PC mana pun, bila "
    "kata sandi cadangan lupa. Bila kata sandi cadangan diganti, BLKDesk mencetak lembar baru; "
    "simpan juga lembar lama untuk cadangan yang lebih tua.",
    "Memulihkan: BLKDesk › Pengaturan › Cadangan › Pulihkan dari berkas…, lalu ketik kunci ini "
    "saat kata sandi cadangan diminta. Dari baris perintah: blkdesk restore BERKAS.blkbak "
    "--recovery-key KUNCI.",
)


def render(device: QPagedPaintDevice, sheet: RecoverySheet) -> int:
    """Draw the sheet on one page of `device` (a QPrinter or QPdfWriter); returns 1."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(device)
    if not painter.isActive():
        raise WriteFailed(
            "Lembar kunci cadangan tidak dapat ditulis; periksa folder tujuan atau printernya."
        )
    try:
        dots_per_mm = device.logicalDpiX() / 25.4
        width = device.width()
        y = 0.0

        def block(text: str, font: QFont, height_mm: float, flags: int) -> None:
            nonlocal y
            painter.setFont(font)
            rect = QRectF(0, y, width, height_mm * dots_per_mm)
            painter.drawText(rect, flags | int(Qt.TextFlag.TextWordWrap), text)
            y += rect.height()

        title = QFont("Sans Serif", 20, QFont.Weight.Bold)
        body = QFont("Sans Serif", 11)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        center = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        block("KUNCI CADANGAN BLKDesk", title, 14, center)
        block("RAHASIA — simpan di brankas kantor", QFont("Sans Serif", 12), 9, center)
        y += 4 * dots_per_mm
        for line in _lines(sheet):
            block(line, body, 7, left)
        y += 6 * dots_per_mm
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(22)
        mono.setBold(True)
        box = QRectF(0, y, width, 30 * dots_per_mm)
        painter.setPen(QPen(Qt.GlobalColor.black, 0.6 * dots_per_mm))
        painter.drawRect(box)
        painter.setFont(mono)
        groups = sheet.recovery_key.split("-")
        half = (len(groups) + 1) // 2
        text = "-".join(groups[:half]) + "\n" + "-".join(groups[half:])
        painter.drawText(box, center, text)
        y += box.height() + 8 * dots_per_mm
        for paragraph in INSTRUCTIONS:
            block(paragraph, body, 22, left)
    finally:
        painter.end()
    return 1


def write_pdf(path: Path, sheet: RecoverySheet) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("BLKDesk")
    writer.setTitle("Kunci cadangan BLKDesk")
    return render(writer, sheet)
