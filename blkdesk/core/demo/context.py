"""What the demo stages share while they build one database."""

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DemoProgram:
    id: int
    code: str
    vocation_code: str
    total_jp: int
    hours_per_day: int
    unit_ids: tuple[int, ...]


@dataclass
class DemoBatch:
    id: int
    program: DemoProgram
    status: str
    days: list[date]
    # (enrollment id, trainee id, status) of everyone who applied
    enrollments: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    inst_code: str
    today: date
    trainees: int
    years: int
    # The BLK's own kabupaten/kota (most registrants live there) and, for the province demo, the
    # part of the catalogue it teaches (None: all of it).
    regency_code: str = "3604"
    program_codes: frozenset[str] | None = None
    now: datetime = field(default_factory=datetime.now)
    programs: list[DemoProgram] = field(default_factory=list)
    instructor_ids: dict[str, list[int]] = field(default_factory=dict)
    batches: list[DemoBatch] = field(default_factory=list)
    closures: set[date] = field(default_factory=set)

    def uuid(self) -> str:
        """Reproducible by seed, unlike uuid4()."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
