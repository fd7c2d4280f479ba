"""How the province reads a sync workbook: a chunk of rows at a time across a table's parts,
never two parses at once, and a cell typed over with something that is not text still caught
by the checksum."""

import threading
import time
from itertools import pairwise

import openpyxl
import pytest
from sqlalchemy import func, select

from blkdesk.core.models import PinnedKey, Trainee
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import merge, sync_export
from tests.support.exchange_data import build, dump, new_blk, new_province

ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture
def blk(tmp_path):
    db = new_blk(tmp_path, "PDG")
    build(db)
    yield db
    db.dispose()


@pytest.fixture
def parses(monkeypatch) -> list[tuple[str, int, str, float, float]]:
    """Every part the workbook parsed: (table, part, thread, start, end)."""
    seen: list[tuple[str, int, str, float, float]] = []
    parse = merge.SyncBook._part

    def timed(book: merge.SyncBook, name: str, part: int) -> object:
        start = time.perf_counter()
        sheet = parse(book, name, part)
        seen.append((name, part, threading.current_thread().name, start, time.perf_counter()))
        return sheet

    monkeypatch.setattr(merge.SyncBook, "_part", timed)
    return seen


def test_a_table_in_many_parts_read_in_chunks_one_parse_at_a_time_merges_as_sent(
    blk, province, tmp_path, monkeypatch, parses
):
    monkeypatch.setattr(sync_export, "ROWS_PER_PART", 7)  # the marks in several parts
    monkeypatch.setattr(merge, "INSERT_CHUNK", 3)  # and each part in several chunks
    out = sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx", full=True)
    assert out.row_counts["attendance_mark"] > 3 * 7
    (result,) = merge.merge_files(province, ADMIN, [out.path]).files
    assert result.reason == ""
    assert dump(province, "PDG") == dump(blk, "PDG")
    assert len([p for p in parses if p[0] == "attendance_mark"]) > 3
    spans = sorted((start, end) for *_, start, end in parses)
    assert all(end <= next_start for (_, end), (next_start, _) in pairwise(spans))


def test_a_number_typed_over_a_text_cell_is_caught_by_the_checksum_and_nothing_kept(blk, tmp_path):
    original = sync_export.export_sync(blk, ADMIN, tmp_path / "a.xlsx", full=True).path
    book = openpyxl.load_workbook(original)
    sheet = book["trainee"]
    at = [c.value for c in sheet[1]].index("name") + 1
    sheet.cell(sheet.max_row, at).value = 7  # a number, not the text every cell was written as
    book.save(tmp_path / "diketik.xlsx")
    empty = new_province(tmp_path / "kosong")
    (result,) = merge.merge_files(empty, ADMIN, [tmp_path / "diketik.xlsx"]).files
    assert "Isi lembar trainee tidak cocok dengan kode pengamannya" in result.reason
    with empty.session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0
        assert s.scalar(select(func.count()).select_from(PinnedKey)) == 0
    empty.dispose()
