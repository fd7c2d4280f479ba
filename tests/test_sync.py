"""Sync workbook export and the province's merge, end to end between real databases."""

import json
import zipfile
from datetime import timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select, update

from blkdesk.core.models import AuditEvent, Batch, ExportLog, Institution, Trainee, TrainingDay
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import merge, sync_export
from blkdesk.exchange.sync_format import ALL_SHEETS, SheetHasher
from tests.support.exchange_data import build, dump, new_blk

ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    build(db, names={0: '=HYPERLINK("x")', 1: "+62 Tab\tdan\rCR", 2: "@SUM(A1)"})
    yield db
    db.dispose()


def test_full_export_then_merge_gives_the_same_records(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    assert out.kind == "sync_full"
    assert out.row_counts["attendance_mark"] > 0 and out.row_counts["certificate"] > 0
    report = merge.merge_files(province, ADMIN, [out.path])
    (result,) = report.files
    assert result.reason == ""
    assert result.total("added") == sum(out.row_counts.values()) - 1  # all but the institution
    assert dump(province, "PDG") == dump(blk, "PDG")
    with province.session() as s:
        inst = s.scalar(select(Institution).where(Institution.code == "PDG"))
        assert not inst.is_local and inst.private_key is None
    with blk.session() as s:
        assert inst.public_key == s.scalar(select(Institution.public_key))


def test_merging_the_same_file_again_changes_nothing(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    (first,) = merge.merge_files(province, ADMIN, [out.path]).files
    before = dump(province, "PDG")
    (again,) = merge.merge_files(province, ADMIN, [out.path]).files
    assert again.reason == ""
    # Said as such, with the key and time of the file as first merged.
    assert again.identical and not first.identical
    assert again.key_fingerprint == first.key_fingerprint != ""
    assert again.made_at == first.made_at
    assert again.total("added") == again.total("updated") == 0
    assert again.total("unchanged") == sum(out.row_counts.values()) - 1
    assert dump(province, "PDG") == before


def test_newer_updated_at_wins_and_an_older_file_does_not_undo_it(blk, province, tmp_path):
    first = sync_export.export_sync(blk, ADMIN, tmp_path / "1.xlsx", full=True)
    merge.merge_files(province, ADMIN, [first.path])
    with blk.transaction() as s:
        trainee = s.scalar(select(Trainee).order_by(Trainee.id).offset(5).limit(1))
        trainee.name = "Nama Baru"
        uuid = trainee.uuid
    second = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx")
    assert second.kind == "sync_delta" and second.since == first.made_at
    assert second.row_counts["trainee"] == 1
    (result,) = merge.merge_files(province, ADMIN, [second.path]).files
    assert result.sheets["trainee"].updated == 1
    (old,) = merge.merge_files(province, ADMIN, [first.path]).files
    assert old.sheets["trainee"].updated == 0
    with province.session() as s:
        assert s.scalar(select(Trainee.name).where(Trainee.uuid == uuid)) == "Nama Baru"


def test_a_dropped_training_day_stays_dropped_when_an_old_file_comes_again(blk, province, tmp_path):
    first = sync_export.export_sync(blk, ADMIN, tmp_path / "1.xlsx", full=True)
    merge.merge_files(province, ADMIN, [first.path])
    with blk.transaction() as s:
        batch = s.scalar(select(Batch).order_by(Batch.id).limit(1))
        last, before = s.scalars(
            select(TrainingDay).where(TrainingDay.batch_id == batch.id)
            .order_by(TrainingDay.day.desc()).limit(2)
        )  # fmt: skip
        s.delete(last)
        batch.end_date = before.day
        uuid, dropped = batch.uuid, last.day
    second = sync_export.export_sync(blk, ADMIN, tmp_path / "2.xlsx")
    merge.merge_files(province, ADMIN, [second.path])
    merge.merge_files(province, ADMIN, [first.path])
    with province.session() as s:
        days = set(s.scalars(
            select(TrainingDay.day).join(Batch).where(Batch.uuid == uuid)
        ))  # fmt: skip
    assert dropped not in days and before.day in days


def _rewrite_cell(path, target, sheet, row, col, value):
    book = openpyxl.load_workbook(path)
    book[sheet].cell(row=row, column=col).value = value
    book.save(target)


def test_a_tampered_file_is_rejected_whole(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    edited = tmp_path / "edited.xlsx"
    _rewrite_cell(out.path, edited, "trainee", 3, 4, "Nama Lain")
    (result,) = merge.merge_files(province, ADMIN, [edited]).files
    assert "kode pengaman" in result.reason and "trainee" in result.reason
    assert result.rejected == result.rows > 0
    with province.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0
        assert s.scalar(select(Institution.id).where(Institution.code == "PDG")) is None
        assert (
            s.scalar(select(AuditEvent.reason).where(AuditEvent.action == "merge_rejected"))
            == result.reason
        )


def test_a_truncated_file_is_rejected_with_the_reason(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    cut = tmp_path / "cut.xlsx"
    data = out.path.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    (result,) = merge.merge_files(province, ADMIN, [cut]).files
    assert result.reason == "Berkas .xlsx ini rusak dan tidak dapat dibuka."


def test_hostile_files_are_refused_before_any_parser_reads_them(province, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    legacy = tmp_path / "old.xlsx"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    report = merge.merge_files(province, ADMIN, [bomb, legacy])
    assert "zip bomb" in report.files[0].reason
    assert ".xls" in report.files[1].reason
    with province.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0


def test_a_file_missing_rows_is_rejected(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    book = openpyxl.load_workbook(out.path)
    book["enrollment"].delete_rows(3)
    book.save(tmp_path / "short.xlsx")
    (result,) = merge.merge_files(province, ADMIN, [tmp_path / "short.xlsx"]).files
    assert "enrollment" in result.reason and "terpotong" in result.reason


def test_a_bad_file_does_not_stop_the_good_ones(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("bukan excel")
    bad, good = merge.merge_files(province, ADMIN, [junk, out.path]).files
    assert bad.reason and not good.reason
    assert good.total("added") > 0


def test_two_blks_training_the_same_nik_in_one_year_are_reported(blk, province, tmp_path):
    with blk.session() as s:
        shared = list(s.scalars(select(Trainee.nik).order_by(Trainee.id).limit(2)))
    other = new_blk(tmp_path, "LBK", "3602")
    build(other, seed=7, shared_niks=shared)
    files = [
        sync_export.export_sync(db, ADMIN, tmp_path / f"{n}.xlsx", full=True).path
        for n, db in (("pdg", blk), ("lbk", other))
    ]
    other.dispose()
    report = merge.merge_files(province, ADMIN, files)
    assert [f.reason for f in report.files] == ["", ""]
    # Only people both BLKs selected as participants that year count as double funding.
    with province.session() as s:
        expected = set()
        for nik in shared:
            rows = s.execute(
                select(Trainee.inst_code)
                .where(Trainee.nik == nik)
                .join(merge.Enrollment, merge.Enrollment.trainee_id == Trainee.id)
                .where(merge.Enrollment.status == "peserta")
            ).all()
            if len({r[0] for r in rows}) > 1:
                expected.add(nik)
    assert expected, "the fixture should make at least one double-funded person"
    assert {d.nik for d in report.double_funding} == expected
    for case in report.double_funding:
        assert {t.inst_code for t in case.trainings} == {"PDG", "LBK"}
        assert case.year == 2025


def test_a_formula_looking_name_comes_back_as_text(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    book = openpyxl.load_workbook(out.path)
    sheet = book["trainee"]
    column = next(c.column_letter for c in sheet[1] if c.value == "name")
    names = {c.value: c for c in sheet[column]}
    cell = names['=HYPERLINK("x")']
    assert cell.data_type == "s" and cell.quotePrefix
    assert names["@SUM(A1)"].quotePrefix
    with zipfile.ZipFile(out.path) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets"))
    merge.merge_files(province, ADMIN, [out.path])
    with province.session() as s:
        stored = set(s.scalars(select(Trainee.name)))
    assert {'=HYPERLINK("x")', "+62 Tab\tdan\rCR", "@SUM(A1)"} <= stored


def test_export_is_logged_and_audited_and_delta_follows_the_last_export(blk, tmp_path):
    first = sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx")
    assert first.kind == "sync_full"  # nothing exported before: everything goes
    with blk.transaction() as s:
        s.execute(update(Trainee).where(Trainee.id <= 2).values(
            updated_at=first.made_at + timedelta(seconds=1)))  # fmt: skip
    second = sync_export.export_sync(
        blk, ADMIN, tmp_path / "b.xlsx", now=lambda: first.made_at + timedelta(minutes=1)
    )
    assert second.since == first.made_at
    assert second.row_counts["trainee"] == 2
    assert second.row_counts["institution"] == 1
    with blk.session() as s:
        logs = list(s.scalars(select(ExportLog).order_by(ExportLog.id)))
        assert [g.kind for g in logs] == ["sync_full", "sync_delta"]
        assert logs[1].sha256 == second.file_sha256
        assert json.loads(logs[1].row_counts)["trainee"] == 2
        assert s.scalar(select(func.count()).where(AuditEvent.action == "export")) == 2


def test_manifest_lists_every_sheet_with_its_checksum(blk, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    book = CalamineWorkbook.from_path(str(out.path))
    assert book.sheet_names[0] == "Manifest"
    facts = {r[0]: r[1] for r in book.get_sheet_by_name("Manifest").to_python() if r[0]}
    assert facts["institution_code"] == "PDG" and facts["kind"] == "full"
    assert facts["public_key"]
    for sheet in ALL_SHEETS:
        hasher = SheetHasher()
        hasher.rows(book.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False))
        assert facts[sheet.name] == str(out.row_counts[sheet.name])
        assert hasher.hexdigest() == out.sheet_sha256[sheet.name]


def test_viewer_may_not_export_and_operator_may_not_merge(blk, province, tmp_path):
    with pytest.raises(merge.BlkError):
        sync_export.export_sync(blk, Actor("v", Role.VIEWER), tmp_path / "x.xlsx")
    with pytest.raises(merge.BlkError):
        merge.merge_files(province, Actor("o", Role.OPERATOR), [])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        # Mostly the pieces of `_xHHHH_` escapes, so that every decodable form turns up.
        alphabet=st.one_of(
            st.sampled_from("_xX0123456789aAbBeEfF_"),
            st.characters(blacklist_categories=("Cs",)),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_any_name_survives_the_workbook_exactly(tmp_path, name):
    path = tmp_path / "one.xlsx"
    import xlsxwriter

    from blkdesk.exchange.sync_format import Field, Sheet

    sheet = Sheet("t", Trainee, (Field("name", "name", "str", False),
                                 Field("after", "after", "str", False)))  # fmt: skip
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    plain = book.add_format({"quote_prefix": True})
    writer = sync_export._SheetWriter(book, sheet, plain, plain)
    writer.write([name, "x"])
    book.close()
    rows = (
        CalamineWorkbook.from_path(str(path))
        .get_sheet_by_name("t")
        .to_python(skip_empty_area=False)
    )
    assert rows[1] == [name, "x"]
    check = SheetHasher()
    check.rows(rows)
    assert check.hexdigest() == writer.hasher.hexdigest()


TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _three_column_writer(path):
    import xlsxwriter

    from blkdesk.exchange.sync_format import Field, Sheet

    fields = tuple(Field(n, n, "str", False) for n in ("uuid", "name", "notes"))
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    quoted = book.add_format({"quote_prefix": True})
    return book, sync_export._SheetWriter(book, Sheet("t", Trainee, fields), quoted, None)


_TRICKY_CELL = st.text(alphabet=st.sampled_from("=+-@\t\r\x1f\x1e_xE0 a"), max_size=5)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(_TRICKY_CELL.filter(bool), _TRICKY_CELL, _TRICKY_CELL), min_size=1, max_size=12
    )
)
def test_rows_written_together_keep_each_cells_text_quote_prefix_and_hash(tmp_path, rows):
    # The export checks a row at a time (one joined string): a formula trigger at the start of
    # any one cell, and only there, still gets the quote prefix; a separator inside a cell
    # fools neither the check nor the hash.
    path = tmp_path / "rows.xlsx"
    book, writer = _three_column_writer(path)
    writer.write_rows(rows)
    book.close()
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("t")
    read = read.to_python(skip_empty_area=False)
    assert [tuple(r) for r in read[1:]] == rows
    check = SheetHasher()
    check.rows(read)
    assert check.hexdigest() == writer.hasher.hexdigest()
    sheet = openpyxl.load_workbook(path)["t"]
    for r, cells in enumerate(rows, start=2):
        for c, text in enumerate(cells, start=1):
            if text:
                assert sheet.cell(r, c).quotePrefix == text.startswith(TRIGGERS)


def test_long_rows_of_short_cells_pass_and_a_long_cell_in_a_later_row_is_named(tmp_path):
    book, writer = _three_column_writer(tmp_path / "long.xlsx")
    fits = ("u1", "b" * 20_000, "\U0001f600" * 16_383)  # 32,766 units: still fits
    writer.write_rows([fits])
    with pytest.raises(sync_export.ExportFailed) as failed:
        # 16,384 characters, 32,768 units: only the length in units tells.
        writer.write_rows([("u2", "x", "z"), ("u3", "Kedua", "\U0001f600" * 16_384)])
    message = failed.value.message
    assert "Kedua (u3)" in message and "32.768" in message and "notes" in message
    book.close()
    read = CalamineWorkbook.from_path(str(tmp_path / "long.xlsx")).get_sheet_by_name("t")
    assert [tuple(r) for r in read.to_python()] == [("uuid", "name", "notes"), fits]


def test_merge_rejects_a_file_from_another_blk_using_a_known_code(blk, province, tmp_path):
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "pdg.xlsx", full=True)
    merge.merge_files(province, ADMIN, [out.path])
    impostor = new_blk(tmp_path / "other", "PDG")
    build(impostor, seed=3)
    fake = sync_export.export_sync(impostor, ADMIN, tmp_path / "fake.xlsx", full=True)
    impostor.dispose()
    (result,) = merge.merge_files(province, ADMIN, [fake.path]).files
    assert "ditandatangani kunci" in result.reason and result.key_refused


def test_cli_exports_and_merges(blk, province, tmp_path, capsys):
    from blkdesk.cli import main

    out = tmp_path / "cli.xlsx"
    assert main(["export", "sync", "--full", "--db", blk.url, "--out", str(out)]) == 0
    assert "Berkas sinkronisasi (lengkap)" in capsys.readouterr().out
    assert main(["merge", "--db", province.url, str(out)]) == 0
    merged = capsys.readouterr().out
    assert "(PDG, kunci " in merged
    fingerprint = merged.split("kunci ", 1)[1].split(")", 1)[0]
    assert main(["merge", "--db", province.url, str(out)]) == 0
    assert (f"cli.xlsx (PDG, kunci {fingerprint}): sama persis dengan berkas yang sudah "
            "digabung, tidak ada yang berubah") in capsys.readouterr().out  # fmt: skip
    junk = tmp_path / "junk.xlsx"
    junk.write_text("x")
    assert main(["merge", "--db", province.url, str(junk)]) == 1
    captured = capsys.readouterr()
    assert "DITOLAK junk.xlsx" in captured.out
    assert captured.err.count("\n") == 1
