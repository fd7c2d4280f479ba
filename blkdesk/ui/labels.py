"""Words that come from tables in core (sexes, roles, placement outcomes, report headings, day
names), marked so Qt Linguist collects them under one context, and `as_shown` to show them in the
interface language. Core keeps them Indonesian: the database, exports and printed documents
use them as they are; only what the screen shows is translated.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blkdesk.core.access.audit_log import ENTITY_LABELS
from blkdesk.core.refdata import ENROLLMENT_STATUSES
from blkdesk.core.registry.trainees import FIELD_LABELS

CONTEXT = "Labels"

MARKED = (
    # sexes and roles
    QT_TRANSLATE_NOOP("Labels", "Laki-laki"),
    QT_TRANSLATE_NOOP("Labels", "Perempuan"),
    QT_TRANSLATE_NOOP("Labels", "Administrator"),
    QT_TRANSLATE_NOOP("Labels", "Operator"),
    QT_TRANSLATE_NOOP("Labels", "Kepala BLK"),
    QT_TRANSLATE_NOOP("Labels", "Peninjau"),
    # placement
    QT_TRANSLATE_NOOP("Labels", "Bekerja di perusahaan"),
    QT_TRANSLATE_NOOP("Labels", "Bekerja non-perusahaan"),
    QT_TRANSLATE_NOOP("Labels", "Wirausaha"),
    QT_TRANSLATE_NOOP("Labels", "PMI (pekerja migran)"),
    QT_TRANSLATE_NOOP("Labels", "Belum bekerja"),
    QT_TRANSLATE_NOOP("Labels", "Telepon"),
    QT_TRANSLATE_NOOP("Labels", "Kuesioner"),
    QT_TRANSLATE_NOOP("Labels", "Kunjungan"),
    QT_TRANSLATE_NOOP("Labels", "Laporan perusahaan"),
    # outcomes, attendance, selection
    QT_TRANSLATE_NOOP("Labels", "Lulus"),
    QT_TRANSLATE_NOOP("Labels", "Surat keterangan"),
    QT_TRANSLATE_NOOP("Labels", "Tidak lulus"),
    QT_TRANSLATE_NOOP("Labels", "Hadir"),
    QT_TRANSLATE_NOOP("Labels", "Izin"),
    QT_TRANSLATE_NOOP("Labels", "Sakit"),
    QT_TRANSLATE_NOOP("Labels", "Alpa"),
    QT_TRANSLATE_NOOP("Labels", "Pendaftar"),
    QT_TRANSLATE_NOOP("Labels", "Lulus seleksi (peserta)"),
    QT_TRANSLATE_NOOP("Labels", "Cadangan"),
    QT_TRANSLATE_NOOP("Labels", "Tidak lulus seleksi"),
    QT_TRANSLATE_NOOP("Labels", "Mengundurkan diri"),
    # institutions and batch modes
    QT_TRANSLATE_NOOP("Labels", "UPTD Kabupaten/Kota"),
    QT_TRANSLATE_NOOP("Labels", "UPTD Provinsi"),
    QT_TRANSLATE_NOOP("Labels", "UPTP Kemnaker (BBPVP/BPVP)"),
    QT_TRANSLATE_NOOP("Labels", "BLK Komunitas"),
    QT_TRANSLATE_NOOP("Labels", "Disnakertrans Provinsi (penggabungan data)"),
    QT_TRANSLATE_NOOP("Labels", "Institusional"),
    QT_TRANSLATE_NOOP("Labels", "MTU (Mobile Training Unit)"),
    # migrant-worker destinations
    QT_TRANSLATE_NOOP("Labels", "Taiwan"),
    QT_TRANSLATE_NOOP("Labels", "Hong Kong"),
    QT_TRANSLATE_NOOP("Labels", "Malaysia"),
    QT_TRANSLATE_NOOP("Labels", "Jepang"),
    QT_TRANSLATE_NOOP("Labels", "Korea Selatan"),
    QT_TRANSLATE_NOOP("Labels", "Singapura"),
    # the monthly report's column groups and headings
    QT_TRANSLATE_NOOP("Labels", "Angkatan"),
    QT_TRANSLATE_NOOP("Labels", "Berjalan"),
    QT_TRANSLATE_NOOP("Labels", "Peserta aktif"),
    QT_TRANSLATE_NOOP("Labels", "L"),
    QT_TRANSLATE_NOOP("Labels", "P"),
    QT_TRANSLATE_NOOP("Labels", "Jml"),
    QT_TRANSLATE_NOOP("Labels", "Peserta baru"),
    QT_TRANSLATE_NOOP("Labels", "Selesai pelatihan"),
    QT_TRANSLATE_NOOP("Labels", "Usia peserta aktif"),
    QT_TRANSLATE_NOOP("Labels", "Pendidikan peserta aktif"),
    QT_TRANSLATE_NOOP("Labels", "SD ke bawah"),
    QT_TRANSLATE_NOOP("Labels", "SLTP"),
    QT_TRANSLATE_NOOP("Labels", "SLTA"),
    QT_TRANSLATE_NOOP("Labels", "D1–D3"),
    QT_TRANSLATE_NOOP("Labels", "D4/S1"),
    QT_TRANSLATE_NOOP("Labels", "S2/S3"),
    QT_TRANSLATE_NOOP("Labels", "Tidak diisi"),
    QT_TRANSLATE_NOOP("Labels", "Disabilitas"),
    QT_TRANSLATE_NOOP("Labels", "Calon PMI menurut negara tujuan"),
    QT_TRANSLATE_NOOP("Labels", "Sertifikat terbit"),
    QT_TRANSLATE_NOOP("Labels", "Sertifikat"),
    QT_TRANSLATE_NOOP("Labels", "Surat ket."),
    QT_TRANSLATE_NOOP("Labels", "Penempatan dicatat"),
    # certificate kinds and statuses
    QT_TRANSLATE_NOOP("Labels", "Sertifikat pelatihan"),
    QT_TRANSLATE_NOOP("Labels", "Terbit"),
    QT_TRANSLATE_NOOP("Labels", "Dibatalkan"),
    # the trainee form's lists (stored in Indonesian, as the KK writes them)
    QT_TRANSLATE_NOOP("Labels", "Islam"),
    QT_TRANSLATE_NOOP("Labels", "Kristen"),
    QT_TRANSLATE_NOOP("Labels", "Katolik"),
    QT_TRANSLATE_NOOP("Labels", "Hindu"),
    QT_TRANSLATE_NOOP("Labels", "Buddha"),
    QT_TRANSLATE_NOOP("Labels", "Khonghucu"),
    QT_TRANSLATE_NOOP("Labels", "Kepercayaan"),
    QT_TRANSLATE_NOOP("Labels", "Belum Kawin"),
    QT_TRANSLATE_NOOP("Labels", "Kawin"),
    QT_TRANSLATE_NOOP("Labels", "Cerai Hidup"),
    QT_TRANSLATE_NOOP("Labels", "Cerai Mati"),
    QT_TRANSLATE_NOOP("Labels", "Pencari kerja"),
    QT_TRANSLATE_NOOP("Labels", "Korban PHK"),
    QT_TRANSLATE_NOOP("Labels", "Bekerja"),
    QT_TRANSLATE_NOOP("Labels", "Pelajar/Mahasiswa"),
    QT_TRANSLATE_NOOP("Labels", "Mengurus rumah tangga"),
    # weekdays, Monday first
    QT_TRANSLATE_NOOP("Labels", "Sen"),
    QT_TRANSLATE_NOOP("Labels", "Sel"),
    QT_TRANSLATE_NOOP("Labels", "Rab"),
    QT_TRANSLATE_NOOP("Labels", "Kam"),
    QT_TRANSLATE_NOOP("Labels", "Jum"),
    QT_TRANSLATE_NOOP("Labels", "Sab"),
    QT_TRANSLATE_NOOP("Labels", "Min"),
)


def as_shown(text: str) -> str:
    """`text` in the interface language (itself when it has no translation, e.g. '15–24')."""
    return QCoreApplication.translate(CONTEXT, text)


def shown_labels(labels: dict[str, str]) -> dict[str, str]:
    """A code → label table with its labels in the interface language."""
    return {code: as_shown(text) for code, text in labels.items()}


def enrollment_status(code: str) -> str:
    """'peserta' → 'Lulus seleksi (peserta)' (or its English)."""
    return as_shown(ENROLLMENT_STATUSES.get(code, code))


# The kinds of record in the audit trail, in a context of their own: "Cadangan" is a backup
# there and a reserve in a batch's selection.
AUDIT_ENTITIES = (
    QT_TRANSLATE_NOOP("AuditEntities", "Peserta"),
    QT_TRANSLATE_NOOP("AuditEntities", "Pendaftaran"),
    QT_TRANSLATE_NOOP("AuditEntities", "Angkatan"),
    QT_TRANSLATE_NOOP("AuditEntities", "Program"),
    QT_TRANSLATE_NOOP("AuditEntities", "Kehadiran"),
    QT_TRANSLATE_NOOP("AuditEntities", "Penilaian"),
    QT_TRANSLATE_NOOP("AuditEntities", "Sertifikat"),
    QT_TRANSLATE_NOOP("AuditEntities", "Penempatan"),
    QT_TRANSLATE_NOOP("AuditEntities", "Pengguna"),
    QT_TRANSLATE_NOOP("AuditEntities", "Pengaturan"),
    QT_TRANSLATE_NOOP("AuditEntities", "Lembaga"),
    QT_TRANSLATE_NOOP("AuditEntities", "Database"),
    QT_TRANSLATE_NOOP("AuditEntities", "Cadangan"),
)


def audit_entity(code: str) -> str:
    """'backup' → 'Cadangan' (or 'Backup')."""
    return QCoreApplication.translate("AuditEntities", ENTITY_LABELS.get(code, code))


# The trainee form's fields as core names them (the status line lists the ones to check).
TRAINEE_FIELDS = (
    QT_TRANSLATE_NOOP("TraineeFields", "NIK"),
    QT_TRANSLATE_NOOP("TraineeFields", "Nomor KK"),
    QT_TRANSLATE_NOOP("TraineeFields", "Nama lengkap"),
    QT_TRANSLATE_NOOP("TraineeFields", "Tempat lahir"),
    QT_TRANSLATE_NOOP("TraineeFields", "Tanggal lahir"),
    QT_TRANSLATE_NOOP("TraineeFields", "Jenis kelamin"),
    QT_TRANSLATE_NOOP("TraineeFields", "Agama"),
    QT_TRANSLATE_NOOP("TraineeFields", "Status perkawinan"),
    QT_TRANSLATE_NOOP("TraineeFields", "Pendidikan terakhir"),
    QT_TRANSLATE_NOOP("TraineeFields", "Alamat"),
    QT_TRANSLATE_NOOP("TraineeFields", "RT"),
    QT_TRANSLATE_NOOP("TraineeFields", "RW"),
    QT_TRANSLATE_NOOP("TraineeFields", "Desa/kelurahan"),
    QT_TRANSLATE_NOOP("TraineeFields", "Kecamatan"),
    QT_TRANSLATE_NOOP("TraineeFields", "Kabupaten/kota"),
    QT_TRANSLATE_NOOP("TraineeFields", "Provinsi"),
    QT_TRANSLATE_NOOP("TraineeFields", "Nomor HP"),
    QT_TRANSLATE_NOOP("TraineeFields", "Email"),
    QT_TRANSLATE_NOOP("TraineeFields", "Disabilitas"),
    QT_TRANSLATE_NOOP("TraineeFields", "Status pekerjaan"),
    QT_TRANSLATE_NOOP("TraineeFields", "Nomor AK/1"),
    QT_TRANSLATE_NOOP("TraineeFields", "Catatan"),
    QT_TRANSLATE_NOOP("TraineeFields", "Calon pekerja migran"),
    QT_TRANSLATE_NOOP("TraineeFields", "Negara tujuan"),
    QT_TRANSLATE_NOOP("TraineeFields", "Nomor paspor"),
    QT_TRANSLATE_NOOP("TraineeFields", "Bahasa"),
    QT_TRANSLATE_NOOP("TraineeFields", "Nama orang tua/wali"),
    QT_TRANSLATE_NOOP("TraineeFields", "Persetujuan orang tua/wali"),
    QT_TRANSLATE_NOOP("TraineeFields", "Pas foto"),
)


def field_labels() -> dict[str, str]:
    """Field → its label on the trainee form, in the interface language."""
    return {
        field: QCoreApplication.translate("TraineeFields", text)
        for field, text in FIELD_LABELS.items()
    }
