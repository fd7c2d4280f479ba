"""The province receiving its BLKs' files: sync workbooks are merged, monthly reports are
logged, and every file accepted is written in the province's log of submissions (which BLK,
which month, what kind, when, from which file) for the submissions board.

A monthly report is logged only when it carries its BLK's signature (report_signature) and the
key that made it is the one the province trusts for that BLK (merge.check_key, as for a sync
file: pinned on the BLK's first file, a retired key only for what it signed in its time). An
unsigned report (BLKDesk before 2026-12, or not made by BLKDesk), one edited after the export,
or one signed by any other key is refused with the reason: otherwise anyone could send a report
in a registered BLK's name and have it logged as received.

This wraps the merge rather than living inside it: the merge knows nothing of the province's
book-keeping, and a file the merge rejects is never logged as received.
"""

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from python_calamine import CalamineWorkbook
from sqlalchemy import select

from blkdesk.core.clock import MONTHS_ID, utcnow
from blkdesk.core.errors import BlkError
from blkdesk.core.failures import explain
from blkdesk.core.models import Institution, RegisteredBlk
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.province import blks, submissions
from blkdesk.core.province.gaps import Gap
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.db import Database
from blkdesk.exchange.merge import (
    CLOCK_SLACK,
    SYNC_MAX_BYTES,
    SYNC_MAX_UNCOMPRESSED,
    Manifest,
    MergeReport,
    Rejected,
    check_key,
    merge_files,
    open_workbook,
    unreadable_rejected,
)
from blkdesk.exchange.report_signature import is_signed_report, verify_report
from blkdesk.exchange.sheet_extent import check_reach, sheet_parts
from blkdesk.exchange.sync_format import MANIFEST, file_sha256
from blkdesk.exchange.xlsx_guard import check_xlsx

INFO = "Info"
INFO_ROWS = 1000
_TITLE_MONTH = re.compile(r"(\w+)\s+(\d{4})\s*$")


@dataclass
class MonthlyReceipt:
    path: Path
    inst_code: str = ""
    institution_name: str = ""
    period: str = ""
    key_fingerprint: str = ""  # of the key that signed it
    reason: str = ""  # why it was refused; empty when it was logged
    duplicate: bool = False  # the same file was logged before


@dataclass
class IntakeReport:
    merge: MergeReport | None
    monthly: list[MonthlyReceipt] = field(default_factory=list)
    logged: int = 0  # submissions newly written to the log
    registered: list[str] = field(default_factory=list)  # BLK codes added to the list

    @property
    def failures(self) -> int:
        merged = self.merge.files if self.merge else []
        return sum(1 for f in merged if f.reason) + sum(1 for m in self.monthly if m.reason)

    def gaps_said(self) -> tuple[dict[str, list[Gap]], list[str]]:
        """The gaps of the BLKs these files came from, each in full, and the codes of the other
        BLKs whose data still has one. An officer receiving several files a month reads, each
        time, what concerns the files at hand; the other BLKs' gaps, unchanged by them, are
        named once and listed whole on Daftar BLK (and by `blkdesk followup`)."""
        found = self.merge.gaps if self.merge else {}
        merged = self.merge.files if self.merge else []
        sent = {f.institution_code for f in merged} | {m.inst_code for m in self.monthly}
        own = {code: gaps for code, gaps in found.items() if code in sent}
        return own, sorted(code for code in found if code not in sent)


def _is_sync(path: Path) -> bool:
    """A sync workbook has a Manifest sheet that does not say it is a monthly report; anything
    else is taken for a monthly report. A file that may not or cannot be opened is left to the
    merge, which says why it refuses it."""
    try:
        check_xlsx(path, max_bytes=SYNC_MAX_BYTES, max_uncompressed=SYNC_MAX_UNCOMPRESSED)
        if MANIFEST not in CalamineWorkbook.from_path(str(path)).sheet_names:
            return False
        return not is_signed_report(path)
    except Exception:  # the merge reports an unreadable file itself
        return True


def receive_files(
    db: Database,
    actor: Actor,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    received_at: datetime | None = None,
) -> IntakeReport:
    """Merge the sync workbooks among `paths`, log the monthly reports, and log every accepted
    file as a submission. `received_at` is for the demo's history; it defaults to now."""
    require(actor, Action.MERGE_SYNC)
    paths = [Path(p) for p in paths]
    sync_paths = [p for p in paths if _is_sync(p)]
    sync_set = set(sync_paths)
    report = IntakeReport(merge=None)
    if sync_paths:
        facts = {p: _facts(p) for p in sync_paths}
        report.merge = merge_files(db, actor, sync_paths, progress)
        with db.transaction() as session:
            for result in report.merge.files:
                made = facts.get(result.path)
                if result.reason or made is None:
                    continue
                made_at = made[0]
                logged = submissions.record(
                    session, actor, inst_code=result.institution_code,
                    period=submissions.sync_period(made_at), kind="sync",
                    file_name=result.path.name, sha256=made[1], made_at=made_at,
                    rows=result.rows, received_at=received_at,
                )  # fmt: skip
                report.logged += logged is not None
            report.registered = blks.fill_from_merged(session)
    for path in paths:
        if path not in sync_set:
            receipt = receive_monthly(db, actor, path, received_at=received_at)
            report.monthly.append(receipt)
            report.logged += not receipt.reason and not receipt.duplicate
    return report


def _facts(path: Path) -> tuple[datetime, str] | None:
    """(made_at, file SHA-256) of a sync workbook, or None when its manifest is unreadable
    (the merge then rejects it and says why)."""
    try:
        made_at = open_workbook(path).manifest.made_at
    except (Rejected, KeyError, ValueError):
        return None
    return made_at.replace(tzinfo=None), file_sha256(path)


def _info_facts(path: Path) -> dict[str, str]:
    parts = sheet_parts(path)
    book = CalamineWorkbook.from_path(str(path))
    if INFO not in book.sheet_names or INFO not in parts:
        raise Rejected(
            Sentence(
                "{name} bukan laporan bulanan BLKDesk maupun berkas sinkronisasi (tidak ada "
                "lembar Info atau Manifest).",
                name=path.name,
            )
        )
    with zipfile.ZipFile(path) as archive:
        # The Info sheet is a few dozen facts; a cell typed far away must not cost the province
        # its memory (see sheet_extent).
        check_reach(archive, parts[INFO], INFO, rows=INFO_ROWS, columns=26)
    facts: dict[str, str] = {}
    for row in book.get_sheet_by_name(INFO).to_python(skip_empty_area=False):
        if len(row) >= 2 and isinstance(row[0], str) and row[0]:
            facts.setdefault(row[0].strip(), str(row[1]).strip())
    return facts


def report_period(facts: dict[str, str]) -> str:
    """The month a monthly report covers: its 'Bulan laporan' (YYYY-MM), or else the month
    named at the end of its title ('Laporan Bulanan Pelatihan, Oktober 2026')."""
    stated = facts.get("Bulan laporan", "")
    if re.fullmatch(r"\d{4}-\d{2}", stated) and 1 <= int(stated[5:]) <= 12:
        return stated
    match = _TITLE_MONTH.search(facts.get("Laporan", ""))
    if match and match.group(1).capitalize() in MONTHS_ID:
        month = MONTHS_ID.index(match.group(1).capitalize()) + 1
        return f"{match.group(2)}-{month:02d}"
    raise Rejected(
        Sentence("Bulan laporan tidak terbaca di lembar Info; minta BLK mengekspor ulang.")
    )


def receive_monthly(
    db: Database, actor: Actor, path: Path, *, received_at: datetime | None = None
) -> MonthlyReceipt:
    """Log a BLK's monthly report as received (its figures arrive with the sync workbook)."""
    require(actor, Action.MERGE_SYNC)
    receipt = MonthlyReceipt(Path(path))
    try:
        check_xlsx(path)
        with unreadable_rejected():
            facts = _info_facts(path)
        code = facts.get("Kode lembaga", "").strip().upper()
        if not code:
            raise Rejected(Sentence("Lembar Info tidak mencantumkan kode lembaga."))
        receipt.inst_code = code
        manifest = _signed(path, code)
        receipt.key_fingerprint = manifest.fingerprint
        if facts.get("Cakupan", "").startswith("Konsolidasi"):
            raise Rejected(Sentence("Ini laporan konsolidasi provinsi, bukan laporan sebuah BLK."))
        receipt.institution_name = facts.get("Lembaga", code)
        receipt.period = report_period(facts)
        if receipt.period > f"{utcnow() + CLOCK_SLACK:%Y-%m}":
            year, month = receipt.period.split("-")
            raise Rejected(
                Sentence(
                    "Laporan ini untuk bulan {month}, yang belum tiba: bulan laporannya atau "
                    "tanggal komputer BLK salah. Laporan tidak dicatat; minta BLK mengekspor "
                    "ulang laporan bulan yang benar.",
                    month=f"{MONTHS_ID[int(month) - 1]} {year}",
                )
            )
        with db.transaction() as session:
            local = session.scalar(select(Institution.code).where(Institution.is_local))
            if code == local:
                raise Rejected(Sentence("Laporan ini dibuat oleh database ini sendiri."))
            known = session.scalar(
                select(RegisteredBlk.id).where(RegisteredBlk.code == code)
            ) or session.scalar(select(Institution.id).where(Institution.code == code))
            if known is None:
                raise Rejected(
                    Sentence(
                        "BLK {code} belum terdaftar di provinsi; tambahkan di daftar BLK atau "
                        "gabungkan dulu berkas sinkronisasinya.",
                        code=code,
                    )
                )
            # The key must be the BLK's: pinned now when this is the first file the province
            # has from it, as a first sync file would pin it.
            check_key(session, actor, manifest)
            logged = submissions.record(
                session, actor, inst_code=code, period=receipt.period, kind="monthly",
                file_name=receipt.path.name, sha256=file_sha256(path),
                received_at=received_at or utcnow(),
            )  # fmt: skip
            receipt.duplicate = logged is None
    except (BlkError, OSError) as exc:
        receipt.reason = explain(exc) or str(exc)  # an OSError always has its sentence
    return receipt


def _signed(path: Path, code: str) -> Manifest:
    """The report's Manifest, its signature and every sheet checked; Rejected saying why."""
    if MANIFEST not in CalamineWorkbook.from_path(str(path)).sheet_names:
        raise Rejected(
            Sentence(
                "Laporan {code} ini tidak bertanda tangan (dibuat BLKDesk versi lama atau bukan "
                "oleh BLKDesk), jadi tidak dapat dipastikan berasal dari BLK itu. Laporan tidak "
                "dicatat; minta BLK memperbarui BLKDesk lalu mengekspor ulang laporannya.",
                code=code,
            )
        )
    manifest = verify_report(path)
    if manifest.code != code:
        raise Rejected(
            Sentence(
                "Lembar Info menyebut lembaga {code}, tetapi laporan ditandatangani untuk "
                "{signed}. Laporan tidak dicatat.",
                code=code,
                signed=manifest.code,
            )
        )
    return manifest
