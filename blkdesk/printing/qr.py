"""QR codes: drawn as vector squares from the `qrcode` package's matrix, read with zxing-cpp."""

from pathlib import Path

import qrcode
import zxingcpp
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from blkdesk.core.errors import ValidationError

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
MASK = 2  # every third column inverted: breaks up the long runs a text payload tends to make


def matrix(text: str) -> list[list[bool]]:
    """Dark modules of the QR code for `text`, without the quiet zone.

    Error correction M: a scuffed or folded certificate still scans, and the code stays small.
    A fixed mask skips trying all eight (most of the time of printing a batch); any mask is a
    valid code, the best one only evens out dark and light areas a little more.
    """
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=MASK
    )
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def draw(painter: QPainter, rect: QRectF, text: str) -> None:
    """Paint the code (with its quiet zone) filling the square `rect`."""
    cells = matrix(text)
    n = len(cells) + 2 * QUIET_ZONE
    module = min(rect.width(), rect.height()) / n
    painter.save()
    painter.setPen(QColor("white"))
    painter.fillRect(QRectF(rect.x(), rect.y(), module * n, module * n), QColor("white"))
    black = QColor("black")
    for y, row in enumerate(cells):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            run = x
            while run < len(row) and row[run]:
                run += 1
            # One rectangle per run of dark modules keeps the PDF small and fast to draw.
            painter.fillRect(
                QRectF(
                    rect.x() + (x + QUIET_ZONE) * module,
                    rect.y() + (y + QUIET_ZONE) * module,
                    (run - x) * module,
                    module,
                ),
                black,
            )
            x = run
    painter.restore()


def decode_image(image: QImage) -> list[str]:
    """Every QR text found in the image."""
    if image.isNull():
        return []
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(
        gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [b.text for b in found if b.text]


def decode_file(path: str | Path) -> str:
    """The QR text in an image file; a clear error when there is none."""
    image = QImage(str(path))
    if image.isNull():
        raise ValidationError(f"Berkas {path} tidak dapat dibuka sebagai gambar (PNG atau JPEG).")
    texts = decode_image(image)
    if not texts:
        raise ValidationError(
            "Tidak ada kode QR yang terbaca di gambar itu; pindai ulang lebih dekat dan terang."
        )
    return texts[0]
