"""Who passed: the rule of Permenaker 6/2025, Pasal 33, with its reason for every participant.

- attendance below the programme's threshold (80 % by default): tidak lulus;
- attendance at or above it and every competency unit K: lulus, with a sertifikat pelatihan
  and a surat keterangan;
- attendance at or above it but some unit not K: a surat keterangan only.

Until every unit has a result, a participant with enough attendance has no outcome yet; while
the training still runs, neither has one whose attendance can still reach the threshold (it is
counted over every training day, those to come included). An admin or the kepala may override
the outcome, giving a reason that goes into the audit trail.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.attendance.attendance_stats import AttendanceStats, batch_stats, meets_threshold
from blkdesk.core.certification import assessment
from blkdesk.core.errors import FieldErrors, NotFound, ValidationError
from blkdesk.core.models import Batch, Enrollment
from blkdesk.core.models.live import get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Measure, Sentence, number

LULUS = "lulus"
SURAT_KETERANGAN = "surat_keterangan"
TIDAK_LULUS = "tidak_lulus"
OUTCOME_LABELS = {
    LULUS: "Lulus",
    SURAT_KETERANGAN: "Surat keterangan",
    TIDAK_LULUS: "Tidak lulus",
}
# What each outcome entitles the participant to, in printing order.
DOCUMENTS = {
    LULUS: ("sertifikat", "surat_keterangan"),
    SURAT_KETERANGAN: ("surat_keterangan",),
    TIDAK_LULUS: (),
}
# An admin's or the kepala's decision, as the reason column says it ("Diputuskan lulus: …").
DECIDED = {
    LULUS: Sentence("lulus"),
    SURAT_KETERANGAN: Sentence("surat keterangan"),
    TIDAK_LULUS: Sentence("tidak lulus"),
}
MIN_REASON = 10


@dataclass(frozen=True)
class Decision:
    outcome: str | None  # None: not decidable yet
    reason: str


def _days(count: int) -> str:
    """ "3 hari" as a Sentence of its own, so English says "1 day" and "3 days"."""
    return Sentence("{n} hari", n=number(count))


def _units(count: int) -> str:
    return Sentence("{n} unit", n=number(count))


def _pct(value: Decimal) -> str:
    """ "97,5 %", "95 %"; a Measure, so an English screen says "97.5 %" as its Attendance column
    does, not the Indonesian comma."""
    tenths = value.quantize(Decimal("0.1"))
    return Measure(float(tenths), 0 if tenths == tenths.to_integral_value() else 1, "%")


def decide(
    present: int,
    days_total: int,
    threshold: Decimal,
    units_total: int,
    units_k: int,
    units_unassessed: int,
    days_held: int | None = None,
) -> Decision:
    """The rule itself, on plain numbers; `days_held`: the training days up to today (None: the
    training is over)."""
    if days_total <= 0:
        return Decision(None, Sentence("Angkatan ini belum memiliki hari pelatihan."))
    held = days_total if days_held is None else min(days_held, days_total)
    stats = AttendanceStats(days_total, held, {"H": present})
    shown = _pct(stats.percent_of_all())
    if not meets_threshold(stats, threshold):
        to_come = days_total - held
        best = AttendanceStats(days_total, days_total, {"H": present + to_come})
        if to_come and meets_threshold(best, threshold):
            return Decision(
                None,
                Sentence(
                    "Masih berjalan: hadir {present} dari {held}, {to_come} lagi (batas "
                    "{threshold} dari {days}).",
                    present=present, held=_days(held), to_come=_days(to_come),
                    threshold=_pct(threshold), days=_days(days_total),
                ),
            )  # fmt: skip
        if to_come:
            return Decision(
                TIDAK_LULUS,
                Sentence(
                    "Presensi {shown} ({present} dari {days}), di bawah batas {threshold}; "
                    "hadir di {to_come} sisanya pun tidak cukup.",
                    shown=shown, present=present, days=_days(days_total),
                    threshold=_pct(threshold), to_come=_days(to_come),
                ),
            )  # fmt: skip
        return Decision(
            TIDAK_LULUS,
            Sentence(
                "Presensi {shown} ({present} dari {days}), di bawah batas {threshold}.",
                shown=shown, present=present, days=_days(days_total), threshold=_pct(threshold),
            ),
        )  # fmt: skip
    if units_unassessed:
        return Decision(
            None,
            Sentence(
                "Presensi {shown} memenuhi; {left} dari {units} belum dinilai.",
                shown=shown, left=units_unassessed, units=_units(units_total),
            ),
        )  # fmt: skip
    if units_k == units_total:
        return Decision(
            LULUS,
            Sentence("Presensi {shown} dan {units} kompeten.", shown=shown,
                     units=Sentence("semua {n} unit", n=number(units_total))),
        )  # fmt: skip
    return Decision(
        SURAT_KETERANGAN,
        Sentence(
            "Presensi {shown} memenuhi, tetapi {not_k} dari {units} belum kompeten: surat "
            "keterangan saja.",
            shown=shown, not_k=units_total - units_k, units=_units(units_total),
        ),
    )  # fmt: skip


@dataclass(frozen=True)
class ParticipantOutcome:
    enrollment_id: int
    name: str
    nik: str
    status: str
    attendance: Decimal
    units_k: int
    units_total: int
    rule: Decision
    override: str | None
    override_reason: str

    @property
    def final(self) -> str | None:
        return self.override or self.rule.outcome

    @property
    def reason(self) -> str:
        if self.override:
            return Sentence(
                "Diputuskan {outcome}: {reason}",
                outcome=DECIDED[self.override],
                reason=self.override_reason,
            )
        return self.rule.reason


def batch_outcomes(session: Session, batch_id: int, today: date) -> list[ParticipantOutcome]:
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(Sentence("Angkatan tidak ditemukan."))
    grid = assessment.grid(session, batch_id)
    stats = batch_stats(session, batch_id, today)
    enrollments = {
        e.id: e for e in batch.enrollments if e.id in {p.enrollment_id for p in grid.participants}
    }
    out = []
    for p in grid.participants:
        latest = [grid.latest(p.enrollment_id, u.id) for u in grid.units]
        units_k = sum(1 for a in latest if a is not None and a.result == "K")
        unassessed = sum(1 for a in latest if a is None)
        st = stats.get(p.enrollment_id, AttendanceStats(0, 0, {}))
        rule = decide(
            st.present, st.days_total, batch.program.attendance_threshold,
            len(grid.units), units_k, unassessed, st.days_held,
        )  # fmt: skip
        e = enrollments[p.enrollment_id]
        out.append(
            ParticipantOutcome(
                p.enrollment_id, p.name, p.nik, p.status, st.percent_of_all(), units_k,
                len(grid.units), rule, e.outcome_override, e.override_reason,
            )
        )  # fmt: skip
    return out


def store_outcomes(session: Session, actor: Actor, batch_id: int, today: date) -> int:
    """Write the rule's outcome to each participant (for reports); returns how many changed."""
    require(actor, Action.RECORD_ASSESSMENT)
    changed = 0
    for o in batch_outcomes(session, batch_id, today):
        e = session.get(Enrollment, o.enrollment_id)
        assert e is not None
        if e.outcome != o.rule.outcome:
            audit.record(
                session, actor, "update", "enrollment", e.uuid,
                {"outcome": [e.outcome, o.rule.outcome]}, reason=o.rule.reason,
            )  # fmt: skip
            e.outcome = o.rule.outcome
            changed += 1
    return changed


def override(
    session: Session, actor: Actor, enrollment_id: int, outcome: str | None, reason: str
) -> Enrollment:
    """Set (or, with outcome None, lift) an admin's or kepala's decision over the rule."""
    require(actor, Action.OVERRIDE_OUTCOME)
    e = get_live(session, Enrollment, enrollment_id, Sentence("Peserta tidak ditemukan."))
    if outcome is not None and outcome not in OUTCOME_LABELS:
        raise ValidationError(Sentence("Keputusan kelulusan tidak dikenal."))
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise FieldErrors(
            {"reason": Sentence("Tuliskan alasan keputusan (minimal {least} karakter); alasan "
                                "ini dicatat di jejak audit.", least=MIN_REASON)}
        )  # fmt: skip
    if outcome == e.outcome_override:
        raise ValidationError(Sentence("Keputusan itu sudah berlaku untuk peserta ini."))
    audit.record(
        session, actor, "override", "enrollment", e.uuid,
        {"outcome_override": [e.outcome_override, outcome]}, reason=reason,
    )  # fmt: skip
    e.outcome_override = outcome
    e.override_reason = reason if outcome else ""
    return e
