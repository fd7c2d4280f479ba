"""`blkdesk privacy-report`: who viewed, exported or printed whose personal data (UU PDP);
`blkdesk drafts`: the unsaved intake forms on this PC, their retention."""

import argparse
from datetime import date

from blkdesk.cli.common import add_common, add_output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "privacy-report",
        help="laporan pengungkapan data pribadi dari jejak audit (untuk pemberitahuan 3×24 jam)",
    )
    add_common(p)
    p.add_argument("--from", dest="start", type=date.fromisoformat, required=True,
                   metavar="YYYY-MM-DD")  # fmt: skip
    p.add_argument("--to", dest="end", type=date.fromisoformat, required=True,
                   metavar="YYYY-MM-DD")  # fmt: skip
    add_output(p, ".xlsx", "berkas Excel yang dibuat")
    p.set_defaults(handler=run)
    register_drafts(sub)


def run(args: argparse.Namespace) -> int:
    from blkdesk.cli.login import logged_in_transaction
    from blkdesk.core.access import disclosures
    from blkdesk.core.permissions import Action
    from blkdesk.exchange import disclosures_xlsx

    with logged_in_transaction(args, Action.VIEW_AUDIT) as (session, actor):
        report = disclosures.build(session, actor, args.start, args.end)
    disclosures_xlsx.write_xlsx(report, args.out)
    print(
        f"{len(report.events)} peristiwa pengungkapan, {len(report.subjects)} orang disebut satu "
        f"per satu, {len(report.bulk)} ekspor berisi banyak orang: {args.out}"
    )
    return 0


def register_drafts(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "drafts",
        help="formulir pendaftar belum disimpan di PC ini: daftar, hapus yang kedaluwarsa, "
        "buang milik petugas lain, atur masa simpan",
    )
    add_common(p)
    what = p.add_subparsers(dest="drafts_command", required=True, metavar="PERINTAH")
    listed = what.add_parser("list", help="formulir semua petugas, tanpa isinya (administrator)")
    add_common(listed)
    expire = what.add_parser("expire", help="hapus yang tidak disentuh melewati masa simpan")
    add_common(expire)
    discard = what.add_parser("discard", help="buang satu formulir (administrator)")
    add_common(discard)
    discard.add_argument("--clerk", required=True, help="nama pengguna petugas pemilik formulir")
    discard.add_argument("--form", required=True, help="new, atau edit-N seperti di `list`")
    keep = what.add_parser("retention", help="masa simpan dalam hari (administrator)")
    add_common(keep)
    keep.add_argument("days", type=int, help="3–90 hari")
    p.set_defaults(handler=run_drafts)


def run_drafts(args: argparse.Namespace) -> int:
    from blkdesk.cli.common import database
    from blkdesk.cli.login import logged_in
    from blkdesk.core.clock import format_date
    from blkdesk.core.errors import NotFound
    from blkdesk.core.permissions import Action
    from blkdesk.core.registry import drafts

    with database(args) as db:
        if args.drafts_command == "retention":
            actor = logged_in(args, db, Action.EDIT_SETTINGS)
            with db.transaction() as session:
                drafts.set_retention_days(session, actor, args.days)
            print(f"Formulir belum disimpan dihapus otomatis setelah {args.days} hari.")
            return 0
        actor = logged_in(args, db, Action.ANONYMISE)
        if args.drafts_command == "expire":
            gone = drafts.expire(db, actor)
            print(f"{len(gone)} formulir belum disimpan yang kedaluwarsa dihapus.")
            return 0
        found = drafts.listed_for(actor, db.location)
        if args.drafts_command == "discard":
            chosen = [d for d in found if d.user == args.clerk and d.key == args.form]
            if not chosen:
                raise NotFound(
                    f"Tidak ada formulir {args.form} milik {args.clerk} di PC ini untuk database "
                    "ini."
                )
            drafts.discard_for(db, actor, chosen[0])
            print(f"Formulir {args.form} milik {args.clerk} dibuang.")
            return 0
        with db.session() as session:
            days = drafts.retention_days(session)
    # What the form holds (a name, a NIK) stays off the terminal and its logs. Drafts are
    # stamped in the PC's local time.
    for d in found:
        expires = d.expires_on(days)
        print(f"{d.user}\t{d.key}\tdisimpan {format_date(d.saved_at.date())} "
              f"{d.saved_at:%H.%M}\tdihapus sesudah {format_date(expires.date())} "
              f"{expires:%H.%M}")  # fmt: skip
    if not found:
        print("Tidak ada formulir belum disimpan di PC ini untuk database ini.")
    return 0
