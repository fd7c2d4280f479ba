"""The sync file cannot be forged, truncated or blocked: signed Manifests and pinned keys,
continuation sheets past the row limit, text that no spreadsheet program changes, and a merge
order that every legal sequence of BLK actions survives."""

import base64
import subprocess
import time
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select, update

from blkdesk.cli import main
from blkdesk.core.access import privacy
from blkdesk.core.certification import certificates, verification
from blkdesk.core.certification.signing import Claim, fingerprint, generate_keypair, sign_claim
from blkdesk.core.clock import format_date
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import (
    AttendanceMark,
    AuditEvent,
    Batch,
    Certificate,
    ExportLog,
    Institution,
    PinnedKey,
    Trainee,
    TrainingDay,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.province import keys
from blkdesk.core.storage import database_backup, restore
from blkdesk.exchange import merge, sync_export, sync_format, sync_keys
from blkdesk.exchange.sync_format import SheetHasher
from blkdesk.exchange.xlsx_safety import EscapingWorksheet
from tests.support.exchange_data import build, dump, new_blk, new_province

ADMIN = Actor("admin", Role.ADMIN)
TRICKY = ["_xe_ tanda", "a_x0041_b", "_X1F_", "x_x005F_y", "_x_", "_x12345678_", "__xA__"]


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    build(db, names=dict(enumerate(TRICKY)))
    yield db
    db.dispose()


def _full(db, path):
    return sync_export.export_sync(db, ADMIN, path, full=True).path


def _merge_ok(province, *paths):
    report = merge.merge_files(province, ADMIN, list(paths))
    assert [f.reason for f in report.files] == [""] * len(paths)
    return report.files


# ---- signing and pinning ----------------------------------------------------------------------


def test_the_first_merge_pins_the_key_and_reports_its_fingerprint(blk, province, tmp_path):
    (result,) = _merge_ok(province, _full(blk, tmp_path / "a.xlsx"))
    with blk.session() as s:
        own = sync_keys.own_fingerprint(s)
    assert result.key_fingerprint == own and len(own) == 39
    assert result.institution_code == "PDG" and result.period and result.made_at
    with province.session() as s:
        pin = s.scalar(select(PinnedKey))
        assert (pin.inst_code, pin.fingerprint, pin.pinned_by) == ("PDG", own, "admin")
        assert s.scalar(select(AuditEvent.action).where(AuditEvent.entity == "pinned_key")) == (
            "pin_key"
        )


def _forge_trainee(source, target, *, resign=None):
    """What an attacker with the file and the source can do: change a trainee, recompute the
    sheet's SHA-256 in the Manifest, and (with `resign`) sign the Manifest with their own key."""
    book = openpyxl.load_workbook(source)
    ws = book["trainee"]
    headers = [c.value for c in ws[1]]
    row = ws[4]
    row[headers.index("name")].value = "Nama Palsu"
    row[headers.index("phone")].value = "+6289999999999"
    row[headers.index("updated_at")].value = "2030-01-01 00:00:00"
    hasher = SheetHasher()
    for cells in ws.iter_rows(values_only=True):
        hasher.row(["" if v is None else str(v) for v in cells])
    manifest = book["Manifest"]
    rows = [[("" if c.value is None else str(c.value)) for c in r] for r in manifest.iter_rows()]
    for r, cells in enumerate(rows, start=1):
        if cells[0] == "trainee" and len(cells) > 2 and cells[2]:
            manifest.cell(r, 3).value = hasher.hexdigest()
    if resign is not None:
        private, public = resign
        encoded = base64.b64encode(public).decode()
        for r, cells in enumerate(rows, start=1):
            if cells[0] == "public_key":
                manifest.cell(r, 2).value = encoded
            if cells[0] == "key_fingerprint":
                manifest.cell(r, 2).value = fingerprint(public)
        inst = book["institution"]
        at = [c.value for c in inst[1]].index("public_key") + 1
        inst.cell(2, at).value = encoded
        from blkdesk.core.certification.signing import sign_bytes
        from blkdesk.exchange.sync_format import manifest_message

        signed = []
        for r in manifest.iter_rows():
            cells = ["" if c.value is None else str(c.value) for c in r]
            if cells[0] == "signature":
                sig_row = r[0].row
                break
            signed.append(cells)
        # The institution sheet changed too: its hash must follow.
        inst_hash = SheetHasher()
        for cells in inst.iter_rows(values_only=True):
            inst_hash.row(["" if v is None else str(v) for v in cells])
        for i, cells in enumerate(signed):
            if cells[0] == "institution" and len(cells) > 2 and cells[2]:
                manifest.cell(i + 1, 3).value = inst_hash.hexdigest()
                cells[2] = inst_hash.hexdigest()
        manifest.cell(sig_row, 2).value = base64.b64encode(
            sign_bytes(private, manifest_message(signed))
        ).decode()
    book.save(target)


def test_a_forged_file_with_recomputed_hashes_is_refused_whole(blk, province, tmp_path):
    original = _full(blk, tmp_path / "a.xlsx")
    _merge_ok(province, original)
    forged = tmp_path / "forged.xlsx"
    _forge_trainee(original, forged)
    before = dump(province, "PDG")
    (result,) = merge.merge_files(province, ADMIN, [forged]).files
    assert result.reason.startswith("Tanda tangan Manifest tidak sah")
    # Nothing an unsigned Manifest claims is repeated, not even its institution.
    assert result.institution_code == "" and not result.sheets
    assert dump(province, "PDG") == before
    # Into an empty province too: nothing is pinned and nothing is written.
    empty = new_province(tmp_path / "kosong")
    (result,) = merge.merge_files(empty, ADMIN, [forged]).files
    assert result.reason.startswith("Tanda tangan Manifest tidak sah")
    with empty.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0
        assert s.scalar(select(func.count()).select_from(PinnedKey)) == 0
    empty.dispose()


def test_a_sheet_changed_after_export_is_found_while_merging_and_nothing_is_kept(blk, tmp_path):
    original = _full(blk, tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(original)
    sheet = book["attendance_mark"]
    at = [c.value for c in sheet[1]].index("code") + 1
    sheet.cell(sheet.max_row, at).value = "H" if sheet.cell(sheet.max_row, at).value != "H" else "A"
    book.save(tmp_path / "diubah.xlsx")
    empty = new_province(tmp_path / "kosong")
    (result,) = merge.merge_files(empty, ADMIN, [tmp_path / "diubah.xlsx"]).files
    assert "tidak cocok dengan kode pengamannya" in result.reason
    # Read in one pass with the merge: the tables merged before the changed one are rolled back
    # with it, and the key is not pinned.
    with empty.session() as s:
        for model in (Institution, Trainee, Batch, TrainingDay, PinnedKey):
            assert s.scalar(select(func.count()).select_from(model)) == (model is Institution)
    empty.dispose()


def test_a_file_re_signed_with_another_key_is_refused_with_both_fingerprints(
    blk, province, tmp_path
):
    original = _full(blk, tmp_path / "a.xlsx")
    _merge_ok(province, original)
    forged = tmp_path / "resigned.xlsx"
    attacker = generate_keypair()
    _forge_trainee(original, forged, resign=attacker)
    before = dump(province, "PDG")
    (result,) = merge.merge_files(province, ADMIN, [forged]).files
    assert result.key_refused
    assert fingerprint(attacker[1]) in result.reason and result.pinned_fingerprint in result.reason
    assert "ditolak seluruhnya" in result.reason
    assert dump(province, "PDG") == before


def _rekey(db):
    private, public = generate_keypair()
    with db.transaction() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        inst.private_key, inst.public_key = private, public
    return fingerprint(public)


def test_a_province_admin_accepts_a_new_key_explicitly_and_it_is_audited(blk, province, tmp_path):
    _merge_ok(province, _full(blk, tmp_path / "a.xlsx"))
    with province.session() as s:
        old = s.scalar(select(PinnedKey.fingerprint))
    new = _rekey(blk)
    with blk.transaction() as s:
        s.scalar(select(Trainee).order_by(Trainee.id).limit(1)).name = "Setelah Pasang Ulang"
    rekeyed = sync_export.export_sync(blk, ADMIN, tmp_path / "b.xlsx").path
    (refused,) = merge.merge_files(province, ADMIN, [rekeyed]).files
    assert refused.key_refused and refused.key_fingerprint == new
    with pytest.raises(PermissionDenied):
        sync_keys.accept_new_key(province, Actor("o", Role.OPERATOR), rekeyed, new)
    with pytest.raises(ValidationError) as wrong:
        sync_keys.accept_new_key(province, ADMIN, rekeyed, old)
    assert wrong.value.field == "fingerprint"
    change = sync_keys.accept_new_key(province, ADMIN, rekeyed, new.lower().replace("-", " "))
    assert (change.old, change.new) == (old, new)
    with province.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "accept_key"))
        assert event.entity_uuid == "PDG" and old in event.changes and new in event.changes
    _merge_ok(province, rekeyed)
    assert dump(province, "PDG") == dump(blk, "PDG")
    with pytest.raises(ValidationError):  # accepting the same key again says so
        sync_keys.accept_new_key(province, ADMIN, rekeyed, new)


def test_keys_cli_shows_lists_and_accepts(blk, province, tmp_path, capsys):
    first = _full(blk, tmp_path / "a.xlsx")
    assert main(["keys", "show", "--db", blk.url]) == 0
    own = capsys.readouterr().out.split(": ")[1].strip()
    assert main(["merge", "--db", province.url, str(first)]) == 0
    assert f"kunci {own}" in capsys.readouterr().out
    assert main(["keys", "list", "--db", province.url]) == 0
    assert own in capsys.readouterr().out
    new = _rekey(blk)
    second = _full(blk, tmp_path / "b.xlsx")
    assert main(["merge", "--db", province.url, str(second)]) == 1
    assert "DITOLAK" in capsys.readouterr().out
    assert main(["keys", "accept", "--db", province.url, str(second), "--fingerprint", "AB"]) == 1
    assert capsys.readouterr().err.startswith("Gagal: Sidik jari yang diketik")
    assert main(["keys", "accept", "--db", province.url, str(second), "--fingerprint", new]) == 0
    assert main(["merge", "--db", province.url, str(second)]) == 0


def _local_keys(db):
    with db.session() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        return inst.private_key, inst.public_key


def _set_key(db, private, public):
    with db.transaction() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        inst.private_key, inst.public_key = private, public


def _claim(issued_on):
    return Claim("PDG", "sertifikat", "0001/BLK-PDG/2026", "Siti Rahmawati", date(2001, 5, 17),
                 "Juru Las SMAW", issued_on)  # fmt: skip


def test_a_retired_key_still_vouches_for_what_it_signed_before_the_change(
    blk, province, tmp_path, capsys
):
    old_private, old_public = _local_keys(blk)
    _merge_ok(province, _full(blk, tmp_path / "1.xlsx"))
    with blk.transaction() as s:
        s.scalar(select(Trainee).order_by(Trainee.id).limit(1)).phone = "+6281222222222"
    late = sync_export.export_sync(blk, ADMIN, tmp_path / "2-terlambat.xlsx")  # old key
    new = _rekey(blk)
    new_private, new_public = _local_keys(blk)
    with blk.transaction() as s:
        s.scalar(select(Trainee).order_by(Trainee.id).offset(1).limit(1)).name = "Sesudah"
    after = sync_export.export_sync(blk, ADMIN, tmp_path / "3.xlsx")
    (refused,) = merge.merge_files(province, ADMIN, [after.path]).files
    assert refused.key_refused
    sync_keys.accept_new_key(province, ADMIN, after.path, new)
    (merged,) = _merge_ok(province, after.path)
    assert merged.old_key_until is None
    # A file the old key signed before the change, arriving late, still merges.
    (old_file,) = _merge_ok(province, late.path)
    assert old_file.old_key_until == after.made_at and old_file.total("updated") == 1
    assert dump(province, "PDG") == dump(blk, "PDG")
    with province.session() as s:
        periods = keys.history(s, "PDG")
        assert [(p.fingerprint, p.valid_until, p.retired_by) for p in periods] == [
            (fingerprint(old_public), after.made_at, "admin"),
            (new, None, ""),
        ]
        assert periods[1].valid_from == after.made_at
        assert s.scalar(select(Institution.public_key).where(Institution.code == "PDG")) == (
            new_public
        )
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "accept_key"))
        assert "valid_until" in event.changes
        # Certificates: the old key's before the change, the new key's, and nothing else.
        last = after.made_at.replace(tzinfo=UTC).astimezone().date()
        before = verification.verify_text(
            s, sign_claim(_claim(last - timedelta(days=30)), old_private)
        )
        assert before.label == "SAH" and "kunci lama " + fingerprint(old_public) in (
            before.explanation
        )
        assert format_date(last) in before.explanation
        backdated = verification.verify_text(
            s, sign_claim(_claim(last + timedelta(days=1)), old_private)
        )
        assert backdated.label == "TIDAK SAH" and "sudah diganti" in backdated.explanation
        current = verification.verify_text(s, sign_claim(_claim(last), new_private))
        assert current.label == "SAH" and "kunci lama" not in current.explanation
        forged = verification.verify_text(s, sign_claim(_claim(last), generate_keypair()[0]))
        assert forged.label == "TIDAK SAH"
    # The old key signing anything after the change is refused whole, with both fingerprints.
    _set_key(blk, old_private, old_public)
    with blk.transaction() as s:
        s.scalar(select(Trainee).order_by(Trainee.id).offset(2).limit(1)).name = "Kunci Lama"
    stale = sync_export.export_sync(blk, ADMIN, tmp_path / "4.xlsx").path
    before_dump = dump(province, "PDG")
    (result,) = merge.merge_files(province, ADMIN, [stale]).files
    assert result.key_refused and result.reason.startswith("Berkas ini ditandatangani kunci lama")
    assert fingerprint(old_public) in result.reason and new in result.reason
    assert dump(province, "PDG") == before_dump
    # The BLK restored a backup that holds the old key: the admin may accept it again, and
    # the history shows all three periods.
    sync_keys.accept_new_key(province, ADMIN, stale, fingerprint(old_public))
    _merge_ok(province, stale)
    assert dump(province, "PDG") == dump(blk, "PDG")
    assert main(["keys", "list", "--db", province.url]) == 0
    listed = capsys.readouterr().out
    assert listed.count(fingerprint(old_public)) == 2 and listed.count(new) == 1
    assert listed.count("diganti") == 2 and "berlaku kini" in listed


# ---- nothing cut or dropped -------------------------------------------------------------------


def test_a_table_past_the_row_limit_continues_on_further_sheets(
    blk, province, tmp_path, monkeypatch
):
    monkeypatch.setattr(sync_export, "ROWS_PER_PART", 7)
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx", full=True)
    names = CalamineWorkbook.from_path(str(out.path)).sheet_names
    marks = out.row_counts["attendance_mark"]
    parts = -(-marks // 7)
    assert parts > 3
    assert [n for n in names if n.startswith("attendance_mark")] == [
        "attendance_mark",
        *(f"attendance_mark ({k})" for k in range(2, parts + 1)),
    ]
    _merge_ok(province, out.path)
    assert dump(province, "PDG") == dump(blk, "PDG")
    # A part that goes missing is noticed.
    book = openpyxl.load_workbook(out.path)
    del book[f"attendance_mark ({parts})"]
    book.save(tmp_path / "kurang.xlsx")
    (result,) = merge.merge_files(new_province(tmp_path / "p2"), ADMIN,
                                  [tmp_path / "kurang.xlsx"]).files  # fmt: skip
    assert f"attendance_mark ({parts})" in result.reason


def test_a_wide_table_continues_sooner_so_each_sheet_stays_small(
    blk, province, tmp_path, monkeypatch
):
    monkeypatch.setattr(sync_format, "CELLS_PER_PART", 100)
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx", full=True)
    book = CalamineWorkbook.from_path(str(out.path))
    trainees = [n for n in book.sheet_names if n.startswith("trainee")]
    width = len(book.get_sheet_by_name("trainee").to_python()[0])
    assert width > 20 and len(trainees) == -(-out.row_counts["trainee"] // (100 // width))
    _merge_ok(province, out.path)
    assert dump(province, "PDG") == dump(blk, "PDG")


def test_marks_in_many_parts_read_in_chunks_one_parse_at_a_time_merge_as_sent(
    blk, province, tmp_path, monkeypatch
):
    monkeypatch.setattr(sync_export, "ROWS_PER_PART", 7)
    monkeypatch.setattr(merge, "INSERT_CHUNK", 3)  # each part read in several chunks
    parses: list[tuple[float, float]] = []
    parse = merge.SyncBook._part

    def timed(book: merge.SyncBook, name: str, part: int) -> object:
        start = time.perf_counter()
        sheet = parse(book, name, part)
        parses.append((start, time.perf_counter()))
        return sheet

    monkeypatch.setattr(merge.SyncBook, "_part", timed)
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx", full=True)
    assert out.row_counts["attendance_mark"] > 3 * 7
    _merge_ok(province, out.path)
    assert dump(province, "PDG") == dump(blk, "PDG")
    # The next part is parsed while this one is merged, but never beside another parse.
    spans = sorted(parses)
    assert all(end <= next_start for (_, end), (next_start, _) in pairwise(spans))


def test_a_write_that_xlsxwriter_refuses_stops_the_export_and_names_the_record(
    blk, tmp_path, monkeypatch
):
    real = EscapingWorksheet._write_string

    def refusing(self, row, col, string, cell_format=None):
        return -1 if string == "_X1F_" else real(self, row, col, string, cell_format)

    monkeypatch.setattr(EscapingWorksheet, "_write_string", refusing)
    with pytest.raises(sync_export.ExportFailed) as failed:
        sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx", full=True)
    assert "_X1F_" in failed.value.message and "trainee" in failed.value.message
    assert list(tmp_path.glob("a.xlsx*")) == []
    with blk.session() as s:
        assert s.scalar(select(func.count()).select_from(ExportLog)) == 0


def test_text_too_long_for_a_cell_fails_the_export_naming_the_record(blk, tmp_path):
    with blk.transaction() as s:
        trainee = s.scalar(select(Trainee).order_by(Trainee.id).offset(3).limit(1))
        name, uuid = trainee.name, trainee.uuid
        # Written past every input check (an older version, another program): plain SQL.
        s.execute(update(Trainee).where(Trainee.uuid == uuid).values(village="kampung " * 5000))
    with pytest.raises(sync_export.ExportFailed) as failed:
        sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx", full=True)
    message = failed.value.message
    assert name in message and uuid in message and "village" in message and "40.000" in message
    assert list(tmp_path.glob("a.xlsx*")) == []


# ---- spreadsheet-proof text -------------------------------------------------------------------


def test_escaped_text_reads_back_exactly_even_where_libreoffice_decodes_short_forms(
    blk, province, tmp_path
):
    with blk.transaction() as s:
        cert = s.scalar(select(Certificate).limit(1))
        cert.payload = "BLK1|PDG|S|...|tanda_xe_tangan_x0E_"
    out = _full(blk, tmp_path / "asli.xlsx")
    profile = tmp_path / "lo-profile"
    resaved = tmp_path / "libreoffice"
    proc = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "xlsx", "--outdir", str(resaved), str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    copy = resaved / "asli.xlsx"
    assert copy.read_bytes() != out.read_bytes()  # really written by LibreOffice
    _merge_ok(province, copy)
    assert dump(province, "PDG") == dump(blk, "PDG")
    with province.session() as s:
        names = set(s.scalars(select(Trainee.name)))
        assert set(TRICKY) <= names
        assert s.scalar(select(Certificate.payload).where(Certificate.uuid == cert.uuid)) == (
            "BLK1|PDG|S|...|tanda_xe_tangan_x0E_"
        )


# ---- merge order ------------------------------------------------------------------------------


def _void_and_reissue(db):
    with db.transaction() as s:
        cert = s.scalar(select(Certificate).where(Certificate.status == "issued").limit(1))
        certificates.void(s, ADMIN, cert.id, "Salah ketik nama peserta")
        top = s.scalar(select(func.max(Certificate.seq)))
        s.add(Certificate(inst_code=cert.inst_code, enrollment_id=cert.enrollment_id,
                          kind=cert.kind, number=f"{top + 1:04d}/ULANG", seq=top + 1,
                          seq_scope=cert.seq_scope, issued_on=cert.issued_on,
                          payload="signed again"))  # fmt: skip


def test_a_reissue_voided_in_turn_merges_before_the_file_of_the_first_void(blk, province, tmp_path):
    """The first void and re-issue travel in a delta that is held back; the re-issue is voided
    and issued again, and that delta reaches the province first. Its live certificate is newer
    than the one the province still holds as live, which was voided in the held file."""
    _merge_ok(province, _full(blk, tmp_path / "1.xlsx"))
    _void_and_reissue(blk)
    held = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx").path
    with blk.transaction() as s:
        reissue = s.scalar(select(Certificate).order_by(Certificate.id.desc()).limit(1))
        certificates.void(s, ADMIN, reissue.id, "Salah tanggal terbit")
        s.add(Certificate(inst_code=reissue.inst_code, enrollment_id=reissue.enrollment_id,
                          kind=reissue.kind, number=reissue.number + "/2", seq=reissue.seq + 1,
                          seq_scope=reissue.seq_scope, issued_on=reissue.issued_on,
                          payload="signed a third time"))  # fmt: skip
    later = sync_export.export_sync(blk, ADMIN, tmp_path / "3.xlsx").path
    _merge_ok(province, later)
    _merge_ok(province, held)
    assert dump(province, "PDG") == dump(blk, "PDG")


def test_void_then_reissue_syncs_as_delta_and_full_in_any_order(blk, province, tmp_path):
    first = _full(blk, tmp_path / "1.xlsx")
    _merge_ok(province, first)
    _void_and_reissue(blk)
    delta = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx").path
    _merge_ok(province, delta)
    assert dump(province, "PDG") == dump(blk, "PDG")
    _void_and_reissue(blk)
    full = _full(blk, tmp_path / "3.xlsx")
    other = new_province(tmp_path / "p2")
    _merge_ok(other, first)
    _merge_ok(other, full, delta, first)
    assert dump(other, "PDG") == dump(blk, "PDG")
    other.dispose()


def test_an_anonymised_trainee_syncs_with_its_placeholder_nik(blk, province, tmp_path):
    _merge_ok(province, _full(blk, tmp_path / "1.xlsx"))
    with blk.transaction() as s:
        uuid = s.scalar(select(Trainee.uuid).order_by(Trainee.id).offset(2).limit(1))
        privacy.anonymise(s, ADMIN, uuid, "Surat permohonan peserta no. 12")
    _merge_ok(province, sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx").path)
    assert dump(province, "PDG") == dump(blk, "PDG")
    with province.session() as s:
        assert s.scalar(select(Trainee.nik).where(Trainee.uuid == uuid)).startswith("X")


def test_a_deleted_training_day_travels_in_a_delta(blk, province, tmp_path):
    _merge_ok(province, _full(blk, tmp_path / "1.xlsx"))
    with blk.transaction() as s:
        batch = s.scalar(select(Batch).order_by(Batch.id.desc()).limit(1))
        middle = s.scalar(select(TrainingDay).where(TrainingDay.batch_id == batch.id)
                          .order_by(TrainingDay.day).offset(5).limit(1))  # fmt: skip
        s.delete(middle)
        batch.updated_at = datetime.now()  # what the batch service does on a change of days
        gone, uuid = middle.day, batch.uuid
    delta = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx")
    assert delta.kind == "sync_delta"
    (result,) = _merge_ok(province, delta.path)
    assert result.since == delta.since and result.made_at == delta.made_at
    assert dump(province, "PDG") == dump(blk, "PDG")
    with province.session() as s:
        days = set(s.scalars(select(TrainingDay.day).join(Batch).where(Batch.uuid == uuid)))
    assert gone not in days


def test_after_restoring_an_older_backup_the_next_export_is_full_and_wins(blk, province, tmp_path):
    _merge_ok(province, _full(blk, tmp_path / "1.xlsx"))
    saved = database_backup.backup_database(blk, "uji").info.path
    _void_and_reissue(blk)
    with blk.transaction() as s:
        s.scalar(select(Trainee).order_by(Trainee.id).limit(1)).name = "Hilang Setelah Pulih"
    lost = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx").path
    _merge_ok(province, lost)
    with blk.transaction() as s:
        s.scalar(select(Trainee).order_by(Trainee.id).limit(1)).phone = "+6281111111111"
    unsent = sync_export.export_sync(blk, ADMIN, tmp_path / "2b.xlsx").path
    restore.restore(blk, ADMIN, saved)
    _void_and_reissue(blk)  # the same certificate voided again, a different re-issue
    after = sync_export.export_sync(blk, ADMIN, tmp_path / "3.xlsx")
    assert after.kind == "sync_full"
    (result,) = _merge_ok(province, after.path)
    assert result.total("removed") > 0
    assert dump(province, "PDG") == dump(blk, "PDG")
    # Files from before the restore, sent again or late, change nothing.
    again, late = _merge_ok(province, lost, unsent)
    assert again.total("added") + again.total("updated") == 0
    assert late.superseded and late.total("unchanged") == late.rows - 1
    assert dump(province, "PDG") == dump(blk, "PDG")


def _marks_out_of_order(blk, source, target):
    """The BLK's own file with one enrollment's marks split by another's (not how BLKDesk
    writes them), hashed and signed again with the BLK's own key: it passes every check but
    the order."""
    from blkdesk.core.certification.signing import sign_bytes
    from blkdesk.exchange.sync_format import manifest_message

    book = openpyxl.load_workbook(source)
    ws = book["attendance_mark"]
    rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
    at = rows[0].index("enrollment_uuid")
    first = rows[1][at]
    split = next(i for i, r in enumerate(rows) if i > 1 and r[at] != first)
    assert rows[split + 1][at] != first  # the moved mark lands among another's
    rows.insert(split + 1, rows.pop(1))
    for r, cells in enumerate(rows, start=1):
        for c, value in enumerate(cells, start=1):
            ws.cell(r, c).value = value
    hasher = SheetHasher()
    hasher.rows(rows)
    manifest = book["Manifest"]
    signed = []
    for r in manifest.iter_rows():
        cells = ["" if c.value is None else str(c.value) for c in r]
        if cells[0] == "attendance_mark" and len(cells) > 2 and cells[2]:
            r[2].value = cells[2] = hasher.hexdigest()
        if cells[0] == "signature":
            with blk.session() as s:
                private = s.scalar(select(Institution.private_key).where(Institution.is_local))
            r[1].value = base64.b64encode(sign_bytes(private, manifest_message(signed))).decode()
            break
        signed.append(cells)
    book.save(target)
    return target


@pytest.mark.parametrize("merged_before", [False, True])
def test_marks_not_grouped_by_enrollment_are_refused_whole(blk, province, tmp_path, merged_before):
    """Checked on a BLK's first file (its marks inserted as read) and on a later one (compared
    with the stored marks)."""
    if merged_before:
        _merge_ok(province, _full(blk, tmp_path / "a.xlsx"))
    with province.session() as s:
        before = s.scalar(select(func.count()).select_from(AttendanceMark))
    forged = _marks_out_of_order(blk, _full(blk, tmp_path / "b.xlsx"), tmp_path / "acak.xlsx")
    (result,) = merge.merge_files(province, ADMIN, [forged]).files
    assert "tidak berurutan per peserta" in result.reason
    with province.session() as s:
        assert s.scalar(select(func.count()).select_from(AttendanceMark)) == before
