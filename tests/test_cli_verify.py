"""`blkdesk verify` answers from the database's public keys, for text and for a QR image."""

import pytest
from sqlalchemy import func, select

from blkdesk.cli import main
from blkdesk.core.certification import certificates
from blkdesk.core.models import AuditEvent, Certificate
from tests.support.batches import OPERATOR, assessed_batch


@pytest.fixture
def db_url(any_db_url: str) -> str:
    """Every command here runs on SQLite and on PostgreSQL."""
    return any_db_url


def test_verify_text_and_image(db, tmp_path, capsys, qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from blkdesk.printing import qr

    built = assessed_batch(db, participants=1)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        payload = s.scalar(select(Certificate.payload).where(Certificate.kind == "sertifikat"))
    assert main(["verify", payload, "--db", db.url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SAH: Diterbitkan dan ditandatangani oleh UPTD BLK Kabupaten Lebak")
    assert "Nama           : Siti Rahmawati" in out
    assert main(["verify", payload.replace("|Siti", "|Sita"), "--db", db.url]) == 1
    assert capsys.readouterr().out.startswith("TIDAK SAH")

    image = QImage(500, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    qr.draw(painter, QRectF(20, 20, 460, 460), payload)
    painter.end()
    path = tmp_path / "scan.png"
    assert image.save(str(path))
    assert main(["verify", str(path), "--db", db.url]) == 0
    assert "Siti Rahmawati" in capsys.readouterr().out
    blank = tmp_path / "blank.png"
    QImage(50, 50, QImage.Format.Format_RGB32).save(str(blank))
    assert main(["verify", str(blank), "--db", db.url]) == 1
    assert "Tidak ada kode QR" in capsys.readouterr().err


def test_certificates_command_issues_and_prints_the_batch(db, tmp_path, capsys):
    built = assessed_batch(db, participants=2)
    out = tmp_path / "angkatan.pdf"
    args = ["certificates", "--batch", str(built.id), "--out", str(out), "--db", db.url]
    assert main(args) == 0
    assert "Terbit baru: 4 dokumen." in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert main(args) == 0
    assert "Terbit baru: 0 dokumen." in capsys.readouterr().out
    with db.session() as s:  # a file is not a print: audited twice, counted never
        assert set(s.scalars(select(Certificate.print_count))) == {0}
        exports = select(func.count()).where(AuditEvent.action == "export_pdf")
        assert s.scalar(exports) == 8
    assert main(["certificates", "--batch", "999", "--out", str(out), "--db", db.url]) == 1
    assert "Angkatan 999 tidak ditemukan" in capsys.readouterr().err


def test_a_photo_that_is_not_there_is_said_so_not_judged_as_qr_text(db, tmp_path, capsys):
    missing = tmp_path / "foto-sertifikat.JPG"
    assert main(["verify", str(missing), "--db", db.url]) == 1
    assert capsys.readouterr().err == f"Gagal: Berkas gambar {missing} tidak ada.\n"
    # Text that merely is not a certificate code is still judged (and refused) as such.
    assert main(["verify", "bukan-kode", "--db", db.url]) == 1
    assert capsys.readouterr().out.startswith("TIDAK SAH:")
