"""A BLK whose records break BLKDesk's own data rules, for the province's checks."""

from datetime import date

from sqlalchemy import select

from blkdesk.core.models import Placement, Trainee
from blkdesk.core.storage.db import Database


def spoil(blk: Database) -> dict[str, str]:
    """Three trainees and a placement as no BLKDesk form would save them (a hand-edited
    database, an older version): {record uuid: the field that is wrong}."""
    with blk.transaction() as s:
        people = list(s.scalars(select(Trainee).order_by(Trainee.id).limit(3)))
        people[0].nik = "99" + people[0].nik[2:]  # no such province
        people[1].birth_date = date(2099, 1, 1)  # born after being registered
        people[2].nik = people[2].nik[:15]  # a digit short
        placement = s.scalars(select(Placement).where(Placement.outcome == "pmi").limit(1)).one()
        placement.destination_country = ""
        return {
            people[0].uuid: "nik",
            people[1].uuid: "birth_date",
            people[2].uuid: "nik",
            placement.uuid: "destination_country",
        }
