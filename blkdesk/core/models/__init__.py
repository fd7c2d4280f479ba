"""All SQLAlchemy models; import them from here."""

from blkdesk.core.models.audit import AuditEvent, ExportLog
from blkdesk.core.models.base import Base, Synced, new_uuid
from blkdesk.core.models.catalog import CompetencyUnit, Instructor, Program, Vocation
from blkdesk.core.models.institution import Institution, KeyPeriod, PinnedKey, Setting, User
from blkdesk.core.models.people import Trainee
from blkdesk.core.models.province import RecordProblem, RegisteredBlk, Submission
from blkdesk.core.models.records import Certificate, Placement
from blkdesk.core.models.training import (
    Assessment,
    AttendanceMark,
    Batch,
    BatchInstructor,
    Closure,
    Enrollment,
    TrainingDay,
)

__all__ = [
    "Assessment",
    "AttendanceMark",
    "AuditEvent",
    "Base",
    "Batch",
    "BatchInstructor",
    "Certificate",
    "Closure",
    "CompetencyUnit",
    "Enrollment",
    "ExportLog",
    "Institution",
    "Instructor",
    "KeyPeriod",
    "PinnedKey",
    "Placement",
    "Program",
    "RecordProblem",
    "RegisteredBlk",
    "Setting",
    "Submission",
    "Synced",
    "Trainee",
    "TrainingDay",
    "User",
    "Vocation",
    "new_uuid",
]
