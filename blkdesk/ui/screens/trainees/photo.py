"""Pas foto: any JPEG/PNG the clerk picks becomes a 3×4 JPEG small enough to store (≤ 200 KB)."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QImage, QImageReader

from blkdesk.core.errors import ValidationError
from blkdesk.core.registry.trainees import MAX_PHOTO_BYTES

WIDTH, HEIGHT = 360, 480  # 3×4 at about 300 dpi for a printed 3×4 cm photo


def crop_3x4(image: QImage) -> QImage:
    """The largest 3:4 rectangle, centred across and a little high (faces sit in the top half)."""
    w, h = image.width(), image.height()
    if w * 4 > h * 3:
        new_w = h * 3 // 4
        rect = QRect((w - new_w) // 2, 0, new_w, h)
    else:
        new_h = w * 4 // 3
        rect = QRect(0, (h - new_h) // 3, w, new_h)
    cropped = image.copy(rect)
    if cropped.width() > WIDTH:
        cropped = cropped.scaled(WIDTH, HEIGHT)
    return cropped


def encode_jpeg(image: QImage, limit: int = MAX_PHOTO_BYTES) -> bytes:
    for quality in (90, 80, 70, 60, 50, 40, 30):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", quality)  # type: ignore[call-overload]
        buffer.close()
        if data.size() <= limit:
            return bytes(data.data())
    raise ValidationError("Foto tidak dapat diperkecil sampai 200 KB.", field="photo")


def load_photo(path: str) -> bytes:
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    if bytes(reader.format().data()).decode().lower() not in ("jpeg", "jpg", "png"):
        raise ValidationError("Pilih berkas foto JPEG atau PNG.", field="photo")
    image = reader.read()
    if image.isNull():
        raise ValidationError("Berkas foto tidak dapat dibaca.", field="photo")
    if image.width() < 90 or image.height() < 120:
        raise ValidationError(
            "Foto terlalu kecil; pilih foto minimal 90×120 piksel.", field="photo"
        )
    return encode_jpeg(crop_3x4(image.convertToFormat(QImage.Format.Format_RGB32)))
