"""Demo stage: programmes, their competency units, and instructors."""

from sqlalchemy import select

from blkdesk.core.demo.catalog import INSTRUCTORS, PROGRAMS
from blkdesk.core.demo.context import DemoContext, DemoProgram
from blkdesk.core.models import CompetencyUnit, Instructor, Program, Vocation

HOURS_PER_DAY = 8


def build(ctx: DemoContext) -> None:
    s = ctx.session
    vocations = {v.code: v for v in s.scalars(select(Vocation))}
    for voc_code, code, name, total_jp, units in PROGRAMS:
        if ctx.program_codes is not None and code not in ctx.program_codes:
            continue
        language_course = voc_code == "BHS"
        program = Program(
            uuid=ctx.uuid(),
            inst_code=ctx.inst_code,
            vocation_id=vocations[voc_code].id,
            code=code,
            name=name,
            kind="klaster",
            total_jp=total_jp,
            hours_per_day=HOURS_PER_DAY,
            min_age=18,
            max_age=35 if language_course else 40,
            min_education="SLTA/SEDERAJAT" if voc_code == "TIK" else "SLTP/SEDERAJAT",
            domicile_scope="province",
            domicile_code="36",
            extra_requirement="Sehat jasmani dan rohani; tidak sedang bekerja atau sekolah.",
        )
        s.add(program)
        s.flush()
        unit_rows = [
            CompetencyUnit(
                uuid=ctx.uuid(),
                inst_code=ctx.inst_code,
                program_id=program.id,
                position=i,
                code=u_code,
                title=title,
                jp=jp,
            )
            for i, (u_code, title, jp) in enumerate(units, start=1)
        ]
        s.add_all(unit_rows)
        s.flush()
        ctx.programs.append(
            DemoProgram(
                program.id, code, voc_code, total_jp, HOURS_PER_DAY, tuple(u.id for u in unit_rows)
            )
        )
    for voc_code, name in INSTRUCTORS:
        instructor = Instructor(
            uuid=ctx.uuid(),
            inst_code=ctx.inst_code,
            name=name,
            id_number=f"19{ctx.rng.randint(70, 95)}{ctx.rng.randint(10**11, 10**12 - 1)}"[:18],
            vocation_id=vocations[voc_code].id,
            phone=f"+628{ctx.rng.randint(10**9, 10**10 - 1)}",
        )
        s.add(instructor)
        s.flush()
        ctx.instructor_ids.setdefault(voc_code, []).append(instructor.id)
