"""The monthly report: figures against an independent count, the workbook, LibreOffice, CLI."""

import csv
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from blkdesk.core.attendance.attendance_stats import batch_stats
from blkdesk.core.certification.signing import fingerprint
from blkdesk.core.clock import age_on
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import (
    AuditEvent,
    Batch,
    Certificate,
    Enrollment,
    ExportLog,
    Institution,
    Placement,
    Program,
    Trainee,
    Vocation,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import merge, sync_export
from blkdesk.exchange.monthly_report import build_report, month_end, parse_month
from blkdesk.exchange.monthly_workbook import export_monthly
from tests.support.exchange_data import MONTH, build, new_blk, new_province
from tests.support.query_plans import query_plans

ADMIN = Actor("admin", Role.ADMIN)
# The signed Manifest last: the Rekap stays the sheet that opens first.
SHEETS = ["Rekap", "Peserta", "Kehadiran", "Sertifikat", "Penempatan", "Info", "Manifest"]


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    # Someone in the batch that starts in May, whose participants are all in the report.
    build(db, per_batch=12, names={i: '=HYPERLINK("x")' for i in range(24, 36, 5)})
    yield db
    db.dispose()


def independent_count(db, first):
    """The month's figures counted the plain way, row by row, per programme name."""
    last = month_end(first)
    out: dict[str, Counter] = {}

    def bucket(program):
        return out.setdefault(program, Counter())

    with db.session() as s:
        programs = {p.id: p.name for p in s.scalars(select(Program))}
        batches = {b.id: b for b in s.scalars(select(Batch))}
        trainees = {t.id: t for t in s.scalars(select(Trainee))}
        for b in batches.values():
            if b.start_date <= last and (b.end_date or b.start_date) >= first:
                bucket(programs[b.program_id])["batches"] += 1
        for e in s.scalars(select(Enrollment)):
            b = batches[e.batch_id]
            if not (b.start_date <= last and b.end_date >= first):
                continue
            if not (e.status == "peserta" or (
                    e.status == "mengundurkan_diri" and e.status_changed_on >= first)):  # fmt: skip
                continue
            t = trainees[e.trainee_id]
            c = bucket(programs[b.program_id])
            c[f"active_{t.sex}"] += 1
            if first <= b.start_date <= last:
                c[f"new_{t.sex}"] += 1
            if e.status == "peserta" and first <= b.end_date <= last:
                c[f"finished_{t.sex}"] += 1
                decided = e.outcome_override or e.outcome
                if decided:
                    c[f"{decided}_{t.sex}"] += 1
            age = age_on(t.birth_date, last)
            group = ("15–24" if age <= 24 else "25–29" if age <= 29 else "30–39" if age <= 39
                     else "40+")  # fmt: skip
            c[f"age_{group}"] += age >= 15
            c["disability"] += bool(t.disability)
            if t.is_pmi_candidate:
                c[f"pmi_{t.destination_country}"] += 1
        for cert in s.scalars(select(Certificate)):
            if cert.status == "issued" and first <= cert.issued_on <= last:
                b = batches[s.get(Enrollment, cert.enrollment_id).batch_id]
                bucket(programs[b.program_id])[f"cert_{cert.kind}"] += 1
        for pl in s.scalars(select(Placement)):
            if first <= pl.recorded_on <= last:
                b = batches[s.get(Enrollment, pl.enrollment_id).batch_id]
                bucket(programs[b.program_id])[f"place_{pl.outcome}"] += 1
    return {p: +c for p, c in out.items()}


def test_rekap_figures_equal_an_independent_count(blk):
    with blk.session() as s:
        report = build_report(s, MONTH)
    expected = independent_count(blk, MONTH)
    got = {}
    for row in report.rows:
        got[row.program] = Counter(
            {k: v for k, v in row.values.items() if v and not k.startswith("edu_")}
        )
    assert got == expected
    # Everything the report covers is really there, and each total is the sum of its parts.
    totals = report.totals
    assert totals["active_T"] == totals["active_L"] + totals["active_P"] > 0
    assert totals["finished_T"] > 0 and totals["batches"] == 3
    assert totals["cert_sertifikat"] > 0 and sum(
        v for k, v in totals.items() if k.startswith("place_")) > 0  # fmt: skip
    assert sum(totals[f"edu_{i}"] for i in range(7)) == totals["active_T"]
    assert len(report.participants) == totals["active_T"]


def test_the_months_rows_are_found_through_their_date_indexes(blk):
    """The 10-year demo holds 100,000 enrollments, 156,000 certificates and 90,000 placements
    of one BLK: the month's are found through the batches' dates and the date indexes (a
    certificate voided in the month though issued before it included), never by reading every
    row the BLK owns through its owner index."""
    with blk.transaction() as s:
        cert = s.scalars(select(Certificate).where(Certificate.status == "issued")).first()
        cert.issued_on = date(2025, 4, 10)
        cert.status, cert.void_reason = "void", "Salah ketik nama"
        cert.voided_at = datetime(2025, 5, 20, 9, 30)
        number = cert.number
    with blk.session() as s, query_plans(s) as steps:
        report = build_report(s, MONTH)
    voided = [c for c in report.certificates if c.number == number]
    assert len(voided) == 1 and voided[0].voided_on == date(2025, 5, 20)
    for table in ("enrollment", "certificate", "placement"):
        assert not any(step.startswith(f"SCAN {table}") or f"ix_{table}_inst_code" in step
                       for step in steps), (table, steps)  # fmt: skip
    for index in ("ix_enrollment_batch_cover", "ix_certificate_issued_on",
                  "ix_certificate_voided_at", "ix_placement_recorded_on"):  # fmt: skip
        assert any(index in step for step in steps), (index, steps)


def test_attendance_matches_the_attendance_rule_batch_by_batch(blk):
    with blk.session() as s:
        report = build_report(s, MONTH)
        assert report.attendance
        for line in report.attendance:
            p = line.participant
            stats = batch_stats(s, p.batch_id, month_end(MONTH))[p.enrollment_id]
            assert (line.days_total, line.days_held, line.counts) == (
                stats.days_total, stats.days_held, stats.counts)  # fmt: skip
            assert line.percent_so_far == float(stats.percent_so_far())
            assert line.percent_of_all == float(stats.percent_of_all())


def test_the_bar_chart_data_adds_up(blk):
    with blk.session() as s:
        report = build_report(s, MONTH)
    bars = report.by_vocation_and_sex()
    assert sum(m + w for _v, m, w in bars) == report.totals["active_T"]
    with blk.session() as s:
        vocations = set(s.scalars(select(Vocation.name)))
    assert {v for v, _m, _w in bars} <= vocations


def test_workbook_sheets_values_formulas_and_text(blk, tmp_path):
    out = export_monthly(blk, ADMIN, MONTH, tmp_path / "mei.xlsx")
    book = openpyxl.load_workbook(out.path)
    assert book.sheetnames == SHEETS
    rekap = book["Rekap"]
    assert rekap.freeze_panes == "C6"
    total_row = next(r for r in rekap.iter_rows() if r[0].value == "JUMLAH SELURUHNYA")
    formulas = [c.value for c in total_row[2:]]
    assert all(f.startswith("=SUBTOTAL(9,") for f in formulas)
    peserta = book["Peserta"]
    assert peserta.freeze_panes == "A5"
    nik_cells = [row[1] for row in peserta.iter_rows(min_row=5)]
    assert nik_cells and all(c.data_type == "s" and c.number_format == "@" for c in nik_cells)
    assert all(len(c.value) == 16 and c.value.isdigit() for c in nik_cells)
    names = {row[2].value: row[2] for row in peserta.iter_rows(min_row=5)}
    link = names['=HYPERLINK("x")']
    assert link.data_type == "s" and link.quotePrefix
    info = {r[0].value: r[1].value for r in book["Info"].iter_rows() if r[0].value}
    assert info["Kode lembaga"] == "PDG" and info["Periode"] == "1 Mei 2025 – 31 Mei 2025"
    assert info["Aplikasi"].startswith("BLKDesk ")
    with blk.session() as s:
        key = s.scalar(select(Institution.public_key).where(Institution.is_local))
    assert info["Sidik jari kunci"].startswith(fingerprint(key) + " ")  # read out by phone
    with blk.session() as s:
        log = s.scalar(select(ExportLog))
        assert (log.kind, log.period, log.sha256) == ("monthly", "2025-05", out.sha256)
        assert s.scalar(select(AuditEvent).where(AuditEvent.entity == "monthly_report"))


def test_masked_report_holds_no_full_nik(blk, tmp_path):
    out = export_monthly(blk, ADMIN, MONTH, tmp_path / "mask.xlsx", mask_nik=True)
    with blk.session() as s:
        niks = set(s.scalars(select(Trainee.nik)))
    with zipfile.ZipFile(out.path) as z:
        xml = b"".join(z.read(n) for n in z.namelist()).decode("utf-8", "replace")
    assert not any(nik in xml for nik in niks)
    assert "••••••••••" in xml


def test_a_masked_report_does_not_give_the_birth_dates_away_beside_the_nik(blk, tmp_path):
    with blk.session() as s:
        born = {d for d in s.scalars(select(Trainee.birth_date))}
    for masked in (True, False):
        out = export_monthly(blk, ADMIN, MONTH, tmp_path / f"{masked}.xlsx", mask_nik=masked)
        rows = list(
            openpyxl.load_workbook(out.path)["Peserta"].iter_rows(min_row=4, values_only=True)
        )
        dates = {c.date() for row in rows[1:] for c in row if isinstance(c, datetime)}
        assert ("Tanggal lahir" in rows[0]) is not masked and "Usia" in rows[0]
        assert bool(dates & born) is not masked


def test_the_cli_masks_unless_the_full_nik_is_asked_for(blk, tmp_path, monkeypatch):
    from blkdesk.cli import main

    monkeypatch.setenv("BLKDESK_PASSWORD", "Rahasia123")
    with blk.session() as s:
        niks = set(s.scalars(select(Trainee.nik)))
    written = {}
    for flags in ([], ["--mask-nik"], ["--full-nik"]):
        out = tmp_path / f"laporan{len(written)}.xlsx"
        assert main(["export", "monthly", "--db", str(blk.path), "--month", "2025-05",
                     "--out", str(out), *flags]) == 0  # fmt: skip
        column = openpyxl.load_workbook(out)["Peserta"].iter_rows(min_row=5, values_only=True)
        written[" ".join(flags)] = {row[1] for row in column if row[1]}
    assert written[""] == written["--mask-nik"] and all("•" in n for n in written[""])
    assert written["--full-nik"] and written["--full-nik"] <= niks


def test_someone_without_full_nik_rights_gets_a_masked_file(blk, tmp_path, monkeypatch):
    from blkdesk.core import permissions

    monkeypatch.setitem(permissions.MATRIX, permissions.Action.VIEW_FULL_NIK, frozenset())
    out = export_monthly(blk, ADMIN, MONTH, tmp_path / "x.xlsx")
    cell = openpyxl.load_workbook(out.path)["Peserta"]["B5"].value
    assert "•" in cell


def test_viewer_may_not_export(blk, tmp_path):
    with pytest.raises(PermissionDenied):
        export_monthly(blk, Actor("v", Role.VIEWER), MONTH, tmp_path / "x.xlsx")


def test_month_text_is_checked():
    assert parse_month("2025-05") == MONTH
    assert month_end(parse_month("2024-02")) == MONTH.replace(year=2024, month=2, day=29)
    for bad in ("2025-13", "Mei 2025", "25-05"):
        with pytest.raises(ValidationError):
            parse_month(bad)


def test_cli_writes_the_monthly_report(blk, tmp_path, capsys):
    from blkdesk.cli import main

    target = tmp_path / "cli.xlsx"
    assert main(["export", "monthly", "--month", "2025-05", "--db", blk.url,
                 "--out", str(target)]) == 0  # fmt: skip
    assert "Laporan Mei 2025" in capsys.readouterr().out
    assert openpyxl.load_workbook(target).sheetnames == SHEETS
    assert main(["export", "monthly", "--month", "Mei", "--db", blk.url,
                 "--out", str(target)]) == 1  # fmt: skip
    assert capsys.readouterr().err.startswith("Gagal: Bulan 'Mei' tidak dikenal")


def test_province_report_consolidates_every_merged_blk(blk, tmp_path):
    other = new_blk(tmp_path, "LBK", "3602")
    build(other, seed=5, per_batch=8)
    reports = []
    files = []
    for code, db in (("pdg", blk), ("lbk", other)):
        with db.session() as s:
            reports.append(build_report(s, MONTH))
        files.append(sync_export.export_sync(db, ADMIN, tmp_path / f"{code}.xlsx").path)
    other.dispose()
    province = new_province(tmp_path)
    merge.merge_files(province, ADMIN, files)
    with province.session() as s:
        combined = build_report(s, MONTH)
    province.dispose()
    assert combined.consolidated
    assert sorted(combined.institutions) == ["UPTD BLK LBK", "UPTD BLK PDG"]
    assert {r.group for r in combined.rows} == {"UPTD BLK LBK", "UPTD BLK PDG"}
    for key in ("batches", "active_T", "finished_T", "lulus_T", "cert_sertifikat", "pmi_T"):
        assert combined.totals[key] == sum(r.totals.get(key, 0) for r in reports), key


def _strip_cached_values(src, dst):
    """A copy whose formula cells carry no stored result, so only a recalculation fills them."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1", data)
            zout.writestr(item, data)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_report_and_its_totals_agree(blk, tmp_path):
    out = export_monthly(blk, ADMIN, MONTH, tmp_path / "mei.xlsx")
    bare = tmp_path / "bare.xlsx"
    _strip_cached_values(out.path, bare)
    profile = tmp_path / "lo-profile"
    proc = subprocess.run(
        # Comma-separated, double-quoted, UTF-8 (76), first sheet: the Rekap.
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "csv"),
         str(bare)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    with (tmp_path / "csv" / "bare.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    total = next(r for r in rows if r and r[0] == "JUMLAH SELURUHNYA")
    report = out.report
    shown = [int(v.replace(",", "")) if v not in ("", "–") else 0 for v in total[2:]]
    assert shown[: len(report.columns)] == [report.totals[c.key] for c in report.columns]
    subtotals = [r for r in rows if r and r[0].startswith("Jumlah ")]
    assert len(subtotals) == len({r.group for r in report.rows})
