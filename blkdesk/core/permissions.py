"""Who may do what. Services call `require`; the GUI only hides what this would refuse anyway."""

from dataclasses import dataclass
from enum import StrEnum

from blkdesk.core.errors import PermissionDenied
from blkdesk.core.sentences import Sentence

NAME_LENGTH = 120  # AuditEvent.user_name and ExportLog.user_name


class Role(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    KEPALA = "kepala"  # head of the BLK: signs certificates
    VIEWER = "viewer"


ROLE_LABELS = {
    Role.ADMIN: Sentence("Administrator"),
    Role.OPERATOR: Sentence("Operator"),
    Role.KEPALA: Sentence("Kepala BLK"),
    Role.VIEWER: Sentence("Peninjau"),
}


class Action(StrEnum):
    VIEW = "view"
    VIEW_FULL_NIK = "view_full_nik"
    VIEW_CONTACTS = "view_contacts"
    EDIT_TRAINEES = "edit_trainees"
    DELETE_TRAINEES = "delete_trainees"
    IMPORT_TRAINEES = "import_trainees"
    EDIT_CATALOG = "edit_catalog"
    EDIT_BATCHES = "edit_batches"
    EDIT_CLOSED_BATCH = "edit_closed_batch"
    SELECT_PARTICIPANTS = "select_participants"
    MARK_ATTENDANCE = "mark_attendance"
    RECORD_ASSESSMENT = "record_assessment"
    OVERRIDE_OUTCOME = "override_outcome"
    ISSUE_CERTIFICATES = "issue_certificates"
    PRINT_CERTIFICATES = "print_certificates"
    VOID_CERTIFICATES = "void_certificates"
    RECORD_PLACEMENT = "record_placement"
    EXPORT_REPORTS = "export_reports"
    MERGE_SYNC = "merge_sync"
    ACCEPT_SYNC_KEY = "accept_sync_key"
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    BACKUP = "backup"
    RESTORE = "restore"
    VIEW_AUDIT = "view_audit"
    ANONYMISE = "anonymise"
    SUBJECT_REPORT = "subject_report"


_ALL = frozenset(Role)
_STAFF = frozenset({Role.ADMIN, Role.OPERATOR})
_SIGNERS = frozenset({Role.ADMIN, Role.KEPALA})
_ADMIN = frozenset({Role.ADMIN})

MATRIX: dict[Action, frozenset[Role]] = {
    Action.VIEW: _ALL,
    Action.VIEW_FULL_NIK: frozenset({Role.ADMIN, Role.OPERATOR, Role.KEPALA}),
    # A trainee's phone, e-mail and street address: the staff who call, write and sign; a
    # viewer (an inspector, a visitor at the desk) sees them masked, as the NIK (UU PDP).
    Action.VIEW_CONTACTS: frozenset({Role.ADMIN, Role.OPERATOR, Role.KEPALA}),
    Action.EDIT_TRAINEES: _STAFF,
    Action.DELETE_TRAINEES: _ADMIN,
    Action.IMPORT_TRAINEES: _STAFF,
    Action.EDIT_CATALOG: _STAFF,
    Action.EDIT_BATCHES: _STAFF,
    Action.EDIT_CLOSED_BATCH: _ADMIN,
    Action.SELECT_PARTICIPANTS: _STAFF,
    Action.MARK_ATTENDANCE: _STAFF,
    Action.RECORD_ASSESSMENT: _STAFF,
    Action.OVERRIDE_OUTCOME: _SIGNERS,
    Action.ISSUE_CERTIFICATES: frozenset({Role.ADMIN, Role.OPERATOR, Role.KEPALA}),
    Action.PRINT_CERTIFICATES: frozenset({Role.ADMIN, Role.OPERATOR, Role.KEPALA}),
    Action.VOID_CERTIFICATES: _SIGNERS,
    Action.RECORD_PLACEMENT: _STAFF,
    Action.EXPORT_REPORTS: frozenset({Role.ADMIN, Role.OPERATOR, Role.KEPALA}),
    Action.MERGE_SYNC: _ADMIN,
    # Trusting a BLK's new signing key is what lets its files overwrite the province's copy.
    Action.ACCEPT_SYNC_KEY: _ADMIN,
    Action.MANAGE_USERS: _ADMIN,
    Action.EDIT_SETTINGS: _ADMIN,
    Action.BACKUP: frozenset({Role.ADMIN, Role.OPERATOR, Role.KEPALA}),
    Action.RESTORE: _ADMIN,
    Action.VIEW_AUDIT: frozenset({Role.ADMIN, Role.KEPALA}),
    Action.ANONYMISE: _ADMIN,
    # Answering a data subject's access request (UU PDP Art. 32) at the counter.
    Action.SUBJECT_REPORT: _STAFF,
}

ACTION_LABELS: dict[Action, str] = {
    Action.VIEW: Sentence("melihat data"),
    Action.VIEW_FULL_NIK: Sentence("melihat NIK lengkap"),
    Action.VIEW_CONTACTS: Sentence("melihat nomor HP, email dan alamat"),
    Action.EDIT_TRAINEES: Sentence("mengubah data peserta"),
    Action.DELETE_TRAINEES: Sentence("menghapus peserta"),
    Action.IMPORT_TRAINEES: Sentence("mengimpor pendaftar"),
    Action.EDIT_CATALOG: Sentence("mengubah program pelatihan"),
    Action.EDIT_BATCHES: Sentence("mengubah angkatan"),
    Action.EDIT_CLOSED_BATCH: Sentence("mengubah angkatan yang sudah ditutup"),
    Action.SELECT_PARTICIPANTS: Sentence("menyeleksi peserta"),
    Action.MARK_ATTENDANCE: Sentence("mengisi kehadiran"),
    Action.RECORD_ASSESSMENT: Sentence("mengisi penilaian"),
    Action.OVERRIDE_OUTCOME: Sentence("mengubah keputusan kelulusan"),
    Action.ISSUE_CERTIFICATES: Sentence("menerbitkan sertifikat"),
    Action.PRINT_CERTIFICATES: Sentence("mencetak sertifikat"),
    Action.VOID_CERTIFICATES: Sentence("membatalkan sertifikat"),
    Action.RECORD_PLACEMENT: Sentence("mencatat penempatan"),
    Action.EXPORT_REPORTS: Sentence("mengekspor laporan"),
    Action.MERGE_SYNC: Sentence("menggabungkan data sinkronisasi"),
    Action.ACCEPT_SYNC_KEY: Sentence("menerima kunci baru sebuah BLK"),
    Action.MANAGE_USERS: Sentence("mengelola pengguna"),
    Action.EDIT_SETTINGS: Sentence("mengubah pengaturan"),
    Action.BACKUP: Sentence("membuat cadangan"),
    Action.RESTORE: Sentence("memulihkan cadangan"),
    Action.VIEW_AUDIT: Sentence("melihat jejak audit"),
    Action.ANONYMISE: Sentence("menganonimkan data peserta"),
    Action.SUBJECT_REPORT: Sentence("membuat laporan data pribadi peserta"),
}


# What only a BLK does to its own records. At the province's desk these are read-only views of
# the BLKs' records: the province never keys a BLK's records, whatever the officer's role.
BLK_ONLY = frozenset({
    Action.EDIT_TRAINEES, Action.DELETE_TRAINEES, Action.IMPORT_TRAINEES, Action.EDIT_CATALOG,
    Action.EDIT_BATCHES, Action.EDIT_CLOSED_BATCH, Action.SELECT_PARTICIPANTS,
    Action.MARK_ATTENDANCE, Action.RECORD_ASSESSMENT, Action.OVERRIDE_OUTCOME,
    Action.ISSUE_CERTIFICATES, Action.PRINT_CERTIFICATES, Action.VOID_CERTIFICATES,
    Action.RECORD_PLACEMENT, Action.ANONYMISE,
})  # fmt: skip


@dataclass(frozen=True)
class Actor:
    """Whoever performs an action: a logged-in user, or the OS user behind a CLI command.

    `province` is set at a province's desk, where BLK_ONLY work is refused to every role."""

    name: str
    role: Role
    user_id: int | None = None
    province: bool = False

    def __post_init__(self) -> None:
        # The audit trail and export log keep 120 characters of the name (VARCHAR(120), which
        # PostgreSQL enforces): a longer name is cut here rather than failing the whole write.
        if len(self.name) > NAME_LENGTH:
            object.__setattr__(self, "name", self.name[:NAME_LENGTH])

    def can(self, action: Action) -> bool:
        if self.province and action in BLK_ONLY:
            return False
        return self.role in MATRIX[action]


def require(actor: Actor, action: Action) -> None:
    if actor.province and action in BLK_ONLY:
        raise PermissionDenied(
            Sentence(
                "Provinsi hanya melihat data BLK; {action} dilakukan di BLK-nya.",
                action=ACTION_LABELS[action],
            )
        )
    if not actor.can(action):
        raise PermissionDenied(
            Sentence(
                "Peran {role} tidak berhak {action}.",
                role=ROLE_LABELS[actor.role], action=ACTION_LABELS[action],
            )
        )  # fmt: skip
