"""Pelatihan & Angkatan: batches, the programme catalogue, instructors and local closures."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.errors import BlkError
from blkdesk.core.permissions import Action
from blkdesk.core.progress import Progress
from blkdesk.core.registry.contact import mask_email, mask_phone
from blkdesk.core.reporting import listings
from blkdesk.core.training import batches, catalog, national_calendar
from blkdesk.core.training.batches import STATUS_LABELS
from blkdesk.core.training.calendar import CUTI_BERSAMA
from blkdesk.ui.actions import act, act_in_background, show_refusal
from blkdesk.ui.dates import format_date
from blkdesk.ui.language import grouped
from blkdesk.ui.screens.province.lembaga import InstitutionFilter
from blkdesk.ui.screens.training.batch_detail import BatchDetailDialog
from blkdesk.ui.screens.training.batch_dialog import BatchDialog
from blkdesk.ui.screens.training.labels import tl
from blkdesk.ui.screens.training.program_dialog import ProgramDialog
from blkdesk.ui.screens.training.registers import ClosureDialog, InstructorDialog
from blkdesk.ui.screens.training.vocations import VocationsTab
from blkdesk.ui.widgets.buttons import row_of
from blkdesk.ui.widgets.empty_hint import EmptyHint
from blkdesk.ui.widgets.page import Page, make_table
from blkdesk.ui.widgets.tablemodels import RowsModel

if TYPE_CHECKING:
    from blkdesk.exchange import catalog_xlsx

__all__ = ["STATUS_LABELS", "TrainingPage"]


def _fit(view: QTableView) -> None:
    """Size columns to their contents with some air, so neighbouring columns do not touch."""
    view.resizeColumnsToContents()
    for col in range(view.model().columnCount() - 1):
        view.setColumnWidth(col, view.columnWidth(col) + 24)


def _tab(view: QTableView, *rows: Any) -> QWidget:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(8, 10, 8, 8)
    for row in rows:
        layout.addLayout(row)
    layout.addWidget(view, 1)
    return tab


class TrainingPage(Page):
    icon_name = "training"
    shows = frozenset({Kind.BATCHES, Kind.PROGRAMS, Kind.TRAINEES, Kind.SETTINGS})

    def title(self) -> str:
        return self.tr("Pelatihan & Angkatan")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self._all_batches: list[batches.BatchListRow] = []
        self.tabs = QTabWidget()
        # A tab names all it lists ("Batches"); the same word heads a column of one ("Batch").
        self.tabs.addTab(self._batches_tab(), self.tr("Angkatan", "tab"))
        self.tabs.addTab(self._programs_tab(), self.tr("Program pelatihan"))
        self.tabs.addTab(self._instructors_tab(), self.tr("Instruktur", "tab"))
        self.closures_tab = self._closures_tab()
        self.tabs.addTab(self.closures_tab, self.tr("Hari libur"))
        # The vocations rarely change after set-up: last, after the daily registers.
        self.vocations_tab = VocationsTab(ctx)
        self.tabs.addTab(self.vocations_tab, self.tr("Kejuruan", "tab"))
        self.layout_.addWidget(self.tabs, 1)
        self._national: tuple[Any, list[int]] | None = None
        self.tabs.currentChanged.connect(lambda _index: self._show_national())
        edit_batches = ctx.can(Action.EDIT_BATCHES)
        edit_catalog = ctx.can(Action.EDIT_CATALOG)
        for button in (self.plan_button, self.add_closure, self.edit_closure, self.remove_closure):
            button.setEnabled(edit_batches)
            # At the province these are the BLKs' records to read, not work to do there.
            button.setVisible(not ctx.province)
        self.cuti_bersama.setEnabled(ctx.can(Action.EDIT_SETTINGS))
        self.import_national.setEnabled(ctx.can(Action.EDIT_SETTINGS))
        self.cuti_bersama.setVisible(not ctx.province)
        self.import_national.setVisible(not ctx.province)
        for control in (self.new_program, self.edit_program, self.retire_program,
                        self.import_catalog, self.new_instructor, self.edit_instructor,
                        self.remove_instructor):  # fmt: skip
            control.setEnabled(edit_catalog)
            control.setVisible(not ctx.province)

    # --- tabs -----------------------------------------------------------------------------

    def _batches_tab(self) -> QWidget:
        self.institution_filter = InstitutionFilter(self.ctx.province)
        self.institution_filter.currentIndexChanged.connect(self._load_batches)
        owner = [(self.tr("Lembaga"), lambda r: self.institution_filter.name(r.inst_code))]
        self.batch_model = RowsModel(
            [
                *(owner if self.ctx.province else []),
                (self.tr("Angkatan"), lambda r: r.name),
                (self.tr("Program"), lambda r: r.program),
                (self.tr("Mulai"), lambda r: format_date(r.start)),
                (self.tr("Selesai"), lambda r: format_date(r.end)),
                (self.tr("Hari"), lambda r: r.training_days),
                (self.tr("Peserta"), lambda r: f"{r.participants}/{r.capacity}"),
                (self.tr("Status"), lambda r: tl(STATUS_LABELS.get(r.status, r.status))),
            ]
        )
        self.batch_view = make_table(self.batch_model)
        self.batch_view.doubleClicked.connect(self._open_batch_at)
        self.batch_hint = EmptyHint(self.batch_view)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), "")
        for code, label in STATUS_LABELS.items():
            self.status_filter.addItem(tl(label), code)
        self.status_filter.currentIndexChanged.connect(self._load_batches)
        self.plan_button = QPushButton(self.tr("Rencanakan angkatan…"))
        self.plan_button.setProperty("primary", True)
        self.open_button = QPushButton(self.tr("Buka angkatan…"))
        self.plan_button.clicked.connect(self._plan_batch)
        self.open_button.clicked.connect(self._open_batch)
        row = row_of(self.plan_button, self.open_button)
        row.addWidget(self.institution_filter)
        row.addWidget(self.status_filter)
        return _tab(self.batch_view, row)

    def _programs_tab(self) -> QWidget:
        self.program_model = RowsModel(
            [
                (self.tr("Kejuruan"), lambda r: r.vocation),
                (self.tr("Kode"), lambda r: r.code),
                (self.tr("Program"), lambda r: r.name),
                (self.tr("JP"), lambda r: r.total_jp),
                (self.tr("Unit kompetensi"), lambda r: r.units),
                (self.tr("Status"), self._program_status),
            ]
        )
        self.program_view = make_table(self.program_model)
        self.program_view.doubleClicked.connect(lambda _i: self._edit_program())
        self.program_hint = EmptyHint(self.program_view)
        self.new_program = QPushButton(self.tr("Program baru…"))
        self.new_program.setProperty("primary", True)
        self.edit_program = QPushButton(self.tr("Ubah…"))
        self.retire_program = QPushButton(self.tr("Aktif/nonaktif…"))
        # Export and import share one menu button so the row fits a small screen.
        self.excel_button = QPushButton(self.tr("Excel"))
        menu = QMenu(self.excel_button)
        self.export_catalog = menu.addAction(self.tr("Ekspor katalog ke Excel…"))
        self.import_catalog = menu.addAction(self.tr("Impor katalog dari Excel…"))
        self.excel_button.setMenu(menu)
        self.new_program.clicked.connect(self._new_program)
        self.edit_program.clicked.connect(self._edit_program)
        self.retire_program.clicked.connect(self._toggle_program)
        self.export_catalog.triggered.connect(self._export_catalog)
        self.import_catalog.triggered.connect(self._import_catalog)
        row = row_of(self.new_program, self.edit_program, self.retire_program)
        row.addWidget(self.excel_button)
        return _tab(self.program_view, row)

    def _instructors_tab(self) -> QWidget:
        shown = self.ctx.can(Action.VIEW_CONTACTS)
        self.instructor_model = RowsModel(
            [
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("NIP / nomor identitas"), lambda r: r.id_number),
                (self.tr("Kejuruan"), lambda r: r.vocation),
                (self.tr("No. HP"), lambda r: r.phone if shown else mask_phone(r.phone)),
                (self.tr("Email"), lambda r: r.email if shown else mask_email(r.email)),
            ]
        )
        self.instructor_view = make_table(self.instructor_model)
        self.instructor_view.doubleClicked.connect(lambda _i: self._edit_instructor())
        self.instructor_hint = EmptyHint(self.instructor_view)
        self.new_instructor = QPushButton(self.tr("Instruktur baru…"))
        self.new_instructor.setProperty("primary", True)
        self.edit_instructor = QPushButton(self.tr("Ubah…"))
        self.remove_instructor = QPushButton(self.tr("Hapus"))
        self.new_instructor.clicked.connect(self._new_instructor)
        self.edit_instructor.clicked.connect(self._edit_instructor)
        self.remove_instructor.clicked.connect(self._remove_instructor)
        row = row_of(self.new_instructor, self.edit_instructor, self.remove_instructor)
        return _tab(self.instructor_view, row)

    def _closures_tab(self) -> QWidget:
        self.closure_model = RowsModel(
            [
                (self.tr("Tanggal"), lambda r: format_date(r.day)),
                (self.tr("Keterangan"), lambda r: r.description),
            ]
        )
        self.closure_view = make_table(self.closure_model)
        self.closure_hint = EmptyHint(self.closure_view)
        self.add_closure = QPushButton(self.tr("Tambah libur lokal…"))
        self.add_closure.setProperty("primary", True)
        self.edit_closure = QPushButton(self.tr("Ubah…"))
        self.remove_closure = QPushButton(self.tr("Hapus"))
        self.add_closure.clicked.connect(self._add_closure)
        self.edit_closure.clicked.connect(self._edit_closure)
        self.remove_closure.clicked.connect(self._remove_closure)
        if self.ctx.can(Action.EDIT_BATCHES) and not self.ctx.province:
            self.closure_view.doubleClicked.connect(lambda _i: self._edit_closure())
        # The national calendar: cuti bersama observed or not, and next year's SKB imported.
        self.cuti_bersama = QCheckBox(self.tr("Cuti bersama adalah hari libur BLK"))
        self.cuti_bersama.setToolTip(
            self.tr("BLK adalah kantor pemerintah dan tutup pada cuti bersama (SKB 3 Menteri). "
                    "Angkatan yang sudah direncanakan tidak berubah.")
        )  # fmt: skip
        self.cuti_bersama.toggled.connect(self._set_cuti_bersama)
        self.import_national = QPushButton(self.tr("Impor hari libur nasional…"))
        self.import_national.setToolTip(
            self.tr("Berkas CSV dengan kolom tanggal;nama;jenis (libur atau cuti bersama). "
                    "Berkas ini menggantikan hari libur bawaan untuk tahun-tahun yang dimuatnya.")
        )  # fmt: skip
        self.import_national.clicked.connect(self._import_national)
        self.national_label = QLabel()
        self.national_label.setWordWrap(True)
        national = row_of(self.cuti_bersama, self.import_national)
        national.insertWidget(2, self.national_label, 1)
        buttons = row_of(self.add_closure, self.edit_closure, self.remove_closure)
        return _tab(self.closure_view, national, buttons)

    def _program_status(self, row: listings.ProgramRow) -> str:
        return self.tr("Aktif") if row.active else self.tr("Nonaktif")

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            programs = listings.programs(session)
            instructors = catalog.instructors(session)
            vocations = catalog.vocation_rows(session)
            closures = batches.closures(session)
            calendar = national_calendar.holiday_calendar(session)
            imported = national_calendar.imported_years(session)
            self._all_batches = batches.overview(session)
        self.institution_filter.load(self.ctx.db, self.ctx.institution_code)
        self.subtitle_label.setText(
            self.tr("{programs}, {batches}, {instructors}").format(
                programs=self.tr("%Ln program", "", len(programs)),
                batches=self.tr("%Ln angkatan", "", len(self._all_batches)),
                instructors=self.tr("%Ln instruktur", "", len(instructors)),
            )
        )  # fmt: skip
        self.program_model.set_rows(programs)
        self.instructor_model.set_rows(instructors)
        self.vocations_tab.set_rows(vocations)
        self.closure_model.set_rows(closures)
        self._national = (calendar, imported)
        self.cuti_bersama.blockSignals(True)
        self.cuti_bersama.setChecked(calendar.cuti_bersama)
        self.cuti_bersama.blockSignals(False)
        self._show_national()
        self._load_batches()
        for view in (self.program_view, self.instructor_view, self.closure_view):
            _fit(view)
        self._show_hints(programs, instructors, closures)

    def _show_hints(self, programs: list[Any], instructors: list[Any], closures: list[Any]) -> None:
        """On a fresh database: where the work starts, with the button that starts it."""
        edit_catalog = self.ctx.can(Action.EDIT_CATALOG) and not self.ctx.province
        edit_batches = self.ctx.can(Action.EDIT_BATCHES) and not self.ctx.province
        new_program = [(self.tr("Program baru…"), self._new_program)] if edit_catalog else []
        catalog_import = (
            [(self.tr("Impor katalog dari Excel…"), self._import_catalog)] if edit_catalog else []
        )
        if not self._all_batches and not any(p.active for p in programs):
            self.batch_hint.show_hint(
                self.tr("Mulai dari program pelatihan"),
                self.tr("Setiap angkatan adalah angkatan sebuah program. Buat programnya dulu: "
                        "kejuruan, unit kompetensi dan JP, syarat peserta. Sesudah itu "
                        "rencanakan angkatannya di sini."),
                [*new_program, *catalog_import],
            )  # fmt: skip
        else:
            self.batch_hint.show_if(
                not self._all_batches,
                self.tr("Belum ada angkatan"),
                self.tr("Rencanakan angkatan pertama: pilih program, tanggal mulai dan "
                        "kapasitasnya. Hari pelatihan dihitung tanpa hari libur; pendaftar "
                        "dipilih sesudahnya."),
                [(self.tr("Rencanakan angkatan…"), self._plan_batch)] if edit_batches else [],
            )  # fmt: skip
        self.program_hint.show_if(
            not programs,
            self.tr("Belum ada program pelatihan"),
            self.tr("Program adalah paket unit kompetensi dengan jumlah JP dan syarat peserta. "
                    "Buat satu per satu, atau impor katalog program dari Excel."),
            [*new_program, *catalog_import],
        )  # fmt: skip
        self.instructor_hint.show_if(
            not instructors,
            self.tr("Belum ada instruktur"),
            self.tr("Instruktur yang dicatat di sini dipilih saat merencanakan angkatan."),
            [(self.tr("Instruktur baru…"), self._new_instructor)] if edit_catalog else [],
        )  # fmt: skip
        self.closure_hint.show_if(
            not closures,
            self.tr("Belum ada libur lokal"),
            self.tr("Hari libur nasional dan cuti bersama sudah dilewati otomatis. Catat di "
                    "sini hari BLK tutup karena hal lain, mis. hari jadi kabupaten."),
            [(self.tr("Tambah libur lokal…"), self._add_closure)] if edit_batches else [],
        )  # fmt: skip

    def _load_batches(self) -> None:
        status = self.status_filter.currentData()
        rows = [
            r for r in self._all_batches
            if (not status or r.status == status) and self.institution_filter.accepts(r.inst_code)
        ]  # fmt: skip
        self.batch_model.set_rows(rows)
        _fit(self.batch_view)

    def _selected(self, view: QTableView, model: RowsModel) -> Any:
        rows = view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.title(), self.tr("Pilih dulu satu baris di daftar."))
            return None
        return model.row_object(rows[0].row())

    # --- batches --------------------------------------------------------------------------

    def _plan_batch(self) -> None:
        with self.ctx.db.session() as session:
            ready = any(p.active for p in listings.programs(session))
        if not ready and not self._program_first():
            return
        dialog = BatchDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.open_batch(dialog.saved_id)

    def _open_batch(self) -> None:
        row = self._selected(self.batch_view, self.batch_model)
        if row is not None:
            self.open_batch(row.id)

    def _open_batch_at(self, index: QModelIndex) -> None:
        self.open_batch(self.batch_model.row_object(index.row()).id)

    def open_batch(self, batch_id: int) -> None:
        self.detail = BatchDetailDialog(self.ctx, batch_id, self)
        self.detail.exec()

    # --- programmes -----------------------------------------------------------------------

    def _program_first(self) -> bool:
        """No active programme to plan a batch of: say so, and offer to make one now. True when
        one was made, so planning goes on."""
        ask = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Rencanakan angkatan"),
            self.tr("Belum ada program pelatihan yang aktif. Angkatan selalu angkatan sebuah "
                    "program: buat programnya dulu, lalu rencanakan angkatannya."),
            QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        make = ask.addButton(self.tr("Buat program…"), QMessageBox.ButtonRole.AcceptRole)
        make.setEnabled(self.ctx.can(Action.EDIT_CATALOG))
        ask.setDefaultButton(make)
        ask.exec()
        if ask.clickedButton() is not make:
            return False
        dialog = ProgramDialog(self.ctx, parent=self)
        return bool(dialog.exec()) and dialog.saved_id is not None

    def _new_program(self) -> None:
        ProgramDialog(self.ctx, parent=self).exec()

    def _edit_program(self) -> None:
        row = self._selected(self.program_view, self.program_model)
        if row is not None:
            ProgramDialog(self.ctx, row.id, self).exec()

    def _toggle_program(self) -> None:
        row = self._selected(self.program_view, self.program_model)
        if row is None:
            return
        question = (
            self.tr("Nonaktifkan {name}? Angkatan baru tidak dapat memakai program ini; "
                    "riwayatnya tetap ada.")
            if row.active
            else self.tr("Aktifkan kembali {name}?")
        ).format(name=row.name)  # fmt: skip
        if QMessageBox.question(self, self.tr("Program pelatihan"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        act(
            self, self.ctx, lambda s: catalog.set_active(s, self.ctx.actor, row.id, not row.active),
            Changes.with_ids(Kind.PROGRAMS, [row.id]),
        )  # fmt: skip

    def _export_catalog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor katalog program"),
            f"Katalog program {self.ctx.institution_code} {today():%Y-%m-%d}.xlsx",
            self.tr("Buku kerja Excel (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        target = Path(path)
        db = self.ctx.db

        def work(progress: Progress) -> int:
            from blkdesk.exchange import catalog_xlsx  # Excel loads when it is used

            with db.session() as session:
                return catalog_xlsx.export_catalog(session, target, progress)

        act_in_background(self, self.ctx, self.tr("Mengekspor katalog…"), work, Changes(),
                          then=self._exported)  # fmt: skip

    def _exported(self, count: int) -> None:
        QMessageBox.information(
            self, self.tr("Katalog program"),
            self.tr("%Ln program diekspor.", "", count),
        )  # fmt: skip

    def _import_catalog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Impor katalog program"), "", self.tr("Buku kerja Excel (*.xlsx)")
        )
        if not path:
            return
        source = Path(path)
        db, actor = self.ctx.db, self.ctx.actor

        def work(progress: Progress) -> "catalog_xlsx.ImportSummary":
            from blkdesk.exchange import catalog_xlsx

            return catalog_xlsx.import_catalog(db, actor, source, progress)

        act_in_background(self, self.ctx, self.tr("Mengimpor katalog…"), work,
                          Changes.of(Kind.PROGRAMS), then=self._imported)  # fmt: skip

    def _imported(self, summary: "catalog_xlsx.ImportSummary") -> None:
        text = self.tr("{created}, {updated} diperbarui, {same} tidak berubah.").format(
            created=self.tr("%Ln program baru", "", summary.created),
            updated=grouped(summary.updated),
            same=grouped(summary.unchanged),
        )
        if summary.warnings:
            text += "\n\n" + "\n".join(summary.warnings[:10])
        QMessageBox.information(self, self.tr("Katalog program"), text)

    # --- instructors and closures ---------------------------------------------------------

    def _new_instructor(self) -> None:
        InstructorDialog(self.ctx, parent=self).exec()

    def _edit_instructor(self) -> None:
        row = self._selected(self.instructor_view, self.instructor_model)
        if row is not None:
            InstructorDialog(self.ctx, row, self).exec()

    def _remove_instructor(self) -> None:
        row = self._selected(self.instructor_view, self.instructor_model)
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Instruktur"),
            self.tr("Hapus {name} dari daftar instruktur? Angkatan lama tetap mencatatnya.").format(
                name=row.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        act(
            self, self.ctx,
            lambda s: catalog.remove_instructor(
                s, self.ctx.actor, row.id, expected_version=row.version),
            Changes.of(Kind.PROGRAMS), refused=self._removal_refused,
        )  # fmt: skip

    def _removal_refused(self, error: BlkError) -> None:
        """Said in a dialog; the list is read again so the clerk sees what changed (or that
        another clerk removed it already)."""
        show_refusal(self, error)
        self.mark_stale()

    def _add_closure(self) -> None:
        self._closure_dialog(ClosureDialog(self.ctx, self))

    def _edit_closure(self) -> None:
        row = self._selected(self.closure_view, self.closure_model)
        if row is not None:
            self._closure_dialog(ClosureDialog(self.ctx, self, row.id))

    def _closure_dialog(self, dialog: ClosureDialog) -> None:
        if not dialog.exec():
            return
        if dialog.clashes:
            QMessageBox.information(
                self, self.tr("Libur lokal"),
                self.tr("Angkatan berikut masih berlatih pada hari itu; pindahkan harinya di "
                        "jadwal angkatan: {names}").format(names=", ".join(dialog.clashes)),
            )  # fmt: skip

    def _show_national(self) -> None:
        # Counting this year's holidays loads the holiday library (~90 ms): only once the
        # "Hari libur" tab is looked at, not whenever the page opens.
        if self._national is None or self.tabs.currentWidget() is not self.closures_tab:
            return
        calendar, imported = self._national
        year = today().year
        days = calendar.year(year).values()
        cuti = sum(1 for h in days if h.kind == CUTI_BERSAMA)
        text = self.tr("{year}: {holidays} dan {cuti}.").format(
            year=year, holidays=self.tr("%Ln hari libur nasional", "", len(days) - cuti),
            cuti=self.tr("%Ln cuti bersama", "", cuti))  # fmt: skip
        if imported:
            text += " " + self.tr("Dari berkas impor: {years}.").format(
                years=", ".join(map(str, imported)))  # fmt: skip
        self.national_label.setText(text)

    def _set_cuti_bersama(self, observed: bool) -> None:
        def work(session: Session) -> None:
            national_calendar.set_cuti_bersama(session, self.ctx.actor, observed)

        if not act(self, self.ctx, work, Changes.of(Kind.SETTINGS)):
            self.mark_stale()  # refused: show the stored choice again

    def _import_national(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor hari libur nasional"), str(Path.home()),
            self.tr("Berkas CSV (*.csv *.txt)"),
        )  # fmt: skip
        if not path:
            return

        def work(session: Session) -> dict[int, int]:
            return national_calendar.import_holidays(session, self.ctx.actor, Path(path))

        act(self, self.ctx, work, Changes.of(Kind.SETTINGS), then=self._imported_national)

    def _imported_national(self, counts: dict[int, int]) -> None:
        lines = [self.tr("{year}: %Ln hari libur", "", c).format(year=y)
                 for y, c in counts.items()]  # fmt: skip
        QMessageBox.information(
            self, self.tr("Hari libur nasional"),
            self.tr("Hari libur nasional diganti dari berkas:\n{lines}\n\nAngkatan yang sudah "
                    "direncanakan tidak berubah.").format(lines="\n".join(lines)),
        )  # fmt: skip

    def _remove_closure(self) -> None:
        row = self._selected(self.closure_view, self.closure_model)
        if row is None:
            return
        act(
            self, self.ctx,
            lambda s: batches.remove_closure(
                s, self.ctx.actor, row.id, expected_version=row.version),
            Changes.of(Kind.BATCHES), refused=self._removal_refused,
        )  # fmt: skip
