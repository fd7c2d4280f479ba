"""The Penilaian & Sertifikat page, driven as a clerk would: keys, buttons and dialogs."""

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
)
from sqlalchemy import func, select, update

from blkdesk.core.certification import assessment, certificate_layout, graduation
from blkdesk.core.models import Assessment, AuditEvent, Certificate, Enrollment, Program, User
from blkdesk.core.permissions import Actor, Role
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.certificates.dialogs import OverrideDialog, VerifyDialog, VoidDialog
from blkdesk.ui.screens.certificates.layout_dialog import LayoutDialog
from blkdesk.ui.screens.certificates.page import CertificatesPage
from tests.support.batches import assessed_batch, finished_batch
from tests.support.printing import answer_preview, answer_print_dialog, pdf_printer
from tests.support.windows import main_window

BUDI = Actor("budi", Role.OPERATOR)


def _ctx(db, role=Role.ADMIN):
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    user.role = role.value
    return AppContext(db, user, "LBK", "UPTD BLK Kabupaten Lebak")


@pytest.fixture
def page(qtbot, qapp, db):
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    return page


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_assessment_grid_is_keyed_from_the_keyboard(qtbot, qtmodeltester, page, db):
    built = finished_batch(db, participants=2, units=2)
    page.show()
    qtmodeltester.check(page.grid_model)
    assert page.grid_model.rowCount() == 2 and page.grid_model.columnCount() == 3
    page.tabs.setCurrentIndex(0)
    qtbot.keyClicks(page.assessor, "Dadang Suherman")
    qtbot.keyClicks(page.score, "88")
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)  # Ahmad, unit 1: K, then down to Siti
    qtbot.keyClick(page.grid_view, Qt.Key.Key_B)  # Siti, unit 1: BK
    assert page.grid_model.index(0, 1).data() == "K"
    assert page.grid_model.index(1, 1).data() == "BK"
    page.grid_view.setCurrentIndex(page.grid_model.index(1, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)  # second attempt
    assert page.grid_model.index(1, 1).data() == "K (2)"
    assert "Percobaan 1: BK" in page.grid_model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)  # already K: refused with the reason
    assert "sudah kompeten" in page.message.text()
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Delete)
    assert page.grid_model.index(0, 1).data() == ""
    # A whole unit column at once.
    selection = page.grid_view.selectionModel()
    selection.clearSelection()
    for row in range(2):
        selection.select(page.grid_model.index(row, 2), QItemSelectionModel.SelectionFlag.Select)
    qtbot.mouseClick(page.k_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        rows = s.execute(
            select(Assessment.result, Assessment.assessor, Assessment.deleted_at)
        ).all()
    assert len(rows) == 5  # the withdrawn attempt stays, marked deleted
    assert sum(1 for r in rows if r.deleted_at is not None) == 1
    assert {r.assessor for r in rows} == {"Dadang Suherman"}
    assert "2 penilaian K tercatat" in page.message.text()
    assert built.id == page.batch_id


def test_a_refused_score_is_said_beside_the_score_box(qtbot, page, db):
    finished_batch(db, participants=2, units=1)
    page.show()
    page.tabs.setCurrentIndex(0)
    qtbot.keyClicks(page.score, "150")
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    assert page.grid_model.index(0, 1).data() == ""  # nothing recorded
    assert page.score_error.isVisible(), page.message.text()
    assert page.score_error.text() == "Nilai harus angka 0–100."
    assert page.score.property("invalid") is True
    assert page.focusWidget() is page.score and page.score.selectedText() == "150"
    assert page.message.text() == ""  # said once, where it is corrected
    qtbot.keyClicks(page.score, "85")  # typed over the selection
    assert not page.score_error.isVisible() and page.score.property("invalid") is False
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    assert page.grid_model.index(0, 1).data() == "K"
    with db.session() as s:
        assert s.scalar(select(Assessment.score)) == 85
    # A date before the batch began is said beside the date, and the score is not blamed.
    page.assessed_on.setDate(QDate(2000, 1, 6))
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(page.grid_model.index(1, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    assert page.date_error.isVisible() and "sebelum angkatan dimulai" in page.date_error.text()
    assert page.focusWidget() is page.assessed_on and not page.score_error.isVisible()
    assert page.grid_model.index(1, 1).data() == ""


def test_after_clicking_k_the_next_key_goes_to_the_grid(qtbot, page, db):
    finished_batch(db, participants=3, units=1)
    page.show()
    page.tabs.setCurrentIndex(0)
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.mouseClick(page.k_button, Qt.MouseButton.LeftButton)
    assert page.focusWidget() is page.grid_view
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_B)  # the next participant, from the keyboard
    assert [page.grid_model.index(r, 1).data() for r in range(3)] == ["K", "BK", ""]


def test_tab_into_the_grid_lands_on_the_first_unit_so_k_records(qtbot, page, db):
    """Tab from the buttons put the cursor on Ahmad's name: K there recorded nothing, and
    said nothing."""
    finished_batch(db, participants=2, units=2)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.tabs.setCurrentIndex(0)
    page.assessor.setFocus()
    qtbot.keyClicks(page.assessor, "Dadang Suherman")
    for _ in range(5):  # K, B, Hapus penilaian terakhir, then the grid
        if page.focusWidget() is page.grid_view:
            break
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is page.grid_view
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    assert page.grid_model.index(0, 1).data() == "K"
    assert "1 penilaian K tercatat" in page.message.text()
    with db.session() as s:
        assert s.execute(select(Assessment.result, Assessment.assessor)).all() == [
            ("K", "Dadang Suherman")
        ]


def test_k_on_a_name_says_that_a_units_cell_is_needed(qtbot, page, db):
    """K with the cursor on a name (clicked there) recorded nothing and said nothing."""
    finished_batch(db, participants=2, units=1)
    page.show()
    page.tabs.setCurrentIndex(0)
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 0))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    assert page.message.text() == (
        "Pilih dulu sel sebuah unit (bukan nama peserta); belum ada yang berubah."
    )
    assert page.grid_model.index(0, 1).data() == ""
    with db.session() as s:
        assert s.scalar(select(func.count(Assessment.id))) == 0


@pytest.mark.parametrize("language", ["id", "en"], indirect=True)
def test_each_result_button_names_the_key_that_records_the_same(qtbot, qapp, db, language):
    """The BK button read "BK" while its key is B; in English too."""
    finished_batch(db, participants=2, units=1)
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(0)
    for row, (button, recorded) in enumerate(((page.k_button, "K"), (page.bk_button, "BK"))):
        shown = re.fullmatch(r".+ \(([A-Z])\)", button.text())
        assert shown, button.text()
        said = f"Tombol {shown[1]}:" if language == "id" else f"{shown[1]} key:"
        assert button.toolTip().startswith(said), button.toolTip()
        page.grid_view.setCurrentIndex(page.grid_model.index(row, 1))
        qtbot.keyClicks(page.grid_view, shown[1])
        assert page.grid_model.index(row, 1).data() == recorded
    with db.session() as s:
        assert sorted(s.scalars(select(Assessment.result))) == ["BK", "K"]


@pytest.mark.parametrize(
    ("language", "said"),
    [("id", ", nilai 87,5, "), ("en", ", score 87.5, ")],
    indirect=["language"],
)
def test_a_cells_attempts_say_their_score_in_the_interfaces_language(
    qtbot, qapp, db, language, said
):
    finished_batch(db, participants=1, units=1)
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.assessor, "Dadang Suherman")
    qtbot.keyClicks(page.score, "87,5")
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    tip = page.grid_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert said + "Dadang Suherman)" in tip, tip


def test_another_clerks_result_in_the_same_cell_is_not_overwritten_but_other_cells_merge(
    qtbot, page, db
):
    built = finished_batch(db, participants=2, units=2)
    page.show()
    (e1, e2), (u1, _u2) = built.enrollments, built.units
    row_of = {p.enrollment_id: r for r, p in enumerate(page.grid_model.grid.participants)}
    # Budi, at another PC, records a BK in the first participant's unit 1 after this grid showed.
    with db.transaction() as s:
        assessment.record(s, BUDI, e1, u1, "BK", built.days[-1])
    page.grid_view.setCurrentIndex(page.grid_model.index(row_of[e2], 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)  # a cell budi did not touch: saved
    assert "1 penilaian K tercatat" in page.message.text()
    assert page.grid_model.index(row_of[e1], 1).data() == "BK"  # the refresh showed budi's
    page.grid_model.grid.attempts.pop((e1, u1))  # as the grid stood before that refresh
    page.grid_view.setCurrentIndex(page.grid_model.index(row_of[e1], 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    assert "sudah diubah oleh budi" in page.message.text()
    assert page.grid_model.index(row_of[e1], 1).data() == "BK"  # reloaded, not overwritten
    with db.session() as s:
        kept = s.execute(select(Assessment.enrollment_id, Assessment.result)).all()
    assert sorted(kept) == sorted([(e1, "BK"), (e2, "K")])


def test_every_unit_code_fits_its_column_header(qtbot, page, db):
    finished_batch(db, participants=2, units=4)
    page.show()
    header = page.grid_view.horizontalHeader()
    assert page.grid_model.columnCount() == 5
    for section in range(page.grid_model.columnCount()):
        needed = header.sectionSizeFromContents(section).width()
        assert header.sectionSize(section) >= needed, page.grid_model.headerData(
            section, Qt.Orientation.Horizontal
        )


@pytest.mark.parametrize(
    ("language", "caption"),
    [
        ("id", "Unit 2 dari 7: C.259900.011.01 Mengelas Pelat Posisi 2G dengan SMAW (16 JP)"),
        ("en", "Unit 2 of 7: C.259900.011.01 Mengelas Pelat Posisi 2G dengan SMAW (16 JP)"),
    ],
    indirect=["language"],
)
def test_seven_units_fit_a_laptop_and_the_current_one_is_said_whole(
    qtbot, qapp, db, language, caption
):
    """The headers showed codes only, each column as wide as a whole code: at 1366 × 768 a
    programme of seven units scrolled sideways and a unit's title was only in a tooltip."""
    finished_batch(db, participants=3, units=7)
    window = main_window(qtbot, db)
    qtbot.waitExposed(window)
    assert window.width() <= 1366
    page = window.show_page(CertificatesPage)
    view, model = page.grid_view, page.grid_model
    assert model.columnCount() == 8
    QApplication.processEvents()  # the scroll bar follows the columns on the next turn
    assert view.horizontalScrollBar().maximum() == 0, [view.columnWidth(c) for c in range(8)]
    tip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "C.259900.012.01 Mengelas Pelat Posisi 3G dengan SMAW" in tip
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.unit_caption.text() == caption
    assert page.unit_caption.isVisible()


def test_outcomes_show_reasons_and_override(qtbot, qtmodeltester, page, db):
    built = assessed_batch(db, participants=2, present=[6, 10])  # Siti 6 days, Ahmad 10
    page.show()
    page.tabs.setCurrentIndex(1)
    qtmodeltester.check(page.outcome_model)
    texts = [page.outcome_model.index(r, 4).data() for r in range(2)]
    assert texts[0] == "Presensi 100 % dan semua 3 unit kompeten."
    assert texts[1].startswith("Presensi 60 % (6 dari 10 hari), di bawah batas 80 %")
    outcome = page.outcome_model.row_object(1)
    dialog = OverrideDialog(page, page.ctx, outcome)
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData(graduation.LULUS))
    qtbot.keyClicks(dialog.reason, "sakit")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "minimal 10" in dialog.errors.labels["reason"].text()
    qtbot.keyClicks(dialog.reason, " dirawat di RSUD, surat dokter terlampir")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    page.reload()
    assert page.outcome_model.index(1, 3).data() == "Lulus (diputuskan)"
    with db.session() as s:
        assert s.get(Enrollment, built.enrollments[0]).outcome_override == graduation.LULUS


def test_operator_cannot_override_or_void(qtbot, db):
    page = CertificatesPage(_ctx(db, Role.OPERATOR))
    qtbot.addWidget(page)
    assert not page.override_button.isEnabled()
    assert not page.void_button.isEnabled()
    assert not page.layout_button.isEnabled()
    assert page.issue_button.isEnabled()


def test_issue_export_reprint_and_void(qtbot, qtmodeltester, page, db, tmp_path, monkeypatch):
    assessed_batch(db, participants=2)
    page.show()
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(page.cert_model)
    assert page.cert_model.rowCount() == 4
    assert "4 dokumen diterbitkan" in page.message.text()
    assert [page.cert_model.index(r, 1).data() for r in range(2)] == [
        "Sertifikat pelatihan", "Surat keterangan",
    ]  # fmt: skip
    target = tmp_path / "angkatan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tersimpan" in page.message.text(), timeout=10_000)
    assert (tmp_path / "angkatan.pdf").read_bytes().startswith(b"%PDF")
    assert "4 dokumen tersimpan" in page.message.text()
    assert page.message.text().endswith(
        ": 2 sertifikat (masing-masing 2 halaman mendatar) dan 2 surat keterangan "
        "(masing-masing 1 halaman tegak), seluruhnya 6 halaman. PDF tidak dihitung sebagai cetakan."
    )
    # A file is not a print: nothing counted, and no reprint question later.
    assert [page.cert_model.index(r, 5).data() for r in range(4)] == ["0"] * 4
    with db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.action == "export_pdf")) == 4

    # The first print of one participant, then a reprint through the preview: asked, counted.
    printers = pdf_printer(monkeypatch, tmp_path)
    answer_print_dialog(monkeypatch, qtbot)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    page.scope.setCurrentIndex(page.scope.findData("participant"))
    page.cert_view.setCurrentIndex(page.cert_model.index(0, 0))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert not asked
    assert "2 dokumen (3 halaman) dikirim ke printer PDF" in page.message.text()
    answer_preview(
        monkeypatch, qtbot, lambda d: qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
    )
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "2 dokumen sudah pernah dicetak" in asked[0]
    assert len(printers.jobs) == 2 and printers.jobs[1][1].stat().st_size > 0
    assert [page.cert_model.index(r, 5).data() for r in range(4)] == ["2", "2", "0", "0"]
    # The clerk's selection survives the reload after printing.
    assert page.cert_view.selectionModel().isRowSelected(0)

    row = page.cert_model.row_object(0)
    dialog = VoidDialog(page, page.ctx, row.id, row.number)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason, "Nama salah ketik pada data induk")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    page.reload()
    assert page.cert_model.index(0, 4).data() == "Dibatalkan"
    with db.session() as s:
        assert s.scalar(select(AuditEvent.reason).where(AuditEvent.action == "void")) == (
            "Nama salah ketik pada data induk"
        )


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("id", ": 2 sertifikat (masing-masing 2 halaman mendatar), seluruhnya 4 halaman."),
        ("en", ": 2 certificates (landscape, 2 pages each), 4 pages in all."),
    ],
    indirect=["language"],
)
def test_a_pdf_of_certificates_only_says_their_pages_each_and_no_letters(
    qtbot, qapp, db, tmp_path, monkeypatch, language, said
):
    """It read "2 sertifikat (2 halaman mendatar) dan 0 surat keterangan (1 halaman tegak), 4
    halaman": two pages for both certificates, and letters that were not in the file."""
    assessed_batch(db, participants=2)
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    page.doc_kind.setFocus()
    qtbot.keyClick(page.doc_kind, Qt.Key.Key_Down)  # Sertifikat saja
    assert page.doc_kind.currentData() == "sertifikat"
    target = tmp_path / "sertifikat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(target) in page.message.text(), timeout=10_000)
    assert said in page.message.text()


def test_the_certificate_list_speaks_english_in_the_english_interface(
    qtbot, qapp, db, english, monkeypatch
):
    """Kind and status are the interface's words, not the database's Indonesian."""
    assessed_batch(db, participants=1)
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    rows = range(page.cert_model.rowCount())
    assert [page.cert_model.index(r, 1).data() for r in rows] == [
        "Training certificate", "Completion letter",
    ]  # fmt: skip
    assert {page.cert_model.index(r, 4).data() for r in rows} == {"Issued"}
    # One English name for a surat keterangan on the whole page, as in the list.
    kinds = [page.doc_kind.itemText(i) for i in range(page.doc_kind.count())]
    assert "Completion letters only" in kinds
    assert not any("tatement" in k for k in kinds)
    page.cert_view.selectRow(0)
    asked: list[str] = []

    class Asked:
        def __init__(self, _parent, _ctx, _certificate_id, what):
            asked.append(what)

        def exec(self):
            return 0

    monkeypatch.setattr("blkdesk.ui.screens.certificates.page.VoidDialog", Asked)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("training certificate ")


def test_one_keyed_result_reads_right_in_english(qtbot, qapp, db, english):
    """Not "1 K assessments recorded"."""
    finished_batch(db, participants=2, units=1)
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(0)
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    assert page.message.text() == "Recorded as K: 1."
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Delete)
    assert page.message.text() == "Assessments deleted: 1."


def test_verify_screen_takes_scanner_text_and_images(qtbot, qapp, db, tmp_path, monkeypatch):
    from PySide6.QtCore import QRectF

    from blkdesk.core.certification import certificates
    from blkdesk.core.permissions import Actor
    from blkdesk.printing import qr

    built = assessed_batch(db, participants=1)
    certificates.issue_for_batch(db, Actor("op", Role.OPERATOR), built.id)
    with db.session() as s:
        payload = s.scalar(select(Certificate.payload).where(Certificate.kind == "sertifikat"))
    dialog = VerifyDialog(None, _ctx(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.payload, payload)
    qtbot.keyClick(dialog.payload, Qt.Key.Key_Return)
    assert dialog.status.text() == "SAH"
    assert dialog.fields["name"].text() == "Siti Rahmawati"
    dialog.payload.setText(payload.replace("Siti", "Sita"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "TIDAK SAH"

    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    qr.draw(painter, QRectF(10, 10, 380, 380), payload)
    painter.end()
    photo = tmp_path / "qr.png"
    image.save(str(photo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    qtbot.mouseClick(dialog.image_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "SAH"
    assert dialog.payload.text() == payload


def test_layout_dialog_previews_validates_and_saves(qtbot, qapp, db):
    dialog = LayoutDialog(None, _ctx(db))
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.preview.pixmap().toImage()
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "SERTIFIKAT KELULUSAN PELATIHAN")
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    qtbot.waitUntil(lambda: dialog.preview.pixmap().toImage() != before, timeout=3000)
    dialog.qr_size.setValue(12)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "22–60 mm" in dialog.errors.labels["qr_size_mm"].text()
    dialog.qr_size.setValue(34)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        saved = certificate_layout.load(s)
    assert (saved.title, saved.paper, saved.qr_size_mm) == (
        "SERTIFIKAT KELULUSAN PELATIHAN", "F4", 34.0,
    )  # fmt: skip


def test_numbering_is_configured_in_the_layout_dialog(qtbot, qapp, db):
    from blkdesk.core.models import Institution

    dialog = LayoutDialog(None, _ctx(db))
    qtbot.addWidget(dialog)
    dialog.sert_pattern.clear()
    qtbot.keyClicks(dialog.sert_pattern, "{seq:03d}/SERT/{inst}")
    assert "{year}" in dialog.number_example.text()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "{year}" in dialog.errors.labels["sertifikat"].text()
    qtbot.keyClicks(dialog.sert_pattern, "/{year}")
    assert dialog.number_example.text().startswith("001/SERT/LBK/")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        assert inst.cert_number_pattern == "{seq:03d}/SERT/{inst}/{year}"


def test_the_assessment_and_issue_dates_are_typed_as_everywhere_else(qtbot, page):
    # dd-mm-yyyy, as the trainee form and the batch window take them (not 30/11/2026).
    page.show()
    qtbot.waitExposed(page)
    for box in (page.assessed_on, page.issued_on):
        box.setFocus()
        box.setSelectedSection(QDateEdit.Section.DaySection)
        qtbot.keyClicks(box, "05112026")
        assert box.date() == QDate(2026, 11, 5)
        assert box.text() == "05-11-2026"


def test_the_graduation_reason_points_its_percentages_as_the_english_screen_does(
    qtbot, qapp, db, english
):
    """The Attendance column read "87.5 %" and the reason beside it "Attendance 87,5 %"."""
    finished_batch(db, participants=2, units=1, days=8, present=[7, 5])
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(0)
    page.grid_view.setCurrentIndex(page.grid_model.index(0, 1))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    qtbot.keyClick(page.grid_view, Qt.Key.Key_K)
    page.tabs.setCurrentIndex(1)
    rows = [
        (page.outcome_model.index(r, 1).data(), page.outcome_model.index(r, 4).data())
        for r in range(page.outcome_model.rowCount())
    ]
    assert sorted(rows) == [
        ("62.5 %", "Attendance 62.5 % (5 of 8 days), below the 80 % threshold."),
        ("87.5 %", "Attendance 87.5 % and the 1 unit competent."),
    ]


def test_the_columns_of_one_person_or_document_each_read_in_the_singular_in_english(
    qtbot, qapp, db, english
):
    """Every row is one trainee and one document, yet the headers read "Trainees" and
    "Documents"."""
    finished_batch(db, participants=2, units=1)
    page = CertificatesPage(_ctx(db))
    qtbot.addWidget(page)
    page.show()

    def headers(model):
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    assert headers(page.grid_model)[0] == "Trainee"
    assert headers(page.outcome_model)[0] == "Trainee"
    assert headers(page.cert_model)[:2] == ["Trainee", "Document"]


@pytest.mark.parametrize(
    ("language", "shown"),
    [("id", "87,5 %"), ("en", "87.5 %")],
    indirect=["language"],
)
def test_a_fractional_threshold_is_written_with_the_languages_decimal_mark(
    qtbot, page, db, language, shown
):

    built = finished_batch(db, participants=2, units=2)
    with db.transaction() as s:
        s.execute(update(Program).where(Program.code == "LAS-SMAW")
                  .values(attendance_threshold=Decimal("87.5")))  # fmt: skip
    page.show()
    assert page.batch_id == built.id
    assert f" {shown} · " in page.info.text(), page.info.text()
