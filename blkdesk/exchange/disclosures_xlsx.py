"""The UU PDP disclosure report (core.access.disclosures) as an Excel workbook."""

from pathlib import Path
from typing import Any

from blkdesk.core.access.disclosures import DisclosureReport, Subject
from blkdesk.core.clock import format_date, format_datetime_local
from blkdesk.exchange.xlsx_safety import SafeWriter, quoted, xlsx_file


def write_xlsx(report: DisclosureReport, path: Path) -> None:
    """Three sheets: the summary, every event, and the people whose data was concerned."""
    with xlsx_file(path) as book:
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 14})
        text = book.add_format({"num_format": "@"})
        risky = quoted(book, {"num_format": "@"})

        def cell(sheet: Any, row: int, col: int, value: str) -> None:
            # Names and paths are written as text; anything a spreadsheet could take for a
            # formula keeps Excel's quote prefix.
            SafeWriter(sheet, text, risky).text(row, col, value)

        summary = book.add_worksheet("Ringkasan")
        summary.set_column(0, 0, 42)
        summary.set_column(1, 1, 60)
        summary.write_string(0, 0, "Laporan pengungkapan data pribadi (UU PDP, 3×24 jam)", title)
        lines = [
            ("Periode", f"{format_date(report.start)} – {format_date(report.end)}"),
            ("Dibuat", f"{format_datetime_local(report.generated_at)} oleh {report.generated_by}"),
            ("Peristiwa pengungkapan", str(len(report.events))),
            ("Orang yang datanya dilihat/dicetak satu per satu", str(len(report.subjects))),
            ("Ekspor/cetak berisi banyak orang", str(len(report.bulk))),
        ]
        for i, (label, value) in enumerate(lines, start=2):
            summary.write_string(i, 0, label, bold)
            cell(summary, i, 1, value)
        row = len(lines) + 3
        summary.write_string(row, 0, "Per pengguna", bold)
        for user, count in sorted(report.per_user().items()):
            row += 1
            cell(summary, row, 0, user)
            summary.write_number(row, 1, count)

        events = book.add_worksheet("Rincian")
        headers = ("Waktu", "Pengguna", "Tindakan", "Nama peserta", "NIK (disamarkan)",
                   "Keterangan")  # fmt: skip
        for col, (header, width) in enumerate(zip(headers, (18, 16, 40, 30, 20, 60), strict=True)):
            events.write_string(0, col, header, bold)
            events.set_column(col, col, width)
        for i, e in enumerate(report.events, start=1):
            cell(events, i, 0, format_datetime_local(e.at))
            cell(events, i, 1, e.user_name)
            cell(events, i, 2, e.what)
            cell(events, i, 3, e.subject.name if e.subject else "(banyak peserta)")
            cell(events, i, 4, e.subject.masked_nik if e.subject else "")
            cell(events, i, 5, e.detail)
        events.freeze_panes(1, 0)

        people = book.add_worksheet("Subjek data")
        for col, (header, width) in enumerate(
            zip(("Nama peserta", "NIK (disamarkan)", "Berapa kali", "Oleh"), (30, 20, 12, 40),
                strict=True)
        ):  # fmt: skip
            people.write_string(0, col, header, bold)
            people.set_column(col, col, width)
        by_whom: dict[Subject, set[str]] = {}
        for e in report.events:
            if e.subject is not None:
                by_whom.setdefault(e.subject, set()).add(e.user_name)
        for i, (subject, count) in enumerate(sorted(report.subjects.items(),
                                                    key=lambda s: s[0].name), start=1):  # fmt: skip
            cell(people, i, 0, subject.name)
            cell(people, i, 1, subject.masked_nik)
            people.write_number(i, 2, count)
            cell(people, i, 3, ", ".join(sorted(by_whom[subject])))
        people.freeze_panes(1, 0)
