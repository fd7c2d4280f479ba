"""Core's sentences (core/sentences.py) said in the interface's language.

Every template core writes as a `Sentence` is listed here, so that `./dev translations` gives
it to the translators under one context; tests/test_core_sentences.py keeps this list and the
templates in core the same. Values that are sentences themselves (a role, an action, "another
user") are said in the same language before they are filled in.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blkdesk.core.clock import Written
from blkdesk.core.sentences import Measure, Number, Sentence, spoken
from blkdesk.ui.language import active_language

CONTEXT = "Core"
TEMPLATES = (
    QT_TRANSLATE_NOOP("Core", "Akun pengguna"),
    QT_TRANSLATE_NOOP("Core", "{n} sel kehadiran"),
    QT_TRANSLATE_NOOP("Core", "Angkatan tidak ditemukan; mungkin sudah dihapus."),
    QT_TRANSLATE_NOOP("Core", "Catatan terlalu panjang (maksimal 500 karakter)."),
    QT_TRANSLATE_NOOP("Core", "Peserta ini tidak terdaftar di angkatan yang dipilih."),
    QT_TRANSLATE_NOOP("Core", "Tanggal akhir tidak boleh sebelum tanggal awal."),
    QT_TRANSLATE_NOOP("Core", "Hasil harus K (kompeten) atau BK (belum kompeten)."),
    QT_TRANSLATE_NOOP("Core", "Tanggal penilaian tidak boleh di masa depan."),
    QT_TRANSLATE_NOOP("Core", "{n} nilai unit"),
    QT_TRANSLATE_NOOP("Core", "Angkatan tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Nilai harus angka 0–100."),
    QT_TRANSLATE_NOOP("Core", "Peserta tidak ditemukan di angkatan ini."),
    QT_TRANSLATE_NOOP("Core", "Unit kompetensi ini bukan bagian dari program angkatan tersebut."),
    QT_TRANSLATE_NOOP("Core", "Hanya peserta angkatan yang dapat dinilai."),
    QT_TRANSLATE_NOOP("Core", "pengguna lain"),
    QT_TRANSLATE_NOOP("Core", "Ukuran kertas harus A4 atau F4."),
    QT_TRANSLATE_NOOP("Core", "Arah kertas harus mendatar atau tegak."),
    QT_TRANSLATE_NOOP("Core", "Letak kode QR harus kiri atau kanan."),
    QT_TRANSLATE_NOOP("Core", "Margin 13–40 mm, agar bingkai tidak terpotong printer."),
    QT_TRANSLATE_NOOP("Core", "Ukuran kode QR 22–60 mm agar tetap mudah dipindai."),
    QT_TRANSLATE_NOOP("Core", "Judul sertifikat wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Tata letak sertifikat"),
    QT_TRANSLATE_NOOP("Core", "Sertifikat tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Lembaga ini tidak memiliki kunci tanda tangan sertifikat."),
    QT_TRANSLATE_NOOP("Core", "lulus"),
    QT_TRANSLATE_NOOP("Core", "surat keterangan"),
    QT_TRANSLATE_NOOP("Core", "tidak lulus"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Presensi {shown} memenuhi, tetapi {not_k} dari {units} belum kompeten: surat "
        "keterangan saja.",
    ),
    QT_TRANSLATE_NOOP("Core", "Angkatan ini belum memiliki hari pelatihan."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Presensi {shown} ({present} dari {days}), di bawah batas {threshold}.",
    ),
    QT_TRANSLATE_NOOP("Core", "Presensi {shown} memenuhi; {left} dari {units} belum dinilai."),
    QT_TRANSLATE_NOOP("Core", "Presensi {shown} dan {units} kompeten."),
    QT_TRANSLATE_NOOP("Core", "{n} hari"),
    QT_TRANSLATE_NOOP("Core", "{n} unit"),
    QT_TRANSLATE_NOOP("Core", "semua {n} unit"),
    QT_TRANSLATE_NOOP("Core", "Diputuskan {outcome}: {reason}"),
    QT_TRANSLATE_NOOP("Core", "Peserta tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Keputusan kelulusan tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Keputusan itu sudah berlaku untuk peserta ini."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Masih berjalan: hadir {present} dari {held}, {to_come} lagi (batas {threshold} dari "
        "{days}).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Presensi {shown} ({present} dari {days}), di bawah batas {threshold}; hadir di "
        "{to_come} sisanya pun tidak cukup.",
    ),
    QT_TRANSLATE_NOOP("Core", "Penomoran sertifikat"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{what} ini sudah diubah oleh {by} setelah Anda membukanya; perubahan Anda belum disimpan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{changed} sudah diubah oleh {by} setelah Anda membuka tabel ini; tabel dimuat ulang "
        "dan perubahan Anda di sel itu belum disimpan.",
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
    QT_TRANSLATE_NOOP("Core", "Pilih hasil penempatan."),
    QT_TRANSLATE_NOOP("Core", "Negara tujuan wajib diisi untuk PMI."),
    # The province's flags on merged records (core/province/record_checks).
    QT_TRANSLATE_NOOP("Core", "Peserta"),
    QT_TRANSLATE_NOOP("Core", "Penempatan"),
    QT_TRANSLATE_NOOP("Core", "Persetujuan data pribadi"),
    QT_TRANSLATE_NOOP("Core", "Hasil penempatan"),
    QT_TRANSLATE_NOOP("Core", "Perusahaan/usaha"),
    QT_TRANSLATE_NOOP("Core", "Mulai bekerja"),
    QT_TRANSLATE_NOOP("Core", "Sumber informasi"),
    QT_TRANSLATE_NOOP("Core", "Tanggal pencatatan"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berusia {age} tahun pada hari pertama {batch} ({programme}, {start}), tetapi "
        "persetujuan orang tua/wali tidak tercatat.",
    ),
    QT_TRANSLATE_NOOP("Core", "Nama perusahaan wajib diisi untuk yang bekerja di perusahaan."),
    QT_TRANSLATE_NOOP("Core", "Nama perusahaan/usaha paling panjang 200 karakter."),
    QT_TRANSLATE_NOOP("Core", "Sektor paling panjang 120 karakter."),
    QT_TRANSLATE_NOOP("Core", "Pilih sumber informasi (telepon, kuesioner, kunjungan, laporan)."),
    QT_TRANSLATE_NOOP("Core", "Tanggal pencatatan tidak boleh setelah hari ini."),
    QT_TRANSLATE_NOOP("Core", "Tanggal mulai bekerja tidak boleh setelah tanggal pencatatan."),
    QT_TRANSLATE_NOOP("Core", "Peserta tidak ditemukan; muat ulang daftar lalu coba lagi."),
    QT_TRANSLATE_NOOP("Core", "Catatan penempatan tidak ditemukan; mungkin sudah dihapus."),
    QT_TRANSLATE_NOOP("Core", "Tuliskan alasan menghapus catatan penempatan."),
    QT_TRANSLATE_NOOP("Core", "Catatan penempatan ini tidak ditemukan; mungkin sudah dihapus."),
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
    QT_TRANSLATE_NOOP("Core", "NIK harus 16 angka; yang diisi {n} angka."),
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
    QT_TRANSLATE_NOOP("Core", "Nomor KK harus 16 angka; yang diisi {n} karakter."),
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
    QT_TRANSLATE_NOOP("Core", "Program pelatihan wajib dipilih."),
    QT_TRANSLATE_NOOP("Core", "Nama angkatan wajib diisi, mis. Angkatan II/2025."),
    QT_TRANSLATE_NOOP("Core", "Pilih institusional atau MTU."),
    QT_TRANSLATE_NOOP("Core", "Sumber dana wajib dipilih."),
    QT_TRANSLATE_NOOP("Core", "Kapasitas harus antara 1 dan 200 peserta."),
    QT_TRANSLATE_NOOP("Core", "Pilih minimal satu hari dalam seminggu."),
    QT_TRANSLATE_NOOP("Core", "Angkatan"),
    QT_TRANSLATE_NOOP("Core", "Tuliskan keterangan libur, mis. Banjir atau Cuti bersama kantor."),
    QT_TRANSLATE_NOOP("Core", "Libur lokal"),
    QT_TRANSLATE_NOOP("Core", "Program pelatihan ini tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Untuk MTU, tuliskan desa/lokasi pelatihan."),
    QT_TRANSLATE_NOOP("Core", "Instruktur yang dipilih tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Status angkatan tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Mengembalikan status angkatan memerlukan alasan."),
    QT_TRANSLATE_NOOP("Core", "Libur lokal tidak ditemukan; mungkin sudah dihapus."),
    QT_TRANSLATE_NOOP("Core", "Kejuruan wajib dipilih."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kode program 2–40 karakter: huruf besar, angka, titik, garis miring, -.",
    ),
    QT_TRANSLATE_NOOP("Core", "Nama program wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Jenis program wajib dipilih."),
    QT_TRANSLATE_NOOP("Core", "Total JP harus antara 1 dan 5000."),
    QT_TRANSLATE_NOOP("Core", "JP per hari harus antara 1 dan 12."),
    QT_TRANSLATE_NOOP("Core", "Batas presensi harus antara 1 dan 100 %."),
    QT_TRANSLATE_NOOP("Core", "Jumlah kesempatan uji harus antara 1 dan 10."),
    QT_TRANSLATE_NOOP("Core", "Usia maksimal lebih kecil dari usia minimal."),
    QT_TRANSLATE_NOOP("Core", "Pendidikan minimal tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Batasan domisili tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Program wajib punya minimal satu unit kompetensi."),
    QT_TRANSLATE_NOOP("Core", "Program pelatihan"),
    QT_TRANSLATE_NOOP("Core", "Nama kejuruan wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Nama instruktur wajib diisi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "NIP harus 18 angka; nomor identitas lain paling panjang 40 karakter.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kejuruan tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Nomor kontak hanya angka (8–15 digit), boleh diawali +."),
    QT_TRANSLATE_NOOP("Core", "Alamat email tidak sah."),
    QT_TRANSLATE_NOOP("Core", "Data instruktur"),
    QT_TRANSLATE_NOOP("Core", "Pilih kabupaten/kota domisili."),
    QT_TRANSLATE_NOOP("Core", "Program pelatihan tidak ditemukan; mungkin sudah dihapus."),
    QT_TRANSLATE_NOOP("Core", "Kode kejuruan 1–20 karakter: huruf besar, angka atau tanda hubung."),
    QT_TRANSLATE_NOOP("Core", "Nama kejuruan paling panjang 120 karakter."),
    QT_TRANSLATE_NOOP("Core", "Kejuruan tidak ditemukan; mungkin sudah dihapus."),
    QT_TRANSLATE_NOOP("Core", "Kejuruan"),
    QT_TRANSLATE_NOOP("Core", "Instruktur tidak ditemukan; mungkin sudah dihapus."),
    QT_TRANSLATE_NOOP("Core", "Pilih provinsi domisili."),
    QT_TRANSLATE_NOOP("Core", "Berkas hari libur terlalu besar (lebih dari 256 KB)."),
    QT_TRANSLATE_NOOP("Core", "Berkas hari libur tidak berisi satu tanggal pun."),
    QT_TRANSLATE_NOOP("Core", "Berkas hari libur harus teks CSV (UTF-8)."),
    QT_TRANSLATE_NOOP("Core", "Status pendaftar"),
    QT_TRANSLATE_NOOP("Core", "Pendaftaran"),
    QT_TRANSLATE_NOOP("Core", "Pendaftaran tidak ditemukan; mungkin sudah dihapus."),
    QT_TRANSLATE_NOOP("Core", "Status pendaftar tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Tuliskan alasan mengundurkan diri."),
    QT_TRANSLATE_NOOP("Core", "Tanggal mengundurkan diri tidak boleh setelah hari ini."),
    QT_TRANSLATE_NOOP("Core", "Peserta yang dipilih tidak ditemukan di daftar peserta."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} tidak hadir {length} hari pelatihan berturut-turut ({first} – {last}); hubungi "
        "peserta ini.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{batch} sudah ditutup; presensinya tidak dapat diubah lagi. Bila perlu koreksi, "
        "administrator dapat mengembalikan status angkatan ke Selesai.",
    ),
    QT_TRANSLATE_NOOP("Core", "{day} bukan hari pelatihan {batch}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{day} belum berlangsung; presensi hanya diisi untuk hari yang sudah lewat atau hari ini.",
    ),
    QT_TRANSLATE_NOOP("Core", "{name} bukan peserta {batch}; presensinya tidak dicatat."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} sudah mengundurkan diri sejak {since}; tidak ada presensi lagi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kode kehadiran '{code}' tidak dikenal; gunakan H (hadir), I (izin), S (sakit) atau A "
        "(alpa).",
    ),
    QT_TRANSLATE_NOOP("Core", "{name} sudah mengundurkan diri; tidak ada presensi lagi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Isi dulu kode kehadirannya (H, I, S atau A) sebelum menambah catatan.",
    ),
    QT_TRANSLATE_NOOP("Core", "Tidak ada hari pelatihan {batch} antara {start} dan {end}."),
    QT_TRANSLATE_NOOP("Core", "{first}; {rest}"),
    QT_TRANSLATE_NOOP("Core", "{first} {rest}"),
    QT_TRANSLATE_NOOP("Core", "Berkas atau folder tidak ada."),
    QT_TRANSLATE_NOOP("Core", "Tidak ada izin untuk mengaksesnya."),
    QT_TRANSLATE_NOOP("Core", "Disk hanya bisa dibaca (mis. flashdisk yang dikunci)."),
    QT_TRANSLATE_NOOP("Core", "Disk penuh."),
    QT_TRANSLATE_NOOP("Core", "Jatah disk habis."),
    QT_TRANSLATE_NOOP("Core", "Itu sebuah folder, bukan berkas."),
    QT_TRANSLATE_NOOP("Core", "Bagian jalurnya bukan folder."),
    QT_TRANSLATE_NOOP("Core", "Sudah ada."),
    QT_TRANSLATE_NOOP("Core", "Sedang dipakai program lain."),
    QT_TRANSLATE_NOOP("Core", "Nama berkasnya terlalu panjang."),
    QT_TRANSLATE_NOOP("Core", "Disk gagal membaca atau menulis (periksa disk atau flashdisk)."),
    QT_TRANSLATE_NOOP("Core", "Terlalu banyak berkas terbuka; tutup BLKDesk lalu buka lagi."),
    QT_TRANSLATE_NOOP("Core", "Galat sistem berkas (kode {code})."),
    QT_TRANSLATE_NOOP("Core", "Galat sistem berkas."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas {name} tidak dapat ditulis di {folder}: {reason} Berkas lama (jika ada) tetap "
        "utuh.",
    ),
    QT_TRANSLATE_NOOP(
        "Core", "Berkas sedang dibuka program lain (mis. Excel); tutup dulu di sana, lalu ulangi."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Folder {folder} tidak ada. Buat dulu foldernya atau pilih tempat lain, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP("Core", "{target} adalah folder; tulis juga nama berkasnya."),
    QT_TRANSLATE_NOOP("Core", "Nama berkas {name} harus berakhiran {suffix}, mis. {example}."),
    QT_TRANSLATE_NOOP("Core", "Berkas lama tetap utuh."),
    QT_TRANSLATE_NOOP("Core", "Tidak ada berkas yang setengah jadi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Disk penuh saat menulis {name} di {folder}. {keep} Kosongkan ruang disk atau pilih "
        "tempat lain, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini bukan daftar hadir yang diekspor BLKDesk (baris ID angkatan tidak "
        "ditemukan). Ekspor dulu daftar hadir angkatan ini, isi, lalu impor kembali.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini untuk angkatan lain ({title}), bukan {batch}. Tidak ada yang diimpor.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Baris judul tabel (baris {row}) sudah diubah; kolomnya harus {columns}, lalu tanggal. "
        "Tidak ada yang diimpor.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas tidak memuat kolom tanggal. Tidak ada yang diimpor."),
    QT_TRANSLATE_NOOP("Core", "{batch} sudah ditutup; presensinya tidak dapat diimpor lagi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kolom tanggal {day} bukan hari pelatihan {batch}; berkas tidak cocok dengan angkatan "
        "ini. Tidak ada yang diimpor.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Baris {row}: {name} tidak terdaftar di {batch} (kolom ID peserta tidak cocok).",
    ),
    QT_TRANSLATE_NOOP("Core", "Baris {row} ({name}): {problems}."),
    QT_TRANSLATE_NOOP("Core", "kode '{code}' pada {day} tidak dikenal"),
    QT_TRANSLATE_NOOP("Core", "tidak dikenal"),
    QT_TRANSLATE_NOOP("Core", "peserta tanpa nama"),
    QT_TRANSLATE_NOOP("Core", "Katalog tidak diimpor: {shown}"),
    QT_TRANSLATE_NOOP("Core", "Katalog tidak diimpor: {shown} (dan {n} masalah lain)"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar {sheet} tidak punya kolom: {columns}. Gunakan berkas hasil Ekspor katalog "
        "sebagai contoh.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kode program {code} tercantum lebih dari sekali."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar Unit menyebut program {code} yang tidak ada di lembar Program.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas harus punya lembar '{programs}' dan '{units}'."),
    QT_TRANSLATE_NOOP("Core", "Unit baris {row}: angka tidak sah ({value})."),
    QT_TRANSLATE_NOOP("Core", "Program baris {row} ({code}): nilai tidak sah ({value})."),
    QT_TRANSLATE_NOOP("Core", "Program baris {row} ({code}): {problem}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini ditandatangani kunci {new}, padahal kunci {code} yang tercatat di provinsi "
        "adalah {pinned}. Berkas ditolak seluruhnya. Jika BLK memasang ulang BLKDesk, cocokkan "
        "sidik jari kunci barunya lewat telepon, lalu admin provinsi menerima kunci baru itu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Versi format {version} tidak dikenal; perbarui BLKDesk di provinsi atau di BLK pengirim.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Tanda tangan Manifest tidak sah: berkas diubah setelah diekspor atau bukan buatan "
        "BLKDesk. Berkas ditolak seluruhnya; minta BLK mengirim ulang berkas aslinya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini ditandatangani kunci lama {old}, yang sudah diganti kunci {pinned} sejak "
        "{since}; berkas dibuat {made}, sesudah penggantian. Berkas ditolak seluruhnya. Bila "
        "BLK memulihkan cadangan lama yang memakai kunci itu, cocokkan sidik jarinya lewat "
        "telepon, lalu admin provinsi menerimanya kembali.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Data di berkas bentrok dengan data lembaga lain di database provinsi ({error}); tidak "
        "ada yang diimpor.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar {sheet} berisi {n} baris, Manifest menyebut {listed}: berkas terpotong atau "
        "diubah. Minta BLK mengirim ulang.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Isi lembar {sheet} tidak cocok dengan kode pengamannya di lembar Manifest: berkas "
        "diubah setelah diekspor. Minta BLK mengirim ulang berkas aslinya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar {sheet} memuat catatan yang di database provinsi sudah milik lembaga lain "
        "(UUID sama): database BLK ini tampaknya salinan database BLK lain. Berkas ditolak "
        "seluruhnya; tidak ada yang diimpor.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar {sheet} berisi nilai yang tidak sesuai jenis kolomnya, walau tanda tangannya "
        "sah. Berkas ditolak seluruhnya; minta BLK memperbarui BLKDesk lalu mengekspor ulang.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar Manifest bertanda tangan sah tetapi isinya tidak lengkap; berkas ditolak "
        "seluruhnya. Minta BLK memperbarui BLKDesk lalu mengekspor ulang.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini bertanggal {made}, sesudah hari ini: tanggal atau jam komputer BLK salah. "
        "Berkas ditolak seluruhnya; minta BLK membetulkan tanggal komputernya, lalu mengekspor "
        "ulang berkas lengkap.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas {code} ditandatangani kunci {key}, yang di provinsi tercatat milik {owner}: "
        "satu kunci hanya untuk satu BLK, jadi database BLK ini salinan database {owner} atau "
        "kode lembaganya diganti. Berkas ditolak seluruhnya; cocokkan kode lembaga dengan BLK "
        "pengirim.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini hanya berisi perubahan {code} sejak {since}, padahal provinsi belum pernah "
        "menerima berkas lengkapnya. Berkas ditolak seluruhnya; minta BLK mengekspor berkas "
        "sinkronisasi “Semua data (lengkap)” dan gabungkan itu dulu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar {sheet} berisi sel di luar {rows} baris dan {columns} kolom yang dapat "
        "dimuatnya, atau sel tanpa alamat: berkas diubah setelah diekspor atau bukan buatan "
        "program lembar kerja biasa. Berkas ditolak seluruhnya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Laporan ini untuk bulan {month}, yang belum tiba: bulan laporannya atau tanggal "
        "komputer BLK salah. Laporan tidak dicatat; minta BLK mengekspor ulang laporan bulan "
        "yang benar.",
    ),
    QT_TRANSLATE_NOOP("Core", "Lembar {sheet} kosong, judul kolomnya pun hilang."),
    QT_TRANSLATE_NOOP("Core", "Lembar {sheet} punya kolom tak dikenal: {columns}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini bukan berkas sinkronisasi BLKDesk (tidak ada lembar Manifest).",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas tidak dapat dibaca (rusak atau terpotong): {error}."),
    QT_TRANSLATE_NOOP("Core", "Manifest tidak mencantumkan lembar {sheet}."),
    QT_TRANSLATE_NOOP("Core", "Lembar institution tidak sesuai dengan kode lembaga di Manifest."),
    QT_TRANSLATE_NOOP("Core", "Kunci publik di lembar institution berbeda dengan Manifest."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini berasal dari lembaga {code}, yaitu database ini sendiri.",
    ),
    QT_TRANSLATE_NOOP("Core", "Lembar {sheet} hilang dari berkas."),
    QT_TRANSLATE_NOOP("Core", "Lembar {sheet} berisi baris yang tidak selebar judulnya."),
    QT_TRANSLATE_NOOP("Core", "Lembar {sheet} berisi data milik {other}, bukan {code}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar {sheet} merujuk {name} {uuid} yang belum ada di database provinsi. Gabungkan "
        "dulu berkas lengkap dari BLK ini.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar attendance_mark tidak berurutan per peserta; berkas ini bukan keluaran BLKDesk "
        "yang utuh.",
    ),
    QT_TRANSLATE_NOOP("Core", "Lembar {sheet} tidak dapat dibaca: {error}."),
    QT_TRANSLATE_NOOP("Core", "Judul kolom lembar {part} berbeda dengan lembar {sheet}."),
    QT_TRANSLATE_NOOP("Core", "Bulan '{month}' tidak dikenal; tulis seperti 2025-05."),
    QT_TRANSLATE_NOOP(
        "Core",
        "NIK tersimpan sebagai angka sehingga Excel mungkin mengubah digit terakhirnya; format "
        "kolom NIK sebagai Teks lalu ketik ulang.",
    ),
    QT_TRANSLATE_NOOP("Core", "NIK harus 16 angka."),
    QT_TRANSLATE_NOOP(
        "Core",
        'Status "{status}" tidak dikenal; pilih salah satu: Bekerja di perusahaan, Bekerja '
        "non-perusahaan, Wirausaha, PMI, Belum bekerja.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Sumber harus telepon, kuesioner, kunjungan atau laporan perusahaan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kolom {columns} tidak ditemukan di baris judul lembar pertama {name}; gunakan templat "
        "survei dari BLKDesk.",
    ),
    QT_TRANSLATE_NOOP("Core", "NIK ini tidak terdaftar sebagai peserta di BLK ini."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nama tidak cocok dengan peserta ber-NIK ini ({name}); periksa NIK pada baris ini.",
    ),
    QT_TRANSLATE_NOOP("Core", "{name} belum tercatat lulus pelatihan sebelum tanggal survei."),
    QT_TRANSLATE_NOOP("Core", "Tanggal tidak dikenali; tulis seperti 17/08/2025."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Bulan laporan tidak terbaca di lembar Info; minta BLK mengekspor ulang.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} bukan laporan bulanan BLKDesk maupun berkas sinkronisasi (tidak ada lembar "
        "Info atau Manifest).",
    ),
    QT_TRANSLATE_NOOP("Core", "Lembar Info tidak mencantumkan kode lembaga."),
    QT_TRANSLATE_NOOP("Core", "Ini laporan konsolidasi provinsi, bukan laporan sebuah BLK."),
    QT_TRANSLATE_NOOP("Core", "Laporan ini dibuat oleh database ini sendiri."),
    QT_TRANSLATE_NOOP(
        "Core",
        "BLK {code} belum terdaftar di provinsi; tambahkan di daftar BLK atau gabungkan dulu "
        "berkas sinkronisasinya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Tanggal lahir '{value}' tidak dapat dibaca; tulis seperti 17-08-1995.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "NIK tersimpan sebagai angka di Excel (batas 15 digit); format kolom NIK sebagai Teks.",
    ),
    QT_TRANSLATE_NOOP("Core", "Tanggal lahir '{value}' bukan tanggal."),
    QT_TRANSLATE_NOOP("Core", "Jenis kelamin '{value}' tidak dikenal; tulis L atau P."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kabupaten/kota '{value}' tidak dikenal; tulis 'Kab. Serang', 'Kota Serang' atau "
        "kodenya (3604).",
    ),
    QT_TRANSLATE_NOOP("Core", "Provinsi '{value}' tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "NIK tersimpan sebagai angka desimal; ketik ulang sebagai teks."),
    QT_TRANSLATE_NOOP(
        "Core",
        "NIK tersimpan sebagai angka dan berakhir 0: kemungkinan rusak oleh batas 15 digit "
        "Excel. Format kolom NIK sebagai Teks dan ketik ulang NIK dari KTP/KK.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembaga ini belum punya kunci tanda tangan; jalankan penyiapan awal.",
    ),
    QT_TRANSLATE_NOOP("Core", "judul kolom"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Ekspor dibatalkan: sel {column} untuk {sheet} {where} tidak dapat ditulis utuh (kode "
        "{status}).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Ekspor dibatalkan: {sheet} {record} berisi {length} karakter di kolom {column}, lebih "
        "dari {most} yang muat di satu sel Excel. Perpendek isinya, lalu ekspor lagi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Ekspor dibatalkan: Manifest baris {row} tidak tertulis."),
    QT_TRANSLATE_NOOP("Core", "Formulir belum disimpan dihapus setelah {least}–{most} hari."),
    QT_TRANSLATE_NOOP(
        "Core", "Formulir belum disimpan milik {clerk} tidak dapat dihapus: {error}."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Sebelum penggabungan, {n} isian data pribadi dari berkas sinkronisasi lama yang "
        "tidak dibutuhkan provinsi (catatan kehadiran, catatan, agama, nomor KK, alamat "
        "jalan, paspor, wali) dikosongkan; jumlahnya tercatat di jejak audit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Saat database dibuka, {n} isian data pribadi dari berkas sinkronisasi lama yang tidak "
        "dibutuhkan provinsi dikosongkan; jumlahnya tercatat di jejak audit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Sidik jari yang diketik bukan sidik jari kunci di berkas ini. Cocokkan lagi dengan "
        "BLK lewat telepon: bila tetap berbeda, berkas ini bukan dari BLK tersebut.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Belum ada kunci yang tercatat untuk {code}: berkas pertamanya langsung dapat digabung.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kunci {key} sudah tercatat untuk {code}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas {name} dibuat {made}, sebelum kunci yang tercatat sekarang mulai dipakai "
        "({since}). Terima kunci dari berkas yang lebih baru dari BLK itu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Baris judul kolom tidak ditemukan: berkas harus punya kolom {wanted} pada satu baris "
        "di bagian atas lembar pertama.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kemungkinan ganda: nama dan tanggal lahir sama dengan {twin}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Impor hanya untuk pendaftar yang sudah menandatangani persetujuan pengolahan data "
        "pribadi (UU PDP). Pastikan persetujuan sudah ada, lalu konfirmasikan.",
    ),
    QT_TRANSLATE_NOOP("Core", "NIK sama dengan baris {row} di berkas ini."),
    QT_TRANSLATE_NOOP("Core", "Kemungkinan ganda: nomor HP sama dengan {twin}."),
    QT_TRANSLATE_NOOP("Core", "Berkas berisi lebih dari {most} baris (batasnya); pisahkan dulu."),
    QT_TRANSLATE_NOOP(
        "Core",
        "NIK ini milik data peserta yang sudah dihapus; daftarkan lewat formulir Pendaftar "
        "baru agar datanya dipulihkan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas {name} rusak dan tidak dapat dibaca; buka di Excel, simpan ulang sebagai "
        ".xlsx, lalu impor lagi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Pustaka defusedxml belum terpasang; pasang ulang BLKDesk."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas terlalu besar ({size}); maksimal {most}. Pisahkan menjadi beberapa berkas.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Ini berkas Excel lama (.xls). Buka di Excel dan simpan sebagai .xlsx, lalu impor lagi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas ini bukan berkas Excel .xlsx. Simpan sebagai .xlsx dari Excel.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas .xlsx ini berisi {parts} bagian; maksimal {most}. Tidak diimpor.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas ini bukan buku kerja Excel .xlsx."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Isi berkas .xlsx ini {size} setelah dibuka; maksimal {most}. Tidak diimpor.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas .xlsx ini tidak lengkap (daftar lembar hilang); tidak diimpor.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas {name} tidak dapat dibaca: {reason}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas Excel ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata "
        "sandinya, simpan, lalu impor lagi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas .xlsx ini rusak dan tidak dapat dibuka."),
    QT_TRANSLATE_NOOP("Core", "Berkas .xlsx ini terenkripsi; simpan ulang tanpa kata sandi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas .xlsx ini mengembang {ratio} kali saat dibuka (zip bomb); maksimal {most} "
        "kali. Tidak diimpor.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas .xlsx ini tidak lengkap: lembar {sheet} hilang. Simpan ulang dari Excel, lalu "
        "impor lagi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas {name} berisi XML berbahaya (entitas); tidak diimpor."),
    QT_TRANSLATE_NOOP("Core", "Daftar lembar berkas .xlsx ini terlalu besar; tidak diimpor."),
    QT_TRANSLATE_NOOP(
        "Core",
        "di luar batas lembar (paling banyak 1.048.576 baris dan 16.384 kolom)",
    ),
    QT_TRANSLATE_NOOP("Core", "teksnya lebih dari 32.767 karakter, batas satu sel"),
    QT_TRANSLATE_NOOP("Core", "ditolak penulis Excel (kode {status})"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Ekspor dibatalkan: sel {cell} di lembar {sheet} tidak dapat ditulis utuh: {why}. "
        "Tidak ada berkas yang ditulis.",
    ),
    QT_TRANSLATE_NOOP("Core", "Peran tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Akun yang sedang Anda pakai tidak dapat dinonaktifkan."),
    QT_TRANSLATE_NOOP("Core", "Pengguna tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Harus tetap ada satu administrator yang aktif."),
    QT_TRANSLATE_NOOP("Core", "Nama pengguna atau kata sandi salah."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi dalam "
        "{n} menit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
    ),
    QT_TRANSLATE_NOOP("Core", "Nama pengguna '{name}' sudah dipakai."),
    QT_TRANSLATE_NOOP("Core", "Akun ini tidak ditemukan atau sudah dinonaktifkan."),
    QT_TRANSLATE_NOOP("Core", "Kata sandi lama salah."),
    QT_TRANSLATE_NOOP("Core", "Kata sandi baru harus berbeda dari yang lama."),
    QT_TRANSLATE_NOOP("Core", "Pengguna '{name}' tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Tanggal akhir sebelum tanggal awal."),
    QT_TRANSLATE_NOOP("Core", "Rentang laporan paling lama {days} hari; pisahkan per tahun."),
    QT_TRANSLATE_NOOP("Core", "Kata sandi minimal 8 karakter."),
    QT_TRANSLATE_NOOP("Core", "Kata sandi harus memuat huruf dan angka."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Tulis dasar permintaan penghapusan (mis. surat permohonan peserta).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Sertifikat {number} sudah terbit untuk peserta ini; batalkan sertifikat itu terlebih "
        "dahulu bila hasil penilaian harus diubah.",
    ),
    QT_TRANSLATE_NOOP("Core", "Tanggal penilaian sebelum angkatan dimulai ({started})."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Unit {code} sudah kompeten; hapus penilaian terakhir bila ingin mengoreksinya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Unit {code} sudah dinilai {n} kali, batas program ini {limit} kali; penilaian ulang "
        "tidak dapat dicatat.",
    ),
    QT_TRANSLATE_NOOP("Core", "Unit {code} belum dinilai untuk peserta ini."),
    QT_TRANSLATE_NOOP("Core", "Tanggal penilaian ulang tidak boleh sebelum penilaian sebelumnya."),
    QT_TRANSLATE_NOOP("Core", "Geseran posisi paling banyak 40 mm ke atas atau ke bawah."),
    QT_TRANSLATE_NOOP("Core", "Berkas gambar terlalu besar (maksimal 1 MB)."),
    QT_TRANSLATE_NOOP("Core", "Kolom isian yang dikenal: {known}."),
    QT_TRANSLATE_NOOP("Core", "Berkas gambar rusak; pilih ulang."),
    QT_TRANSLATE_NOOP("Core", "Sertifikat {number} sudah dibatalkan."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Sertifikat baru dapat diterbitkan setelah pelatihan selesai ({end}).",
    ),
    QT_TRANSLATE_NOOP("Core", "Tuliskan alasan pembatalan (minimal {least} karakter)."),
    QT_TRANSLATE_NOOP("Core", "Sertifikat {number} sudah dibatalkan dan tidak dicetak."),
    QT_TRANSLATE_NOOP("Core", "Sertifikat {number} sudah dibatalkan dan tidak disimpan."),
    QT_TRANSLATE_NOOP("Core", "Tanggal terbit tidak boleh di masa depan."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Penomoran sertifikat sedang dipakai komputer lain dan belum selesai; coba terbitkan "
        "lagi sebentar lagi.",
    ),
    QT_TRANSLATE_NOOP("Core", "tanggal selesai belum ditetapkan"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Tuliskan alasan keputusan (minimal {least} karakter); alasan ini dicatat di jejak audit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kolom tidak dikenal di pola nomor: {unknown}. Yang tersedia: {known}.",
    ),
    QT_TRANSLATE_NOOP("Core", "Pola nomor harus memuat {seq} (nomor urut)."),
    QT_TRANSLATE_NOOP("Core", "Cakupan nomor urut tidak dikenal."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nomor urut dimulai ulang tiap tahun, jadi pola harus memuat {year}.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nomor urut dimulai ulang per kejuruan, jadi pola harus memuat {vocation}.",
    ),
    QT_TRANSLATE_NOOP("Core", "Pola nomor terlalu panjang."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Pola surat keterangan harus berbeda dari pola sertifikat (mis. tambahkan /SK/).",
    ),
    QT_TRANSLATE_NOOP("Core", "Pola nomor tidak sah: periksa pasangan kurung kurawal {braces}."),
    QT_TRANSLATE_NOOP("Core", "Format {seq} tidak sah; contoh yang benar: {example}."),
    QT_TRANSLATE_NOOP("Core", "tanggal tidak sah"),
    QT_TRANSLATE_NOOP("Core", "bukan kode sertifikat BLKDesk"),
    QT_TRANSLATE_NOOP("Core", "jumlah kolom tidak sesuai"),
    QT_TRANSLATE_NOOP("Core", "jenis dokumen tidak dikenal"),
    QT_TRANSLATE_NOOP("Core", "tanda tangan rusak"),
    QT_TRANSLATE_NOOP("Core", "escape tidak dikenal"),
    QT_TRANSLATE_NOOP("Core", "SAH"),
    QT_TRANSLATE_NOOP("Core", "TIDAK SAH"),
    QT_TRANSLATE_NOOP("Core", "DIBATALKAN"),
    QT_TRANSLATE_NOOP("Core", "LEMBAGA TIDAK DIKENAL"),
    QT_TRANSLATE_NOOP("Core", "s.d. {last}"),
    QT_TRANSLATE_NOOP("Core", "{name} dengan kunci lama {key} (berlaku {period})"),
    QT_TRANSLATE_NOOP("Core", "Diterbitkan dan ditandatangani oleh {by}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kunci publik lembaga {code} belum ada di database ini; gabungkan data sinkronisasi "
        "lembaga itu terlebih dahulu, lalu periksa lagi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Sertifikat ini diterbitkan {by} tetapi telah dibatalkan."),
    QT_TRANSLATE_NOOP("Core", "Teks ini bukan kode sertifikat BLKDesk yang utuh ({why})."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Tanda tangan tidak cocok dengan kunci {name}: isi kode telah diubah atau sertifikat "
        "ini palsu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Ditandatangani kunci lama {name} ({key}) yang hanya berlaku sampai {last}, padahal "
        "sertifikat ini bertanggal {issued}: kunci itu sudah diganti sebelum sertifikat ini "
        "terbit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database sedang dikunci oleh proses lain (mis. impor atau pencadangan yang masih "
        "berjalan). Tunggu sampai selesai, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Disk penuh. Kosongkan ruang disk, lalu ulangi; data yang sudah tersimpan tetap utuh.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database hanya bisa dibaca (izin berkas atau disk yang dikunci); perubahan tidak "
        "disimpan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas database tidak dapat dibuka; periksa jalurnya dan izin foldernya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Disk gagal membaca atau menulis database; periksa disk, lalu jalankan Periksa Database.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas database rusak. Pulihkan dari cadangan yang baik (Pengaturan › Cadangan).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas yang dibuka rusak atau terpotong; simpan ulang dari programnya, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas atau folder tidak dapat dipakai: {reason}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Memori komputer tidak cukup untuk pekerjaan ini; tutup program lain, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Sambungan ke server database terputus; periksa jaringan atau server, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Disk server database penuh; hubungi pengelola server."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Isian terlalu panjang atau tidak sesuai untuk database; periksa isiannya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server database menolak login; periksa nama pengguna dan kata sandinya.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas atau folder tidak dapat dipakai ({name}): {reason}"),
    QT_TRANSLATE_NOOP("Core", "Kode lembaga 2–20 karakter: huruf besar, angka atau tanda hubung."),
    QT_TRANSLATE_NOOP("Core", "Nama lembaga wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Jenis lembaga wajib dipilih."),
    QT_TRANSLATE_NOOP("Core", "Kabupaten/kota wajib dipilih."),
    QT_TRANSLATE_NOOP("Core", "Nama kepala BLK wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "NIP harus 18 angka; yang diisi {n} karakter."),
    QT_TRANSLATE_NOOP("Core", "Berkas logo terlalu besar (maksimal 2 MB)."),
    QT_TRANSLATE_NOOP("Core", "Database ini belum disiapkan; jalankan penyiapan awal."),
    QT_TRANSLATE_NOOP("Core", "Database ini sudah disiapkan untuk sebuah lembaga."),
    QT_TRANSLATE_NOOP("Core", "Nomor telepon hanya angka (6–15 digit), boleh diawali +."),
    QT_TRANSLATE_NOOP("Core", "Paling panjang {limit} karakter."),
    QT_TRANSLATE_NOOP("Core", "Catatan"),
    QT_TRANSLATE_NOOP("Core", "Alamat"),
    QT_TRANSLATE_NOOP("Core", "Nama"),
    QT_TRANSLATE_NOOP("Core", "Judul"),
    QT_TRANSLATE_NOOP("Core", "Nama pemberi kerja"),
    QT_TRANSLATE_NOOP("Core", "Sektor"),
    QT_TRANSLATE_NOOP("Core", "Alasan pembatalan"),
    QT_TRANSLATE_NOOP("Core", "Alasan mengundurkan diri"),
    QT_TRANSLATE_NOOP("Core", "Alasan"),
    QT_TRANSLATE_NOOP("Core", "Alasan data ganda"),
    QT_TRANSLATE_NOOP("Core", "Nomor HP"),
    QT_TRANSLATE_NOOP("Core", "Email"),
    QT_TRANSLATE_NOOP("Core", "{label} terlalu panjang ({length} karakter); maksimal {most}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Penempatan hanya dicatat untuk peserta yang mengikuti pelatihan; pendaftar ini tidak "
        "menjadi peserta angkatan tersebut.",
    ),
    QT_TRANSLATE_NOOP("Core", "Nama BLK wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Kontak terlalu panjang (maksimal 500 karakter)."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Sidik kunci berisi 64 karakter heksadesimal (0–9, A–F); salin dari BLK-nya.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kode {code} sudah terdaftar untuk BLK lain."),
    QT_TRANSLATE_NOOP("Core", "BLK ini sudah tidak ada dalam daftar."),
    QT_TRANSLATE_NOOP("Core", "Usia {low}–{high} tahun"),
    QT_TRANSLATE_NOOP("Core", "belum diisi"),
    QT_TRANSLATE_NOOP("Core", "Usia minimal {low} tahun"),
    QT_TRANSLATE_NOOP("Core", "Usia maksimal {high} tahun"),
    QT_TRANSLATE_NOOP("Core", "Pendidikan minimal {level}"),
    QT_TRANSLATE_NOOP("Core", "Pendidikan terakhir: {shown}."),
    QT_TRANSLATE_NOOP("Core", "Berdomisili di {place}"),
    QT_TRANSLATE_NOOP("Core", "Domisili: {place}."),
    QT_TRANSLATE_NOOP("Core", "Periksa secara manual."),
    QT_TRANSLATE_NOOP("Core", "Tanggal lahir belum diisi."),
    QT_TRANSLATE_NOOP("Core", "Usia {age} tahun."),
    QT_TRANSLATE_NOOP("Core", "Berdomisili di Provinsi {place}"),
    QT_TRANSLATE_NOOP("Core", "Provinsi: {place}."),
    QT_TRANSLATE_NOOP("Core", "Nama dan tanggal lahir sama"),
    QT_TRANSLATE_NOOP("Core", "Nomor HP sama"),
    QT_TRANSLATE_NOOP(
        "Core",
        "NIK ini sudah terdaftar atas nama {name}; buka data yang sudah ada untuk mengubahnya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Ada {n} data peserta yang mirip. Periksa daftarnya; bila memang orang yang berbeda, "
        "simpan dengan menuliskan alasannya.",
    ),
    QT_TRANSLATE_NOOP("Core", "Data peserta tidak ditemukan (mungkin sudah dihapus)."),
    QT_TRANSLATE_NOOP(
        "Core", "Data peserta {name} sudah dihapus oleh {user} ({when}), alasan: {reason}."
    ),
    QT_TRANSLATE_NOOP("Core", "Angkatan yang dipilih tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Program pelatihan tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Direncanakan"),
    QT_TRANSLATE_NOOP("Core", "Berjalan"),
    QT_TRANSLATE_NOOP("Core", "Selesai"),
    QT_TRANSLATE_NOOP("Core", "Ditutup"),
    QT_TRANSLATE_NOOP("Core", "Angkatan {name}"),
    QT_TRANSLATE_NOOP("Core", "{day} adalah hari libur nasional ({name})."),
    QT_TRANSLATE_NOOP("Core", "{day} adalah hari libur lokal ({closure})."),
    QT_TRANSLATE_NOOP("Core", "{day} sudah tercatat sebagai libur lokal."),
    QT_TRANSLATE_NOOP("Core", "{batch} sudah ditutup; tuliskan alasan perubahan."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Hari yang sudah berisi presensi tidak dapat diubah: {shown}. Kosongkan presensi hari "
        "itu dulu, atau pindahkan hari lain.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} juga peserta {batch} pada {day}; hari pelatihan tidak boleh bertabrakan.",
    ),
    QT_TRANSLATE_NOOP("Core", "Program {name} sudah tidak aktif; aktifkan dulu di katalog."),
    QT_TRANSLATE_NOOP("Core", "Program angkatan yang sudah berjalan tidak dapat diganti."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kapasitas tidak boleh kurang dari jumlah peserta yang sudah diterima ({n}).",
    ),
    QT_TRANSLATE_NOOP("Core", "{day} bukan hari pelatihan angkatan ini."),
    QT_TRANSLATE_NOOP("Core", "{day} sudah menjadi hari pelatihan; pilih tanggal lain."),
    QT_TRANSLATE_NOOP("Core", "{blocker} Pilih tanggal lain."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Status {old} tidak dapat langsung diubah menjadi {new}; ubah satu tahap demi satu tahap.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Angkatan belum punya peserta yang lulus seleksi; seleksi pendaftar dulu.",
    ),
    QT_TRANSLATE_NOOP("Core", "Keterangan libur paling panjang {most} karakter."),
    QT_TRANSLATE_NOOP("Core", "Seorang peserta"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kode unit {code} tidak berformat SKKNI (contoh J.620100.001.01); periksa kembali bila "
        "bukan kode lama.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Jumlah JP unit kompetensi ({units}) berbeda dengan total JP program ({total}).",
    ),
    QT_TRANSLATE_NOOP("Core", "Kode program {code} sudah dipakai program lain."),
    QT_TRANSLATE_NOOP("Core", "Batas usia harus antara 10 dan 80 tahun."),
    QT_TRANSLATE_NOOP("Core", "Unit baris {row}: kode dan judul unit wajib diisi."),
    QT_TRANSLATE_NOOP("Core", "Unit baris {row} ({code}): JP harus lebih dari 0."),
    QT_TRANSLATE_NOOP("Core", "Kode unit {code} tercantum dua kali."),
    QT_TRANSLATE_NOOP("Core", "Batas presensi harus berupa angka, mis. 80."),
    QT_TRANSLATE_NOOP("Core", "Kode kejuruan {code} sudah dipakai."),
    QT_TRANSLATE_NOOP("Core", "Tidak ada hari libur impor untuk tahun {year}."),
    QT_TRANSLATE_NOOP("Core", "Baris {row}: isinya harus tanggal, nama dan jenis."),
    QT_TRANSLATE_NOOP("Core", "Baris {row}: tanggal «{value}» tidak dikenali (pakai 2027-01-01)."),
    QT_TRANSLATE_NOOP("Core", "{shown} (dan {n} kesalahan lain)"),
    QT_TRANSLATE_NOOP("Core", "Berkas {name} tidak bisa dibaca: {reason}"),
    QT_TRANSLATE_NOOP("Core", "Baris {row}: tanggal {day} tertulis dua kali."),
    QT_TRANSLATE_NOOP("Core", "Baris {row}: nama hari libur kosong atau lebih dari 200 huruf."),
    QT_TRANSLATE_NOOP("Core", "Baris {row}: jenis «{value}» harus «libur» atau «cuti bersama»."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Hanya pendaftar yang dapat dihapus dari angkatan; ubah statusnya bila sudah diseleksi "
        "(mis. mengundurkan diri).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kapasitas {batch} sudah penuh ({taken} dari {n} peserta). Jadikan pendaftar ini "
        "cadangan, atau naikkan kapasitas angkatan dulu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} sudah menjadi peserta {batch}, yang juga berlatih pada {day}. Seorang peserta "
        "tidak dapat mengikuti dua angkatan yang harinya bertabrakan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} tidak memenuhi syarat: {shown}. Terima hanya dengan alasan (mis. persetujuan "
        "kepala BLK).",
    ),
    QT_TRANSLATE_NOOP("Core", "{rule} ({detail})"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server kantor {where} tidak dapat dihubungi; periksa jaringan dan pastikan PC server "
        "menyala.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server kantor {where} memutus sambungan PC ini, biasanya karena database sedang "
        "dipulihkan dari cadangan di PC server.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server kantor {where} menghentikan permintaan PC ini karena bertabrakan dengan "
        "pekerjaan lain di server, misalnya pemulihan cadangan di PC server.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server kantor {where} menolak kata sandi; periksa kata sandi dari PC server.",
    ),
    QT_TRANSLATE_NOOP(
        "Core", "Disk PC server kantor {where} penuh; kosongkan ruang di disk PC server itu."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database server kantor perlu diperbarui untuk versi BLKDesk ini, tetapi masih dibuka "
        "di PC lain. Tutup BLKDesk di semua PC lain, lalu buka lagi di sini.",
    ),
    QT_TRANSLATE_NOOP("Core", "Server kantor {where} tidak memiliki database '{database}'."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nama PC server kantor '{host}' tidak dikenal di jaringan; periksa ejaannya atau ketik "
        "alamat IP PC server itu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "PC server kantor {host} menyala, tetapi server BLKDesk tidak berjalan di port {port}; "
        "buka BLKDesk di PC server itu, atau periksa port-nya bila server dipindah.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server kantor {where} sedang dinyalakan, dimatikan atau dipulihkan; tunggu satu menit "
        "lalu coba lagi, dan bila tetap begini, buka BLKDesk di PC server itu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server kantor {where} sedang mengunci data untuk pekerjaan lain, misalnya "
        "pemulihan cadangan di PC server, dan PC ini tidak dapat menunggu lebih lama.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nomor sertifikat tidak dapat diberikan sekarang karena database sedang "
        "dipulihkan di PC server; coba lagi sebentar lagi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Pemulihan tidak dimulai karena PC lain terus menerbitkan sertifikat; database "
        "tidak berubah. Coba pulihkan lagi sebentar lagi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Server kantor {where} sudah melayani terlalu banyak PC atau jendela BLKDesk; tutup "
        "BLKDesk di PC yang tidak dipakai, atau hubungi administrator.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database server kantor dicadangkan oleh BLKDesk di PC server itu sendiri.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database tidak dapat dibaca untuk dicadangkan; jalankan Periksa Database.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database yang rusak ini belum punya kunci cadangan, jadi tidak dicadangkan tanpa "
        "enkripsi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database dibuka hanya-baca karena pemeriksaan menemukan kerusakan; perubahan tidak "
        "dapat disimpan. Pulihkan dari cadangan di Pengaturan › Cadangan.",
    ),
    QT_TRANSLATE_NOOP("Core", "{problem} Perubahan ini belum tersimpan; coba simpan lagi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database ini dibuat oleh versi BLKDesk yang lebih baru (skema {schema}). Perbarui "
        "BLKDesk sebelum membukanya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Skema database belum diperbarui; jalankan BLKDesk untuk memperbaruinya.",
    ),
    QT_TRANSLATE_NOOP("Core", "File ini bukan database BLKDesk."),
    QT_TRANSLATE_NOOP("Core", "{user} di komputer {host} (proses {pid}) sejak {since}"),
    QT_TRANSLATE_NOOP("Core", "BLKDesk lain"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database ini sedang dibuka oleh {who}. Hanya satu BLKDesk boleh mengubah berkas yang "
        "sama; tutup BLKDesk di sana lebih dulu, atau pakai server PostgreSQL untuk bekerja "
        "bersama beberapa PC.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas database {path} rusak parah: {summary}"),
    QT_TRANSLATE_NOOP("Core", "{kind} menemukan {n} masalah: {problems}"),
    QT_TRANSLATE_NOOP("Core", "Pemeriksaan lengkap"),
    QT_TRANSLATE_NOOP("Core", "Pemeriksaan cepat"),
    QT_TRANSLATE_NOOP("Core", "{kind}: database dalam keadaan baik."),
    QT_TRANSLATE_NOOP("Core", "baris {row} tabel {table} menunjuk ke {parent} yang tidak ada"),
    QT_TRANSLATE_NOOP("Core", "berkas {path} tidak ada"),
    QT_TRANSLATE_NOOP("Core", "berkas tidak dapat dibuka: {error}"),
    QT_TRANSLATE_NOOP("Core", "berkas rusak: {error}"),
    QT_TRANSLATE_NOOP("Core", "berkas tidak dapat diperiksa: {error}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas database {path} berada di folder jaringan ({kind}). SQLite di folder jaringan "
        "dapat rusak bila dipakai dari beberapa PC. Simpan database di disk PC ini, atau "
        "pasang server PostgreSQL untuk dipakai bersama beberapa PC "
        "(BLKDESK_DB=postgresql://…).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Izinkan koneksi masuk ke port {port} (TCP) di firewall PC ini untuk jaringan pribadi "
        "(Windows: Windows Defender Firewall › Aturan masuk › Port baru), agar PC lain di "
        "kantor dapat tersambung.",
    ),
    QT_TRANSLATE_NOOP("Core", "{what}: kode keluar {code}"),
    QT_TRANSLATE_NOOP("Core", "{what}: {said}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{what}: port {port} sudah dipakai program lain (mungkin PostgreSQL yang sudah "
        "terpasang); hentikan program itu atau pakai port lain.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{what}: disk tempat folder {folder} penuh; kosongkan ruang di disk itu, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{what}: PostgreSQL tidak diizinkan menulis di folder {folder}; periksa izin folder itu.",
    ),
    QT_TRANSLATE_NOOP("Core", "{what}: {error}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "PostgreSQL belum terpasang di PC ini. Pasang PostgreSQL (versi 13 atau lebih baru) "
        "dari postgresql.org, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP("Core", "PC ini sudah menjadi server kantor."),
    QT_TRANSLATE_NOOP("Core", "Folder {folder} sudah berisi data; pindahkan dulu folder itu."),
    QT_TRANSLATE_NOOP("Core", "Server kantor tidak dapat dibuat"),
    QT_TRANSLATE_NOOP("Core", "Server kantor tidak dapat dijalankan"),
    QT_TRANSLATE_NOOP(
        "Core",
        "PostgreSQL tidak mau berjalan sebagai root; jalankan BLKDesk sebagai pengguna biasa.",
    ),
    QT_TRANSLATE_NOOP("Core", "Database server kantor tidak dapat dibuat: {error}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Pemindahan data ke server kantor tidak cocok pada tabel {tables}; data tetap di "
        "berkas PC ini.",
    ),
    QT_TRANSLATE_NOOP("Core", "Cadangan ini tidak berisi database BLKDesk."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Cadangan ini dibuat oleh versi BLKDesk yang lebih baru (skema {schema}). Perbarui "
        "BLKDesk sebelum memulihkannya.",
    ),
    QT_TRANSLATE_NOOP("Core", "Database server kantor dipulihkan di PC server itu sendiri."),
    QT_TRANSLATE_NOOP("Core", "Isi cadangan {name} rusak: {summary}"),
    QT_TRANSLATE_NOOP("Core", "{program} gagal: {said}"),
    QT_TRANSLATE_NOOP("Core", "Cadangan server kantor dibuat oleh PC server itu sendiri."),
    QT_TRANSLATE_NOOP(
        "Core", "{program} gagal: disk penuh; kosongkan ruang disk di PC server ini."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database server kantor perlu diperbarui untuk versi BLKDesk ini; buka dulu BLKDesk "
        "versi ini di PC server kantor, yang mencadangkan database itu sebelum memperbaruinya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database server kantor tidak diperbarui karena disk folder cadangan {folder} penuh; "
        "kosongkan ruang di disk itu, lalu buka BLKDesk lagi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database server kantor tidak diperbarui karena cadangannya tidak dapat dibuat lebih "
        "dulu ({problem}).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Pembaruan database server kantor gagal; cadangan sebelum pembaruan ada di {path}.",
    ),
    QT_TRANSLATE_NOOP("Core", "Pemulihan server kantor dilakukan di PC server itu sendiri."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} adalah cadangan berkas SQLite, bukan cadangan server kantor.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Database di server kantor sudah berisi data; pindahkan hanya ke database yang masih "
        "kosong.",
    ),
    QT_TRANSLATE_NOOP("Core", "{first}, {rest}"),
    QT_TRANSLATE_NOOP("Core", "{day} ({n} tanda)"),
    QT_TRANSLATE_NOOP("Core", "Cadangan memakai pemadatan {codec} yang tidak dikenal versi ini."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas cadangan {name} rusak: isinya tidak cocok dengan sidik jarinya.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kata sandi cadangan minimal {least} karakter."),
    QT_TRANSLATE_NOOP("Core", "Cadangan {name} memakai sidik {digest} yang tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "{name} bukan berkas cadangan BLKDesk."),
    QT_TRANSLATE_NOOP("Core", "Cadangan ini dilindungi kata sandi; masukkan kata sandi cadangan."),
    QT_TRANSLATE_NOOP("Core", "Cadangan memakai pemadatan {codec} yang tidak dikenal."),
    QT_TRANSLATE_NOOP("Core", "Kepala berkas cadangan {name} rusak."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Cadangan {name} hanya berisi perubahan sejak cadangan {base}, yang tidak ada di "
        "folder yang sama. Salin keduanya ke satu folder, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Cadangan {name} rusak: dasarnya {base} tidak cocok."),
    QT_TRANSLATE_NOOP("Core", "Hanya administrator yang dapat memilih cadangan tanpa enkripsi."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Tulis alasan memilih cadangan tanpa enkripsi (dicatat di jejak audit).",
    ),
    QT_TRANSLATE_NOOP("Core", "Folder {folder} tidak ditemukan."),
    QT_TRANSLATE_NOOP("Core", "Kunci cadangan"),
    QT_TRANSLATE_NOOP("Core", "Kata sandi cadangan"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{what} salah: tidak membuka satu pun dari {n} cadangan terenkripsi. Periksa lagi, "
        "atau pakai kunci cadangan dari lembar yang dicetak.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Ada {n} cadangan terenkripsi; berikan kata sandi cadangan atau kunci cadangan.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Atur dulu kata sandi cadangan (dengan kunci cadangan), lalu enkripsi cadangan lama.",
    ),
    QT_TRANSLATE_NOOP("Core", "Database tidak dapat dibaca untuk dicadangkan: {error}."),
    QT_TRANSLATE_NOOP("Core", "Berkas database terpotong saat dicadangkan."),
    QT_TRANSLATE_NOOP("Core", "Berkas cadangan {name} tidak dapat dibaca: {reason}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Berkas cadangan {name} rusak: isinya lebih besar dari yang tercatat.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas cadangan {name} rusak: isinya tidak dapat dibuka."),
    QT_TRANSLATE_NOOP("Core", "Berkas {name} tidak dapat dibaca untuk disimpan: {reason}"),
    QT_TRANSLATE_NOOP("Core", "Pengaturan cadangan di {name} rusak."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Disk penuh saat membuat cadangan di {folder}. Cadangan sebelumnya tetap utuh. "
        "Kosongkan ruang disk, lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Disk penuh saat membuat cadangan. Cadangan sebelumnya tetap utuh. Kosongkan ruang disk, "
        "lalu ulangi.",
    ),
    QT_TRANSLATE_NOOP("Core", "Berkas cadangan {name} rusak."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Cadangan {name} dibuat oleh versi BLKDesk yang lebih baru; perbarui BLKDesk untuk "
        "membukanya.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kata sandi cadangan salah, atau berkas cadangan {name} rusak."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Kata sandi cadangan salah. Periksa huruf besar/kecilnya, atau pakai kunci cadangan "
        "dari lembar yang dicetak.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Cadangan ini dilindungi kata sandi; masukkan kata sandi cadangan atau kunci cadangan "
        "dari lembar yang dicetak.",
    ),
    QT_TRANSLATE_NOOP("Core", "Kunci cadangan salah: periksa lagi huruf-hurufnya di lembar kunci."),
    QT_TRANSLATE_NOOP("Core", "{name} bukan berkas tersegel BLKDesk."),
    QT_TRANSLATE_NOOP("Core", "Berkas {name} terpotong (tidak lengkap)."),
    QT_TRANSLATE_NOOP("Core", "Kepala {name} rusak."),
    QT_TRANSLATE_NOOP("Core", "Berkas tersegel rusak atau telah diubah."),
    QT_TRANSLATE_NOOP("Core", "dibuat manual"),
    QT_TRANSLATE_NOOP("Core", "otomatis (tiap 30 menit bila ada perubahan)"),
    QT_TRANSLATE_NOOP("Core", "saat aplikasi ditutup"),
    QT_TRANSLATE_NOOP("Core", "sebelum pembaruan skema"),
    QT_TRANSLATE_NOOP("Core", "sebelum pemulihan"),
    QT_TRANSLATE_NOOP("Core", "sebelum penggabungan data"),
    QT_TRANSLATE_NOOP("Core", "sebelum impor"),
    QT_TRANSLATE_NOOP("Core", "salinan berkas rusak (sebelum pemulihan)"),
    QT_TRANSLATE_NOOP("Core", "{reason} (hanya perubahan)"),
    QT_TRANSLATE_NOOP("Core", "{n} peserta"),
    QT_TRANSLATE_NOOP("Core", "{n} angkatan"),
    QT_TRANSLATE_NOOP("Core", "{n} pendaftaran"),
    QT_TRANSLATE_NOOP("Core", "{n} tanda hadir"),
    QT_TRANSLATE_NOOP("Core", "{n} sertifikat"),
    QT_TRANSLATE_NOOP("Core", "{n} pengguna"),
    QT_TRANSLATE_NOOP("Core", "{n} catatan audit"),
    QT_TRANSLATE_NOOP("Core", "{n} {table}"),
    # Fields a refusal names ("… terlalu panjang"): the trainee form's, then other records'.
    QT_TRANSLATE_NOOP("Core", "NIK"),
    QT_TRANSLATE_NOOP("Core", "Nomor KK"),
    QT_TRANSLATE_NOOP("Core", "Nama lengkap"),
    QT_TRANSLATE_NOOP("Core", "Tempat lahir"),
    QT_TRANSLATE_NOOP("Core", "Tanggal lahir"),
    QT_TRANSLATE_NOOP("Core", "Jenis kelamin"),
    QT_TRANSLATE_NOOP("Core", "Pendidikan terakhir"),
    QT_TRANSLATE_NOOP("Core", "RT"),
    QT_TRANSLATE_NOOP("Core", "RW"),
    QT_TRANSLATE_NOOP("Core", "Desa/kelurahan"),
    QT_TRANSLATE_NOOP("Core", "Kecamatan"),
    QT_TRANSLATE_NOOP("Core", "Kabupaten/kota"),
    QT_TRANSLATE_NOOP("Core", "Provinsi"),
    QT_TRANSLATE_NOOP("Core", "Disabilitas"),
    QT_TRANSLATE_NOOP("Core", "Nomor AK/1"),
    QT_TRANSLATE_NOOP("Core", "Calon pekerja migran"),
    QT_TRANSLATE_NOOP("Core", "Negara tujuan"),
    QT_TRANSLATE_NOOP("Core", "Nomor paspor"),
    QT_TRANSLATE_NOOP("Core", "Bahasa"),
    QT_TRANSLATE_NOOP("Core", "Nama orang tua/wali"),
    QT_TRANSLATE_NOOP("Core", "Persetujuan orang tua/wali"),
    QT_TRANSLATE_NOOP("Core", "Pas foto"),
    QT_TRANSLATE_NOOP("Core", "Kode"),
    QT_TRANSLATE_NOOP("Core", "Keterangan"),
    QT_TRANSLATE_NOOP("Core", "Lokasi MTU"),
    QT_TRANSLATE_NOOP("Core", "Sumber dana"),
    QT_TRANSLATE_NOOP("Core", "Nama kepala"),
    QT_TRANSLATE_NOOP("Core", "NIP kepala"),
    QT_TRANSLATE_NOOP("Core", "Pola nomor sertifikat"),
    QT_TRANSLATE_NOOP("Core", "Penilai"),
    QT_TRANSLATE_NOOP("Core", "NIP / nomor identitas"),
    QT_TRANSLATE_NOOP("Core", "Syarat tambahan"),
    # The monthly report's signature (exchange/report_signature, province_intake).
    QT_TRANSLATE_NOOP(
        "Core", "Lembar Manifest berkas ini menyebut jenis '{found}', bukan '{kind}'."
    ),
    QT_TRANSLATE_NOOP("Core", "Laporan ini tidak bertanda tangan (tidak ada lembar Manifest)."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar {sheet} ditambahkan setelah laporan ditandatangani; laporan tidak dicatat. "
        "Minta BLK mengirim ulang berkas aslinya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Isi lembar {sheets} tidak cocok dengan tanda tangan laporan: laporan diubah setelah "
        "diekspor. Laporan tidak dicatat; minta BLK mengirim ulang berkas aslinya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Laporan {code} ini tidak bertanda tangan (dibuat BLKDesk versi lama atau bukan oleh "
        "BLKDesk), jadi tidak dapat dipastikan berasal dari BLK itu. Laporan tidak dicatat; "
        "minta BLK memperbarui BLKDesk lalu mengekspor ulang laporannya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Lembar Info menyebut lembaga {code}, tetapi laporan ditandatangani untuk {signed}. "
        "Laporan tidak dicatat.",
    ),
    # education levels as the KK writes them (core/refdata.py)
    QT_TRANSLATE_NOOP("Core", "TIDAK/BELUM SEKOLAH"),
    QT_TRANSLATE_NOOP("Core", "BELUM TAMAT SD/SEDERAJAT"),
    QT_TRANSLATE_NOOP("Core", "TAMAT SD/SEDERAJAT"),
    QT_TRANSLATE_NOOP("Core", "SLTP/SEDERAJAT"),
    QT_TRANSLATE_NOOP("Core", "SLTA/SEDERAJAT"),
    QT_TRANSLATE_NOOP("Core", "DIPLOMA I/II"),
    QT_TRANSLATE_NOOP("Core", "AKADEMI/DIPLOMA III/S. MUDA"),
    QT_TRANSLATE_NOOP("Core", "DIPLOMA IV/STRATA I"),
    QT_TRANSLATE_NOOP("Core", "STRATA II"),
    QT_TRANSLATE_NOOP("Core", "STRATA III"),
)

# Indonesian counts need no plural, English ones do: a template whose count `n` is 1 is looked
# up here first ("1 trainee"), and under CONTEXT ("{n} trainees") when this has no entry.
ONE = "Core (one)"
SINGULAR = (
    QT_TRANSLATE_NOOP("Core (one)", "{n} peserta"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} angkatan"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} pendaftaran"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} tanda hadir"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} sertifikat"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} pengguna"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} catatan audit"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} hari"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} unit"),
    QT_TRANSLATE_NOOP("Core (one)", "semua {n} unit"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} sel kehadiran"),
    QT_TRANSLATE_NOOP("Core (one)", "{n} nilai unit"),
    QT_TRANSLATE_NOOP("Core (one)", "{day} ({n} tanda)"),
    QT_TRANSLATE_NOOP("Core (one)", "NIK harus 16 angka; yang diisi {n} angka."),
    QT_TRANSLATE_NOOP("Core (one)", "Nomor KK harus 16 angka; yang diisi {n} karakter."),
    QT_TRANSLATE_NOOP("Core (one)", "NIP harus 18 angka; yang diisi {n} karakter."),
    QT_TRANSLATE_NOOP("Core (one)", "Katalog tidak diimpor: {shown} (dan {n} masalah lain)"),
    QT_TRANSLATE_NOOP("Core (one)", "{shown} (dan {n} kesalahan lain)"),
    QT_TRANSLATE_NOOP("Core (one)", "{kind} menemukan {n} masalah: {problems}"),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Lembar {sheet} berisi {n} baris, Manifest menyebut {listed}: berkas terpotong atau "
        "diubah. Minta BLK mengirim ulang.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Sebelum penggabungan, {n} isian data pribadi dari berkas sinkronisasi lama yang "
        "tidak dibutuhkan provinsi (catatan kehadiran, catatan, agama, nomor KK, alamat "
        "jalan, paspor, wali) dikosongkan; jumlahnya tercatat di jejak audit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Saat database dibuka, {n} isian data pribadi dari berkas sinkronisasi lama yang tidak "
        "dibutuhkan provinsi dikosongkan; jumlahnya tercatat di jejak audit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi dalam "
        "{n} menit.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Unit {code} sudah dinilai {n} kali, batas program ini {limit} kali; penilaian ulang "
        "tidak dapat dicatat.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Ada {n} data peserta yang mirip. Periksa daftarnya; bila memang orang yang berbeda, "
        "simpan dengan menuliskan alasannya.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Kapasitas {batch} sudah penuh ({taken} dari {n} peserta). Jadikan pendaftar ini "
        "cadangan, atau naikkan kapasitas angkatan dulu.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "{what} salah: tidak membuka satu pun dari {n} cadangan terenkripsi. Periksa lagi, "
        "atau pakai kunci cadangan dari lembar yang dicetak.",
    ),
    QT_TRANSLATE_NOOP(
        "Core (one)",
        "Ada {n} cadangan terenkripsi; berikan kata sandi cadangan atau kunci cadangan.",
    ),
)


def speak(sentence: Sentence) -> str:
    """`sentence` in the language whose translator is installed."""
    values = {k: _said(v) for k, v in sentence.values.items()}
    count = sentence.values.get("n")
    if isinstance(count, Number) and count.value == 1 and sentence.template in SINGULAR:
        return QCoreApplication.translate(ONE, sentence.template).format(**values)
    return QCoreApplication.translate(CONTEXT, sentence.template).format(**values)


def _said(value: object) -> object:
    if isinstance(value, Number):  # before str: a Number is one
        return value if active_language() == "id" else f"{value.value:,}"
    if isinstance(value, Measure):
        if active_language() == "id":
            return value
        return f"{value.value:,.{value.decimals}f} {value.unit}"
    if isinstance(value, Written):
        from blkdesk.ui import dates

        if value.timed:
            return dates.format_datetime_local(value.value)  # type: ignore[arg-type]
        return dates.format_date(value.value)
    return spoken(value) if isinstance(value, str) else value
