"""Printing a batch: 32 certificates, front and back, to one PDF."""

import statistics
from datetime import timedelta

from sqlalchemy import select

from benchmarks.harness import Bench, Measurement, figure, timed
from blkdesk.core.certification import signing
from blkdesk.core.certification.certificate_layout import Layout
from blkdesk.core.certification.certificates import Sheet, UnitLine
from blkdesk.core.clock import today
from blkdesk.core.models import CompetencyUnit, Institution, Program, Trainee
from blkdesk.core.storage.db import open_database, resolve_url

COUNT = 32


def _sheets(db_path: str) -> tuple[list[Sheet], bytes]:
    """32 graduates of the demo's largest programme, signed with the demo BLK's key."""
    db = open_database(resolve_url(db_path))
    with db.session() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        program = s.scalar(select(Program).where(Program.code == "TIK-WEB"))
        units = s.scalars(
            select(CompetencyUnit).where(CompetencyUnit.program_id == program.id)
        ).all()
        people = s.execute(select(Trainee).limit(COUNT)).scalars().all()
        on = today()
        sheets = []
        for i, t in enumerate(people, start=1):
            number = f"{i:04d}/BLK-{inst.code}/TIK/XI/{on.year}"
            claim = signing.Claim(inst.code, "sertifikat", number, t.name, t.birth_date,
                                  program.name, on)  # fmt: skip
            sheets.append(Sheet(
                i, "sertifikat", number, signing.sign_claim(claim, inst.private_key), 1, on,
                "Serang", inst.code, inst.name, inst.address, inst.phone, "Kab. Serang",
                inst.head_name, inst.head_nip, None, t.name, t.birth_place, t.birth_date, t.nik,
                None, program.name, "Teknologi Informasi", program.total_jp,
                on - timedelta(days=60), on - timedelta(days=7), "96,4 %",
                tuple(UnitLine(u.code, u.title, u.jp, "K") for u in units),
            ))  # fmt: skip
    db.dispose()
    return sheets, _logo()


def _logo() -> bytes:
    from pathlib import Path

    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QIcon

    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "app.svg"
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    QIcon(str(icon)).pixmap(300, 300).save(buffer, "PNG")
    return bytes(data.data())


@figure("32 certificates, front and back, to PDF", "≤ 2 s", unit="s", limit=2)
def batch_pdf(bench: Bench) -> Measurement:
    from PySide6.QtGui import QGuiApplication

    from blkdesk.printing.certificate import write_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    sheets, logo = _sheets(str(bench.demo_db()))
    layout = Layout().with_image("logo", logo)
    target = bench.workdir / "batch.pdf"
    runs = [timed(lambda: write_pdf(target, layout, sheets)) for _ in range(max(1, bench.runs))]
    del app
    return Measurement(
        statistics.median(runs),
        details={"pages": 2 * len(sheets), "pdf_kb": round(target.stat().st_size / 1024)},
    )
