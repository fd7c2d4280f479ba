"""Tata letak sertifikat: the texts, images and positions of the printed pages, with a live preview.

The preview draws the real page (the same `printing.certificate` code that prints) for a sample
participant, a moment after each change.
"""

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.certification import certificate_layout, numbering
from blkdesk.core.certification.certificate_layout import Layout
from blkdesk.core.certification.certificates import Sheet, UnitLine, issue_place
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.concurrency import StaleRecord, three_way
from blkdesk.core.errors import BlkError
from blkdesk.core.institution import local_institution
from blkdesk.core.refdata import regency_name
from blkdesk.printing import certificate as printing
from blkdesk.ui.actions import act, show_refusal
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets import conflict
from blkdesk.ui.widgets.banner import banner
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors

DEBOUNCE_MS = 150


def sample_sheets(ctx: AppContext) -> list[Sheet]:
    """A made-up graduate of this BLK, for the preview only."""
    with ctx.db.session() as session:
        inst = local_institution(session)
        on = today()
        contact = " · ".join(p for p in (inst.phone, inst.email) if p)
        common: dict[str, Any] = {
            "payload": f"BLK1|{inst.code}|S|CONTOH|Contoh|20000101|Contoh|20250101|CONTOH",
            "copy": 1, "issued_on": on, "issue_place": issue_place(inst), "inst_code": inst.code,
            "inst_name": inst.name, "inst_address": inst.address, "inst_contact": contact,
            "regency": regency_name(inst.regency_code), "head_name": inst.head_name,
            "head_nip": inst.head_nip, "logo": inst.logo, "name": "Siti Nurhasanah",
            "birth_place": "Serang", "birth_date": date(2002, 8, 17), "nik": "3604015708020001",
            "photo": None, "program": "Operator Komputer Muda", "vocation": "Teknologi Informasi",
            "total_jp": 160, "start": on - timedelta(days=40), "end": on - timedelta(days=7),
            "attendance": "96,5 %",
            "units": tuple(
                UnitLine(f"J.620100.00{i}.01", f"Mengoperasikan Perangkat Lunak {title}", jp, "K")
                for i, (title, jp) in enumerate(
                    (("Sistem Operasi", 24), ("Pengolah Kata", 48), ("Lembar Sebar", 56),
                     ("Presentasi", 32)), start=1,
                )
            ),
        }  # fmt: skip
    return [
        Sheet(certificate_id=0, kind="sertifikat", number="0001/BLK-CONTOH/TIK/XI/2025", **common),
        Sheet(
            certificate_id=0,
            kind="surat_keterangan",
            number="0001/SK/BLK-CONTOH/TIK/XI/2025",
            **common,
        ),
    ]


class LayoutDialog(Dialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent, self.tr("Tata letak sertifikat"), "CertificateLayoutDialog")
        self.ctx = ctx
        with ctx.db.session() as session:
            self.layout_value = certificate_layout.load(session)
            inst = local_institution(session)
            self.inst_code = inst.code
            self.numbering_value = numbering.config(session, inst)
        # What the dialog started from: another clerk's save since then is a conflict.
        self.opened_layout = self.layout_value
        self.samples = sample_sheets(ctx)
        self.errors = FormErrors()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.update_preview)

        self.notice = banner()
        self.body.addWidget(self.notice)
        row = QHBoxLayout()
        tabs = QTabWidget()
        tabs.addTab(self._paper_tab(), self.tr("Kertas dan posisi"))
        tabs.addTab(self._text_tab(), self.tr("Teks"))
        tabs.addTab(self._image_tab(), self.tr("Logo dan tanda tangan"))
        tabs.addTab(self._numbering_tab(), self.tr("Penomoran"))
        # Every tab title in sight (no scroll arrows hiding "Penomoran"), in either language.
        tabs.ensurePolished()
        tabs.setMinimumWidth(max(430, tabs.tabBar().sizeHint().width() + 12))
        row.addWidget(tabs)
        side = QVBoxLayout()
        self.face = QComboBox()
        self.face.addItem(self.tr("Sertifikat, halaman depan"), "front")
        self.face.addItem(self.tr("Sertifikat, halaman belakang"), "back")
        self.face.addItem(self.tr("Surat keterangan"), "letter")
        self.face.currentIndexChanged.connect(self.update_preview)
        side.addWidget(self.face)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(580, 420)
        self.preview.setStyleSheet("background: #d9dde2;")
        side.addWidget(self.preview, 1)
        row.addLayout(side, 1)
        self.body.addLayout(row, 1)
        self.finish_layout()
        self._fill(self.layout_value)
        self.update_preview()

    # --- the form ------------------------------------------------------------------------

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _mm(self, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.valueChanged.connect(self._changed)
        return spin

    def _paper_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.paper = self._combo([("A4 (210 × 297 mm)", "A4"), ("F4 / folio (215 × 330 mm)", "F4")])
        orientations = [(self.tr("Mendatar"), "landscape"), (self.tr("Tegak"), "portrait")]
        self.orientation = self._combo(orientations)
        self.sk_orientation = self._combo(orientations)
        self.qr_side = self._combo(
            [(self.tr("Kiri bawah"), "left"), (self.tr("Kanan bawah"), "right")]
        )
        self.margin = self._mm(0, 60)
        self.qr_size = self._mm(0, 80)
        self.title_offset = self._mm(-60, 60)
        self.signature_offset = self._mm(-60, 60)
        self.show_photo = QCheckBox(self.tr("Kotak pas foto 3 × 4"))
        self.show_photo.setToolTip(self.tr("Berisi foto peserta bila ada; kosong untuk ditempel."))
        self.show_photo.toggled.connect(self._changed)
        self.errors.add_row(form, self.tr("Kertas"), self.paper, "paper")
        self.errors.add_row(form, self.tr("Arah sertifikat"), self.orientation, "orientation")
        form.addRow(self.tr("Arah surat keterangan"), self.sk_orientation)
        self.errors.add_row(form, self.tr("Margin"), self.margin, "margin_mm")
        self.errors.add_row(form, self.tr("Letak kode QR"), self.qr_side, "qr_side")
        self.errors.add_row(form, self.tr("Ukuran kode QR"), self.qr_size, "qr_size_mm")
        self.errors.add_row(form, self.tr("Geser judul ke bawah"), self.title_offset,
                            "title_offset_mm")  # fmt: skip
        self.errors.add_row(form, self.tr("Geser tanda tangan ke bawah"), self.signature_offset,
                            "signature_offset_mm")  # fmt: skip
        form.addRow("", self.show_photo)
        return page

    def _line(self) -> QLineEdit:
        edit = QLineEdit()
        edit.textChanged.connect(self._changed)
        return edit

    def _para(self, height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(self._changed)
        return edit

    def _text_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.header = self._para(56)
        self.header.setPlaceholderText(
            self.tr("Kosong: PEMERINTAH <kabupaten/kota> dan nama lembaga")
        )
        self.title_edit = self._line()
        self.intro = self._line()
        self.statement = self._para()
        self.back_title = self._line()
        self.sk_title = self._line()
        self.sk_body = self._para(90)
        self.signer = self._line()
        self.signer.setPlaceholderText(self.tr("Kosong: Kepala <nama lembaga>"))
        self.errors.add_row(form, self.tr("Kop (satu baris per baris)"), self.header, "header")
        self.errors.add_row(form, self.tr("Judul"), self.title_edit, "title")
        self.errors.add_row(form, self.tr("Pengantar nama"), self.intro, "intro")
        self.errors.add_row(form, self.tr("Pernyataan"), self.statement, "statement")
        self.errors.add_row(form, self.tr("Judul halaman belakang"), self.back_title, "back_title")
        self.errors.add_row(form, self.tr("Judul surat keterangan"), self.sk_title, "sk_title")
        self.errors.add_row(form, self.tr("Isi surat keterangan"), self.sk_body, "sk_body")
        self.errors.add_row(form, self.tr("Jabatan penanda tangan"), self.signer, "signer_title")
        hint = QLabel(
            self.tr("Kolom isian: {program} {jp} {start} {end} {institution} {attendance} {result}")
        )
        hint.setWordWrap(True)
        hint.setObjectName("PageSubtitle")
        form.addRow("", hint)
        return page

    def _image_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.image_labels: dict[str, QLabel] = {}
        for name, label in (("logo", self.tr("Logo")), ("signature", self.tr("Tanda tangan"))):
            holder = QWidget()
            box = QHBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            shown = QLabel()
            shown.setFixedSize(110, 60)
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            shown.setStyleSheet("border: 1px solid #c8ccd2; background: white;")
            self.image_labels[name] = shown
            choose = QPushButton(self.tr("Pilih…"))
            choose.clicked.connect(lambda _c=False, n=name: self.choose_image(n))
            clear = QPushButton(self.tr("Hapus"))
            clear.clicked.connect(lambda _c=False, n=name: self.set_image(n, None))
            box.addWidget(shown)
            box.addWidget(choose)
            box.addWidget(clear)
            box.addStretch(1)
            self.errors.add_row(form, label, holder, f"{name}_b64")
        note = QLabel(
            self.tr(
                "Tanpa logo pilihan, logo lembaga dari penyiapan awal yang dipakai. Tanda tangan: "
                "pindaian PNG berlatar transparan, dicetak di atas nama kepala; kosongkan bila "
                "sertifikat ditandatangani basah."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("PageSubtitle")
        form.addRow("", note)
        return page

    def _numbering_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.sert_pattern = QLineEdit()
        self.sk_pattern = QLineEdit()
        self.scope = QComboBox()
        for value, label in numbering.SCOPES.items():
            self.scope.addItem(label, value)
        self._fill_numbering(self.numbering_value)
        for widget in (self.sert_pattern, self.sk_pattern):
            widget.textChanged.connect(self.update_number_example)
        self.scope.currentIndexChanged.connect(self.update_number_example)
        self.errors.add_row(form, self.tr("Nomor sertifikat"), self.sert_pattern, "sertifikat")
        self.errors.add_row(form, self.tr("Nomor surat keterangan"), self.sk_pattern,
                            "surat_keterangan")  # fmt: skip
        form.addRow(self.tr("Nomor urut dimulai lagi"), self.scope)
        self.number_example = QLabel()
        self.number_example.setWordWrap(True)
        form.addRow(self.tr("Contoh"), self.number_example)
        hint = QLabel(
            self.tr(
                "Kolom isian: {seq:04d} nomor urut empat angka, {inst} kode lembaga, {vocation} "
                "kode kejuruan, {program} kode program, {year} tahun, {month} bulan, "
                "{month_roman} bulan Romawi, {kind} SERT/SK. Nomor yang pernah dipakai, termasuk "
                "yang dibatalkan, tidak pernah dipakai lagi."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("PageSubtitle")
        form.addRow("", hint)
        self.update_number_example()
        return page

    def _fill_numbering(self, cfg: numbering.NumberingConfig) -> None:
        self.sert_pattern.setText(cfg.sertifikat)
        self.sk_pattern.setText(cfg.surat_keterangan)
        self.scope.setCurrentIndex(max(0, self.scope.findData(cfg.scope)))

    def current_numbering(self) -> numbering.NumberingConfig:
        return numbering.NumberingConfig(
            self.sert_pattern.text(), self.sk_pattern.text(), self.scope.currentData()
        )

    def update_number_example(self, *_args: Any) -> None:
        cfg = self.current_numbering()
        examples = []
        for kind in ("sertifikat", "surat_keterangan"):
            problem = numbering.pattern_problem(cfg.pattern(kind), cfg.scope)
            if problem:
                self.number_example.setText(problem)
                return
            fields = numbering.NumberFields(self.inst_code, "TIK", "TIK-OPKOM", today(), kind)
            examples.append(numbering.render(cfg.pattern(kind), 1, fields))
        self.number_example.setText("  ·  ".join(examples))

    def _fill(self, lay: Layout) -> None:
        self._filling = True
        for combo, value in (
            (self.paper, lay.paper), (self.orientation, lay.orientation),
            (self.sk_orientation, lay.sk_orientation), (self.qr_side, lay.qr_side),
        ):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.margin.setValue(lay.margin_mm)
        self.qr_size.setValue(lay.qr_size_mm)
        self.title_offset.setValue(lay.title_offset_mm)
        self.signature_offset.setValue(lay.signature_offset_mm)
        self.show_photo.setChecked(lay.show_photo)
        self.header.setPlainText(lay.header)
        self.title_edit.setText(lay.title)
        self.intro.setText(lay.intro)
        self.statement.setPlainText(lay.statement)
        self.back_title.setText(lay.back_title)
        self.sk_title.setText(lay.sk_title)
        self.sk_body.setPlainText(lay.sk_body)
        self.signer.setText(lay.signer_title)
        self._filling = False
        self._show_images()

    def current(self) -> Layout:
        return replace(
            self.layout_value,
            paper=self.paper.currentData(), orientation=self.orientation.currentData(),
            sk_orientation=self.sk_orientation.currentData(), qr_side=self.qr_side.currentData(),
            margin_mm=self.margin.value(), qr_size_mm=self.qr_size.value(),
            title_offset_mm=self.title_offset.value(),
            signature_offset_mm=self.signature_offset.value(),
            show_photo=self.show_photo.isChecked(), header=self.header.toPlainText(),
            title=self.title_edit.text(), intro=self.intro.text(),
            statement=self.statement.toPlainText(), back_title=self.back_title.text(),
            sk_title=self.sk_title.text(), sk_body=self.sk_body.toPlainText(),
            signer_title=self.signer.text(),
        )  # fmt: skip

    # --- images ----------------------------------------------------------------------------

    def choose_image(self, name: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih gambar"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_image(name, Path(path).read_bytes())

    def set_image(self, name: str, data: bytes | None) -> None:
        self.layout_value = self.current().with_image(name, data)
        self._show_images()
        self._changed()

    def _show_images(self) -> None:
        for name, label in self.image_labels.items():
            data = getattr(self.layout_value, name)
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                label.setPixmap(
                    pixmap.scaled(
                        label.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                label.setPixmap(QPixmap())
                label.setText(self.tr("(tidak ada)"))

    # --- preview and saving --------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if not getattr(self, "_filling", False):
            self._timer.start()

    def update_preview(self) -> None:
        lay = self.current()
        problems = certificate_layout.validate(lay)
        self.errors.show(problems)
        if problems:
            # Draw what can be drawn; a broken placeholder would stop the page itself.
            lay = replace(lay, statement=Layout().statement, sk_body=Layout().sk_body,
                          qr_size_mm=max(lay.qr_size_mm, 22))  # fmt: skip
        face = self.face.currentData()
        sheet = self.samples[1] if face == "letter" else self.samples[0]
        width, height = lay.page_mm("surat_keterangan" if face == "letter" else "sertifikat")
        # The whole page fits the preview area, drawn at the resolution that fills it.
        area = self.preview.size()
        dpi = 25.4 * min((area.width() - 16) / width, (area.height() - 16) / height)
        image = printing.render_image(lay, printing.Page(sheet, face), dpi=max(20, round(dpi)))
        self.preview.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._changed()

    def accept(self) -> None:
        layout, pattern, actor = self.current(), self.current_numbering(), self.ctx.actor
        opened_layout, opened_numbering = self.opened_layout, self.numbering_value

        def save(session: Session) -> None:
            if layout != opened_layout:
                certificate_layout.save(session, actor, layout, opened_layout)
            if pattern != opened_numbering:
                inst = local_institution(session)
                numbering.save_config(session, actor, inst, pattern, opened_numbering)

        if act(self, self.ctx, save, Changes.of(Kind.SETTINGS), refused=self._refused):
            super().accept()

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, StaleRecord):
            self._resolve(exc)
        else:
            show_refusal(self, exc, self.errors)

    def _resolve(self, exc: StaleRecord) -> None:
        """Another clerk saved the layout or the numbering since this dialog opened: both are
        read again and every field either clerk changed is listed, as for any record."""
        with self.ctx.db.session() as session:
            layout_now = certificate_layout.load(session)
            numbering_now = numbering.config(session, local_institution(session))
        layout_merged, layout_changes = three_way(self.opened_layout, self.current(), layout_now)
        numbering_merged, numbering_changes = three_way(
            self.numbering_value, self.current_numbering(), numbering_now
        )
        dialog = conflict.ConflictDialog(
            self, exc.message, layout_changes + numbering_changes, self._labels(), self._shown
        )
        if not dialog.exec():
            return
        if dialog.choice == conflict.RELOAD:
            layout_merged, numbering_merged = layout_now, numbering_now
        self.opened_layout, self.numbering_value = layout_now, numbering_now
        self.layout_value = layout_merged
        self._fill(layout_merged)
        self._fill_numbering(numbering_merged)
        self.notice.setText(conflict.outcome(dialog.choice))
        self.notice.show()
        self.update_preview()

    def _labels(self) -> dict[str, str]:
        return {
            **self.errors.captions,
            "sk_orientation": self.tr("Arah surat keterangan"),
            "show_photo": self.tr("Kotak pas foto 3 × 4"),
            "scope": self.tr("Nomor urut dimulai lagi"),
        }

    def _shown(self, field: str, value: Any) -> str:
        if field.endswith("_b64"):
            return self.tr("(gambar)") if value else "–"
        if field.endswith("_mm"):
            return f"{value:g} mm"
        combos = {"paper": self.paper, "orientation": self.orientation,
                  "sk_orientation": self.sk_orientation, "qr_side": self.qr_side,
                  "scope": self.scope}  # fmt: skip
        combo = combos.get(field)
        index = combo.findData(value) if combo is not None else -1
        return combo.itemText(index) if combo is not None and index >= 0 else conflict.shown(value)
