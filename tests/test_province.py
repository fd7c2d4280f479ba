"""The province's book-keeping and figures, on the demo province built from real files."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from blkdesk.core.clock import utcnow
from blkdesk.core.errors import FieldErrors
from blkdesk.core.models import RegisteredBlk, Submission
from blkdesk.core.province import (
    blks,
    double_funding,
    figures,
    gaps,
    programmes,
    record_checks,
    submissions,
)
from blkdesk.core.province.figures import Measure
from blkdesk.core.storage.db import open_database
from blkdesk.exchange.demo_province import LATE, SILENT, SKIPPER
from blkdesk.exchange.province_intake import receive_files
from tests.support.province import demo_province


@pytest.fixture
def province(tmp_path):
    url, summary = demo_province(tmp_path)
    db = open_database(url)
    yield db, summary
    db.dispose()


def test_board_shows_what_each_blk_sent(province):
    db, summary = province
    today = date.today()
    skipped = submissions.period_of(submissions.previous_month(submissions.previous_month(today)))
    with db.session() as s:
        rows = {r.code: r for r in submissions.board(s, today)}
    assert set(rows) == {*summary.blks, SILENT.institution.code}
    assert [c.period for c in rows[SKIPPER].overdue] == [skipped]
    # Every month of the board is overdue for the BLK that sends nothing, except last month
    # in the first days of this one (due on the 10th).
    due = [p for p in submissions.board_periods(today) if today > submissions.due_date(p)]
    assert [c.period for c in rows[SILENT.institution.code].overdue] == due
    assert any(c.state is submissions.CellState.LATE for c in rows[LATE].cells)
    for code in summary.blks:
        if code != SKIPPER:
            assert rows[code].overdue == []
    # Every received cell names its file and when it came.
    cell = next(c for c in rows["LBK"].cells if c.files)
    assert cell.files[0].file_name.startswith(("laporan-LBK-", "sinkron-LBK-"))
    assert cell.files[0].received_at.date() <= cell.due


def test_every_batch_reaches_the_province_whole(province):
    # The changes since the first full file arrive with the latest report by today, whatever
    # the day of the month: the batches planned after that file have their training days.
    db, summary = province
    with db.session() as s:
        empty = s.execute(
            text(
                "SELECT b.inst_code, count(*) FROM batch b WHERE NOT EXISTS "
                "(SELECT 1 FROM training_day d WHERE d.batch_id = b.id) GROUP BY b.inst_code"
            )
        ).all()
        batches = s.scalar(text("SELECT count(*) FROM batch"))
    assert empty == [] and batches > len(summary.blks)


def test_figures_per_blk_match_independent_counts(province):
    db, summary = province
    today = date.today()
    with db.session() as s:
        per = {f.key: f for f in figures.per_blk(s, today.year, today)}
        for code in summary.blks:
            sql = text(
                "SELECT count(*), sum(t.sex = 'P'), sum(t.is_pmi_candidate) FROM enrollment e "
                "JOIN batch b ON b.id = e.batch_id JOIN trainee t ON t.id = e.trainee_id "
                "WHERE e.inst_code = :c AND e.status IN ('peserta', 'mengundurkan_diri') "
                "AND e.deleted_at IS NULL AND b.deleted_at IS NULL AND t.deleted_at IS NULL "
                "AND b.start_date BETWEEN :a AND :b"
            )
            n, women, pmi = s.execute(
                sql, {"c": code, "a": date(today.year, 1, 1), "b": today}
            ).one()
            assert per[code][Measure.TRAINEES] == n > 0
            assert per[code][Measure.WOMEN] == women
            assert per[code][Measure.PMI] == pmi
            ended, lulus = s.execute(
                text(
                    "SELECT count(*), sum(coalesce(e.outcome_override, e.outcome) = 'lulus') "
                    "FROM enrollment e JOIN batch b ON b.id = e.batch_id "
                    "WHERE e.inst_code = :c AND e.status IN ('peserta', 'mengundurkan_diri') "
                    "AND b.start_date BETWEEN :a AND :b AND b.end_date <= :b"
                ),
                {"c": code, "a": date(today.year, 1, 1), "b": today},
            ).one()
            assert per[code][Measure.ENDED] == ended
            assert per[code][Measure.GRADUATED] == (lulus or 0)
        # The silent BLK is listed with nothing.
        assert per[SILENT.institution.code][Measure.TRAINEES] == 0
        regencies = figures.per_regency(s, list(per.values()))
        assert sum(r[Measure.TRAINEES] for r in regencies) == sum(
            f[Measure.TRAINEES] for f in per.values()
        )
        # The people behind a figure are exactly as many as the figure.
        for measure in (Measure.WOMEN, Measure.YOUTH_24, Measure.GRADUATED, Measure.PLACED):
            rows = figures.people(s, today.year, today, measure, ["LBK"])
            assert len(rows) == per["LBK"][measure]
            assert {r.inst_code for r in rows} <= {"LBK"}


def test_programmes_are_matched_across_blks(province):
    db, _summary = province
    today = date.today()
    with db.session() as s:
        matched = programmes.matched(s, today.year, today)
        by_vocation = figures.by_vocation(s, today.year, today)
        n_programs = s.scalar(text("SELECT count(DISTINCT program_id) FROM batch"))
    # Fewer lines than programme rows: a programme taught by several BLKs is one line.
    assert any(len(m.blks) > 1 for m in matched)
    assert len({(m.vocation, m.unit_codes) for m in matched}) == len(matched)
    assert len(matched) < n_programs
    assert sum(m.participants for m in matched) == sum(v.total for v in by_vocation)
    # The people behind a vocation's bar are exactly as many as the bar, women alone too.
    line = by_vocation[0]
    with db.session() as s:
        everyone = figures.vocation_people(s, today.year, today, line.code)
        women = figures.vocation_people(s, today.year, today, line.code, "P")
    assert len(everyone) == line.total and len(women) == line.counts.get("P", 0)
    assert {r.sex for r in women} <= {"P"}
    assert len({v.code for v in by_vocation}) == len(by_vocation)


def test_double_funding_lists_the_planted_cases(province):
    db, summary = province
    with db.session() as s:
        found = {(c.nik, c.year): c for c in double_funding.cases(s)}
        years = double_funding.years(s)
    assert summary.planted
    for case in summary.planted:
        assert (case.nik, case.year) in found
        assert {t.inst_code for t in found[(case.nik, case.year)].trainings} >= set(case.codes)
    assert years == sorted({c.year for c in summary.planted}, reverse=True)


def test_the_skipper_leaves_the_desk_a_gap_and_two_flagged_records(province, admin):
    """What the guide's Daftar BLK picture shows: the changes-only file PDG lost on the way,
    and its two records that break BLKDesk's data rules."""
    db, _summary = province
    with db.session() as s:
        found = gaps.blk_gaps(s)
        problems = record_checks.listing(s, admin, SKIPPER)
        flagged = record_checks.counts(s)
    assert list(found) == [SKIPPER] and len(found[SKIPPER]) == 1
    assert flagged == {SKIPPER: 2}
    assert sorted(p.field for p in problems) == ["destination_country", "phone"]


def test_registered_blks_fill_from_merges_and_refuse_bad_input(province, admin):
    db, summary = province
    with db.transaction() as s:
        listed = {b.code: b for b in blks.all_blks(s)}
        assert set(listed) == {*summary.blks, SILENT.institution.code}
        assert len(listed["LBK"].key_fingerprint.replace(" ", "")) == 64
        assert listed[SILENT.institution.code].key_fingerprint == ""
        with pytest.raises(FieldErrors) as refused:
            blks.save(s, admin, blks.BlkInput("LBK", "x", "nope", "9999", key_fingerprint="12"))
        assert set(refused.value.errors) == {"code", "name", "kind", "regency_code",
                                             "key_fingerprint"}  # fmt: skip
        blk = listed["CLG"]
        blks.save(
            s, admin,
            blks.BlkInput("CLG", blk.name, blk.kind, blk.regency_code, "Bpk. Agus 0812", "A" * 64),
            blk.id,
        )  # fmt: skip
        assert blks.key_mismatches(s) == {"CLG": blks.fingerprint(_public_key(s, "CLG"))}


def _public_key(session, code):
    return session.scalar(text("SELECT public_key FROM institution WHERE code = :c"), {"c": code})


def test_receiving_files_logs_each_once_and_refuses_strangers(province, admin, tmp_path):
    from blkdesk.core.institution import setup
    from blkdesk.exchange.monthly_workbook import export_monthly
    from tests.support.institution import ADMIN_PASSWORD, INSTITUTION

    db, _summary = province
    stranger = open_database(f"sqlite:///{tmp_path / 'lain.sqlite'}")
    setup(stranger, INSTITUTION.__class__(**{**INSTITUTION.__dict__, "code": "ASING"}),
          "admin", "Admin", ADMIN_PASSWORD)  # fmt: skip
    report = export_monthly(stranger, admin, date.today().replace(day=1), tmp_path / "asing.xlsx")
    stranger.dispose()
    intake = receive_files(db, admin, [report.path])
    assert "belum terdaftar" in intake.monthly[0].reason
    with db.transaction() as s:
        s.add(RegisteredBlk(code="ASING", name="BLK Asing", kind="blkk", regency_code="3601",
                            contact="", key_fingerprint="", active=True))  # fmt: skip
    before = utcnow() - timedelta(seconds=1)
    intake = receive_files(db, admin, [report.path])
    assert intake.logged == 1 and not intake.monthly[0].reason
    again = receive_files(db, admin, [report.path])
    assert again.logged == 0 and again.monthly[0].duplicate
    junk = tmp_path / "bukan.xlsx"
    junk.write_bytes(b"PK not really")
    bad = receive_files(db, admin, [junk])
    assert bad.failures == 1
    with db.session() as s:
        sub = s.scalars(select(Submission).where(Submission.inst_code == "ASING")).one()
    assert sub.kind == "monthly" and sub.period == date.today().strftime("%Y-%m")
    assert sub.received_at >= before


def test_consolidated_monthly_report_from_the_cli(qapp, province, tmp_path, capsys, monkeypatch):
    # qapp first: the PDF needs a Qt application, and later widget tests need a QApplication.
    import re
    import subprocess

    from python_calamine import CalamineWorkbook

    from blkdesk.cli import main

    db, _summary = province
    # The demo province's own administrator logs in, as the command asks.
    monkeypatch.setenv("BLKDESK_PASSWORD", "Admin123")
    month = submissions.previous_month(date.today())
    out = tmp_path / "konsolidasi.xlsx"
    assert main(["export", "monthly", "--db", db.url, "--month", f"{month:%Y-%m}",
                 "--out", str(out)]) == 0  # fmt: skip
    printed = capsys.readouterr().out
    pdf = out.with_suffix(".pdf")
    assert str(pdf) in printed and pdf.stat().st_size > 0
    book = CalamineWorkbook.from_path(str(out))
    assert {"Rekap", "Rekap Kejuruan"} <= set(book.sheet_names)
    rekap = book.get_sheet_by_name("Rekap Kejuruan").to_python()
    subtotals = [r[0] for r in rekap if str(r[0]).startswith("Jumlah ")]
    # One subtotal per vocation, naming how many BLKs teach it.
    assert subtotals and all(s.endswith(" BLK)") for s in subtotals)
    assert len(subtotals) == len(set(subtotals))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "RINGKASAN LAPORAN BULANAN PELATIHAN" in text
    assert "Kab. Lebak" in text and "Jumlah" in text
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", pages.stdout, re.M)


def test_the_consolidated_rekap_prints_every_name_whole(province, admin, tmp_path):
    import shutil
    import subprocess
    from collections import Counter

    import openpyxl

    from blkdesk.exchange.monthly_workbook import export_monthly

    db, _summary = province
    month = submissions.previous_month(date.today())
    out = export_monthly(db, admin, month, tmp_path / "konsolidasi.xlsx").path
    sheet = openpyxl.load_workbook(out)["Rekap"]
    widths = [sheet.column_dimensions[c].width for c in "ABC"]
    names: Counter[str] = Counter()
    longer = 0
    for row in sheet.iter_rows(min_row=6):
        first = str(row[0].value or "")
        if not first or first.startswith(("Jumlah ", "JUMLAH ", "Definisi ")):
            continue
        for cell, width in zip(row[:3], widths, strict=True):
            names[cell.value] += 1
            # Wider than its column: it must wrap, on a row taller than one line.
            if len(cell.value) > width:
                longer += 1
                assert cell.alignment.wrap_text, cell.coordinate
                assert (sheet.row_dimensions[cell.row].height or 15) > 15, cell.coordinate
    assert longer, "the demo province has no name longer than its column"
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(out)],
        capture_output=True, text=True, timeout=180, check=True,
    )  # fmt: skip
    # The first printed page is the Rekap's first; content order keeps a wrapped cell's lines
    # together, so a whole name reads whole once the line breaks are spaces.
    page = subprocess.run(
        ["pdftotext", "-raw", "-f", "1", "-l", "1", str(tmp_path / "pdf" / "konsolidasi.pdf"),
         "-"], capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    printed = " ".join(page.split())
    for name, rows in names.items():
        assert printed.count(name) >= rows, name


def test_the_summary_pdf_names_its_youth_as_the_desk_does(qapp, province, admin, tmp_path):
    """The one-page summary counts youth 15–29, the focus figure of the desk and the Laporan
    page, and says what it counts: active trainees of that age, beside every age's calon PMI."""
    import shutil
    import subprocess

    from blkdesk.exchange.monthly_workbook import export_monthly
    from blkdesk.printing.province_summary import write_summary_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    db, _summary = province
    month = submissions.previous_month(date.today())
    report = export_monthly(db, admin, month, tmp_path / "konsolidasi.xlsx").report
    totals = report.totals
    youth = totals["age_15–24"] + totals["age_25–29"]
    assert totals["age_25–29"], "the demo province has no active trainee aged 25–29"
    pdf = write_summary_pdf(report, tmp_path / "konsolidasi.pdf")
    page = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    lines = [" ".join(line.split()) for line in page.splitlines()]
    card = next(i for i, line in enumerate(lines) if "Peserta aktif usia 15–29" in line)
    assert any(line.endswith(f" {youth}") for line in lines[card - 2 : card])  # its value
    assert f"{totals['pmi_T']} calon PMI (semua usia)" in lines[card + 1]
    assert "15–24" not in page and "Muda" not in page
