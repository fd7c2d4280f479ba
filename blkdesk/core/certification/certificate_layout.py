"""How certificates are laid out: paper, texts, images and positions an admin adjusts.

No official layout is published, so every text and position is a setting with a sensible
default. Stored as one JSON setting; images travel inside it as base64.
"""

import base64
import binascii
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from blkdesk.core import settings
from blkdesk.core.concurrency import StaleRecord, last_change
from blkdesk.core.errors import FieldErrors
from blkdesk.core.permissions import Actor
from blkdesk.core.sentences import Sentence

KEY = "certificate_layout"
PAPERS = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}  # portrait width × height, mm
ORIENTATIONS = ("landscape", "portrait")
SIDES = ("left", "right")
MAX_IMAGE_BYTES = 1024 * 1024

# Placeholders the body texts may use: {program} {jp} {start} {end} {institution} {attendance}
DEFAULT_STATEMENT = (
    "telah mengikuti Pelatihan Berbasis Kompetensi dan dinyatakan {result} "
    "pada program pelatihan tersebut di atas."
)
DEFAULT_SK_BODY = (
    "telah menyelesaikan pelatihan {program} ({jp} JP) yang diselenggarakan oleh {institution} "
    "pada tanggal {start} sampai dengan {end}, dengan tingkat kehadiran {attendance}."
)
PLACEHOLDERS = ("program", "jp", "start", "end", "institution", "attendance", "result")


@dataclass(frozen=True)
class Layout:
    paper: str = "A4"
    orientation: str = "landscape"  # the sertifikat
    sk_orientation: str = "portrait"  # the surat keterangan, a letter
    header: str = ""  # empty: "PEMERINTAH <regency>" and the institution's name
    title: str = "SERTIFIKAT PELATIHAN KERJA"
    intro: str = "Diberikan kepada:"
    statement: str = DEFAULT_STATEMENT
    back_title: str = "DAFTAR UNIT KOMPETENSI"
    sk_title: str = "SURAT KETERANGAN"
    sk_body: str = DEFAULT_SK_BODY
    signer_title: str = ""  # empty: "Kepala <institution>"
    show_photo: bool = True
    logo_b64: str = ""  # empty: the institution's logo
    signature_b64: str = ""  # a scanned signature (and stamp), printed above the name
    margin_mm: float = 14.0
    qr_size_mm: float = 30.0
    qr_side: str = "left"
    title_offset_mm: float = 0.0  # moves the title block down (or up, negative)
    signature_offset_mm: float = 0.0  # moves the signature block down (or up)

    def page_mm(self, kind: str) -> tuple[float, float]:
        width, height = PAPERS[self.paper]
        orientation = self.orientation if kind == "sertifikat" else self.sk_orientation
        return (height, width) if orientation == "landscape" else (width, height)

    @property
    def logo(self) -> bytes | None:
        return base64.b64decode(self.logo_b64) if self.logo_b64 else None

    @property
    def signature(self) -> bytes | None:
        return base64.b64decode(self.signature_b64) if self.signature_b64 else None

    def with_image(self, name: str, data: bytes | None) -> "Layout":
        """A copy with the logo or the signature image replaced (None removes it)."""
        encoded = base64.b64encode(data).decode("ascii") if data else ""
        if name == "logo":
            return replace(self, logo_b64=encoded)
        return replace(self, signature_b64=encoded)

    def header_lines(self, inst_name: str, regency: str) -> list[str]:
        if self.header.strip():
            return [line.strip() for line in self.header.splitlines() if line.strip()]
        long_name = regency.replace("Kab. ", "Kabupaten ")
        return [f"PEMERINTAH {long_name.upper()}", inst_name.upper()]

    def signer(self, inst_name: str) -> str:
        return self.signer_title.strip() or f"Kepala {inst_name}"


# The frame runs 7 mm outside the margin, its line 1.4 mm wide: with a margin under 13 mm its
# outer edge comes within 5 mm of the paper's edge, where office printers stop printing (most
# leave 3–5 mm), so the paper would lose part of the frame that the PDF shows whole.
MIN_MARGIN_MM = 13.0


def validate(layout: Layout) -> dict[str, str]:
    errors: dict[str, str] = {}
    if layout.paper not in PAPERS:
        errors["paper"] = Sentence("Ukuran kertas harus A4 atau F4.")
    if layout.orientation not in ORIENTATIONS or layout.sk_orientation not in ORIENTATIONS:
        errors["orientation"] = Sentence("Arah kertas harus mendatar atau tegak.")
    if layout.qr_side not in SIDES:
        errors["qr_side"] = Sentence("Letak kode QR harus kiri atau kanan.")
    if not MIN_MARGIN_MM <= layout.margin_mm <= 40:
        errors["margin_mm"] = Sentence("Margin 13–40 mm, agar bingkai tidak terpotong printer.")
    if not 22 <= layout.qr_size_mm <= 60:
        # Smaller than 22 mm and phone cameras and USB scanners start to miss the code.
        errors["qr_size_mm"] = Sentence("Ukuran kode QR 22–60 mm agar tetap mudah dipindai.")
    for name in ("title_offset_mm", "signature_offset_mm"):
        if not -40 <= getattr(layout, name) <= 40:
            errors[name] = Sentence("Geseran posisi paling banyak 40 mm ke atas atau ke bawah.")
    if not layout.title.strip():
        errors["title"] = Sentence("Judul sertifikat wajib diisi.")
    for name in ("statement", "sk_body"):
        problem = _placeholder_problem(getattr(layout, name))
        if problem:
            errors[name] = problem
    for name in ("logo_b64", "signature_b64"):
        try:
            data = base64.b64decode(getattr(layout, name), validate=True)
        except (binascii.Error, ValueError):
            errors[name] = Sentence("Berkas gambar rusak; pilih ulang.")
            continue
        if len(data) > MAX_IMAGE_BYTES:
            errors[name] = Sentence("Berkas gambar terlalu besar (maksimal 1 MB).")
    return errors


def _placeholder_problem(text: str) -> str | None:
    try:
        text.format(**{p: "" for p in PLACEHOLDERS})
    except (KeyError, IndexError, ValueError):
        known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        return Sentence("Kolom isian yang dikenal: {known}.", known=known)
    return None


def from_dict(data: dict[str, Any] | None) -> Layout:
    known = {f.name for f in fields(Layout)}
    layout = Layout(**{k: v for k, v in (data or {}).items() if k in known})
    if layout.margin_mm < MIN_MARGIN_MM:  # saved when 5 mm was allowed: its frame was cut
        layout = replace(layout, margin_mm=MIN_MARGIN_MM)
    return layout


def load(session: Session, *, lock: bool = False) -> Layout:
    return from_dict(settings.get(session, KEY, lock=lock))


def save(session: Session, actor: Actor, layout: Layout, opened: Layout | None = None) -> None:
    """`opened`: the layout the clerk's dialog started from; a save over a layout another clerk
    saved since then is refused (StaleRecord), as for every record on an office server."""
    errors = validate(layout)
    if errors:
        raise FieldErrors(errors)
    if opened is not None:
        now = load(session, lock=True)
        if now != opened:
            change = last_change(session, "setting", KEY)
            raise StaleRecord(Sentence("Tata letak sertifikat"), change, now, 0)
    settings.put(session, actor, KEY, asdict(layout))
