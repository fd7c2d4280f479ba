"""Registrant workbooks as BLKs keep them: own column order, a title line, good and bad rows."""

from datetime import date, datetime

from openpyxl import Workbook

from blkdesk.core.registry import nik as nikmod

# Columns in a BLK's own order and spelling, with a title line above the header.
HEADER = ["No", "Nama", "NIK", "JK", "Tgl. Lahir", "No. HP", "Pendidikan", "Kab/Kota", "RT/RW",
          "Kolom Lain"]  # fmt: skip


def nik(day: date, sex: str, serial: int, regency: str = "3602") -> str:
    return nikmod.compose(regency, 1, day, sex, serial)


GOOD = [
    ["1", "Siti Aminah", nik(date(1995, 8, 17), "P", 1), "P", "17-08-1995", "0812 3456 7890",
     "SMA", "Kab. Lebak", "001/002", "x"],
    ["2", "Budi Santoso", nik(date(2000, 1, 2), "L", 2), "L", datetime(2000, 1, 2),
     "085711112222", "S1", "3602", "", ""],
    ["3", "Dewi Lestari", int(nik(date(1999, 3, 4), "P", 3)), "Perempuan", "4 Maret 1999", "",
     "SLTA/SEDERAJAT", "", "", ""],
]  # fmt: skip
BAD = [
    ["4", "Rina", nik(date(1998, 5, 6), "P", 4), "L", "06-05-1998", "", "SMA", "", "", ""],
    ["5", "Agus", "36020112059", "L", "", "", "", "", "", ""],
    ["6", "Siti Kembar", nik(date(1995, 8, 17), "P", 1), "P", "", "", "", "", "", ""],
    ["7", "Joko", 3602010203990010, "L", "", "", "", "", "", ""],
    ["8", "Wawan", nik(date(1997, 7, 7), "L", 8), "L", "kemarin", "", "", "", "", ""],
    ["9", "", nik(date(1996, 6, 6), "L", 9), "", "", "", "", "Kab. Antah", "", "@SUM(1)"],
]  # fmt: skip


def workbook(path, rows, header=HEADER, title=True):
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["DAFTAR PENDAFTAR PELATIHAN 2026"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path
