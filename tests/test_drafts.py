"""Unsaved intake forms do not stay for ever (core/registry/drafts): kept per clerk, removed at
start-up once untouched past their retention, listed and discarded by an administrator, from
the settings page and the command line, every removal audited without what the form held."""

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from blkdesk.core.access import auth
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import AuditEvent, User
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import drafts
from blkdesk.ui import app as app_module
from blkdesk.ui.screens.settings.page import SettingsPage
from tests.support.windows import context_of

# A Friday afternoon, and the Monday morning after it.
FRIDAY = datetime(2026, 11, 27, 16, 40)
MONDAY = datetime(2026, 11, 30, 7, 55)
OPERATOR = Actor("siti", Role.OPERATOR)


def _audit(db, action: str) -> list[AuditEvent]:
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "draft",
                                                       AuditEvent.action == action)))  # fmt: skip


def _operator(db, username: str = "siti") -> None:
    with db.transaction() as s:
        admin = s.scalar(select(User).where(User.username == "admin"))
        auth.create_user(s, auth.actor_for(admin), username, "Siti Rahma", Role.OPERATOR,
                         "Rahasia123")  # fmt: skip
        s.scalar(select(User).where(User.username == username)).must_change_password = False


def test_two_clerks_new_forms_on_one_pc_do_not_overwrite_each_other(db):
    drafts.save(db.location, "new", "siti", {"name": "Ani"})
    drafts.save(db.location, "new", "budi", {"name": "Bayu"})
    assert [d.values["name"] for d in drafts.pending(db.location, "siti")] == ["Ani"]
    assert [d.values["name"] for d in drafts.pending(db.location, "budi")] == ["Bayu"]
    drafts.discard(db.location, "new", "siti")
    assert drafts.pending(db.location, "siti") == []
    assert len(drafts.pending(db.location, "budi")) == 1


def test_fridays_draft_is_there_on_monday_and_a_departed_clerks_goes(db, admin):
    drafts.save(db.location, "new", "siti", {"name": "Ani Lestari", "nik": "3602015708950001"},
                now=FRIDAY)  # fmt: skip
    drafts.save(db.location, "edit-7", "budi", {"name": "Bayu"}, now=MONDAY - timedelta(days=15))
    # A file an earlier BLKDesk wrote ("new.json", no key inside), as old as the departed one.
    legacy = drafts.folder(db.location) / "new.json"
    legacy.write_text(json.dumps({"saved_at": (MONDAY - timedelta(days=40)).isoformat(),
                                  "user": "lama", "values": {"name": "Citra"}}))  # fmt: skip
    gone = drafts.expire(db, admin, now=MONDAY)
    assert sorted((d.user, d.key) for d in gone) == [("budi", "edit-7"), ("lama", "new")]
    assert [d.values["name"] for d in drafts.all_drafts(db.location)] == ["Ani Lestari"]
    events = _audit(db, "expire")
    assert sorted(e.entity_uuid for e in events) == ["edit-7", "new"]
    for event in events:
        # Who and when, never what the form held.
        assert "Bayu" not in event.changes and "Citra" not in event.changes
        assert json.loads(event.changes)["clerk"][0] in ("budi", "lama")
        assert "14 hari" in event.reason
    # Fourteen days after Friday it goes too; not a minute before.
    assert drafts.expire(db, admin, now=FRIDAY + timedelta(days=14) - timedelta(minutes=1)) == []
    assert len(drafts.expire(db, admin, now=FRIDAY + timedelta(days=14, minutes=1))) == 1


def test_the_retention_is_an_administrators_setting_within_bounds(db, admin):
    drafts.save(db.location, "new", "siti", {"name": "Ani"}, now=MONDAY - timedelta(days=20))
    with db.transaction() as s:
        drafts.set_retention_days(s, admin, 30)
    assert drafts.expire(db, admin, now=MONDAY) == []
    for days in (2, 91):
        with db.transaction() as s, pytest.raises(ValidationError, match="3–90 hari"):
            drafts.set_retention_days(s, admin, days)
    with db.transaction() as s, pytest.raises(PermissionDenied):
        drafts.set_retention_days(s, OPERATOR, 30)
    with db.session() as s:
        assert drafts.retention_days(s) == 30


def test_only_an_administrator_lists_and_discards_other_clerks_drafts(db, admin):
    drafts.save(db.location, "new", "budi", {"name": "Bayu"})
    with pytest.raises(PermissionDenied):
        drafts.listed_for(OPERATOR, db.location)
    (draft,) = drafts.listed_for(admin, db.location)
    with pytest.raises(PermissionDenied):
        drafts.discard_for(db, OPERATOR, draft)
    assert drafts.all_drafts(db.location)
    drafts.discard_for(db, admin, draft)
    assert drafts.all_drafts(db.location) == []
    (event,) = _audit(db, "discard")
    assert event.user_name == "admin" and json.loads(event.changes)["clerk"] == ["budi", None]


def test_a_draft_that_cannot_be_removed_says_so_and_stays_for_the_next_start(
    db, admin, monkeypatch
):
    drafts.save(db.location, "new", "budi", {"name": "Bayu"}, now=MONDAY - timedelta(days=30))

    def locked(self, missing_ok=False):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m, pytest.raises(drafts.DraftNotRemoved, match="milik budi"):
        m.setattr(Path, "unlink", locked)
        drafts.expire(db, admin, now=MONDAY)
    assert len(drafts.all_drafts(db.location)) == 1
    assert len(drafts.expire(db, admin, now=MONDAY)) == 1


def test_the_command_line_lists_expires_discards_and_sets_the_retention(db, capsys):
    from blkdesk.cli import main

    drafts.save(db.location, "new", "siti", {"name": "Ani Lestari"}, now=FRIDAY)
    drafts.save(db.location, "edit-3", "budi", {"name": "Bayu"}, now=datetime.now())
    drafts.save(db.location, "new", "lama", {"name": "Citra"}, now=datetime(2020, 1, 1))
    assert main(["drafts", "list", "--db", db.url]) == 0
    listed = capsys.readouterr().out
    assert "siti\tnew\tdisimpan 27 November 2026 16.40\tdihapus sesudah 11 Desember 2026" in listed
    assert "budi\tedit-3" in listed and "Ani" not in listed  # no one's data on the terminal
    assert main(["drafts", "expire", "--db", db.url]) == 0
    # Friday 2026 is not yet stale by the PC's clock in the tests' time; 2020's is.
    assert "formulir belum disimpan yang kedaluwarsa dihapus" in capsys.readouterr().out
    assert "lama" not in {d.user for d in drafts.all_drafts(db.location)}
    assert main(["drafts", "discard", "--clerk", "budi", "--form", "edit-3", "--db", db.url]) == 0
    assert "budi" not in {d.user for d in drafts.all_drafts(db.location)}
    assert main(["drafts", "discard", "--clerk", "budi", "--form", "edit-3", "--db", db.url]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["drafts", "retention", "30", "--db", db.url]) == 0
    assert main(["drafts", "retention", "1", "--db", db.url]) == 1
    with db.session() as s:
        assert drafts.retention_days(s) == 30


def test_a_start_removes_stale_drafts_whoever_logs_in(qtbot, db):
    """The clerk who left never logs in again; the one who does starts BLKDesk as usual."""
    _operator(db)
    now = datetime.now()
    drafts.save(db.location, "new", "budi", {"name": "Bayu"}, now=now - timedelta(days=15))
    drafts.save(db.location, "new", "siti", {"name": "Ani"}, now=now - timedelta(days=3))
    ctx = context_of(db, "siti")
    window = app_module.show_window(db, ctx.user, ctx.institution_code, ctx.institution_name,
                                    False)  # fmt: skip
    qtbot.addWidget(window)
    assert window is not None and window.isVisible()
    assert [d.user for d in drafts.all_drafts(db.location)] == ["siti"]
    (event,) = _audit(db, "expire")
    assert event.user_name == "siti" and event.entity_uuid == "new"


def test_an_administrator_sees_every_clerks_drafts_and_discards_a_departed_ones(
    qtbot, db, monkeypatch
):
    now = datetime.now()
    drafts.save(db.location, "new", "budi", {"name": "Bayu Saputra"}, now=now - timedelta(days=9))
    drafts.save(db.location, "edit-4", "siti", {"name": "Ani Lestari"}, now=now)
    page = SettingsPage(context_of(db))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentWidget(page.privacy_tab)
    box = page.privacy_tab.drafts_box
    qtbot.waitUntil(lambda: box.model.rowCount() == 2)
    rows = [[box.model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert [r[:3] for r in rows] == [["siti", "Ubah data peserta", "Ani Lestari"],
                                     ["budi", "Pendaftar baru", "Bayu Saputra"]]  # fmt: skip
    page.grab().save("/tmp/pdp-minimise-drafts-box.png")
    # The retention: 30 days from now on.
    box.retention.selectAll()
    qtbot.keyClicks(box.retention, "30")
    qtbot.mouseClick(box.retention_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert drafts.retention_days(s) == 30
    expected = (now - timedelta(days=9) + timedelta(days=30)).strftime("%H.%M")
    assert box.model.index(1, 4).data().endswith(expected)
    # Budi left: his form goes, asked first.
    asked = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or yes)
    box.view.selectRow(1)
    qtbot.mouseClick(box.discard_button, Qt.MouseButton.LeftButton)
    assert "pendaftar baru milik budi" in asked[0]
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert [d.user for d in drafts.all_drafts(db.location)] == ["siti"]
    (event,) = _audit(db, "discard")
    assert event.user_name == "admin"


def test_an_operator_sees_no_other_clerks_drafts(qtbot, db):
    _operator(db)
    page = SettingsPage(context_of(db, "siti"))
    qtbot.addWidget(page)
    assert not hasattr(page, "privacy_tab") or not hasattr(page.privacy_tab, "drafts_box")
