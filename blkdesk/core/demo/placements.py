"""Demo stage: what became of the graduates, as a BLK's follow-up calls would have found it.

Rates follow the vocation: welders and mechanics mostly find work in the Cilegon and Serang
industrial estates, beauticians, tailors and bakers often start their own business, and the
language programmes send most of their graduates abroad as PMI. The first call comes about three
months after the batch; those still looking are called again at six months. Recent graduates
are not all traced yet, so the follow-up list has people to call.
"""

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from blkdesk.core.demo.context import DemoBatch, DemoContext
from blkdesk.core.models import Base, Enrollment
from blkdesk.core.placement.follow_up import add_months
from blkdesk.core.refdata import PMI_DESTINATIONS
from blkdesk.core.statuses import EnrollmentStatus

# vocation: (share placed by the first call, weights of perusahaan / non-perusahaan /
# wirausaha / PMI among those placed)
RATES: dict[str, tuple[float, tuple[int, int, int, int]]] = {
    "LAS": (0.68, (70, 15, 8, 7)),
    "OTO": (0.62, (35, 35, 27, 3)),
    "LST": (0.60, (50, 30, 18, 2)),
    "MSN": (0.66, (80, 10, 5, 5)),
    "TIK": (0.55, (55, 25, 18, 2)),
    "MJH": (0.58, (45, 20, 30, 5)),
    "KCT": (0.57, (15, 35, 48, 2)),
    "PGL": (0.50, (10, 20, 68, 2)),
    "PAR": (0.60, (60, 25, 10, 5)),
    "BNG": (0.60, (35, 45, 18, 2)),
    "BHS": (0.72, (8, 4, 3, 85)),
}
DEFAULT_RATE = (0.55, (50, 25, 20, 5))
OUTCOMES = ("bekerja_perusahaan", "bekerja_non_perusahaan", "wirausaha", "pmi")
SOURCES = (("telepon", 62), ("kuesioner", 22), ("kunjungan", 5), ("laporan_perusahaan", 11))
LANGUAGE_COUNTRY = {"BHS-JEPANG": "Jepang", "BHS-KOREA": "Korea Selatan"}
# Share of graduates the BLK never manages to reach (changed numbers, no answer).
UNREACHED = 0.08

EMPLOYERS: dict[str, tuple[tuple[str, str], ...]] = {
    "LAS": (("PT Krakatau Steel", "Industri baja"), ("PT Krakatau Posco", "Industri baja"),
            ("PT Wijaya Karya Beton", "Konstruksi"), ("PT Cigading Habeam Centre", "Fabrikasi"),
            ("PT Chandra Asri", "Petrokimia")),
    "OTO": (("PT Astra Honda Motor (AHASS)", "Otomotif"), ("PT Yamaha Indonesia", "Otomotif"),
            ("PT Sinar Motor Serang", "Bengkel")),
    "LST": (("PT PLN (Persero) UP3 Banten Utara", "Kelistrikan"),
            ("PT Indonesia Power Suralaya", "Pembangkit listrik"),
            ("CV Cahaya Elektrik", "Instalasi listrik")),
    "MSN": (("PT Asahimas Chemical", "Manufaktur"), ("PT Nikomas Gemilang", "Manufaktur")),
    "TIK": (("PT Telkom Akses", "Telekomunikasi"), ("CV Media Kreatif Serang", "Jasa komputer"),
            ("Bank BJB Cabang Serang", "Perbankan")),
    "MJH": (("PT Nikomas Gemilang", "Garmen"), ("PT Parkland World Indonesia", "Alas kaki"),
            ("Konveksi Barokah", "Garmen")),
    "KCT": (("Salon Cantik Ayu", "Salon kecantikan"), ("Larissa Aesthetic Center", "Kecantikan"),
            ("Hotel Marbella Anyer", "Perhotelan")),
    "PGL": (("Toko Roti Sari Rasa", "Makanan"), ("PT Indofood Sukses Makmur", "Makanan")),
    "PAR": (("Hotel Marbella Anyer", "Perhotelan"), ("Aston Serang Hotel", "Perhotelan")),
    "BNG": (("PT Wijaya Karya", "Konstruksi"), ("CV Bangun Banten", "Konstruksi")),
    "BHS": (("PT Karya Mandiri Nusantara (P3MI)", "Penempatan PMI"),),
}  # fmt: skip
OWN_WORK: dict[str, tuple[str, ...]] = {
    "LAS": ("Bengkel las sendiri", "Usaha teralis dan kanopi"),
    "OTO": ("Bengkel motor di rumah", "Servis motor panggilan"),
    "LST": ("Jasa instalasi listrik", "Servis elektronik"),
    "TIK": ("Jasa pengetikan dan fotokopi", "Toko daring", "Desain grafis lepas"),
    "MJH": ("Jahit di rumah", "Usaha permak pakaian"),
    "KCT": ("Rias pengantin panggilan", "Salon di rumah"),
    "PGL": ("Kue basah rumahan", "Roti titipan warung"),
}
DEFAULT_OWN_WORK = ("Usaha sendiri", "Warung")


def _graduates(
    ctx: DemoContext, batch: DemoBatch, decided: dict[int, str]
) -> list[tuple[int, int]]:
    """(enrollment id, trainee id) of the batch's graduates.

    Uses the outcomes the certificate stage decided. A batch it could not decide (no attendance
    keyed in this demo) still had graduates in real life: about nine in ten participants.
    """
    participants = [
        (e, t) for e, t, status in batch.enrollments if status == EnrollmentStatus.ACCEPTED
    ]
    if any(e in decided for e, _ in participants):
        return [(e, t) for e, t in participants if decided.get(e) == "lulus"]
    return [(e, t) for e, t in participants if ctx.rng.random() < 0.9]


def _record(
    ctx: DemoContext, batch: DemoBatch, ids: tuple[int, int], outcome: str, recorded: date,
    started: date | None,
) -> dict[str, Any]:  # fmt: skip
    rng = ctx.rng
    vocation = batch.program.vocation_code
    employer = sector = country = ""
    if outcome in ("bekerja_perusahaan", "pmi"):
        employer, sector = rng.choice(EMPLOYERS.get(vocation, EMPLOYERS["LAS"]))
    elif outcome == "bekerja_non_perusahaan":
        employer, sector = "", rng.choice(EMPLOYERS.get(vocation, EMPLOYERS["LAS"]))[1]
    elif outcome == "wirausaha":
        employer = rng.choice(OWN_WORK.get(vocation, DEFAULT_OWN_WORK))
        sector = "Usaha mikro"
    if outcome == "pmi":
        country = LANGUAGE_COUNTRY.get(batch.program.code) or rng.choice(PMI_DESTINATIONS[:3])
    source = rng.choices([s for s, _ in SOURCES], weights=[w for _, w in SOURCES])[0]
    stamp = ctx.now.replace(year=recorded.year, month=recorded.month, day=recorded.day)
    return {
        "uuid": ctx.uuid(), "inst_code": ctx.inst_code, "trainee_id": ids[1],
        "enrollment_id": ids[0], "outcome": outcome, "destination_country": country,
        "employer": employer, "sector": sector,
        "start_date": started if outcome != "belum_bekerja" else None,
        "source": source, "recorded_on": recorded, "notes": "",
        "created_at": stamp, "updated_at": stamp,
    }  # fmt: skip


def _working(ctx: DemoContext, vocation: str) -> str:
    return ctx.rng.choices(OUTCOMES, weights=RATES.get(vocation, DEFAULT_RATE)[1])[0]


def build(ctx: DemoContext) -> None:
    rng = ctx.rng
    decided = dict(
        ctx.session.execute(
            select(
                Enrollment.id, func.coalesce(Enrollment.outcome_override, Enrollment.outcome)
            ).where(Enrollment.outcome.is_not(None))
        ).all()
    )
    rows: list[dict[str, Any]] = []
    for batch in ctx.batches:
        end = batch.days[-1]
        if end >= ctx.today:
            continue
        vocation = batch.program.vocation_code
        share = RATES.get(vocation, DEFAULT_RATE)[0]
        for ids in _graduates(ctx, batch, decided):
            if rng.random() < UNREACHED:
                continue
            # Reached within the 3-month window; a company may report its hire earlier.
            first = add_months(end, 3) + timedelta(days=rng.randint(-14, 40))
            if rng.random() < 0.1:
                first = end + timedelta(days=rng.randint(10, 45))
            if first > ctx.today:
                continue
            if rng.random() < share:
                started = end + timedelta(days=rng.randint(7, max(8, (first - end).days)))
                rows.append(_record(ctx, batch, ids, _working(ctx, vocation), first, started))
                continue
            rows.append(_record(ctx, batch, ids, "belum_bekerja", first, None))
            again = add_months(end, 6) + timedelta(days=rng.randint(-10, 40))
            if again > ctx.today or rng.random() < 0.25:
                continue
            outcome = _working(ctx, vocation) if rng.random() < 0.55 else "belum_bekerja"
            started = first + timedelta(days=rng.randint(1, max(2, (again - first).days)))
            rows.append(_record(ctx, batch, ids, outcome, again, started))
    for chunk in range(0, len(rows), 20_000):
        ctx.session.execute(insert(Base.metadata.tables["placement"]), rows[chunk : chunk + 20_000])
