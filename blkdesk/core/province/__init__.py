"""The province's desk: the BLKs it coordinates, what they sent, and figures across them.

A database whose own institution is a province holds no records of its own: it merges its BLKs'
sync files and reads them side by side. Everything here is read-only over the BLKs' records; the
only things the province writes are its list of BLKs and its log of files received.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.models import Institution

PROVINCE_KINDS = frozenset({"disnaker_provinsi", "uptd_provinsi"})


def is_province(kind: str) -> bool:
    return kind in PROVINCE_KINDS


def is_province_database(session: Session) -> bool:
    kind = session.scalar(select(Institution.kind).where(Institution.is_local))
    return kind is not None and is_province(kind)
