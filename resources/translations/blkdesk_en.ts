<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="20"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="30"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="31"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="32"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="33"/>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="127"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="129"/>
        <source>Akun ini dapat menambah pengguna lain (operator, kepala, peninjau).</source>
        <translation>This account can add other users (operators, head, viewers).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="135"/>
        <source>mis. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="139"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="140"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="141"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="142"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="144"/>
        <source>Kata sandi minimal 8 karakter, berisi huruf dan angka.</source>
        <translation>Passwords have at least 8 characters, with letters and digits.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="23"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="29"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="30"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="31"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="32"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="33"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="34"/>
        <source>Hari pelatihan</source>
        <translation>Training days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="35"/>
        <source>Presensi terisi</source>
        <translation>Attendance keyed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="44"/>
        <source>Angkatan yang berjalan dan yang baru selesai, dengan kelengkapan presensinya.</source>
        <translation>Running and recently finished batches, with how much attendance is keyed.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="16"/>
        <source>Penilaian &amp; Sertifikat</source>
        <translation>Assessment &amp; Certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="22"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="23"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="24"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="25"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="26"/>
        <source>Sertifikat terbit</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="35"/>
        <source>Angkatan yang sedang dinilai atau sudah selesai, dengan sertifikatnya.</source>
        <translation>Batches being assessed or finished, with their certificates.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="78"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="85"/>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="86"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="87"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="93"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>HeadPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="72"/>
        <source>Kepala BLK dan logo</source>
        <translation>Head of the BLK and logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="73"/>
        <source>Nama dan NIP kepala dicetak di bawah tanda tangan sertifikat.</source>
        <translation>The head&apos;s name and NIP are printed below the signature on certificates.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="78"/>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="79"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="81"/>
        <source>Nama kepala</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="82"/>
        <source>NIP kepala</source>
        <translation>Head&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="86"/>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="90"/>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="95"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="101"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="101"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="109"/>
        <source>Berkas itu bukan gambar PNG atau JPEG.</source>
        <translation>That file is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="114"/>
        <source>Berkas logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo file is too large (2 MB at most).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="33"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="40"/>
        <source>Peserta terdaftar</source>
        <translation>Registered trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="41"/>
        <source>Pendaftar tahun ini</source>
        <translation>Registered this year</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="42"/>
        <source>Program pelatihan aktif</source>
        <translation>Active programmes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="43"/>
        <source>Angkatan berjalan</source>
        <translation>Batches running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="44"/>
        <source>Peserta sedang pelatihan</source>
        <translation>Trainees in training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="45"/>
        <source>Angkatan direncanakan</source>
        <translation>Batches planned</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="46"/>
        <source>Sertifikat terbit</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="47"/>
        <source>Penempatan tercatat</source>
        <translation>Placements recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="52"/>
        <source>Angkatan yang sedang berjalan</source>
        <translation>Batches now running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="57"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="58"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="59"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="60"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="61"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="41"/>
        <source>Identitas lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="43"/>
        <source>Data ini tampil di sertifikat, laporan bulanan dan berkas sinkronisasi.</source>
        <translation>This appears on certificates, monthly reports and sync files.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="48"/>
        <source>mis. SRG</source>
        <translation>e.g. SRG</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="50"/>
        <source>mis. UPTD Balai Latihan Kerja Kab. Serang</source>
        <translation>e.g. UPTD Balai Latihan Kerja Kab. Serang</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="57"/>
        <source>Provinsi Banten (36)</source>
        <translation>Banten Province (36)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="60"/>
        <source>Kode lembaga</source>
        <translation>Institution code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="61"/>
        <source>Nama lembaga</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="62"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="63"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="64"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="17"/>
        <source>Masuk ke BLKDesk</source>
        <translation>Log in to BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="32"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="33"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="38"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="39"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="95"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="96"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="100"/>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="106"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="107"/>
        <source>&amp;Tentang BLKDesk</source>
        <translation>&amp;About BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="116"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="119"/>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="137"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="138"/>
        <source>Berkas terjemahan belum dibuat; jalankan ./dev translations.</source>
        <translation>The translation files are not built; run ./dev translations.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="149"/>
        <source>Tentang BLKDesk</source>
        <translation>About BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="150"/>
        <source>BLKDesk {version}
Database: {db}</source>
        <translation>BLKDesk {version}
Database: {db}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="15"/>
        <source>Laporan &amp; Sinkronisasi</source>
        <translation>Reports &amp; Sync</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="21"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="22"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="23"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="24"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="25"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="35"/>
        <source>Riwayat berkas yang dikirim ke provinsi.</source>
        <translation>Files sent to the province.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="39"/>
        <source>Belum ada laporan atau berkas sinkronisasi yang diekspor dari database ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="56"/>
        <source>Atur ulang kata sandi: {0}</source>
        <translation>Reset password: {0}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="62"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="33"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="39"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="46"/>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="48"/>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="55"/>
        <source>Ganti kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="62"/>
        <location filename="../../blkdesk/ui/pages/settings.py" line="124"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="66"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="67"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="68"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="69"/>
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="75"/>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="77"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="87"/>
        <source>Bahasa, identitas lembaga dan akun pengguna.</source>
        <translation>Language, institution and user accounts.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="94"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="95"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="96"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="97"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="98"/>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="99"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="114"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="114"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="124"/>
        <source>Pilih dulu pengguna di daftar.</source>
        <translation>Select a user in the list first.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="157"/>
        <source>Penyiapan BLKDesk</source>
        <translation>BLKDesk set-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="160"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="161"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="162"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="163"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="201"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="215"/>
        <source>Penyiapan gagal</source>
        <translation>Set-up failed</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../blkdesk/ui/tasks.py" line="72"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/tasks.py" line="124"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>TraineeListModel</name>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="32"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="32"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="97"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="101"/>
        <source>Cari nama, NIK atau nomor HP…</source>
        <translation>Search name, NIK or mobile number…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="116"/>
        <source>Daftar semua pendaftar dan peserta pelatihan.</source>
        <translation>All applicants and trainees.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="25"/>
        <source>Pelatihan &amp; Angkatan</source>
        <translation>Programmes &amp; Batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="32"/>
        <source>Kejuruan</source>
        <translation>Vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="33"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="34"/>
        <location filename="../../blkdesk/ui/pages/training.py" line="47"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="35"/>
        <source>JP</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="36"/>
        <source>Unit kompetensi</source>
        <translation>Competency units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="38"/>
        <location filename="../../blkdesk/ui/pages/training.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="39"/>
        <location filename="../../blkdesk/ui/pages/training.py" line="63"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="39"/>
        <location filename="../../blkdesk/ui/pages/training.py" line="63"/>
        <source>Nonaktif</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="46"/>
        <location filename="../../blkdesk/ui/pages/training.py" line="56"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="48"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="49"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="50"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="51"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="57"/>
        <source>Program pelatihan</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="70"/>
        <source>{programs} program, {batches} angkatan</source>
        <translation>{programs} programmes, {batches} batches</translation>
    </message>
</context>
</TS>
