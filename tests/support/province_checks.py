"""A BLK whose records break BLKDesk's own data rules, for the province's checks."""

from datetime import date, timedelta

from sqlalchemy import select

from blkdesk.core.clock import utcnow
from blkdesk.core.models import Batch, Enrollment, Placement, Trainee
from blkdesk.core.registry import nik as nikmod
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


def make_minor(
    blk: Database, *, consent: bool = False, enrolled: bool = True, serial: int = 4242
) -> Trainee:
    """A new trainee of the BLK who is 16 on the first day of its earliest batch (a NIK that
    says so, nothing else wrong), enrolled in it unless `enrolled` is False; the guardian's
    consent recorded or not."""
    with blk.transaction() as s:
        batch = s.scalars(select(Batch).order_by(Batch.start_date).limit(1)).one()
        birth = batch.start_date.replace(year=batch.start_date.year - 16) - timedelta(days=40)
        nik = nikmod.compose("3601", 7, birth, "P", serial)
        trainee = Trainee(
            inst_code=batch.inst_code, nik=nik, name="Siti Remaja", name_norm="siti remaja",
            birth_date=birth, sex="P", phone="+6281200000001", consent_at=utcnow(),
            guardian_name="Ibu Remaja" if consent else "", guardian_consent=consent,
        )  # fmt: skip
        s.add(trainee)
        s.flush()
        if enrolled:
            s.add(Enrollment(inst_code=batch.inst_code, trainee_id=trainee.id,
                             batch_id=batch.id, status="peserta"))  # fmt: skip
        return trainee
