"""The statuses a batch, an enrollment and a certificate pass through, and the moves between them.

StrEnums, so the stored text stays what it always was ("berjalan", "peserta", "issued") and compares
equal to it, while code names the status instead of spelling it.
"""

from enum import StrEnum


class BatchStatus(StrEnum):
    PLANNED = "direncanakan"
    RUNNING = "berjalan"
    FINISHED = "selesai"
    CLOSED = "ditutup"


class EnrollmentStatus(StrEnum):
    APPLICANT = "pendaftar"
    ACCEPTED = "peserta"
    RESERVE = "cadangan"
    REJECTED = "tidak_lulus_seleksi"
    WITHDRAWN = "mengundurkan_diri"


class CertificateStatus(StrEnum):
    ISSUED = "issued"
    VOID = "void"


# A batch moves forward one step at a time, or one step back to mend a mistake (with a reason).
# Reopening a closed batch is an admin's act, which the service checks.
BATCH_NEXT: dict[BatchStatus, BatchStatus] = {
    BatchStatus.PLANNED: BatchStatus.RUNNING,
    BatchStatus.RUNNING: BatchStatus.FINISHED,
    BatchStatus.FINISHED: BatchStatus.CLOSED,
}
BATCH_PREVIOUS: dict[BatchStatus, BatchStatus] = {new: old for old, new in BATCH_NEXT.items()}
