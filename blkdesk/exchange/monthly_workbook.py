"""The monthly report as a workbook a province officer reads: Rekap, Peserta, Kehadiran,
Sertifikat, Penempatan and Info, with styled frozen headers, typed cells, NIK as text, and
jumlah rows written as formulas whose stored results equal the figures; then a Manifest signed
with the BLK's key, as the sync workbook's (see report_signature)."""

import io
import json
import textwrap
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from blkdesk import __version__
from blkdesk.core import audit
from blkdesk.core.certification.signing import fingerprint
from blkdesk.core.clock import format_date, format_datetime_local
from blkdesk.core.models import ExportLog
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.refdata import OUTCOMES
from blkdesk.core.sentences import Sentence
from blkdesk.core.statuses import CertificateStatus, EnrollmentStatus
from blkdesk.core.storage.db import Database
from blkdesk.exchange.monthly_report import (
    Column,
    MonthlyReport,
    ParticipantLine,
    RekapRow,
    build_report,
)
from blkdesk.exchange.report_signature import digests_of, signed_manifest
from blkdesk.exchange.sync_export import ExportFailed
from blkdesk.exchange.sync_format import MANIFEST, file_sha256
from blkdesk.exchange.xlsx_safety import SafeWorkbook, SafeWriter, quoted, show_nik, xlsx_file

NAVY = "#1F3A5F"
PALE = "#E8EEF5"
SUBTOTAL_FILL = "#F3F6FA"
DATE_FORMAT = "[$-421]d mmmm yyyy"  # 17 Agustus 2025, whatever the reader's locale
PRINT_SCALE = 60
# Default-width characters across an A4 landscape page at 100 %, inside the default margins.
A4_LANDSCAPE_CHARS = 94
COUNT_FORMAT = '#,##0;-#,##0;"–"'
# Points per line of the default 11-point font: a wrapped Rekap name gets this much per line.
LINE_HEIGHT = 15


class _Formats:
    def __init__(self, book: Any) -> None:
        add = book.add_format
        border = {"border": 1, "border_color": "#B7C4D4"}
        self.title = add({"bold": True, "font_size": 14, "font_color": NAVY})
        self.subtitle = add({"italic": True, "font_color": "#555555"})
        head = {"bold": True, "font_color": "#FFFFFF", "bg_color": NAVY, "align": "center",
                "valign": "vcenter", "text_wrap": True, **border}  # fmt: skip
        self.head = add(head)
        self.head_quoted = quoted(book, head)
        self.sub = add({**head, "bg_color": "#3C5A80"})
        self.text = add(border)
        self.text_quoted = quoted(book, border)
        # Bottom-aligned like the figures, so a wrapped name ends on the line of its numbers.
        name = {**border, "text_wrap": True}
        self.name = add(name)
        self.name_quoted = quoted(book, name)
        self.nik = add({**border, "num_format": "@"})
        self.nik_quoted = quoted(book, {**border, "num_format": "@"})
        self.int = add({**border, "num_format": "#,##0"})
        # In the Rekap a zero shows as a dash, so the figures that matter stand out.
        self.count = add({**border, "num_format": COUNT_FORMAT})
        self.formula = add({**border, "num_format": COUNT_FORMAT, "bg_color": PALE})
        self.date = add({**border, "num_format": DATE_FORMAT, "align": "left"})
        self.percent = add({**border, "num_format": "0.0%"})
        sub = {**border, "bold": True, "bg_color": SUBTOTAL_FILL}
        self.sub_label = add(sub)
        self.sub_label_quoted = quoted(book, sub)
        self.sub_int = add({**sub, "num_format": COUNT_FORMAT})
        total = {**border, "bold": True, "bg_color": "#D6E0EC", "top": 2}
        self.total_label = add(total)
        self.total_int = add({**total, "num_format": COUNT_FORMAT})
        self.key = add({"bold": True, "valign": "top"})
        self.key_wrap = add({"bold": True, "valign": "top", "text_wrap": True})
        self.wrap = add({"text_wrap": True, "valign": "top"})
        self.wrap_quoted = quoted(book, {"text_wrap": True, "valign": "top"})


def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _table(
    book: Any,
    fmt: _Formats,
    name: str,
    title: str,
    subtitle: str,
    headers: list[tuple[str, float, str]],
    rows: Iterable[list[Any]],
) -> None:
    """A list sheet: title, a styled frozen header, typed cells. Header kinds: text, nik,
    int, date, percent."""
    ws = book.add_worksheet(name)
    ws.write_string(0, 0, title, fmt.title)
    ws.write_string(1, 0, subtitle, fmt.subtitle)
    writer = SafeWriter(ws, fmt.text, fmt.text_quoted)
    nik_writer = SafeWriter(ws, fmt.nik, fmt.nik_quoted)
    head = SafeWriter(ws, fmt.head, fmt.head_quoted)
    for c, (header, width, _kind) in enumerate(headers):
        head.text(3, c, header)
        ws.set_column(c, c, width)
    ws.set_row(3, 30)
    r = 3
    for r, cells in enumerate(rows, start=4):
        for c, ((_h, _w, kind), value) in enumerate(zip(headers, cells, strict=True)):
            if value is None or value == "":
                ws.write_blank(r, c, None, fmt.text)
            elif kind == "nik":
                nik_writer.text(r, c, str(value))
            elif kind == "int":
                ws.write_number(r, c, value, fmt.int)
            elif kind == "date":
                ws.write_datetime(r, c, value, fmt.date)
            elif kind == "percent":
                ws.write_number(r, c, value / 100, fmt.percent)
            else:
                writer.text(r, c, str(value))
    ws.freeze_panes(4, 0)
    if r > 3:
        ws.autofilter(3, 0, r, len(headers) - 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(3)


def _write_rekap(
    book: Any, fmt: _Formats, report: MonthlyReport, by_vocation: bool = False
) -> None:
    """The Rekap sheet: per BLK (consolidated) or per vocation of one BLK. `by_vocation` on a
    consolidated report gives the province's second view, Rekap Kejuruan: each vocation once,
    with every BLK's programmes in it and how many BLKs teach it (vocations match by name,
    which every BLK takes from the same standard list)."""
    ws = book.add_worksheet("Rekap Kejuruan" if by_vocation else "Rekap")
    labels = (["Kejuruan", "Lembaga", "Program pelatihan"] if by_vocation
              else ["Lembaga", "Kejuruan", "Program pelatihan"] if report.consolidated
              else ["Kejuruan", "Program pelatihan"])  # fmt: skip
    n_labels = len(labels)
    scope = (f"Konsolidasi {len(report.institutions)} lembaga" if report.consolidated
             else report.institution.name)  # fmt: skip
    heading = "REKAP PER KEJURUAN" if by_vocation else "REKAP PELATIHAN"
    ws.write_string(0, 0, f"{heading} BULAN {report.period_label.upper()}", fmt.title)
    ws.write_string(
        1, 0,
        f"{scope} · periode {format_date(report.first)} – {format_date(report.last)}",
        fmt.subtitle,
    )  # fmt: skip
    head = SafeWriter(ws, fmt.head, fmt.head_quoted)
    top, sub_row = 3, 4
    for c, label in enumerate(labels):
        ws.merge_range(top, c, sub_row, c, label, fmt.head)
    c = n_labels
    positions: dict[str, int] = {}
    for group in report.groups:
        span = len(group.columns)
        if span > 1:
            ws.merge_range(top, c, top, c + span - 1, group.title, fmt.head)
        else:
            head.text(top, c, group.title)
        for col in group.columns:
            ws.write_string(sub_row, c, col.header, fmt.sub)
            positions[col.key] = c
            c += 1
    ws.set_row(top, 32)
    ws.set_row(sub_row, 20)
    # The names wrap inside their columns rather than widen them: the label columns repeat on
    # every printed page, so a wider one would push the column groups onto more pages.
    names = SafeWriter(ws, fmt.name, fmt.name_quoted)
    widths = [24, 22, 28] if report.consolidated else [24, 28]
    sub_label = SafeWriter(ws, fmt.sub_label, fmt.sub_label_quoted)
    r = sub_row + 1
    first_data = r
    columns = report.columns

    def write_values(row_index: int, row: RekapRow) -> None:
        for col in columns:
            cc = positions[col.key]
            value = report.value(row, col)
            if col.adds:
                cells = [f"{_col(positions[k])}{row_index + 1}" for k in col.adds]
                formula = "=" + "+".join(cells) if cells else "=0"
                ws.write_formula(row_index, cc, formula, fmt.formula, value)
            else:
                ws.write_number(row_index, cc, value, fmt.count)

    groups: dict[str, list[RekapRow]] = defaultdict(list)
    if by_vocation:
        for row in sorted(report.rows, key=lambda x: (x.vocation, x.group, x.program)):
            groups[row.vocation].append(row)
    else:
        for row in report.rows:
            groups[row.group].append(row)
    for group_name, members in groups.items():
        start = r
        for row in members:
            lines = 1
            if by_vocation:
                cells = [row.vocation, row.group, row.program]
            else:
                cells = [row.group, row.vocation, row.program][-n_labels:]
            for i, (text, width) in enumerate(zip(cells, widths, strict=True)):
                names.text(r, i, text)
                lines = max(lines, _wrapped_lines(text, width))
            if lines > 1:
                ws.set_row(r, LINE_HEIGHT * lines)
            write_values(r, row)
            r += 1
        end = r - 1
        if n_labels > 1:
            ws.merge_range(r, 0, r, n_labels - 1, "", fmt.sub_label)
        blks = len({m.group for m in members})
        sub_label.text(r, 0, f"Jumlah {group_name} ({blks} BLK)" if by_vocation
                       else f"Jumlah {group_name}")  # fmt: skip
        for col in columns:
            cc = positions[col.key]
            total = sum(report.value(m, col) for m in members)
            ref = f"{_col(cc)}{start + 1}:{_col(cc)}{end + 1}"
            ws.write_formula(r, cc, f"=SUBTOTAL(9,{ref})", fmt.sub_int, total)
        r += 1
    totals = report.totals
    if n_labels > 1:
        ws.merge_range(r, 0, r, n_labels - 1, "", fmt.total_label)
    ws.write_string(r, 0, "JUMLAH SELURUHNYA", fmt.total_label)
    for col in columns:
        cc = positions[col.key]
        # SUBTOTAL skips the group subtotals inside the range, so each record counts once.
        ref = f"{_col(cc)}{first_data + 1}:{_col(cc)}{max(r, first_data + 1)}"
        ws.write_formula(r, cc, f"=SUBTOTAL(9,{ref})", fmt.total_int, totals[col.key])
    total_row = r
    ws.freeze_panes(sub_row + 1, n_labels)
    for i, width in enumerate(widths):
        ws.set_column(i, i, width)
    for col in columns:
        ws.set_column(positions[col.key], positions[col.key], _rekap_width(col))
    ws.set_row(sub_row, 45)
    note = total_row + 2
    ws.write_string(
        note, 0,
        "Definisi setiap angka ada di lembar Info. Baris jumlah adalah rumus (SUBTOTAL).",
        fmt.subtitle,
    )  # fmt: skip
    ws.set_landscape()
    ws.set_paper(9)
    # Some fifty columns: on paper they go on several A4 pages across, each with the programme
    # names repeated and no column group cut in two. A fixed scale, because fitting to a page
    # width would ignore these breaks.
    ws.set_print_scale(PRINT_SCALE)
    ws.set_v_pagebreaks(_page_breaks(report, positions, sum(widths)))
    ws.repeat_rows(top, sub_row)
    ws.repeat_columns(0, n_labels - 1)


def _wrapped_lines(text: str, width: float) -> int:
    """Lines `text` takes in a wrapped column `width` digits wide. A name's letters are on
    average narrower than a digit, so one character per digit counts a line too many rather
    than one too few: a spare line of height, never a cut name."""
    return max(1, len(textwrap.wrap(text, int(width))))


def _rekap_width(col: Column) -> float:
    if col.key in ("batches", "disability"):
        return 9
    if col.key.startswith("place_"):
        return 10.5
    if col.key.startswith(("edu_", "cert_", "pmi_")) and not col.adds:
        return 8
    return 6.5


def _page_breaks(report: MonthlyReport, positions: dict[str, int], labels: float) -> list[int]:
    """Columns where a printed page starts: whole groups packed onto A4 landscape pages."""
    page = A4_LANDSCAPE_CHARS * 100 / PRINT_SCALE
    breaks: list[int] = []
    used = labels
    for group in report.groups:
        width = sum(_rekap_width(c) for c in group.columns)
        if used + width > page and used > labels:
            breaks.append(positions[group.columns[0].key])
            used = labels
        used += width
    return breaks


def _status_label(line: ParticipantLine, first: date, last: date) -> str:
    if line.status == EnrollmentStatus.WITHDRAWN:
        return "Mengundurkan diri"
    if line.end is not None and first <= line.end <= last:
        return "Selesai"
    if first <= line.start <= last:
        return "Baru"
    return "Aktif"


def write_report(report: MonthlyReport, path: Path, *, mask_nik: bool = False) -> None:
    """The workbook at `path`, signed with this institution's key, written whole or not at all.

    The sheets are written twice: first in memory, to hash them as the province will read them
    back (report_signature.sheet_digests), then to `path` with the signed Manifest after them.
    Hashing what was read back, not what was meant to be written, leaves no writer detail
    (escaping, how a date or a double is stored) for the two sides to disagree on."""
    inst = report.institution
    if inst.private_key is None:
        raise ExportFailed(
            Sentence("Lembaga ini belum punya kunci tanda tangan; jalankan penyiapan awal.")
        )
    memory = io.BytesIO()
    draft = SafeWorkbook(memory, {"in_memory": True})
    _write_sheets(draft, report, mask_nik)
    draft.close()
    rows = signed_manifest(
        inst, report.first.strftime("%Y-%m"), report.made_at, digests_of(memory.getvalue())
    )
    with xlsx_file(path) as book:
        _write_sheets(book, report, mask_nik)
        _write_manifest(book, rows)


def _write_manifest(book: Any, rows: list[list[str]]) -> None:
    ws = book.add_worksheet(MANIFEST)
    bold = book.add_format({"bold": True})
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            # The signature and the key are base64, which may start with "+": text, always.
            ws.write_string(r, c, text, bold if c == 0 else None)
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 2, 68)


def _write_sheets(book: SafeWorkbook, report: MonthlyReport, mask_nik: bool) -> None:
    book.set_properties({"title": f"Laporan Bulanan {report.period_label}",
                         "company": report.institution.name,
                         "comments": f"BLKDesk {__version__}"})  # fmt: skip
    fmt = _Formats(book)
    _write_rekap(book, fmt, report)
    if report.consolidated:
        _write_rekap(book, fmt, report, by_vocation=True)
    scope = report.institution.name
    period = f"{scope} · {report.period_label}"
    inst_col = [("Lembaga", 26, "text")] if report.consolidated else []

    def inst(value: str) -> list[str]:
        return [value] if report.consolidated else []

    nik = "NIK (disamarkan)" if mask_nik else "NIK"
    # A masked NIK hides the birth date; so does a masked file (the age is what is counted).
    born_col = [] if mask_nik else [("Tanggal lahir", 17, "date")]

    def born(value: date | None) -> list[date | None]:
        return [] if mask_nik else [value]

    _table(
        book, fmt, "Peserta", f"PESERTA AKTIF BULAN {report.period_label.upper()}", period,
        [("No", 5, "int"), *inst_col, (nik, 19, "nik"), ("Nama", 28, "text"), ("L/P", 5, "text"),
         *born_col, ("Usia", 6, "int"), ("Pendidikan", 24, "text"),
         ("Disabilitas", 11, "text"), ("Calon PMI (tujuan)", 16, "text"),
         ("Kejuruan", 16, "text"), ("Program", 28, "text"), ("Angkatan", 16, "text"),
         ("Mulai", 17, "date"), ("Selesai", 17, "date"), ("Status", 16, "text"),
         ("Hasil", 15, "text")],
        (
            [i, *inst(p.institution), show_nik(p.nik, masked=mask_nik), p.name, p.sex,
             *born(p.birth_date), p.age, p.education, p.disability, p.pmi_destination, p.vocation,
             p.program, p.batch, p.start, p.end, _status_label(p, report.first, report.last),
             OUTCOMES.get(p.outcome, p.outcome)]
            for i, p in enumerate(report.participants, start=1)
        ),
    )  # fmt: skip
    _table(
        book, fmt, "Kehadiran",
        f"KEHADIRAN PESERTA S.D. {format_date(report.last).upper()}", period,
        [("No", 5, "int"), *inst_col, (nik, 19, "nik"), ("Nama", 28, "text"),
         ("Program", 28, "text"), ("Angkatan", 16, "text"), ("Hari latihan", 9, "int"),
         ("Hari berjalan", 9, "int"), ("Hadir", 7, "int"), ("Izin", 7, "int"),
         ("Sakit", 7, "int"), ("Alpa", 7, "int"), ("Kehadiran s.d. akhir bulan", 12, "percent"),
         ("Kehadiran dari seluruh hari", 12, "percent")],
        (
            [i, *inst(a.participant.institution), show_nik(a.participant.nik, masked=mask_nik),
             a.participant.name, a.participant.program, a.participant.batch, a.days_total,
             a.days_held, a.counts.get("H", 0), a.counts.get("I", 0), a.counts.get("S", 0),
             a.counts.get("A", 0), a.percent_so_far, a.percent_of_all]
            for i, a in enumerate(report.attendance, start=1)
        ),
    )  # fmt: skip
    _table(
        book, fmt, "Sertifikat", f"SERTIFIKAT TERBIT DAN DIBATALKAN, {report.period_label.upper()}",
        period,
        [("No", 5, "int"), *inst_col, ("Nomor", 30, "text"), ("Jenis", 16, "text"),
         (nik, 19, "nik"), ("Nama", 28, "text"), ("Program", 28, "text"),
         ("Angkatan", 16, "text"), ("Terbit", 17, "date"), ("Status", 12, "text"),
         ("Dibatalkan", 17, "date"), ("Alasan pembatalan", 30, "text")],
        (
            [i, *inst(c.institution), c.number,
             "Sertifikat" if c.kind == "sertifikat" else "Surat keterangan",
             show_nik(c.nik, masked=mask_nik), c.name, c.program, c.batch, c.issued_on,
             "Berlaku" if c.status == CertificateStatus.ISSUED else "Dibatalkan", c.voided_on,
             c.void_reason]
            for i, c in enumerate(report.certificates, start=1)
        ),
    )  # fmt: skip
    _table(
        book, fmt, "Penempatan", f"PENEMPATAN DICATAT, {report.period_label.upper()}", period,
        [("No", 5, "int"), *inst_col, (nik, 19, "nik"), ("Nama", 28, "text"),
         ("Program", 28, "text"), ("Hasil", 22, "text"), ("Negara", 14, "text"),
         ("Perusahaan / usaha", 26, "text"), ("Sektor", 18, "text"),
         ("Mulai bekerja", 17, "date"), ("Dicatat", 17, "date"), ("Sumber", 14, "text")],
        (
            [i, *inst(p.institution), show_nik(p.nik, masked=mask_nik), p.name, p.program,
             p.outcome, p.destination, p.employer, p.sector, p.start_date, p.recorded_on,
             p.source]
            for i, p in enumerate(report.placements, start=1)
        ),
    )  # fmt: skip
    _write_info(book, fmt, report, mask_nik)


DEFINITIONS = (
    ("Angkatan berjalan", "Angkatan yang masa pelatihannya beririsan dengan bulan laporan."),
    ("Peserta aktif", "Peserta (lulus seleksi) pada angkatan berjalan, termasuk yang "
     "mengundurkan diri pada atau setelah tanggal 1 bulan laporan."),
    ("Peserta baru", "Peserta aktif yang angkatannya mulai pada bulan laporan."),
    ("Selesai pelatihan", "Peserta aktif (tidak mengundurkan diri) yang angkatannya berakhir "
     "pada bulan laporan."),
    ("Lulus / Surat keterangan / Tidak lulus", "Keputusan kelulusan peserta yang selesai "
     "(Permenaker 6/2025 Pasal 33); keputusan yang diubah pimpinan yang dihitung."),
    ("Usia", "Usia peserta aktif pada hari terakhir bulan laporan."),
    ("Pendidikan", "Pendidikan terakhir peserta aktif menurut KK, dikelompokkan."),
    ("Calon PMI", "Peserta aktif yang tercatat sebagai calon pekerja migran, menurut negara "
     "tujuan."),
    ("Sertifikat terbit", "Sertifikat dan surat keterangan yang terbit pada bulan laporan "
     "dan masih berlaku."),
    ("Penempatan dicatat", "Penempatan (status setelah pelatihan) yang dicatat pada bulan "
     "laporan, menurut hasilnya."),
    ("Kehadiran", "Hari hadir (H) dibagi hari latihan; izin dan sakit tetap dihitung tidak "
     "hadir."),
)  # fmt: skip


def _write_info(book: Any, fmt: _Formats, report: MonthlyReport, mask_nik: bool) -> None:
    ws = book.add_worksheet("Info")
    inst = report.institution
    writer = SafeWriter(ws, fmt.wrap, fmt.wrap_quoted)
    facts = [
        ("Laporan", f"Laporan Bulanan Pelatihan, {report.period_label}"),
        ("Lembaga", inst.name),
        ("Kode lembaga", inst.code),
        # Read back by the province when it logs the report as received.
        ("Bulan laporan", report.first.strftime("%Y-%m")),
        ("Alamat", inst.address),
        ("Kepala", inst.head_name),
        ("NIP kepala", inst.head_nip),
        ("Periode", f"{format_date(report.first)} – {format_date(report.last)}"),
        (
            "Cakupan",
            ("Konsolidasi: " + "; ".join(report.institutions))
            if report.consolidated
            else inst.name,
        ),
        ("Dibuat", format_datetime_local(report.made_at)),
        ("Aplikasi", f"BLKDesk {__version__}"),
        (
            "Sidik jari kunci",
            (fingerprint(inst.public_key) if inst.public_key else "–")
            + " (kunci yang menandatangani laporan ini dan berkas sinkronisasi; cocokkan lewat "
            "telepon)",
        ),
        (
            "Tanda tangan",
            "Lembar Manifest: provinsi menolak laporan ini bila ada sel yang diubah setelah "
            "diekspor. Membuka lalu menyimpannya lagi tanpa mengubah isinya tidak apa-apa.",
        ),
        (
            "NIK",
            "Disamarkan (tanggal lahir dan nomor urut disembunyikan; peserta tercatat dengan "
            "usianya, tanpa tanggal lahir)"
            if mask_nik
            else "Lengkap: dokumen ini memuat data pribadi (UU 27/2022), jaga kerahasiaannya.",
        ),
    ]
    ws.write_string(0, 0, "INFORMASI LAPORAN", fmt.title)
    r = 2
    for key, value in facts:
        ws.write_string(r, 0, key, fmt.key)
        writer.text(r, 1, value)
        ws.set_row(r, 15 * max(1, -(-len(value) // 95)))
        r += 1
    r += 1
    ws.write_string(r, 0, "Definisi", fmt.title)
    r += 1
    for key, value in DEFINITIONS:
        ws.write_string(r, 0, key, fmt.key_wrap)
        ws.write_string(r, 1, value, fmt.wrap)
        # Spreadsheets do not grow wrapped rows of a generated file: give long ones room.
        ws.set_row(r, 15 * max(-(-len(value) // 95), -(-len(key) // 34)))
        r += 1
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 95)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


@dataclass(frozen=True)
class MonthlyExport:
    path: Path
    report: MonthlyReport
    sha256: str


def export_monthly(
    db: Database,
    actor: Actor,
    month: date,
    path: Path,
    *,
    mask_nik: bool = False,
    report: MonthlyReport | None = None,
    progress: Progress | None = None,
) -> MonthlyExport:
    """Write the monthly report (reusing a previewed `report` when given) and log the export."""
    require(actor, Action.EXPORT_REPORTS)
    # Someone who may not see full NIKs on screen does not get them in a file either.
    mask_nik = mask_nik or not actor.can(Action.VIEW_FULL_NIK)
    path = Path(path)
    if progress:
        progress.update(0, 2, "Menghitung rekap…")
    if report is None:
        with db.session() as session:
            report = build_report(session, month)
    if progress:
        progress.check()
        progress.update(1, 2, "Menulis berkas…")
    write_report(report, path, mask_nik=mask_nik)
    digest = file_sha256(path)
    period = report.first.strftime("%Y-%m")
    counts = {"peserta": len(report.participants), "sertifikat": len(report.certificates),
              "penempatan": len(report.placements)}  # fmt: skip
    with db.transaction() as session:
        session.add(ExportLog(user_name=actor.name, kind="monthly", period=period,
                              path=str(path.resolve()), sha256=digest,
                              row_counts=json.dumps(counts)))  # fmt: skip
        audit.record(
            session, actor, "export", "monthly_report", report.institution.code,
            {"period": [None, period], "path": [None, str(path)], "sha256": [None, digest],
             "nik_masked": [None, mask_nik]},
        )  # fmt: skip
    return MonthlyExport(path, report, digest)
