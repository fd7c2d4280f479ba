"""The demo catalogue: programmes with their competency units, and instructors."""

# (vocation, code, name, total JP, units as (code, title, JP)); all run 8 JP a day.
PROGRAMS: tuple[tuple[str, str, str, int, tuple[tuple[str, str, int], ...]], ...] = (
    ("LAS", "LAS-SMAW-3G", "Juru Las SMAW Posisi 3G", 360, (
        ("C.259900.001.01", "Menerapkan Prosedur K3 Pengelasan", 16),
        ("C.259900.002.01", "Membaca Gambar Teknik Las", 24),
        ("C.259900.010.01", "Mengelas Pelat Posisi Bawah Tangan (1G) dengan SMAW", 120),
        ("C.259900.011.01", "Mengelas Pelat Posisi Tegak (3G) dengan SMAW", 200),
    )),
    ("LAS", "LAS-MIG", "Juru Las MIG/MAG", 240, (
        ("C.259900.001.01", "Menerapkan Prosedur K3 Pengelasan", 16),
        ("C.259900.020.01", "Menyiapkan Mesin Las MIG/MAG", 24),
        ("C.259900.021.01", "Mengelas Sambungan Sudut dengan MIG/MAG", 200),
    )),
    ("TIK", "TIK-OPKOM", "Operator Komputer Muda", 240, (
        ("J.620100.001.01", "Mengoperasikan Sistem Operasi", 32),
        ("J.620100.002.01", "Mengoperasikan Perangkat Lunak Pengolah Kata", 72),
        ("J.620100.003.01", "Mengoperasikan Perangkat Lunak Lembar Sebar", 88),
        ("J.620100.004.01", "Mengoperasikan Perangkat Lunak Presentasi", 48),
    )),
    ("TIK", "TIK-WEB", "Junior Web Programmer", 320, (
        ("J.620100.004.02", "Menggunakan Struktur Data", 40),
        ("J.620100.009.01", "Menggunakan Spesifikasi Program", 40),
        ("J.620100.017.02", "Mengimplementasikan Pemrograman Terstruktur", 100),
        ("J.620100.019.02", "Menggunakan Library atau Komponen Pre-Existing", 70),
        ("J.620100.023.02", "Membuat Dokumen Kode Program", 70),
    )),
    ("MJH", "MJH-BUSANA", "Menjahit Pakaian Wanita", 320, (
        ("C.141000.001.01", "Mengukur Badan Pemakai", 24),
        ("C.141000.005.01", "Membuat Pola Busana", 96),
        ("C.141000.010.01", "Menjahit dengan Mesin Jahit Industri", 200),
    )),
    ("KCT", "KCT-RIAS", "Tata Rias Pengantin dan Wajah", 240, (
        ("S.960200.001.01", "Melakukan Konsultasi Rias Wajah", 24),
        ("S.960200.004.01", "Merias Wajah Sehari-hari", 96),
        ("S.960200.009.01", "Merias Wajah Pengantin", 120),
    )),
    ("KCT", "KCT-RAMBUT", "Penata Rambut", 200, (
        ("S.960200.020.01", "Mencuci dan Merawat Rambut", 40),
        ("S.960200.022.01", "Memotong Rambut Dasar", 160),
    )),
    ("OTO", "OTO-SPM", "Mekanik Sepeda Motor", 320, (
        ("G.452000.001.01", "Melaksanakan Pemeliharaan Servis Berkala", 100),
        ("G.452000.005.01", "Memperbaiki Sistem Bahan Bakar Injeksi", 110),
        ("G.452000.009.01", "Memperbaiki Sistem Kelistrikan Sepeda Motor", 110),
    )),
    ("LST", "LST-INST", "Instalasi Penerangan Listrik", 240, (
        ("F.432100.001.01", "Menerapkan K3 Kelistrikan", 24),
        ("F.432100.004.01", "Memasang Instalasi Penerangan Satu Fasa", 120),
        ("F.432100.007.01", "Memeriksa Hasil Pemasangan Instalasi", 96),
    )),
    ("BHS", "BHS-JEPANG", "Bahasa Jepang untuk Calon PMI", 640, (
        ("P.854900.001.01", "Berkomunikasi Lisan Bahasa Jepang Dasar", 320),
        ("P.854900.002.01", "Membaca dan Menulis Hiragana dan Katakana", 320),
    )),
    ("BHS", "BHS-KOREA", "Bahasa Korea untuk Calon PMI", 480, (
        ("P.854900.010.01", "Berkomunikasi Lisan Bahasa Korea Dasar", 320),
        ("P.854900.011.01", "Membaca dan Menulis Hangeul", 160),
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
