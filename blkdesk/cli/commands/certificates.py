"""`blkdesk certificates --batch ID --out FILE.pdf`: issue what is due, print the batch to PDF."""

import argparse
from datetime import date

from blkdesk.cli.common import add_common, add_output, database, find_batch
from blkdesk.cli.login import logged_in
from blkdesk.core.certification import certificate_layout, certificates
from blkdesk.core.errors import ValidationError
from blkdesk.core.permissions import Action


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser(
        "certificates",
        help="terbitkan sertifikat satu angkatan dan simpan ke berkas PDF (tidak dihitung cetakan)",
    )
    add_common(p)
    p.add_argument("--batch", required=True, help="nomor (id) atau UUID angkatan")
    add_output(p, ".pdf", "berkas PDF yang dibuat")
    p.add_argument(
        "--issued-on", type=date.fromisoformat, default=None,
        help="tanggal terbit untuk sertifikat baru, YYYY-MM-DD (bawaan: hari ini)",
    )  # fmt: skip
    p.add_argument(
        "--no-issue", action="store_true",
        help="jangan terbitkan yang belum terbit; cetak yang sudah terbit saja",
    )  # fmt: skip
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from blkdesk.printing import certificate as printing

    with database(args) as db:
        actor = logged_in(args, db, Action.PRINT_CERTIFICATES)
        with db.session() as session:
            batch_id = find_batch(session, args.batch)
        if not args.no_issue:
            report = certificates.issue_for_batch(db, actor, batch_id, args.issued_on)
            print(f"Terbit baru: {len(report.issued)} dokumen.")
            for name, why in report.skipped:
                print(f"  tidak diterbitkan: {name}: {why}")
        with db.session() as session:
            ids = certificates.printable_ids(session, batch_id)
            if not ids:
                raise ValidationError(
                    "Belum ada sertifikat atau surat keterangan terbit di angkatan ini."
                )
            # A file is not a print: every document shows as a first copy, none is counted.
            sheets = certificates.sheets(session, ids, dict.fromkeys(ids, 1))
            layout = certificate_layout.load(session)
        printing.ensure_app()
        try:
            pages = printing.write_pdf(args.out, layout, sheets)
        except OSError as exc:
            raise ValidationError(f"Berkas {args.out} tidak dapat ditulis.") from exc
        with db.transaction() as session:
            certificates.record_pdf_export(session, actor, ids)
    print(f"{len(sheets)} dokumen, {pages} halaman: {args.out}")
    return 0
