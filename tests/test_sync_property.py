"""Property: whatever a BLK does, and however it sends the changes (full or delta files, some
sent twice, an old file sent again late, one held back and sent after the next), the province
ends up with exactly the BLK's records.

The actions are the legal ones a BLK takes: edit, withdraw, mark and clear attendance, move or
delete a training day, delete and add trainees, void a certificate and re-issue it, anonymise a
trainee, and restore an older backup and carry on.
"""

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from blkdesk.core.access import privacy
from blkdesk.core.certification import certificates, numbering
from blkdesk.core.models import (
    AttendanceMark,
    Batch,
    Certificate,
    Enrollment,
    Trainee,
    TrainingDay,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage import database_backup, restore
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
        "void_reissue",
        "anonymise",
        "backup",
        "restore",
    ]
)
SENDS = st.sampled_from(["delta", "full", "resend_old", "hold"])
STEPS = st.lists(st.tuples(st.lists(EDITS, max_size=3), SENDS), min_size=1, max_size=5)


def _void_and_reissue(s, n: int) -> None:
    issued = list(s.scalars(select(Certificate).where(Certificate.status == "issued")
                            .order_by(Certificate.id)))  # fmt: skip
    if not issued:
        return
    cert = issued[n % len(issued)]
    certificates.void(s, ADMIN, cert.id, f"Salah ketik nama {n}")
    # The BLK's own rule, which steps over the numbers given before a restore.
    # Each kind and scope has its own sequence, so the number names them to stay unique.
    seq = numbering.next_seq(s, cert.inst_code, cert.kind, cert.seq_scope)
    number = f"{seq:04d}/{cert.kind}/{cert.seq_scope}/ULANG"
    s.add(Certificate(inst_code=cert.inst_code, enrollment_id=cert.enrollment_id, kind=cert.kind,
                      number=number, seq=seq, seq_scope=cert.seq_scope,
                      issued_on=cert.issued_on, payload=f"_xe_ ulang {n}"))  # fmt: skip


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
            trainee.name = f"=Nama {n} _x4_"
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
        elif edit == "void_reissue":
            _void_and_reissue(s, n)
        elif edit == "anonymise":
            if not trainee.nik.startswith("X"):
                privacy.anonymise(s, ADMIN, trainee.uuid, f"Permohonan peserta {n}")
        else:
            s.add(Trainee(inst_code=trainee.inst_code, nik=f"3601011201{n:06d}"[:16],
                          name=f"Baru {n}", name_norm=f"baru {n}",
                          birth_date=trainee.birth_date, sex="P"))  # fmt: skip


# Each example exports and merges up to six files and may restore backups: on a busy machine
# the run outlasts the suite's default timeout without being stuck.
@pytest.mark.timeout(1200)
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS, data=st.data())
def test_province_converges_to_the_blk(tmp_path_factory, steps, data):
    folder = tmp_path_factory.mktemp("run")
    blk = new_blk(folder, "PDG")
    province = new_province(folder)
    try:
        build(blk, per_batch=4)
        first = sync_export.export_sync(blk, ADMIN, folder / "0.xlsx", full=True).path
        merge.merge_files(province, ADMIN, [first])
        sent, held, backups = [first], [], []
        counter = 0
        for step, (edits, how) in enumerate(steps):
            for edit in edits:
                counter += 1
                if edit == "backup":
                    backups.append(database_backup.backup_database(blk, "uji").info.path)
                elif edit == "restore":
                    if backups:
                        restore.restore(blk, ADMIN, data.draw(st.sampled_from(backups)))
                else:
                    _edit(blk, edit, counter)
            # Named by step: two steps without edits in between must not write one file twice
            # (a held file overwritten by the next would lose what it carried).
            target = folder / f"{step}-{counter}-{how}.xlsx"
            out = sync_export.export_sync(blk, ADMIN, target, full=how == "full").path
            if how == "hold":
                held.append(out)  # sent after the next file
                continue
            files = [out, *held]
            held = []
            if how == "resend_old":
                files.append(data.draw(st.sampled_from(sent)))
            sent.append(out)
            report = merge.merge_files(province, ADMIN, files)
            assert [f.reason for f in report.files] == [""] * len(files)
        if held:
            report = merge.merge_files(province, ADMIN, held)
            assert [f.reason for f in report.files] == [""] * len(held)
        assert dump(province, "PDG") == dump(blk, "PDG")
    finally:
        blk.dispose()
        province.dispose()


@pytest.fixture
def synced(tmp_path):
    """A BLK with its trainees, batches and certificates, and a province that merged its first
    full file."""
    blk = new_blk(tmp_path, "PDG")
    province = new_province(tmp_path)
    try:
        build(blk, per_batch=4)
        first = sync_export.export_sync(blk, ADMIN, tmp_path / "0.xlsx", full=True).path
        merge.merge_files(province, ADMIN, [first])
        yield blk, province
    finally:
        blk.dispose()
        province.dispose()


def test_a_held_file_that_shortened_a_batch_keeps_the_day_a_newer_file_moved(tmp_path, synced):
    """Found by the property above: the BLK drops a batch's last day (the batch row changes),
    then moves its new last day; the first delta is held back and merged after the second.
    Its batch row is newer than the province's, but its days are older than the moved one."""
    blk, province = synced
    _edit(blk, "drop_day", 1)
    held = sync_export.export_sync(blk, ADMIN, tmp_path / "1.xlsx", full=False).path
    _edit(blk, "reschedule", 2)
    newer = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx", full=False).path
    report = merge.merge_files(province, ADMIN, [newer, held])
    assert [f.reason for f in report.files] == ["", ""]
    assert dump(province, "PDG") == dump(blk, "PDG")


def test_held_files_of_a_certificate_reissued_twice_keep_the_newest_live(tmp_path, synced):
    """The property above once saw the province refuse a file as a second live certificate.
    One order that does it: the BLK voids a certificate and re-issues it three times, each time
    voiding the last re-issue; the first two files are held back and merged after the third.
    The first file's re-issue is new to the province, which already holds a newer live one: it
    comes in void (the second file then brings its reason), not as a second live one."""
    blk, province = synced
    held = []
    for i in (1, 2, 3):
        # Each re-issue voids the newest issued certificate: the previous re-issue.
        _edit(blk, "void_reissue", 1)
        held.append(sync_export.export_sync(blk, ADMIN, tmp_path / f"{i}.xlsx").path)
    newest = held.pop()
    report = merge.merge_files(province, ADMIN, [newest, *held])
    assert [f.reason for f in report.files] == ["", "", ""]
    assert dump(province, "PDG") == dump(blk, "PDG")


def test_a_held_full_file_after_a_restore_keeps_a_newer_certificate_reissue(tmp_path, synced):
    """The same refusal in another order: the province received a change to an issued certificate,
    then the BLK restored a backup from before it (its next file is full, held back), voided the
    certificate and re-issued it twice; the last delta arrives first. The full file's issued
    version is newer than the province's copy of that certificate but older than the re-issue
    the province now holds as live: it must come in void, not as a second live certificate."""
    blk, province = synced
    backup = database_backup.backup_database(blk, "uji").info.path
    with blk.transaction() as s:
        cert = s.scalars(select(Certificate).where(Certificate.status == "issued")
                         .order_by(Certificate.id.desc())).first()  # fmt: skip
        privacy.anonymise(s, ADMIN, cert.enrollment.trainee.uuid, "Permohonan peserta")
    changed = sync_export.export_sync(blk, ADMIN, tmp_path / "1.xlsx", full=False).path
    merge.merge_files(province, ADMIN, [changed])
    restore.restore(blk, ADMIN, backup)
    held_full = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx", full=False).path
    # Each re-issue voids the newest issued certificate, the one anonymised above.
    _edit(blk, "void_reissue", 1)
    held = sync_export.export_sync(blk, ADMIN, tmp_path / "3.xlsx", full=False).path
    _edit(blk, "void_reissue", 1)
    newer = sync_export.export_sync(blk, ADMIN, tmp_path / "4.xlsx", full=False).path
    report = merge.merge_files(province, ADMIN, [newer, held_full, held])
    assert [f.kind for f in report.files] == ["changes", "full", "changes"]
    assert [f.reason for f in report.files] == ["", "", ""]
    assert dump(province, "PDG") == dump(blk, "PDG")


def test_a_certificate_issued_after_a_restore_takes_no_number_the_province_holds(tmp_path, synced):
    """The province holds a certificate issued after a backup; the BLK restores that backup (its
    next file is full, held back) and issues a certificate again: it must not take the lost
    one's number, or the province refuses the next file as a second certificate with it."""
    blk, province = synced
    backup = database_backup.backup_database(blk, "uji").info.path
    _edit(blk, "void_reissue", 1)
    sent = sync_export.export_sync(blk, ADMIN, tmp_path / "1.xlsx", full=False).path
    merge.merge_files(province, ADMIN, [sent])
    restore.restore(blk, ADMIN, backup)
    held_full = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx", full=False).path
    _edit(blk, "void_reissue", 2)
    newer = sync_export.export_sync(blk, ADMIN, tmp_path / "3.xlsx", full=False).path
    report = merge.merge_files(province, ADMIN, [newer, held_full])
    assert [f.kind for f in report.files] == ["changes", "full"]
    assert [f.reason for f in report.files] == ["", ""]
    assert dump(province, "PDG") == dump(blk, "PDG")
