"""The action helper: one transaction, refusals beside the field or in a dialog, bugs to the
crash handler, and the announcement only after a commit."""

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox, QWidget
from sqlalchemy import func, select

from blkdesk.core.changes import Changes, Kind, union
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import Instructor, User
from blkdesk.core.progress import Progress
from blkdesk.core.training import catalog
from blkdesk.ui.actions import act, act_in_background, in_background, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.forms import FormErrors


@pytest.fixture
def ctx(db):
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    return AppContext(db, user, "LBK", "BLK")


@pytest.fixture
def heard(ctx):
    out: list[Changes] = []
    ctx.bus.changed.connect(out.append)
    return out


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _instructors(db):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Instructor))


def _save(ctx, name):
    return lambda session: (
        catalog.save_instructor(session, ctx.actor, catalog.InstructorInput(name)).id
    )


def test_success_commits_announces_and_hands_back_the_result(qtbot, ctx, heard):
    got: list[int] = []
    changes = lambda new_id: Changes.with_ids(Kind.PROGRAMS, [new_id])  # noqa: E731
    assert act(None, ctx, _save(ctx, "Rina Marlina"), changes, then=got.append)
    assert _instructors(ctx.db) == 1
    assert heard == [Changes.with_ids(Kind.PROGRAMS, got)]


def test_a_field_refusal_is_shown_beside_its_field_and_nothing_is_announced(
    qtbot, ctx, heard, warnings
):
    holder = QWidget()
    qtbot.addWidget(holder)
    fields = FormErrors()
    name = QLineEdit()
    fields.add_row(QFormLayout(holder), "Nama", name, "name")
    holder.show()
    assert not act(holder, ctx, _save(ctx, "R"), Changes.of(Kind.PROGRAMS), fields=fields)
    assert fields.labels["name"].isVisible() and "Nama" in fields.labels["name"].text()
    assert name.property("invalid") and warnings == [] and heard == []
    assert act(holder, ctx, _save(ctx, "Rina Marlina"), Changes.of(Kind.PROGRAMS), fields=fields)
    assert not fields.labels["name"].isVisible()


def test_a_refusal_without_a_field_goes_to_a_dialog_and_rolls_back(ctx, heard, warnings):
    def half_then_refuse(session):
        _save(ctx, "Rina Marlina")(session)
        raise ValidationError("Angkatan ini sudah ditutup.")

    assert not act(None, ctx, half_then_refuse, Changes.of(Kind.PROGRAMS))
    assert warnings == ["Angkatan ini sudah ditutup."]
    assert _instructors(ctx.db) == 0 and heard == []


def test_field_errors_for_fields_the_form_lacks_still_reach_the_clerk(ctx, warnings):
    def refuse(_session):
        raise FieldErrors({"elsewhere": "Nomor HP tidak dikenal."})

    assert not act(None, ctx, refuse, Changes.of(Kind.TRAINEES), fields=FormErrors())
    assert warnings == ["Nomor HP tidak dikenal."]


def test_a_bug_goes_to_the_crash_handler_not_to_the_clerk(ctx, heard, warnings, monkeypatch):
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: crashes.append(exc))

    def broken(session):
        _save(ctx, "Rina Marlina")(session)
        raise KeyError("status")

    assert not act(None, ctx, broken, Changes.of(Kind.PROGRAMS))
    assert [type(c) for c in crashes] == [KeyError]
    assert warnings == [] and heard == [] and _instructors(ctx.db) == 0


def test_query_reads_and_announces_nothing(ctx, heard):
    got: list[int] = []
    assert query(
        None, ctx, lambda s: s.scalar(select(func.count()).select_from(User)), then=got.append
    )
    assert got == [1] and heard == []


def test_background_work_announces_on_the_gui_thread_and_cancel_is_quiet(qtbot, ctx, heard):
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[str] = []

    def work(progress: Progress) -> str:
        progress.update(1, 2, "Menyimpan")
        return "ok"

    task = act_in_background(
        parent, ctx, "Impor", work, Changes.of(Kind.TRAINEES), then=done.append
    )
    qtbot.waitUntil(task.done.is_set)
    qtbot.waitUntil(lambda: done == ["ok"])
    assert heard == [Changes.of(Kind.TRAINEES)]

    def cancelled(progress: Progress) -> str:
        progress.cancel()
        progress.check()
        return "never"

    task = act_in_background(parent, ctx, "Impor", cancelled, Changes.of(Kind.TRAINEES))
    qtbot.waitUntil(task.done.is_set)
    assert len(heard) == 1


def test_background_refusals_and_bugs_take_the_one_way_and_finished_always_comes(
    qtbot, ctx, heard, warnings, monkeypatch
):
    parent = QWidget()
    qtbot.addWidget(parent)
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: crashes.append(exc))
    ended: list[str] = []

    def refuse(_progress: Progress) -> None:
        raise ValidationError("Berkas ini bukan daftar hadir.")

    task = in_background(parent, "Impor", refuse, then=lambda _r: ended.append("then"))
    task.finished.connect(lambda: ended.append("finished"))
    qtbot.waitUntil(lambda: warnings == ["Berkas ini bukan daftar hadir."])
    assert ended == ["finished"] and crashes == []

    refusals: list[str] = []
    task = in_background(parent, "Impor", refuse, refused=lambda e: refusals.append(e.message))
    qtbot.waitUntil(task.done.is_set)
    qtbot.waitUntil(lambda: refusals == ["Berkas ini bukan daftar hadir."])

    def broken(_progress: Progress) -> None:
        raise KeyError("status")

    task = act_in_background(parent, ctx, "Impor", broken, Changes.of(Kind.TRAINEES))
    task.finished.connect(lambda: ended.append("finished"))
    qtbot.waitUntil(lambda: [type(c) for c in crashes] == [KeyError])
    assert ended == ["finished", "finished"] and len(warnings) == 1 and heard == []


kinds = st.frozensets(st.sampled_from(list(Kind)))
ids = st.dictionaries(st.sampled_from(list(Kind)), st.frozensets(st.integers(1, 50)), max_size=3)


@st.composite
def changes(draw):
    ks = draw(kinds)
    known = {k: v for k, v in draw(ids).items() if k in ks}
    return Changes(ks, known, draw(st.booleans()))


@given(changes(), changes(), changes())
def test_merging_keeps_every_kind_and_every_known_id(a, b, c):
    merged = union([a, b, c])
    assert merged.kinds == a.kinds | b.kinds | c.kinds
    assert merged.remote == (a.remote or b.remote or c.remote)
    assert merged == (a | b) | c == a | (b | c)
    for kind in merged.kinds:
        found = merged.ids_of(kind)
        parts = [x.ids_of(kind) for x in (a, b, c)]
        if found is None:  # unknown on some side: any record of that kind may have changed
            assert None in parts
        else:
            assert found == frozenset().union(*parts)


def test_audit_entities_name_the_kinds_and_unknown_ones_mean_everything():
    assert Changes.from_audit(["trainee", "enrollment"]).kinds == {Kind.TRAINEES, Kind.BATCHES}
    assert Changes.from_audit(["trainee"]).remote
    assert Changes.from_audit(["something_new"]).kinds == frozenset(Kind)
    assert not Changes.from_audit([])
