"""`blkdesk verify PAYLOAD|IMAGE`: check a certificate's QR text (or a photo of its QR) offline."""

import argparse
from pathlib import Path

from blkdesk.cli.common import add_common, database
from blkdesk.core.certification import verification
from blkdesk.core.certification.signing import Claim
from blkdesk.core.clock import format_date
from blkdesk.core.errors import NotFound

KIND_LABELS = {"sertifikat": "Sertifikat pelatihan", "surat_keterangan": "Surat keterangan"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser(
        "verify", help="periksa keaslian sertifikat dari teks kode QR atau berkas gambarnya"
    )
    add_common(p)
    p.add_argument(
        "payload", metavar="PAYLOAD|GAMBAR", help="teks hasil pindai QR, atau berkas PNG/JPEG"
    )
    p.set_defaults(handler=run)


def holder_lines(claim: Claim) -> list[str]:
    return [
        f"Dokumen        : {KIND_LABELS[claim.kind]}",
        f"Nomor          : {claim.number}",
        f"Nama           : {claim.name}",
        f"Tanggal lahir  : {format_date(claim.birth_date)}",
        f"Program        : {claim.program}",
        f"Tanggal terbit : {format_date(claim.issued_on)}",
        f"Lembaga        : {claim.inst_code}",
    ]


IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg"})


def _text(arg: str) -> str:
    path = Path(arg)
    if arg.startswith("BLK1|"):
        return arg
    if path.is_file():
        from blkdesk.printing.qr import decode_file

        return decode_file(path)
    if path.suffix.lower() in IMAGE_SUFFIXES:  # a mistyped photo, not a QR text: say so
        raise NotFound(f"Berkas gambar {path} tidak ada.")
    return arg


def run(args: argparse.Namespace) -> int:
    text = _text(args.payload)
    with database(args) as db, db.session() as session:
        result = verification.verify_text(session, text)
    print(f"{result.label}: {result.explanation}")
    if result.void_reason:
        print(f"Alasan pembatalan: {result.void_reason}")
    if result.claim is not None:
        print("\n".join(holder_lines(result.claim)))
    return 0 if result.status == verification.VALID else 1
