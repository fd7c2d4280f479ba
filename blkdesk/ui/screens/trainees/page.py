"""Peserta: the registry, searchable as you type, filtered and sorted; intake and import start
here."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
)

from blkdesk.core.changes import Kind
from blkdesk.core.models import Trainee
from blkdesk.core.permissions import Action
from blkdesk.core.refdata import regency_name
from blkdesk.core.registry import drafts, trainee_search
from blkdesk.core.registry.contact import dialling_format, mask_phone
from blkdesk.core.registry.nik import mask
from blkdesk.core.registry.trainee_search import Filters, Sort
from blkdesk.core.storage.db import Database
from blkdesk.ui.dates import format_date
from blkdesk.ui.labels import as_shown
from blkdesk.ui.language import grouped
from blkdesk.ui.screens.province.lembaga import short_names
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.page import Page, make_table

if TYPE_CHECKING:
    from blkdesk.ui.screens.trainees.detail import TraineeDetail
    from blkdesk.ui.screens.trainees.form import TraineeForm

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
# Long enough to be read after the form closes; gone before the next applicant is saved.
SAID_MS = 10_000
COUNT_CAP = 1000
# Column key -> trainee_search sort key (None: not sortable).
COLUMN_SORT: dict[str, str | None] = {
    "name": "name", "institution": None, "nik": "nik", "sex": "sex", "birth": "birth_date",
    "regency": "regency", "phone": "phone", "registered": "registered",
}  # fmt: skip


class TraineeListModel(QAbstractTableModel):
    """Rows arrive a page at a time as the view scrolls (`fetchMore`), so 100,000 stay instant."""

    def __init__(
        self, db: Database, mask_nik: bool, province: bool = False, mask_contacts: bool = False
    ) -> None:
        super().__init__()
        self._db = db
        self._mask = mask_nik
        self._mask_contacts = mask_contacts
        self._masked_search = mask_nik or mask_contacts
        # At the province every record is some BLK's: a Lembaga column says whose.
        self.institutions: dict[str, str] = {}
        self._rows: list[trainee_search.TraineeRow] = []
        self._text = ""
        self._filters = Filters()
        self._sort = Sort()
        # Nothing is read until the page's first show searches: the view's sort set-up must
        # not query (it did, twice, before every first visit).
        self._searched = False
        self._more = False
        self._resetting = False
        headers = {
            "name": self.tr("Nama"), "institution": self.tr("Lembaga"), "nik": self.tr("NIK"),
            "sex": self.tr("L/P"), "birth": self.tr("Tanggal lahir"),
            "regency": self.tr("Kabupaten/kota"), "phone": self.tr("No. HP"),
            "registered": self.tr("Terdaftar"),
        }  # fmt: skip
        self.keys = [k for k in headers if province or k != "institution"]
        self._headers = [headers[k] for k in self.keys]

    def search(self, text: str, filters: Filters | None = None) -> None:
        self.beginResetModel()
        self._searched = True
        self._text = text
        if filters is not None:
            self._filters = filters
        # The first page is loaded inside the reset, and views that ask for more while they
        # react to the reset are told to wait: rows inserted then would land mid-reset.
        self._rows = self._page(None)
        self._more = len(self._rows) == PAGE_SIZE
        self._resetting = True
        self.endResetModel()
        self._resetting = False

    def _page(self, after: tuple[Any, int] | None) -> list[trainee_search.TraineeRow]:
        with self._db.session() as session:
            return trainee_search.page(
                session, self._text, after, PAGE_SIZE, filters=self._filters, sort=self._sort,
                masked=self._masked_search,
            )  # fmt: skip

    def count(self) -> int:
        """How many match, counted up to COUNT_CAP + 1 (more is shown as "1.000+")."""
        with self._db.session() as session:
            return trainee_search.count(
                session, self._text, self._filters, cap=COUNT_CAP, masked=self._masked_search
            )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMN_SORT.get(self.keys[column]) if 0 <= column < len(self.keys) else None
        if key is None:
            return
        self._sort = Sort(key, order == Qt.SortOrder.DescendingOrder)
        if self._searched:
            self.search(self._text)

    def row_at(self, row: int) -> trainee_search.TraineeRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._resetting

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        last = self._rows[-1] if self._rows else None
        rows = self._page((last.sort_value(self._sort.column), last.id) if last else None)
        self._more = len(rows) == PAGE_SIZE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        key = self.keys[index.column()]
        if key == "name":
            return r.name
        if key == "institution":
            return self.institutions.get(r.inst_code, r.inst_code)
        if key == "nik":
            return mask(r.nik) if self._mask else r.nik
        if key == "sex":
            return as_shown(r.sex)  # L/P, or M/F in English
        if key == "birth":
            # The day and month are what the NIK's mask hides: shown whole, they undo it.
            return str(r.birth_date.year) if self._mask else format_date(r.birth_date)
        if key == "regency":
            return regency_name(r.regency_code)
        if key == "phone":
            return mask_phone(r.phone) if self._mask_contacts else dialling_format(r.phone)
        return format_date(r.created_at.date())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _filter_combo(placeholder: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(placeholder, None)
    # Long batch and programme names must not widen the page beyond a small screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(3)
    return combo


class TraineesPage(Page):
    icon_name = "trainees"
    shows = frozenset({Kind.TRAINEES, Kind.BATCHES, Kind.PROGRAMS})

    def title(self) -> str:
        return self.tr("Peserta")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self._drafts_offered = False
        self.new_button = QPushButton(self.tr("Pendaftar baru"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_trainee)
        self.import_button = QPushButton(self.tr("Impor dari Excel…"))
        self.import_button.clicked.connect(self.import_excel)
        can_edit = ctx.can(Action.EDIT_TRAINEES)
        self.new_button.setVisible(can_edit)
        self.import_button.setVisible(ctx.can(Action.IMPORT_TRAINEES))
        self.actions_row.addWidget(self.import_button)
        self.actions_row.addWidget(self.new_button)
        if can_edit:
            QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_trainee)

        self.search = QLineEdit(
            placeholderText=self.tr("Cari nama, NIK atau nomor HP…")
            if ctx.can(Action.VIEW_FULL_NIK) and ctx.can(Action.VIEW_CONTACTS)
            else self.tr("Cari nama atau NIK lengkap (16 angka)…")
        )
        self.search.setClearButtonEnabled(True)
        self.vocation = _filter_combo(self.tr("Semua kejuruan"))
        self.year = _filter_combo(self.tr("Semua tahun"))
        self.batch = _filter_combo(self.tr("Semua angkatan"))
        self.status = _filter_combo(self.tr("Semua status"))
        for key, label in trainee_search.STATUS_FILTERS.items():
            self.status.addItem(as_shown(label), key)
        self.regency = _filter_combo(self.tr("Semua kab./kota"))
        self.institution = _filter_combo(self.tr("Semua lembaga"))
        self.institution.setVisible(ctx.province)
        self.layout_.addWidget(self.search)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for combo in (self.institution, self.vocation, self.year, self.batch, self.status,
                      self.regency):  # fmt: skip
            filters.addWidget(combo, 2 if combo is self.batch else 1)
        self.layout_.addLayout(filters)

        self.model = TraineeListModel(
            ctx.db, mask_nik=not ctx.can(Action.VIEW_FULL_NIK), province=ctx.province,
            mask_contacts=not ctx.can(Action.VIEW_CONTACTS),
        )  # fmt: skip
        self.view = make_table(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda index: self.open_trainee(index.row()))
        self.view.activated.connect(lambda index: self.open_trainee(index.row()))
        self.layout_.addWidget(self.view, 1)
        self.hint = EmptyHint(self.view)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageSubtitle")
        self.layout_.addWidget(self.count_label)

        # Wait for a pause in typing so a fast typist does not queue a query per key.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.year.currentIndexChanged.connect(self._year_changed)
        for combo in (self.institution, self.vocation, self.batch, self.status, self.regency):
            combo.currentIndexChanged.connect(self._run_search)

    def take_focus(self) -> None:
        # The first control is "Impor dari Excel…": a clerk opens Peserta to find someone
        # (a new applicant is Ctrl+N from anywhere on the page), so typing goes to the search.
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    def _search_entered(self) -> None:
        """Enter in the search: the one person found opens, as the page's subtitle promises;
        of several, the list takes the keyboard on the first, for arrows and Enter."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._run_search()
        found = self.model.rowCount()
        if found == 1:
            self.open_trainee(0)
        elif found > 1:
            self.view.selectRow(0)
            self.view.setFocus()

    def filters(self) -> Filters:
        return Filters(
            vocation_id=self.vocation.currentData(),
            batch_id=self.batch.currentData(),
            status=self.status.currentData(),
            year=self.year.currentData(),
            regency_code=self.regency.currentData(),
            inst_code=self.institution.currentData(),
        )

    def _run_search(self) -> None:
        self.model.search(self.search.text(), self.filters())
        total = self.model.count()
        self.count_label.setText(
            self.tr("{n} peserta ditemukan").format(n=f"{grouped(COUNT_CAP)}+")
            if total > COUNT_CAP
            else self.tr("%Ln peserta ditemukan", "", total)
        )
        self._show_hint(total == 0 and not self.search.text() and self.filters() == Filters())

    def _show_hint(self, empty: bool) -> None:
        """No trainee at all (not just none matching): how the list fills."""
        if self.ctx.province:
            self.hint.show_if(
                empty, self.tr("Belum ada data peserta"),
                self.tr("Peserta datang dari berkas sinkronisasi BLK. Gabungkan berkasnya di "
                        "Laporan & Sinkronisasi."),
            )  # fmt: skip
            return
        actions: list[tuple[str, Callable[[], object]]] = []
        if self.ctx.can(Action.EDIT_TRAINEES):
            actions.append((self.tr("Pendaftar baru"), self.new_trainee))
        if self.ctx.can(Action.IMPORT_TRAINEES):
            actions.append((self.tr("Impor dari Excel…"), self.import_excel))
        self.hint.show_if(
            empty, self.tr("Belum ada pendaftar"),
            self.tr("Daftarkan calon peserta satu per satu (NIK mengisi tanggal lahir, jenis "
                    "kelamin dan daerahnya), atau impor daftar pendaftar dari Excel."),
            actions,
        )  # fmt: skip

    def _year_changed(self) -> None:
        with self.ctx.db.session() as session:
            options = trainee_search.batch_options(session, self.year.currentData())
        self.batch.blockSignals(True)
        self.batch.clear()
        self.batch.addItem(self.tr("Semua angkatan"), None)
        for batch_id, label in options:
            self.batch.addItem(label, batch_id)
        self.batch.blockSignals(False)
        self._run_search()

    def _load_filter_options(self) -> None:
        with self.ctx.db.session() as session:
            options = trainee_search.filter_options(session)
        self.model.institutions = short_names(dict(options.institutions))
        for combo, items in (
            (self.vocation, options.vocations),
            (self.year, [(y, str(y)) for y in options.years]),
            (self.regency, options.regencies),
            (self.institution, options.institutions),
        ):
            combo.blockSignals(True)
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def refresh(self) -> None:
        self.subtitle_label.setText(
            self.tr("Daftar semua pendaftar dan peserta pelatihan. Enter membuka data peserta.")
        )
        self._load_filter_options()
        self._year_changed()
        if not self._drafts_offered:  # the first show; later refreshes keep the clerk's widths
            self._drafts_offered = True
            widths = {"name": 230, "institution": 170, "nik": 160, "sex": 44, "birth": 140,
                      "regency": 160, "phone": 140}  # fmt: skip
            for column, key in enumerate(self.model.keys):
                if key in widths:
                    self.view.setColumnWidth(column, widths[key])
            QTimer.singleShot(0, self, self.offer_drafts)

    # --- actions ---------------------------------------------------------------------------

    def offer_drafts(self) -> None:
        """Forms left unsaved when BLKDesk or the PC stopped are offered back, newest first."""
        if not self.ctx.can(Action.EDIT_TRAINEES):
            return
        with self.ctx.db.session() as session:
            days = drafts.retention_days(session)
        for draft in drafts.pending(self.ctx.db.location, self.ctx.user.username):
            name = draft.values.get("name") or draft.values.get("nik") or self.tr("tanpa nama")
            answer = QMessageBox.question(
                self,
                self.tr("Formulir belum disimpan"),
                self.tr(
                    "Ada formulir pendaftar yang belum disimpan ({name}, {when}). "
                    "Lanjutkan mengisinya? Bila tidak disentuh, formulir ini dihapus "
                    "otomatis sesudah {expires}."
                ).format(name=name, when=f"{format_date(draft.saved_at.date())} "
                                         f"{draft.saved_at:%H.%M}",
                         expires=format_date(draft.expires_on(days).date())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Yes:
                self.open_form(draft.trainee_id, draft)
            else:
                drafts.discard(self.ctx.db.location, draft.key, draft.user)

    def open_form(
        self, trainee_id: int | None = None, draft: drafts.Draft | None = None
    ) -> "TraineeForm":
        # The dialogs use pages.base; importing them here at call time keeps the import graph
        # acyclic whichever module is loaded first.
        from blkdesk.ui.screens.trainees.form import TraineeForm

        form = TraineeForm(self.ctx, self, trainee_id, draft)
        form.open_existing.connect(lambda tid: self._switch(form, lambda: self.open_detail(tid)))
        form.saved.connect(self._say_saved)
        form.open()
        return form

    def _say_saved(self, trainee_id: int) -> None:
        """The form closes on saving; without a word the clerk cannot tell a save from a close,
        above all when the search hides the new applicant."""
        window = self.window()
        if not isinstance(window, QMainWindow):
            return
        with self.ctx.db.session() as session:
            trainee = session.get(Trainee, trainee_id)
        if trainee is not None:
            text = self.tr("Data {name} tersimpan.").format(name=trainee.name)
            window.statusBar().showMessage(text, SAID_MS)

    def new_trainee(self) -> None:
        self.open_form()

    def open_trainee(self, row: int) -> None:
        self.open_detail(self.model.row_at(row).id)

    def open_detail(self, trainee_id: int) -> "TraineeDetail":
        from blkdesk.ui.screens.trainees.detail import TraineeDetail

        detail = TraineeDetail(self.ctx, trainee_id, self)
        detail.edit_requested.connect(lambda tid: self._switch(detail, lambda: self.open_form(tid)))
        detail.open()
        return detail

    def _switch(self, closing: QDialog, then: Callable[[], object]) -> None:
        closing.reject()
        if not closing.isVisible():
            then()

    def import_excel(self) -> None:
        from blkdesk.ui.screens.trainees.import_dialog import start_import

        self.import_task = start_import(self, self.ctx)
