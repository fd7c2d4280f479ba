"""UU PDP: the data subject report and anonymisation on request."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from blkdesk.core.access import audit_log, privacy
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import AttendanceMark, AuditEvent, Enrollment, Placement, Trainee
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement import placements
from blkdesk.core.placement.placements import PlacementInput
from blkdesk.core.registry import trainees
from tests.support import graduates as g
from tests.support.registrants import siti

OPERATOR = Actor("operator", Role.OPERATOR)


@pytest.fixture
def siti_uuid(db):
    """Siti registered through intake, then a graduate with a mark, a placement and an edit."""
    with db.transaction() as s:
        t = trainees.register(
            s, OPERATOR, siti(address="Jl. Sunan Kalijaga 7", phone="0812-1111-2222")
        )
        b = g.batch(s, date(2025, 12, 1))
        e = g.enroll(s, b, t)
        s.add(AttendanceMark(enrollment_id=e.id, day=date(2025, 11, 3), code="S", note="demam"))
        job = PlacementInput("bekerja_perusahaan", employer="PT Krakatau Steel", sector="Baja")
        placements.record(s, OPERATOR, e.id, job, today=date(2026, 1, 5))
        data = trainees.to_input(t)
        data.address = "Jl. Sunan Kalijaga 9"
        trainees.update(s, OPERATOR, t.id, data)
        other = g.graduates(s, date(2025, 12, 1), ["Budi Santoso"])[0]
        assert other.trainee_id != t.id
        return t.uuid


def aggregates(session):
    person = (Trainee.sex, func.strftime("%Y", Trainee.birth_date), Trainee.education,
              Trainee.regency_code, Trainee.disability)  # fmt: skip
    enrollment = (Enrollment.status, Enrollment.outcome)
    return (
        session.execute(select(*person, func.count()).group_by(*person)).all(),
        session.execute(select(*enrollment, func.count()).group_by(*enrollment)).all(),
        session.execute(select(Placement.outcome, func.count()).group_by(Placement.outcome)).all(),
        session.scalar(select(func.count()).select_from(AttendanceMark)),
    )


def test_subject_report_holds_everything_and_is_audited(db, siti_uuid, tmp_path):
    with db.transaction() as s:
        report = privacy.subject_report(s, OPERATOR, siti_uuid)
    sections = {sec.title: sec.rows for sec in report.sections}
    person = sections["Data peserta"][0]
    assert (person["nik"], person["address"], person["email"]) == (
        "3602015708950001",
        "Jl. Sunan Kalijaga 9",
        "siti@contoh.com",
    )
    assert sections["Kehadiran"][0]["note"] == "demam"
    assert sections["Penempatan kerja"][0]["employer"] == "PT Krakatau Steel"
    assert len(sections["Pendaftaran pelatihan"]) == 1
    actions = [e["action"] for e in sections["Jejak audit (siapa mengolah data ini)"]]
    assert actions[:1] == ["create"] and "update" in actions
    assert all("Budi" not in json.dumps(rows, default=str) for rows in sections.values())
    out = tmp_path / "siti.json"
    privacy.write_json(report, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["bagian"]["Data peserta"][0]["birth_date"] == "1995-08-17"
    text = privacy.to_text(report)
    assert "birth_date: 17 Agustus 1995" in text and "== Sertifikat (0) ==" in text
    with db.session() as s:
        assert (
            s.scalar(select(AuditEvent.user_name).where(AuditEvent.action == "subject_report"))
            == "operator"
        )


def test_anonymise_removes_identity_and_keeps_the_counts(db, admin, siti_uuid):
    with db.session() as s:
        before = aggregates(s)
    with db.transaction() as s, pytest.raises(ValidationError, match="dasar permintaan"):
        privacy.anonymise(s, admin, siti_uuid, "  ")
    with db.transaction() as s:
        privacy.anonymise(s, admin, siti_uuid, "Surat permohonan tgl 20 November 2026")
    with db.session() as s:
        assert aggregates(s) == before
        t = s.scalar(select(Trainee).where(Trainee.uuid == siti_uuid))
        assert t.name.startswith("Anonim ") and t.nik.startswith("X") and len(t.nik) == 16
        assert (t.address, t.phone, t.email, t.birth_place) == ("", "", "", "")
        assert t.birth_date == date(1995, 7, 1)
        assert s.scalar(select(AttendanceMark.note)) == ""
        assert s.scalar(select(Placement.employer).where(Placement.trainee_id == t.id)) == ""
        everything = json.dumps(
            [(e.changes, e.reason) for e in s.scalars(select(AuditEvent))], ensure_ascii=False
        )
        for personal in ("Siti", "3602015708950001", "Sunan Kalijaga", "siti@contoh", "Krakatau"):
            assert personal not in everything
        (event,) = audit_log.query(s, admin, audit_log.AuditFilter(action="anonymise"))
        assert event.reason == "Surat permohonan tgl 20 November 2026"
        assert s.scalar(select(func.count()).where(Trainee.name.like("Budi%"))) == 1


def test_only_admin_anonymises_and_viewers_get_no_report(db, siti_uuid):
    with db.transaction() as s, pytest.raises(PermissionDenied):
        privacy.anonymise(s, OPERATOR, siti_uuid, "permintaan")
    with db.transaction() as s, pytest.raises(PermissionDenied):
        privacy.subject_report(s, Actor("v", Role.VIEWER), siti_uuid)


def test_audit_filters(db, admin, siti_uuid):
    with db.session() as s:
        everything = audit_log.query(s, admin, audit_log.AuditFilter())
        assert everything == sorted(everything, key=lambda e: (e.at, e.id), reverse=True)
        by_user = audit_log.query(s, admin, audit_log.AuditFilter(user="operator"))
        assert by_user and {e.user_name for e in by_user} == {"operator"}
        trainee_updates = audit_log.query(
            s, admin, audit_log.AuditFilter(entity="trainee", action="update")
        )
        assert [e.entity_uuid for e in trainee_updates] == [siti_uuid]
        today = everything[0].at.date()
        assert audit_log.query(s, admin, audit_log.AuditFilter(end=date(2000, 1, 1))) == []
        assert len(audit_log.query(s, admin, audit_log.AuditFilter(start=date(2000, 1, 1)))) == (
            len(everything)
        )
        assert audit_log.query(s, admin, audit_log.AuditFilter(start=today, end=today))
        choices = audit_log.choices(s, admin)
        assert {"admin", "operator"} <= set(choices.users)
        assert {"trainee", "placement", "user"} <= set(choices.entities)
        with pytest.raises(PermissionDenied):
            audit_log.query(s, OPERATOR, audit_log.AuditFilter())


def test_find_subjects_by_nik_or_name(db, siti_uuid):
    with db.session() as s:
        assert [m.uuid for m in privacy.find_subjects(s, OPERATOR, "3602 0157")] == [siti_uuid]
        assert [m.name for m in privacy.find_subjects(s, OPERATOR, "siti")] == ["Siti Aminah"]
        assert privacy.find_subjects(s, OPERATOR, "  ") == []
