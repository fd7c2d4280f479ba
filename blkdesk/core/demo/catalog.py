"""The demo catalogue: programmes with their competency units, and instructors."""

# (vocation, code, name, total JP, units as (code, title, JP)); all run 8 JP a day.
PROGRAMS: tuple[tuple[str, str, str, int, tuple[tuple[str, str, int], ...]], ...] = (
    ("LAS", "LAS-SMAW-3G", "Juru Las SMAW Posisi 3G", 240, (
        ("C.259900.001.01", "Menerapkan Prosedur K3 Pengelasan", 16),
        ("C.259900.002.01", "Membaca Gambar Teknik Las", 24),
        ("C.259900.010.01", "Mengelas Pelat Posisi Bawah Tangan (1G) dengan SMAW", 80),
        ("C.259900.011.01", "Mengelas Pelat Posisi Tegak (3G) dengan SMAW", 120),
    )),
    ("LAS", "LAS-MIG", "Juru Las MIG/MAG", 160, (
        ("C.259900.001.01", "Menerapkan Prosedur K3 Pengelasan", 16),
        ("C.259900.020.01", "Menyiapkan Mesin Las MIG/MAG", 24),
        ("C.259900.021.01", "Mengelas Sambungan Sudut dengan MIG/MAG", 120),
    )),
    ("TIK", "TIK-OPKOM", "Operator Komputer Muda", 160, (
        ("J.620100.001.01", "Mengoperasikan Sistem Operasi", 24),
        ("J.620100.002.01", "Mengoperasikan Perangkat Lunak Pengolah Kata", 48),
        ("J.620100.003.01", "Mengoperasikan Perangkat Lunak Lembar Sebar", 56),
        ("J.620100.004.01", "Mengoperasikan Perangkat Lunak Presentasi", 32),
    )),
    ("TIK", "TIK-WEB", "Junior Web Programmer", 280, (
        ("J.620100.004.02", "Menggunakan Struktur Data", 40),
        ("J.620100.009.01", "Menggunakan Spesifikasi Program", 40),
        ("J.620100.017.02", "Mengimplementasikan Pemrograman Terstruktur", 80),
        ("J.620100.019.02", "Menggunakan Library atau Komponen Pre-Existing", 60),
        ("J.620100.023.02", "Membuat Dokumen Kode Program", 60),
    )),
    ("MJH", "MJH-BUSANA", "Menjahit Pakaian Wanita", 240, (
        ("C.141000.001.01", "Mengukur Badan Pemakai", 24),
        ("C.141000.005.01", "Membuat Pola Busana", 72),
        ("C.141000.010.01", "Menjahit dengan Mesin Jahit Industri", 144),
    )),
    ("KCT", "KCT-RIAS", "Tata Rias Pengantin dan Wajah", 200, (
        ("S.960200.001.01", "Melakukan Konsultasi Rias Wajah", 24),
        ("S.960200.004.01", "Merias Wajah Sehari-hari", 80),
        ("S.960200.009.01", "Merias Wajah Pengantin", 96),
    )),
    ("KCT", "KCT-RAMBUT", "Penata Rambut", 160, (
        ("S.960200.020.01", "Mencuci dan Merawat Rambut", 40),
        ("S.960200.022.01", "Memotong Rambut Dasar", 120),
    )),
    ("OTO", "OTO-SPM", "Mekanik Sepeda Motor", 240, (
        ("G.452000.001.01", "Melaksanakan Pemeliharaan Servis Berkala", 80),
        ("G.452000.005.01", "Memperbaiki Sistem Bahan Bakar Injeksi", 80),
        ("G.452000.009.01", "Memperbaiki Sistem Kelistrikan Sepeda Motor", 80),
    )),
    ("LST", "LST-INST", "Instalasi Penerangan Listrik", 200, (
        ("F.432100.001.01", "Menerapkan K3 Kelistrikan", 24),
        ("F.432100.004.01", "Memasang Instalasi Penerangan Satu Fasa", 96),
        ("F.432100.007.01", "Memeriksa Hasil Pemasangan Instalasi", 80),
    )),
    ("BHS", "BHS-JEPANG", "Bahasa Jepang untuk Calon PMI", 320, (
        ("P.854900.001.01", "Berkomunikasi Lisan Bahasa Jepang Dasar", 160),
        ("P.854900.002.01", "Membaca dan Menulis Hiragana dan Katakana", 160),
    )),
    ("BHS", "BHS-KOREA", "Bahasa Korea untuk Calon PMI", 240, (
        ("P.854900.010.01", "Berkomunikasi Lisan Bahasa Korea Dasar", 160),
        ("P.854900.011.01", "Membaca dan Menulis Hangeul", 80),
    )),
    ("PGL", "PGL-ROTI", "Pembuatan Roti dan Kue", 160, (
        ("C.107100.001.01", "Menerapkan Keamanan Pangan", 24),
        ("C.107100.004.01", "Membuat Roti Manis", 72),
        ("C.107100.006.01", "Membuat Kue Basah", 64),
    )),
)  # fmt: skip

INSTRUCTORS = (
    ("LAS", "Dadang Suherman, S.T."), ("LAS", "Rohmat Hidayat"),
    ("TIK", "Rina Marlina, S.Kom."), ("TIK", "Fikri Alamsyah, S.Kom."),
    ("MJH", "Hj. Nani Suryani"), ("KCT", "Lia Amelia"), ("KCT", "Santi Rahayu"),
    ("OTO", "Ujang Sutisna"), ("LST", "Bambang Priyatno, S.T."),
    ("BHS", "Yuki Rahmawati, S.S."), ("BHS", "Kim Hye-jin"), ("PGL", "Tati Sumiati"),
)  # fmt: skip
