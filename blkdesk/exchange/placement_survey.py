"""The survey workbook: the follow-up list as a sheet to fill in, ready to import back.

NIK is written as text with the text format, because Excel keeps only 15 significant digits of
a number. The Status and Sumber columns offer drop-down lists of the words the import knows.
"""

from pathlib import Path

from blkdesk.core.clock import format_date
from blkdesk.core.placement.follow_up import FollowUpRow
from blkdesk.core.refdata import PLACEMENT_OUTCOMES, PLACEMENT_SOURCES
from blkdesk.exchange.placement_import import COLUMNS
from blkdesk.exchange.xlsx_safety import xlsx_file

INFO = ("No. HP", "Program", "Angkatan", "Selesai pelatihan", "Tindak lanjut")
FILLED = ("outcome", "employer", "sector", "destination_country", "start_date", "recorded_on",
          "source", "notes")  # fmt: skip


def write_survey(path: Path, rows: list[FollowUpRow]) -> int:
    """Write the sheet; returns how many graduates it lists."""
    with xlsx_file(path) as book:
        sheet = book.add_worksheet("Penempatan")
        head = book.add_format({"bold": True, "bg_color": "#e3f0f2", "border": 1,
                                "text_wrap": True, "valign": "top"})  # fmt: skip
        text = book.add_format({"num_format": "@"})
        headers = [COLUMNS["nik"][0], COLUMNS["name"][0], *INFO,
                   *(COLUMNS[f][0] for f in FILLED)]  # fmt: skip
        for col, title in enumerate(headers):
            sheet.write_string(0, col, title, head)
        widths = (19, 28, 16, 30, 22, 18, 13, 24, 26, 18, 16, 14, 14, 14, 30)
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width, text)
        for r, row in enumerate(rows, start=1):
            cells = (row.nik, row.name, row.phone, row.program, row.batch,
                     format_date(row.end_date), f"{row.months} bulan")  # fmt: skip
            for col, value in enumerate(cells):
                sheet.write_string(r, col, value, text)
        last = max(len(rows), 500)
        status_col = headers.index(COLUMNS["outcome"][0])
        source_col = headers.index(COLUMNS["source"][0])
        for col, choices in ((status_col, PLACEMENT_OUTCOMES), (source_col, PLACEMENT_SOURCES)):
            sheet.data_validation(
                1, col, last, col, {"validate": "list", "source": list(choices.values())}
            )
        sheet.freeze_panes(1, 2)
    return len(rows)
