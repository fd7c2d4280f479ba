"""`blkdesk privacy-report`: who viewed, exported or printed whose personal data (UU PDP)."""

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
