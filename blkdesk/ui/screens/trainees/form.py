"""The intake form (new applicant or edit), laid out like the paper form and driven by keyboard.

All rules come from `core.trainees.validate`, run on every change and whenever the clerk leaves a
field: messages appear beside the fields the clerk has been to, and Save stays disabled until
nothing is wrong. Typing the NIK fills birth date, sex and region; its 16th digit also asks the
database whether the NIK is already registered. Every change is kept as a draft on disk until
saved or discarded.
The boxes of the form are the sections in `sections.py`; this class holds the rules' wiring.
"""

import base64
import re
from dataclasses import asdict
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from blkdesk.core import limits
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.concurrency import StaleRecord, three_way
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.models import Trainee
from blkdesk.core.permissions import Action
from blkdesk.core.refdata import regency_name
from blkdesk.core.registry import drafts, trainees
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry.eligibility import Applicant, needs_guardian
from blkdesk.core.storage import connection
from blkdesk.ui.actions import act, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.labels import field_labels
from blkdesk.ui.screens.trainees.sections import (
    AddressSection,
    ConsentSection,
    ContactSection,
    DuplicatesSection,
    IdentitySection,
    NikShown,
    PhotoSection,
    ProgrammeSection,
    WorkSection,
)
from blkdesk.ui.style import OK, WARNING
from blkdesk.ui.widgets.banner import banner
from blkdesk.ui.widgets.conflict import REAPPLY, RELOAD, ConflictDialog, outcome
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors

_DATE = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")


def looks_like_date(text: str) -> bool:
    """Written as a date is ('31-02-1999', '31021999'), whether or not that day exists."""
    raw = text.strip()
    return bool(re.fullmatch(r"\d{8}", raw) or _DATE.match(raw))


def parse_date(text: str) -> date | None:
    """'17-08-1995', '17/8/1995' or '17081995'; None when empty or not a date."""
    raw = text.strip()
    if re.fullmatch(r"\d{8}", raw):
        raw = f"{raw[:2]}-{raw[2:4]}-{raw[4:]}"
    m = _DATE.match(raw)
    if not m:
        return None
    try:
        return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


class TraineeForm(Dialog):
    """New applicant when `trainee_id` is None, else an edit of that trainee."""

    saved = Signal(int)  # trainee id
    open_existing = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        trainee_id: int | None = None,
        draft: drafts.Draft | None = None,
    ) -> None:
        super().__init__(parent, "", "TraineeForm", QDialogButtonBox.StandardButton.NoButton)
        self.setWindowTitle(
            self.tr("Pendaftar baru") if trainee_id is None else self.tr("Ubah data peserta")
        )
        self.ctx = ctx
        self.trainee_id = trainee_id
        self.errors = FormErrors()
        self.touched: set[str] = set()
        self._auto: dict[str, Any] = {}  # derived values the NIK filled in
        self._loading = False
        self._dirty = False
        # The NIK last asked about and the trainee already holding it (None: free).
        self._nik_checked = ""
        self._existing: trainees.DuplicateNik | None = None
        # The record as opened, and its version: a save is refused when someone saved since.
        self.opened: trainees.TraineeInput | None = None
        self.version: int | None = None
        self._build()
        self._draft_timer = QTimer(self, singleShot=True, interval=800)
        self._draft_timer.timeout.connect(self.save_draft)
        if draft is not None:
            self.load_values(draft.values)
            self._dirty = True
        elif trainee_id is not None:
            self._load_trainee(trainee_id)
        self.revalidate()
        self.identity.nik.setFocus()
        if self.geometry().width() < 900:
            self.resize(1240, 740)

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(0)
        self.body.addWidget(self._header())
        with self.ctx.db.session() as session:
            targets = trainees.intake_targets(session)
        self.identity = IdentitySection(self.errors)
        self.address = AddressSection(self.errors)
        self.contact = ContactSection(self.errors)
        self.work = WorkSection(self.errors)
        self.photo = PhotoSection(self.errors)
        self.duplicates = DuplicatesSection(
            NikShown(self.ctx.can(Action.VIEW_FULL_NIK)), self.errors
        )
        self.programme = ProgrammeSection(targets)
        self.consent = ConsentSection(self.errors)
        self.body.addWidget(self._sections(), 1)
        self.body.addWidget(self._footer())
        # Enter anywhere in the form presses the default button; it must be set once the button
        # is inside the dialog, or QDialog does not learn about it.
        self.save_button.setDefault(True)
        # Other buttons would become the default while focused (autoDefault) and take Enter.
        for button in self.findChildren(QPushButton):
            if button is not self.save_button:
                button.setAutoDefault(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_applicant)
        # Enter on "Buka data yang sudah ada", once Tab has reached it, opens that record.
        self.identity.open_existing.setAutoDefault(True)
        self._wire()
        self._set_tab_order()

    def _header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("FormHeader")
        header.setStyleSheet("#FormHeader { background: white; border-bottom: 1px solid #e4e7ec; }")
        head = QVBoxLayout(header)
        head.setContentsMargins(24, 14, 24, 12)
        heading = QLabel(self.windowTitle())
        heading.setObjectName("DialogTitle")
        hint = QLabel(
            self.tr(
                "Isi sesuai KTP/KK, mulai dari NIK: tanggal lahir, jenis kelamin dan daerah terisi "
                "sendiri. Enter menyimpan, Esc menutup."
            )
        )
        hint.setObjectName("PageSubtitle")
        hint.setWordWrap(True)
        head.addWidget(heading)
        head.addWidget(hint)
        self.banner = banner()
        head.addWidget(self.banner)
        return header

    def _sections(self) -> QScrollArea:
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(20, 8, 20, 12)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        # Three columns, read left to right like the paper form: who, where, and the rest. The
        # photo comes last in its column, as in the Tab order (it is attached after the typing).
        grid.addWidget(self.identity, 0, 0)
        middle = QVBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self.address)
        middle.addWidget(self.contact)
        middle.addStretch()
        grid.addLayout(middle, 0, 1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.work)
        right.addWidget(self.photo)
        right.addStretch()
        grid.addLayout(right, 0, 2)
        grid.addWidget(self.duplicates, 1, 0, 1, 3)
        grid.addWidget(self.programme, 2, 0, 1, 2)
        grid.addWidget(self.consent, 2, 2)
        grid.setColumnStretch(0, 10)
        grid.setColumnStretch(1, 10)
        grid.setColumnStretch(2, 9)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab past the buttons goes back to the NIK, not to an unmarked stop on the scroll area
        # (the field with the focus is scrolled into view anyway).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        self.sections_area, self.sections_grid = scroll, grid
        return scroll

    def _footer(self) -> QWidget:
        footer = QWidget()
        footer.setObjectName("FormFooter")
        footer.setStyleSheet("#FormFooter { background: white; border-top: 1px solid #e4e7ec; }")
        foot = QHBoxLayout(footer)
        foot.setContentsMargins(24, 10, 24, 10)
        self.status = QLabel()
        self.status.setObjectName("FieldInfo")
        self.status.setWordWrap(True)
        foot.addWidget(self.status, 1)
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Tutup"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.submit)
        foot.addWidget(self.buttons)
        return footer

    def _set_tab_order(self) -> None:
        # The paper form's order: identity, address, contact, work, PMI, then the office part.
        chain: list[QWidget] = [
            *self.identity.tab_chain(), *self.address.tab_chain(), *self.contact.tab_chain(),
            *self.work.tab_chain(), *self.photo.tab_chain(), self.duplicates.reason,
            self.programme.target, *self.consent.tab_chain(), self.save_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- behaviour -------------------------------------------------------------------------

    def _edits(self) -> dict[str, QWidget]:
        """Every input by its `TraineeInput` field name."""
        return {
            **self.identity.fields, **self.address.fields, **self.contact.fields,
            **self.work.fields, **self.consent.fields,
        }  # fmt: skip

    def _wire(self) -> None:
        for field, widget in self._edits().items():
            signal: Any
            if isinstance(widget, QLineEdit):
                signal = widget.textEdited
            elif isinstance(widget, QComboBox):
                signal = widget.currentTextChanged
            elif isinstance(widget, QCheckBox):
                signal = widget.toggled
            else:
                signal = widget.textChanged  # type: ignore[attr-defined]
            signal.connect(lambda *_a, f=field: self._changed(f))
        self.photo.changed.connect(lambda: self._changed("photo"))
        self.programme.target.currentIndexChanged.connect(lambda *_a: self.revalidate())
        self.duplicates.reason.textEdited.connect(lambda *_a: self._changed("duplicate_reason"))
        self.identity.open_existing.clicked.connect(self._open_existing)
        self.errors.on_leave(self._left, self._edits())

    def _changed(self, field: str) -> None:
        if self._loading:
            return
        self.touched.add(field)
        self._auto.pop(field, None)
        if field == "nik":
            self._derive_from_nik()
            self._check_nik_taken()
        self._dirty = True
        self._draft_timer.start()
        self.revalidate()

    def _left(self, field: str) -> None:
        """The clerk left `field`: it is checked now, whatever was (or was not) typed in it."""
        if self._loading or not self.isVisible():
            return
        self.touched.add(field)
        self.revalidate(left=field)

    def _check_nik_taken(self) -> None:
        """At the 16th digit of a valid NIK, ask once whether a trainee already holds it."""
        try:
            nik = nikmod.parse(self.identity.nik.text()).nik
        except nikmod.NikError:
            nik = ""
        if nik == self._nik_checked:
            return
        self._nik_checked = nik
        self._existing = None
        if not nik:
            return

        def found(taken: trainees.DuplicateNik | None) -> None:
            self._existing = taken

        def ask(session: Session) -> trainees.DuplicateNik | None:
            try:
                return trainees.nik_taken(session, self.ctx.actor, nik, exclude_id=self.trainee_id)
            except DBAPIError as exc:
                # Behind a restore's locks on the server PC, or with the server out of reach:
                # not asked again while typing (each try waits out the lock or the connection),
                # but by the save, which says why it waits or cannot save yet. A box saying
                # that a page could not be loaded would interrupt a clerk who is still typing.
                if not (connection.is_lock_timeout(exc) or connection.is_unreachable(exc)):
                    raise
                return None

        # A refusal (the office server out of reach) is left to the save, which checks again.
        query(self, self.ctx, ask, then=found, refused=lambda _error: None)

    def _derive_from_nik(self) -> None:
        try:
            info = nikmod.parse(self.identity.nik.text())
        except nikmod.NikError:
            self.identity.show_nik(None)
            self._clear_derived()
            return
        self.identity.show_nik(info)
        derived = {
            "birth_date": info.birth_date.strftime("%d-%m-%Y"),
            "sex": info.sex,
            "regency_code": info.regency_code,
            "province_code": info.province_code,
        }
        self._loading = True
        try:
            for field, value in derived.items():
                if field in self.touched and field not in self._auto:
                    continue  # the clerk typed this one: a disagreement is shown, not overwritten
                self._set_value(field, value)
                self._auto[field] = value
        finally:
            self._loading = False

    def _clear_derived(self) -> None:
        """A NIK being corrected gives nothing: what the previous NIK filled in goes, so no
        birth date or region stands beside a NIK that does not say it. What the clerk typed
        stays."""
        self._loading = True
        try:
            for field in list(self._auto):
                self._set_value(field, "")
            self._auto.clear()
        finally:
            self._loading = False

    def _set_value(self, field: str, value: Any) -> None:
        widget = self._edits()[field]
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if value else 0
            if index < 0 and field == "regency_code":
                widget.addItem(f"{regency_name(value)} ({value})", value)
                index = widget.count() - 1
            if index < 0 and widget.isEditable():
                widget.setEditText(str(value))
            else:
                widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))

    def _value(self, field: str) -> Any:
        widget = self._edits()[field]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QComboBox):
            return widget.currentText() if widget.isEditable() else widget.currentData() or ""
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.toPlainText()  # type: ignore[attr-defined]

    def data(self) -> trainees.TraineeInput:
        values = {f: self._value(f) for f in self._edits()}
        typed_birth = values.pop("birth_date")
        birth = parse_date(typed_birth)
        return trainees.TraineeInput(
            **{k: v for k, v in values.items() if k in trainees.TraineeInput.__dataclass_fields__},
            birth_date=birth,
            photo=self.photo.photo,
        )

    def _on(self) -> date:
        target = self.programme.chosen()
        return target.starts if target is not None and target.starts else today()

    def revalidate(self, left: str | None = None) -> dict[str, str]:
        """Check everything; `left` is the field the clerk has just left (shown even if Qt still
        counts it as focused while the focus moves)."""
        data = self.data()
        values, errors = trainees.validate(data, on=self._on())
        typed_birth = self.identity.birth_date.text().strip()
        if typed_birth and data.birth_date is None:
            errors["birth_date"] = (
                # Written right but not on the calendar (31-02-1999): the format is not the fault.
                self.tr("Tanggal {date} tidak ada di kalender; periksa hari dan bulannya.").format(
                    date=typed_birth
                )
                if looks_like_date(typed_birth)
                else self.tr("Tulis tanggal lengkap seperti 17-08-1995.")
            )
        if self._existing is not None and "nik" not in errors:
            errors["nik"] = self._existing.message
        self.identity.show_age(data.birth_date)
        self.consent.guardian.setVisible(needs_guardian(data.birth_date, self._on()))
        # Errors show beside fields the clerk has been to, except the one being typed in (a
        # half-typed number is not yet wrong); a disagreement with the NIK shows at once.
        focused = self.focusWidget()
        shown = {
            f: m for f, m in errors.items()
            if (f in self.touched or f in self._auto)
            and (f == left or self.errors.widgets.get(f) is not focused)
        }  # fmt: skip
        for field in ("birth_date", "sex"):
            if field in errors and "NIK" in errors[field]:
                shown[field] = errors[field]
        if self._existing is not None:
            shown["nik"] = self._existing.message  # at the 16th digit, not after leaving
        self.identity.open_existing.setVisible(self._existing is not None)
        # Too long is wrong however much more is typed: said at once, beside the field.
        shown.update(limits.problems(Trainee, values, field_labels()))
        reason = limits.problems(Trainee, {"duplicate_reason": self.duplicates.given_reason()})
        errors.update(reason)
        shown.update(reason)
        if "rw" in shown:
            shown.setdefault("rt", shown["rw"])  # RW shares RT's line, and its message
        self.errors.show(shown)
        if "nik" in errors and "nik" not in shown:
            self.identity.show_digits_typed()
        elif "nik" in shown:
            self.identity.show_nik(None)  # the message says it all; "16 dari 16 angka" does not
        self.save_button.setEnabled(not errors)
        self._update_status(errors)
        self._update_eligibility(values)
        return errors

    def _update_status(self, errors: dict[str, str]) -> None:
        if not errors:
            self.status.setText(self.tr("Semua isian sudah benar. Tekan Enter untuk menyimpan."))
            self.status.setStyleSheet(f"color: {OK};")
            return
        # In the order the clerk meets the fields (the Tab order), not the order rules ran.
        order = {field: n for n, field in enumerate(self._edits())}
        ordered = sorted(errors, key=lambda f: order.get(f, len(order)))
        missing = [field_labels().get(f, self._extra_label(f)) for f in ordered]
        self.status.setText(
            self.tr("Belum bisa disimpan — periksa: {fields}").format(fields=", ".join(missing))
        )
        self.status.setStyleSheet(f"color: {WARNING};")
        self.save_button.setToolTip("\n".join(errors.values()))

    def _extra_label(self, field: str) -> str:
        return (
            self.tr("Persetujuan UU PDP") if field == "consent" else limits.LABELS.get(field, field)
        )

    def _update_eligibility(self, values: dict[str, Any]) -> None:
        target = self.programme.chosen()
        if target is None:
            self.programme.show_eligibility(None)
            return
        applicant = Applicant(
            values["birth_date"], values["education"], values["regency_code"],
            values["province_code"],
        )  # fmt: skip
        with self.ctx.db.session() as session:
            self.programme.show_eligibility(trainees.check_eligibility(session, target, applicant))

    # --- loading, drafts -------------------------------------------------------------------

    def _load_trainee(self, trainee_id: int) -> None:
        with self.ctx.db.session() as session:
            trainee = trainees.get(session, self.ctx.actor, trainee_id)
            data = trainees.to_input(trainee)
            consent_at, consent_by = trainee.consent_at, trainee.consent_by
            version = trainee.version
        self._show_record(data, version)
        if consent_at is not None:
            self.consent.show_recorded(consent_at.date(), consent_by)

    def _show_record(self, data: trainees.TraineeInput, version: int) -> None:
        """Fill the form with a stored record (`data`) at `version`."""
        self.opened, self.version = data, version
        values = asdict(data)
        values["birth_date"] = data.birth_date.strftime("%d-%m-%Y") if data.birth_date else ""
        values.pop("photo")
        self.load_values(values)
        self._loading = True
        self.photo.set_photo(data.photo)
        self._loading = False
        self.touched = set(self._edits())

    def values(self) -> dict[str, Any]:
        """Everything typed, as JSON-friendly values (for the draft file)."""
        out = {f: self._value(f) for f in self._edits()}
        out["touched"] = sorted(self.touched)
        out["target"] = self.programme.target.currentIndex()
        out["duplicate_reason"] = self.duplicates.reason.text()
        out["version"] = self.version
        if self.photo.photo is not None:
            out["photo"] = base64.b64encode(self.photo.photo).decode()
        return out

    def load_values(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for field in self._edits():
                if field in values:
                    self._set_value(field, values[field])
            if values.get("photo"):
                self.photo.set_photo(base64.b64decode(values["photo"]))
            if values.get("target", 0) < self.programme.target.count():
                self.programme.target.setCurrentIndex(values.get("target", 0))
            self.duplicates.reason.setText(values.get("duplicate_reason", ""))
            self.version = values.get("version", self.version)
            self.touched = set(values.get("touched", []))
            self._derive_from_nik()
            self._check_nik_taken()
        finally:
            self._loading = False
        self.revalidate()

    @property
    def draft_key(self) -> str:
        return "new" if self.trainee_id is None else f"edit-{self.trainee_id}"

    def save_draft(self) -> None:
        if self._dirty:
            drafts.save(self.ctx.db.location, self.draft_key, self.ctx.user.username,
                        self.values())  # fmt: skip

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        drafts.discard(self.ctx.db.location, self.draft_key, self.ctx.user.username)

    # --- saving ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self.revalidate():
            self.touched |= set(self._edits())
            self.revalidate()
            return
        target = self.programme.chosen()
        batch_id = target.id if target is not None and target.kind == "batch" else None
        reason = self.duplicates.given_reason()
        data = self.data()

        def save(session: Session) -> int:
            if self.trainee_id is None:
                trainee = trainees.register(
                    session, self.ctx.actor, data, duplicate_reason=reason, batch_id=batch_id
                )
            else:
                trainee = trainees.update(
                    session, self.ctx.actor, self.trainee_id, data, duplicate_reason=reason,
                    expected_version=self.version,
                )  # fmt: skip
            return trainee.id

        enrolled = (Kind.BATCHES,) if batch_id is not None else ()
        act(
            self, self.ctx, save,
            lambda saved_id: Changes.with_ids(Kind.TRAINEES, [saved_id], *enrolled),
            fields=self.errors, refused=self._refused, then=self._saved,
        )  # fmt: skip

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, trainees.DuplicateNik):
            self._show_existing(exc)
        elif isinstance(exc, trainees.ProbableDuplicate):
            self.duplicates.show_matches(exc.matches)
            self.banner.setText(exc.message)
            self.banner.show()
            # The reason box has the keyboard but sat below the fold, under a footer saying
            # all was right: the clerk typed into a box they could not see, or pressed Enter
            # again for the same refusal.
            self.sections_grid.activate()  # the section just shown has its place now
            self.sections_area.ensureWidgetVisible(self.duplicates.reason)
            self.status.setText(
                self.tr("Tulis alasan tetap menyimpan di bawah, lalu tekan Enter lagi.")
            )
            self.status.setStyleSheet(f"color: {WARNING};")
        elif isinstance(exc, FieldErrors):
            self.touched |= set(exc.errors)
            self.errors.show(exc.errors)
        elif isinstance(exc, StaleRecord):
            self._resolve_conflict(exc)
        else:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), exc.message)

    def _resolve_conflict(self, exc: StaleRecord) -> None:
        """Another clerk saved first: show both sides; reload theirs or put ours on top."""
        mine = self.data()
        # A form restored from a draft knows its version but not what it showed then.
        opened = self.opened if self.opened is not None else exc.current
        merged, changes = three_way(opened, mine, exc.current)
        dialog = ConflictDialog(self, exc.message, changes, field_labels())
        if not dialog.exec():
            return
        if dialog.choice == RELOAD:
            self._show_record(exc.current, exc.current_version)
            self._dirty = False
            self._drop_draft()
            self.banner.setText(outcome(RELOAD))
        else:
            self._show_record(merged, exc.current_version)
            self.opened = exc.current
            self._dirty = True
            self.banner.setText(outcome(REAPPLY))
        self.banner.show()

    def _saved(self, saved_id: int) -> None:
        self._dirty = False
        self._drop_draft()
        self.saved.emit(saved_id)
        self.accept()

    def _show_existing(self, exc: trainees.DuplicateNik) -> None:
        """Another clerk registered this NIK after the form asked: said beside the NIK too."""
        self._nik_checked = nikmod.normalise(self.identity.nik.text())
        self._existing = exc
        self.revalidate()
        self.identity.nik.setFocus()

    def _open_existing(self) -> None:
        if self._existing is not None:
            self.open_existing.emit(self._existing.existing_id)

    def new_applicant(self) -> None:
        """Ctrl+N: start over on an empty form (asking first when something is unsaved)."""
        if self._dirty and not self._confirm_discard():
            return
        self._drop_draft()
        self.trainee_id = None
        self.setWindowTitle(self.tr("Pendaftar baru"))
        self._loading = True
        for field in self._edits():
            self._set_value(field, "" if field not in ("is_pmi_candidate",) else False)
        self._loading = False
        self.photo.set_photo(None)
        self.touched.clear()
        self._auto.clear()
        self._dirty = False
        self.duplicates.hide()
        self.banner.hide()
        self._nik_checked, self._existing = "", None
        self.identity.show_nik(None)
        self.revalidate()
        self.identity.nik.setFocus()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Buang perubahan?"),
            self.tr("Isian formulir ini belum disimpan. Buang perubahannya?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        self._dirty = False
        self._drop_draft()
        super().reject()
