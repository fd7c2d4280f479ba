"""Every way personal data leaves the database, on paper or as a file, is audited where the UU PDP
disclosure report reads it.

The table below lists each such path: the module that prints or writes, and the audit rows it
leaves. A scan of ui/ and cli/ finds every call of a printing or exporting function, so a new
path that is not in the table (and so perhaps not audited) fails here. The paths themselves are
exercised where they are tested as a clerk uses them, each checking the report names it:
test_attendance_page (PDF, printer, Excel), test_training_ui (participant list PDF),
test_ui_placements (survey sheet), test_disclosures (record view, subject report, certificates
printed, monthly report, attendance CLI), test_disclosure_paths below (the rest).
"""

import ast
from pathlib import Path

from blkdesk.core.access import disclosures
from blkdesk.core.certification import certificates
from tests.support.batches import assessed_batch
from tests.support.disclosure_report import todays_disclosures

ROOT = Path(__file__).resolve().parents[1] / "blkdesk"

# Calls that put data on paper or in a file.
OUTPUT_CALLS = frozenset({
    "write_pdf", "printer_and_preview", "print_document", "export_xlsx", "write_survey",
    "write_xlsx", "write_text", "write_json", "export_monthly", "export_sync",
    "write_summary_pdf", "export_catalog", "save_pdf", "write_failed_rows",
})  # fmt: skip

# module → the (action, entity) audit rows its outputs leave, or why it holds no personal data.
PATHS: dict[str, set[tuple[str, str]] | str] = {
    "ui/screens/attendance/page.py": {("export", "attendance"), ("print", "attendance")},
    "ui/screens/attendance/printouts.py": {("export", "attendance"), ("print", "attendance")},
    "ui/screens/training/batch_detail.py": {("export", "participants"), ("print", "participants")},
    "ui/screens/certificates/print_jobs.py": {
        ("print", "certificate"),
        ("reprint", "certificate"),
        ("export_pdf", "certificate"),
    },
    "ui/screens/placements/follow_up_tab.py": {("export", "placement_survey")},
    "ui/screens/settings/privacy_tab.py": {
        ("subject_report", "trainee"),
        ("export", "breach_report"),
    },
    "ui/screens/reports/page.py": {("export", "monthly_report"), ("export", "sync_workbook")},
    "cli/commands/attendance.py": {("export", "attendance")},
    "cli/commands/certificates.py": {("export_pdf", "certificate")},
    "cli/commands/exchange.py": {("export", "monthly_report"), ("export", "sync_workbook")},
    "cli/commands/privacy.py": {("export", "breach_report")},
    # No personal data:
    "ui/screens/training/page.py": "the programme catalogue: programmes and units only",
    "cli/commands/catalog.py": "the programme catalogue: programmes and units only",
    "ui/recovery_key_dialog.py": "the recovery-key sheet: the BLK's name and a key",
    "cli/commands/safety.py": "the recovery-key sheet: the BLK's name and a key",
    "ui/screens/certificates/layout_dialog.py": "a certificate layout sample with made-up data",
    "ui/widgets/printing.py": "the printing helper itself; its callers are listed",
    "ui/crash.py": "a crash report, scrubbed of personal data (test_log_privacy)",
    "ui/screens/trainees/import_dialog.py": "the refused rows of the clerk's own import file: "
    "given back as they came, nothing from the database",
    "cli/commands/import_trainees.py": "the refused rows of the clerk's own import file: "
    "given back as they came, nothing from the database",
}
RECORDERS = ("record_export", "record_print", "record_prints", "record_pdf_export",
             "subject_report", "disclosures.build", "export_monthly", "export_sync",
             "disclosed(")  # fmt: skip


def _outputs(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in OUTPUT_CALLS:
                names.add(name)
    return names


def test_every_print_and_export_path_is_listed_and_audited():
    found = {}
    for folder in ("ui", "cli"):
        for path in (ROOT / folder).rglob("*.py"):
            calls = _outputs(path)
            if calls:
                found[str(path.relative_to(ROOT))] = calls
    unlisted = sorted(set(found) - set(PATHS))
    assert not unlisted, f"prints or writes data, not in PATHS: {unlisted}"
    for module, kinds in PATHS.items():
        if isinstance(kinds, str):
            continue
        assert kinds <= set(disclosures.DISCLOSING), (module, kinds - set(disclosures.DISCLOSING))
        source = (ROOT / module).read_text(encoding="utf-8")
        assert any(r in source for r in RECORDERS), f"{module} prints or writes unaudited"


def test_every_disclosing_kind_reaches_the_report(db, admin, tmp_path):
    """The audit rows each path leaves, made through the services those paths call, all come
    back out of the report with their words."""
    built = assessed_batch(db, participants=2)
    certificates.issue_for_batch(db, admin, built.id)
    with db.transaction() as s:  # as `blkdesk certificates` and Simpan PDF do after writing
        certificates.record_pdf_export(s, admin, certificates.printable_ids(s, built.id))
    with db.transaction() as s:
        uuid = disclosures.batch_uuid(s, built.id)
        disclosures.record_print(s, admin, "attendance", uuid, "Epson L3110", "rekap kehadiran")
        disclosures.record_print(s, admin, "participants", uuid, "Epson L3110", "daftar peserta")
        disclosures.record_export(s, admin, "participants", uuid, tmp_path / "p.pdf", "daftar")
    report = todays_disclosures(db)
    whats = {what for what, _detail in report}
    assert "menyimpan sertifikat sebagai PDF" in whats
    assert {"mencetak daftar hadir", "mencetak daftar peserta", "menyimpan daftar peserta"} <= whats
    printed = [d for w, d in report if w == "mencetak daftar peserta"]
    assert printed == ["angkatan Angkatan 1/2026; daftar peserta; printer Epson L3110"]
