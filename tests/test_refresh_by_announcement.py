"""Pages redraw from the announcement an action makes: at once when visible, on the next show
when hidden, and never because a test (or the clerk) reopened them."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from blkdesk.core.changes import Changes, Kind
from blkdesk.ui.screens import AttendancePage, CertificatesPage, HomePage, TraineesPage
from blkdesk.ui.screens.trainees.form import TraineeForm
from tests.support.batches import assessed_batch, running_batch
from tests.support.windows import main_window

SITI_NIK = "3602015708950001"


@pytest.fixture
def window(qtbot, qapp, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win = main_window(qtbot, db)
    win.resize(1366, 768)
    return win


def _card(window, key):
    return int(window.page(HomePage).cards[key].value.text())


def _open(window, page_class):
    return window.show_page(page_class)


def _no_reload_by_hand(monkeypatch, page_class):
    """Counts the page's redraws, so a test sees that the announcement (not the test) did it."""
    counts = {"refresh": 0}
    original = page_class.refresh

    def counting(self):
        counts["refresh"] += 1
        original(self)

    monkeypatch.setattr(page_class, "refresh", counting)
    return counts


def test_registering_a_trainee_refreshes_peserta_and_beranda(qtbot, window, monkeypatch):
    home_refreshes = _no_reload_by_hand(monkeypatch, HomePage)
    page = _open(window, TraineesPage)
    assert page.count_label.text().startswith("0 ")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.findChild(TraineeForm)
    who, where = form.identity, form.address
    for widget, text in (
        (who.nik, SITI_NIK), (who.kk_number, "3602011203080004"), (who.name, "Siti Aminah"),
        (who.birth_place, "Lebak"), (who.religion, "Islam"), (who.marital_status, "Belum"),
        (who.education, "SLTA"), (where.address, "Kp. Cibeureum No. 4"), (where.rt, "2"),
        (where.rw, "5"), (where.village, "Cibeureum"), (where.district, "Rangkasbitung"),
        (form.contact.phone, "0812-3456-7890"), (form.work.employment_status, "Pencari"),
    ):  # fmt: skip
        qtbot.keyClicks(widget, text)
    qtbot.mouseClick(form.consent.consent, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form, Qt.Key.Key_Return)
    assert not form.isVisible()
    # The Peserta list shows her at once: the page is visible and was told.
    assert page.count_label.text().startswith("1 ")
    assert page.model.index(0, 0).data() == "Siti Aminah"
    # Beranda is hidden: it redraws once, when the clerk goes back to it.
    shown_before = home_refreshes["refresh"]
    assert window.page(HomePage)._stale
    _open(window, HomePage)
    assert home_refreshes["refresh"] == shown_before + 1


def test_keying_a_day_updates_the_unkeyed_days_card(qtbot, window):
    built = running_batch(window.ctx.db, days=10)
    window.page(HomePage).mark_stale()
    assert _card(window, "unkeyed_days") == 10
    page = _open(window, AttendancePage)
    page.select_batch(built.id)
    page.view.go_to(0, page.model.column_of(built.days[0]))
    page.view.setFocus()
    for _ in built.enrollments:
        qtbot.keyClick(page.view, Qt.Key.Key_H)
    # Told by the announcement, not by a poll of the audit trail on the way back.
    assert window.page(HomePage)._stale
    _open(window, HomePage)
    assert _card(window, "unkeyed_days") == 9


def test_issuing_certificates_updates_the_certificates_waiting(qtbot, window):
    assessed_batch(window.ctx.db, participants=2)
    window.page(HomePage).mark_stale()
    assert _card(window, "certificates_to_print") == 0
    page = _open(window, CertificatesPage)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert "4 dokumen diterbitkan" in page.message.text()
    assert page.cert_model.rowCount() == 4
    assert window.page(HomePage)._stale
    _open(window, HomePage)
    assert _card(window, "certificates_to_print") == 4


def test_a_visible_page_redraws_at_once_and_a_hidden_one_on_its_next_show(window, monkeypatch):
    counts = _no_reload_by_hand(monkeypatch, TraineesPage)
    bus = window.ctx.bus
    bus.announce(Changes.of(Kind.TRAINEES))  # Beranda is showing; Peserta is hidden
    assert counts["refresh"] == 0
    bus.announce(Changes.of(Kind.USERS))
    _open(window, TraineesPage)
    assert counts["refresh"] == 1
    bus.announce(Changes.of(Kind.USERS))  # not something Peserta shows
    assert counts["refresh"] == 1
    bus.announce(Changes.of(Kind.TRAINEES, remote=True))  # another clerk's commit
    assert counts["refresh"] == 2


def test_a_commit_nobody_announced_reaches_the_page_through_the_audit_trail(window, admin):
    from blkdesk.core.training import catalog

    before = window.page(HomePage)._stale
    assert not before
    seen: list[Changes] = []
    window.ctx.bus.changed.connect(seen.append)
    with window.ctx.db.transaction() as session:  # as another clerk on the same server would
        catalog.save_instructor(session, admin, catalog.InstructorInput("Rina Marlina, S.Kom."))
    window.watch.poll()
    assert seen == [Changes.of(Kind.PROGRAMS, remote=True)]
    window.watch.poll()  # nothing new since
    assert len(seen) == 1


def test_the_clerks_own_commit_never_comes_back_as_another_clerks_and_no_remote_is_lost(
    window, admin
):
    from datetime import date

    from blkdesk.core.registry import trainees
    from blkdesk.core.training import catalog
    from blkdesk.ui.actions import act, act_on_db
    from tests.support.registrants import siti

    seen: list[Changes] = []
    window.ctx.bus.changed.connect(seen.append)
    # Another clerk's commit, not yet polled for, then one of this clerk's own actions.
    with window.ctx.db.transaction() as session:
        catalog.save_instructor(session, admin, catalog.InstructorInput("Rina Marlina, S.Kom."))
    assert act(window, window.ctx, lambda s: trainees.register(s, admin, siti()),
               Changes.of(Kind.TRAINEES))  # fmt: skip
    window.watch.poll()
    # The other clerk's commit is still heard; this clerk's own is not heard back.
    assert seen == [Changes.of(Kind.TRAINEES), Changes.of(Kind.PROGRAMS, remote=True)]

    def register_and_hear_the_notification_first(db):
        with db.transaction() as session:
            ani = siti(nik="3602014506980002", name="Ani Suryani", birth_date=date(1998, 6, 5),
                       phone="0813-2222-3333", email="")  # fmt: skip
            trainees.register(session, admin, ani)
        # The server's notification of this very commit is handled before the action's own
        # announcement: the two race on the GUI thread.
        window.watch.poll()

    assert act_on_db(window, window.ctx, register_and_hear_the_notification_first,
                     Changes.of(Kind.TRAINEES))  # fmt: skip
    window.watch.poll()
    assert seen[2:] == [Changes.of(Kind.TRAINEES)]


def test_an_unreachable_server_skips_a_poll_without_troubling_the_clerk(window, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from blkdesk.core import changes as changes_module

    def down(*_a):
        raise OperationalError("SELECT max(id)", {}, ConnectionRefusedError())

    seen: list[Changes] = []
    window.ctx.bus.changed.connect(seen.append)
    monkeypatch.setattr(changes_module, "since", down)
    window.watch.poll()  # logged, nothing announced, nothing raised into the event loop
    assert seen == []
    monkeypatch.undo()
    window.close()
    assert not window.watch._timer.isActive()


def test_a_restore_by_another_pc_redraws_every_page_and_later_commits_are_still_heard(
    window, admin
):
    """The server PC restored a backup: the audit trail went back below what this PC had read,
    and the data may differ anywhere. Every page is told; what is committed after is heard."""
    from sqlalchemy import delete, func, select

    from blkdesk.core.models import AuditEvent
    from blkdesk.core.training import catalog

    seen: list[Changes] = []
    window.ctx.bus.changed.connect(seen.append)
    with window.ctx.db.transaction() as session:
        backed_up = session.scalar(select(func.max(AuditEvent.id)))
    with window.ctx.db.transaction() as session:  # another clerk, after the backup was made
        catalog.save_instructor(session, admin, catalog.InstructorInput("Rina Marlina, S.Kom."))
    window.watch.poll()
    assert seen == [Changes.of(Kind.PROGRAMS, remote=True)]
    with window.ctx.db.transaction() as session:  # the backup restored: its trail is shorter
        session.execute(delete(AuditEvent).where(AuditEvent.id > backed_up))
    window.watch.poll()
    assert seen[1:] == [Changes.everything(remote=True, restored=True)]
    with window.ctx.db.transaction() as session:
        catalog.save_instructor(session, admin, catalog.InstructorInput("Dedi Kurniawan"))
    window.watch.poll()
    assert seen[2:] == [Changes.of(Kind.PROGRAMS, remote=True)]
