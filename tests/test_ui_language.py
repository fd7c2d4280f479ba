"""Every page and main dialog, walked in Indonesian and in English: no words of the other
language on screen (month and day names, sexes, roles, placement outcomes, report headings),
no jargon a clerk cannot read ("checksum"), and no page title cut short in the sidebar."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from blkdesk.core import demo
from blkdesk.core.models import Batch, User
from blkdesk.core.refdata import PMI_DESTINATIONS, VOCATIONS
from blkdesk.core.registry.trainees import FIELD_LABELS
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.ui import actions, i18n, labels
from blkdesk.ui import screens as pages
from blkdesk.ui.context import AppContext
from blkdesk.ui.language import active_language, decimal
from blkdesk.ui.mainwindow import MainWindow
from blkdesk.ui.screens.training.batch_detail import BatchDetailDialog
from blkdesk.ui.screens.training.batch_dialog import BatchDialog
from blkdesk.ui.screens.training.program_dialog import ProgramDialog
from blkdesk.ui.widgets.cards import StatCard
from blkdesk.ui.widgets.charts import BarChart


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])")


# Indonesian seen in the English interface before: month and day names, sexes, roles, placement
# outcomes and sources, selection statuses, report headings. None of them is demo data (programme,
# vocation and batch names are the BLK's own and stay Indonesian).
INDONESIAN = _words(
    "Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus", "Oktober", "Desember",
    "Laki-laki", "Perempuan", "Telepon", "Kuesioner", "Kunjungan",
    "Bekerja di perusahaan", "Bekerja non-perusahaan", "Wirausaha", "Belum bekerja",
    "Lulus seleksi", "Cadangan", "Mengundurkan diri", "Tidak lulus", "Surat keterangan",
    "Peserta aktif", "Peserta baru", "JUMLAH SELURUHNYA", "Jumlah", "Sertifikat terbit",
    "Belum", "belum", "Tidak ada", "tidak ada", "Simpan", "Batal", "Tambah", "Hapus", "Ubah",
)  # fmt: skip
# Column headers of day grids: "Sen\n3 Mar" in English is a leak.
INDONESIAN_DAYS = re.compile(r"^(Sen|Sel|Rab|Kam|Jum|Sab|Min)\n")
ENGLISH = _words(
    "January", "February", "March", "May", "June", "July", "August", "October", "December",
    "Male", "Female", "Viewer", "Phone", "Self-employed", "Cancel", "Save", "Open", "Close",
    "File name", "Look in", "Yes", "Remove", "Add", "Edit", "None",
)  # fmt: skip
ENGLISH_DAYS = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\n")
JARGON = re.compile(r"checksum|SHA-256|Traceback", re.IGNORECASE)
# A count grouped the other language's way: 1.500 read in English, 1,500 in Indonesian (an IP
# address such as 192.168.1.10 is not a count).
INDONESIAN_GROUPING = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")
ENGLISH_GROUPING = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])")


@pytest.fixture(autouse=True)
def indonesian_after(qapp):
    yield
    i18n.install("id")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("language-demo")
    return demo.build(str(folder / "demo.sqlite"), trainees=60, seed=4).path


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
        actions.pool().waitForDone(30_000)
    QCoreApplication.processEvents()


def _texts(root: QWidget, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for what a clerk sees in `root` now: labels, buttons, tabs, combo boxes,
    placeholders, group titles, and the headers and first rows of tables."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        name = f"{where} › {type(w).__name__} {w.objectName()}".rstrip()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
            yield name, w.toolTip()
        elif isinstance(w, QTabWidget):
            yield from ((name, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            yield from ((name, w.itemText(i)) for i in range(min(w.count(), 20)))
        elif isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, BarChart):  # painted, not widgets: its legend and tooltips
            yield from ((f"{name} legend", series.label) for series in w._series)
            yield from ((f"{name} tip", tip) for tip in w._tips.values())
        elif isinstance(w, QListView):
            yield from ((name, str(w.model().index(r, 0).data() or ""))
                        for r in range(min(w.model().rowCount(), 20)))  # fmt: skip
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            columns = model.columnCount()
            for col in range(columns):
                yield f"{name} header", str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(), 15)):
                yield f"{name} row", str(model.headerData(row, Qt.Orientation.Vertical) or "")
                for col in range(columns):
                    yield f"{name} cell", str(model.index(row, col).data() or "")


def _walk(window: MainWindow) -> Iterator[tuple[str, str]]:
    """Every page (every tab of it), then the main dialogs of Pelatihan & Angkatan and Peserta."""
    yield from ((f"sidebar {i}", window.sidebar.item(i).text())
                for i in range(window.sidebar.count()))  # fmt: skip
    for row, screen in enumerate(window.screens):
        window.sidebar.setCurrentRow(row)
        _settle()
        page = window.pages[row]
        assert page is not None
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if isinstance(tabs, QTabWidget) else 1):
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(index)
                _settle()
            yield from _texts(window, f"{screen.class_name} tab {index}")
    ctx = window.ctx
    with ctx.db.session() as s:
        batch_id = s.scalar(select(Batch.id).where(Batch.status == "berjalan").limit(1))
    trainees = window.show_page(pages.TraineesPage)
    dialogs: list[QWidget] = [
        trainees.open_form(),
        trainees.open_detail(trainees.model.row_at(0).id),
        BatchDialog(ctx, parent=window),
        ProgramDialog(ctx, parent=window),
        BatchDetailDialog(ctx, batch_id, window),
    ]
    for dialog in dialogs:
        dialog.show()
        _settle()
        tabs = getattr(dialog, "tabs", None)
        for index in range(tabs.count() if isinstance(tabs, QTabWidget) else 1):
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(index)
                _settle()
            yield from _texts(dialog, f"{type(dialog).__name__} tab {index}")
        dialog.close()


def _leaks(lang: str, walked: list[tuple[str, str]]) -> list[str]:
    words, days, grouping = (
        (INDONESIAN, INDONESIAN_DAYS, INDONESIAN_GROUPING)
        if lang == "en"
        else (ENGLISH, ENGLISH_DAYS, ENGLISH_GROUPING)
    )
    # In English, a whole text that is one of core's labels (a role, a status, a religion…)
    # left untranslated.
    marked = {*labels.MARKED, *labels.TRAINEE_FIELDS}
    shown = {**dict(zip(labels.MARKED, map(labels.as_shown, labels.MARKED), strict=True)),
             **{t: labels.field_labels()[f] for f, t in FIELD_LABELS.items()}}  # fmt: skip
    untranslated = {t for t in marked if shown[t] != t} if lang == "en" else set()
    # Destination countries are typed or picked into an editable list and stored as written, so
    # the list offers them as the province's files spell them.
    untranslated -= set(PMI_DESTINATIONS)
    untranslated -= {name for _code, name in VOCATIONS}  # the BLK's own vocations ("Bahasa")
    found = []
    for where, text in walked:
        # A label alone, or one of a list ("periksa: NIK, Nama lengkap, Tanggal lahir").
        parts = {p.strip() for p in re.split(r"[,:;·\n]", text)}
        for part in sorted(parts & untranslated):
            found.append(f"{where}: label {part!r} untranslated in {text[:80]!r}")
        for pattern in (words, days, grouping, JARGON):
            match = pattern.search(text)
            if match:
                found.append(f"{where}: {match.group(0)!r} in {text[:80]!r}")
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_speaks_one_language(qtbot, demo_path, lang):
    assert i18n.install(lang)
    database = open_database(resolve_url(demo_path))
    try:
        with database.session() as s:
            user = s.scalar(select(User).where(User.username == "admin"))
        window = MainWindow(AppContext(database, user, "SRG", "UPTD BLK Kabupaten Serang"))
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        walked = list(_walk(window))
        assert len(walked) > 500  # the walk saw the pages' contents, not just their frames
        leaks = _leaks(lang, walked)
        assert not leaks, "\n".join(sorted(set(leaks)))
        # Every page title fits the sidebar: none is cut with "…".
        metrics = window.sidebar.fontMetrics()
        room = window.sidebar.viewport().width() - 28 - 16 - window.sidebar.iconSize().width()
        for i in range(window.sidebar.count()):
            assert metrics.horizontalAdvance(window.sidebar.item(i).text()) <= room
        window.close()
    finally:
        database.dispose()
        for widget in QApplication.topLevelWidgets():
            if shiboken6.isValid(widget):
                widget.close()


def test_lang_on_the_command_line_is_for_this_session_only(qapp, monkeypatch):
    """`blkdesk --lang en` speaks English now; the clerk's saved choice stays Indonesian."""
    from blkdesk.ui import app as app_module

    monkeypatch.setattr(app_module, "start_session", lambda db: (None, None))
    assert app_module._run(qapp, None, "en") == 1
    assert active_language() == "en"
    assert i18n.current_language() == "id"
    assert app_module._run(qapp, None, None) == 1  # the next start without --lang
    assert active_language() == "id"


def test_the_interface_writes_dates_in_its_own_language():
    """Screens take dates, months and day names from blkdesk.ui.dates, which follows the
    interface language; core's Indonesian helpers are for exports, print and the command line.
    A screen importing them directly would put "Desember" in the English interface."""
    root = Path(__file__).resolve().parents[1] / "blkdesk" / "ui"
    direct = re.compile(
        r"from blkdesk\.core\.clock import[^\n]*\b(format_date|format_datetime_local|MONTHS_ID)\b"
        r"|clock\.(format_date|format_datetime_local|MONTHS_ID)\b"
        r"|\bWEEKDAYS_SHORT\[|\bshort_date\b.*attendance"
    )
    found = [
        f"{path.relative_to(root)}:{n}: {line.strip()}"
        for path in root.rglob("*.py") if path.name != "dates.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if direct.search(line)
    ]  # fmt: skip
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("lang", "count", "share"), [("id", "12.500", "85,5"), ("en", "12,500", "85.5")]
)
def test_figures_are_grouped_and_pointed_as_the_language_writes_them(qtbot, lang, count, share):
    assert i18n.install(lang)
    try:
        card = StatCard("Peserta")
        qtbot.addWidget(card)
        card.set_value(12500)
        assert card.value.text() == count
        assert decimal("85.5") == share
    finally:
        i18n.install("id")
