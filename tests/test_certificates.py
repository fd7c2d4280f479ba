"""Issuing, numbering under concurrency, voiding, reprints and offline verification."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from blkdesk.core.certification import (
    assessment,
    certificates,
    graduation,
    numbering,
    signing,
    verification,
)
from blkdesk.core.clock import today
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import AuditEvent, Certificate, Institution
from blkdesk.core.permissions import Actor, Role
from tests.support.batches import OPERATOR, assessed_batch, finished_batch
from tests.support.certificate_race import issue_at_once, issued_numbers

ROOT = Path(__file__).resolve().parents[1]
KEPALA = Actor("kepala", Role.KEPALA)


def test_issue_follows_the_outcomes_and_is_idempotent(db, admin):
    built = finished_batch(db, participants=3, present=[10, 10, 5])
    unit0 = built.units[0]
    with db.transaction() as s:
        for i, e in enumerate(built.enrollments):
            for u in built.units:
                result = "BK" if (i == 1 and u == unit0) else "K"
                assessment.record(s, OPERATOR, e, u, result, built.days[-1], "Dadang")
    report = certificates.issue_for_batch(db, OPERATOR, built.id)
    year, month = today().year, today().month
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][month - 1]
    # In name order: Ahmad (one unit BK) gets a surat keterangan, Siti both documents.
    assert report.issued == [
        ("Ahmad Hidayat", f"0001/SK/BLK-LBK/LAS/{roman}/{year}"),
        ("Siti Rahmawati", f"0001/BLK-LBK/LAS/{roman}/{year}"),
        ("Siti Rahmawati", f"0002/SK/BLK-LBK/LAS/{roman}/{year}"),
    ]
    assert [name for name, _why in report.skipped] == ["Dewi Lestari"]
    again = certificates.issue_for_batch(db, OPERATOR, built.id)
    assert again.issued == []
    with db.session() as s:
        assert s.scalar(select(AuditEvent.reason).where(AuditEvent.action == "issue")).startswith(
            "Presensi 100 %"
        )


def test_issue_refuses_an_unfinished_batch(db):
    built = finished_batch(db, participants=1, ended_days_ago=-3)
    with pytest.raises(ValidationError, match="setelah pelatihan selesai"):
        certificates.issue_for_batch(db, OPERATOR, built.id)


def test_a_retry_after_a_competing_issuer_leaves_no_gap(db, monkeypatch):
    first = assessed_batch(db, participants=2)
    certificates.issue_for_batch(db, OPERATOR, first.id)
    second = assessed_batch(db, participants=2)
    real = numbering.next_seq
    raced = []

    def competitor_commits_first(session, inst_code, kind, scope):
        seq = real(session, inst_code, kind, scope)
        if not raced:
            # Another clerk's issue commits the same number after we read the sequence.
            raced.append(seq)
            with db.transaction() as other:
                other.add(Certificate(
                    inst_code=inst_code, enrollment_id=first.enrollments[0], kind=kind,
                    number=f"lain-{seq}", seq=seq, seq_scope=scope, issued_on=today(),
                    status="void", void_reason="terbit di komputer lain",
                ))  # fmt: skip
        return seq

    monkeypatch.setattr(numbering, "next_seq", competitor_commits_first)
    report = certificates.issue_for_batch(db, OPERATOR, second.id)
    assert report.tries == 2
    assert [seq for seq, _ in issued_numbers(db)] == [1, 2, 3, 4, 5]
    assert [seq for seq, _ in issued_numbers(db, "surat_keterangan")] == [1, 2, 3, 4]


def test_concurrent_threads_never_repeat_a_number(db):
    assert issue_at_once(db) == []
    for kind in ("sertifikat", "surat_keterangan"):
        rows = issued_numbers(db, kind)
        assert [seq for seq, _ in rows] == list(range(1, 13))
        assert len({n for _, n in rows}) == 12


WORKER = """
import sys
from blkdesk.core.certification import certificates
from blkdesk.core.storage.db import open_database
from blkdesk.core.permissions import Actor, Role
db = open_database(sys.argv[1])
for batch_id in map(int, sys.argv[2:]):
    certificates.issue_for_batch(db, Actor("p", Role.OPERATOR), batch_id)
db.dispose()
"""


def test_concurrent_processes_never_repeat_a_number(db):
    batches = [assessed_batch(db, participants=2).id for _ in range(6)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db.url, *map(str, order)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for order in (batches, batches[::-1], batches[2:] + batches[:2])
    ]
    for p in procs:
        _out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
    for kind in ("sertifikat", "surat_keterangan"):
        rows = issued_numbers(db, kind)
        assert [seq for seq, _ in rows] == list(range(1, 13))
        assert len({n for _, n in rows}) == 12


def test_void_keeps_the_number_and_a_replacement_takes_the_next(db):
    built = assessed_batch(db, participants=2)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        cert = s.scalar(select(Certificate).where(Certificate.kind == "sertifikat"))
        payload, cert_id = cert.payload, cert.id
    with db.transaction() as s, pytest.raises(FieldErrors):
        certificates.void(s, KEPALA, cert_id, "salah")
    with db.transaction() as s:
        certificates.void(s, KEPALA, cert_id, "Nama peserta salah ketik pada data induk")
    with db.session() as s:
        result = verification.verify_text(s, payload)
    assert result.status == verification.VOIDED
    assert result.void_reason == "Nama peserta salah ketik pada data induk"
    report = certificates.issue_for_batch(db, OPERATOR, built.id)
    assert len(report.issued) == 1
    assert [seq for seq, _ in issued_numbers(db)] == [1, 2, 3]


def test_reprints_are_counted(db):
    built = assessed_batch(db, participants=1)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        ids = list(s.scalars(select(Certificate.id)))
    with db.transaction() as s:
        assert set(certificates.record_prints(s, OPERATOR, ids).values()) == {1}
    with db.session() as s:
        assert {sh.copy for sh in certificates.sheets(s, ids)} == {2}
    with db.transaction() as s:
        assert set(certificates.record_prints(s, OPERATOR, ids).values()) == {2}
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "reprint"))


def test_verify_answers_valid_invalid_and_unknown(db):
    built = assessed_batch(db, participants=1)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        payload = s.scalar(select(Certificate.payload).where(Certificate.kind == "sertifikat"))
        ok = verification.verify_text(s, payload + "\n")
        assert ok.status == verification.VALID
        assert ok.claim.name == "Siti Rahmawati"
        assert ok.claim.program == "Juru Las SMAW Posisi 3G"
        forged = payload.replace("Siti Rahmawati", "Siti Rahmawatl")
        assert verification.verify_text(s, forged).status == verification.INVALID
        assert verification.verify_text(s, "hello").status == verification.INVALID
    other_private, _ = signing.generate_keypair()
    claim = signing.Claim("PDG", "sertifikat", "1", "X", date(2000, 1, 1), "P", date(2025, 1, 1))
    foreign = signing.sign_claim(claim, other_private)
    with db.session() as s:
        assert verification.verify_text(s, foreign).status == verification.UNKNOWN_INSTITUTION
    # After a merge the province knows PDG's public key and can check it offline.
    with db.transaction() as s:
        s.add(Institution(
            code="PDG", inst_code="PDG", name="UPTD BLK Pandeglang", kind="uptd_kabkota",
            regency_code="3601", head_name="X", head_nip="1" * 18,
            public_key=signing.public_from_private(other_private),
        ))  # fmt: skip
    with db.session() as s:
        assert verification.verify_text(s, foreign).status == verification.VALID


def test_results_freeze_once_the_certificate_is_issued(db):
    built = assessed_batch(db, participants=1)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.transaction() as s, pytest.raises(ValidationError, match="batalkan sertifikat"):
        assessment.remove_latest(s, OPERATOR, built.enrollments[0], built.units[0])


def test_numbering_config_is_validated_and_used(db, admin):
    with db.transaction() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        with pytest.raises(FieldErrors) as info:
            numbering.save_config(
                s, admin, inst, numbering.NumberingConfig("{seq}/{year}", "{seq}/{year}", "year")
            )
        assert "berbeda" in info.value.errors["surat_keterangan"]
        numbering.save_config(
            s, admin, inst,
            numbering.NumberingConfig("{inst}-{seq:03d}", "{inst}-SK-{seq:03d}", "all"),
        )  # fmt: skip
    built = assessed_batch(db, participants=1)
    report = certificates.issue_for_batch(db, OPERATOR, built.id)
    assert [n for _, n in report.issued] == ["LBK-001", "LBK-SK-001"]
    with db.session() as s:
        (o,) = graduation.batch_outcomes(s, built.id, today())
        assert o.final == graduation.LULUS
