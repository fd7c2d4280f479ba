"""Core's sentences (refusals, conflicts, graduation reasons) in the interface's language: the
English interface says them in English, the Indonesian one as core wrote them, and every
template core writes is listed for the translators with the same blanks to fill."""

import ast
import pickle
import re
import string
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from blkdesk.core.access import auth
from blkdesk.core.certification import graduation
from blkdesk.core.concurrency import StaleCells, StaleRecord
from blkdesk.core.errors import BlkError, FieldErrors, PermissionDenied
from blkdesk.core.models import AuditEvent
from blkdesk.core.permissions import Action, Actor, Role, require
from blkdesk.core.registry import nik
from blkdesk.core.sentences import (
    Sentence,
    clause,
    commas,
    number,
    semicolons,
    spaced,
    spoken,
)
from blkdesk.core.storage.integrity import CheckReport
from blkdesk.ui import core_sentences, i18n
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.screens.reports.accept_key import AcceptKeyDialog
from blkdesk.ui.screens.reports.page import ReportsPage
from blkdesk.ui.screens.trainees.form import TraineeForm
from blkdesk.ui.screens.training.batch_detail import BatchDetailDialog
from blkdesk.ui.screens.training.small_dialogs import DateReasonDialog
from tests.support.batches import finished_batch, planned_batch
from tests.support.exchange_data import new_province
from tests.support.province_merges import merge_on_page, reinstalled_blk
from tests.support.training_data import make_program
from tests.support.windows import context_of, main_window

ROOT = Path(__file__).resolve().parents[1]


def _written_in(package: str) -> tuple[set[str], list[str]]:
    """Templates of every Sentence(...) under blkdesk/<package>, and calls not given a literal."""
    found, loose = set(), []
    for path in (ROOT / "blkdesk" / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Sentence":
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
                else:
                    loose.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found, loose


def _english() -> dict[str, str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "blkdesk_en.ts")
    (context,) = [c for c in tree.getroot() if c.findtext("name") == core_sentences.CONTEXT]
    return {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}


def _blanks(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_template_core_writes_is_listed_and_translated_with_the_same_blanks():
    written, loose = set(), []
    for package in ("core", "exchange"):
        found, not_literal = _written_in(package)
        written |= found
        loose += not_literal
    assert loose == []  # a template built at run time could never be translated
    assert written == set(core_sentences.TEMPLATES)
    english = _english()
    for template in written:
        assert english.get(template), template
        assert _blanks(english[template]) == _blanks(template), template


def test_a_refusal_is_said_in_english_role_and_action_included(english):
    with pytest.raises(PermissionDenied) as refused:
        require(Actor("budi", Role.VIEWER), Action.MANAGE_USERS)
    assert refused.value.message == "The Viewer role may not manage users."
    assert str(refused.value) == "Peran Peninjau tidak berhak mengelola pengguna."  # the CLI's


def test_a_conflict_names_the_record_and_the_other_clerk_in_english(english):
    stale = StaleRecord(Sentence("Data peserta"), None, None, 2)
    assert stale.message == (
        "Trainee record was changed by another user after you opened it; your changes have "
        "not been saved."
    )
    fields = FieldErrors({"role": Sentence("Peran {role} tidak berhak {action}.", role="x",
                                           action="y"), "name": "Nama wajib diisi."})  # fmt: skip
    assert fields.message == "The x role may not y.; Nama wajib diisi."  # plain text as it is


def test_the_indonesian_interface_says_them_as_core_wrote_them(qapp):
    assert i18n.install("id")
    with pytest.raises(PermissionDenied) as refused:
        require(Actor("budi", Role.VIEWER), Action.MANAGE_USERS)
    assert refused.value.message == "Peran Peninjau tidak berhak mengelola pengguna."


@given(st.text(), st.text())
def test_a_sentence_is_the_indonesian_text_everywhere_else(first, second):
    text = Sentence("{a} dan {b}", a=first, b=second)
    assert text == f"{first} dan {second}" and hash(text) == hash(f"{first} dan {second}")
    assert pickle.loads(pickle.dumps(text)) == text
    assert spoken("teks biasa") == "teks biasa"


def test_graduation_reasons_show_in_english_on_the_certificates_page(qtbot, db, english):
    built = finished_batch(db, participants=1, present=[5])
    window = main_window(qtbot, db)
    page = window.show_page(CertificatesPage)
    page.picker.select(built.id)
    qtbot.waitUntil(lambda: page.batch_id == built.id, timeout=5000)
    page.tabs.setCurrentIndex(1)
    model = page.outcome_view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Reason")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    reason = model.index(0, column).data()
    assert re.fullmatch(r"Attendance 50 % \(5 of 10 days\), below the 80 % threshold\.", reason)


def test_the_registration_form_explains_a_wrong_nik_in_english(qtbot, db, english, monkeypatch):
    # Closing the form with what was typed asks first: the test's answer is to discard it.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    form = TraineeForm(context_of(db))
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()  # leaving a field counts only when the clerk's Tab moves the focus
    form.identity.nik.setFocus()
    qtbot.waitUntil(form.identity.nik.hasFocus, timeout=3000)
    qtbot.keyClicks(form.identity.nik, "360201570895")
    qtbot.keyClick(form.identity.nik, Qt.Key.Key_Tab)
    assert form.errors.labels["nik"].text() == "A NIK has 16 digits; 12 were entered."
    form.identity.nik.selectAll()
    qtbot.keyClicks(form.identity.nik, "3602015708950001")  # a woman born 17-08-1995
    qtbot.keyClick(form.identity.nik, Qt.Key.Key_Tab)
    form.identity.birth_date.selectAll()
    qtbot.keyClicks(form.identity.birth_date, "18-08-1995")
    said = form.errors.labels["birth_date"].text()
    assert said == "The birth date does not match the NIK (the NIK says 17-08-1995)."


def test_a_refused_sync_file_and_a_mistyped_fingerprint_are_explained_in_english(
    qtbot, tmp_path, monkeypatch, english
):
    blk = reinstalled_blk(tmp_path)
    province = new_province(tmp_path)
    page = ReportsPage(context_of(province, province=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentIndex(2)
    for file in (blk.before, blk.after):
        merge_on_page(qtbot, monkeypatch, page, [file])
    outcome = page.merge_model.index(0, 9).data()
    new, old = blk.new_fingerprint, blk.old_fingerprint
    assert outcome == (
        f"This file was signed with key {new}, but the key recorded at the province for PDG is "
        f"{old}. The whole file is rejected. If the BLK reinstalled BLKDesk, check its new key's "
        "fingerprint by phone, then a province admin accepts that new key."
    )
    with province.session() as s:  # the audit trail keeps what core wrote, in Indonesian
        stored = s.scalar(select(AuditEvent.reason).where(AuditEvent.action == "merge_rejected"))
    assert stored.startswith(f"Berkas ini ditandatangani kunci {new}, padahal kunci PDG")
    said = {}

    def answer(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.typed, "1234-5678")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        said["error"] = dialog.errors.labels["fingerprint"].text()
        return dialog.reject()

    monkeypatch.setattr(AcceptKeyDialog, "exec", answer)
    qtbot.mouseClick(page.accept_key_button, Qt.MouseButton.LeftButton)
    assert said["error"] == (
        "The fingerprint typed is not the fingerprint of the key in this file. Check it again "
        "with the BLK by phone: if it still differs, this file is not from that BLK."
    )
    province.dispose()


def test_moving_a_training_day_onto_a_holiday_is_refused_in_english_beside_the_date(
    qtbot, db, english, monkeypatch
):
    ctx = context_of(db)
    bid = planned_batch(db, ctx.actor, make_program(db, ctx.actor), date(2026, 8, 10))
    said = []

    def choose(dialog):
        if said:  # shown again with the refusal beside the date: the clerk reads it, gives up
            said.append(dialog.errors.labels["on"].text())
            return False
        said.append("")
        dialog.date.setDate(QDate(2026, 8, 17))  # Independence Day
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        return dialog.result()

    monkeypatch.setattr(DateReasonDialog, "exec", choose)
    dialog = BatchDetailDialog(ctx, bid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.calendar.select(date(2026, 8, 12))
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert re.fullmatch(
        r"17 August 2026 is a national holiday \(.+\)\. Choose another date\.", said[1]
    ), said
    assert date(2026, 8, 12) in dialog.info.days  # nothing moved


@given(st.lists(st.text(), max_size=40))
def test_a_list_of_sentences_joins_like_the_plain_text(parts):
    assert semicolons(parts) == "; ".join(parts)
    assert spaced(parts) == " ".join(parts)
    assert commas(parts) == ", ".join(parts)


def test_an_import_row_lists_its_problems_each_in_english(english):
    problems = [
        clause(Sentence("{day} bukan hari pelatihan {batch}.", day="1 Mei 2026", batch="I/2026")),
        Sentence("kode '{code}' pada {day} tidak dikenal", code="X", day="2 Mei 2026"),
    ]
    row = Sentence("Baris {row} ({name}): {problems}.", row=5, name="Budi",
                   problems=semicolons(problems))  # fmt: skip
    assert row == (
        "Baris 5 (Budi): 1 Mei 2026 bukan hari pelatihan I/2026; kode 'X' pada 2 Mei 2026 tidak "
        "dikenal."
    )
    assert spoken(row) == (
        "Row 5 (Budi): 1 Mei 2026 is not a training day of I/2026; code 'X' on 2 Mei 2026 is "
        "unknown."
    )


def _refusal(act):
    with pytest.raises(BlkError) as refused:
        act()
    return refused.value.said


@pytest.mark.parametrize(
    ("said", "in_english"),
    [
        (
            lambda: graduation.decide(1, 20, Decimal(80), 3, 0, 3, days_held=1).reason,
            "Still running: present 1 of 1 day, 19 days to go (threshold 80 % of 20 days).",
        ),
        (
            lambda: graduation.decide(5, 5, Decimal(80), 1, 1, 0).reason,
            "Attendance 100 % and the 1 unit competent.",
        ),
        (
            lambda: graduation.decide(5, 5, Decimal(80), 3, 3, 0).reason,
            "Attendance 100 % and all 3 units competent.",
        ),
        (
            lambda: graduation.decide(0, 4, Decimal(80), 1, 0, 1, days_held=3).reason,
            "Attendance 0 % (0 of 4 days), below the 80 % threshold; attending the remaining "
            "1 day would not be enough.",
        ),
        (
            lambda: _refusal(lambda: nik.parse("3")),
            "A NIK has 16 digits; 1 was entered.",
        ),
        (
            lambda: (
                StaleCells(
                    Sentence("{n} sel kehadiran", n=number(1)), [], Sentence("pengguna lain")
                ).said
            ),
            "another user changed 1 attendance cell after you opened this table; the table was "
            "reloaded and your changes there have not been saved.",
        ),
        (
            lambda: CheckReport(Path("blk.sqlite"), False, ["Page 3: rusak"]).summary(),
            "The quick check found 1 problem: Page 3: rusak",
        ),
        (
            lambda: CheckReport(Path("blk.sqlite"), False, ["a", "b"]).summary(),
            "The quick check found 2 problems: a; b",
        ),
        (
            lambda: auth._locked_message(
                datetime(2026, 1, 5, 8, 0, 30), datetime(2026, 1, 5, 8, 0, 0)
            ),
            "Too many failed login attempts. The account is locked for a while; try again in 1 "
            "minute.",
        ),
    ],
)
def test_english_says_one_of_a_core_count_in_the_singular(said, in_english, english):
    """Core writes "1 hari" and "3 hari" alike; English says "1 day" and "3 days"."""
    assert spoken(said()) == in_english
