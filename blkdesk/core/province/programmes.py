"""Programmes matched across BLKs, so consolidated figures read "Menjahit Pakaian: 3 BLK, 48
peserta" instead of one row per BLK's copy of the programme.

Two BLKs' programmes are the same programme when they belong to the same vocation and teach the
same SKKNI competency units (by unit code). A programme with no unit codes keyed in is matched by
its vocation and its name, written the same way apart from case and spaces.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core.models import CompetencyUnit, Enrollment, Program, Vocation
from blkdesk.core.province.figures import participants_per
from blkdesk.core.text import normalise_name


@dataclass
class MatchedProgramme:
    vocation: str
    name: str  # the name most BLKs use
    unit_codes: tuple[str, ...]
    blks: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    participants: int = 0

    @property
    def matched_by(self) -> str:
        return "unit SKKNI" if self.unit_codes else "nama"


def programme_keys(session: Session) -> dict[int, tuple[str, tuple[str, ...] | str]]:
    """{program id: match key} for every live programme."""
    units: dict[int, list[str]] = defaultdict(list)
    for program_id, code in session.execute(
        select(CompetencyUnit.program_id, CompetencyUnit.code).where(
            CompetencyUnit.deleted_at.is_(None)
        )
    ):
        if code and code.strip():
            units[program_id].append(code.strip().upper())
    keys: dict[int, tuple[str, tuple[str, ...] | str]] = {}
    for program_id, voc_code, name in session.execute(
        select(Program.id, Vocation.code, Program.name)
        .join(Vocation, Vocation.id == Program.vocation_id)
        .where(Program.deleted_at.is_(None))
    ):
        codes = tuple(sorted(set(units.get(program_id, ()))))
        keys[program_id] = (voc_code.strip().upper(), codes or normalise_name(name))
    return keys


def matched(session: Session, year: int, today: date) -> list[MatchedProgramme]:
    """This year's participants per matched programme, largest first."""
    keys = programme_keys(session)
    stmt = participants_per(
        year, today, Program.id, Program.name, Vocation.name, Enrollment.inst_code
    )
    found: dict[tuple[str, tuple[str, ...] | str], MatchedProgramme] = {}
    usage: dict[tuple[str, tuple[str, ...] | str], dict[str, int]] = defaultdict(
        lambda: defaultdict(int)
    )
    for program_id, name, vocation, inst_code, n in session.execute(stmt):
        key = keys[program_id]
        codes = key[1] if isinstance(key[1], tuple) else ()
        line = found.setdefault(key, MatchedProgramme(vocation, name, codes))
        line.blks.add(inst_code)
        line.names.add(name)
        line.participants += n
        usage[key][name] += 1
    for key, line in found.items():
        line.name = max(usage[key].items(), key=lambda item: (item[1], item[0]))[0]
    return sorted(found.values(), key=lambda m: (-m.participants, m.vocation, m.name))
