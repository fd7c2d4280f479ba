"""Property: whatever a BLK edits, and however it sends the changes (full or delta files, some
sent twice, an old file sent again late), the province ends up with exactly the BLK's records."""

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from blkdesk.core.models import AttendanceMark, Batch, Enrollment, Trainee, TrainingDay
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import merge, sync_export
from tests.support.exchange_data import build, dump, new_blk, new_province

ADMIN = Actor("admin", Role.ADMIN)

EDITS = st.sampled_from(
    [
        "rename",
        "withdraw",
        "mark",
        "clear_mark",
        "reschedule",
        "drop_day",
        "delete_trainee",
        "add_trainee",
    ]
)
STEPS = st.lists(
    st.tuples(st.lists(EDITS, max_size=3), st.sampled_from(["delta", "full", "resend_old"])),
    min_size=1,
    max_size=4,
)


def _edit(db, edit: str, n: int) -> None:
    with db.transaction() as s:
        trainee = s.scalar(select(Trainee).order_by(Trainee.id).offset(n % 5).limit(1))
        enrollment = s.scalar(
            select(Enrollment).where(Enrollment.status == "peserta").order_by(Enrollment.id)
            .offset(n % 3).limit(1)
        )  # fmt: skip
        mark = s.scalar(
            select(AttendanceMark).where(AttendanceMark.enrollment_id == enrollment.id)
            .order_by(AttendanceMark.day).offset(n % 4).limit(1)
        )  # fmt: skip
        if edit == "rename":
            trainee.name = f"=Nama {n}"
        elif edit == "withdraw":
            enrollment.status = "mengundurkan_diri"
        elif edit == "mark":
            mark.code = "SIA"[n % 3]
        elif edit == "clear_mark":
            mark.deleted_at = datetime(2025, 6, 1)
        elif edit == "reschedule":
            last = s.scalar(
                select(TrainingDay).where(TrainingDay.batch_id == enrollment.batch_id)
                .order_by(TrainingDay.day.desc()).limit(1)
            )  # fmt: skip
            s.add(TrainingDay(batch_id=last.batch_id, day=last.day + timedelta(days=7 + n)))
            s.delete(last)
        elif edit == "drop_day":
            # The batch is shortened: its last day goes and its end date moves with it.
            days = list(s.scalars(
                select(TrainingDay).where(TrainingDay.batch_id == enrollment.batch_id)
                .order_by(TrainingDay.day.desc()).limit(2)
            ))  # fmt: skip
            s.delete(days[0])
            s.get(Batch, enrollment.batch_id).end_date = days[1].day
        elif edit == "delete_trainee":
            trainee.deleted_at = datetime(2025, 6, 2)
        else:
            s.add(Trainee(inst_code=trainee.inst_code, nik=f"3601011201{n:06d}"[:16],
                          name=f"Baru {n}", name_norm=f"baru {n}",
                          birth_date=trainee.birth_date, sex="P"))  # fmt: skip


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_province_converges_to_the_blk(tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("run")
    blk = new_blk(folder, "PDG")
    province = new_province(folder)
    try:
        build(blk, per_batch=3)
        first = sync_export.export_sync(blk, ADMIN, folder / "0.xlsx", full=True).path
        merge.merge_files(province, ADMIN, [first])
        counter = 0
        for edits, how in steps:
            for edit in edits:
                counter += 1
                _edit(blk, edit, counter)
            target = folder / f"{counter}-{how}.xlsx"
            out = sync_export.export_sync(blk, ADMIN, target, full=how == "full").path
            files = [out, first] if how == "resend_old" else [out]
            report = merge.merge_files(province, ADMIN, files)
            assert [f.reason for f in report.files] == [""] * len(files)
        assert dump(province, "PDG") == dump(blk, "PDG")
    finally:
        blk.dispose()
        province.dispose()
