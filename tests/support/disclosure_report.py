"""What the UU PDP disclosure report says about today, for tests of the paths that disclose."""

from datetime import timedelta

from blkdesk.core.access import disclosures
from blkdesk.core.clock import today
from blkdesk.core.permissions import Actor, Role

AUDITOR = Actor("auditor", Role.ADMIN)


def todays_disclosures(db) -> list[tuple[str, str]]:
    """(what, detail) of every disclosure in the report covering yesterday and today."""
    with db.transaction() as session:
        report = disclosures.build(session, AUDITOR, today() - timedelta(days=1), today())
    mine = "membuat laporan pengungkapan ini"
    return [(e.what, e.detail) for e in report.events if e.what != mine]
