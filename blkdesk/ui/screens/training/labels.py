"""Labels that come from tables (statuses, modes, kinds), marked so Qt Linguist collects them.

`self.tr(variable)` translates at run time but lupdate cannot see the text; listing every label
here under one context makes them translatable, and `tl` looks them up in that context.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "TrainingLabels"

MARKED = (
    QT_TRANSLATE_NOOP("TrainingLabels", "Direncanakan"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Berjalan"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Selesai"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Ditutup"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Mulai pelatihan"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Tandai selesai"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Tutup angkatan"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Institusional"),
    QT_TRANSLATE_NOOP("TrainingLabels", "MTU (Mobile Training Unit)"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Pendaftar"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Lulus seleksi (peserta)"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Cadangan"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Tidak lulus seleksi"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Mengundurkan diri"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Berjenjang"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Klaster"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Unit kompetensi"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Tidak dibatasi"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Kabupaten/kota"),
    QT_TRANSLATE_NOOP("TrainingLabels", "Provinsi"),
    QT_TRANSLATE_NOOP("TrainingLabels", "usia"),
    QT_TRANSLATE_NOOP("TrainingLabels", "pendidikan"),
    QT_TRANSLATE_NOOP("TrainingLabels", "domisili"),
    QT_TRANSLATE_NOOP("TrainingLabels", "lainnya"),
)


def tl(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
