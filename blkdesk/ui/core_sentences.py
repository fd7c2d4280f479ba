"""Core's sentences (core/sentences.py) said in the interface's language.

Every template core writes as a `Sentence` is listed here, so that `./dev translations` gives
it to the translators under one context; tests/test_core_sentences.py keeps this list and the
templates in core the same. Values that are sentences themselves (a role, an action, "another
user") are said in the same language before they are filled in.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blkdesk.core.sentences import Sentence, spoken

CONTEXT = "Core"
TEMPLATES = (
    QT_TRANSLATE_NOOP("Core", "Akun pengguna"),
    QT_TRANSLATE_NOOP("Core", "sel kehadiran"),
    QT_TRANSLATE_NOOP("Core", "nilai unit"),
    QT_TRANSLATE_NOOP("Core", "pengguna lain"),
    QT_TRANSLATE_NOOP("Core", "Tata letak sertifikat"),
    QT_TRANSLATE_NOOP("Core", "lulus"),
    QT_TRANSLATE_NOOP("Core", "surat keterangan"),
    QT_TRANSLATE_NOOP("Core", "tidak lulus"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Presensi {shown} memenuhi, tetapi {not_k} dari {units} unit belum kompeten: "
        "surat keterangan saja.",
    ),
    QT_TRANSLATE_NOOP("Core", "Angkatan ini belum memiliki hari pelatihan."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Presensi {shown} ({present} dari {days} hari), di bawah batas {threshold}.",
    ),
    QT_TRANSLATE_NOOP("Core", "Presensi {shown} memenuhi; {left} dari {units} unit belum dinilai."),
    QT_TRANSLATE_NOOP("Core", "Presensi {shown} dan semua {units} unit kompeten."),
    QT_TRANSLATE_NOOP("Core", "Diputuskan {outcome}: {reason}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Masih berjalan: hadir {present} dari {held} hari, {to_come} hari lagi (batas "
        "{threshold} dari {days} hari).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Presensi {shown} ({present} dari {days} hari), di bawah batas {threshold}; "
        "hadir di {to_come} hari sisanya pun tidak cukup.",
    ),
    QT_TRANSLATE_NOOP("Core", "Penomoran sertifikat"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{what} ini sudah diubah oleh {by} setelah Anda membukanya; perubahan Anda belum disimpan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{count} {what} sudah diubah oleh {by} setelah Anda membuka tabel ini; tabel "
        "dimuat ulang dan perubahan Anda di sel itu belum disimpan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{what} ini sudah diubah oleh {by} setelah daftar ditampilkan, jadi belum "
        "dihapus. Periksa datanya yang terbaru, lalu hapus lagi bila memang perlu.",
    ),
    QT_TRANSLATE_NOOP("Core", "Profil lembaga"),
    QT_TRANSLATE_NOOP("Core", "Administrator"),
    QT_TRANSLATE_NOOP("Core", "Operator"),
    QT_TRANSLATE_NOOP("Core", "Kepala BLK"),
    QT_TRANSLATE_NOOP("Core", "Peninjau"),
    QT_TRANSLATE_NOOP("Core", "melihat data"),
    QT_TRANSLATE_NOOP("Core", "melihat NIK lengkap"),
    QT_TRANSLATE_NOOP("Core", "melihat nomor HP, email dan alamat"),
    QT_TRANSLATE_NOOP("Core", "mengubah data peserta"),
    QT_TRANSLATE_NOOP("Core", "menghapus peserta"),
    QT_TRANSLATE_NOOP("Core", "mengimpor pendaftar"),
    QT_TRANSLATE_NOOP("Core", "mengubah program pelatihan"),
    QT_TRANSLATE_NOOP("Core", "mengubah angkatan"),
    QT_TRANSLATE_NOOP("Core", "mengubah angkatan yang sudah ditutup"),
    QT_TRANSLATE_NOOP("Core", "menyeleksi peserta"),
    QT_TRANSLATE_NOOP("Core", "mengisi kehadiran"),
    QT_TRANSLATE_NOOP("Core", "mengisi penilaian"),
    QT_TRANSLATE_NOOP("Core", "mengubah keputusan kelulusan"),
    QT_TRANSLATE_NOOP("Core", "menerbitkan sertifikat"),
    QT_TRANSLATE_NOOP("Core", "mencetak sertifikat"),
    QT_TRANSLATE_NOOP("Core", "membatalkan sertifikat"),
    QT_TRANSLATE_NOOP("Core", "mencatat penempatan"),
    QT_TRANSLATE_NOOP("Core", "mengekspor laporan"),
    QT_TRANSLATE_NOOP("Core", "menggabungkan data sinkronisasi"),
    QT_TRANSLATE_NOOP("Core", "menerima kunci baru sebuah BLK"),
    QT_TRANSLATE_NOOP("Core", "mengelola pengguna"),
    QT_TRANSLATE_NOOP("Core", "mengubah pengaturan"),
    QT_TRANSLATE_NOOP("Core", "membuat cadangan"),
    QT_TRANSLATE_NOOP("Core", "memulihkan cadangan"),
    QT_TRANSLATE_NOOP("Core", "melihat jejak audit"),
    QT_TRANSLATE_NOOP("Core", "menganonimkan data peserta"),
    QT_TRANSLATE_NOOP("Core", "membuat laporan data pribadi peserta"),
    QT_TRANSLATE_NOOP("Core", "Provinsi hanya melihat data BLK; {action} dilakukan di BLK-nya."),
    QT_TRANSLATE_NOOP("Core", "Peran {role} tidak berhak {action}."),
    QT_TRANSLATE_NOOP("Core", "Catatan penempatan"),
    QT_TRANSLATE_NOOP("Core", "Nomor HP hanya boleh berisi angka."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nomor HP tidak lengkap atau terlalu panjang (contoh: 0812 3456 7890).",
    ),
    QT_TRANSLATE_NOOP("Core", "Alamat email tidak sah (contoh: nama@contoh.com)."),
    QT_TRANSLATE_NOOP("Core", "Nomor HP harus nomor Indonesia (+62 atau diawali 0)."),
    QT_TRANSLATE_NOOP("Core", "Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan {date})."),
    QT_TRANSLATE_NOOP("Core", "Jenis kelamin tidak cocok dengan NIK (NIK menunjukkan {sex})."),
    QT_TRANSLATE_NOOP("Core", "NIK wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "NIK hanya boleh berisi angka."),
    QT_TRANSLATE_NOOP("Core", "NIK harus 16 angka; yang diisi {count} angka."),
    QT_TRANSLATE_NOOP("Core", "Kode provinsi {code} pada NIK tidak dikenal."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kode kabupaten/kota {code} pada NIK tidak sah (01–69 untuk kabupaten, 71–99 untuk kota).",
    ),
    QT_TRANSLATE_NOOP("Core", "Kode kecamatan 00 pada NIK tidak sah."),
    QT_TRANSLATE_NOOP("Core", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000."),
    QT_TRANSLATE_NOOP("Core", "perempuan"),
    QT_TRANSLATE_NOOP("Core", "laki-laki"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Tanggal lahir pada NIK ({digits}) bukan tanggal yang ada (untuk perempuan "
        "tanggal ditambah 40).",
    ),
    QT_TRANSLATE_NOOP("Core", "{label} '{value}' tidak dikenal; pilih dari daftar."),
    QT_TRANSLATE_NOOP("Core", "Pas foto harus berkas JPEG atau PNG."),
    QT_TRANSLATE_NOOP("Core", "Pas foto terlalu besar ({kb} KB); maksimal 200 KB."),
    QT_TRANSLATE_NOOP("Core", "Nomor KK harus 16 angka; yang diisi {count} karakter."),
    QT_TRANSLATE_NOOP("Core", "Nama lengkap wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Tanggal lahir wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Jenis kelamin wajib dipilih (L atau P)."),
    QT_TRANSLATE_NOOP("Core", "Kode kabupaten/kota tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Provinsi tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Persetujuan pengolahan data pribadi (UU PDP) wajib dicatat."),
    QT_TRANSLATE_NOOP("Core", "Nama harus berisi huruf."),
    QT_TRANSLATE_NOOP("Core", "Tanggal lahir tidak boleh di masa depan."),
    QT_TRANSLATE_NOOP("Core", "Agama"),
    QT_TRANSLATE_NOOP("Core", "Status perkawinan"),
    QT_TRANSLATE_NOOP("Core", "Pendidikan"),
    QT_TRANSLATE_NOOP("Core", "Jenis disabilitas"),
    QT_TRANSLATE_NOOP("Core", "Status pekerjaan"),
    QT_TRANSLATE_NOOP("Core", "{field} berupa angka, paling banyak 3 digit."),
    QT_TRANSLATE_NOOP("Core", "Kabupaten/kota tidak berada di provinsi yang dipilih."),
    QT_TRANSLATE_NOOP("Core", "Nomor paspor berupa huruf dan angka (6–12 karakter)."),
    QT_TRANSLATE_NOOP("Core", "Calon pekerja migran: negara tujuan wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Pendaftar di bawah 18 tahun: nama orang tua/wali wajib diisi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Pendaftar di bawah 18 tahun: orang tua/wali harus menyetujui pengolahan data.",
    ),
    QT_TRANSLATE_NOOP("Core", "Data peserta"),
    QT_TRANSLATE_NOOP("Core", "Tuliskan alasan penghapusan."),
    QT_TRANSLATE_NOOP("Core", "Nama terlalu panjang (maksimal 150 karakter)."),
    QT_TRANSLATE_NOOP("Core", "Tanggal lahir terlalu lampau; periksa tahunnya."),
    QT_TRANSLATE_NOOP("Core", "Angkatan"),
    QT_TRANSLATE_NOOP("Core", "Libur lokal"),
    QT_TRANSLATE_NOOP("Core", "Program pelatihan"),
    QT_TRANSLATE_NOOP("Core", "Data instruktur"),
    QT_TRANSLATE_NOOP("Core", "Kejuruan"),
    QT_TRANSLATE_NOOP("Core", "Status pendaftar"),
    QT_TRANSLATE_NOOP("Core", "Pendaftaran"),
)


def speak(sentence: Sentence) -> str:
    """`sentence` in the language whose translator is installed."""
    values = {k: spoken(v) if isinstance(v, str) else v for k, v in sentence.values.items()}
    return QCoreApplication.translate(CONTEXT, sentence.template).format(**values)
