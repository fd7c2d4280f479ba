"""The Laporan & Sinkronisasi page, driven the way a clerk and a province officer use it."""

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from python_calamine import CalamineWorkbook
from sqlalchemy import delete, func, select, update

from blkdesk.core.models import (
    AttendanceMark,
    AuditEvent,
    ExportLog,
    PinnedKey,
    Setting,
    Trainee,
    User,
)
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import sync_export, withheld
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.province.blks import BlksPage
from blkdesk.ui.screens.reports.accept_key import AcceptKeyDialog
from blkdesk.ui.screens.reports.page import ReportsPage
from tests.support.batches import running_batch
from tests.support.exchange_data import MONTH, build, new_blk, new_province
from tests.support.province_merges import merge_on_page, reinstalled_blk


def _page(qtbot, db, username="admin"):
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
    page = ReportsPage(AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak"))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    return page


def _choose_may_2025(qtbot, page):
    page.month_combo.setFocus()
    qtbot.keyClicks(page.month_combo, "Mei")
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, "2025")
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: page.report is not None and page.report.first == MONTH, timeout=10_000)


def test_the_months_summary_counts_one_batch_in_the_singular_in_english(qtbot, db, english):
    """'1 batch running', not '1 batches running'; each count says its own noun."""
    running_batch(db)  # March 2025, five participants
    page = _page(qtbot, db)
    page.month_combo.setFocus()
    qtbot.keyClicks(page.month_combo, "March")
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, "2025")
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: page.report is not None and page.report.first.month == 3)
    assert page.monthly_summary.text() == (
        "March 2025: 1 batch running, 5 active trainees (2 M, 3 F), 5 new, 5 finished, "
        "0 passed; 0 certificates issued; 0 placements recorded."
    )


def test_the_months_columns_name_trainees_as_its_summary_does_in_english(qtbot, db, english):
    """The summary and the columns under it name the same people: "active trainees" over columns
    headed "Active trainees", not another word in one of them."""
    running_batch(db)
    page = _page(qtbot, db)
    page.month_combo.setFocus()
    qtbot.keyClicks(page.month_combo, "March")
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, "2025")
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: page.report is not None and page.report.first.month == 3)
    model = page.rekap_view.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "active trainees" in page.monthly_summary.text()
    assert not [h for h in headings if "participant" in h.lower()], headings
    assert "Active trainees\nM" in headings and "New trainees\nF" in headings


def test_preview_month_then_save(qtbot, db, qtmodeltester, tmp_path, monkeypatch):
    build(db, per_batch=10)
    page = _page(qtbot, db)
    _choose_may_2025(qtbot, page)
    report = page.report
    qtmodeltester.check(page.rekap_model)
    model = page.rekap_model
    last = model.rowCount() - 1
    assert model.headerData(last, Qt.Orientation.Vertical) == "JUMLAH SELURUHNYA"
    active_col = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Peserta aktif\nJml"
    )  # fmt: skip
    assert model.index(last, active_col).data() == str(report.totals["active_T"])
    chart = page.chart
    assert [
        (vocation, chart.value(vocation, "L"), chart.value(vocation, "P"))
        for vocation in chart.categories()
    ] == report.by_vocation_and_sex()
    assert "Mei 2025" in page.monthly_summary.text()
    # The figures have the page's whole width: the table and the chart take turns.
    assert page.rekap_view.isVisible() and not page.chart.isVisible()
    qtbot.mouseClick(page.chart_button, Qt.MouseButton.LeftButton)
    assert page.chart.isVisible() and not page.rekap_view.isVisible()
    qtbot.mouseClick(page.table_button, Qt.MouseButton.LeftButton)
    assert page.rekap_view.isVisible()
    # The programme names head the rows, so they stay in sight while the figures scroll.
    view = page.rekap_view
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert view.verticalHeader().isVisible()
    assert all(model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount()))
    page.grab().save("/tmp/reports-monthly.png")
    target = tmp_path / "laporan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tersimpan" in page.monthly_status.text(), timeout=10_000)
    assert target.exists()
    # The admin may see full NIKs, but the file leaves the office: masked unless unticked.
    assert page.mask_check.isChecked() and page.mask_check.isEnabled()
    niks = [
        r[1]
        for r in openpyxl.load_workbook(target)["Peserta"].iter_rows(min_row=5, values_only=True)
    ]
    assert niks and all(n and "••••••••••" in n for n in niks if n)
    with db.session() as s:
        assert s.scalar(select(ExportLog.period)) == "2025-05"
    assert page.model.rowCount() == 1


def test_export_sync_full_from_the_page(qtbot, db, tmp_path, monkeypatch):
    build(db, per_batch=4)
    with db.transaction() as s:  # a health note beside a mark stays at the BLK
        s.execute(update(AttendanceMark).values(note="demam, izin dokter"))
    page = _page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    assert "catatan kehadiran" in page.sync_intro.text()
    qtbot.mouseClick(page.full_radio, Qt.MouseButton.LeftButton)
    target = tmp_path / "sync.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Tersimpan" in page.sync_status.text(), timeout=10_000)
    assert target.exists()
    book = CalamineWorkbook.from_path(str(target))
    marks = book.get_sheet_by_name("attendance_mark").to_python()
    assert len(marks) > 1 and "note" not in marks[0]
    assert not any("demam" in str(c) for row in marks for c in row)
    assert "terakhir" in page.last_sync_label.text()
    page.resize(1366, 768)
    page.grab().save("/tmp/pdp-minimise-sync-tab.png")
    with db.session() as s:
        assert s.scalar(select(ExportLog.kind)) == "sync_full"


def test_province_merges_files_and_sees_double_funding(qtbot, tmp_path, monkeypatch,
                                                        qtmodeltester):  # fmt: skip
    actor = Actor("admin", Role.ADMIN)
    first = new_blk(tmp_path, "PDG")
    build(first, per_batch=4)
    with first.session() as s:
        shared = list(s.scalars(select(Trainee.nik).order_by(Trainee.id).limit(3)))
    second = new_blk(tmp_path, "CLG", "3672")
    build(second, seed=9, per_batch=4, shared_niks=shared)
    files = []
    for name, blk in (("pdg", first), ("clg", second)):
        files.append(sync_export.export_sync(blk, actor, tmp_path / f"{name}.xlsx").path)
        blk.dispose()
    junk = tmp_path / "rusak.xlsx"
    junk.write_bytes(files[0].read_bytes()[:5000])
    province = new_province(tmp_path)
    page = _page(qtbot, province)
    page.tabs.setCurrentIndex(2)
    merge_on_page(qtbot, monkeypatch, page, [*files, junk])
    qtmodeltester.check(page.merge_model)
    qtmodeltester.check(page.funding_model)
    texts = [page.merge_model.index(r, 9).data() for r in range(3)]
    assert texts[:2] == ["Digabung", "Digabung"]
    assert texts[2] == "Berkas .xlsx ini rusak dan tidak dapat dibuka."
    assert page.merge_model.index(2, 8).data() == "seluruh berkas"
    assert page.merge_model.index(0, 2).data() == page.merge_report.files[0].key_fingerprint
    report = page.merge_report
    assert page.funding_model.rowCount() == sum(len(c.trainings) for c in report.double_funding)
    assert "pendanaan ganda" in page.funding_label.text() or not report.double_funding
    page.grab().save("/tmp/reports-merge.png")
    # The same file again (sent twice by the BLK): said so, with the key it was signed with.
    fingerprint = report.files[0].key_fingerprint
    merge_on_page(qtbot, monkeypatch, page, [files[0]])
    assert page.merge_model.index(0, 9).data() == (
        "Sama persis dengan berkas yang sudah digabung; tidak ada yang berubah"
    )
    assert page.merge_model.index(0, 2).data() == fingerprint != ""
    province.dispose()


def test_the_first_merge_after_upgrading_blanks_what_older_files_left(qtbot, tmp_path, monkeypatch):
    """A province that merged with an older BLKDesk holds the BLKs' attendance notes and
    religion: its next merge on the page blanks them and says so under the files."""
    actor = Actor("admin", Role.ADMIN)
    blk = new_blk(tmp_path, "PDG")
    build(blk, per_batch=4)
    path = sync_export.export_sync(blk, actor, tmp_path / "pdg.xlsx", full=True).path
    blk.dispose()
    province = new_province(tmp_path)
    page = _page(qtbot, province)
    page.tabs.setCurrentIndex(2)
    merge_on_page(qtbot, monkeypatch, page, [path])
    assert not page.purge_label.isVisible()
    with province.transaction() as s:
        s.execute(update(AttendanceMark).values(note="demam", updated_at=AttendanceMark.updated_at))
        s.execute(update(Trainee).values(religion="Islam", updated_at=Trainee.updated_at))
        s.execute(delete(Setting).where(Setting.key == withheld.DONE_SETTING))
        marks = s.scalar(select(func.count()).select_from(AttendanceMark))
        trainees = s.scalar(select(func.count()).select_from(Trainee))
    page.resize(1366, 768)
    merge_on_page(qtbot, monkeypatch, page, [path])  # the same file name: wait for the label
    qtbot.waitUntil(page.purge_label.isVisible, timeout=20_000)
    assert page.purge_label.text().startswith(
        f"Sebelum penggabungan, {marks + trainees} isian data pribadi"
    )
    with province.session() as s:
        assert not s.scalar(select(func.count()).where(AttendanceMark.note != ""))
        assert not s.scalar(select(func.count()).where(Trainee.religion != ""))
        assert s.scalar(select(func.count()).where(AuditEvent.action == "purge")) == 1
    page.grab().save("/tmp/pdp-minimise-merge-purged.png")
    province.dispose()


def test_viewer_sees_no_merge_and_cannot_save(qtbot, db):
    from blkdesk.core.access import auth

    with db.transaction() as s:
        auth.create_user(s, None, "peninjau", "Peninjau", Role.VIEWER, "Rahasia123")
    page = _page(qtbot, db, "peninjau")
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Penggabungan (provinsi)" not in tabs
    assert not page.save_button.isVisible() and not page.sync_button.isVisibleTo(page)
    assert page.mask_check.isChecked() and not page.mask_check.isEnabled()


def test_empty_month_shows_an_empty_chart(qtbot, db):
    page = _page(qtbot, db)
    assert page.chart.categories() == []
    assert not page.save_button.isEnabled()


def test_province_admin_accepts_a_reinstalled_blks_new_key(qtbot, tmp_path, monkeypatch):
    blk = reinstalled_blk(tmp_path)
    province = new_province(tmp_path)
    page = _page(qtbot, province)
    page.tabs.setCurrentIndex(2)
    for file in (blk.before, blk.after):
        merge_on_page(qtbot, monkeypatch, page, [file])
    assert "ditandatangani kunci" in page.merge_model.index(0, 9).data()
    assert page.accept_key_button.isVisible() and page.accept_key_button.isEnabled()
    new = blk.new_fingerprint
    seen = {}

    def answer(dialog):
        dialog.show()
        seen["pinned"], seen["new"] = dialog.pinned.text(), dialog.new.text()
        assert not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.typed, "1234-5678")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.errors.labels["fingerprint"].text()
        dialog.grab().save("/tmp/accept-key.png")
        dialog.typed.clear()
        qtbot.keyClicks(dialog.typed, new.lower())
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AcceptKeyDialog, "exec", answer)
    qtbot.mouseClick(page.accept_key_button, Qt.MouseButton.LeftButton)
    assert seen["new"] == new and seen["pinned"] != new
    assert seen["error"].startswith("Sidik jari yang diketik bukan")
    qtbot.waitUntil(lambda: page.merge_model.index(0, 9).data() == "Digabung", timeout=20_000)
    page.grab().save("/tmp/reports-accept-key.png")
    with province.session() as s:
        assert s.scalar(select(PinnedKey.fingerprint)) == new
        assert s.scalar(select(AuditEvent.user_name).where(AuditEvent.action == "accept_key"))
        user = s.scalar(select(User).where(User.username == "admin"))
    # The list of BLKs shows the BLK's keys: the retired one with its period, and the new one.
    blks_page = BlksPage(AppContext(province, user, "DISNAKER36", "Disnakertrans", province=True))
    qtbot.addWidget(blks_page)
    blks_page.resize(1366, 768)
    blks_page.show()
    blks_page.refresh()
    blks_page.lower_tabs.setCurrentWidget(blks_page.keys_view)
    keys_model = blks_page.keys_model
    shown = [[keys_model.index(r, c).data() for c in range(keys_model.columnCount())]
             for r in range(keys_model.rowCount())]  # fmt: skip
    assert [row[:2] for row in shown] == [[seen["pinned"], "diganti"], [new, "berlaku kini"]]
    assert shown[0][3] and shown[0][5].endswith("admin") and shown[1][3] == ""
    assert "kunci tercatat: 2" in blks_page.history_title.text()
    blks_page.grab().save("/tmp/sync2-blks-keys.png")
    province.dispose()
