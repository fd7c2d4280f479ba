"""What the province asks its BLKs to put right, as a workbook to send them: the merged records
that break the BLK's own data rules (record_checks) and the sync files it never received
(gaps). Written in Indonesian, as everything that leaves BLKDesk; NIKs as the officer may see
them."""

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from blkdesk.core.clock import MONTHS_ID, format_date, format_datetime_local
from blkdesk.core.province.gaps import Gap
from blkdesk.core.province.record_checks import ProblemRow
from blkdesk.core.province.submissions import due_date
from blkdesk.exchange.xlsx_safety import SafeWriter, quoted, xlsx_file

PROBLEM_HEADERS = (
    ("Kode BLK", 12), ("Nama BLK", 30), ("Jenis data", 12), ("Nama peserta", 30), ("NIK", 20),
    ("Tanggal lahir", 13), ("Kolom", 22), ("Masalah", 70), ("Berkas", 28), ("Ditemukan", 18),
    ("UUID catatan", 38),
)  # fmt: skip
GAP_HEADERS = (
    ("Kode BLK", 12), ("Nama BLK", 30), ("Perubahan hilang sejak", 22), ("sampai", 22),
    ("Yang diminta dari BLK", 90),
)  # fmt: skip


OVERDUE_HEADERS = (
    ("Kode BLK", 12), ("Nama BLK", 30), ("Bulan laporan", 16), ("Batas kiriman", 16),
    ("Yang diminta dari BLK", 90),
)  # fmt: skip


def gap_request(gap: Gap) -> str:
    """What to ask the BLK for, in one sentence (Indonesian, as the workbook and the CLI say
    it; the desk says the same in the interface's language)."""
    return (
        f"Kirim berkas sinkronisasi yang dibuat {format_datetime_local(gap.end)} (dan yang "
        f"dibuat sejak {format_datetime_local(gap.start)}, bila ada), atau satu berkas "
        "sinkronisasi lengkap (Semua data) yang baru."
    )


def _month(period: str) -> str:
    return f"{MONTHS_ID[int(period[5:7]) - 1]} {period[:4]}"


def overdue_request(period: str) -> str:
    """What to ask a BLK for a month (YYYY-MM) it sent nothing for by its due date (Indonesian,
    as the workbook and the CLI say it)."""
    return f"Kirim laporan bulanan {_month(period)} dan berkas sinkronisasi terbaru."


def write_followup(
    path: Path,
    problems: Sequence[ProblemRow],
    gaps: dict[str, list[Gap]],
    names: dict[str, str],
    overdue: dict[str, list[str]] | None = None,
) -> None:
    """Two sheets: "Data bermasalah" (one row per flagged field) and "Berkas belum diterima"
    (one row per gap), and a third when `overdue` names months (YYYY-MM) a BLK has sent
    nothing for by their due date: "Kiriman lewat batas", one row per month."""
    with xlsx_file(path) as book:
        bold = book.add_format({"bold": True, "bg_color": "#DDE7F0"})
        text = book.add_format({"num_format": "@"})
        risky = quoted(book, {"num_format": "@"})

        def sheet(name: str, headers: Sequence[tuple[str, int]]) -> tuple[Any, SafeWriter]:
            ws = book.add_worksheet(name)
            for col, (header, width) in enumerate(headers):
                ws.write_string(0, col, header, bold)
                ws.set_column(col, col, width)
            ws.freeze_panes(1, 0)
            return ws, SafeWriter(ws, text, risky)

        ws, out = sheet("Data bermasalah", PROBLEM_HEADERS)
        _rows(out, (
            (p.inst_code, p.blk_name, str(p.entity_label), p.name, p.nik,
             format_date(p.birth_date) if p.birth_date else "", str(p.field_label),
             str(p.reason), p.file_name, format_datetime_local(p.found_at), p.record_uuid)
            for p in problems
        ))  # fmt: skip
        ws.autofilter(0, 0, max(1, len(problems)), len(PROBLEM_HEADERS) - 1)

        _ws, out = sheet("Berkas belum diterima", GAP_HEADERS)
        _rows(out, (
            (code, names.get(code, code), format_datetime_local(gap.start),
             format_datetime_local(gap.end), gap_request(gap))
            for code in sorted(gaps) for gap in gaps[code]
        ))  # fmt: skip
        if overdue:
            _ws, out = sheet("Kiriman lewat batas", OVERDUE_HEADERS)
            _rows(out, (
                (code, names.get(code, code), _month(period), format_date(due_date(period)),
                 overdue_request(period))
                for code in sorted(overdue) for period in overdue[code]
            ))  # fmt: skip


def _rows(out: SafeWriter, rows: Iterable[Sequence[str]]) -> None:
    """`rows` under the sheet's header row, each cell as text."""
    for row, cells in enumerate(rows, start=1):
        for col, value in enumerate(cells):
            out.text(row, col, value)
