<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="28" />
        <source>Tentang BLKDesk</source>
        <translation>About BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="35" />
        <source>&lt;b style='font-size:15pt'&gt;BLKDesk {version}&lt;/b&gt;&lt;br&gt;Administrasi Balai Latihan Kerja</source>
        <translation>&lt;b style='font-size:15pt'&gt;BLKDesk {version}&lt;/b&gt;&lt;br&gt;Vocational training centre administration</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="44" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="45" />
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="47" />
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="49" />
        <source>Folder log</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="50" />
        <source>Pustaka</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="52" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="68" />
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="20" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="30" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="31" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="32" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="33" />
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="137" />
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="139" />
        <source>Akun ini dapat menambah pengguna lain (operator, kepala, peninjau).</source>
        <translation>This account can add other users (operators, head, viewers).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="143" />
        <source>mis. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="147" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="148" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="149" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="150" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="151" />
        <source>Kata sandi minimal 8 karakter, berisi huruf dan angka.</source>
        <translation>Passwords have at least 8 characters, with letters and digits.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="51" />
        <source>% s.d.
hari ini</source>
        <translation>%
to date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="51" />
        <source>%
seluruh</source>
        <translation>%
overall</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="158" />
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="188" />
        <source>Hadir {present} dari {held} hari yang sudah diisi. Ambang program: {threshold} %.</source>
        <translation>Present {present} of {held} days keyed. Programme threshold: {threshold} %.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="192" />
        <source>Hadir {present} dari seluruh {total} hari pelatihan.</source>
        <translation>Present {present} of all {total} training days.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="197" />
        <source>Ambang {threshold} % tidak dapat dicapai lagi walau hadir setiap hari berikutnya.</source>
        <translation>The {threshold} % threshold can no longer be reached, even with full attendance from now on.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="226" />
        <source> (mundur)</source>
        <translation> (withdrew)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="229" />
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/attendance_grid.py" line="232" />
        <source>Mengundurkan diri sejak {day}</source>
        <translation>Withdrew on {day}</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="49" />
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="56" />
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="64" />
        <source>Termasuk yang ditutup</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="74" />
        <source>Semua hadir</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="76" />
        <source>Ctrl+D: isi H untuk semua peserta yang masih kosong pada hari yang dipilih.</source>
        <translation>Ctrl+D: mark H for every participant still blank on the selected day.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="79" />
        <source>Catatan…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="80" />
        <source>F2: catatan untuk isian yang dipilih.</source>
        <translation>F2: note for the selected entry.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="82" />
        <source>Batalkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="83" />
        <source>Ctrl+Z: kembalikan isian terakhir.</source>
        <translation>Ctrl+Z: undo the last entry.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="89" />
        <source>Lalu ke bawah</source>
        <translation>Then down</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="90" />
        <source>Lalu ke kanan</source>
        <translation>Then right</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="92" />
        <source>Ke bawah: per hari, seperti membaca kolom kertas. Ke kanan: per peserta.</source>
        <translation>Down: day by day, like reading the paper's columns. Right: trainee by trainee.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="123" />
        <source>H hadir · I izin · S sakit · A alpa · Spasi = H · Delete = kosongkan · blok beberapa sel lalu ketik kode untuk mengisi sekaligus · F2 catatan · Ctrl+D semua hadir · Ctrl+Z batalkan. Setiap isian langsung tersimpan.</source>
        <translation>H present · I excused · S sick · A absent · Space = H · Delete = clear · select several cells and type a code to fill them at once · F2 note · Ctrl+D all present · Ctrl+Z undo. Every entry is saved at once.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="137" />
        <source>Ketik daftar hadir dari kertas: satu tombol per peserta per hari.</source>
        <translation>Key in the paper attendance sheet: one key per trainee per day.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="147" />
        <source>{name} · {program} · {start} – {end} · {status}</source>
        <translation>{name} · {program} · {start} – {end} · {status}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="172" />
        <source>Belum ada angkatan yang berjalan atau selesai.</source>
        <translation>No batch is running or finished yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="183" />
        <source>{program} · {span} · {days} hari pelatihan · {people} peserta · ambang kehadiran {threshold} %</source>
        <translation>{program} · {span} · {days} training days · {people} participants · attendance threshold {threshold} %</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="194" />
        <source>Angkatan ini sudah ditutup: presensinya hanya dapat dilihat.</source>
        <translation>This batch is closed: its attendance is read-only.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="243" />
        <source>Pilih dulu satu sel pada kolom hari yang akan diisi.</source>
        <translation>First select a cell in the day's column to fill.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="252" />
        <source>Tidak ada sel kosong pada {day}.</source>
        <translation>No blank cells on {day}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="279" />
        <source>Tidak ada isian yang dapat dibatalkan.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="292" />
        <source>Dibatalkan: {n} sel dikembalikan.</source>
        <translation>Undone: {n} cells restored.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="310" />
        <source>Tersimpan: {n} sel.</source>
        <translation>Saved: {n} cells.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="313" />
        <source>dikosongkan</source>
        <translation>cleared</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="314" />
        <source>Tersimpan: {name}, {day} = {what}</source>
        <translation>Saved: {name}, {day} = {what}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="331" />
        <source>Perlu ditindaklanjuti:</source>
        <translation>Needs follow-up:</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="16" />
        <source>Penilaian &amp; Sertifikat</source>
        <translation>Assessment &amp; Certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="22" />
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="23" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="24" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="25" />
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="26" />
        <source>Sertifikat terbit</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="27" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/certificates.py" line="35" />
        <source>Angkatan yang sedang dinilai atau sudah selesai, dengan sertifikatnya.</source>
        <translation>Batches being assessed or finished, with their certificates.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="78" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="85" />
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="86" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="87" />
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="93" />
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="40" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="48" />
        <source>BLKDesk menemui kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman; periksa kembali isian terakhir Anda.

Laporan kesalahan (tanpa data pribadi) sudah disimpan di:
{path}

Kirimkan berkas itu kepada petugas TI bersama cerita singkat apa yang sedang Anda kerjakan.</source>
        <translation>BLKDesk ran into an unexpected error. Everything already saved is safe; please check your last entry.

An error report (without personal data) was saved to:
{path}

Send that file to your IT support with a short note on what you were doing.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="63" />
        <source>Simpan salinan laporan…</source>
        <translation>Save a copy of the report…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="67" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="73" />
        <source>Simpan salinan laporan</source>
        <translation>Save a copy of the report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="75" />
        <source>Berkas teks (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="66" />
        <source>Semua tindak lanjut</source>
        <translation>All follow-ups</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="67" />
        <source>3 bulan setelah pelatihan</source>
        <translation>3 months after training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="68" />
        <source>6 bulan setelah pelatihan</source>
        <translation>6 months after training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="69" />
        <source>12 bulan setelah pelatihan</source>
        <translation>12 months after training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="74" />
        <source>Unduh lembar survei…</source>
        <translation>Download survey sheet…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="76" />
        <source>Daftar ini sebagai berkas Excel untuk diisi, lalu diimpor kembali.</source>
        <translation>This list as an Excel file to fill in and import back.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="84" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="85" />
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="86" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="87" />
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="88" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="89" />
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="89" />
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="90" />
        <source>Panggilan sebelumnya</source>
        <translation>Previous calls</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="118" />
        <source>Belum bekerja ({date})</source>
        <translation>Not yet working ({date})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="121" />
        <source>Hasil panggilan</source>
        <translation>Call result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="134" />
        <source>&amp;Simpan dan lanjut</source>
        <translation>&amp;Save and continue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="136" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="138" />
        <source>&amp;Lewati</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="139" />
        <source>Ctrl+↓ berikutnya, Ctrl+↑ sebelumnya</source>
        <translation>Ctrl+↓ next, Ctrl+↑ previous</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="148" />
        <source>Tekan 1–5 di kolom Hasil untuk memilih, Enter untuk menyimpan.</source>
        <translation>Press 1–5 in the Result column to choose, Enter to save.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="168" />
        <source>{n} alumni perlu dihubungi</source>
        <translation>{n} alumni to call</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="170" />
        <source>Tidak ada alumni yang perlu dihubungi hari ini.</source>
        <translation>No alumni to call today.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="208" />
        <source>Semua sudah dihubungi</source>
        <translation>Everyone has been called</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="213" />
        <source>(tidak ada nomor HP)</source>
        <translation>(no mobile number)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="215" />
        <source>{program} · {batch}, selesai {end} · tindak lanjut {n} bulan</source>
        <translation>{program} · {batch}, ended {end} · {n}-month follow-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="234" />
        <source>Tidak dapat disimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="237" />
        <source>Tersimpan: {name} — {outcome}.</source>
        <translation>Saved: {name} — {outcome}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="245" />
        <source>Simpan lembar survei</source>
        <translation>Save survey sheet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="246" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="252" />
        <source>Lembar survei berisi {n} alumni disimpan di {path}.</source>
        <translation>Survey sheet with {n} alumni saved to {path}.</translation>
    </message>
</context>
<context>
    <name>GraduatesTab</name>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="313" />
        <source>Cari lulusan: nama, NIK atau nomor HP…</source>
        <translation>Search graduates: name, NIK or mobile…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="320" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="321" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="322" />
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="323" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="324" />
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="325" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="326" />
        <source>Penempatan terakhir</source>
        <translation>Latest placement</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="327" />
        <location filename="../../blkdesk/ui/pages/placements.py" line="334" />
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="335" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="336" />
        <source>Perusahaan / usaha</source>
        <translation>Employer / business</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="337" />
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="338" />
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="339" />
        <source>Mulai bekerja</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="340" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="341" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="346" />
        <source>Catat penempatan…</source>
        <translation>Record placement…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="349" />
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="351" />
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="409" />
        <source>Riwayat penempatan {name}</source>
        <translation>Placement history of {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="412" />
        <source>Pilih lulusan untuk melihat riwayatnya.</source>
        <translation>Select a graduate to see their history.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="451" />
        <source>Hapus catatan penempatan</source>
        <translation>Delete placement record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="452" />
        <source>Alasan menghapus catatan {date} ({outcome}):</source>
        <translation>Reason for deleting the record of {date} ({outcome}):</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="462" />
        <source>Tidak dapat dihapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>HeadPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="83" />
        <source>Kepala BLK dan logo</source>
        <translation>Head of the BLK and logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="84" />
        <source>Nama dan NIP kepala dicetak di bawah tanda tangan sertifikat.</source>
        <translation>The head's name and NIP are printed below the signature on certificates.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="88" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="89" />
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="91" />
        <source>Nama kepala</source>
        <translation>Head's name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="92" />
        <source>NIP kepala</source>
        <translation>Head's NIP</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="96" />
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="100" />
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="105" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="111" />
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="111" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="119" />
        <source>Berkas itu bukan gambar PNG atau JPEG.</source>
        <translation>That file is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="124" />
        <source>Berkas logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo file is too large (2 MB at most).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="24" />
        <source>Panduan BLKDesk</source>
        <translation>BLKDesk guide</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="32" />
        <source>◀ Kembali</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="36" />
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="44" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="164" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="185" />
        <source>Angkatan berjalan</source>
        <translation>Batches running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="186" />
        <source>Peserta sedang pelatihan</source>
        <translation>Trainees in training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="187" />
        <source>Hari pelatihan belum diisi presensinya</source>
        <translation>Training days not yet keyed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="188" />
        <source>Sertifikat menunggu dicetak</source>
        <translation>Certificates waiting to be printed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="189" />
        <source>Alumni perlu dihubungi</source>
        <translation>Alumni to call</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="201" />
        <source>Cadangan terakhir:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="202" />
        <source>Ekspor ke provinsi terakhir:</source>
        <translation>Last export to the province:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="208" />
        <source>Belum ada peserta tahun ini.</source>
        <translation>No participants this year yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="209" />
        <source>Belum ada lulusan pada tahun itu.</source>
        <translation>No graduates in that year yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="263" />
        <source>{institution} · {date}</source>
        <translation>{institution} · {date}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="282" />
        <source>{n} angkatan direncanakan</source>
        <translation>{n} batches planned</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="285" />
        <source>klik untuk melihat angkatannya</source>
        <translation>click to see the batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="286" />
        <source>di {n} angkatan</source>
        <translation>in {n} batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="288" />
        <source>semua presensi sudah diisi</source>
        <translation>all attendance keyed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="289" />
        <source>sudah terbit, belum pernah dicetak</source>
        <translation>issued, never printed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="290" />
        <source>3 bln: {a} · 6 bln: {b} · 12 bln: {c}</source>
        <translation>3 mo: {a} · 6 mo: {b} · 12 mo: {c}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="302" />
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="304" />
        <source>kemarin</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="305" />
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="309" />
        <source>belum pernah dibuat</source>
        <translation>never made</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="314" />
        <source>{when} ({ago})</source>
        <translation>{when} ({ago})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="322" />
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="325" />
        <source>{when} ({ago}), periode {period}</source>
        <translation>{when} ({ago}), period {period}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="336" />
        <source>Kiriman data bulan {month} ke provinsi sudah lewat batas tanggal {due}. Ekspor laporan bulanan dan berkas sinkronisasi di halaman Laporan &amp; Sinkronisasi.</source>
        <translation>The submission for {month} to the province is past its due date {due}. Export the monthly report and the sync file on the Reports &amp; Sync page.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="348" />
        <source>Peserta pelatihan {year} per kejuruan</source>
        <translation>Trainees {year} by vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="350" />
        <source>{total} peserta: {male} laki-laki, {female} perempuan</source>
        <translation>{total} participants: {male} male, {female} female</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="357" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="358" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="362" />
        <source>{vocation} · {sex}: {n} peserta</source>
        <translation>{vocation} · {sex}: {n} participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="381" />
        <source>Penempatan lulusan {year} per kejuruan</source>
        <translation>Placement of {year} graduates by vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="383" />
        <source>{rate} dari {graduates} lulusan sudah bekerja atau berwirausaha</source>
        <translation>{rate} of {graduates} graduates work or run a business</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="388" />
        <location filename="../../blkdesk/ui/pages/home.py" line="505" />
        <source>Belum terlacak</source>
        <translation>Not yet traced</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="396" />
        <source>{vocation} · {outcome}: {n} dari {total}</source>
        <translation>{vocation} · {outcome}: {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="407" />
        <source>{rate} % dari {n}</source>
        <translation>{rate} % of {n}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="429" />
        <source>Angkatan yang sedang berjalan</source>
        <translation>Batches now running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="431" />
        <location filename="../../blkdesk/ui/pages/home.py" line="447" />
        <location filename="../../blkdesk/ui/pages/home.py" line="462" />
        <location filename="../../blkdesk/ui/pages/home.py" line="494" />
        <location filename="../../blkdesk/ui/pages/home.py" line="520" />
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="432" />
        <location filename="../../blkdesk/ui/pages/home.py" line="448" />
        <location filename="../../blkdesk/ui/pages/home.py" line="493" />
        <location filename="../../blkdesk/ui/pages/home.py" line="519" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="433" />
        <location filename="../../blkdesk/ui/pages/home.py" line="495" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="434" />
        <location filename="../../blkdesk/ui/pages/home.py" line="521" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="435" />
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="444" />
        <source>Hari pelatihan yang presensinya belum lengkap</source>
        <translation>Training days with incomplete attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="446" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="449" />
        <source>Terisi</source>
        <translation>Keyed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="458" />
        <source>Sertifikat yang belum pernah dicetak</source>
        <translation>Certificates never printed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="460" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="461" />
        <location filename="../../blkdesk/ui/pages/home.py" line="491" />
        <location filename="../../blkdesk/ui/pages/home.py" line="517" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="463" />
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="482" />
        <source>Peserta {year} · {vocation} · {sex}</source>
        <translation>Trainees {year} · {vocation} · {sex}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="486" />
        <source>Peserta {year} · {vocation}</source>
        <translation>Trainees {year} · {vocation}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="492" />
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="496" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="508" />
        <source>Lulusan {year} · {vocation} · {outcome}</source>
        <translation>Graduates {year} · {vocation} · {outcome}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="512" />
        <source>Lulusan {year} · {vocation}</source>
        <translation>Graduates {year} · {vocation}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="518" />
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/home.py" line="522" />
        <source>Penempatan terakhir</source>
        <translation>Latest placement</translation>
    </message>
</context>
<context>
    <name>ImportCheckDialog</name>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="473" />
        <source>Impor hasil survei</source>
        <translation>Import survey results</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="477" />
        <source>{file}: {rows} baris dibaca, {valid} benar, {bad} bermasalah.</source>
        <translation>{file}: {rows} rows read, {valid} valid, {bad} with problems.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="487" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="488" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="489" />
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="499" />
        <source>Impor {n} baris yang benar saja</source>
        <translation>Import only the {n} valid rows</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="501" />
        <source>Impor {n} baris</source>
        <translation>Import {n} rows</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="53" />
        <source>Identitas lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="55" />
        <source>Data ini tampil di sertifikat, laporan bulanan dan berkas sinkronisasi.</source>
        <translation>This appears on certificates, monthly reports and sync files.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="59" />
        <source>mis. SRG</source>
        <translation>e.g. SRG</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="61" />
        <source>mis. UPTD Balai Latihan Kerja Kab. Serang</source>
        <translation>e.g. UPTD Balai Latihan Kerja Kab. Serang</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="68" />
        <source>Provinsi Banten (36)</source>
        <translation>Banten Province (36)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="71" />
        <source>Kode lembaga</source>
        <translation>Institution code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="72" />
        <source>Nama lembaga</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="73" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="74" />
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="75" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../blkdesk/ui/pages/lists.py" line="25" />
        <source>{count} baris</source>
        <translation>{count} rows</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="17" />
        <source>Masuk ke BLKDesk</source>
        <translation>Log in to BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="32" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="33" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="38" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="39" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="98" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="99" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="103" />
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="109" />
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="110" />
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="114" />
        <source>&amp;Tentang BLKDesk</source>
        <translation>&amp;About BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="123" />
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="126" />
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="144" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="145" />
        <source>Berkas terjemahan belum dibuat; jalankan ./dev translations.</source>
        <translation>The translation files are not built; run ./dev translations.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="36" />
        <source>Catatan kehadiran</source>
        <translation>Attendance note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/attendance.py" line="39" />
        <source>mis. surat keterangan dokter</source>
        <translation>e.g. doctor's note</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="270" />
        <source>Catat penempatan: {name}</source>
        <translation>Record placement: {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="272" />
        <source>Ubah penempatan: {name}</source>
        <translation>Edit placement: {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="300" />
        <source>Tidak dapat disimpan</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="53" />
        <source>— pilih hasil —</source>
        <translation>— choose result —</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="56" />
        <source>mis. PT Krakatau Steel</source>
        <translation>e.g. PT Krakatau Steel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="57" />
        <source>mis. Industri baja</source>
        <translation>e.g. Steel industry</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="69" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="70" />
        <source>Perusahaan / usaha</source>
        <translation>Employer / business</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="71" />
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="72" />
        <source>Negara tujuan (PMI)</source>
        <translation>Destination country (migrant worker)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="73" />
        <source>Mulai bekerja</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="74" />
        <source>Tanggal dicatat</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="75" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/placement_form.py" line="76" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="515" />
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="520" />
        <source>Impor hasil survei…</source>
        <translation>Import survey results…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="527" />
        <source>Perlu dihubungi</source>
        <translation>To call</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="528" />
        <source>Lulusan dan riwayat</source>
        <translation>Graduates and history</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="536" />
        <source>Hubungi alumni 3, 6 dan 12 bulan setelah pelatihan dan catat apakah mereka bekerja, berwirausaha atau menjadi PMI.</source>
        <translation>Call alumni 3, 6 and 12 months after training and record whether they work, run a business or went abroad as migrant workers.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="556" />
        <source>Pilih berkas hasil survei</source>
        <translation>Choose the survey results file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="557" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="568" />
        <source>Memeriksa berkas survei…</source>
        <translation>Checking the survey file…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="584" />
        <source>Mengimpor hasil survei…</source>
        <translation>Importing survey results…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="587" />
        <source>{n} penempatan dicatat dari berkas survei.</source>
        <translation>{n} placements recorded from the survey file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/placements.py" line="589" />
        <source>{n} baris sudah tercatat sebelumnya.</source>
        <translation>{n} rows were already recorded.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="15" />
        <source>Laporan &amp; Sinkronisasi</source>
        <translation>Reports &amp; Sync</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="21" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="22" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="23" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="24" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="25" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="35" />
        <source>Riwayat berkas yang dikirim ke provinsi.</source>
        <translation>Files sent to the province.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/reports.py" line="39" />
        <source>Belum ada laporan atau berkas sinkronisasi yang diekspor dari database ini.</source>
        <translation>No report or sync file has been exported from this database yet.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="56" />
        <source>Atur ulang kata sandi: {0}</source>
        <translation>Reset password: {0}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/users.py" line="62" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="33" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="39" />
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="46" />
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="48" />
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="55" />
        <source>Ganti kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="62" />
        <location filename="../../blkdesk/ui/pages/settings.py" line="124" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="66" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="67" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="68" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="69" />
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="75" />
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="77" />
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="87" />
        <source>Bahasa, identitas lembaga dan akun pengguna.</source>
        <translation>Language, institution and user accounts.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="94" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="95" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="96" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="97" />
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="98" />
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="99" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="114" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="114" />
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/settings.py" line="124" />
        <source>Pilih dulu pengguna di daftar.</source>
        <translation>Select a user in the list first.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="163" />
        <source>Penyiapan BLKDesk</source>
        <translation>BLKDesk set-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="166" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="167" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="168" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="169" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="207" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="221" />
        <source>Penyiapan gagal</source>
        <translation>Set-up failed</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../blkdesk/ui/tasks.py" line="72" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/tasks.py" line="124" />
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>TraineeListModel</name>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31" />
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="31" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="32" />
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="32" />
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="97" />
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="101" />
        <source>Cari nama, NIK atau nomor HP…</source>
        <translation>Search name, NIK or mobile number…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/trainees.py" line="116" />
        <source>Daftar semua pendaftar dan peserta pelatihan.</source>
        <translation>All applicants and trainees.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="25" />
        <source>Pelatihan &amp; Angkatan</source>
        <translation>Programmes &amp; Batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="32" />
        <source>Kejuruan</source>
        <translation>Vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="33" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="34" />
        <location filename="../../blkdesk/ui/pages/training.py" line="47" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="35" />
        <source>JP</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="36" />
        <source>Unit kompetensi</source>
        <translation>Competency units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="38" />
        <location filename="../../blkdesk/ui/pages/training.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="39" />
        <location filename="../../blkdesk/ui/pages/training.py" line="63" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="39" />
        <location filename="../../blkdesk/ui/pages/training.py" line="63" />
        <source>Nonaktif</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="46" />
        <location filename="../../blkdesk/ui/pages/training.py" line="56" />
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="48" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="49" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="50" />
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="51" />
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="57" />
        <source>Program pelatihan</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/pages/training.py" line="70" />
        <source>{programs} program, {batches} angkatan</source>
        <translation>{programs} programmes, {batches} batches</translation>
    </message>
</context>
</TS>