<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="31"/>
        <source>Tentang BLKDesk</source>
        <translation>About BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="38"/>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;BLKDesk {version}&lt;/b&gt;&lt;br&gt;Administrasi Balai Latihan Kerja</source>
        <translation>&lt;b style=&apos;font-size:15pt&apos;&gt;BLKDesk {version}&lt;/b&gt;&lt;br&gt;Vocational training centre administration</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="47"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="48"/>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="50"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="51"/>
        <source>Folder log</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="52"/>
        <source>Pustaka</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="53"/>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="56"/>
        <source>Kunci yang menandatangani berkas sinkronisasi dan sertifikat lembaga ini. Bacakan kepada petugas provinsi bila diminta mencocokkan.</source>
        <translation>The key that signs this institution&apos;s sync files and certificates. Read it out to the province officer when asked to confirm it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="61"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/about.py" line="77"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>AcceptKeyDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/accept_key.py" line="25"/>
        <location filename="../../blkdesk/ui/screens/reports/accept_key.py" line="51"/>
        <source>Terima kunci baru</source>
        <translation>Accept new key</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/accept_key.py" line="30"/>
        <source>Berkas {file} dari {code} ditandatangani kunci yang berbeda dengan kunci yang tercatat. Terima kunci baru hanya bila BLK itu memang memasang ulang BLKDesk. Telepon BLK, minta petugasnya membacakan sidik jari di menu Bantuan › Tentang BLKDesk, lalu ketik di bawah. Berkas lengkap berikutnya dari BLK ini menggantikan seluruh datanya di provinsi.</source>
        <translation>File {file} from {code} was signed with a key other than the one on record. Accept the new key only if that BLK really reinstalled BLKDesk. Phone the BLK, ask the clerk to read out the fingerprint under Help › About BLKDesk, and type it below. The next full file from this BLK replaces all of its data at the province.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/accept_key.py" line="43"/>
        <source>Kunci tercatat</source>
        <translation>Key on record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/accept_key.py" line="44"/>
        <source>Kunci di berkas</source>
        <translation>Key in the file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/accept_key.py" line="46"/>
        <source>sidik jari yang dibacakan BLK</source>
        <translation>fingerprint read out by the BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/accept_key.py" line="48"/>
        <source>Sidik jari dari BLK</source>
        <translation>Fingerprint from the BLK</translation>
    </message>
</context>
<context>
    <name>AccountWatch</name>
    <message>
        <location filename="../../blkdesk/ui/account_watch.py" line="45"/>
        <source>Peran akun diubah</source>
        <translation>Account role changed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/account_watch.py" line="47"/>
        <source>Administrator mengubah peran akun Anda menjadi {0}. Menu dan tombol kini mengikuti peran itu.</source>
        <translation>An administrator changed your account&apos;s role to {0}. Menus and buttons now follow that role.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/account_watch.py" line="58"/>
        <source>Akun dinonaktifkan</source>
        <translation>Account switched off</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/account_watch.py" line="59"/>
        <source>Administrator menonaktifkan akun Anda. BLKDesk kembali ke layar masuk.</source>
        <translation>An administrator switched off your account. BLKDesk returns to the login window.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="40"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="53"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="54"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="55"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="56"/>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="212"/>
        <source>Alamat tempat tinggal</source>
        <translation>Residential address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="215"/>
        <source>jalan, kampung, nomor rumah</source>
        <translation>street, kampung, house no.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="216"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="222"/>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="224"/>
        <source>desa atau kelurahan</source>
        <translation>desa or kelurahan</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="225"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="226"/>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="227"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="230"/>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="235"/>
        <source>— pilih —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="232"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="237"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="147"/>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="149"/>
        <source>Akun ini dapat menambah pengguna lain (operator, kepala, peninjau).</source>
        <translation>This account can add other users (operators, head, viewers).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="153"/>
        <source>mis. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="157"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="158"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="159"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="160"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="161"/>
        <source>Kata sandi minimal 8 karakter, berisi huruf dan angka.</source>
        <translation>Passwords have at least 8 characters, with letters and digits.</translation>
    </message>
</context>
<context>
    <name>ApplicantsModel</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="30"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="30"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="30"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="30"/>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="30"/>
        <source>Syarat</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="31"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="50"/>
        <source>✓ Memenuhi</source>
        <translation>✓ Eligible</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/selection_model.py" line="52"/>
        <source>✗ Tidak: {rules}</source>
        <translation>✗ No: {rules}</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/assessment_grid.py" line="68"/>
        <source> (mengundurkan diri)</source>
        <translation> (withdrew)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/assessment_grid.py" line="92"/>
        <source>, nilai {score}</source>
        <translation>, score {score}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/assessment_grid.py" line="98"/>
        <source>Percobaan {n}: {result} ({date}{score}{who})</source>
        <translation>Attempt {n}: {result} ({date}{score}{who})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/assessment_grid.py" line="105"/>
        <source>Sisa percobaan: {n}</source>
        <translation>Attempts remaining: {n}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/assessment_grid.py" line="117"/>
        <source>Peserta</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/assessment_grid.py" line="130"/>
        <source>Unit {n} dari {total}: {code} {title} ({jp} JP)</source>
        <translation>Unit {n} of {total}: {code} {title} ({jp} JP)</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="91"/>
        <source>%
seluruh</source>
        <translation>%
overall</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="91"/>
        <source>% s.d.
diisi</source>
        <translation>% up to
last entry</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="195"/>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="225"/>
        <source>Hadir {present} dari %Ln hari yang sudah diisi. Ambang program: {threshold} %.</source>
        <translation>
            <numerusform>Present {present} of %Ln day keyed. Programme threshold: {threshold} %.</numerusform>
            <numerusform>Present {present} of %Ln days keyed. Programme threshold: {threshold} %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="232"/>
        <source>Hadir {present} dari seluruh %Ln hari pelatihan.</source>
        <translation>
            <numerusform>Present {present} of all %Ln training day.</numerusform>
            <numerusform>Present {present} of all %Ln training days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="236"/>
        <source>Ambang {threshold} % tidak dapat dicapai lagi walau hadir setiap hari berikutnya.</source>
        <translation>The {threshold} % threshold can no longer be reached, even with full attendance from now on.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="265"/>
        <source> (mundur)</source>
        <translation> (withdrew)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="268"/>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/grid.py" line="271"/>
        <source>Mengundurkan diri sejak {day}</source>
        <translation>Withdrew on {day}</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="42"/>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="92"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="108"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="110"/>
        <source>Daftar hadir kosong untuk ditandatangani…</source>
        <translation>Blank attendance sheet for signing…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="111"/>
        <source>Rekap kehadiran…</source>
        <translation>Attendance summary…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="115"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="117"/>
        <source>Ekspor daftar hadir ke Excel…</source>
        <translation>Export attendance sheet to Excel…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="118"/>
        <source>Impor daftar hadir dari Excel…</source>
        <translation>Import attendance list from Excel…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="126"/>
        <source>Semua hadir</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="128"/>
        <source>Ctrl+D: isi H untuk semua peserta yang masih kosong pada hari yang dipilih.</source>
        <translation>Ctrl+D: mark H for every trainee still blank on the selected day.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="131"/>
        <source>Catatan…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="132"/>
        <source>F2: catatan untuk isian yang dipilih.</source>
        <translation>F2: note for the selected entry.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="134"/>
        <source>Batalkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="135"/>
        <source>Ctrl+Z: kembalikan isian terakhir.</source>
        <translation>Ctrl+Z: undo the last entry.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="143"/>
        <source>Lalu ke bawah</source>
        <translation>Then down</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="144"/>
        <source>Lalu ke kanan</source>
        <translation>Then right</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="146"/>
        <source>Ke bawah: per hari, seperti membaca kolom kertas. Ke kanan: per peserta.</source>
        <translation>Down: day by day, like reading the paper&apos;s columns. Right: trainee by trainee.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="250"/>
        <source>%Ln hari pelatihan</source>
        <translation>
            <numerusform>%Ln training day</numerusform>
            <numerusform>%Ln training days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="251"/>
        <source>%Ln peserta</source>
        <translation>
            <numerusform>%Ln trainee</numerusform>
            <numerusform>%Ln trainees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="512"/>
        <source>Daftar hadir</source>
        <translation>Attendance sheet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="584"/>
        <source>%Ln peserta diekspor ke {path}</source>
        <translation>
            <numerusform>%Ln trainee exported to {path}</numerusform>
            <numerusform>%Ln trainees exported to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="614"/>
        <source>{imported} dari {read} diimpor; {marks} berubah.</source>
        <translation>{imported} of {read} imported; {marks} changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="616"/>
        <source>%Ln baris</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="617"/>
        <source>%Ln isian</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="623"/>
        <source>… dan %Ln baris lain.</source>
        <translation>
            <numerusform>… and %Ln more row.</numerusform>
            <numerusform>… and %Ln more rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="172"/>
        <source>H hadir · I izin · S sakit · A alpa · Spasi = H · Delete = kosongkan · • = ada catatan (F2) · Ctrl+D semua hadir · Ctrl+Z batalkan · blok beberapa sel lalu ketik kode untuk mengisi sekaligus. Setiap isian langsung tersimpan.</source>
        <translation>H present · I excused · S sick · A absent · Space = H · Delete = clear · • = has a note (F2) · Ctrl+D all present · Ctrl+Z undo · select several cells and type a code to fill them at once. Every entry is saved at once.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="197"/>
        <source>Ketik daftar hadir dari kertas: satu tombol per peserta per hari.</source>
        <translation>Key in the paper attendance sheet: one key per trainee per day.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="227"/>
        <source>Belum ada angkatan yang berjalan atau selesai.</source>
        <translation>No batch is running or finished yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="229"/>
        <source>Belum ada angkatan yang berjalan</source>
        <translation>No batch is running yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="230"/>
        <source>Kehadiran diisi per angkatan yang sudah dimulai. Di Pelatihan &amp; Angkatan: rencanakan angkatan, pilih pesertanya, lalu mulai pelatihannya. Angkatan yang sudah ditutup tampil bila Termasuk yang ditutup dicentang.</source>
        <translation>Attendance is keyed per batch that has started. In Programmes &amp; Batches: plan a batch, select its trainees, then start the training. Closed batches show when Include closed is ticked.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="234"/>
        <source>Buka Pelatihan &amp; Angkatan</source>
        <translation>Open Programmes &amp; Batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="247"/>
        <source>{program} · {span} · {days} · {people} · ambang kehadiran {threshold}</source>
        <translation>{program} · {span} · {days} · {people} · attendance threshold {threshold}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="257"/>
        <source>Angkatan ini sudah ditutup: presensinya hanya dapat dilihat.</source>
        <translation>This batch is closed: its attendance is read-only.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="326"/>
        <source>Pilih dulu satu sel pada kolom hari yang akan diisi.</source>
        <translation>First select a cell in the day&apos;s column to fill.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="332"/>
        <source>Tidak ada sel kosong pada {day}.</source>
        <translation>No blank cells on {day}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="361"/>
        <source>Isi dulu kode kehadirannya (H, I, S atau A) sebelum menambah catatan.</source>
        <translation>Fill in the attendance code (H, I, S or A) before adding a note.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="379"/>
        <source>Tidak ada isian yang dapat dibatalkan.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="391"/>
        <source>Dibatalkan: %Ln sel dikembalikan.</source>
        <translation>
            <numerusform>Undone: %Ln cell restored.</numerusform>
            <numerusform>Undone: %Ln cells restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="450"/>
        <source>Tersimpan: {n} sel.</source>
        <translation>Saved: {n} cells.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="453"/>
        <source>dikosongkan</source>
        <translation>cleared</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="454"/>
        <source>Tersimpan: {name}, {day} = {what}</source>
        <translation>Saved: {name}, {day} = {what}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="476"/>
        <source>(dan {n} lainnya; arahkan tetikus ke sini)</source>
        <translation>(and {n} more; hover here)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="479"/>
        <source>Perlu ditindaklanjuti:</source>
        <translation>Needs follow-up:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="508"/>
        <source>Cetak daftar hadir kosong</source>
        <translation>Print blank attendance sheet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="532"/>
        <source>Cetak rekap kehadiran</source>
        <translation>Print attendance summary</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="537"/>
        <source>Rekap kehadiran</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="566"/>
        <source>Ekspor daftar hadir</source>
        <translation>Export attendance sheet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="567"/>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="591"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="578"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="578"/>
        <source>Berkas tidak dapat disimpan: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="591"/>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="604"/>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="625"/>
        <source>Impor daftar hadir</source>
        <translation>Import attendance list</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="600"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="626"/>
        <source>Baris yang tidak diimpor:</source>
        <translation>Rows not imported:</translation>
    </message>
</context>
<context>
    <name>AttendancePrintouts</name>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="138"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="140"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="150"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="151"/>
        <source>PDF tidak dapat disimpan: {error}</source>
        <translation>Could not save PDF: {error}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="190"/>
        <source>PDF disimpan: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="135"/>
        <source>Peserta</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="136"/>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="137"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="138"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="139"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="140"/>
        <source>Penilaian</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="141"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="142"/>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="143"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="144"/>
        <source>Pengaturan</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="145"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="146"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="147"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="63"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="64"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="72"/>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="88"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="72"/>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="90"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="73"/>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="89"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="87"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="91"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="92"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="93"/>
        <source>ID data</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="117"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="139"/>
        <source>{n} peristiwa terbaru ditampilkan; persempit saringan untuk yang lebih lama.</source>
        <translation>Showing the {n} most recent events; narrow the filter to see older ones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/audit_tab.py" line="142"/>
        <source>%Ln peristiwa.</source>
        <translation>
            <numerusform>%Ln event.</numerusform>
            <numerusform>%Ln events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../blkdesk/ui/guard.py" line="176"/>
        <location filename="../../blkdesk/ui/guard.py" line="179"/>
        <source>Membuat cadangan otomatis…</source>
        <translation>Creating automatic backup…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/guard.py" line="209"/>
        <source>Cadangan otomatis dibuat: {name}</source>
        <translation>Automatic backup created: {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/guard.py" line="221"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/guard.py" line="249"/>
        <source>Menyimpan cadangan sebelum BLKDesk ditutup…</source>
        <translation>Saving a backup before BLKDesk closes…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="172"/>
        <location filename="../../blkdesk/ui/wizard.py" line="183"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="175"/>
        <source>Cadangan berisi NIK, nama, nomor HP dan alamat peserta. BLKDesk mengenkripsinya dengan kata sandi ini, supaya flashdisk cadangan yang hilang tidak membuka data.</source>
        <translation>Backups hold trainees&apos; NIK, names, phone numbers and addresses. BLKDesk encrypts them with this password, so a lost backup USB stick does not give the data away.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="184"/>
        <source>Ulangi</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="186"/>
        <source>Minimal 8 karakter; sebaiknya berbeda dari kata sandi masuk. Sesudah ini BLKDesk menampilkan kunci cadangan untuk dicetak.</source>
        <translation>At least 8 characters; preferably not the login password. Next, BLKDesk shows the recovery key to print.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="191"/>
        <source>Simpan dan lanjut &gt;</source>
        <translation>Save and continue &gt;</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="72"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="77"/>
        <source>Cadangan berikutnya dienkripsi dengan kata sandi ini. Sesudahnya BLKDesk menampilkan kunci cadangan untuk dicetak: dengan kata sandi atau kunci itu, cadangan dapat dipulihkan di PC lain.</source>
        <translation>Future backups are encrypted with this password. BLKDesk then shows the recovery key to print: with the password or that key, backups can be restored on another PC.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="86"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="87"/>
        <source>Ulangi</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="94"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>BackupSecret</name>
    <message>
        <location filename="../../blkdesk/ui/backup_secret.py" line="9"/>
        <source>Cadangan ini terenkripsi. Ketik kata sandi cadangan, atau kunci cadangan dari lembar yang dicetak (mis. ABCD-EFGH-…):</source>
        <translation>This backup is encrypted. Type the backup password, or the recovery key from the printed sheet (e.g. ABCD-EFGH-…):</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/backup_secret.py" line="18"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="202"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="203"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="204"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="153"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="195"/>
        <source>Enkripsi cadangan lama</source>
        <translation>Encrypt old backups</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="206"/>
        <source>Terenkripsi</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="207"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="207"/>
        <source>TIDAK</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="209"/>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="222"/>
        <source>Buat cadangan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="223"/>
        <source>Pulihkan terpilih…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="225"/>
        <source>Pulihkan dari berkas…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="227"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="431"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="436"/>
        <source>Periksa Database</source>
        <translation>Check Database</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="240"/>
        <source>Pengaturan cadangan</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="245"/>
        <source>Setiap cadangan juga disalin ke folder ini, mis. flashdisk atau disk lain.</source>
        <translation>Each backup is also copied to this folder, e.g. a USB flash drive or another disk.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="247"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="248"/>
        <source>Jangan salin</source>
        <translation>Don&apos;t copy</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="250"/>
        <source>Atur kata sandi…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="251"/>
        <source>Tanpa enkripsi…</source>
        <translation>Without encryption…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="286"/>
        <source>%Ln cadangan database server kantor di {folder}. Cadangan dibuat otomatis oleh PC ini (server kantor) tiap 30 menit bila ada perubahan dan saat BLKDesk di PC ini ditutup, sementara PC lain tetap bekerja; disimpan 12 harian, 10 mingguan dan 9 bulanan.</source>
        <translation>
            <numerusform>%Ln backup of the office server&apos;s database in {folder}. This PC (the office server) makes them automatically every 30 minutes when there are changes and when BLKDesk on this PC is closed, while the other PCs keep working; 12 daily, 10 weekly and 9 monthly backups are kept.</numerusform>
            <numerusform>%Ln backups of the office server&apos;s database in {folder}. This PC (the office server) makes them automatically every 30 minutes when there are changes and when BLKDesk on this PC is closed, while the other PCs keep working; 12 daily, 10 weekly and 9 monthly backups are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="297"/>
        <source>Database server kantor dicadangkan oleh BLKDesk di PC server kantor, bukan di PC ini.</source>
        <translation>The office server&apos;s database is backed up by BLKDesk on the office server&apos;s PC, not on this PC.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="276"/>
        <source>%Ln cadangan di {folder}. Cadangan dibuat otomatis tiap 30 menit bila ada perubahan, saat aplikasi ditutup, dan sebelum pembaruan, pemulihan, penggabungan dan impor; disimpan 12 harian, 10 mingguan dan 9 bulanan.</source>
        <translation>
            <numerusform>%Ln backup in {folder}. Backups are made automatically every 30 minutes when there are changes, when the app is closed, and before updates, restores, merges and imports; 12 daily, 10 weekly and 9 monthly backups are kept.</numerusform>
            <numerusform>%Ln backups in {folder}. Backups are made automatically every 30 minutes when there are changes, when the app is closed, and before updates, restores, merges and imports; 12 daily, 10 weekly and 9 monthly backups are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="313"/>
        <source>aktif (sidik kunci {key_id})</source>
        <translation>active (key fingerprint {key_id})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="316"/>
        <source>tanpa enkripsi (dipilih administrator)</source>
        <translation>without encryption (chosen by an administrator)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="127"/>
        <source>Cadangan tanpa enkripsi</source>
        <translation>Backups without encryption</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="128"/>
        <source>Cadangan tanpa enkripsi dapat dibaca siapa pun yang menyalinnya (NIK, nama, alamat peserta). Pilihan ini dicatat di jejak audit.

Alasannya:</source>
        <translation>Unencrypted backups can be read by anyone who copies them (trainees&apos; NIK, names, addresses). This choice is recorded in the audit trail.

The reason:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="154"/>
        <source>Enkripsi {n} cadangan lama yang belum terenkripsi dengan kata sandi cadangan sekarang?</source>
        <translation>Encrypt the old unencrypted backups ({n}) with the backup password now?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="169"/>
        <source>Mengenkripsi cadangan lama…</source>
        <translation>Encrypting old backups…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="165"/>
        <source>{n} cadangan lama kini terenkripsi.</source>
        <translation>Old backups now encrypted: {n}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="254"/>
        <source>Salinan kedua:</source>
        <translation>Second copy:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="255"/>
        <source>Kata sandi cadangan:</source>
        <translation>Backup password:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="309"/>
        <source>(tidak disalin)</source>
        <translation>(not copied)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="343"/>
        <source>Membuat cadangan…</source>
        <translation>Creating backup…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="349"/>
        <source>Cadangan dibuat: {name}
{counts}</source>
        <translation>Backup created: {name}
{counts}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="353"/>
        <source>Salinan: {path}</source>
        <translation>Copy: {path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="143"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="164"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="171"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="355"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="357"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="450"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="320"/>
        <source>BELUM DIATUR: cadangan dienkripsi dengan kunci sementara buatan BLKDesk yang belum dicetak, jadi belum dapat dibuka di PC lain. Administrator perlu mengatur kata sandi cadangan dan mencetak kunci cadangan.</source>
        <translation>NOT SET: backups are encrypted with a provisional key BLKDesk made, whose recovery key has not been printed, so they cannot be opened on another PC yet. An administrator must set the backup password and print the recovery key.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="328"/>
        <source>%Ln cadangan tidak terenkripsi: siapa pun yang menyalinnya dapat membaca NIK, nama, nomor HP dan alamat peserta.</source>
        <translation>
            <numerusform>%Ln backup is not encrypted: anyone who copies it can read trainees&apos; NIK, names, phone numbers and addresses.</numerusform>
            <numerusform>%Ln backups are not encrypted: anyone who copies them can read trainees&apos; NIK, names, phone numbers and addresses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="362"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="378"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="404"/>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="414"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="362"/>
        <source>Pilih dulu cadangan.</source>
        <translation>Select a backup first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="368"/>
        <source>Pilih berkas cadangan</source>
        <translation>Select backup file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="369"/>
        <source>Cadangan BLKDesk (*{suffix})</source>
        <translation>BLKDesk backup (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="391"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="381"/>
        <source>Ganti seluruh data dengan cadangan {when}?
Isi cadangan: {counts}

Keadaan sekarang dicadangkan dulu, jadi dapat dikembalikan. Setelah pemulihan, BLKDesk meminta Anda masuk lagi.</source>
        <translation>Replace all data with the backup from {when}?
Backup contents: {counts}

The current state is backed up first, so it can be restored. After restoring, BLKDesk will ask you to sign in again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="387"/>
        <source>PC lain yang tersambung ke server kantor menunggu sampai pemulihan selesai; yang sedang memuat atau menyimpan data tepat saat itu terputus sebentar dan menyambung lagi sendiri (yang sedang disimpan perlu disimpan lagi).</source>
        <translation>Other PCs connected to the office server wait until the restore is done; those loading or saving data at that very moment are cut off briefly and reconnect by themselves (what was being saved needs saving again).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="402"/>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="415"/>
        <source>Data dipulihkan dari cadangan {when}. Silakan masuk lagi.</source>
        <translation>Data restored from the backup of {when}. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="425"/>
        <source>Memeriksa database…</source>
        <translation>Checking database…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="437"/>
        <source>{summary}

{details}

Pulihkan dari cadangan yang baik.</source>
        <translation>{summary}

{details}

Restore from a good backup.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/backup_tab.py" line="443"/>
        <source>Folder salinan cadangan</source>
        <translation>Backup copy folder</translation>
    </message>
</context>
<context>
    <name>BatchDetailDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="71"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="88"/>
        <source>Ubah rencana…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="91"/>
        <source>Kembalikan status…</source>
        <translation>Restore status…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="96"/>
        <source>Seleksi peserta</source>
        <translation>Trainee selection</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="97"/>
        <source>Jadwal pelatihan</source>
        <translation>Training schedule</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="119"/>
        <source>Tambah pendaftar…</source>
        <translation>Add applicant…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="120"/>
        <source>Cetak daftar peserta…</source>
        <translation>Print trainee list…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="121"/>
        <source>Simpan daftar sebagai PDF…</source>
        <translation>Save list as PDF…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="133"/>
        <source>Syarat peserta</source>
        <translation>Entry requirements</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="137"/>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="289"/>
        <source>Pilih pendaftar di daftar untuk melihat syaratnya.</source>
        <translation>Select an applicant in the list to see their requirements.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="148"/>
        <source>Terima sebagai peserta</source>
        <translation>Accept as trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="150"/>
        <source>Jadikan cadangan</source>
        <translation>Make reserve</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="151"/>
        <source>Tidak lulus seleksi</source>
        <translation>Failed selection</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="152"/>
        <source>Mengundurkan diri…</source>
        <translation>Withdrew…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="153"/>
        <source>Kembalikan ke pendaftar</source>
        <translation>Return to applicants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="154"/>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="470"/>
        <source>Hapus pendaftar</source>
        <translation>Delete applicant</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="183"/>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="531"/>
        <source>Pindahkan hari terpilih…</source>
        <translation>Move selected days…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="190"/>
        <source>Ke-</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="191"/>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="429"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="216"/>
        <source>Angkatan {name}</source>
        <translation>Batch {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="222"/>
        <source>belum ditentukan</source>
        <translation>not yet set</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="287"/>
        <source>%Ln pendaftar dipilih.</source>
        <translation>
            <numerusform>%Ln applicant selected.</numerusform>
            <numerusform>%Ln applicants selected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="294"/>
        <source>Program ini tidak menetapkan syarat peserta.</source>
        <translation>This programme sets no entry requirements.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="319"/>
        <source>Angkatan sudah ditutup</source>
        <translation>Batch is closed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="320"/>
        <source>Angkatan ini sudah ditutup. Perubahan dicatat di jejak audit beserta alasannya.</source>
        <translation>This batch has been closed. Changes are recorded in the audit trail together with the reason.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="336"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="406"/>
        <source>Pendaftar tidak memenuhi syarat</source>
        <translation>Applicant does not meet the requirements</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="407"/>
        <source>Tuliskan alasan untuk tetap menerimanya.</source>
        <translation>Enter the reason for accepting them anyway.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="419"/>
        <source>Pilih satu pendaftar yang mengundurkan diri.</source>
        <translation>Select an applicant who withdrew.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="426"/>
        <source>Mengundurkan diri</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="427"/>
        <source>{name} mengundurkan diri dari {batch}.</source>
        <translation>{name} withdrew from {batch}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="429"/>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="548"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="499"/>
        <source>Tutup angkatan</source>
        <translation>Close batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="500"/>
        <source>Setelah ditutup, angkatan hanya dapat diubah oleh administrator dengan alasan. Tutup sekarang?</source>
        <translation>Once closed, the batch can only be changed by an administrator, with a reason. Close now?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="512"/>
        <source>Kembalikan status</source>
        <translation>Restore status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="513"/>
        <source>Status angkatan dikembalikan menjadi {status}. Mengapa?</source>
        <translation>Batch status reverted to {status}. Why?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="529"/>
        <source>Pindahkan {day}…</source>
        <translation>Move {day}…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="537"/>
        <source>Pilih dulu hari pelatihan (kotak berwarna) di kalender.</source>
        <translation>First select a training day (coloured box) in the calendar.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="544"/>
        <source>Pindahkan hari pelatihan</source>
        <translation>Move training day</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="545"/>
        <source>Hari pelatihan {day} dipindahkan ke tanggal lain.</source>
        <translation>Training day {day} moved to another date.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="547"/>
        <source>Tanggal baru</source>
        <translation>New date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="548"/>
        <source>Alasan (wajib)</source>
        <translation>Reason (required)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="617"/>
        <source>%Ln halaman dikirim ke printer {printer}.</source>
        <translation>
            <numerusform>%Ln page sent to printer {printer}.</numerusform>
            <numerusform>%Ln pages sent to printer {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="624"/>
        <source>Simpan daftar peserta</source>
        <translation>Save trainee list</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="624"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="636"/>
        <source>Menyimpan PDF…</source>
        <translation>Saving PDF…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="616"/>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="643"/>
        <source>Daftar peserta</source>
        <translation>Trainee list</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="225"/>
        <source>{status} · {start} – {end} · {days} · {place} · dana {funding}&lt;br&gt;Instruktur: {teachers}</source>
        <translation>{status} · {start} – {end} · {days} · {place} · funding: {funding}&lt;br&gt;Instructors: {teachers}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="230"/>
        <source>%Ln hari</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="236"/>
        <source>&lt;b&gt;{taken} dari {capacity}&lt;/b&gt; tempat terisi · {applicants} · {reserve} cadangan · {rejected} tidak lulus · {withdrawn} mengundurkan diri</source>
        <translation>&lt;b&gt;{taken} of {capacity}&lt;/b&gt; places filled · {applicants} · {reserve} reserve · {rejected} failed · {withdrawn} withdrew</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="240"/>
        <source>%Ln pendaftar</source>
        <translation>
            <numerusform>%Ln applicant</numerusform>
            <numerusform>%Ln applicants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="471"/>
        <source>Hapus %Ln pendaftar dari angkatan ini? Data pesertanya tetap ada.</source>
        <translation>
            <numerusform>Remove %Ln applicant from this batch? Their personal data is kept.</numerusform>
            <numerusform>Remove %Ln applicants from this batch? Their personal data is kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="590"/>
        <source>Daftar peserta {batch} {program}</source>
        <translation>Trainee list {batch} {program}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_detail.py" line="643"/>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="48"/>
        <source>Rencanakan angkatan</source>
        <translation>Plan batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="48"/>
        <source>Ubah angkatan</source>
        <translation>Edit batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="80"/>
        <source>Rencana angkatan</source>
        <translation>Batch plan</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="86"/>
        <source>mis. Angkatan II/2025</source>
        <translation>e.g. Angkatan II/2025</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="90"/>
        <source>Desa dan kecamatan lokasi MTU</source>
        <translation>Village and district where the MTU is located</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="98"/>
        <source> peserta</source>
        <translation> trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="125"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="317"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="126"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="317"/>
        <source>Nama angkatan</source>
        <translation>Batch name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="127"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="318"/>
        <source>Pelaksanaan</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="128"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="319"/>
        <source>Lokasi MTU</source>
        <translation>MTU location</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="129"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="319"/>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="130"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="320"/>
        <source>Kapasitas</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="131"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="318"/>
        <source>Rencana mulai</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="132"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="320"/>
        <source>Hari latihan</source>
        <translation>Training day</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="133"/>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="321"/>
        <source>Instruktur</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="134"/>
        <source>Wajib untuk angkatan yang sudah ditutup</source>
        <translation>Required for closed batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="136"/>
        <source>Alasan perubahan</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="140"/>
        <source>Hari pelatihan</source>
        <translation>Training days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="233"/>
        <source>Pilih program dan minimal satu hari latihan untuk melihat jadwal.</source>
        <translation>Select a programme and at least one training day to see the schedule.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="257"/>
        <source>%Ln hari pelatihan ({jp} JP, {hours} JP/hari): {start} sampai {end}.</source>
        <translation>
            <numerusform>%Ln training day ({jp} JP, {hours} JP/day): {start} to {end}.</numerusform>
            <numerusform>%Ln training days ({jp} JP, {hours} JP/day): {start} to {end}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="261"/>
        <source>Dilewati: {h}, {c}.</source>
        <translation>Skipped: {h}, {c}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="262"/>
        <source>%Ln libur nasional</source>
        <translation>
            <numerusform>%Ln national holiday</numerusform>
            <numerusform>%Ln national holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="263"/>
        <source>%Ln libur lokal</source>
        <translation>
            <numerusform>%Ln local holiday</numerusform>
            <numerusform>%Ln local holidays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/batch_dialog.py" line="321"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BatchPicker</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/batch_picker.py" line="34"/>
        <source>&amp;Angkatan</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/batch_picker.py" line="46"/>
        <source>Termasuk yang ditutup</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/batch_picker.py" line="71"/>
        <source>{name} · {program} · {start} – {end} · {status}</source>
        <translation>{name} · {program} · {start} – {end} · {status}</translation>
    </message>
</context>
<context>
    <name>BlkDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="66"/>
        <source>Ubah BLK</source>
        <translation>Edit BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="66"/>
        <source>Tambah BLK</source>
        <translation>Add BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="82"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="90"/>
        <source>Nama petugas, no. HP, surel</source>
        <translation>Contact person, mobile number, e-mail</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="93"/>
        <source>Terisi sendiri dari berkas pertama; atau salin dari BLK</source>
        <translation>Filled from the first file; or copy it from the BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="95"/>
        <source>Masih dikoordinasi provinsi (tampil di papan kiriman)</source>
        <translation>Still coordinated by the province (shown on the submissions board)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="97"/>
        <source>Kode lembaga</source>
        <translation>Institution code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="98"/>
        <source>Nama BLK</source>
        <translation>BLK name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="99"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="100"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="101"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="102"/>
        <source>Sidik kunci</source>
        <translation>Key fingerprint</translation>
    </message>
</context>
<context>
    <name>BlksPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="66"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="133"/>
        <source>Daftar BLK</source>
        <translation>BLKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="139"/>
        <source>BLK yang dikoordinasi provinsi, terisi dari berkas yang digabung. Terima laporan bulanan dan berkas sinkronisasi dari BLK di sini.</source>
        <translation>The BLKs the province coordinates, filled from merged files. Receive monthly reports and sync workbooks from the BLKs here.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="143"/>
        <source>Terima berkas dari BLK…</source>
        <translation>Receive files from BLKs…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="146"/>
        <source>Tambah BLK…</source>
        <translation>Add BLK…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="148"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="174"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="175"/>
        <source>Nama BLK</source>
        <translation>BLK name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="176"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="177"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="194"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="205"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="178"/>
        <source>Kiriman terakhir</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="179"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="186"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="193"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="180"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="193"/>
        <source>Sidik kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="154"/>
        <source>Ekspor tindak lanjut…</source>
        <translation>Export follow-up…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="156"/>
        <source>Daftar data bermasalah dan berkas yang belum diterima dari BLK terpilih, untuk dikirim ke BLK itu</source>
        <translation>The selected BLK&apos;s records with problems and files not yet received, to send to that BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="160"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="472"/>
        <source>Periksa ulang data</source>
        <translation>Re-check data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="162"/>
        <source>Terapkan lagi aturan data BLKDesk pada semua data BLK yang sudah digabung</source>
        <translation>Apply BLKDesk&apos;s data rules again to every BLK record already merged</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="181"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="182"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="182"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="182"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="183"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="196"/>
        <source>Perlu tindak lanjut</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="203"/>
        <source>Bulan laporan</source>
        <translation>Report month</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="205"/>
        <source>Laporan bulanan</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="206"/>
        <source>Berkas sinkronisasi</source>
        <translation>Sync workbook</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="207"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="208"/>
        <source>Dibuat BLK</source>
        <translation>Made by the BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="210"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="211"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="237"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="217"/>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="218"/>
        <source>berlaku kini</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="219"/>
        <source>diganti</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="220"/>
        <source>Berlaku dari</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="221"/>
        <source>awal</source>
        <translation>the start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="222"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="223"/>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="225"/>
        <source>Diganti</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="231"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="232"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="233"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="234"/>
        <source>Tgl. lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="235"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="236"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="253"/>
        <source>Yang diminta dari BLK</source>
        <translation>To ask the BLK for</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="261"/>
        <source>Berkas diterima</source>
        <translation>Files received</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="262"/>
        <source>Riwayat kunci</source>
        <translation>Key history</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="263"/>
        <source>Data bermasalah</source>
        <translation>Records with problems</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="264"/>
        <source>Berkas belum diterima</source>
        <translation>Files not received</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="317"/>
        <source>Sidik kunci berbeda dengan kunci di berkas yang sudah digabung: {codes}. Pastikan berkas benar-benar dari BLK tersebut.</source>
        <translation>The key fingerprint differs from the key in the merged files: {codes}. Make sure the files really come from that BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="334"/>
        <source>Berkas diterima dari {name}: {n}; kunci tercatat: {keys}</source>
        <translation>Files received from {name}: {n}; keys on record: {keys}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="346"/>
        <source>Data bermasalah ({n})</source>
        <translation>Records with problems ({n})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="353"/>
        <source>Berkas belum diterima ({n})</source>
        <translation>Files not received ({n})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="357"/>
        <source>Semua kiriman {name} yang sudah jatuh tempo sudah diterima, dan datanya tidak berlubang.</source>
        <translation>Everything {name} had to send by now has been received, and its data has no gaps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="389"/>
        <source>Kiriman {name} lewat batas dan belum diterima (%Ln bulan): {months}. Minta BLK mengirim laporan bulanan dan berkas sinkronisasinya.</source>
        <translation>
            <numerusform>{name}&apos;s files are overdue and not received (%Ln month): {months}. Ask the BLK for the monthly report and sync file.</numerusform>
            <numerusform>{name}&apos;s files are overdue and not received (%Ln months): {months}. Ask the BLK for the monthly reports and sync files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="373"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="396"/>
        <source>{start} sampai {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="403"/>
        <source>Data {name} berlubang: perubahan {spans} belum pernah diterima, padahal berkas sesudahnya sudah digabung. Minta BLK mengirim berkas sinkronisasi yang dibuat {files} (dan yang dibuat di antaranya), atau satu berkas sinkronisasi lengkap yang baru.</source>
        <translation>{name}&apos;s data has a gap: its changes from {spans} were never received, though a later file was merged. Ask the BLK for the sync file made {files} (and any made in between), or one new full sync file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="416"/>
        <source>%Ln bulan belum diterima</source>
        <translation>
            <numerusform>%Ln month not received</numerusform>
            <numerusform>%Ln months not received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="429"/>
        <source>Simpan daftar tindak lanjut</source>
        <translation>Save the follow-up list</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="431"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="458"/>
        <source>Juga %Ln bulan yang kirimannya lewat batas (lembar Kiriman lewat batas).</source>
        <translation>
            <numerusform>Also %Ln month whose files are overdue (sheet Kiriman lewat batas).</numerusform>
            <numerusform>Also %Ln months whose files are overdue (sheet Kiriman lewat batas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="461"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="463"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="453"/>
        <source>{problems} isian bermasalah dan {gaps} celah berkas dari {name} disimpan di {path}</source>
        <translation>Fields with problems: {problems}, gaps in files: {gaps}, from {name}, saved to {path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="247"/>
        <source>Belum diterima</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="248"/>
        <source>Bulan atau rentang</source>
        <translation>Month or span</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="249"/>
        <source>Batas kiriman</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="251"/>
        <source>Terlambat</source>
        <translation>Late by</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="251"/>
        <source>%Ln hari</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="356"/>
        <source>Tidak ada yang belum diterima</source>
        <translation>Nothing missing</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="367"/>
        <source>Laporan bulanan dan berkas sinkronisasi</source>
        <translation>Monthly report and sync workbook</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="368"/>
        <source>Perubahan data (celah antarberkas)</source>
        <translation>Changes (a gap between files)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="379"/>
        <source>Laporan bulanan {month} dan berkas sinkronisasi terbaru</source>
        <translation>The monthly report for {month} and the latest sync workbook</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="473"/>
        <source>{n} data BLK melanggar aturan data BLKDesk.</source>
        <translation>BLK records breaking BLKDesk&apos;s data rules: {n}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="485"/>
        <source>Memeriksa ulang data BLK</source>
        <translation>Re-checking the BLKs&apos; data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="501"/>
        <source>Pilih berkas dari BLK</source>
        <translation>Choose files from the BLKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="502"/>
        <source>Berkas Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="517"/>
        <source>Menerima berkas dari BLK</source>
        <translation>Receiving files from the BLKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="531"/>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="592"/>
        <source>DITOLAK {file}: {reason}</source>
        <translation>REFUSED {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="538"/>
        <source>sama persis dengan berkas yang sudah digabung; tidak ada yang berubah</source>
        <translation>identical to a file already merged; nothing changed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="541"/>
        <source>sudah tercakup berkas lengkap yang lebih baru; tidak ada yang berubah</source>
        <translation>already covered by a newer full file; nothing changed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="547"/>
        <source>{file} ({code}): digabung, {added} baru, {updated} diperbarui</source>
        <translation>{file} ({code}): merged, {added} new, {updated} updated</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="557"/>
        <source>  {n} data digabung tetapi melanggar aturan data BLKDesk: lihat Data bermasalah</source>
        <translation>  merged, but breaking BLKDesk&apos;s data rules: {n} (see Records with problems)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="572"/>
        <source>Data BLK lain juga masih berlubang: {names} (lihat Daftar BLK).</source>
        <translation>Other BLKs&apos; data still has gaps too: {names} (see BLKs).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="599"/>
        <source>{file} ({code}): laporan bulanan {period} ini sudah diterima sebelumnya; tidak dicatat lagi</source>
        <translation>{file} ({code}): this monthly report for {period} was already received; not logged again</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="607"/>
        <source>{file} ({code}): laporan bulanan {period} dicatat; tanda tangan BLK sah (kunci {key})</source>
        <translation>{file} ({code}): monthly report for {period} logged; the BLK&apos;s signature is valid (key {key})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="578"/>
        <source>BLK baru terdaftar: {codes}</source>
        <translation>New BLKs registered: {codes}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="383"/>
        <source>Berkas buatan {end} dan yang di antaranya, atau berkas lengkap baru</source>
        <translation>The file made {end} and any in between, or a new full file</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="412"/>
        <source>%Ln data bermasalah</source>
        <translation>
            <numerusform>%Ln record with problems</numerusform>
            <numerusform>%Ln records with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="414"/>
        <source>%Ln celah berkas</source>
        <translation>
            <numerusform>%Ln gap in files</numerusform>
            <numerusform>%Ln gaps in files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/blks.py" line="581"/>
        <source>Berkas dari BLK</source>
        <translation>Files from the BLKs</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="123"/>
        <source>laporan bulanan</source>
        <translation>monthly report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="123"/>
        <source>berkas sinkronisasi</source>
        <translation>sync workbook</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="125"/>
        <source>{kind}, diterima {when} ({file})</source>
        <translation>{kind}, received {when} ({file})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="130"/>
        <source>Terlambat: batas {due}</source>
        <translation>Late: due {due}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="133"/>
        <source>Belum diterima; batas {due} sudah lewat</source>
        <translation>Not received; due date {due} has passed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="136"/>
        <source>Belum diterima; batas {due}</source>
        <translation>Not received yet; due {due}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="145"/>
        <source>BLK</source>
        <translation>BLK</translation>
    </message>
</context>
<context>
    <name>CertificatePrinter</name>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="68"/>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="70"/>
        <source>%Ln dokumen sudah pernah dicetak. Cetakan ulang diberi tanda “cetak ulang” dan dicatat. Lanjutkan?</source>
        <translation>
            <numerusform>%Ln document has already been printed. Reprints are marked “reprint” and logged. Continue?</numerusform>
            <numerusform>%Ln documents have already been printed. Reprints are marked “reprint” and logged. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="99"/>
        <source>{documents} ({pages}) dikirim ke printer {printer}.</source>
        <translation>{documents} ({pages}) sent to printer {printer}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="100"/>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="162"/>
        <source>%Ln dokumen</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="101"/>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="163"/>
        <source>%Ln halaman</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="107"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="113"/>
        <source>Simpan sertifikat sebagai PDF</source>
        <translation>Save certificate as PDF</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="113"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="120"/>
        <source>Menyusun halaman sertifikat…</source>
        <translation>Laying out certificate pages…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="135"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="143"/>
        <source>{certs} (masing-masing 2 halaman {orientation})</source>
        <translation>{certs} ({orientation}, 2 pages each)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="144"/>
        <source>%Ln sertifikat</source>
        <translation>
            <numerusform>%Ln certificate</numerusform>
            <numerusform>%Ln certificates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="148"/>
        <source>{letters} (masing-masing 1 halaman {orientation})</source>
        <translation>{letters} ({orientation}, 1 page each)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="149"/>
        <source>%Ln surat keterangan</source>
        <translation>
            <numerusform>%Ln completion letter</numerusform>
            <numerusform>%Ln completion letters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="153"/>
        <source>{first} dan {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="159"/>
        <source>{documents} tersimpan di {path}: {what}, seluruhnya {pages}. PDF tidak dihitung sebagai cetakan.</source>
        <translation>{documents} saved in {path}: {what}, {pages} in all. A PDF is not counted as a print.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="170"/>
        <source>mendatar</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="170"/>
        <source>tegak</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/print_jobs.py" line="167"/>
        <source>Menyimpan PDF sertifikat</source>
        <translation>Saving certificate PDF</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="44"/>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="66"/>
        <source>Penilaian &amp; Sertifikat</source>
        <translation>Assessment &amp; Certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="72"/>
        <source>Verifikasi Sertifikat</source>
        <translation>Certificate Verification</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="74"/>
        <source>Tata letak…</source>
        <translation>Layout…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="94"/>
        <source>Penilaian</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="95"/>
        <source>Kelulusan</source>
        <translation>Graduation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="96"/>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="590"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="118"/>
        <source>Tanggal penilaian</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="128"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="130"/>
        <source>opsional, 0–100</source>
        <translation>optional, 0–100</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="143"/>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="145"/>
        <source>nama asesor atau instruktur</source>
        <translation>assessor or instructor name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="149"/>
        <source>Tombol K: catat K (kompeten) untuk sel yang dipilih.</source>
        <translation>K key: record K (competent) for the selected cells.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="153"/>
        <source>Tombol B: catat BK (belum kompeten) untuk sel yang dipilih.</source>
        <translation>B key: record BK (not yet competent) for the selected cells.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="156"/>
        <source>Hapus penilaian terakhir</source>
        <translation>Delete last assessment</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="181"/>
        <source>Pilih sel (atau satu kolom unit) lalu tekan K (kompeten) atau B (belum kompeten); setiap tombol mencatat satu percobaan dengan tanggal, asesor dan nilai di atas. Penilaian ulang setelah BK dicatat sebagai percobaan berikutnya.</source>
        <translation>Select cells (or a unit column) and press K (competent) or B (not yet competent); each key press records one attempt with the date, assessor and score above. Reassessment after BK is recorded as the next attempt.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="198"/>
        <source>Presensi</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="199"/>
        <source>Unit K</source>
        <translation>K units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="200"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="201"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="208"/>
        <source>Ubah keputusan…</source>
        <translation>Change decision…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="212"/>
        <source>Admin atau kepala BLK dapat memutuskan lain dari aturan, dengan alasan.</source>
        <translation>An admin or the BLK head can decide otherwise than the rule, giving a reason.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="223"/>
        <source>Belum dapat diputuskan</source>
        <translation>Cannot be decided yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="225"/>
        <source> (diputuskan)</source>
        <translation> (decided)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="233"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="234"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="235"/>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="237"/>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="238"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="259"/>
        <source>Terbitkan</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="261"/>
        <source>Beri nomor dan tanda tangan digital untuk semua yang berhak dan belum punya.</source>
        <translation>Assign a number and digital signature to everyone eligible who does not have one yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="270"/>
        <source>Tanggal terbit yang tercetak dan masuk ke nomor.</source>
        <translation>Issue date that is printed and included in the number.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="273"/>
        <source>Batalkan…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="281"/>
        <source>Yang dicetak: seluruh angkatan dalam satu pekerjaan cetak, atau dokumen peserta yang dipilih di daftar.</source>
        <translation>What is printed: the whole batch in one print job, or the documents of the trainees selected in the list.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="283"/>
        <source>Seluruh angkatan</source>
        <translation>Whole batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="284"/>
        <source>Peserta terpilih</source>
        <translation>Selected trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="286"/>
        <source>Sertifikat (mendatar, depan dan belakang) dan surat keterangan (tegak) dapat dicetak terpisah, misalnya sertifikat di kertas blanko.</source>
        <translation>Certificates (landscape, front and back) and completion letters (portrait) can be printed separately, e.g. certificates on pre-printed stock.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="289"/>
        <source>Semua dokumen</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="290"/>
        <source>Sertifikat saja</source>
        <translation>Certificates only</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="291"/>
        <source>Surat keterangan saja</source>
        <translation>Completion letters only</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="297"/>
        <source>Pratinjau…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="298"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="299"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="320"/>
        <source>Hasil penilaian, keputusan kelulusan, dan sertifikat per angkatan.</source>
        <translation>Assessment results, graduation decisions and certificates per batch.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="349"/>
        <source>Belum ada angkatan yang berjalan atau selesai.</source>
        <translation>No batch is running or finished yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="351"/>
        <source>Belum ada angkatan yang berjalan</source>
        <translation>No batch is running yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="352"/>
        <source>Penilaian, kelulusan dan sertifikat dicatat per angkatan yang sudah dimulai. Rencanakan angkatan dan pilih pesertanya di Pelatihan &amp; Angkatan, lalu mulai pelatihannya.</source>
        <translation>Assessments, graduation and certificates are recorded per batch that has started. Plan a batch and select its trainees in Programmes &amp; Batches, then start the training.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="355"/>
        <source>Buka Pelatihan &amp; Angkatan</source>
        <translation>Open Programmes &amp; Batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="366"/>
        <source>{program} ({jp} JP) · {start} s.d. {end} · {participants} · batas presensi {threshold} % · {attempts}</source>
        <translation>{program} ({jp} JP) · {start} to {end} · {participants} · attendance threshold {threshold} % · {attempts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="371"/>
        <source>%Ln peserta</source>
        <translation>
            <numerusform>%Ln trainee</numerusform>
            <numerusform>%Ln trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="373"/>
        <source>paling banyak %Ln kali penilaian per unit</source>
        <translation>
            <numerusform>at most %Ln assessment attempt per unit</numerusform>
            <numerusform>at most %Ln assessment attempts per unit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="391"/>
        <source>Lulus {lulus} · surat keterangan saja {sk} · tidak lulus {tl} · belum diputuskan {pending}</source>
        <translation>Passed {lulus} · completion letter only {sk} · failed {tl} · undecided {pending}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="401"/>
        <source>Pilih sel sebuah unit: kode, judul dan JP unitnya tampil di sini.</source>
        <translation>Select a cell of a unit: its code, title and JP are shown here.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="419"/>
        <source>Pilih dulu sel sebuah unit (bukan nama peserta); belum ada yang berubah.</source>
        <translation>First pick a unit&apos;s cell (not the trainee&apos;s name); nothing has changed yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="448"/>
        <source>{n} penilaian dihapus.</source>
        <translation>Assessments deleted: {n}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="450"/>
        <source>{n} penilaian {result} tercatat.</source>
        <translation>Recorded as {result}: {n}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="510"/>
        <source>Keputusan untuk {name} dicatat.</source>
        <translation>Decision for {name} recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="529"/>
        <source>Tidak diterbitkan untuk %Ln peserta: {who}</source>
        <translation>
            <numerusform>Not issued for %Ln trainee: {who}</numerusform>
            <numerusform>Not issued for %Ln trainees: {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="534"/>
        <source>%Ln dokumen diterbitkan.</source>
        <translation>
            <numerusform>%Ln document issued.</numerusform>
            <numerusform>%Ln documents issued.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="538"/>
        <source>Tidak ada dokumen baru yang diterbitkan.</source>
        <translation>No new documents were issued.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="540"/>
        <source>Tidak ada dokumen baru yang diterbitkan: semua peserta yang berhak sudah punya sertifikat atau surat keterangan.</source>
        <translation>No new documents were issued: every eligible trainee already has a certificate or completion letter.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="544"/>
        <source>Tidak ada dokumen yang diterbitkan: belum ada peserta yang diputuskan lulus atau berhak atas surat keterangan. Lihat tab Kelulusan.</source>
        <translation>No documents were issued: no trainee has been decided as passed or entitled to a completion letter yet. See the Graduation tab.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="572"/>
        <source>Pilih dulu peserta di daftar sertifikat (Ctrl+klik untuk beberapa peserta).</source>
        <translation>First select trainees in the certificate list (Ctrl+click for several).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="583"/>
        <source>Belum ada sertifikat terbit untuk dicetak; terbitkan dulu.</source>
        <translation>No issued certificates to print yet; issue them first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="590"/>
        <source>Surat keterangan</source>
        <translation>Completion letter</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="618"/>
        <source>Pilih sertifikat yang masih berlaku untuk dibatalkan.</source>
        <translation>Select a valid certificate to revoke.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="623"/>
        <source>{number} dibatalkan.</source>
        <translation>{number} cancelled.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="634"/>
        <source>Tata letak sertifikat disimpan.</source>
        <translation>Certificate layout saved.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="197"/>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="232"/>
        <source>Peserta</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="148"/>
        <source>Kompeten (K)</source>
        <translation>Competent (K)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="151"/>
        <source>Belum kompeten (B)</source>
        <translation>Not yet competent (B)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="158"/>
        <source>Tombol Delete: hapus percobaan terakhir sel yang dipilih (salah ketik).</source>
        <translation>Delete key: delete the last attempt of the selected cells (a typing slip).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/page.py" line="236"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="204"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="210"/>
        <source>Akun ini masih memakai kata sandi dari administrator. Ganti dulu dengan kata sandi yang hanya Anda ketahui sebelum mulai bekerja.</source>
        <translation>This account still uses the password an administrator gave it. Replace it with a password only you know before you start work.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="214"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="219"/>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="220"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="221"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="233"/>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="238"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="107"/>
        <source>Tambah libur lokal</source>
        <translation>Add local holiday</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="107"/>
        <source>Ubah libur lokal</source>
        <translation>Edit local holiday</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="113"/>
        <source>Angkatan yang direncanakan sesudah ini melewati tanggal tersebut. Angkatan yang sudah punya jadwal pada tanggal itu perlu dipindahkan harinya.</source>
        <translation>Batches planned after this one extend past that date. Batches already scheduled on that date need to be moved to another day.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="122"/>
        <source>mis. Cuti bersama kantor</source>
        <translation>e.g. Office collective leave day</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="124"/>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="173"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="125"/>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="173"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="60"/>
        <source>Data</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="61"/>
        <source>Saat Anda membuka</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="63"/>
        <source>Isian Anda</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="51"/>
        <source>Data sudah diubah petugas lain</source>
        <translation>Changed by another clerk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="62"/>
        <source>Disimpan petugas lain</source>
        <translation>Saved by the other clerk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="92"/>
        <source>Muat ulang: tampilkan data terbaru dan buang isian Anda. Terapkan lagi: isian Anda (huruf tebal di kolom kanan) ditaruh di atas data terbaru; periksa, lalu simpan. Merah: kedua petugas mengubah data yang sama.</source>
        <translation>Reload: show the latest data and discard your entries. Re-apply: your entries (bold in the right-hand column) are put on top of the latest data; check, then save. Red: both clerks changed the same field.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="97"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="98"/>
        <source>Terapkan lagi isian saya</source>
        <translation>Re-apply my entries</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="142"/>
        <source>Data terbaru dimuat; isian Anda dibuang.</source>
        <translation>The latest data is loaded; your entries were discarded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/conflict.py" line="145"/>
        <source>Isian Anda diterapkan pada data terbaru. Periksa, lalu simpan.</source>
        <translation>Your entries were applied to the latest data. Check, then save.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="54"/>
        <source>Hubungkan ke server kantor</source>
        <translation>Connect to the office server</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="57"/>
        <source>Isi alamat PC server kantor dan kata sandi yang ditampilkan BLKDesk di PC itu (Pengaturan › Server kantor).</source>
        <translation>Enter the address of the office server PC and the password BLKDesk shows on that PC (Settings › Office server).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="64"/>
        <source>Cari di jaringan kantor</source>
        <translation>Search the office network</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="72"/>
        <source>Server ditemukan</source>
        <translation>Servers found</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="73"/>
        <source>mis. 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="76"/>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="77"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="78"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="82"/>
        <source>Uji dan hubungkan</source>
        <translation>Test and connect</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="93"/>
        <source>Mencari server kantor di jaringan…</source>
        <translation>Searching the network for the office server…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="106"/>
        <source>Mencari server kantor…</source>
        <translation>Searching for the office server…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="115"/>
        <source>port pencarian sedang dipakai program lain</source>
        <translation>the search port is in use by another program</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="118"/>
        <source>PC ini tidak tersambung ke jaringan kantor</source>
        <translation>this PC is not connected to the office network</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="120"/>
        <source>jaringan menolak pencarian, mungkin karena firewall</source>
        <translation>the network refused the search, perhaps because of a firewall</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="129"/>
        <source>Tidak ada server kantor yang menjawab; ketik alamatnya di bawah.</source>
        <translation>No office server answered; type its address below.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="101"/>
        <source>Pencarian tidak dapat dijalankan ({error}); ketik alamatnya di bawah.</source>
        <translation>The search could not run ({error}); type the address below.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="131"/>
        <source>%Ln server kantor ditemukan.</source>
        <translation>
            <numerusform>%Ln office server found.</numerusform>
            <numerusform>%Ln office servers found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="144"/>
        <source>Isi alamat PC server.</source>
        <translation>Enter the server PC&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="146"/>
        <source>Isi kata sandi dari PC server.</source>
        <translation>Enter the password from the server PC.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="472"/>
        <source>Persetujuan data pribadi (UU PDP)</source>
        <translation>Personal data consent (PDP Law)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="474"/>
        <source>Persetujuan sudah ditandatangani</source>
        <translation>Consent already signed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="479"/>
        <source>Pendaftar menyetujui pengolahan data pribadinya untuk pelatihan dan pelaporan (UU 27/2022). Tanggal dan nama petugas dicatat saat disimpan.</source>
        <translation>The applicant consents to the processing of their personal data for training and reporting (Law 27/2022). The date and the staff member&apos;s name are recorded on saving.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="496"/>
        <source>nama orang tua/wali</source>
        <translation>name of parent/guardian</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="497"/>
        <source>Orang tua/wali</source>
        <translation>Parent/guardian</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="498"/>
        <source>Orang tua/wali menyetujui</source>
        <translation>Parent/guardian consents</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="505"/>
        <source>Dicatat {when} oleh {who}.</source>
        <translation>Recorded {when} by {who}.</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="246"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="249"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="250"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="251"/>
        <source>nama@contoh.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="252"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="17"/>
        <source>Akun pengguna</source>
        <translation>User account</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="19"/>
        <source>Angkatan tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Batch not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="20"/>
        <source>Catatan terlalu panjang (maksimal 500 karakter).</source>
        <translation>The note is too long (at most 500 characters).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="21"/>
        <source>Peserta ini tidak terdaftar di angkatan yang dipilih.</source>
        <translation>This trainee is not enrolled in the chosen batch.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="22"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="23"/>
        <source>Hasil harus K (kompeten) atau BK (belum kompeten).</source>
        <translation>The result must be K (competent) or BK (not yet competent).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="24"/>
        <source>Tanggal penilaian tidak boleh di masa depan.</source>
        <translation>The assessment date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="26"/>
        <source>Angkatan tidak ditemukan.</source>
        <translation>Batch not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="27"/>
        <source>Nilai harus angka 0–100.</source>
        <translation>The score must be a number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="28"/>
        <source>Peserta tidak ditemukan di angkatan ini.</source>
        <translation>Trainee not found in this batch.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="29"/>
        <source>Unit kompetensi ini bukan bagian dari program angkatan tersebut.</source>
        <translation>This competency unit is not part of that batch&apos;s programme.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="30"/>
        <source>Hanya peserta angkatan yang dapat dinilai.</source>
        <translation>Only the batch&apos;s trainees can be assessed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="31"/>
        <source>pengguna lain</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="32"/>
        <source>Ukuran kertas harus A4 atau F4.</source>
        <translation>The paper size must be A4 or F4.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="33"/>
        <source>Arah kertas harus mendatar atau tegak.</source>
        <translation>The orientation must be landscape or portrait.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="34"/>
        <source>Letak kode QR harus kiri atau kanan.</source>
        <translation>The QR code goes on the left or the right.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="35"/>
        <source>Margin 13–40 mm, agar bingkai tidak terpotong printer.</source>
        <translation>Margin 13–40 mm, so that the printer does not cut off the frame.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="36"/>
        <source>Ukuran kode QR 22–60 mm agar tetap mudah dipindai.</source>
        <translation>QR code size 22–60 mm, so that it scans easily.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="37"/>
        <source>Judul sertifikat wajib diisi.</source>
        <translation>The certificate title is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="38"/>
        <source>Tata letak sertifikat</source>
        <translation>Certificate layout</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="39"/>
        <source>Sertifikat tidak ditemukan.</source>
        <translation>Certificate not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="40"/>
        <source>Lembaga ini tidak memiliki kunci tanda tangan sertifikat.</source>
        <translation>This institution has no certificate signing key.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="41"/>
        <source>lulus</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="42"/>
        <source>surat keterangan</source>
        <translation>completion letter only</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="43"/>
        <source>tidak lulus</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="49"/>
        <source>Angkatan ini belum memiliki hari pelatihan.</source>
        <translation>This batch has no training days yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="59"/>
        <source>Diputuskan {outcome}: {reason}</source>
        <translation>Decided {outcome}: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="60"/>
        <source>Peserta tidak ditemukan.</source>
        <translation>Trainee not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="61"/>
        <source>Keputusan kelulusan tidak dikenal.</source>
        <translation>Unknown graduation decision.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="62"/>
        <source>Keputusan itu sudah berlaku untuk peserta ini.</source>
        <translation>That decision already applies to this trainee.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="73"/>
        <source>Penomoran sertifikat</source>
        <translation>Certificate numbering</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="74"/>
        <source>{what} ini sudah diubah oleh {by} setelah Anda membukanya; perubahan Anda belum disimpan.</source>
        <translation>{what} was changed by {by} after you opened it; your changes have not been saved.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="83"/>
        <source>{what} ini sudah diubah oleh {by} setelah daftar ditampilkan, jadi belum dihapus. Periksa datanya yang terbaru, lalu hapus lagi bila memang perlu.</source>
        <translation>{what} was changed by {by} after the list was shown, so it has not been removed. Check the latest data, then remove it again if it really must go.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="88"/>
        <source>Profil lembaga</source>
        <translation>Institution profile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="89"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="90"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="91"/>
        <source>Kepala BLK</source>
        <translation>Head of the BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="92"/>
        <source>Peninjau</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="93"/>
        <source>melihat data</source>
        <translation>view data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="94"/>
        <source>melihat NIK lengkap</source>
        <translation>see full NIKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="95"/>
        <source>melihat nomor HP, email dan alamat</source>
        <translation>see mobile numbers, emails and addresses</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="96"/>
        <source>mengubah data peserta</source>
        <translation>change trainee data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="97"/>
        <source>menghapus peserta</source>
        <translation>delete trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="98"/>
        <source>mengimpor pendaftar</source>
        <translation>import applicants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="99"/>
        <source>mengubah program pelatihan</source>
        <translation>change training programmes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="100"/>
        <source>mengubah angkatan</source>
        <translation>change batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="101"/>
        <source>mengubah angkatan yang sudah ditutup</source>
        <translation>change closed batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="102"/>
        <source>menyeleksi peserta</source>
        <translation>select trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="103"/>
        <source>mengisi kehadiran</source>
        <translation>key attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="104"/>
        <source>mengisi penilaian</source>
        <translation>record assessments</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="105"/>
        <source>mengubah keputusan kelulusan</source>
        <translation>change graduation decisions</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="106"/>
        <source>menerbitkan sertifikat</source>
        <translation>issue certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="107"/>
        <source>mencetak sertifikat</source>
        <translation>print certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="108"/>
        <source>membatalkan sertifikat</source>
        <translation>cancel certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="109"/>
        <source>mencatat penempatan</source>
        <translation>record placements</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="110"/>
        <source>mengekspor laporan</source>
        <translation>export reports</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="111"/>
        <source>menggabungkan data sinkronisasi</source>
        <translation>merge sync data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="112"/>
        <source>menerima kunci baru sebuah BLK</source>
        <translation>accept a BLK&apos;s new key</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="113"/>
        <source>mengelola pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="114"/>
        <source>mengubah pengaturan</source>
        <translation>change settings</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="115"/>
        <source>membuat cadangan</source>
        <translation>make backups</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="116"/>
        <source>memulihkan cadangan</source>
        <translation>restore backups</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="117"/>
        <source>melihat jejak audit</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="118"/>
        <source>menganonimkan data peserta</source>
        <translation>anonymise trainees&apos; data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="119"/>
        <source>membuat laporan data pribadi peserta</source>
        <translation>make a trainee&apos;s personal data report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="120"/>
        <source>Provinsi hanya melihat data BLK; {action} dilakukan di BLK-nya.</source>
        <translation>The province only views the BLKs&apos; data; only the BLK itself may {action}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="121"/>
        <source>Peran {role} tidak berhak {action}.</source>
        <translation>The {role} role may not {action}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="122"/>
        <source>Catatan penempatan</source>
        <translation>Placement record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="123"/>
        <source>Pilih hasil penempatan.</source>
        <translation>Choose the placement result.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="124"/>
        <source>Negara tujuan wajib diisi untuk PMI.</source>
        <translation>The destination country is required for a migrant worker (PMI).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="126"/>
        <source>Peserta</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="127"/>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="128"/>
        <source>Persetujuan data pribadi</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="129"/>
        <source>Hasil penempatan</source>
        <translation>Placement outcome</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="130"/>
        <source>Perusahaan/usaha</source>
        <translation>Company/business</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="131"/>
        <source>Mulai bekerja</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="132"/>
        <source>Sumber informasi</source>
        <translation>Source of information</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="133"/>
        <source>Tanggal pencatatan</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="139"/>
        <source>Nama perusahaan wajib diisi untuk yang bekerja di perusahaan.</source>
        <translation>The company name is required for someone working at a company.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="140"/>
        <source>Nama perusahaan/usaha paling panjang 200 karakter.</source>
        <translation>The company/business name is at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="141"/>
        <source>Sektor paling panjang 120 karakter.</source>
        <translation>The sector is at most 120 characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="142"/>
        <source>Pilih sumber informasi (telepon, kuesioner, kunjungan, laporan).</source>
        <translation>Choose the source (phone, questionnaire, visit, report).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="143"/>
        <source>Tanggal pencatatan tidak boleh setelah hari ini.</source>
        <translation>The date recorded cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="144"/>
        <source>Tanggal mulai bekerja tidak boleh setelah tanggal pencatatan.</source>
        <translation>The start of work cannot be after the date recorded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="145"/>
        <source>Peserta tidak ditemukan; muat ulang daftar lalu coba lagi.</source>
        <translation>Trainee not found; reload the list and try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="146"/>
        <source>Catatan penempatan tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Placement record not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="147"/>
        <source>Tuliskan alasan menghapus catatan penempatan.</source>
        <translation>Write the reason for removing the placement record.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="148"/>
        <source>Catatan penempatan ini tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>This placement record was not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="149"/>
        <source>Nomor HP hanya boleh berisi angka.</source>
        <translation>A mobile number may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="150"/>
        <source>Nomor HP tidak lengkap atau terlalu panjang (contoh: 0812 3456 7890).</source>
        <translation>The mobile number is incomplete or too long (example: 0812 3456 7890).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="154"/>
        <source>Alamat email tidak sah (contoh: nama@contoh.com).</source>
        <translation>Not a valid email address (example: name@example.com).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="155"/>
        <source>Nomor HP harus nomor Indonesia (+62 atau diawali 0).</source>
        <translation>The mobile number must be Indonesian (+62 or starting with 0).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="156"/>
        <source>Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan {date}).</source>
        <translation>The birth date does not match the NIK (the NIK says {date}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="157"/>
        <source>Jenis kelamin tidak cocok dengan NIK (NIK menunjukkan {sex}).</source>
        <translation>The sex does not match the NIK (the NIK says {sex}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="158"/>
        <source>NIK wajib diisi.</source>
        <translation>The NIK is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="159"/>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>A NIK may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="161"/>
        <source>Kode provinsi {code} pada NIK tidak dikenal.</source>
        <translation>Province code {code} in the NIK is unknown.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="162"/>
        <source>Kode kabupaten/kota {code} pada NIK tidak sah (01–69 untuk kabupaten, 71–99 untuk kota).</source>
        <translation>Regency/city code {code} in the NIK is not valid (01–69 for regencies, 71–99 for cities).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="166"/>
        <source>Kode kecamatan 00 pada NIK tidak sah.</source>
        <translation>District code 00 in the NIK is not valid.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="167"/>
        <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The NIK&apos;s serial number (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="168"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="169"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="170"/>
        <source>Tanggal lahir pada NIK ({digits}) bukan tanggal yang ada (untuk perempuan tanggal ditambah 40).</source>
        <translation>The birth date in the NIK ({digits}) is not a real date (for women 40 is added to the day).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="175"/>
        <source>{label} &apos;{value}&apos; tidak dikenal; pilih dari daftar.</source>
        <translation>{label} &apos;{value}&apos; is unknown; choose from the list.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="176"/>
        <source>Pas foto harus berkas JPEG atau PNG.</source>
        <translation>The photo must be a JPEG or PNG file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="177"/>
        <source>Pas foto terlalu besar ({kb} KB); maksimal 200 KB.</source>
        <translation>The photo is too large ({kb} KB); at most 200 KB.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="18"/>
        <source>{n} sel kehadiran</source>
        <translation>{n} attendance cells</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="25"/>
        <source>{n} nilai unit</source>
        <translation>{n} unit results</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="44"/>
        <source>Presensi {shown} memenuhi, tetapi {not_k} dari {units} belum kompeten: surat keterangan saja.</source>
        <translation>Attendance {shown} is enough, but {not_k} of {units} not yet competent: completion letter only.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="50"/>
        <source>Presensi {shown} ({present} dari {days}), di bawah batas {threshold}.</source>
        <translation>Attendance {shown} ({present} of {days}), below the {threshold} threshold.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="54"/>
        <source>Presensi {shown} memenuhi; {left} dari {units} belum dinilai.</source>
        <translation>Attendance {shown} is enough; {left} of {units} not yet assessed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="55"/>
        <source>Presensi {shown} dan {units} kompeten.</source>
        <translation>Attendance {shown} and {units} competent.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="56"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="57"/>
        <source>{n} unit</source>
        <translation>{n} units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="58"/>
        <source>semua {n} unit</source>
        <translation>all {n} units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="63"/>
        <source>Masih berjalan: hadir {present} dari {held}, {to_come} lagi (batas {threshold} dari {days}).</source>
        <translation>Still running: present {present} of {held}, {to_come} to go (threshold {threshold} of {days}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="68"/>
        <source>Presensi {shown} ({present} dari {days}), di bawah batas {threshold}; hadir di {to_come} sisanya pun tidak cukup.</source>
        <translation>Attendance {shown} ({present} of {days}), below the {threshold} threshold; attending the remaining {to_come} would not be enough.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="78"/>
        <source>{changed} sudah diubah oleh {by} setelah Anda membuka tabel ini; tabel dimuat ulang dan perubahan Anda di sel itu belum disimpan.</source>
        <translation>{by} changed {changed} after you opened this table; the table was reloaded and your changes there have not been saved.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="160"/>
        <source>NIK harus 16 angka; yang diisi {n} angka.</source>
        <translation>A NIK has 16 digits; {n} were entered.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="178"/>
        <source>Nomor KK harus 16 angka; yang diisi {n} karakter.</source>
        <translation>A KK number has 16 digits; {n} characters were entered.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="179"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="180"/>
        <source>Tanggal lahir wajib diisi.</source>
        <translation>The birth date is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="181"/>
        <source>Jenis kelamin wajib dipilih (L atau P).</source>
        <translation>Choose the sex (L or P).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="182"/>
        <source>Kode kabupaten/kota tidak dikenal.</source>
        <translation>Unknown regency/city code.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="183"/>
        <source>Provinsi tidak dikenal.</source>
        <translation>Unknown province.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="184"/>
        <source>Persetujuan pengolahan data pribadi (UU PDP) wajib dicatat.</source>
        <translation>Consent to processing personal data (UU PDP) must be recorded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="185"/>
        <source>Nama harus berisi huruf.</source>
        <translation>A name must contain letters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="186"/>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="187"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="188"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="189"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="190"/>
        <source>Jenis disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="191"/>
        <source>Status pekerjaan</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="192"/>
        <source>{field} berupa angka, paling banyak 3 digit.</source>
        <translation>{field} is a number of at most 3 digits.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="193"/>
        <source>Kabupaten/kota tidak berada di provinsi yang dipilih.</source>
        <translation>The regency/city is not in the chosen province.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="194"/>
        <source>Nomor paspor berupa huruf dan angka (6–12 karakter).</source>
        <translation>A passport number is letters and digits (6–12 characters).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="195"/>
        <source>Calon pekerja migran: negara tujuan wajib diisi.</source>
        <translation>Prospective migrant worker: the destination country is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="196"/>
        <source>Pendaftar di bawah 18 tahun: nama orang tua/wali wajib diisi.</source>
        <translation>Applicant under 18: the parent&apos;s or guardian&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="197"/>
        <source>Pendaftar di bawah 18 tahun: orang tua/wali harus menyetujui pengolahan data.</source>
        <translation>Applicant under 18: a parent or guardian must consent to the data processing.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="201"/>
        <source>Data peserta</source>
        <translation>Trainee record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="202"/>
        <source>Tuliskan alasan penghapusan.</source>
        <translation>Write the reason for the removal.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="203"/>
        <source>Nama terlalu panjang (maksimal 150 karakter).</source>
        <translation>The name is too long (at most 150 characters).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="204"/>
        <source>Tanggal lahir terlalu lampau; periksa tahunnya.</source>
        <translation>The birth date is too far back; check the year.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="205"/>
        <source>Program pelatihan wajib dipilih.</source>
        <translation>Choose the training programme.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="206"/>
        <source>Nama angkatan wajib diisi, mis. Angkatan II/2025.</source>
        <translation>The batch name is required, e.g. Angkatan II/2025.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="207"/>
        <source>Pilih institusional atau MTU.</source>
        <translation>Choose institutional or MTU.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="208"/>
        <source>Sumber dana wajib dipilih.</source>
        <translation>Choose the funding source.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="209"/>
        <source>Kapasitas harus antara 1 dan 200 peserta.</source>
        <translation>The capacity must be between 1 and 200 trainees.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="210"/>
        <source>Pilih minimal satu hari dalam seminggu.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="211"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="212"/>
        <source>Tuliskan keterangan libur, mis. Banjir atau Cuti bersama kantor.</source>
        <translation>Write what the closure is for, e.g. Banjir or Cuti bersama kantor.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="213"/>
        <source>Libur lokal</source>
        <translation>Local closure</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="214"/>
        <source>Program pelatihan ini tidak ditemukan.</source>
        <translation>This training programme was not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="215"/>
        <source>Untuk MTU, tuliskan desa/lokasi pelatihan.</source>
        <translation>For MTU, write the village/location of the training.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="216"/>
        <source>Instruktur yang dipilih tidak ditemukan.</source>
        <translation>The chosen instructor was not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="217"/>
        <source>Status angkatan tidak dikenal.</source>
        <translation>Unknown batch status.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="218"/>
        <source>Mengembalikan status angkatan memerlukan alasan.</source>
        <translation>Moving a batch&apos;s status back needs a reason.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="219"/>
        <source>Libur lokal tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Local closure not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="220"/>
        <source>Kejuruan wajib dipilih.</source>
        <translation>Choose the vocation.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="221"/>
        <source>Kode program 2–40 karakter: huruf besar, angka, titik, garis miring, -.</source>
        <translation>Programme code 2–40 characters: capitals, digits, dot, slash, -.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="225"/>
        <source>Nama program wajib diisi.</source>
        <translation>The programme name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="226"/>
        <source>Jenis program wajib dipilih.</source>
        <translation>Choose the programme kind.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="227"/>
        <source>Total JP harus antara 1 dan 5000.</source>
        <translation>Total JP must be between 1 and 5000.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="228"/>
        <source>JP per hari harus antara 1 dan 12.</source>
        <translation>JP per day must be between 1 and 12.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="229"/>
        <source>Batas presensi harus antara 1 dan 100 %.</source>
        <translation>The attendance threshold must be between 1 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="230"/>
        <source>Jumlah kesempatan uji harus antara 1 dan 10.</source>
        <translation>The number of assessment attempts must be between 1 and 10.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="231"/>
        <source>Usia maksimal lebih kecil dari usia minimal.</source>
        <translation>The maximum age is below the minimum age.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="232"/>
        <source>Pendidikan minimal tidak dikenal.</source>
        <translation>Unknown minimum education.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="233"/>
        <source>Batasan domisili tidak dikenal.</source>
        <translation>Unknown residence restriction.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="234"/>
        <source>Program wajib punya minimal satu unit kompetensi.</source>
        <translation>A programme needs at least one competency unit.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="235"/>
        <source>Program pelatihan</source>
        <translation>Training programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="236"/>
        <source>Nama kejuruan wajib diisi.</source>
        <translation>The vocation name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="237"/>
        <source>Nama instruktur wajib diisi.</source>
        <translation>The instructor&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="238"/>
        <source>NIP harus 18 angka; nomor identitas lain paling panjang 40 karakter.</source>
        <translation>A NIP has 18 digits; other identity numbers are at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="242"/>
        <source>Kejuruan tidak dikenal.</source>
        <translation>Unknown vocation.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="243"/>
        <source>Nomor kontak hanya angka (8–15 digit), boleh diawali +.</source>
        <translation>A contact number is digits only (8–15), optionally starting with +.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="244"/>
        <source>Alamat email tidak sah.</source>
        <translation>Not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="245"/>
        <source>Data instruktur</source>
        <translation>Instructor record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="246"/>
        <source>Pilih kabupaten/kota domisili.</source>
        <translation>Choose the regency/city of residence.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="247"/>
        <source>Program pelatihan tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Training programme not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="248"/>
        <source>Kode kejuruan 1–20 karakter: huruf besar, angka atau tanda hubung.</source>
        <translation>Vocation code 1–20 characters: capitals, digits or hyphens.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="249"/>
        <source>Nama kejuruan paling panjang 120 karakter.</source>
        <translation>The vocation name is at most 120 characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="250"/>
        <source>Kejuruan tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Vocation not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="251"/>
        <source>Kejuruan</source>
        <translation>Vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="252"/>
        <source>Instruktur tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Instructor not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="253"/>
        <source>Pilih provinsi domisili.</source>
        <translation>Choose the province of residence.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="254"/>
        <source>Berkas hari libur terlalu besar (lebih dari 256 KB).</source>
        <translation>The holiday file is too large (over 256 KB).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="255"/>
        <source>Berkas hari libur tidak berisi satu tanggal pun.</source>
        <translation>The holiday file contains no date at all.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="256"/>
        <source>Berkas hari libur harus teks CSV (UTF-8).</source>
        <translation>The holiday file must be CSV text (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="257"/>
        <source>Status pendaftar</source>
        <translation>Applicant status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="258"/>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="259"/>
        <source>Pendaftaran tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Registration not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="260"/>
        <source>Status pendaftar tidak dikenal.</source>
        <translation>Unknown applicant status.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="261"/>
        <source>Tuliskan alasan mengundurkan diri.</source>
        <translation>Write the reason for withdrawing.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="262"/>
        <source>Tanggal mengundurkan diri tidak boleh setelah hari ini.</source>
        <translation>The withdrawal date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="263"/>
        <source>Peserta yang dipilih tidak ditemukan di daftar peserta.</source>
        <translation>The chosen trainee was not found in the trainee list.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="264"/>
        <source>{name} tidak hadir {length} hari pelatihan berturut-turut ({first} – {last}); hubungi peserta ini.</source>
        <translation>{name} has been absent {length} training days in a row ({first} – {last}); contact this trainee.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="269"/>
        <source>{batch} sudah ditutup; presensinya tidak dapat diubah lagi. Bila perlu koreksi, administrator dapat mengembalikan status angkatan ke Selesai.</source>
        <translation>{batch} is closed; its attendance can no longer be changed. If a correction is needed, an administrator can set the batch&apos;s status back to Finished.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="274"/>
        <source>{day} bukan hari pelatihan {batch}.</source>
        <translation>{day} is not a training day of {batch}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="275"/>
        <source>{day} belum berlangsung; presensi hanya diisi untuk hari yang sudah lewat atau hari ini.</source>
        <translation>{day} has not happened yet; attendance is only filled in for past days or today.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="279"/>
        <source>{name} bukan peserta {batch}; presensinya tidak dicatat.</source>
        <translation>{name} is not a trainee in {batch}; their attendance is not recorded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="280"/>
        <source>{name} sudah mengundurkan diri sejak {since}; tidak ada presensi lagi.</source>
        <translation>{name} has withdrawn since {since}; there is no more attendance.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="284"/>
        <source>Kode kehadiran &apos;{code}&apos; tidak dikenal; gunakan H (hadir), I (izin), S (sakit) atau A (alpa).</source>
        <translation>Attendance code &apos;{code}&apos; is unknown; use H (present), I (excused), S (sick) or A (absent).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="289"/>
        <source>{name} sudah mengundurkan diri; tidak ada presensi lagi.</source>
        <translation>{name} has withdrawn; there is no more attendance.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="290"/>
        <source>Isi dulu kode kehadirannya (H, I, S atau A) sebelum menambah catatan.</source>
        <translation>Fill in the attendance code (H, I, S or A) before adding a note.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="294"/>
        <source>Tidak ada hari pelatihan {batch} antara {start} dan {end}.</source>
        <translation>{batch} has no training days between {start} and {end}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="295"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="296"/>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="297"/>
        <source>Berkas atau folder tidak ada.</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="298"/>
        <source>Tidak ada izin untuk mengaksesnya.</source>
        <translation>There is no permission to access it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="299"/>
        <source>Disk hanya bisa dibaca (mis. flashdisk yang dikunci).</source>
        <translation>The disk is read-only (e.g. a locked flash drive).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="300"/>
        <source>Disk penuh.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="301"/>
        <source>Jatah disk habis.</source>
        <translation>The disk quota is used up.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="302"/>
        <source>Itu sebuah folder, bukan berkas.</source>
        <translation>That is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="303"/>
        <source>Bagian jalurnya bukan folder.</source>
        <translation>Part of the path is not a folder.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="304"/>
        <source>Sudah ada.</source>
        <translation>It already exists.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="305"/>
        <source>Sedang dipakai program lain.</source>
        <translation>It is in use by another program.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="306"/>
        <source>Nama berkasnya terlalu panjang.</source>
        <translation>The file name is too long.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="307"/>
        <source>Disk gagal membaca atau menulis (periksa disk atau flashdisk).</source>
        <translation>The disk failed to read or write (check the disk or flash drive).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="308"/>
        <source>Terlalu banyak berkas terbuka; tutup BLKDesk lalu buka lagi.</source>
        <translation>Too many files are open; close BLKDesk and open it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="309"/>
        <source>Galat sistem berkas (kode {code}).</source>
        <translation>File system error (code {code}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="310"/>
        <source>Galat sistem berkas.</source>
        <translation>File system error.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="311"/>
        <source>Berkas {name} tidak dapat ditulis di {folder}: {reason} Berkas lama (jika ada) tetap utuh.</source>
        <translation>The file {name} could not be written in {folder}: {reason} The old file (if any) is still intact.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="316"/>
        <source>Berkas sedang dibuka program lain (mis. Excel); tutup dulu di sana, lalu ulangi.</source>
        <translation>The file is open in another program (e.g. Excel); close it there, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="319"/>
        <source>Folder {folder} tidak ada. Buat dulu foldernya atau pilih tempat lain, lalu ulangi.</source>
        <translation>The folder {folder} does not exist. Create the folder first or choose another place, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="323"/>
        <source>{target} adalah folder; tulis juga nama berkasnya.</source>
        <translation>{target} is a folder; write the file name too.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="324"/>
        <source>Nama berkas {name} harus berakhiran {suffix}, mis. {example}.</source>
        <translation>The file name {name} must end in {suffix}, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="325"/>
        <source>Berkas lama tetap utuh.</source>
        <translation>The old file is still intact.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="326"/>
        <source>Tidak ada berkas yang setengah jadi.</source>
        <translation>No half-written file was left.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="327"/>
        <source>Disk penuh saat menulis {name} di {folder}. {keep} Kosongkan ruang disk atau pilih tempat lain, lalu ulangi.</source>
        <translation>The disk became full while writing {name} in {folder}. {keep} Free up disk space or choose another place, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="332"/>
        <source>Berkas ini bukan daftar hadir yang diekspor BLKDesk (baris ID angkatan tidak ditemukan). Ekspor dulu daftar hadir angkatan ini, isi, lalu impor kembali.</source>
        <translation>This file is not an attendance list exported by BLKDesk (the batch ID row was not found). Export this batch&apos;s attendance list first, fill it in, then import it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="337"/>
        <source>Berkas ini untuk angkatan lain ({title}), bukan {batch}. Tidak ada yang diimpor.</source>
        <translation>This file is for another batch ({title}), not {batch}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="341"/>
        <source>Baris judul tabel (baris {row}) sudah diubah; kolomnya harus {columns}, lalu tanggal. Tidak ada yang diimpor.</source>
        <translation>The table&apos;s heading row (row {row}) was changed; its columns must be {columns}, then the dates. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="346"/>
        <source>Berkas tidak memuat kolom tanggal. Tidak ada yang diimpor.</source>
        <translation>The file has no date columns. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="347"/>
        <source>{batch} sudah ditutup; presensinya tidak dapat diimpor lagi.</source>
        <translation>{batch} is closed; its attendance can no longer be imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="348"/>
        <source>Kolom tanggal {day} bukan hari pelatihan {batch}; berkas tidak cocok dengan angkatan ini. Tidak ada yang diimpor.</source>
        <translation>The date column {day} is not a training day of {batch}; the file does not match this batch. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="353"/>
        <source>Baris {row}: {name} tidak terdaftar di {batch} (kolom ID peserta tidak cocok).</source>
        <translation>Row {row}: {name} is not enrolled in {batch} (the trainee ID column does not match).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="357"/>
        <source>Baris {row} ({name}): {problems}.</source>
        <translation>Row {row} ({name}): {problems}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="358"/>
        <source>kode &apos;{code}&apos; pada {day} tidak dikenal</source>
        <translation>code &apos;{code}&apos; on {day} is unknown</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="359"/>
        <source>tidak dikenal</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="360"/>
        <source>peserta tanpa nama</source>
        <translation>a trainee without a name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="361"/>
        <source>Katalog tidak diimpor: {shown}</source>
        <translation>The catalogue was not imported: {shown}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="362"/>
        <source>Katalog tidak diimpor: {shown} (dan {n} masalah lain)</source>
        <translation>The catalogue was not imported: {shown} (and {n} other problems)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="404"/>
        <source>Lembar {sheet} berisi {n} baris, Manifest menyebut {listed}: berkas terpotong atau diubah. Minta BLK mengirim ulang.</source>
        <translation>Sheet {sheet} holds {n} rows but the Manifest says {listed}: the file was cut off or changed. Ask the BLK to send it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="577"/>
        <source>Sebelum penggabungan, {n} isian data pribadi dari berkas sinkronisasi lama yang tidak dibutuhkan provinsi (catatan kehadiran, catatan, agama, nomor KK, alamat jalan, paspor, wali) dikosongkan; jumlahnya tercatat di jejak audit.</source>
        <translation>Before merging, {n} personal data fields from older sync files that the province does not need (attendance notes, notes, religion, family card number, street address, passport, guardian) were blanked; the count is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="689"/>
        <source>Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi dalam {n} menit.</source>
        <translation>Too many failed login attempts. The account is locked for a while; try again in {n} minutes.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="721"/>
        <source>Unit {code} sudah dinilai {n} kali, batas program ini {limit} kali; penilaian ulang tidak dapat dicatat.</source>
        <translation>Unit {code} has been assessed {n} times, and this programme&apos;s limit is {limit}; a reassessment cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="857"/>
        <source>NIP harus 18 angka; yang diisi {n} karakter.</source>
        <translation>A NIP has 18 digits; {n} characters were entered.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="904"/>
        <source>NIK ini sudah terdaftar atas nama {name}; buka data yang sudah ada untuk mengubahnya.</source>
        <translation>This NIK is already registered to {name}; open the existing record to change it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="908"/>
        <source>Ada {n} data peserta yang mirip. Periksa daftarnya; bila memang orang yang berbeda, simpan dengan menuliskan alasannya.</source>
        <translation>There are {n} similar trainee records. Check the list; if this really is a different person, save with a reason.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="975"/>
        <source>{shown} (dan {n} kesalahan lain)</source>
        <translation>{shown} (and {n} other errors)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="985"/>
        <source>Kapasitas {batch} sudah penuh ({taken} dari {n} peserta). Jadikan pendaftar ini cadangan, atau naikkan kapasitas angkatan dulu.</source>
        <translation>{batch} is full ({taken} of {n} trainees). Make this applicant a reserve, or raise the batch&apos;s capacity first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1102"/>
        <source>{kind} menemukan {n} masalah: {problems}</source>
        <translation>{kind} found {n} problems: {problems}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1228"/>
        <source>{what} salah: tidak membuka satu pun dari {n} cadangan terenkripsi. Periksa lagi, atau pakai kunci cadangan dari lembar yang dicetak.</source>
        <translation>{what} is wrong: it opens none of the {n} encrypted backups. Check it again, or use the recovery key from the printed sheet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1233"/>
        <source>Ada {n} cadangan terenkripsi; berikan kata sandi cadangan atau kunci cadangan.</source>
        <translation>There are {n} encrypted backups; give the backup password or the recovery key.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="363"/>
        <source>Lembar {sheet} tidak punya kolom: {columns}. Gunakan berkas hasil Ekspor katalog sebagai contoh.</source>
        <translation>Sheet {sheet} lacks the columns: {columns}. Use a file from Export catalogue as an example.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="134"/>
        <source>Berusia {age} tahun pada hari pertama {batch} ({programme}, {start}), tetapi persetujuan orang tua/wali tidak tercatat.</source>
        <translation>Aged {age} on the first day of {batch} ({programme}, {start}), but no parent&apos;s or guardian&apos;s consent is recorded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="368"/>
        <source>Kode program {code} tercantum lebih dari sekali.</source>
        <translation>Programme code {code} is listed more than once.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="369"/>
        <source>Lembar Unit menyebut program {code} yang tidak ada di lembar Program.</source>
        <translation>The Unit sheet names programme {code}, which is not in the Program sheet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="373"/>
        <source>Berkas harus punya lembar &apos;{programs}&apos; dan &apos;{units}&apos;.</source>
        <translation>The file must have the sheets &apos;{programs}&apos; and &apos;{units}&apos;.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="374"/>
        <source>Unit baris {row}: angka tidak sah ({value}).</source>
        <translation>Unit row {row}: a number is not valid ({value}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="375"/>
        <source>Program baris {row} ({code}): nilai tidak sah ({value}).</source>
        <translation>Programme row {row} ({code}): a value is not valid ({value}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="376"/>
        <source>Program baris {row} ({code}): {problem}</source>
        <translation>Programme row {row} ({code}): {problem}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="377"/>
        <source>Berkas ini ditandatangani kunci {new}, padahal kunci {code} yang tercatat di provinsi adalah {pinned}. Berkas ditolak seluruhnya. Jika BLK memasang ulang BLKDesk, cocokkan sidik jari kunci barunya lewat telepon, lalu admin provinsi menerima kunci baru itu.</source>
        <translation>This file was signed with key {new}, but the key recorded at the province for {code} is {pinned}. The whole file is rejected. If the BLK reinstalled BLKDesk, check its new key&apos;s fingerprint by phone, then a province admin accepts that new key.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="383"/>
        <source>Versi format {version} tidak dikenal; perbarui BLKDesk di provinsi atau di BLK pengirim.</source>
        <translation>Format version {version} is unknown; update BLKDesk at the province or at the sending BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="387"/>
        <source>Tanda tangan Manifest tidak sah: berkas diubah setelah diekspor atau bukan buatan BLKDesk. Berkas ditolak seluruhnya; minta BLK mengirim ulang berkas aslinya.</source>
        <translation>The Manifest&apos;s signature is not valid: the file was changed after it was exported or was not made by BLKDesk. The whole file is rejected; ask the BLK to send the original file again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="392"/>
        <source>Berkas ini ditandatangani kunci lama {old}, yang sudah diganti kunci {pinned} sejak {since}; berkas dibuat {made}, sesudah penggantian. Berkas ditolak seluruhnya. Bila BLK memulihkan cadangan lama yang memakai kunci itu, cocokkan sidik jarinya lewat telepon, lalu admin provinsi menerimanya kembali.</source>
        <translation>This file was signed with the old key {old}, which was replaced by key {pinned} on {since}; the file was made on {made}, after the replacement. The whole file is rejected. If the BLK restored an old backup that uses that key, check its fingerprint by phone, then a province admin can accept it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="399"/>
        <source>Data di berkas bentrok dengan data lembaga lain di database provinsi ({error}); tidak ada yang diimpor.</source>
        <translation>Data in the file clashes with another institution&apos;s data in the province database ({error}); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="409"/>
        <source>Isi lembar {sheet} tidak cocok dengan kode pengamannya di lembar Manifest: berkas diubah setelah diekspor. Minta BLK mengirim ulang berkas aslinya.</source>
        <translation>The contents of sheet {sheet} do not match its check code in the Manifest sheet: the file was changed after it was exported. Ask the BLK to send the original file again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="414"/>
        <source>Lembar {sheet} memuat catatan yang di database provinsi sudah milik lembaga lain (UUID sama): database BLK ini tampaknya salinan database BLK lain. Berkas ditolak seluruhnya; tidak ada yang diimpor.</source>
        <translation>Sheet {sheet} holds records that the province database already has under another institution (same UUID): this BLK&apos;s database seems to be a copy of another BLK&apos;s. The whole file is rejected; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="420"/>
        <source>Lembar {sheet} berisi nilai yang tidak sesuai jenis kolomnya, walau tanda tangannya sah. Berkas ditolak seluruhnya; minta BLK memperbarui BLKDesk lalu mengekspor ulang.</source>
        <translation>Sheet {sheet} holds a value that does not fit its column, although its signature is valid. The whole file is rejected; ask the BLK to update BLKDesk and export again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="425"/>
        <source>Lembar Manifest bertanda tangan sah tetapi isinya tidak lengkap; berkas ditolak seluruhnya. Minta BLK memperbarui BLKDesk lalu mengekspor ulang.</source>
        <translation>The Manifest sheet is validly signed but incomplete; the whole file is rejected. Ask the BLK to update BLKDesk and export again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="430"/>
        <source>Berkas ini bertanggal {made}, sesudah hari ini: tanggal atau jam komputer BLK salah. Berkas ditolak seluruhnya; minta BLK membetulkan tanggal komputernya, lalu mengekspor ulang berkas lengkap.</source>
        <translation>This file is dated {made}, after today: the date or clock of the BLK&apos;s computer is wrong. The whole file is rejected; ask the BLK to set its computer&apos;s date right, then export a full file again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="436"/>
        <source>Berkas {code} ditandatangani kunci {key}, yang di provinsi tercatat milik {owner}: satu kunci hanya untuk satu BLK, jadi database BLK ini salinan database {owner} atau kode lembaganya diganti. Berkas ditolak seluruhnya; cocokkan kode lembaga dengan BLK pengirim.</source>
        <translation>The {code} file is signed with key {key}, which the province holds for {owner}: a key belongs to one BLK only, so this BLK&apos;s database is a copy of {owner}&apos;s or its institution code was changed. The whole file is rejected; check the institution code with the sending BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="443"/>
        <source>Berkas ini hanya berisi perubahan {code} sejak {since}, padahal provinsi belum pernah menerima berkas lengkapnya. Berkas ditolak seluruhnya; minta BLK mengekspor berkas sinkronisasi “Semua data (lengkap)” dan gabungkan itu dulu.</source>
        <translation>This file holds only the changes of {code} since {since}, but the province has never received its full file. The whole file is rejected; ask the BLK to export a sync file with “All data (full)” and merge that first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="449"/>
        <source>Lembar {sheet} berisi sel di luar {rows} baris dan {columns} kolom yang dapat dimuatnya, atau sel tanpa alamat: berkas diubah setelah diekspor atau bukan buatan program lembar kerja biasa. Berkas ditolak seluruhnya.</source>
        <translation>Sheet {sheet} holds a cell beyond the {rows} rows and {columns} columns it can hold, or a cell without an address: the file was changed after export or not made by an ordinary spreadsheet program. The whole file is rejected.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="455"/>
        <source>Laporan ini untuk bulan {month}, yang belum tiba: bulan laporannya atau tanggal komputer BLK salah. Laporan tidak dicatat; minta BLK mengekspor ulang laporan bulan yang benar.</source>
        <translation>This report is for {month}, which has not come yet: the report&apos;s month or the BLK computer&apos;s date is wrong. The report was not logged; ask the BLK to export the report of the right month again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="461"/>
        <source>Lembar {sheet} kosong, judul kolomnya pun hilang.</source>
        <translation>Sheet {sheet} is empty; even its column headings are missing.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="462"/>
        <source>Lembar {sheet} punya kolom tak dikenal: {columns}.</source>
        <translation>Sheet {sheet} has unknown columns: {columns}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="463"/>
        <source>Berkas ini bukan berkas sinkronisasi BLKDesk (tidak ada lembar Manifest).</source>
        <translation>This file is not a BLKDesk sync file (it has no Manifest sheet).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="467"/>
        <source>Berkas tidak dapat dibaca (rusak atau terpotong): {error}.</source>
        <translation>The file cannot be read (damaged or cut off): {error}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="468"/>
        <source>Manifest tidak mencantumkan lembar {sheet}.</source>
        <translation>The Manifest does not list sheet {sheet}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="469"/>
        <source>Lembar institution tidak sesuai dengan kode lembaga di Manifest.</source>
        <translation>Sheet institution does not match the institution code in the Manifest.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="470"/>
        <source>Kunci publik di lembar institution berbeda dengan Manifest.</source>
        <translation>The public key in sheet institution differs from the Manifest.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="471"/>
        <source>Berkas ini berasal dari lembaga {code}, yaitu database ini sendiri.</source>
        <translation>This file comes from institution {code}, which is this database itself.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="475"/>
        <source>Lembar {sheet} hilang dari berkas.</source>
        <translation>Sheet {sheet} is missing from the file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="476"/>
        <source>Lembar {sheet} berisi baris yang tidak selebar judulnya.</source>
        <translation>Sheet {sheet} has rows that are not as wide as its headings.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="477"/>
        <source>Lembar {sheet} berisi data milik {other}, bukan {code}.</source>
        <translation>Sheet {sheet} holds data belonging to {other}, not {code}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="478"/>
        <source>Lembar {sheet} merujuk {name} {uuid} yang belum ada di database provinsi. Gabungkan dulu berkas lengkap dari BLK ini.</source>
        <translation>Sheet {sheet} refers to {name} {uuid}, which is not yet in the province database. Merge a full file from this BLK first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="483"/>
        <source>Lembar attendance_mark tidak berurutan per peserta; berkas ini bukan keluaran BLKDesk yang utuh.</source>
        <translation>Sheet attendance_mark is not ordered by trainee; this file is not an intact BLKDesk export.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="488"/>
        <source>Lembar {sheet} tidak dapat dibaca: {error}.</source>
        <translation>Sheet {sheet} cannot be read: {error}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="489"/>
        <source>Judul kolom lembar {part} berbeda dengan lembar {sheet}.</source>
        <translation>The column headings of sheet {part} differ from those of sheet {sheet}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="490"/>
        <source>Bulan &apos;{month}&apos; tidak dikenal; tulis seperti 2025-05.</source>
        <translation>Month &apos;{month}&apos; is unknown; write it like 2025-05.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="491"/>
        <source>NIK tersimpan sebagai angka sehingga Excel mungkin mengubah digit terakhirnya; format kolom NIK sebagai Teks lalu ketik ulang.</source>
        <translation>The NIK is stored as a number, so Excel may have changed its last digits; format the NIK column as Text and type it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="496"/>
        <source>NIK harus 16 angka.</source>
        <translation>A NIK has 16 digits.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="497"/>
        <source>Status &quot;{status}&quot; tidak dikenal; pilih salah satu: Bekerja di perusahaan, Bekerja non-perusahaan, Wirausaha, PMI, Belum bekerja.</source>
        <translation>Status &quot;{status}&quot; is unknown; choose one of: Bekerja di perusahaan, Bekerja non-perusahaan, Wirausaha, PMI, Belum bekerja.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="502"/>
        <source>Sumber harus telepon, kuesioner, kunjungan atau laporan perusahaan.</source>
        <translation>The source must be telepon, kuesioner, kunjungan or laporan perusahaan.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="506"/>
        <source>Kolom {columns} tidak ditemukan di baris judul lembar pertama {name}; gunakan templat survei dari BLKDesk.</source>
        <translation>Column {columns} was not found in the heading row of the first sheet of {name}; use the survey template from BLKDesk.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="511"/>
        <source>NIK ini tidak terdaftar sebagai peserta di BLK ini.</source>
        <translation>This NIK is not registered as a trainee at this BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="512"/>
        <source>Nama tidak cocok dengan peserta ber-NIK ini ({name}); periksa NIK pada baris ini.</source>
        <translation>The name does not match the trainee with this NIK ({name}); check the NIK on this row.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="516"/>
        <source>{name} belum tercatat lulus pelatihan sebelum tanggal survei.</source>
        <translation>{name} is not recorded as having passed a training before the survey date.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="517"/>
        <source>Tanggal tidak dikenali; tulis seperti 17/08/2025.</source>
        <translation>The date is not recognised; write it like 17/08/2025.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="518"/>
        <source>Bulan laporan tidak terbaca di lembar Info; minta BLK mengekspor ulang.</source>
        <translation>The report month cannot be read in the Info sheet; ask the BLK to export it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="522"/>
        <source>{name} bukan laporan bulanan BLKDesk maupun berkas sinkronisasi (tidak ada lembar Info atau Manifest).</source>
        <translation>{name} is neither a BLKDesk monthly report nor a sync file (it has no Info or Manifest sheet).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="527"/>
        <source>Lembar Info tidak mencantumkan kode lembaga.</source>
        <translation>The Info sheet does not give the institution code.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="528"/>
        <source>Ini laporan konsolidasi provinsi, bukan laporan sebuah BLK.</source>
        <translation>This is a province consolidated report, not a BLK&apos;s report.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="529"/>
        <source>Laporan ini dibuat oleh database ini sendiri.</source>
        <translation>This report was made by this database itself.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="530"/>
        <source>BLK {code} belum terdaftar di provinsi; tambahkan di daftar BLK atau gabungkan dulu berkas sinkronisasinya.</source>
        <translation>BLK {code} is not registered at the province yet; add it to the list of BLKs or merge its sync file first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="535"/>
        <source>Tanggal lahir &apos;{value}&apos; tidak dapat dibaca; tulis seperti 17-08-1995.</source>
        <translation>Birth date &apos;{value}&apos; cannot be read; write it like 17-08-1995.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="539"/>
        <source>NIK tersimpan sebagai angka di Excel (batas 15 digit); format kolom NIK sebagai Teks.</source>
        <translation>The NIK is stored as a number in Excel (15-digit limit); format the NIK column as Text.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="543"/>
        <source>Tanggal lahir &apos;{value}&apos; bukan tanggal.</source>
        <translation>Birth date &apos;{value}&apos; is not a date.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="544"/>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenal; tulis L atau P.</source>
        <translation>Sex &apos;{value}&apos; is unknown; write L or P.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="545"/>
        <source>Kabupaten/kota &apos;{value}&apos; tidak dikenal; tulis &apos;Kab. Serang&apos;, &apos;Kota Serang&apos; atau kodenya (3604).</source>
        <translation>Regency/city &apos;{value}&apos; is unknown; write &apos;Kab. Serang&apos;, &apos;Kota Serang&apos; or its code (3604).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="550"/>
        <source>Provinsi &apos;{value}&apos; tidak dikenal.</source>
        <translation>Province &apos;{value}&apos; is unknown.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="551"/>
        <source>NIK tersimpan sebagai angka desimal; ketik ulang sebagai teks.</source>
        <translation>The NIK is stored as a decimal number; type it again as text.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="552"/>
        <source>NIK tersimpan sebagai angka dan berakhir 0: kemungkinan rusak oleh batas 15 digit Excel. Format kolom NIK sebagai Teks dan ketik ulang NIK dari KTP/KK.</source>
        <translation>The NIK is stored as a number and ends in 0: it was probably damaged by Excel&apos;s 15-digit limit. Format the NIK column as Text and type the NIK again from the KTP/KK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="557"/>
        <source>Lembaga ini belum punya kunci tanda tangan; jalankan penyiapan awal.</source>
        <translation>This institution has no signing key yet; run the initial setup.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="561"/>
        <source>judul kolom</source>
        <translation>the column headings</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="562"/>
        <source>Ekspor dibatalkan: sel {column} untuk {sheet} {where} tidak dapat ditulis utuh (kode {status}).</source>
        <translation>Export cancelled: cell {column} of {sheet} {where} could not be written whole (code {status}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="567"/>
        <source>Ekspor dibatalkan: {sheet} {record} berisi {length} karakter di kolom {column}, lebih dari {most} yang muat di satu sel Excel. Perpendek isinya, lalu ekspor lagi.</source>
        <translation>Export cancelled: {sheet} {record} holds {length} characters in column {column}, more than the {most} that fit in one Excel cell. Shorten it, then export again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="572"/>
        <source>Ekspor dibatalkan: Manifest baris {row} tidak tertulis.</source>
        <translation>Export cancelled: Manifest row {row} was not written.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="573"/>
        <source>Formulir belum disimpan dihapus setelah {least}–{most} hari.</source>
        <translation>Unsaved forms are removed after {least}–{most} days.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="574"/>
        <source>Formulir belum disimpan milik {clerk} tidak dapat dihapus: {error}.</source>
        <translation>The unsaved form of {clerk} cannot be removed: {error}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="583"/>
        <source>Saat database dibuka, {n} isian data pribadi dari berkas sinkronisasi lama yang tidak dibutuhkan provinsi dikosongkan; jumlahnya tercatat di jejak audit.</source>
        <translation>When the database was opened, {n} personal data fields from older sync files that the province does not need were blanked; the count is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="588"/>
        <source>Sidik jari yang diketik bukan sidik jari kunci di berkas ini. Cocokkan lagi dengan BLK lewat telepon: bila tetap berbeda, berkas ini bukan dari BLK tersebut.</source>
        <translation>The fingerprint typed is not the fingerprint of the key in this file. Check it again with the BLK by phone: if it still differs, this file is not from that BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="593"/>
        <source>Belum ada kunci yang tercatat untuk {code}: berkas pertamanya langsung dapat digabung.</source>
        <translation>No key is recorded for {code} yet: its first file can be merged straight away.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="597"/>
        <source>Kunci {key} sudah tercatat untuk {code}.</source>
        <translation>Key {key} is already recorded for {code}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="598"/>
        <source>Berkas {name} dibuat {made}, sebelum kunci yang tercatat sekarang mulai dipakai ({since}). Terima kunci dari berkas yang lebih baru dari BLK itu.</source>
        <translation>The file {name} was made on {made}, before the key recorded now came into use ({since}). Accept the key from a newer file from that BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="603"/>
        <source>Baris judul kolom tidak ditemukan: berkas harus punya kolom {wanted} pada satu baris di bagian atas lembar pertama.</source>
        <translation>The heading row was not found: the file must have the columns {wanted} on one row near the top of the first sheet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="608"/>
        <source>Kemungkinan ganda: nama dan tanggal lahir sama dengan {twin}.</source>
        <translation>Possible duplicate: same name and birth date as {twin}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="609"/>
        <source>Impor hanya untuk pendaftar yang sudah menandatangani persetujuan pengolahan data pribadi (UU PDP). Pastikan persetujuan sudah ada, lalu konfirmasikan.</source>
        <translation>Import is only for applicants who have signed consent to the processing of personal data (UU PDP). Make sure the consent is there, then confirm.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="614"/>
        <source>NIK sama dengan baris {row} di berkas ini.</source>
        <translation>The NIK is the same as on row {row} of this file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="615"/>
        <source>Kemungkinan ganda: nomor HP sama dengan {twin}.</source>
        <translation>Possible duplicate: same mobile number as {twin}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="616"/>
        <source>Berkas berisi lebih dari {most} baris (batasnya); pisahkan dulu.</source>
        <translation>The file has more than {most} rows (the limit); split it first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="617"/>
        <source>NIK ini milik data peserta yang sudah dihapus; daftarkan lewat formulir Pendaftar baru agar datanya dipulihkan.</source>
        <translation>This NIK belongs to a deleted trainee record; register them through the New applicant form so that the record is restored.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="622"/>
        <source>Berkas {name} rusak dan tidak dapat dibaca; buka di Excel, simpan ulang sebagai .xlsx, lalu impor lagi.</source>
        <translation>The file {name} is damaged and cannot be read; open it in Excel, save it again as .xlsx, then import again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="627"/>
        <source>Pustaka defusedxml belum terpasang; pasang ulang BLKDesk.</source>
        <translation>The defusedxml library is not installed; reinstall BLKDesk.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="628"/>
        <source>Berkas terlalu besar ({size}); maksimal {most}. Pisahkan menjadi beberapa berkas.</source>
        <translation>The file is too large ({size}); the maximum is {most}. Split it into several files.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="632"/>
        <source>Ini berkas Excel lama (.xls). Buka di Excel dan simpan sebagai .xlsx, lalu impor lagi.</source>
        <translation>This is an old Excel file (.xls). Open it in Excel and save it as .xlsx, then import again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="636"/>
        <source>Berkas ini bukan berkas Excel .xlsx. Simpan sebagai .xlsx dari Excel.</source>
        <translation>This file is not an Excel .xlsx file. Save it as .xlsx from Excel.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="640"/>
        <source>Berkas .xlsx ini berisi {parts} bagian; maksimal {most}. Tidak diimpor.</source>
        <translation>This .xlsx file has {parts} parts; the maximum is {most}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="644"/>
        <source>Berkas ini bukan buku kerja Excel .xlsx.</source>
        <translation>This file is not an Excel .xlsx workbook.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="645"/>
        <source>Isi berkas .xlsx ini {size} setelah dibuka; maksimal {most}. Tidak diimpor.</source>
        <translation>This .xlsx file holds {size} once opened; the maximum is {most}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="649"/>
        <source>Berkas .xlsx ini tidak lengkap (daftar lembar hilang); tidak diimpor.</source>
        <translation>This .xlsx file is incomplete (the list of sheets is missing); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="653"/>
        <source>Berkas {name} tidak dapat dibaca: {reason}</source>
        <translation>The file {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="654"/>
        <source>Berkas Excel ini dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan, lalu impor lagi.</source>
        <translation>This Excel file is protected by a password (encrypted). Open it in Excel, remove the password, save, then import again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="659"/>
        <source>Berkas .xlsx ini rusak dan tidak dapat dibuka.</source>
        <translation>This .xlsx file is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="660"/>
        <source>Berkas .xlsx ini terenkripsi; simpan ulang tanpa kata sandi.</source>
        <translation>This .xlsx file is encrypted; save it again without a password.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="661"/>
        <source>Berkas .xlsx ini mengembang {ratio} kali saat dibuka (zip bomb); maksimal {most} kali. Tidak diimpor.</source>
        <translation>This .xlsx file expands {ratio} times when opened (a zip bomb); the maximum is {most} times. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="666"/>
        <source>Berkas .xlsx ini tidak lengkap: lembar {sheet} hilang. Simpan ulang dari Excel, lalu impor lagi.</source>
        <translation>This .xlsx file is incomplete: the sheet {sheet} is missing. Save it again from Excel, then import again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="671"/>
        <source>Berkas {name} berisi XML berbahaya (entitas); tidak diimpor.</source>
        <translation>The file {name} contains dangerous XML (entities); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="672"/>
        <source>Daftar lembar berkas .xlsx ini terlalu besar; tidak diimpor.</source>
        <translation>The list of sheets in this .xlsx file is too large; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="673"/>
        <source>di luar batas lembar (paling banyak 1.048.576 baris dan 16.384 kolom)</source>
        <translation>outside the sheet&apos;s limits (at most 1,048,576 rows and 16,384 columns)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="677"/>
        <source>teksnya lebih dari 32.767 karakter, batas satu sel</source>
        <translation>its text is longer than 32,767 characters, the limit of one cell</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="678"/>
        <source>ditolak penulis Excel (kode {status})</source>
        <translation>refused by the Excel writer (code {status})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="679"/>
        <source>Ekspor dibatalkan: sel {cell} di lembar {sheet} tidak dapat ditulis utuh: {why}. Tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled: cell {cell} in sheet {sheet} could not be written whole: {why}. No file was written.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="684"/>
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="685"/>
        <source>Akun yang sedang Anda pakai tidak dapat dinonaktifkan.</source>
        <translation>The account you are using cannot be switched off.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="686"/>
        <source>Pengguna tidak ditemukan.</source>
        <translation>User not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="687"/>
        <source>Harus tetap ada satu administrator yang aktif.</source>
        <translation>There must still be one active administrator.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="688"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="694"/>
        <source>Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>A username has 3–60 characters: lower-case letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="698"/>
        <source>Nama pengguna &apos;{name}&apos; sudah dipakai.</source>
        <translation>The username &apos;{name}&apos; is already taken.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="699"/>
        <source>Akun ini tidak ditemukan atau sudah dinonaktifkan.</source>
        <translation>This account was not found or has been switched off.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="700"/>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="701"/>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="702"/>
        <source>Pengguna &apos;{name}&apos; tidak ditemukan.</source>
        <translation>User &apos;{name}&apos; was not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="703"/>
        <source>Tanggal akhir sebelum tanggal awal.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="704"/>
        <source>Rentang laporan paling lama {days} hari; pisahkan per tahun.</source>
        <translation>A report covers at most {days} days; split it by year.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="705"/>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="706"/>
        <source>Kata sandi harus memuat huruf dan angka.</source>
        <translation>A password must contain letters and digits.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="707"/>
        <source>Tulis dasar permintaan penghapusan (mis. surat permohonan peserta).</source>
        <translation>Write the basis of the erasure request (e.g. the trainee&apos;s letter).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="711"/>
        <source>Sertifikat {number} sudah terbit untuk peserta ini; batalkan sertifikat itu terlebih dahulu bila hasil penilaian harus diubah.</source>
        <translation>Certificate {number} has already been issued to this trainee; cancel that certificate first if the assessment result has to change.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="716"/>
        <source>Tanggal penilaian sebelum angkatan dimulai ({started}).</source>
        <translation>The assessment date is before the batch started ({started}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="717"/>
        <source>Unit {code} sudah kompeten; hapus penilaian terakhir bila ingin mengoreksinya.</source>
        <translation>Unit {code} is already competent; delete the last assessment to correct it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="726"/>
        <source>Unit {code} belum dinilai untuk peserta ini.</source>
        <translation>Unit {code} has not been assessed for this trainee.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="727"/>
        <source>Tanggal penilaian ulang tidak boleh sebelum penilaian sebelumnya.</source>
        <translation>A reassessment cannot be dated before the previous assessment.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="728"/>
        <source>Geseran posisi paling banyak 40 mm ke atas atau ke bawah.</source>
        <translation>Positions can be shifted at most 40 mm up or down.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="729"/>
        <source>Berkas gambar terlalu besar (maksimal 1 MB).</source>
        <translation>The image file is too large (at most 1 MB).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="730"/>
        <source>Kolom isian yang dikenal: {known}.</source>
        <translation>The known fields: {known}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="731"/>
        <source>Berkas gambar rusak; pilih ulang.</source>
        <translation>The image file is damaged; choose it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="732"/>
        <source>Sertifikat {number} sudah dibatalkan.</source>
        <translation>Certificate {number} has already been cancelled.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="733"/>
        <source>Sertifikat baru dapat diterbitkan setelah pelatihan selesai ({end}).</source>
        <translation>Certificates can only be issued once the training has finished ({end}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="737"/>
        <source>Tuliskan alasan pembatalan (minimal {least} karakter).</source>
        <translation>Write the reason for the cancellation (at least {least} characters).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="738"/>
        <source>Sertifikat {number} sudah dibatalkan dan tidak dicetak.</source>
        <translation>Certificate {number} has been cancelled and was not printed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="739"/>
        <source>Sertifikat {number} sudah dibatalkan dan tidak disimpan.</source>
        <translation>Certificate {number} has been cancelled and was not saved.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="740"/>
        <source>Tanggal terbit tidak boleh di masa depan.</source>
        <translation>The issue date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="741"/>
        <source>Penomoran sertifikat sedang dipakai komputer lain dan belum selesai; coba terbitkan lagi sebentar lagi.</source>
        <translation>Certificate numbering is in use by another computer and not finished; try issuing again in a moment.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="746"/>
        <source>tanggal selesai belum ditetapkan</source>
        <translation>no end date set yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="747"/>
        <source>Tuliskan alasan keputusan (minimal {least} karakter); alasan ini dicatat di jejak audit.</source>
        <translation>Write the reason for the decision (at least {least} characters); it is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="751"/>
        <source>Kolom tidak dikenal di pola nomor: {unknown}. Yang tersedia: {known}.</source>
        <translation>Unknown fields in the number pattern: {unknown}. Those available: {known}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="755"/>
        <source>Pola nomor harus memuat {seq} (nomor urut).</source>
        <translation>The number pattern must contain {seq} (the sequence number).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="756"/>
        <source>Cakupan nomor urut tidak dikenal.</source>
        <translation>Unknown sequence scope.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="757"/>
        <source>Nomor urut dimulai ulang tiap tahun, jadi pola harus memuat {year}.</source>
        <translation>The sequence restarts every year, so the pattern must contain {year}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="761"/>
        <source>Nomor urut dimulai ulang per kejuruan, jadi pola harus memuat {vocation}.</source>
        <translation>The sequence restarts per vocation, so the pattern must contain {vocation}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="765"/>
        <source>Pola nomor terlalu panjang.</source>
        <translation>The number pattern is too long.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="766"/>
        <source>Pola surat keterangan harus berbeda dari pola sertifikat (mis. tambahkan /SK/).</source>
        <translation>The completion letter pattern must differ from the certificate pattern (e.g. add /SK/).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="770"/>
        <source>Pola nomor tidak sah: periksa pasangan kurung kurawal {braces}.</source>
        <translation>The number pattern is not valid: check the pairs of curly braces {braces}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="771"/>
        <source>Format {seq} tidak sah; contoh yang benar: {example}.</source>
        <translation>The format of {seq} is not valid; a correct example: {example}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="772"/>
        <source>tanggal tidak sah</source>
        <translation>invalid date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="773"/>
        <source>bukan kode sertifikat BLKDesk</source>
        <translation>not a BLKDesk certificate code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="774"/>
        <source>jumlah kolom tidak sesuai</source>
        <translation>wrong number of fields</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="775"/>
        <source>jenis dokumen tidak dikenal</source>
        <translation>unknown document kind</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="776"/>
        <source>tanda tangan rusak</source>
        <translation>damaged signature</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="777"/>
        <source>escape tidak dikenal</source>
        <translation>unknown escape</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="778"/>
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="779"/>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="780"/>
        <source>DIBATALKAN</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="781"/>
        <source>LEMBAGA TIDAK DIKENAL</source>
        <translation>UNKNOWN INSTITUTION</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="782"/>
        <source>s.d. {last}</source>
        <translation>until {last}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="783"/>
        <source>{name} dengan kunci lama {key} (berlaku {period})</source>
        <translation>{name} with the old key {key} (valid {period})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="784"/>
        <source>Diterbitkan dan ditandatangani oleh {by}.</source>
        <translation>Issued and signed by {by}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="785"/>
        <source>Kunci publik lembaga {code} belum ada di database ini; gabungkan data sinkronisasi lembaga itu terlebih dahulu, lalu periksa lagi.</source>
        <translation>The public key of institution {code} is not in this database yet; merge that institution&apos;s sync data first, then check again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="790"/>
        <source>Sertifikat ini diterbitkan {by} tetapi telah dibatalkan.</source>
        <translation>This certificate was issued by {by} but has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="791"/>
        <source>Teks ini bukan kode sertifikat BLKDesk yang utuh ({why}).</source>
        <translation>This text is not a whole BLKDesk certificate code ({why}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="792"/>
        <source>Tanda tangan tidak cocok dengan kunci {name}: isi kode telah diubah atau sertifikat ini palsu.</source>
        <translation>The signature does not match the key of {name}: the code&apos;s contents were changed or this certificate is forged.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="797"/>
        <source>Ditandatangani kunci lama {name} ({key}) yang hanya berlaku sampai {last}, padahal sertifikat ini bertanggal {issued}: kunci itu sudah diganti sebelum sertifikat ini terbit.</source>
        <translation>Signed with an old key of {name} ({key}) that was valid only until {last}, but this certificate is dated {issued}: that key had been replaced before this certificate was issued.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="803"/>
        <source>Database sedang dikunci oleh proses lain (mis. impor atau pencadangan yang masih berjalan). Tunggu sampai selesai, lalu ulangi.</source>
        <translation>The database is locked by another process (e.g. an import or a backup still running). Wait until it finishes, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="808"/>
        <source>Disk penuh. Kosongkan ruang disk, lalu ulangi; data yang sudah tersimpan tetap utuh.</source>
        <translation>The disk is full. Free up disk space, then try again; the data already saved is intact.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="812"/>
        <source>Database hanya bisa dibaca (izin berkas atau disk yang dikunci); perubahan tidak disimpan.</source>
        <translation>The database is read-only (file permissions or a locked disk); the changes were not saved.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="817"/>
        <source>Berkas database tidak dapat dibuka; periksa jalurnya dan izin foldernya.</source>
        <translation>The database file cannot be opened; check its path and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="821"/>
        <source>Disk gagal membaca atau menulis database; periksa disk, lalu jalankan Periksa Database.</source>
        <translation>The disk failed to read or write the database; check the disk, then run Check Database.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="825"/>
        <source>Berkas database rusak. Pulihkan dari cadangan yang baik (Pengaturan › Cadangan).</source>
        <translation>The database file is damaged. Restore it from a good backup (Settings › Backup).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="829"/>
        <source>Berkas yang dibuka rusak atau terpotong; simpan ulang dari programnya, lalu ulangi.</source>
        <translation>The file opened is damaged or cut off; save it again from its program, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="833"/>
        <source>Berkas atau folder tidak dapat dipakai: {reason}</source>
        <translation>The file or folder cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="834"/>
        <source>Memori komputer tidak cukup untuk pekerjaan ini; tutup program lain, lalu ulangi.</source>
        <translation>The computer does not have enough memory for this work; close other programs, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="838"/>
        <source>Sambungan ke server database terputus; periksa jaringan atau server, lalu ulangi.</source>
        <translation>The connection to the database server was lost; check the network or the server, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="842"/>
        <source>Disk server database penuh; hubungi pengelola server.</source>
        <translation>The database server&apos;s disk is full; contact the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="843"/>
        <source>Isian terlalu panjang atau tidak sesuai untuk database; periksa isiannya.</source>
        <translation>An entry is too long or does not suit the database; check the entries.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="847"/>
        <source>Server database menolak login; periksa nama pengguna dan kata sandinya.</source>
        <translation>The database server refused the login; check the username and password.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="851"/>
        <source>Berkas atau folder tidak dapat dipakai ({name}): {reason}</source>
        <translation>The file or folder cannot be used ({name}): {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="852"/>
        <source>Kode lembaga 2–20 karakter: huruf besar, angka atau tanda hubung.</source>
        <translation>An institution code has 2–20 characters: capitals, digits or hyphens.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="853"/>
        <source>Nama lembaga wajib diisi.</source>
        <translation>The institution&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="854"/>
        <source>Jenis lembaga wajib dipilih.</source>
        <translation>Choose the kind of institution.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="855"/>
        <source>Kabupaten/kota wajib dipilih.</source>
        <translation>Choose the regency/city.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="856"/>
        <source>Nama kepala BLK wajib diisi.</source>
        <translation>The BLK head&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="858"/>
        <source>Berkas logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo file is too large (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="859"/>
        <source>Database ini belum disiapkan; jalankan penyiapan awal.</source>
        <translation>This database has not been set up; run the initial setup.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="860"/>
        <source>Database ini sudah disiapkan untuk sebuah lembaga.</source>
        <translation>This database has already been set up for an institution.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="861"/>
        <source>Nomor telepon hanya angka (6–15 digit), boleh diawali +.</source>
        <translation>A phone number is digits only (6–15), optionally starting with +.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="862"/>
        <source>Paling panjang {limit} karakter.</source>
        <translation>At most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="863"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="864"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="865"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="866"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="867"/>
        <source>Nama pemberi kerja</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="868"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="869"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="870"/>
        <source>Alasan mengundurkan diri</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="871"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="872"/>
        <source>Alasan data ganda</source>
        <translation>Reason for the duplicate</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="873"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="874"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="875"/>
        <source>{label} terlalu panjang ({length} karakter); maksimal {most}.</source>
        <translation>{label} is too long ({length} characters); the maximum is {most}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="876"/>
        <source>Penempatan hanya dicatat untuk peserta yang mengikuti pelatihan; pendaftar ini tidak menjadi peserta angkatan tersebut.</source>
        <translation>Placements are recorded only for trainees who took part in a training; this applicant did not become a trainee in that batch.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="881"/>
        <source>Nama BLK wajib diisi.</source>
        <translation>The BLK&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="882"/>
        <source>Kontak terlalu panjang (maksimal 500 karakter).</source>
        <translation>The contact is too long (at most 500 characters).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="883"/>
        <source>Sidik kunci berisi 64 karakter heksadesimal (0–9, A–F); salin dari BLK-nya.</source>
        <translation>A key fingerprint has 64 hexadecimal characters (0–9, A–F); copy it from the BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="887"/>
        <source>Kode {code} sudah terdaftar untuk BLK lain.</source>
        <translation>Code {code} is already registered for another BLK.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="888"/>
        <source>BLK ini sudah tidak ada dalam daftar.</source>
        <translation>This BLK is no longer in the list.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="889"/>
        <source>Usia {low}–{high} tahun</source>
        <translation>Age {low}–{high} years</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="890"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="891"/>
        <source>Usia minimal {low} tahun</source>
        <translation>Age at least {low} years</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="892"/>
        <source>Usia maksimal {high} tahun</source>
        <translation>Age at most {high} years</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="893"/>
        <source>Pendidikan minimal {level}</source>
        <translation>Education at least {level}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="894"/>
        <source>Pendidikan terakhir: {shown}.</source>
        <translation>Last education: {shown}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="895"/>
        <source>Berdomisili di {place}</source>
        <translation>Living in {place}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="896"/>
        <source>Domisili: {place}.</source>
        <translation>Residence: {place}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="897"/>
        <source>Periksa secara manual.</source>
        <translation>Check by hand.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="898"/>
        <source>Tanggal lahir belum diisi.</source>
        <translation>The birth date is not filled in.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="899"/>
        <source>Usia {age} tahun.</source>
        <translation>Age {age} years.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="900"/>
        <source>Berdomisili di Provinsi {place}</source>
        <translation>Living in the province of {place}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="901"/>
        <source>Provinsi: {place}.</source>
        <translation>Province: {place}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="902"/>
        <source>Nama dan tanggal lahir sama</source>
        <translation>Same name and birth date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="903"/>
        <source>Nomor HP sama</source>
        <translation>Same mobile number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="913"/>
        <source>Data peserta tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Trainee record not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="914"/>
        <source>Data peserta {name} sudah dihapus oleh {user} ({when}), alasan: {reason}.</source>
        <translation>The trainee record of {name} was deleted by {user} ({when}), reason: {reason}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="917"/>
        <source>Angkatan yang dipilih tidak ditemukan.</source>
        <translation>The chosen batch was not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="918"/>
        <source>Program pelatihan tidak ditemukan.</source>
        <translation>Training programme not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="919"/>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="920"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="921"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="922"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="923"/>
        <source>Angkatan {name}</source>
        <translation>Batch {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="924"/>
        <source>{day} adalah hari libur nasional ({name}).</source>
        <translation>{day} is a national holiday ({name}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="925"/>
        <source>{day} adalah hari libur lokal ({closure}).</source>
        <translation>{day} is a local closure ({closure}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="926"/>
        <source>{day} sudah tercatat sebagai libur lokal.</source>
        <translation>{day} is already recorded as a local closure.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="927"/>
        <source>{batch} sudah ditutup; tuliskan alasan perubahan.</source>
        <translation>{batch} is closed; write the reason for the change.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="928"/>
        <source>Hari yang sudah berisi presensi tidak dapat diubah: {shown}. Kosongkan presensi hari itu dulu, atau pindahkan hari lain.</source>
        <translation>Days that already hold attendance cannot be changed: {shown}. Clear that day&apos;s attendance first, or move another day.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="933"/>
        <source>{name} juga peserta {batch} pada {day}; hari pelatihan tidak boleh bertabrakan.</source>
        <translation>{name} is also a trainee in {batch} on {day}; training days may not clash.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="937"/>
        <source>Program {name} sudah tidak aktif; aktifkan dulu di katalog.</source>
        <translation>Programme {name} is no longer active; activate it in the catalogue first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="938"/>
        <source>Program angkatan yang sudah berjalan tidak dapat diganti.</source>
        <translation>The programme of a batch that has started cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="939"/>
        <source>Kapasitas tidak boleh kurang dari jumlah peserta yang sudah diterima ({n}).</source>
        <translation>The capacity cannot be below the number of trainees already accepted ({n}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="943"/>
        <source>{day} bukan hari pelatihan angkatan ini.</source>
        <translation>{day} is not a training day of this batch.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="944"/>
        <source>{day} sudah menjadi hari pelatihan; pilih tanggal lain.</source>
        <translation>{day} is already a training day; choose another date.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="945"/>
        <source>{blocker} Pilih tanggal lain.</source>
        <translation>{blocker} Choose another date.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="946"/>
        <source>Status {old} tidak dapat langsung diubah menjadi {new}; ubah satu tahap demi satu tahap.</source>
        <translation>Status {old} cannot be changed straight to {new}; change it one step at a time.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="950"/>
        <source>Angkatan belum punya peserta yang lulus seleksi; seleksi pendaftar dulu.</source>
        <translation>The batch has no trainees who passed selection yet; select the applicants first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="954"/>
        <source>Keterangan libur paling panjang {most} karakter.</source>
        <translation>The closure description is at most {most} characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="955"/>
        <source>Seorang peserta</source>
        <translation>A trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="956"/>
        <source>Kode unit {code} tidak berformat SKKNI (contoh J.620100.001.01); periksa kembali bila bukan kode lama.</source>
        <translation>Unit code {code} is not in SKKNI format (e.g. J.620100.001.01); check it again unless it is an old code.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="961"/>
        <source>Jumlah JP unit kompetensi ({units}) berbeda dengan total JP program ({total}).</source>
        <translation>The competency units&apos; JP ({units}) differ from the programme&apos;s total JP ({total}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="965"/>
        <source>Kode program {code} sudah dipakai program lain.</source>
        <translation>Programme code {code} is already used by another programme.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="966"/>
        <source>Batas usia harus antara 10 dan 80 tahun.</source>
        <translation>Age limits must be between 10 and 80 years.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="967"/>
        <source>Unit baris {row}: kode dan judul unit wajib diisi.</source>
        <translation>Unit row {row}: the unit code and title are required.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="968"/>
        <source>Unit baris {row} ({code}): JP harus lebih dari 0.</source>
        <translation>Unit row {row} ({code}): JP must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="969"/>
        <source>Kode unit {code} tercantum dua kali.</source>
        <translation>Unit code {code} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="970"/>
        <source>Batas presensi harus berupa angka, mis. 80.</source>
        <translation>The attendance threshold must be a number, e.g. 80.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="971"/>
        <source>Kode kejuruan {code} sudah dipakai.</source>
        <translation>Vocation code {code} is already used.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="972"/>
        <source>Tidak ada hari libur impor untuk tahun {year}.</source>
        <translation>There are no imported holidays for {year}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="973"/>
        <source>Baris {row}: isinya harus tanggal, nama dan jenis.</source>
        <translation>Row {row}: it must hold a date, a name and a kind.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="974"/>
        <source>Baris {row}: tanggal «{value}» tidak dikenali (pakai 2027-01-01).</source>
        <translation>Row {row}: the date «{value}» is not recognised (use 2027-01-01).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="976"/>
        <source>Berkas {name} tidak bisa dibaca: {reason}</source>
        <translation>The file {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="977"/>
        <source>Baris {row}: tanggal {day} tertulis dua kali.</source>
        <translation>Row {row}: the date {day} is written twice.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="978"/>
        <source>Baris {row}: nama hari libur kosong atau lebih dari 200 huruf.</source>
        <translation>Row {row}: the holiday&apos;s name is empty or longer than 200 letters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="979"/>
        <source>Baris {row}: jenis «{value}» harus «libur» atau «cuti bersama».</source>
        <translation>Row {row}: the kind «{value}» must be «libur» or «cuti bersama».</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="980"/>
        <source>Hanya pendaftar yang dapat dihapus dari angkatan; ubah statusnya bila sudah diseleksi (mis. mengundurkan diri).</source>
        <translation>Only applicants can be removed from a batch; change the status of someone already selected (e.g. withdrawn).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="990"/>
        <source>{name} sudah menjadi peserta {batch}, yang juga berlatih pada {day}. Seorang peserta tidak dapat mengikuti dua angkatan yang harinya bertabrakan.</source>
        <translation>{name} is already a trainee in {batch}, which also trains on {day}. A trainee cannot attend two batches whose days clash.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="995"/>
        <source>{name} tidak memenuhi syarat: {shown}. Terima hanya dengan alasan (mis. persetujuan kepala BLK).</source>
        <translation>{name} does not meet the requirements: {shown}. Accept only with a reason (e.g. the BLK head&apos;s approval).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1000"/>
        <source>{rule} ({detail})</source>
        <translation>{rule} ({detail})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1001"/>
        <source>Server kantor {where} tidak dapat dihubungi; periksa jaringan dan pastikan PC server menyala.</source>
        <translation>The office server {where} cannot be reached; check the network and make sure the server PC is on.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1006"/>
        <source>Server kantor {where} memutus sambungan PC ini, biasanya karena database sedang dipulihkan dari cadangan di PC server.</source>
        <translation>The office server {where} ended this PC&apos;s connection, usually because the database is being restored from a backup on the server PC.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1011"/>
        <source>Server kantor {where} menghentikan permintaan PC ini karena bertabrakan dengan pekerjaan lain di server, misalnya pemulihan cadangan di PC server.</source>
        <translation>The office server {where} stopped this PC&apos;s request because it collided with other work on the server, such as restoring a backup on the server PC.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1016"/>
        <source>Server kantor {where} menolak kata sandi; periksa kata sandi dari PC server.</source>
        <translation>The office server {where} refused the password; check the password from the server PC.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1020"/>
        <source>Disk PC server kantor {where} penuh; kosongkan ruang di disk PC server itu.</source>
        <translation>The disk of the office server PC {where} is full; free some space on that PC&apos;s disk.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1023"/>
        <source>Database server kantor perlu diperbarui untuk versi BLKDesk ini, tetapi masih dibuka di PC lain. Tutup BLKDesk di semua PC lain, lalu buka lagi di sini.</source>
        <translation>The office server database must be upgraded for this version of BLKDesk, but it is still open on another PC. Close BLKDesk on every other PC, then open it again here.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1028"/>
        <source>Server kantor {where} tidak memiliki database &apos;{database}&apos;.</source>
        <translation>The office server {where} has no database &apos;{database}&apos;.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1029"/>
        <source>Nama PC server kantor &apos;{host}&apos; tidak dikenal di jaringan; periksa ejaannya atau ketik alamat IP PC server itu.</source>
        <translation>The office server&apos;s PC name &apos;{host}&apos; is not known on the network; check its spelling or type that PC&apos;s IP address.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1034"/>
        <source>PC server kantor {host} menyala, tetapi server BLKDesk tidak berjalan di port {port}; buka BLKDesk di PC server itu, atau periksa port-nya bila server dipindah.</source>
        <translation>The office server&apos;s PC {host} is on, but BLKDesk&apos;s server is not running on port {port}; open BLKDesk on that PC, or check the port if the server was moved.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1039"/>
        <source>Server kantor {where} sedang dinyalakan, dimatikan atau dipulihkan; tunggu satu menit lalu coba lagi, dan bila tetap begini, buka BLKDesk di PC server itu.</source>
        <translation>The office server {where} is starting up, shutting down or recovering; wait a minute and try again, and if it stays so, open BLKDesk on the server PC.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1044"/>
        <source>Server kantor {where} sedang mengunci data untuk pekerjaan lain, misalnya pemulihan cadangan di PC server, dan PC ini tidak dapat menunggu lebih lama.</source>
        <translation>The office server {where} is holding the data for other work, such as restoring a backup on the server PC, and this PC cannot wait any longer.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1049"/>
        <source>Nomor sertifikat tidak dapat diberikan sekarang karena database sedang dipulihkan di PC server; coba lagi sebentar lagi.</source>
        <translation>A certificate number cannot be given now because the database is being restored on the server PC; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1054"/>
        <source>Pemulihan tidak dimulai karena PC lain terus menerbitkan sertifikat; database tidak berubah. Coba pulihkan lagi sebentar lagi.</source>
        <translation>The restore did not start because another PC keeps issuing certificates; the database is unchanged. Try restoring again in a moment.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1059"/>
        <source>Server kantor {where} sudah melayani terlalu banyak PC atau jendela BLKDesk; tutup BLKDesk di PC yang tidak dipakai, atau hubungi administrator.</source>
        <translation>The office server {where} already serves too many PCs or BLKDesk windows; close BLKDesk on a PC that is not in use, or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1064"/>
        <source>Database server kantor dicadangkan oleh BLKDesk di PC server itu sendiri.</source>
        <translation>The office server&apos;s database is backed up by BLKDesk on the server PC itself.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1068"/>
        <source>Database tidak dapat dibaca untuk dicadangkan; jalankan Periksa Database.</source>
        <translation>The database cannot be read to back it up; run Check Database.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1072"/>
        <source>Database yang rusak ini belum punya kunci cadangan, jadi tidak dicadangkan tanpa enkripsi.</source>
        <translation>This damaged database has no backup key yet, so it is not backed up without encryption.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1077"/>
        <source>Database dibuka hanya-baca karena pemeriksaan menemukan kerusakan; perubahan tidak dapat disimpan. Pulihkan dari cadangan di Pengaturan › Cadangan.</source>
        <translation>The database was opened read-only because the check found damage; changes cannot be saved. Restore it from a backup under Settings › Backup.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1082"/>
        <source>{problem} Perubahan ini belum tersimpan; coba simpan lagi.</source>
        <translation>{problem} This change has not been saved; try saving again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1083"/>
        <source>Database ini dibuat oleh versi BLKDesk yang lebih baru (skema {schema}). Perbarui BLKDesk sebelum membukanya.</source>
        <translation>This database was made by a newer version of BLKDesk (schema {schema}). Update BLKDesk before opening it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1088"/>
        <source>Skema database belum diperbarui; jalankan BLKDesk untuk memperbaruinya.</source>
        <translation>The database schema has not been updated; run BLKDesk to update it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1092"/>
        <source>File ini bukan database BLKDesk.</source>
        <translation>This file is not a BLKDesk database.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1093"/>
        <source>{user} di komputer {host} (proses {pid}) sejak {since}</source>
        <translation>{user} on computer {host} (process {pid}) since {since}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1094"/>
        <source>BLKDesk lain</source>
        <translation>another BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1095"/>
        <source>Database ini sedang dibuka oleh {who}. Hanya satu BLKDesk boleh mengubah berkas yang sama; tutup BLKDesk di sana lebih dulu, atau pakai server PostgreSQL untuk bekerja bersama beberapa PC.</source>
        <translation>This database is open in {who}. Only one BLKDesk may change the same file; close BLKDesk there first, or use a PostgreSQL server to work together from several PCs.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1101"/>
        <source>Berkas database {path} rusak parah: {summary}</source>
        <translation>The database file {path} is badly damaged: {summary}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1103"/>
        <source>Pemeriksaan lengkap</source>
        <translation>The full check</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1104"/>
        <source>Pemeriksaan cepat</source>
        <translation>The quick check</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1105"/>
        <source>{kind}: database dalam keadaan baik.</source>
        <translation>{kind}: the database is in good order.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1106"/>
        <source>baris {row} tabel {table} menunjuk ke {parent} yang tidak ada</source>
        <translation>row {row} of table {table} points to a {parent} that does not exist</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1107"/>
        <source>berkas {path} tidak ada</source>
        <translation>the file {path} does not exist</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1108"/>
        <source>berkas tidak dapat dibuka: {error}</source>
        <translation>the file cannot be opened: {error}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1109"/>
        <source>berkas rusak: {error}</source>
        <translation>the file is damaged: {error}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1110"/>
        <source>berkas tidak dapat diperiksa: {error}</source>
        <translation>the file could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1111"/>
        <source>Berkas database {path} berada di folder jaringan ({kind}). SQLite di folder jaringan dapat rusak bila dipakai dari beberapa PC. Simpan database di disk PC ini, atau pasang server PostgreSQL untuk dipakai bersama beberapa PC (BLKDESK_DB=postgresql://…).</source>
        <translation>The database file {path} is in a network folder ({kind}). SQLite in a network folder can be damaged when used from several PCs. Keep the database on this PC&apos;s disk, or set up a PostgreSQL server to share it between several PCs (BLKDESK_DB=postgresql://…).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1118"/>
        <source>Izinkan koneksi masuk ke port {port} (TCP) di firewall PC ini untuk jaringan pribadi (Windows: Windows Defender Firewall › Aturan masuk › Port baru), agar PC lain di kantor dapat tersambung.</source>
        <translation>Allow incoming connections to port {port} (TCP) in this PC&apos;s firewall for private networks (Windows: Windows Defender Firewall › Inbound Rules › New Rule › Port), so that the office&apos;s other PCs can connect.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1124"/>
        <source>{what}: kode keluar {code}</source>
        <translation>{what}: exit code {code}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1125"/>
        <source>{what}: {said}</source>
        <translation>{what}: {said}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1126"/>
        <source>{what}: port {port} sudah dipakai program lain (mungkin PostgreSQL yang sudah terpasang); hentikan program itu atau pakai port lain.</source>
        <translation>{what}: port {port} is already used by another program (perhaps a PostgreSQL installed earlier); stop that program or use another port.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1131"/>
        <source>{what}: disk tempat folder {folder} penuh; kosongkan ruang di disk itu, lalu ulangi.</source>
        <translation>{what}: the disk of folder {folder} is full; free up space on that disk, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1135"/>
        <source>{what}: PostgreSQL tidak diizinkan menulis di folder {folder}; periksa izin folder itu.</source>
        <translation>{what}: PostgreSQL is not allowed to write in folder {folder}; check that folder&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1139"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1140"/>
        <source>PostgreSQL belum terpasang di PC ini. Pasang PostgreSQL (versi 13 atau lebih baru) dari postgresql.org, lalu ulangi.</source>
        <translation>PostgreSQL is not installed on this PC. Install PostgreSQL (version 13 or newer) from postgresql.org, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1145"/>
        <source>PC ini sudah menjadi server kantor.</source>
        <translation>This PC is already the office server.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1146"/>
        <source>Folder {folder} sudah berisi data; pindahkan dulu folder itu.</source>
        <translation>The folder {folder} already holds data; move that folder away first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1147"/>
        <source>Server kantor tidak dapat dibuat</source>
        <translation>The office server could not be created</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1148"/>
        <source>Server kantor tidak dapat dijalankan</source>
        <translation>The office server could not be started</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1149"/>
        <source>PostgreSQL tidak mau berjalan sebagai root; jalankan BLKDesk sebagai pengguna biasa.</source>
        <translation>PostgreSQL will not run as root; run BLKDesk as an ordinary user.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1153"/>
        <source>Database server kantor tidak dapat dibuat: {error}</source>
        <translation>The office server&apos;s database could not be created: {error}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1154"/>
        <source>Pemindahan data ke server kantor tidak cocok pada tabel {tables}; data tetap di berkas PC ini.</source>
        <translation>Moving the data to the office server did not match in the tables {tables}; the data stays in this PC&apos;s file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1159"/>
        <source>Cadangan ini tidak berisi database BLKDesk.</source>
        <translation>This backup does not hold a BLKDesk database.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1160"/>
        <source>Cadangan ini dibuat oleh versi BLKDesk yang lebih baru (skema {schema}). Perbarui BLKDesk sebelum memulihkannya.</source>
        <translation>This backup was made by a newer version of BLKDesk (schema {schema}). Update BLKDesk before restoring it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1165"/>
        <source>Database server kantor dipulihkan di PC server itu sendiri.</source>
        <translation>The office server&apos;s database is restored on the server PC itself.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1166"/>
        <source>Isi cadangan {name} rusak: {summary}</source>
        <translation>The contents of backup {name} are damaged: {summary}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1167"/>
        <source>{program} gagal: {said}</source>
        <translation>{program} failed: {said}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1168"/>
        <source>Cadangan server kantor dibuat oleh PC server itu sendiri.</source>
        <translation>The office server&apos;s backups are made by the server PC itself.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1169"/>
        <source>{program} gagal: disk penuh; kosongkan ruang disk di PC server ini.</source>
        <translation>{program} failed: the disk is full; free up space on this server PC&apos;s disk.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1172"/>
        <source>Database server kantor perlu diperbarui untuk versi BLKDesk ini; buka dulu BLKDesk versi ini di PC server kantor, yang mencadangkan database itu sebelum memperbaruinya.</source>
        <translation>The office server&apos;s database needs upgrading for this version of BLKDesk; open this version of BLKDesk on the office server PC first, which backs the database up before upgrading it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1177"/>
        <source>Database server kantor tidak diperbarui karena disk folder cadangan {folder} penuh; kosongkan ruang di disk itu, lalu buka BLKDesk lagi.</source>
        <translation>The office server&apos;s database was not upgraded because the disk of the backup folder {folder} is full; free up space on that disk, then open BLKDesk again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1182"/>
        <source>Database server kantor tidak diperbarui karena cadangannya tidak dapat dibuat lebih dulu ({problem}).</source>
        <translation>The office server&apos;s database was not upgraded because its backup could not be made first ({problem}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1187"/>
        <source>Pembaruan database server kantor gagal; cadangan sebelum pembaruan ada di {path}.</source>
        <translation>Upgrading the office server&apos;s database failed; the backup from before the upgrade is in {path}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1191"/>
        <source>Pemulihan server kantor dilakukan di PC server itu sendiri.</source>
        <translation>The office server is restored on the server PC itself.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1192"/>
        <source>{name} adalah cadangan berkas SQLite, bukan cadangan server kantor.</source>
        <translation>{name} is a backup of an SQLite file, not of the office server.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1196"/>
        <source>Database di server kantor sudah berisi data; pindahkan hanya ke database yang masih kosong.</source>
        <translation>The database on the office server already holds data; move only into an empty database.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1201"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1202"/>
        <source>{day} ({n} tanda)</source>
        <translation>{day} ({n} marks)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1203"/>
        <source>Cadangan memakai pemadatan {codec} yang tidak dikenal versi ini.</source>
        <translation>The backup uses a compression {codec} this version does not know.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1204"/>
        <source>Berkas cadangan {name} rusak: isinya tidak cocok dengan sidik jarinya.</source>
        <translation>The backup file {name} is damaged: its contents do not match its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1208"/>
        <source>Kata sandi cadangan minimal {least} karakter.</source>
        <translation>A backup password has at least {least} characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1209"/>
        <source>Cadangan {name} memakai sidik {digest} yang tidak dikenal.</source>
        <translation>Backup {name} uses an unknown digest {digest}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1210"/>
        <source>{name} bukan berkas cadangan BLKDesk.</source>
        <translation>{name} is not a BLKDesk backup file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1211"/>
        <source>Cadangan ini dilindungi kata sandi; masukkan kata sandi cadangan.</source>
        <translation>This backup is protected by a password; enter the backup password.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1212"/>
        <source>Cadangan memakai pemadatan {codec} yang tidak dikenal.</source>
        <translation>The backup uses an unknown compression {codec}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1213"/>
        <source>Kepala berkas cadangan {name} rusak.</source>
        <translation>The header of backup file {name} is damaged.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1214"/>
        <source>Cadangan {name} hanya berisi perubahan sejak cadangan {base}, yang tidak ada di folder yang sama. Salin keduanya ke satu folder, lalu ulangi.</source>
        <translation>Backup {name} holds only the changes since backup {base}, which is not in the same folder. Copy both into one folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1219"/>
        <source>Cadangan {name} rusak: dasarnya {base} tidak cocok.</source>
        <translation>Backup {name} is damaged: its base {base} does not match.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1220"/>
        <source>Hanya administrator yang dapat memilih cadangan tanpa enkripsi.</source>
        <translation>Only an administrator can choose unencrypted backups.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1221"/>
        <source>Tulis alasan memilih cadangan tanpa enkripsi (dicatat di jejak audit).</source>
        <translation>Write the reason for choosing unencrypted backups (recorded in the audit trail).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1225"/>
        <source>Folder {folder} tidak ditemukan.</source>
        <translation>The folder {folder} was not found.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1226"/>
        <source>Kunci cadangan</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1227"/>
        <source>Kata sandi cadangan</source>
        <translation>The backup password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1237"/>
        <source>Atur dulu kata sandi cadangan (dengan kunci cadangan), lalu enkripsi cadangan lama.</source>
        <translation>Set a backup password (with a recovery key) first, then encrypt the old backups.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1241"/>
        <source>Database tidak dapat dibaca untuk dicadangkan: {error}.</source>
        <translation>The database cannot be read to back it up: {error}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1242"/>
        <source>Berkas database terpotong saat dicadangkan.</source>
        <translation>The database file was cut off while it was being backed up.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1243"/>
        <source>Berkas cadangan {name} tidak dapat dibaca: {reason}</source>
        <translation>The backup file {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1244"/>
        <source>Berkas cadangan {name} rusak: isinya lebih besar dari yang tercatat.</source>
        <translation>The backup file {name} is damaged: its contents are larger than recorded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1248"/>
        <source>Berkas cadangan {name} rusak: isinya tidak dapat dibuka.</source>
        <translation>The backup file {name} is damaged: its contents cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1249"/>
        <source>Berkas {name} tidak dapat dibaca untuk disimpan: {reason}</source>
        <translation>The file {name} cannot be read to save it: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1250"/>
        <source>Pengaturan cadangan di {name} rusak.</source>
        <translation>The backup settings in {name} are damaged.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1251"/>
        <source>Disk penuh saat membuat cadangan di {folder}. Cadangan sebelumnya tetap utuh. Kosongkan ruang disk, lalu ulangi.</source>
        <translation>The disk became full while making a backup in {folder}. The previous backups are intact. Free up disk space, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1256"/>
        <source>Disk penuh saat membuat cadangan. Cadangan sebelumnya tetap utuh. Kosongkan ruang disk, lalu ulangi.</source>
        <translation>The disk became full while making a backup. The previous backups are intact. Free up disk space, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1261"/>
        <source>Berkas cadangan {name} rusak.</source>
        <translation>The backup file {name} is damaged.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1262"/>
        <source>Cadangan {name} dibuat oleh versi BLKDesk yang lebih baru; perbarui BLKDesk untuk membukanya.</source>
        <translation>Backup {name} was made by a newer version of BLKDesk; update BLKDesk to open it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1267"/>
        <source>Kata sandi cadangan salah, atau berkas cadangan {name} rusak.</source>
        <translation>The backup password is wrong, or the backup file {name} is damaged.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1268"/>
        <source>Kata sandi cadangan salah. Periksa huruf besar/kecilnya, atau pakai kunci cadangan dari lembar yang dicetak.</source>
        <translation>The backup password is wrong. Check upper and lower case, or use the recovery key from the printed sheet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1273"/>
        <source>Cadangan ini dilindungi kata sandi; masukkan kata sandi cadangan atau kunci cadangan dari lembar yang dicetak.</source>
        <translation>This backup is protected by a password; enter the backup password or the recovery key from the printed sheet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1278"/>
        <source>Kunci cadangan salah: periksa lagi huruf-hurufnya di lembar kunci.</source>
        <translation>The recovery key is wrong: check its letters on the key sheet again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1279"/>
        <source>{name} bukan berkas tersegel BLKDesk.</source>
        <translation>{name} is not a sealed BLKDesk file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1280"/>
        <source>Berkas {name} terpotong (tidak lengkap).</source>
        <translation>The file {name} is cut off (incomplete).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1281"/>
        <source>Kepala {name} rusak.</source>
        <translation>The header of {name} is damaged.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1282"/>
        <source>Berkas tersegel rusak atau telah diubah.</source>
        <translation>The sealed file is damaged or has been changed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1283"/>
        <source>dibuat manual</source>
        <translation>made manually</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1284"/>
        <source>otomatis (tiap 30 menit bila ada perubahan)</source>
        <translation>automatic (every 30 minutes when something changed)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1285"/>
        <source>saat aplikasi ditutup</source>
        <translation>when the app was closed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1286"/>
        <source>sebelum pembaruan skema</source>
        <translation>before a schema update</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1287"/>
        <source>sebelum pemulihan</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1288"/>
        <source>sebelum penggabungan data</source>
        <translation>before merging data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1289"/>
        <source>sebelum impor</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1290"/>
        <source>salinan berkas rusak (sebelum pemulihan)</source>
        <translation>copy of the damaged file (before a restore)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1291"/>
        <source>{reason} (hanya perubahan)</source>
        <translation>{reason} (changes only)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1292"/>
        <source>{n} peserta</source>
        <translation>{n} trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1293"/>
        <source>{n} angkatan</source>
        <translation>{n} batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1294"/>
        <source>{n} pendaftaran</source>
        <translation>{n} registrations</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1295"/>
        <source>{n} tanda hadir</source>
        <translation>{n} attendance marks</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1296"/>
        <source>{n} sertifikat</source>
        <translation>{n} certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1297"/>
        <source>{n} pengguna</source>
        <translation>{n} users</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1298"/>
        <source>{n} catatan audit</source>
        <translation>{n} audit entries</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1299"/>
        <source>{n} {table}</source>
        <translation>{n} {table}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1301"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1302"/>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1303"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1304"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1305"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1306"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1307"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1308"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1309"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1310"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1311"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1312"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1313"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1314"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1315"/>
        <source>Nomor AK/1</source>
        <translation>AK/1 card number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1316"/>
        <source>Calon pekerja migran</source>
        <translation>Prospective migrant worker</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1317"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1318"/>
        <source>Nomor paspor</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1319"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1320"/>
        <source>Nama orang tua/wali</source>
        <translation>Parent/guardian name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1321"/>
        <source>Persetujuan orang tua/wali</source>
        <translation>Parent/guardian consent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1322"/>
        <source>Pas foto</source>
        <translation>Passport photo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1323"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1324"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1325"/>
        <source>Lokasi MTU</source>
        <translation>MTU location</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1326"/>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1327"/>
        <source>Nama kepala</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1328"/>
        <source>NIP kepala</source>
        <translation>Head&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1329"/>
        <source>Pola nomor sertifikat</source>
        <translation>Certificate number pattern</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1330"/>
        <source>Penilai</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1331"/>
        <source>NIP / nomor identitas</source>
        <translation>NIP / ID number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1332"/>
        <source>Syarat tambahan</source>
        <translation>Additional requirement</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1334"/>
        <source>Lembar Manifest berkas ini menyebut jenis &apos;{found}&apos;, bukan &apos;{kind}&apos;.</source>
        <translation>This file&apos;s Manifest sheet says it is a &apos;{found}&apos;, not a &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1337"/>
        <source>Laporan ini tidak bertanda tangan (tidak ada lembar Manifest).</source>
        <translation>This report is not signed (it has no Manifest sheet).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1338"/>
        <source>Lembar {sheet} ditambahkan setelah laporan ditandatangani; laporan tidak dicatat. Minta BLK mengirim ulang berkas aslinya.</source>
        <translation>Sheet {sheet} was added after the report was signed; the report was not logged. Ask the BLK to send the original file again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1343"/>
        <source>Isi lembar {sheets} tidak cocok dengan tanda tangan laporan: laporan diubah setelah diekspor. Laporan tidak dicatat; minta BLK mengirim ulang berkas aslinya.</source>
        <translation>The contents of sheet(s) {sheets} do not match the report&apos;s signature: the report was changed after it was exported. It was not logged; ask the BLK to send the original file again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1348"/>
        <source>Laporan {code} ini tidak bertanda tangan (dibuat BLKDesk versi lama atau bukan oleh BLKDesk), jadi tidak dapat dipastikan berasal dari BLK itu. Laporan tidak dicatat; minta BLK memperbarui BLKDesk lalu mengekspor ulang laporannya.</source>
        <translation>This {code} report is not signed (made by an older BLKDesk or not by BLKDesk), so there is no telling whether it comes from that BLK. It was not logged; ask the BLK to update BLKDesk and export the report again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1354"/>
        <source>Lembar Info menyebut lembaga {code}, tetapi laporan ditandatangani untuk {signed}. Laporan tidak dicatat.</source>
        <translation>The Info sheet names institution {code}, but the report was signed for {signed}. It was not logged.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1360"/>
        <source>TIDAK/BELUM SEKOLAH</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1361"/>
        <source>BELUM TAMAT SD/SEDERAJAT</source>
        <translation>Primary school not completed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1362"/>
        <source>TAMAT SD/SEDERAJAT</source>
        <translation>SD (primary school) or equivalent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1363"/>
        <source>SLTP/SEDERAJAT</source>
        <translation>SLTP (junior high school) or equivalent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1364"/>
        <source>SLTA/SEDERAJAT</source>
        <translation>SLTA (senior high school) or equivalent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1365"/>
        <source>DIPLOMA I/II</source>
        <translation>Diploma I/II</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1366"/>
        <source>AKADEMI/DIPLOMA III/S. MUDA</source>
        <translation>Academy/Diploma III</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1367"/>
        <source>DIPLOMA IV/STRATA I</source>
        <translation>Diploma IV/Bachelor (S1)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1368"/>
        <source>STRATA II</source>
        <translation>Master (S2)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1369"/>
        <source>STRATA III</source>
        <translation>Doctorate (S3)</translation>
    </message>
</context>
<context>
    <name>Core (one)</name>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1376"/>
        <source>{n} peserta</source>
        <translation>{n} trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1377"/>
        <source>{n} angkatan</source>
        <translation>{n} batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1378"/>
        <source>{n} pendaftaran</source>
        <translation>{n} registration</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1379"/>
        <source>{n} tanda hadir</source>
        <translation>{n} attendance mark</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1380"/>
        <source>{n} sertifikat</source>
        <translation>{n} certificate</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1381"/>
        <source>{n} pengguna</source>
        <translation>{n} user</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1382"/>
        <source>{n} catatan audit</source>
        <translation>{n} audit entry</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1383"/>
        <source>{n} hari</source>
        <translation>{n} day</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1384"/>
        <source>{n} unit</source>
        <translation>{n} unit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1385"/>
        <source>semua {n} unit</source>
        <translation>the {n} unit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1386"/>
        <source>{n} sel kehadiran</source>
        <translation>{n} attendance cell</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1387"/>
        <source>{n} nilai unit</source>
        <translation>{n} unit result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1388"/>
        <source>{day} ({n} tanda)</source>
        <translation>{day} ({n} mark)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1389"/>
        <source>NIK harus 16 angka; yang diisi {n} angka.</source>
        <translation>A NIK has 16 digits; {n} was entered.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1390"/>
        <source>Nomor KK harus 16 angka; yang diisi {n} karakter.</source>
        <translation>A KK number has 16 digits; {n} character was entered.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1391"/>
        <source>NIP harus 18 angka; yang diisi {n} karakter.</source>
        <translation>A NIP has 18 digits; {n} character was entered.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1392"/>
        <source>Katalog tidak diimpor: {shown} (dan {n} masalah lain)</source>
        <translation>The catalogue was not imported: {shown} (and {n} other problem)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1393"/>
        <source>{shown} (dan {n} kesalahan lain)</source>
        <translation>{shown} (and {n} other error)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1394"/>
        <source>{kind} menemukan {n} masalah: {problems}</source>
        <translation>{kind} found {n} problem: {problems}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1395"/>
        <source>Lembar {sheet} berisi {n} baris, Manifest menyebut {listed}: berkas terpotong atau diubah. Minta BLK mengirim ulang.</source>
        <translation>Sheet {sheet} holds {n} row but the Manifest says {listed}: the file was cut off or changed. Ask the BLK to send it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1400"/>
        <source>Sebelum penggabungan, {n} isian data pribadi dari berkas sinkronisasi lama yang tidak dibutuhkan provinsi (catatan kehadiran, catatan, agama, nomor KK, alamat jalan, paspor, wali) dikosongkan; jumlahnya tercatat di jejak audit.</source>
        <translation>Before merging, {n} personal data field from older sync files that the province does not need (attendance notes, notes, religion, family card number, street address, passport, guardian) was blanked; the count is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1406"/>
        <source>Saat database dibuka, {n} isian data pribadi dari berkas sinkronisasi lama yang tidak dibutuhkan provinsi dikosongkan; jumlahnya tercatat di jejak audit.</source>
        <translation>When the database was opened, {n} personal data field from older sync files that the province does not need was blanked; the count is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1411"/>
        <source>Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara; coba lagi dalam {n} menit.</source>
        <translation>Too many failed login attempts. The account is locked for a while; try again in {n} minute.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1416"/>
        <source>Unit {code} sudah dinilai {n} kali, batas program ini {limit} kali; penilaian ulang tidak dapat dicatat.</source>
        <translation>Unit {code} has been assessed {n} time, and this programme&apos;s limit is {limit}; a reassessment cannot be recorded.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1421"/>
        <source>Ada {n} data peserta yang mirip. Periksa daftarnya; bila memang orang yang berbeda, simpan dengan menuliskan alasannya.</source>
        <translation>There is {n} similar trainee record. Check it; if this really is a different person, save with a reason.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1426"/>
        <source>Kapasitas {batch} sudah penuh ({taken} dari {n} peserta). Jadikan pendaftar ini cadangan, atau naikkan kapasitas angkatan dulu.</source>
        <translation>{batch} is full ({taken} of {n} trainee). Make this applicant a reserve, or raise the batch&apos;s capacity first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1431"/>
        <source>{what} salah: tidak membuka satu pun dari {n} cadangan terenkripsi. Periksa lagi, atau pakai kunci cadangan dari lembar yang dicetak.</source>
        <translation>{what} is wrong: it does not open the {n} encrypted backup. Check it again, or use the recovery key from the printed sheet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/core_sentences.py" line="1436"/>
        <source>Ada {n} cadangan terenkripsi; berikan kata sandi cadangan atau kunci cadangan.</source>
        <translation>There is {n} encrypted backup; give the backup password or the recovery key.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="59"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="67"/>
        <source>BLKDesk menemui kesalahan yang tidak terduga; data yang sudah tersimpan tetap aman, jadi periksa kembali isian terakhir Anda lalu lanjutkan bekerja.</source>
        <translation>BLKDesk ran into an unexpected error; the data already saved is safe, so check your last entry again and carry on working.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="78"/>
        <source>Untuk petugas TI: simpan atau salin laporan kesalahan (tanpa data pribadi) dan kirimkan bersama cerita singkat apa yang sedang Anda kerjakan.</source>
        <translation>For the IT officer: save or copy the error report (no personal data) and send it with a short account of what you were doing.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="92"/>
        <source>Laporan tersimpan di {path}</source>
        <translation>Report saved in {path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="103"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="104"/>
        <source>Salin laporan</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="105"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="107"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="129"/>
        <source>Simpan salinan laporan</source>
        <translation>Save a copy of the report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="131"/>
        <source>Berkas teks (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="139"/>
        <source>Laporan tidak dapat disimpan di {path}: {reason}</source>
        <translation>The report cannot be saved in {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="144"/>
        <source>Laporan tersimpan di {path}.</source>
        <translation>Report saved in {path}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="148"/>
        <source>Laporan tersalin; tempelkan ke pesan untuk petugas TI.</source>
        <translation>Report copied; paste it into a message to the IT officer.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="253"/>
        <source>Menghubungi server kantor</source>
        <translation>Contacting the office server</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="261"/>
        <source>Halaman ini belum dapat dimuat. {cause} Tunggu sampai pekerjaan itu selesai; data yang sudah disimpan tetap aman.</source>
        <translation>This page could not be loaded yet. {cause} Wait until that work has finished; what has been saved is safe.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="267"/>
        <source>Halaman ini belum dapat dimuat. {cause} BLKDesk menyambung lagi sendiri; data yang sudah disimpan tetap aman.</source>
        <translation>This page could not be loaded yet. {cause} BLKDesk reconnects by itself; saved data is safe.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="274"/>
        <source>Server kantor tidak dapat dihubungi.</source>
        <translation>The office server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/crash.py" line="296"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>DateReasonDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="141"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>DoubleFundingPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="65"/>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="23"/>
        <source>Pendanaan Ganda</source>
        <translation>Double Funding</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="29"/>
        <source>NIK yang dilatih lebih dari satu BLK pada tahun yang sama, dari data yang sudah digabung. Pilih satu kasus untuk melihat pelatihannya.</source>
        <translation>NIKs trained by more than one BLK in the same year, in the merged data. Choose a case to see its trainings.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="36"/>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="40"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="41"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="42"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="43"/>
        <source>Jumlah BLK</source>
        <translation>BLKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="44"/>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="49"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="50"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="51"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="52"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="53"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="54"/>
        <source>Sumber dana</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="81"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="95"/>
        <source>%Ln kasus pendanaan ganda</source>
        <translation>
            <numerusform>%Ln double-funding case</numerusform>
            <numerusform>%Ln double-funding cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="97"/>
        <source>Tidak ada NIK yang dilatih dua BLK pada tahun yang sama.</source>
        <translation>No NIK was trained by two BLKs in the same year.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/double_funding.py" line="110"/>
        <source>{name}: {n} pelatihan pada {year}</source>
        <translation>{name}: {n} trainings in {year}</translation>
    </message>
</context>
<context>
    <name>DraftsBox</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="35"/>
        <source>Formulir pendaftar belum disimpan di PC ini</source>
        <translation>Unsaved applicant forms on this PC</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="41"/>
        <source>Petugas</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="42"/>
        <source>Formulir</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="43"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="44"/>
        <source>Terakhir diisi</source>
        <translation>Last filled in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="45"/>
        <source>Dihapus otomatis</source>
        <translation>Removed automatically</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="54"/>
        <source>Hapus otomatis bila tidak disentuh selama</source>
        <translation>Remove automatically when untouched for</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="56"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="58"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="62"/>
        <source>Buang formulir terpilih…</source>
        <translation>Discard selected form…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="73"/>
        <source>Pendaftar baru</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="74"/>
        <source>Ubah data peserta</source>
        <translation>Edit trainee record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="93"/>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="100"/>
        <source>Formulir belum disimpan</source>
        <translation>Unsaved form</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="100"/>
        <source>Pilih dulu formulirnya.</source>
        <translation>Select a form first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="106"/>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="119"/>
        <source>Buang formulir</source>
        <translation>Discard form</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/drafts_box.py" line="108"/>
        <source>Buang formulir {form} milik {clerk} yang terakhir diisi {when}? Isinya hilang dan tidak dapat dikembalikan.</source>
        <translation>Discard the {form} form of {clerk}, last filled in {when}? Its contents are lost and cannot be brought back.</translation>
    </message>
</context>
<context>
    <name>DuplicatesSection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="372"/>
        <source>Kemungkinan data ganda</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="376"/>
        <source>Data di bawah ini mirip dengan pendaftar ini. Bila memang orang yang berbeda, tuliskan alasannya lalu simpan lagi.</source>
        <translation>The records below are similar to this applicant. If this really is a different person, give the reason and save again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="384"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="385"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="386"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="387"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="388"/>
        <source>Kesamaan</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="394"/>
        <source>mis. kembar, nama sama tetapi NIK berbeda</source>
        <translation>e.g. twins, same name but different NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="396"/>
        <source>Alasan tetap menyimpan</source>
        <translation>Reason for saving anyway</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="93"/>
        <source>Ubah pengguna: {0}</source>
        <translation>Edit user: {0}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="100"/>
        <source>Aktif (dapat masuk ke BLKDesk)</source>
        <translation>Active (can log in to BLKDesk)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="101"/>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="129"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="102"/>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="129"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="103"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="130"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="53"/>
        <source>Semua tindak lanjut</source>
        <translation>All follow-ups</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="54"/>
        <source>3 bulan setelah pelatihan</source>
        <translation>3 months after training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="55"/>
        <source>6 bulan setelah pelatihan</source>
        <translation>6 months after training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="56"/>
        <source>12 bulan setelah pelatihan</source>
        <translation>12 months after training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="61"/>
        <source>Unduh lembar survei…</source>
        <translation>Download survey sheet…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="63"/>
        <source>Daftar ini sebagai berkas Excel untuk diisi, lalu diimpor kembali.</source>
        <translation>This list as an Excel file to fill in and import back.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="73"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="74"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="76"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="75"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="75"/>
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="79"/>
        <source>Belum bekerja per</source>
        <translation>Not working as of</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="116"/>
        <source>Hasil panggilan</source>
        <translation>Call result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="132"/>
        <source>&amp;Simpan dan lanjut</source>
        <translation>&amp;Save and continue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="134"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="136"/>
        <source>&amp;Lewati</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="137"/>
        <source>Ctrl+↓ berikutnya, Ctrl+↑ sebelumnya</source>
        <translation>Ctrl+↓ next, Ctrl+↑ previous</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="144"/>
        <source>1–5 memilih hasil, Enter menyimpan.</source>
        <translation>1–5 picks the result, Enter saves.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="181"/>
        <source>Tidak ada alumni yang perlu dihubungi</source>
        <translation>No alumni to call</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="182"/>
        <source>Alumni tampil di sini 3, 6 dan 12 bulan sesudah angkatannya selesai, untuk ditanya apakah sudah bekerja. Hasilnya dicatat di panel sebelah.</source>
        <translation>Alumni appear here 3, 6 and 12 months after their batch ends, to be asked whether they are working. The answer is recorded in the panel beside.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="186"/>
        <source>%Ln alumni perlu dihubungi</source>
        <translation>
            <numerusform>%Ln alumnus to call</numerusform>
            <numerusform>%Ln alumni to call</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="188"/>
        <source>Tidak ada alumni yang perlu dihubungi hari ini.</source>
        <translation>No alumni to call today.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="226"/>
        <source>Semua sudah dihubungi</source>
        <translation>Everyone has been called</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="231"/>
        <source>(tidak ada nomor HP)</source>
        <translation>(no mobile number)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="233"/>
        <source>{program} · {batch}, selesai {end} · tindak lanjut {n} bulan</source>
        <translation>{program} · {batch}, ended {end} · {n}-month follow-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="250"/>
        <source>Tersimpan: {name} — {outcome}.</source>
        <translation>Saved: {name} — {outcome}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="257"/>
        <source>Simpan lembar survei</source>
        <translation>Save survey sheet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="258"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/placements/follow_up_tab.py" line="275"/>
        <source>Lembar survei berisi %Ln alumni disimpan di {path}.</source>
        <translation>
            <numerusform>Survey sheet with %Ln alumnus saved to {path}.</numerusform>
            <numerusform>Survey sheet with %Ln alumni saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraduatesTab</name>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="45"/>
        <source>Cari lulusan: nama, NIK atau nomor HP…</source>
        <translation>Search graduates: name, NIK or mobile…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="52"/>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="67"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="55"/>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="67"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="56"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="57"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="58"/>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="67"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="59"/>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="67"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="60"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="62"/>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="68"/>
        <source>Penempatan terakhir</source>
        <translation>Latest placement</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="75"/>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="76"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="77"/>
        <source>Perusahaan / usaha</source>
        <translation>Employer / business</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="78"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="79"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="80"/>
        <source>Mulai bekerja</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="81"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="82"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="88"/>
        <source>Catat penempatan…</source>
        <translation>Record placement…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="91"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="93"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="143"/>
        <source>Belum ada lulusan</source>
        <translation>No graduates yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="144"/>
        <source>Lulusan tampil di sini setelah angkatannya selesai dan kelulusannya diputuskan di Penilaian &amp; Sertifikat. Penempatan mereka dicatat sesudahnya, juga berbulan-bulan kemudian.</source>
        <translation>Graduates appear here once their batch has ended and their graduation is decided in Assessment &amp; Certificates. Their placements are recorded afterwards, months later too.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="147"/>
        <source>Buka Penilaian &amp; Sertifikat</source>
        <translation>Open Assessment &amp; Certificates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="173"/>
        <source>Riwayat penempatan {name}</source>
        <translation>Placement history of {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="176"/>
        <source>Pilih lulusan untuk melihat riwayatnya.</source>
        <translation>Select a graduate to see their history.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="213"/>
        <source>Hapus catatan penempatan</source>
        <translation>Delete placement record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="214"/>
        <source>Alasan menghapus catatan {date} ({outcome}):</source>
        <translation>Reason for deleting the record of {date} ({outcome}):</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/graduates_tab.py" line="222"/>
        <source>Tidak dapat dihapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>HeadPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="93"/>
        <source>Kepala BLK dan logo</source>
        <translation>Head of the BLK and logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="94"/>
        <source>Nama dan NIP kepala dicetak di bawah tanda tangan sertifikat.</source>
        <translation>The head&apos;s name and NIP are printed below the signature on certificates.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="98"/>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="99"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="100"/>
        <source>Nama kepala</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="101"/>
        <source>NIP kepala</source>
        <translation>Head&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="105"/>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="110"/>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="115"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="121"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="121"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="129"/>
        <source>Berkas itu bukan gambar PNG atau JPEG.</source>
        <translation>That file is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="134"/>
        <source>Berkas logo terlalu besar (maksimal 2 MB).</source>
        <translation>The logo file is too large (2 MB at most).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="24"/>
        <source>Panduan BLKDesk</source>
        <translation>BLKDesk guide</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="32"/>
        <source>◀ Kembali</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="36"/>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/help.py" line="44"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="36"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="115"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="123"/>
        <source>Angkatan berjalan</source>
        <translation>Batches running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="124"/>
        <source>Peserta sedang pelatihan</source>
        <translation>Trainees now in training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="125"/>
        <source>Hari pelatihan belum diisi presensinya</source>
        <translation>Training days not yet keyed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="126"/>
        <source>Sertifikat menunggu dicetak</source>
        <translation>Certificates waiting to be printed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="127"/>
        <source>Alumni perlu dihubungi</source>
        <translation>Alumni to call</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="139"/>
        <source>Cadangan terakhir:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="140"/>
        <source>Ekspor ke provinsi terakhir:</source>
        <translation>Last export to the province:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="146"/>
        <source>Belum ada peserta tahun ini.</source>
        <translation>No trainees this year yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="148"/>
        <source>Belum ada lulusan pada tahun itu.</source>
        <translation>No graduates in that year yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="214"/>
        <source>{institution} · {date}</source>
        <translation>{institution} · {date}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="289"/>
        <source>laporan bulanan {period}</source>
        <translation>monthly report {period}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="297"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="299"/>
        <source>kemarin</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="300"/>
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="306"/>
        <source>belum pernah dibuat</source>
        <translation>never made</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="311"/>
        <source>{when} ({ago})</source>
        <translation>{when} ({ago})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="318"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="271"/>
        <source>{n} direncanakan</source>
        <translation>{n} planned</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="241"/>
        <source>Buat program pelatihan: kejuruan, unit kompetensi, JP.</source>
        <translation>Create a training programme: vocation, competency units, lesson hours.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="242"/>
        <source>Daftarkan calon peserta, atau impor daftarnya dari Excel.</source>
        <translation>Register applicants, or import their list from Excel.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="243"/>
        <source>Rencanakan angkatan, lalu pilih pesertanya.</source>
        <translation>Plan a batch, then select its trainees.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="253"/>
        <source>Sesudah itu: kehadiran setiap hari, penilaian dan sertifikat di akhir pelatihan, laporan bulanan ke provinsi.</source>
        <translation>Then: attendance every day, assessment and certificates at the end of the training, the monthly report to the province.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="258"/>
        <source>Buat program pelatihan</source>
        <translation>Create a programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="260"/>
        <source>Daftarkan pendaftar</source>
        <translation>Register applicants</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="262"/>
        <source>Rencanakan angkatan</source>
        <translation>Plan a batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="265"/>
        <source>Mulai di sini</source>
        <translation>Start here</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="272"/>
        <source>{n} perempuan</source>
        <translation>{n} female</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="276"/>
        <source>semua sudah diisi</source>
        <translation>all already filled in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="279"/>
        <source>semua sudah dicetak</source>
        <translation>all already printed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="280"/>
        <source>3/6/12 bln: {a} · {b} · {c}</source>
        <translation>3/6/12 mo: {a} · {b} · {c}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="291"/>
        <source>berkas sinkronisasi (perubahan)</source>
        <translation>sync file (changes)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="292"/>
        <source>berkas sinkronisasi</source>
        <translation>sync file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="321"/>
        <source>{what}, {when} ({ago})</source>
        <translation>{what}, {when} ({ago})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="332"/>
        <source>laporan bulanan {month} dan berkas sinkronisasinya belum diekspor</source>
        <translation>the {month} monthly report and its sync file have not been exported</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="334"/>
        <source>laporan bulanan {month} belum diekspor</source>
        <translation>the {month} monthly report has not been exported</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="336"/>
        <source>berkas sinkronisasi sesudah akhir {month} belum diekspor</source>
        <translation>no sync file has been exported since the end of {month}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="339"/>
        <source>Kiriman data bulan {month} ke provinsi sudah lewat batas tanggal {due}: {what}. Ekspor di halaman Laporan &amp; Sinkronisasi.</source>
        <translation>The {month} submission to the province was due on {due}: {what}. Export it on the Reports &amp; Sync page.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="354"/>
        <source>Peserta pelatihan {year} per kejuruan</source>
        <translation>Trainees {year} by vocation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="357"/>
        <source>%Ln peserta: {male} laki-laki, {female} perempuan</source>
        <translation>
            <numerusform>%Ln trainee: {male} male, {female} female</numerusform>
            <numerusform>%Ln trainees: {male} male, {female} female</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="388"/>
        <source>{rate} dari %Ln lulusan sudah bekerja atau berwirausaha</source>
        <translation>
            <numerusform>{rate} of %Ln graduate works or runs a business</numerusform>
            <numerusform>{rate} of %Ln graduates work or run a business</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="391"/>
        <source>Belum ada lulusan.</source>
        <translation>No graduates yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="274"/>
        <source>di %Ln angkatan</source>
        <translation>
            <numerusform>in %Ln batch</numerusform>
            <numerusform>in %Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="277"/>
        <source>dari %Ln angkatan</source>
        <translation>
            <numerusform>of %Ln batch</numerusform>
            <numerusform>of %Ln batches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="304"/>
        <source>dibuat oleh PC server kantor</source>
        <translation>made by the office server&apos;s PC</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="366"/>
        <source>{vocation} · {sex}: %Ln peserta</source>
        <translation>
            <numerusform>{vocation} · {sex}: %Ln trainee</numerusform>
            <numerusform>{vocation} · {sex}: %Ln trainees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="385"/>
        <source>Penempatan lulusan {year} per kejuruan</source>
        <translation>Placement of {year} graduates by vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="393"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="513"/>
        <source>Belum terlacak</source>
        <translation>Not yet traced</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="401"/>
        <source>{vocation} · {outcome}: {n} dari {total}</source>
        <translation>{vocation} · {outcome}: {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="412"/>
        <source>{rate} % dari {n}</source>
        <translation>{rate} % of {n}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="437"/>
        <source>Angkatan yang sedang berjalan</source>
        <translation>Batches now running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="439"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="455"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="470"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="499"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="528"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="440"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="456"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="498"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="527"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="441"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="500"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="442"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="529"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="443"/>
        <source>Peserta</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="452"/>
        <source>Hari pelatihan yang presensinya belum lengkap</source>
        <translation>Training days with incomplete attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="454"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="457"/>
        <source>Terisi</source>
        <translation>Keyed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="466"/>
        <source>Sertifikat yang belum pernah dicetak</source>
        <translation>Certificates never printed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="468"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="469"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="496"/>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="525"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="471"/>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="487"/>
        <source>Peserta {year} · {vocation} · {sex}</source>
        <translation>Trainees {year} · {vocation} · {sex}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="491"/>
        <source>Peserta {year} · {vocation}</source>
        <translation>Trainees {year} · {vocation}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="497"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="502"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="516"/>
        <source>Lulusan {year} · {vocation} · {outcome}</source>
        <translation>Graduates {year} · {vocation} · {outcome}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="520"/>
        <source>Lulusan {year} · {vocation}</source>
        <translation>Graduates {year} · {vocation}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="526"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/beranda/page.py" line="530"/>
        <source>Penempatan terakhir</source>
        <translation>Latest placement</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="132"/>
        <source>Identitas (sesuai KTP/KK)</source>
        <translation>Identity (as on the KTP/KK)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="145"/>
        <source>Buka data yang sudah ada</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="143"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="135"/>
        <source>16 angka dari KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="151"/>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="152"/>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="153"/>
        <source>sesuai KTP, tanpa gelar</source>
        <translation>as on the KTP, no titles</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="154"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="155"/>
        <source>kota/kabupaten lahir</source>
        <translation>city or regency</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="156"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="157"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="162"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="164"/>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="167"/>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="170"/>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="174"/>
        <source>— pilih —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="166"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="168"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="172"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="176"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="189"/>
        <source>{region}, {province} · lahir {born} · {sex}</source>
        <translation>{region}, {province} · born {born} · {sex}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="197"/>
        <source>{n} dari 16 angka</source>
        <translation>{n} of 16 digits</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="204"/>
        <source>{age} tahun</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="206"/>
        <source> · di bawah 18: perlu persetujuan orang tua/wali</source>
        <translation> · under 18: parent/guardian consent required</translation>
    </message>
</context>
<context>
    <name>ImportCheckDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="24"/>
        <source>Impor hasil survei</source>
        <translation>Import survey results</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="26"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="30"/>
        <source>{file}: %Ln baris dibaca, {valid} benar, {bad} bermasalah.</source>
        <translation>
            <numerusform>{file}: %Ln row read, {valid} valid, {bad} with problems.</numerusform>
            <numerusform>{file}: %Ln rows read, {valid} valid, {bad} with problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="39"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="40"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="41"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="56"/>
        <source>Impor %Ln baris yang benar saja</source>
        <translation>
            <numerusform>Import only the %Ln valid row</numerusform>
            <numerusform>Import only the %Ln valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/placements/import_check.py" line="58"/>
        <source>Impor %Ln baris</source>
        <translation>
            <numerusform>Import %Ln row</numerusform>
            <numerusform>Import %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="36"/>
        <source>Hasil impor pendaftar</source>
        <translation>Applicant import results</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="45"/>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="62"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="46"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="47"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="48"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="49"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="58"/>
        <source>Peringatan: {w}</source>
        <translation>Warning: {w}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="62"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="72"/>
        <source>Kolom tidak dikenal (diabaikan): {names}</source>
        <translation>Unknown columns (ignored): {names}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="79"/>
        <source>Simpan baris gagal ke Excel…</source>
        <translation>Save failed rows to Excel…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="90"/>
        <source>Simpan baris gagal</source>
        <translation>Save failed rows</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="90"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="99"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="99"/>
        <source>Berkas tidak dapat ditulis.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="103"/>
        <source>Tersimpan: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="20"/>
        <source>Ubah profil lembaga</source>
        <translation>Edit institution profile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="30"/>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="31"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="33"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="92"/>
        <source>Nama lembaga</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="34"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="92"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="35"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="93"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="36"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="93"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="37"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="94"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="38"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="94"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="39"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="95"/>
        <source>Nama kepala</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="40"/>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="95"/>
        <source>NIP kepala</source>
        <translation>Head&apos;s NIP</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/institution_dialog.py" line="53"/>
        <source>Kode lembaga {code} tidak dapat diubah: kode itu ada di setiap nomor sertifikat dan berkas sinkronisasi.</source>
        <translation>The institution code {code} cannot be changed: it is part of every certificate number and sync file.</translation>
    </message>
</context>
<context>
    <name>InstitutionFields</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/institution_fields.py" line="22"/>
        <source>Provinsi Banten (36)</source>
        <translation>Banten Province (36)</translation>
    </message>
</context>
<context>
    <name>InstitutionFilter</name>
    <message>
        <location filename="../../blkdesk/ui/screens/province/lembaga.py" line="33"/>
        <source>Semua lembaga</source>
        <translation>All institutions</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="58"/>
        <source>Identitas lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="60"/>
        <source>Data ini tampil di sertifikat, laporan bulanan dan berkas sinkronisasi.</source>
        <translation>This appears on certificates, monthly reports and sync files.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="66"/>
        <source>mis. SRG</source>
        <translation>e.g. SRG</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="67"/>
        <source>mis. UPTD Balai Latihan Kerja Kab. Serang</source>
        <translation>e.g. UPTD Balai Latihan Kerja Kab. Serang</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="71"/>
        <source>Kode lembaga</source>
        <translation>Institution code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="72"/>
        <source>Nama lembaga</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="73"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="74"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="75"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="79"/>
        <source>Kantor ini sudah punya server kantor? Hubungkan…</source>
        <translation>This office already has an office server? Connect…</translation>
    </message>
</context>
<context>
    <name>InstructorDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="24"/>
        <source>Instruktur baru</source>
        <translation>New instructor</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="24"/>
        <source>Ubah instruktur</source>
        <translation>Edit instructor</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="29"/>
        <source>NIP 18 angka, atau nomor lain</source>
        <translation>18-digit NIP, or another number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="31"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="37"/>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="88"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="38"/>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="88"/>
        <source>NIP / nomor identitas</source>
        <translation>NIP / ID number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="39"/>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="89"/>
        <source>Kejuruan</source>
        <translation>Vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="40"/>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="89"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="41"/>
        <location filename="../../blkdesk/ui/screens/training/registers.py" line="90"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="17"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="18"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="19"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="20"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="21"/>
        <source>Kepala BLK</source>
        <translation>Head of the BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="22"/>
        <source>Peninjau</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="24"/>
        <source>Bekerja di perusahaan</source>
        <translation>Employed by a company</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="25"/>
        <source>Bekerja non-perusahaan</source>
        <translation>Employed outside a company</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="26"/>
        <source>Wirausaha</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="27"/>
        <source>PMI (pekerja migran)</source>
        <translation>Migrant worker (PMI)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="28"/>
        <source>Belum bekerja</source>
        <translation>Not yet working</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="29"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="30"/>
        <source>Kuesioner</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="31"/>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="32"/>
        <source>Laporan perusahaan</source>
        <translation>Company report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="34"/>
        <source>Lulus</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="35"/>
        <source>Surat keterangan</source>
        <translation>Completion letter</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="36"/>
        <source>Tidak lulus</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="37"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="38"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="39"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="40"/>
        <source>Alpa</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="41"/>
        <source>Pendaftar</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="42"/>
        <source>Lulus seleksi (peserta)</source>
        <translation>Selected (trainee)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="43"/>
        <source>Cadangan</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="44"/>
        <source>Tidak lulus seleksi</source>
        <translation>Failed selection</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="45"/>
        <source>Mengundurkan diri</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="47"/>
        <source>UPTD Kabupaten/Kota</source>
        <translation>Regency/city UPTD</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="48"/>
        <source>UPTD Provinsi</source>
        <translation>Provincial UPTD</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="49"/>
        <source>UPTP Kemnaker (BBPVP/BPVP)</source>
        <translation>Ministry UPTP (BBPVP/BPVP)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="50"/>
        <source>BLK Komunitas</source>
        <translation>Community BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="51"/>
        <source>Disnakertrans Provinsi (penggabungan data)</source>
        <translation>Provincial manpower office (data merge)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="52"/>
        <source>Institusional</source>
        <translation>Institutional</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="53"/>
        <source>MTU (Mobile Training Unit)</source>
        <translation>MTU (Mobile Training Unit)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="55"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="56"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="57"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="58"/>
        <source>Jepang</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="59"/>
        <source>Korea Selatan</source>
        <translation>South Korea</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="60"/>
        <source>Singapura</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="62"/>
        <source>Angkatan</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="63"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="64"/>
        <source>Peserta aktif</source>
        <translation>Active trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="65"/>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="66"/>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="67"/>
        <source>Jml</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="68"/>
        <source>Peserta baru</source>
        <translation>New trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="69"/>
        <source>Selesai pelatihan</source>
        <translation>Finished training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="70"/>
        <source>Usia peserta aktif</source>
        <translation>Age of active trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="71"/>
        <source>Pendidikan peserta aktif</source>
        <translation>Education of active trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="72"/>
        <source>SD ke bawah</source>
        <translation>Primary or less</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="73"/>
        <source>SLTP</source>
        <translation>Junior high</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="74"/>
        <source>SLTA</source>
        <translation>Senior high</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="75"/>
        <source>D1–D3</source>
        <translation>Diploma 1–3</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="76"/>
        <source>D4/S1</source>
        <translation>Bachelor (D4/S1)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="77"/>
        <source>S2/S3</source>
        <translation>Master/doctorate</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="78"/>
        <source>Tidak diisi</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="79"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="80"/>
        <source>Calon PMI menurut negara tujuan</source>
        <translation>Migrant-worker candidates by destination</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="81"/>
        <source>Sertifikat terbit</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="82"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="83"/>
        <source>Surat ket.</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="84"/>
        <source>Penempatan dicatat</source>
        <translation>Placements recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="86"/>
        <source>Sertifikat pelatihan</source>
        <translation>Training certificate</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="87"/>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="88"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="90"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="91"/>
        <source>Kristen</source>
        <translation>Protestant</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="92"/>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="93"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="94"/>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="95"/>
        <source>Khonghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="96"/>
        <source>Kepercayaan</source>
        <translation>Indigenous belief</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="97"/>
        <source>Belum Kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="98"/>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="99"/>
        <source>Cerai Hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="100"/>
        <source>Cerai Mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="101"/>
        <source>Pencari kerja</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="102"/>
        <source>Korban PHK</source>
        <translation>Laid off</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="103"/>
        <source>Bekerja</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="104"/>
        <source>Pelajar/Mahasiswa</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="105"/>
        <source>Mengurus rumah tangga</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="107"/>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="108"/>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="109"/>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="110"/>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="111"/>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="112"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="113"/>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>LayoutDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="88"/>
        <source>Tata letak sertifikat</source>
        <translation>Certificate layout</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="106"/>
        <source>Kertas dan posisi</source>
        <translation>Paper and position</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="107"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="108"/>
        <source>Logo dan tanda tangan</source>
        <translation>Logo and signature</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="109"/>
        <source>Penomoran</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="116"/>
        <source>Sertifikat, halaman depan</source>
        <translation>Certificate, front page</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="117"/>
        <source>Sertifikat, halaman belakang</source>
        <translation>Certificate, back page</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="118"/>
        <source>Surat keterangan</source>
        <translation>Completion letter</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="153"/>
        <source>Mendatar</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="153"/>
        <source>Tegak</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="157"/>
        <source>Kiri bawah</source>
        <translation>Bottom left</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="157"/>
        <source>Kanan bawah</source>
        <translation>Bottom right</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="163"/>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="455"/>
        <source>Kotak pas foto 3 × 4</source>
        <translation>3 × 4 photo box</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="164"/>
        <source>Berisi foto peserta bila ada; kosong untuk ditempel.</source>
        <translation>Contains the trainee&apos;s photo if available; left blank for a photo to be pasted on.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="166"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="167"/>
        <source>Arah sertifikat</source>
        <translation>Certificate orientation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="168"/>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="454"/>
        <source>Arah surat keterangan</source>
        <translation>Completion letter orientation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="169"/>
        <source>Margin</source>
        <translation>Margins</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="170"/>
        <source>Letak kode QR</source>
        <translation>QR code position</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="171"/>
        <source>Ukuran kode QR</source>
        <translation>QR code size</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="172"/>
        <source>Geser judul ke bawah</source>
        <translation>Move title down</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="174"/>
        <source>Geser tanda tangan ke bawah</source>
        <translation>Move signature down</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="196"/>
        <source>Kosong: PEMERINTAH &lt;kabupaten/kota&gt; dan nama lembaga</source>
        <translation>Blank: PEMERINTAH &lt;regency/city&gt; (Government of …) and institution name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="205"/>
        <source>Kosong: Kepala &lt;nama lembaga&gt;</source>
        <translation>Blank: Kepala &lt;institution name&gt; (Head of …)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="206"/>
        <source>Kop (satu baris per baris)</source>
        <translation>Letterhead (one line per row)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="207"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="208"/>
        <source>Pengantar nama</source>
        <translation>Text before name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="209"/>
        <source>Pernyataan</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="210"/>
        <source>Judul halaman belakang</source>
        <translation>Back page title</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="211"/>
        <source>Judul surat keterangan</source>
        <translation>Completion letter title</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="212"/>
        <source>Isi surat keterangan</source>
        <translation>Completion letter text</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="213"/>
        <source>Jabatan penanda tangan</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="215"/>
        <source>Kolom isian: {program} {jp} {start} {end} {institution} {attendance} {result}</source>
        <translation>Fields: {program} {jp} {start} {end} {institution} {attendance} {result}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="226"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="226"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="235"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="237"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="246"/>
        <source>Tanpa logo pilihan, logo lembaga dari penyiapan awal yang dipakai. Tanda tangan: pindaian PNG berlatar transparan, dicetak di atas nama kepala; kosongkan bila sertifikat ditandatangani basah.</source>
        <translation>If no logo is chosen, the institution logo from the initial setup is used. Signature: a PNG scan with a transparent background, printed above the head&apos;s name; leave empty if certificates are signed by hand.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="268"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="269"/>
        <source>Nomor surat keterangan</source>
        <translation>Completion letter number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="271"/>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="456"/>
        <source>Nomor urut dimulai lagi</source>
        <translation>Sequence number restarts</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="274"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="277"/>
        <source>Kolom isian: {seq:04d} nomor urut empat angka, {inst} kode lembaga, {vocation} kode kejuruan, {program} kode program, {year} tahun, {month} bulan, {month_roman} bulan Romawi, {kind} SERT/SK. Nomor yang pernah dipakai, termasuk yang dibatalkan, tidak pernah dipakai lagi.</source>
        <translation>Fields: {seq:04d} four-digit sequence number, {inst} institution code, {vocation} vocation code, {program} programme code, {year} year, {month} month, {month_roman} month in Roman numerals, {kind} SERT/SK. Numbers that have been used, including cancelled ones, are never reused.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="353"/>
        <source>Pilih gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="353"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="377"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/layout_dialog.py" line="461"/>
        <source>(gambar)</source>
        <translation>(image)</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/list_dialog.py" line="22"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/widgets/list_dialog.py" line="26"/>
        <source>%Ln baris</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../blkdesk/ui/guard.py" line="39"/>
        <source>BLKDesk terkunci</source>
        <translation>BLKDesk is locked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/guard.py" line="42"/>
        <source>Layar dikunci karena tidak ada kegiatan selama %Ln menit. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>
            <numerusform>Screen locked after %Ln minute of inactivity. Enter {name}&apos;s password to continue.</numerusform>
            <numerusform>Screen locked after %Ln minutes of inactivity. Enter {name}&apos;s password to continue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/guard.py" line="52"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/guard.py" line="54"/>
        <source>Keluar dari BLKDesk</source>
        <translation>Exit BLKDesk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="34"/>
        <source>Masuk ke BLKDesk</source>
        <translation>Log in to BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="51"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="52"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="56"/>
        <source>Sebentar, database sedang disiapkan…</source>
        <translation>One moment, the database is being prepared…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="61"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/login.py" line="62"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="174"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="175"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="180"/>
        <source>B&amp;uka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="188"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="189"/>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="193"/>
        <source>&amp;Tentang BLKDesk</source>
        <translation>&amp;About BLKDesk</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="202"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="205"/>
        <source>Database: {0} — HANYA BACA (rusak; pulihkan dari cadangan)</source>
        <translation>Database: {0} — READ-ONLY (corrupted; restore from a backup)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="212"/>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="232"/>
        <source>Server kantor tidak terjangkau — BLKDesk mencoba menyambung lagi…</source>
        <translation>Office server unreachable — BLKDesk keeps trying to reconnect…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="230"/>
        <source>Tersambung lagi ke server kantor.</source>
        <translation>Reconnected to the office server.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="129"/>
        <source>Database server kantor baru saja dipulihkan dari cadangan di PC server: yang disimpan sesudah cadangan itu dibuat tidak ada lagi, jadi periksa dan isi lagi bila perlu.</source>
        <translation>The office server&apos;s database was just restored from a backup on the server PC: what was saved after that backup was made is gone, so check it and enter it again where needed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="234"/>
        <source>{cause} — BLKDesk mencoba menyambung lagi…</source>
        <translation>{cause} — BLKDesk keeps trying to reconnect…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="336"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/mainwindow.py" line="337"/>
        <source>Berkas terjemahan belum dibuat; jalankan ./dev translations.</source>
        <translation>The translation files are not built; run ./dev translations.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="58"/>
        <source>Catatan kehadiran</source>
        <translation>Attendance note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="61"/>
        <source>mis. surat keterangan dokter</source>
        <translation>e.g. doctor&apos;s note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/page.py" line="75"/>
        <source>Catatan terlalu panjang: {n} karakter, paling banyak {max}.</source>
        <translation>The note is too long: {n} characters, at most {max}.</translation>
    </message>
</context>
<context>
    <name>OfficeServerTab</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="177"/>
        <source>Database yang dipakai PC ini</source>
        <translation>Database this PC uses</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="183"/>
        <source>Jadikan PC ini server kantor…</source>
        <translation>Make this PC the office server…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="184"/>
        <source>Hubungkan ke server kantor…</source>
        <translation>Connect to the office server…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="185"/>
        <source>Kembali ke berkas di PC ini</source>
        <translation>Go back to the file on this PC</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="213"/>
        <source>Berkas di PC ini: {path}</source>
        <translation>File on this PC: {path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="216"/>
        <source>(tidak ada jaringan)</source>
        <translation>(no network)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="219"/>
        <source>PC ini server kantor (PostgreSQL, port {port}). Alamat untuk PC lain: {addresses}. Kata sandi: {password}
{firewall}</source>
        <translation>This PC is the office server (PostgreSQL, port {port}). Address for the other PCs: {addresses}. Password: {password}
{firewall}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="231"/>
        <source>Tersambung ke server kantor {host}:{port}.</source>
        <translation>Connected to the office server {host}:{port}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="242"/>
        <source>Jadikan PC ini server kantor</source>
        <translation>Make this PC the office server</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="244"/>
        <source>BLKDesk akan menjalankan PostgreSQL di PC ini dan memindahkan semua data dari berkas ke server itu (berkasnya tetap disimpan). PC ini harus menyala selama kantor bekerja. Lanjutkan?</source>
        <translation>BLKDesk will run PostgreSQL on this PC and move all data from the file into that server (the file is kept). This PC must stay on while the office works. Continue?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="257"/>
        <source>Menyiapkan server kantor…</source>
        <translation>Setting up the office server…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="264"/>
        <source>PC ini sekarang server kantor (port {port}).</source>
        <translation>This PC is now the office server (port {port}).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="267"/>
        <source>{rows} baris dari {tables} tabel dipindahkan; jumlah dan checksum setiap tabel cocok.</source>
        <translation>{rows} rows from {tables} tables moved; every table&apos;s count and checksum match.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="271"/>
        <source>Kata sandi untuk PC lain: {password}</source>
        <translation>Password for the other PCs: {password}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="274"/>
        <source>BLKDesk dibuka ulang pada server kantor.</source>
        <translation>BLKDesk reopens on the office server.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="275"/>
        <source>Server kantor siap</source>
        <translation>Office server ready</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="258"/>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="284"/>
        <source>Server kantor</source>
        <translation>Office server</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="193"/>
        <source>Kantor dengan beberapa PC memakai satu database bersama: satu PC menjadi server kantor (PostgreSQL berjalan di PC itu), PC lain menghubunginya lewat jaringan kantor. Setiap simpanan membawa versi, jadi isian petugas lain tidak tertimpa, dan halaman diperbarui sendiri saat petugas lain menyimpan.</source>
        <translation>An office with several PCs shares one database: one PC becomes the office server (PostgreSQL runs on it) and the other PCs connect to it over the office network. Every save carries a version, so no clerk overwrites another&apos;s entries, and pages refresh by themselves when another clerk saves.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/office_tab.py" line="285"/>
        <source>Tersambung. BLKDesk dibuka ulang pada server kantor; masuk dengan akun Anda di server itu.</source>
        <translation>Connected. BLKDesk reopens on the office server; log in with your account on that server.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="96"/>
        <source>Ikuti aturan (cabut keputusan)</source>
        <translation>Follow the rules (revoke decision)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="97"/>
        <source>{name}. Menurut aturan: {reason}</source>
        <translation>{name}. According to the rules: {reason}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="101"/>
        <source>Ubah keputusan kelulusan</source>
        <translation>Change graduation decision</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="307"/>
        <source>Pas foto 3×4</source>
        <translation>3×4 passport photo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="310"/>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="357"/>
        <source>belum ada
foto</source>
        <translation>no photo
yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="318"/>
        <source>Pilih foto…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="320"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="327"/>
        <source>JPEG/PNG, dipotong 3×4 otomatis.</source>
        <translation>JPEG/PNG, automatically cropped to 3×4.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="340"/>
        <source>Pilih pas foto</source>
        <translation>Choose passport photo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="340"/>
        <source>Foto (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="35"/>
        <source>Catat penempatan: {name}</source>
        <translation>Record placement: {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="37"/>
        <source>Ubah penempatan: {name}</source>
        <translation>Edit placement: {name}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="39"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="40"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="91"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="91"/>
        <source>Perusahaan / usaha</source>
        <translation>Employer / business</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="92"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="92"/>
        <source>Negara tujuan (PMI)</source>
        <translation>Destination country (migrant worker)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="93"/>
        <source>Mulai bekerja</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="93"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="94"/>
        <source>Tanggal dicatat</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/placement_dialog.py" line="94"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="63"/>
        <source>— pilih hasil —</source>
        <translation>— choose result —</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="66"/>
        <source>mis. PT Krakatau Steel</source>
        <translation>e.g. PT Krakatau Steel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="67"/>
        <source>mis. Industri baja</source>
        <translation>e.g. Steel industry</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="79"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="80"/>
        <source>Perusahaan / usaha</source>
        <translation>Employer / business</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="81"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="82"/>
        <source>Negara tujuan (PMI)</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="83"/>
        <source>Mulai bekerja</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="84"/>
        <source>Tanggal dicatat</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="85"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="86"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/form.py" line="171"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="46"/>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="41"/>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="46"/>
        <source>Impor hasil survei…</source>
        <translation>Import survey results…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="55"/>
        <source>Perlu dihubungi</source>
        <translation>To call</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="56"/>
        <source>Lulusan dan riwayat</source>
        <translation>Graduates and history</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="65"/>
        <source>Lulusan semua BLK dan penempatan yang dicatat BLK-nya. Cari per nama, NIK atau nomor HP, atau pilih satu lembaga.</source>
        <translation>Graduates of every BLK and the placements their BLK recorded. Search by name, NIK or mobile number, or choose one institution.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="70"/>
        <source>Hubungi alumni 3, 6 dan 12 bulan setelah pelatihan dan catat apakah mereka bekerja, berwirausaha atau menjadi PMI.</source>
        <translation>Call alumni 3, 6 and 12 months after training and record whether they work, run a business or went abroad as migrant workers.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="86"/>
        <source>Pilih berkas hasil survei</source>
        <translation>Choose the survey results file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="87"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="100"/>
        <source>Memeriksa berkas survei…</source>
        <translation>Checking the survey file…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="120"/>
        <source>Mengimpor hasil survei…</source>
        <translation>Importing survey results…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="124"/>
        <source>%Ln penempatan dicatat dari berkas survei.</source>
        <translation>
            <numerusform>%Ln placement recorded from the survey file.</numerusform>
            <numerusform>%Ln placements recorded from the survey file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/placements/page.py" line="126"/>
        <source>%Ln baris sudah tercatat sebelumnya.</source>
        <translation>
            <numerusform>%Ln row was already recorded.</numerusform>
            <numerusform>%Ln rows were already recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="419"/>
        <source>Pratinjau cetak: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="431"/>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="432"/>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="433"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="434"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="435"/>
        <source>Pas lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="436"/>
        <source>Satu halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="451"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="475"/>
        <source>Halaman {page} dari {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="152"/>
        <source>Cetak: {title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="172"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="174"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="176"/>
        <source>Sesuai dokumen</source>
        <translation>As the document</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="177"/>
        <source>Tegak</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="178"/>
        <source>Mendatar</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="180"/>
        <source>Arah kertas</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="183"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="190"/>
        <source>Dari halaman</source>
        <translation>From page</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="191"/>
        <source>Sampai halaman</source>
        <translation>To page</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="197"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="200"/>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="212"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="204"/>
        <source>Jumlah salinan</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="224"/>
        <source>Belum ada printer yang terpasang di komputer ini. Pasang printer di Windows, atau simpan sebagai PDF.</source>
        <translation>No printer is installed on this computer. Install a printer in Windows, or save as PDF.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="241"/>
        <source>Printer ini sedang menolak pekerjaan cetak: pilih printer lain atau minta petugas printer mengaktifkannya kembali.</source>
        <translation>This printer is refusing print jobs: choose another printer, or ask whoever looks after the printer to enable it again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="245"/>
        <source>Printer ini sedang berhenti (dijeda, mati, atau kertasnya habis): dokumen akan menunggu di antreannya sampai printer siap.</source>
        <translation>This printer is stopped (paused, switched off or out of paper): the document will wait in its queue until the printer is ready.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/widgets/printing.py" line="271"/>
        <source>Semua (%Ln halaman)</source>
        <translation>
            <numerusform>All (%Ln page)</numerusform>
            <numerusform>All (%Ln pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="322"/>
        <source>Printer {printer} menolak pekerjaan ini, jadi tidak dicatat sebagai tercetak: periksa printernya, lalu cetak lagi.</source>
        <translation>The printer {printer} did not accept this job, so it is not recorded as printed: check the printer, then print again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="317"/>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="398"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="328"/>
        <source>Printer {printer} sedang menolak pekerjaan cetak, jadi tidak ada yang tercetak: minta petugas printer mengaktifkannya kembali atau pilih printer lain, lalu cetak lagi.</source>
        <translation>Printer {printer} is refusing print jobs, so nothing was printed: ask whoever looks after the printer to enable it again, or choose another printer, then print again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="367"/>
        <source>Printer {printer} tidak ada lagi di komputer ini (dicabut atau dihapus), jadi tidak ada yang tercetak: pasang lagi printernya atau pilih printer lain, lalu cetak lagi.</source>
        <translation>The printer {printer} is no longer on this computer (unplugged or removed), so nothing was printed: connect it again or choose another printer, then print again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/printing.py" line="391"/>
        <source>Printer {printer} sedang berhenti (dijeda, mati, atau kertasnya habis); tetap kirim dokumen ke antreannya, untuk dicetak begitu printer siap?</source>
        <translation>The printer {printer} is stopped (paused, switched off, or out of paper); send the documents to its queue anyway, to print as soon as the printer is ready?</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="52"/>
        <source>Permintaan akses data pribadi (UU 27/2022 Pasal 32) dijawab paling lambat 3×24 jam: cari peserta, tampilkan laporannya, lalu simpan dan serahkan. Penganonimkan menghapus identitas peserta tetapi mempertahankan angka rekap.</source>
        <translation>Personal data access requests (Law 27/2022, Article 32) must be answered within 3×24 hours: find the trainee, show their report, then save and hand it over. Anonymising removes the trainee&apos;s identity but keeps the summary figures.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="60"/>
        <source>NIK atau nama peserta</source>
        <translation>NIK or trainee name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="62"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="75"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="76"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="77"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="88"/>
        <source>Tampilkan laporan</source>
        <translation>Show report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="89"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="90"/>
        <source>Anonimkan peserta…</source>
        <translation>Anonymise trainees…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="109"/>
        <source>Laporan pengungkapan data (kebocoran, 3×24 jam)</source>
        <translation>Personal data disclosure report (breach, 3×24 hours)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="117"/>
        <source>Buat laporan…</source>
        <translation>Make report…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="119"/>
        <source>Siapa melihat, mengekspor atau mencetak data pribadi siapa pada periode ini, dari jejak audit; disimpan sebagai Excel.</source>
        <translation>Who viewed, exported or printed whose personal data in this period, from the audit trail; saved as Excel.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="123"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="125"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="136"/>
        <source>Simpan laporan pengungkapan</source>
        <translation>Save disclosure report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="137"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="153"/>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="161"/>
        <source>Laporan pengungkapan</source>
        <translation>Disclosure report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="154"/>
        <source>{events}, {people} disebut satu per satu, {bulk} berisi banyak orang.
Disimpan: {path}</source>
        <translation>{events}, {people} named one by one, {bulk} holding many people.
Saved: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="156"/>
        <source>%Ln peristiwa</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="157"/>
        <source>%Ln orang</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="158"/>
        <source>%Ln ekspor</source>
        <translation>
            <numerusform>%Ln export</numerusform>
            <numerusform>%Ln exports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="173"/>
        <source>{n} peserta ditemukan.</source>
        <translation>Trainees found: {n}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="176"/>
        <source>Tidak ada peserta dengan NIK atau nama yang berawalan “{text}”. Nama dicari dari awalnya, seperti tertulis di KTP.</source>
        <translation>No trainee has a NIK or name starting with “{text}”. Names are searched from their start, as written on the KTP.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="184"/>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="197"/>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="222"/>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="225"/>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="184"/>
        <source>Pilih dulu peserta.</source>
        <translation>Select a trainee first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="210"/>
        <source>Simpan laporan data pribadi</source>
        <translation>Save personal data report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="211"/>
        <source>JSON lengkap (*.json);;Teks (*.txt)</source>
        <translation>Full JSON (*.json);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="217"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="225"/>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="233"/>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="241"/>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="256"/>
        <source>Anonimkan peserta</source>
        <translation>Anonymise trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="234"/>
        <source>Dasar permintaan menganonimkan {name} (mis. surat permohonan tanggal …):</source>
        <translation>Basis of the request to anonymise {name} (e.g. letter of request dated …):</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/privacy_tab.py" line="243"/>
        <source>Hapus identitas {name} untuk selamanya? Nama, NIK, alamat, kontak, foto dan catatan dihapus; angka rekap (jenis kelamin, tahun lahir, pendidikan, hasil pelatihan) tetap. Ini tidak dapat dibatalkan.</source>
        <translation>Permanently delete {name}&apos;s identity? Name, NIK, address, contact details, photo and notes are deleted; summary figures (sex, year of birth, education, training result) are kept. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="160"/>
        <source>Program pelatihan baru</source>
        <translation>New training programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="162"/>
        <source>Ubah program pelatihan</source>
        <translation>Edit training programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="208"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="214"/>
        <source>mis. TIK-OPKOM</source>
        <translation>e.g. TIK-OPKOM</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="215"/>
        <source>mis. Operator Komputer Muda</source>
        <translation>e.g. Junior Computer Operator</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="226"/>
        <source> JP/hari</source>
        <translation> lesson hours/day</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="227"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="453"/>
        <source>Kejuruan</source>
        <translation>Vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="228"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="453"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="229"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="454"/>
        <source>Nama program</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="230"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="454"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="231"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="455"/>
        <source>Total JP</source>
        <translation>Total JP</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="232"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="455"/>
        <source>JP per hari</source>
        <translation>JP per day</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="241"/>
        <source>Kelulusan</source>
        <translation>Graduation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="248"/>
        <source> kali</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="249"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="457"/>
        <source>Presensi minimal</source>
        <translation>Minimum attendance</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="251"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="458"/>
        <source>Kesempatan uji per unit</source>
        <translation>Assessment attempts per unit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="256"/>
        <source>Persyaratan peserta</source>
        <translation>Entry requirements</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="259"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="260"/>
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="262"/>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="264"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="269"/>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="271"/>
        <source>Tidak dibatasi</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="274"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="459"/>
        <source>Pendidikan minimal</source>
        <translation>Minimum education</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="287"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="460"/>
        <source>Domisili</source>
        <translation>Place of residence</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="290"/>
        <source>mis. Tidak sedang bekerja atau sekolah</source>
        <translation>e.g. Not currently working or in school</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="291"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="461"/>
        <source>Syarat lain</source>
        <translation>Other requirements</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="295"/>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="456"/>
        <source>Unit kompetensi</source>
        <translation>Competency units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="309"/>
        <source>Tambah unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="310"/>
        <source>Hapus unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="311"/>
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="312"/>
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="370"/>
        <source>≈ %Ln hari pelatihan</source>
        <translation>
            <numerusform>≈ %Ln training day</numerusform>
            <numerusform>≈ %Ln training days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="375"/>
        <source>%Ln unit, {jp} JP</source>
        <translation>
            <numerusform>%Ln unit, {jp} JP</numerusform>
            <numerusform>%Ln units, {jp} JP</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="458"/>
        <source>Usia minimal</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="459"/>
        <source>Usia maksimal</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="460"/>
        <source>Wilayah domisili</source>
        <translation>Domicile area</translation>
    </message>
</context>
<context>
    <name>ProgrammeSection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="419"/>
        <source>Pelatihan yang dituju</source>
        <translation>Intended training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="426"/>
        <source>— belum dipilih —</source>
        <translation>— not selected —</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="428"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="428"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="446"/>
        <source>Pilih angkatan atau program untuk melihat syarat pesertanya.</source>
        <translation>Select a batch or programme to see its entry requirements.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="450"/>
        <source>Program ini tidak menetapkan syarat peserta.</source>
        <translation>This programme sets no entry requirements.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="461"/>
        <source>Memenuhi syarat yang dapat diperiksa.</source>
        <translation>Meets all checkable requirements.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="463"/>
        <source>Belum memenuhi syarat; pendaftaran tetap dapat disimpan.</source>
        <translation>Does not meet the requirements yet; the registration can still be saved.</translation>
    </message>
</context>
<context>
    <name>ProtectBackupsDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/protect_backups.py" line="35"/>
        <source>Lindungi cadangan</source>
        <translation>Protect backups</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/protect_backups.py" line="41"/>
        <source>Cadangan database ini dienkripsi dengan kunci sementara buatan BLKDesk, tetapi kunci cadangannya belum dicetak: bila PC ini rusak atau hilang, belum ada yang dapat membuka cadangan di PC lain.

Atur kata sandi cadangan sekarang, lalu cetak lembar kunci cadangan untuk brankas kantor. Cadangan yang sudah dibuat terbuka dengan kunci yang sama.</source>
        <translation>Backups of this database are encrypted with a provisional key BLKDesk made, but its recovery key has not been printed: if this PC breaks or is lost, nobody can open the backups on another PC yet.

Set the backup password now, then print the recovery key sheet for the office safe. The backups already made open with the same key.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/protect_backups.py" line="51"/>
        <source>Atur kata sandi…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/protect_backups.py" line="52"/>
        <source>Tanpa enkripsi…</source>
        <translation>Without encryption…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/protect_backups.py" line="53"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ProvinceHomePage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="59"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="188"/>
        <source>Beranda Provinsi</source>
        <translation>Province Home</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="231"/>
        <source>Kiriman BLK, 12 bulan terakhir</source>
        <translation>BLK submissions, last 12 months</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="234"/>
        <source>Laporan bulanan dan berkas sinkronisasi per bulan laporan, dengan tanggal diterima. Batas kiriman tanggal {day} bulan berikutnya; ✗ merah: terlambat dan belum diterima, kuning: diterima setelah batas. Klik dua kali untuk rinciannya.</source>
        <translation>Monthly reports and sync workbooks per report month, with the day received. Due by the {day}th of the next month; red ✗: overdue and not received, yellow: received after the due date. Double-click for details.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="252"/>
        <source>Per BLK</source>
        <translation>Per BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="253"/>
        <source>Per kabupaten/kota</source>
        <translation>Per regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="271"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="507"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="274"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="524"/>
        <source>Peserta</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="216"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="275"/>
        <source>Perempuan</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="276"/>
        <source>Usia 15–24</source>
        <translation>Aged 15–24</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="217"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="277"/>
        <source>Usia 15–29</source>
        <translation>Aged 15–29</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="215"/>
        <source>Peserta tahun ini</source>
        <translation>Trainees this year</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="218"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="278"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="528"/>
        <source>Calon PMI</source>
        <translation>PMI candidates</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="219"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="279"/>
        <source>Kelulusan</source>
        <translation>Graduation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="282"/>
        <source>Bekerja ≤ 6 bln</source>
        <translation>Working ≤ 6 mo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="296"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="297"/>
        <source>Belum ada peserta tahun ini.</source>
        <translation>No trainees this year yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="298"/>
        <source>Belum ada lulusan yang genap 6 bulan.</source>
        <translation>No graduates six months out yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="346"/>
        <source>Angka {year} per BLK dan per kabupaten/kota</source>
        <translation>Figures for {year} per BLK and per regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="350"/>
        <source>Peserta: yang mengikuti angkatan yang mulai tahun ini. Usia pada hari pertama pelatihan. Kelulusan: lulus dari peserta angkatan yang sudah selesai. Bekerja ≤ 6 bln: lulusan angkatan yang selesai 6–18 bulan lalu yang tercatat bekerja, berwirausaha atau menjadi PMI paling lambat 6 bulan setelah selesai. Klik dua kali sebuah angka untuk daftar orangnya.</source>
        <translation>Trainees: everyone in a batch that started this year. Age on the first day of training. Graduation: how many passed, out of the trainees in batches that have ended. Working ≤ 6 mo: graduates of batches that ended 6–18 months ago recorded as employed, self-employed or migrant workers within 6 months of the end. Double-click a figure for the list of people.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="379"/>
        <source>{n} bulan, terakhir {months}</source>
        <translation>{n} months, most recently {months}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="384"/>
        <source>Kiriman yang lewat batas dan belum diterima: {list}.</source>
        <translation>Overdue and not received: {list}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="391"/>
        <source>Data berlubang (ada berkas perubahan yang tidak pernah diterima): {list}.</source>
        <translation>Data with gaps (a changes file never arrived): {list}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="399"/>
        <source>Data yang melanggar aturan data BLKDesk: {list}.</source>
        <translation>Records breaking BLKDesk&apos;s data rules: {list}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="420"/>
        <source>{share} dari peserta</source>
        <translation>{share} of trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="424"/>
        <source>{n} lulus dari {m} peserta angkatan yang selesai</source>
        <translation>{n} passed of {m} in finished batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="438"/>
        <source>Jumlah provinsi</source>
        <translation>Province total</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="445"/>
        <source>Peserta {year} per BLK</source>
        <translation>Trainees {year} per BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="465"/>
        <source>Lulusan bekerja ≤ 6 bulan, per BLK</source>
        <translation>Graduates working within 6 months, per BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="468"/>
        <source>Lulusan angkatan yang selesai {first} – {last}</source>
        <translation>Graduates of batches that ended {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="479"/>
        <source>Bekerja</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="480"/>
        <source>Belum tercatat bekerja</source>
        <translation>Not recorded as working</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="488"/>
        <source>Peserta {year} per kejuruan, semua BLK</source>
        <translation>Trainees {year} per vocation, all BLKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="489"/>
        <source>Kejuruan yang sama di beberapa BLK dihitung satu baris.</source>
        <translation>A vocation taught by several BLKs is one line.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="508"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="509"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="510"/>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="511"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="512"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="513"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="514"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="515"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="525"/>
        <source>Peserta perempuan</source>
        <translation>Women trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="526"/>
        <source>Peserta usia 15–24</source>
        <translation>Trainees aged 15–24</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="527"/>
        <source>Peserta usia 15–29</source>
        <translation>Trainees aged 15–29</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="529"/>
        <source>Lulus</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="530"/>
        <source>Peserta angkatan yang sudah selesai</source>
        <translation>Trainees in batches that have ended</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="220"/>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="531"/>
        <source>Lulusan bekerja ≤ 6 bulan</source>
        <translation>Graduates working within 6 months</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="330"/>
        <source>{institution} · {date} · %Ln BLK terdaftar</source>
        <translation>
            <numerusform>{institution} · {date} · %Ln BLK registered</numerusform>
            <numerusform>{institution} · {date} · %Ln BLKs registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="416"/>
        <source>di %Ln BLK</source>
        <translation>
            <numerusform>at %Ln BLK</numerusform>
            <numerusform>at %Ln BLKs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="430"/>
        <source>{n} dari %Ln lulusan</source>
        <translation>
            <numerusform>{n} of %Ln graduate</numerusform>
            <numerusform>{n} of %Ln graduates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="450"/>
        <source>%Ln peserta, {women} perempuan</source>
        <translation>
            <numerusform>%Ln trainee, {women} female</numerusform>
            <numerusform>%Ln trainees, {women} female</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="496"/>
        <source>%Ln BLK</source>
        <translation>
            <numerusform>%Ln BLK</numerusform>
            <numerusform>%Ln BLKs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="497"/>
        <source>%Ln peserta</source>
        <translation>
            <numerusform>%Ln trainee</numerusform>
            <numerusform>%Ln trainees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="532"/>
        <source>Lulusan yang genap 6 bulan</source>
        <translation>Graduates six months out</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="597"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="597"/>
        <source>Laporan bulanan</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="598"/>
        <source>Berkas sinkronisasi</source>
        <translation>Sync workbook</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="599"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="600"/>
        <source>Dibuat BLK</source>
        <translation>Made by the BLK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/province/beranda.py" line="602"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="54"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="58"/>
        <source>Tuliskan alasannya; alasan dicatat di jejak audit.</source>
        <translation>Enter the reason; it is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="61"/>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="155"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="165"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>Reconnect</name>
    <message>
        <location filename="../../blkdesk/ui/reconnect.py" line="19"/>
        <source>PC ini server kantor: atasi dulu masalah di atas, lalu coba lagi.</source>
        <translation>This PC is the office server: deal with the problem above first, then try again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/reconnect.py" line="23"/>
        <source>Coba lagi setelah masalah di atas teratasi, atau hubungkan ke server kantor dengan alamat dan kata sandi yang ditampilkan BLKDesk di PC server.</source>
        <translation>Try again once the problem above is dealt with, or connect to the office server with the address and password BLKDesk shows on the server PC.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/reconnect.py" line="30"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/reconnect.py" line="33"/>
        <source>Ubah koneksi…</source>
        <translation>Change connection…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/reconnect.py" line="37"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="114"/>
        <source>Kunci cadangan</source>
        <translation>Recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="199"/>
        <source>Kunci cadangan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="200"/>
        <source>Database sudah siap. Cetak kunci cadangan sebelum selesai.</source>
        <translation>The database is ready. Print the recovery key before finishing.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="40"/>
        <source>Ini kunci cadangan. Bersama kata sandi cadangan, hanya kunci ini yang dapat membuka cadangan di PC lain. BLKDesk tidak menyimpannya: cetak lembarnya sekarang dan simpan di brankas kantor.</source>
        <translation>This is the recovery key. Besides the backup password, only this key opens backups on another PC. BLKDesk does not keep it: print the sheet now and keep it in the office safe.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="56"/>
        <source>Cetak lembar kunci…</source>
        <translation>Print key sheet…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="58"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="64"/>
        <source>Lembar kunci sudah saya cetak atau simpan di tempat aman</source>
        <translation>I have printed or saved the key sheet in a safe place</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="87"/>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="104"/>
        <source>Kunci cadangan</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="96"/>
        <source>Simpan lembar kunci</source>
        <translation>Save key sheet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/recovery_key_dialog.py" line="97"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="48"/>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="102"/>
        <source>Laporan &amp; Sinkronisasi</source>
        <translation>Reports &amp; Sync</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="109"/>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="665"/>
        <source>Laporan bulanan</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="110"/>
        <source>Berkas sinkronisasi</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="112"/>
        <source>Penggabungan (provinsi)</source>
        <translation>Merge (province)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="113"/>
        <source>Riwayat ekspor</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="122"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="132"/>
        <source>Tampilkan rekap</source>
        <translation>Show summary</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="136"/>
        <source>Samarkan NIK</source>
        <translation>Mask NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="138"/>
        <source>Sembunyikan tanggal lahir dan nomor urut NIK di berkas yang dikirim.</source>
        <translation>Hide date of birth and NIK serial number in files that are sent.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="145"/>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="162"/>
        <source>Tidak ada peserta aktif pada bulan ini.</source>
        <translation>No active trainees this month.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="167"/>
        <source>Peserta aktif menurut kejuruan dan jenis kelamin</source>
        <translation>Active trainees by vocation and sex</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="176"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="177"/>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="211"/>
        <source>Menghitung rekap…</source>
        <translation>Calculating summary…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="217"/>
        <source>Rekap bulanan</source>
        <translation>Monthly summary</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="448"/>
        <source>Tersimpan ({what}): %Ln baris di {path}</source>
        <translation>
            <numerusform>Saved ({what}): %Ln row in {path}</numerusform>
            <numerusform>Saved ({what}): %Ln rows in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="521"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="484"/>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="520"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="231"/>
        <source>{period}: {batches}, {active} ({men} L, {women} P), {new} baru, {finished} selesai, {passed} lulus; {certs}; {placements}.</source>
        <translation>{period}: {batches}, {active} ({men} M, {women} F), {new} new, {finished} finished, {passed} passed; {certs}; {placements}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="235"/>
        <source>%Ln angkatan berjalan</source>
        <translation>
            <numerusform>%Ln batch running</numerusform>
            <numerusform>%Ln batches running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="236"/>
        <source>%Ln peserta aktif</source>
        <translation>
            <numerusform>%Ln active trainee</numerusform>
            <numerusform>%Ln active trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="243"/>
        <source>%Ln sertifikat terbit</source>
        <translation>
            <numerusform>%Ln certificate issued</numerusform>
            <numerusform>%Ln certificates issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="247"/>
        <source>%Ln penempatan dicatat</source>
        <translation>
            <numerusform>%Ln placement recorded</numerusform>
            <numerusform>%Ln placements recorded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="257"/>
        <source>Dari peserta aktif: {youth} berusia 15–29, {pmi}.</source>
        <translation>Of the active trainees: {youth} aged 15–29, {pmi}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="259"/>
        <source>%Ln calon PMI</source>
        <translation>
            <numerusform>%Ln migrant-worker candidate</numerusform>
            <numerusform>%Ln migrant-worker candidates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="290"/>
        <source>Jumlah {group}</source>
        <translation>Total {group}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="306"/>
        <source>JUMLAH SELURUHNYA</source>
        <translation>GRAND TOTAL</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="326"/>
        <source>Simpan laporan bulanan</source>
        <translation>Save monthly report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="327"/>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="423"/>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="579"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="342"/>
        <source>Menyimpan laporan bulanan</source>
        <translation>Saving monthly report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="347"/>
        <source>Laporan {period} tersimpan: {path}</source>
        <translation>{period} report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="364"/>
        <source>Ringkasan satu halaman: {path}</source>
        <translation>One-page summary: {path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="375"/>
        <source>Berkas sinkronisasi berisi data rekaman BLK (peserta, angkatan, kehadiran, penilaian, sertifikat, penempatan) untuk digabung di Disnakertrans provinsi. Yang tidak dibutuhkan provinsi tetap di BLK (UU 27/2022): catatan kehadiran dan catatan lain, agama, status perkawinan, nomor KK, tempat lahir, alamat jalan dan RT/RW, nomor AK/1, paspor, nama wali. Setiap lembar membawa kode pengaman yang dihitung dari isinya: bila berkas diubah sesudah diekspor, provinsi menolaknya.</source>
        <translation>The sync file holds the BLK&apos;s records (trainees, batches, attendance, assessments, certificates, placements) for merging at the provincial manpower office. What the province does not need stays at the BLK (Law 27/2022): attendance notes and other notes, religion, marital status, family card number, place of birth, street address and RT/RW, AK/1 number, passport, guardian&apos;s name. Every sheet carries a security code computed from its contents: if the file is changed after export, the province rejects it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="390"/>
        <source>Hanya perubahan sejak ekspor sinkronisasi terakhir</source>
        <translation>Only changes since the last sync export</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="392"/>
        <source>Semua data (lengkap)</source>
        <translation>All data (full)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="403"/>
        <source>Ekspor berkas sinkronisasi…</source>
        <translation>Export sync file…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="422"/>
        <source>Simpan berkas sinkronisasi</source>
        <translation>Save sync file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="435"/>
        <source>Mengekspor berkas sinkronisasi</source>
        <translation>Exporting sync file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="441"/>
        <source>semua data</source>
        <translation>all data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="443"/>
        <source>perubahan sejak {when}</source>
        <translation>changes since {when}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="468"/>
        <source>Pilih berkas dan gabungkan…</source>
        <translation>Select files and merge…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="471"/>
        <source>Terima kunci baru…</source>
        <translation>Accept new key…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="473"/>
        <source>Untuk berkas yang ditolak karena kuncinya berbeda (BLK memasang ulang).</source>
        <translation>For a file refused because its key differs (the BLK reinstalled).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="485"/>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="486"/>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="486"/>
        <source>Lengkap</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="487"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="488"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="489"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="490"/>
        <source>Dihapus</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="491"/>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="492"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="493"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="534"/>
        <source>Sama persis dengan berkas yang sudah digabung; tidak ada yang berubah</source>
        <translation>Identical to a file already merged; nothing changed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="536"/>
        <source>Sudah tercakup berkas lengkap yang lebih baru; tidak ada yang berubah</source>
        <translation>Already covered by a newer full file; nothing changed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="540"/>
        <source>Digabung; ditandatangani kunci lama BLK itu, yang berlaku sampai {when}</source>
        <translation>Merged; signed with the BLK&apos;s old key, valid until {when}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="537"/>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="517"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="360"/>
        <source>Ringkasan PDF gagal ditulis: {error}.</source>
        <translation>The PDF summary could not be written: {error}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="460"/>
        <source>Gabungkan berkas sinkronisasi dari BLK. Berkas yang sama aman digabung dua kali; data yang lebih baru menggantikan yang lama; berkas yang diubah sesudah diekspor BLK (kode pengamannya tidak cocok) ditolak seluruhnya.</source>
        <translation>Merge sync files from the BLKs. Merging the same file twice is safe; newer data replaces older; a file changed after the BLK exported it (its security code does not match) is refused whole.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="518"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="519"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="522"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="523"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="544"/>
        <source>{said}; {n} data melanggar aturan data BLKDesk (lihat Daftar BLK, tab Data bermasalah)</source>
        <translation>{said}; records breaking BLKDesk&apos;s data rules: {n} (see BLK list, Records with problems tab)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="573"/>
        <source>seluruh berkas</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="578"/>
        <source>Pilih berkas sinkronisasi dari BLK</source>
        <translation>Select sync files from the BLKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="595"/>
        <source>Menggabungkan berkas</source>
        <translation>Merging files</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="606"/>
        <source>Laporan bulanan dari BLK</source>
        <translation>Monthly reports from BLKs</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="624"/>
        <source>Data {code} berlubang: perubahan {start} sampai {end} belum pernah diterima. Minta BLK mengirim berkas sinkronisasi yang dibuat {end}, atau satu berkas lengkap yang baru.</source>
        <translation>{code}&apos;s data has a gap: its changes from {start} to {end} were never received. Ask the BLK for the sync file made {end}, or one new full file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="633"/>
        <source>Data BLK lain juga masih berlubang: {names} (lihat Daftar BLK).</source>
        <translation>Other BLKs&apos; data still has gaps too: {names} (see BLKs).</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="658"/>
        <source>Tidak ada NIK yang dilatih lebih dari satu BLK pada tahun yang sama.</source>
        <translation>No NIK was trained at more than one BLK in the same year.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="666"/>
        <source>Sinkronisasi lengkap</source>
        <translation>Full sync</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="667"/>
        <source>Sinkronisasi perubahan</source>
        <translation>Changes-only sync</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="671"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="672"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="673"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="674"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="691"/>
        <source>Belum ada ekspor</source>
        <translation>Nothing exported yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="692"/>
        <source>Setiap laporan bulanan dan berkas sinkronisasi yang disimpan tercatat di sini: kapan, oleh siapa, di mana berkasnya. Kirim keduanya ke provinsi paling lambat tanggal 10 bulan berikutnya.</source>
        <translation>Every monthly report and sync file saved is logged here: when, by whom, where the file is. Send both to the province by the 10th of the following month.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="695"/>
        <source>Buka Laporan bulanan</source>
        <translation>Open Monthly report</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="699"/>
        <source>Belum pernah ada ekspor sinkronisasi: ekspor pertama berisi semua data.</source>
        <translation>No sync export has been made yet: the first export contains all data.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="703"/>
        <source>Ekspor sinkronisasi terakhir: {when} oleh {user}.</source>
        <translation>Last sync export: {when} by {user}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="709"/>
        <source>Laporan bulanan dan berkas sinkronisasi untuk provinsi.</source>
        <translation>Monthly reports and sync files for the province.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="483"/>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="676"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="650"/>
        <source>%Ln NIK dilatih lebih dari satu BLK pada tahun yang sama (periksa pendanaan ganda):</source>
        <translation>
            <numerusform>%Ln NIK was trained at more than one BLK in the same year (check for double funding):</numerusform>
            <numerusform>%Ln NIKs were trained at more than one BLK in the same year (check for double funding):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="675"/>
        <source>Kode pengaman</source>
        <translation>Security code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/reports/page.py" line="714"/>
        <source>Belum ada laporan atau berkas sinkronisasi yang diekspor dari database ini.</source>
        <translation>No report or sync file has been exported from this database yet.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="144"/>
        <source>Atur ulang kata sandi: {0}</source>
        <translation>Reset password: {0}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="151"/>
        <source>Kata sandi baru untuk akun {account}. Pemilik akun ini harus menggantinya sendiri saat masuk berikutnya.</source>
        <translation>New password for the account {account}. Its owner must replace it at their next login.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="157"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="181"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="181"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="182"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/users.py" line="184"/>
        <source>Muat ulang: batalkan atur ulang kata sandi dan lihat akun ini lagi. Terapkan lagi: kata sandi baru yang Anda ketik tetap dipasang pada akun ini.</source>
        <translation>Reload: cancel the password reset and look at this account again. Re-apply: the new password you typed is still set on this account.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="50"/>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="56"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="64"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="68"/>
        <source>Ubah profil lembaga…</source>
        <translation>Edit institution profile…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="76"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="79"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="82"/>
        <source>Server kantor</source>
        <translation>Office server</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="86"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="90"/>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="103"/>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="105"/>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="112"/>
        <source>Ganti kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="115"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="116"/>
        <source>Kunci layar: </source>
        <translation>Screen lock: </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="117"/>
        <source>Kunci layar: mati</source>
        <translation>Screen lock: off</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="119"/>
        <source>Tanpa kegiatan selama waktu ini, BLKDesk meminta kata sandi lagi.</source>
        <translation>After this period of inactivity, BLKDesk asks for the password again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="131"/>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="216"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="135"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="136"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="137"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="138"/>
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="139"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="139"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="139"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="145"/>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="147"/>
        <source>Ubah pengguna…</source>
        <translation>Edit user…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="149"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="162"/>
        <source>Bahasa, lembaga dan akun; cadangan, jejak audit dan data pribadi.</source>
        <translation>Language, institution and accounts; backups, audit trail and personal data.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="170"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="171"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="172"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="173"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="174"/>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="175"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="204"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="204"/>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/settings/page.py" line="216"/>
        <source>Pilih dulu pengguna di daftar.</source>
        <translation>Select a user in the list first.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="213"/>
        <source>Penyiapan BLKDesk</source>
        <translation>BLKDesk set-up</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="218"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="219"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="220"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="221"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="324"/>
        <location filename="../../blkdesk/ui/wizard.py" line="338"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="336"/>
        <source>Kata sandi cadangan minimal 8 karakter.</source>
        <translation>The backup password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/wizard.py" line="359"/>
        <source>Penyiapan gagal</source>
        <translation>Set-up failed</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="84"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="85"/>
        <source>Sampai tanggal</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="87"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="88"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="91"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="95"/>
        <source>Arah kertas (tegak atau mendatar) dipilih otomatis agar lembarnya paling sedikit.</source>
        <translation>Paper orientation (portrait or landscape) is chosen automatically to use the fewest sheets.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="101"/>
        <source>Pratinjau &amp;&amp; cetak…</source>
        <translation>Preview &amp;&amp; print…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="103"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/attendance/printouts.py" line="128"/>
        <source>%Ln halaman dikirim ke printer {printer}.</source>
        <translation>
            <numerusform>%Ln page sent to printer {printer}.</numerusform>
            <numerusform>%Ln pages sent to printer {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusConflict</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/status_conflict.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/status_conflict.py" line="35"/>
        <source>Tanggal status</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/status_conflict.py" line="36"/>
        <source>Alasan mengundurkan diri</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/status_conflict.py" line="38"/>
        <source>Muat ulang: tampilkan status terbaru dan batalkan perubahan Anda. Terapkan lagi: status pilihan Anda (huruf tebal di kolom kanan) disimpan di atas data terbaru.</source>
        <translation>Reload: show the latest status and cancel your change. Apply again: the status you chose (bold in the right-hand column) is saved on top of the latest data.</translation>
    </message>
</context>
<context>
    <name>TraineeDetail</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="68"/>
        <source>Data peserta</source>
        <translation>Trainee details</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="75"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="79"/>
        <source>Ubah data…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="82"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="137"/>
        <source>NIK {nik} · terdaftar {when}</source>
        <translation>NIK {nik} · registered {when}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="151"/>
        <source>Data diri</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="153"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="180"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="153"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="179"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="154"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="171"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="181"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="155"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="182"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="156"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="163"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="157"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="168"/>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="184"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="158"/>
        <source>Angkatan ({n})</source>
        <translation>Batches ({n})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="160"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="161"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="162"/>
        <source>Tanggal terbit</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="163"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="164"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="166"/>
        <source>Sertifikat ({n})</source>
        <translation>Certificates ({n})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="169"/>
        <source>Tempat kerja</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="170"/>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="172"/>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="174"/>
        <source>Penempatan ({n})</source>
        <translation>Placements ({n})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="178"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="185"/>
        <source>Semua BLK ({n})</source>
        <translation>All BLKs ({n})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="187"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="188"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="189"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="190"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="191"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="198"/>
        <source>Riwayat perubahan ({n})</source>
        <translation>Change history ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="146"/>
        <source>data milik {owner}; dilatih di %Ln BLK lain</source>
        <translation>
            <numerusform>record of {owner}; trained at %Ln other BLK</numerusform>
            <numerusform>record of {owner}; trained at %Ln other BLKs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="202"/>
        <source>%Ln isian</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="210"/>
        <source>Belum ada.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="224"/>
        <source>tanpa foto</source>
        <translation>no photo</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="244"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="244"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="245"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="247"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="248"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="249"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="250"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="251"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="252"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="253"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="256"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="256"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="257"/>
        <source>Status pekerjaan</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="258"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="258"/>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="259"/>
        <source>Nomor AK/1</source>
        <translation>AK/1 card number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="260"/>
        <source>Calon PMI</source>
        <translation>Prospective migrant worker</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="261"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="262"/>
        <source>Orang tua/wali</source>
        <translation>Parent/guardian</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="263"/>
        <source>Persetujuan UU PDP</source>
        <translation>PDP Law consent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="263"/>
        <source>{when} oleh {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="265"/>
        <source>belum dicatat</source>
        <translation>not yet recorded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="266"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="281"/>
        <source>Hapus peserta</source>
        <translation>Delete trainee</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="282"/>
        <source>Data tetap tersimpan sebagai terhapus. Tuliskan alasan penghapusan:</source>
        <translation>The record is kept, marked as deleted. Give the reason for deletion:</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/detail.py" line="289"/>
        <source>Tidak dapat dihapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>TraineeFields</name>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="158"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="159"/>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="160"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="161"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="162"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="163"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="164"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="165"/>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="166"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="167"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="168"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="169"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="170"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="171"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="172"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="173"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="174"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="175"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="176"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="177"/>
        <source>Status pekerjaan</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="178"/>
        <source>Nomor AK/1</source>
        <translation>AK/1 card number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="179"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="180"/>
        <source>Calon pekerja migran</source>
        <translation>Prospective migrant worker</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="181"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="182"/>
        <source>Nomor paspor</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="183"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="184"/>
        <source>Nama orang tua/wali</source>
        <translation>Parent/guardian name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="185"/>
        <source>Persetujuan orang tua/wali</source>
        <translation>Parent/guardian consent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/labels.py" line="186"/>
        <source>Pas foto</source>
        <translation>Passport photo</translation>
    </message>
</context>
<context>
    <name>TraineeForm</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="109"/>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="663"/>
        <source>Pendaftar baru</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="109"/>
        <source>Ubah data peserta</source>
        <translation>Edit trainee details</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="180"/>
        <source>Isi sesuai KTP/KK, mulai dari NIK: tanggal lahir, jenis kelamin dan daerah terisi sendiri. Enter menyimpan, Esc menutup.</source>
        <translation>Fill in as on the KTP/KK, starting with the NIK: date of birth, sex and area are filled in automatically. Enter saves, Esc closes.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="245"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="246"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="424"/>
        <source>Tanggal {date} tidak ada di kalender; periksa hari dan bulannya.</source>
        <translation>{date} is not a date on the calendar; check the day and the month.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="428"/>
        <source>Tulis tanggal lengkap seperti 17-08-1995.</source>
        <translation>Write the full date, like 17-08-1995.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="467"/>
        <source>Semua isian sudah benar. Tekan Enter untuk menyimpan.</source>
        <translation>All fields are valid. Press Enter to save.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="475"/>
        <source>Belum bisa disimpan — periksa: {fields}</source>
        <translation>Cannot save yet — check: {fields}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="482"/>
        <source>Persetujuan UU PDP</source>
        <translation>PDP Law consent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="608"/>
        <source>Tulis alasan tetap menyimpan di bawah, lalu tekan Enter lagi.</source>
        <translation>Write below why you are saving anyway, then press Enter again.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="617"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="682"/>
        <source>Buang perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/form.py" line="683"/>
        <source>Isian formulir ini belum disimpan. Buang perubahannya?</source>
        <translation>This form has unsaved entries. Discard the changes?</translation>
    </message>
</context>
<context>
    <name>TraineeImport</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="110"/>
        <source>Impor pendaftar dari Excel</source>
        <translation>Import applicants from Excel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="111"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="118"/>
        <source>Persetujuan data pribadi</source>
        <translation>Personal data consent</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="119"/>
        <source>Semua pendaftar di berkas ini sudah menandatangani persetujuan pengolahan data pribadi (UU PDP)?

Kolom yang dikenali (urutan bebas): {names}.</source>
        <translation>Have all applicants in this file signed consent to personal data processing (PDP Law)?

Recognised columns (any order): {names}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="140"/>
        <source>Berkas tidak diimpor</source>
        <translation>File not imported</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/import_dialog.py" line="138"/>
        <source>Mengimpor pendaftar…</source>
        <translation>Importing applicants…</translation>
    </message>
</context>
<context>
    <name>TraineeListModel</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="81"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="81"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="81"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="82"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="82"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="83"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="83"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="84"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>TraineePickerDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="27"/>
        <source>Tambah pendaftar dari daftar peserta</source>
        <translation>Add applicants from the trainee list</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="33"/>
        <source>Cari nama, NIK atau nomor HP, lalu tekan Enter. Bila ditemukan beberapa orang, pilih dengan panah bawah (beberapa sekaligus dengan Shift atau Ctrl), lalu tekan Enter lagi. Orang yang belum terdaftar dimasukkan dulu di halaman Peserta.</source>
        <translation>Search by name, NIK or mobile number, then press Enter. If several people are found, choose with the down arrow (several at once with Shift or Ctrl), then press Enter again. People not yet registered must first be added on the Trainees page.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="38"/>
        <source>Cari nama, NIK atau nomor HP…</source>
        <translation>Search name, NIK or mobile number…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="44"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="45"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="46"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="47"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/small_dialogs.py" line="48"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="38"/>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="193"/>
        <source>Peserta</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="198"/>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="309"/>
        <source>Pendaftar baru</source>
        <translation>New applicant</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="200"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="202"/>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="311"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="213"/>
        <source>Cari nama, NIK atau nomor HP…</source>
        <translation>Search name, NIK or mobile number…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="215"/>
        <source>Cari nama atau NIK lengkap (16 angka)…</source>
        <translation>Search a name or a whole NIK (16 digits)…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="218"/>
        <source>Semua kejuruan</source>
        <translation>All vocations</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="219"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="220"/>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="324"/>
        <source>Semua angkatan</source>
        <translation>All batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="221"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="224"/>
        <source>Semua kab./kota</source>
        <translation>All regencies/cities</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="225"/>
        <source>Semua lembaga</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="292"/>
        <source>{n} peserta ditemukan</source>
        <translation>{n} trainees found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="294"/>
        <source>%Ln peserta ditemukan</source>
        <translation>
            <numerusform>%Ln trainee found</numerusform>
            <numerusform>%Ln trainees found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="302"/>
        <source>Belum ada data peserta</source>
        <translation>No trainee data yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="303"/>
        <source>Peserta datang dari berkas sinkronisasi BLK. Gabungkan berkasnya di Laporan &amp; Sinkronisasi.</source>
        <translation>Trainees come from the BLKs&apos; sync files. Merge the files in Reports &amp; Sync.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="313"/>
        <source>Belum ada pendaftar</source>
        <translation>No applicants yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="314"/>
        <source>Daftarkan calon peserta satu per satu (NIK mengisi tanggal lahir, jenis kelamin dan daerahnya), atau impor daftar pendaftar dari Excel.</source>
        <translation>Register applicants one by one (the NIK fills in the birth date, sex and region), or import a list of applicants from Excel.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="351"/>
        <source>Daftar semua pendaftar dan peserta pelatihan. Enter membuka data peserta.</source>
        <translation>List of all applicants and trainees. Press Enter to open a trainee&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="373"/>
        <source>tanpa nama</source>
        <translation>unnamed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="376"/>
        <source>Formulir belum disimpan</source>
        <translation>Form not saved</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="378"/>
        <source>Ada formulir pendaftar yang belum disimpan ({name}, {when}). Lanjutkan mengisinya? Bila tidak disentuh, formulir ini dihapus otomatis sesudah {expires}.</source>
        <translation>There is an unsaved applicant form ({name}, {when}). Continue filling it in? If left untouched, this form is removed automatically after {expires}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/page.py" line="414"/>
        <source>Data {name} tersimpan.</source>
        <translation>{name}&apos;s record saved.</translation>
    </message>
</context>
<context>
    <name>TrainingCalendar</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/calendar.py" line="74"/>
        <source>Hari pelatihan</source>
        <translation>Training days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/calendar.py" line="75"/>
        <source>Libur nasional</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/calendar.py" line="76"/>
        <source>Libur lokal</source>
        <translation>Local holiday</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/calendar.py" line="111"/>
        <source>hari pelatihan ke-{n} dari {total}</source>
        <translation>training day {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/calendar.py" line="116"/>
        <source>libur nasional ({name})</source>
        <translation>national holiday ({name})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/calendar.py" line="118"/>
        <source>libur lokal ({name})</source>
        <translation>local holiday ({name})</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/calendar.py" line="120"/>
        <source>bukan hari pelatihan</source>
        <translation>not a training day</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="12"/>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="13"/>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="14"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="15"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="16"/>
        <source>Mulai pelatihan</source>
        <translation>Start training</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="17"/>
        <source>Tandai selesai</source>
        <translation>Mark as completed</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="18"/>
        <source>Tutup angkatan</source>
        <translation>Close batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="19"/>
        <source>Institusional</source>
        <translation>Institutional</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="20"/>
        <source>MTU (Mobile Training Unit)</source>
        <translation>MTU (Mobile Training Unit)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="21"/>
        <source>Pendaftar</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="22"/>
        <source>Lulus seleksi (peserta)</source>
        <translation>Selected (trainee)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="23"/>
        <source>Cadangan</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="24"/>
        <source>Tidak lulus seleksi</source>
        <translation>Failed selection</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="25"/>
        <source>Mengundurkan diri</source>
        <translation>Withdrew</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="26"/>
        <source>Berjenjang</source>
        <translation>Tiered</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="27"/>
        <source>Klaster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="28"/>
        <source>Unit kompetensi</source>
        <translation>Competency units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="29"/>
        <source>Tidak dibatasi</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="30"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="31"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="32"/>
        <source>usia</source>
        <translation>age</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="33"/>
        <source>pendidikan</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="34"/>
        <source>domisili</source>
        <translation>residence</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/labels.py" line="35"/>
        <source>lainnya</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../blkdesk/ui/screens/__init__.py" line="40"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="75"/>
        <source>Pelatihan &amp; Angkatan</source>
        <translation>Programmes &amp; Batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="131"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="135"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="299"/>
        <source>Rencanakan angkatan…</source>
        <translation>Plan batches…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="137"/>
        <source>Buka angkatan…</source>
        <translation>Open batch…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="148"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="184"/>
        <source>Kejuruan</source>
        <translation>Vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="149"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="119"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="150"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="151"/>
        <source>JP</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="152"/>
        <source>Unit kompetensi</source>
        <translation>Competency units</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="124"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="86"/>
        <source>Hari libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="114"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="159"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="280"/>
        <source>Program baru…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="161"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="194"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="213"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="162"/>
        <source>Aktif/nonaktif…</source>
        <translation>Activate/deactivate…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="164"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="166"/>
        <source>Ekspor katalog ke Excel…</source>
        <translation>Export catalogue to Excel…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="167"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="282"/>
        <source>Impor katalog dari Excel…</source>
        <translation>Import catalogue from Excel…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="182"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="183"/>
        <source>NIP / nomor identitas</source>
        <translation>NIP / ID number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="185"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="186"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="192"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="312"/>
        <source>Instruktur baru…</source>
        <translation>New instructor…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="195"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="214"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="205"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="206"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="211"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="319"/>
        <source>Tambah libur lokal…</source>
        <translation>Add local holiday…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="221"/>
        <source>Cuti bersama adalah hari libur BLK</source>
        <translation>Collective leave days (cuti bersama) are BLK holidays</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="223"/>
        <source>BLK adalah kantor pemerintah dan tutup pada cuti bersama (SKB 3 Menteri). Angkatan yang sudah direncanakan tidak berubah.</source>
        <translation>A BLK is a government office and closes on collective leave days (SKB 3 Menteri). Batches already planned keep their days.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="227"/>
        <source>Impor hari libur nasional…</source>
        <translation>Import national holidays…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="229"/>
        <source>Berkas CSV dengan kolom tanggal;nama;jenis (libur atau cuti bersama). Berkas ini menggantikan hari libur bawaan untuk tahun-tahun yang dimuatnya.</source>
        <translation>A CSV file with the columns tanggal;nama;jenis (libur or cuti bersama). It replaces the built-in holidays for the years it contains.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="241"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="241"/>
        <source>Nonaktif</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="522"/>
        <source>{year}: {holidays} dan {cuti}.</source>
        <translation>{year}: {holidays} and {cuti}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="523"/>
        <source>%Ln hari libur nasional</source>
        <translation>
            <numerusform>%Ln national holiday</numerusform>
            <numerusform>%Ln national holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="524"/>
        <source>%Ln cuti bersama</source>
        <translation>
            <numerusform>%Ln collective leave day</numerusform>
            <numerusform>%Ln collective leave days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="286"/>
        <source>Mulai dari program pelatihan</source>
        <translation>Start with a training programme</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="82"/>
        <source>Angkatan</source>
        <comment>tab</comment>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="84"/>
        <source>Instruktur</source>
        <comment>tab</comment>
        <translation>Instructors</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="89"/>
        <source>Kejuruan</source>
        <comment>tab</comment>
        <translation>Vocations</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="287"/>
        <source>Setiap angkatan adalah angkatan sebuah program. Buat programnya dulu: kejuruan, unit kompetensi dan JP, syarat peserta. Sesudah itu rencanakan angkatannya di sini.</source>
        <translation>Every batch is a batch of a programme. Create the programme first: vocation, competency units and lesson hours, entry requirements. Then plan its batches here.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="295"/>
        <source>Belum ada angkatan</source>
        <translation>No batches yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="296"/>
        <source>Rencanakan angkatan pertama: pilih program, tanggal mulai dan kapasitasnya. Hari pelatihan dihitung tanpa hari libur; pendaftar dipilih sesudahnya.</source>
        <translation>Plan the first batch: choose the programme, start date and capacity. Training days are counted without holidays; applicants are selected afterwards.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="303"/>
        <source>Belum ada program pelatihan</source>
        <translation>No training programmes yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="304"/>
        <source>Program adalah paket unit kompetensi dengan jumlah JP dan syarat peserta. Buat satu per satu, atau impor katalog program dari Excel.</source>
        <translation>A programme is a package of competency units with its lesson hours and entry requirements. Create them one by one, or import a programme catalogue from Excel.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="310"/>
        <source>Belum ada instruktur</source>
        <translation>No instructors yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="311"/>
        <source>Instruktur yang dicatat di sini dipilih saat merencanakan angkatan.</source>
        <translation>Instructors recorded here are chosen when a batch is planned.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="316"/>
        <source>Belum ada libur lokal</source>
        <translation>No local closures yet</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="317"/>
        <source>Hari libur nasional dan cuti bersama sudah dilewati otomatis. Catat di sini hari BLK tutup karena hal lain, mis. hari jadi kabupaten.</source>
        <translation>National holidays and collective leave days are skipped already. Record here the days the BLK closes for other reasons, e.g. the regency&apos;s anniversary.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="334"/>
        <source>Pilih dulu satu baris di daftar.</source>
        <translation>Select a row in the list first.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="367"/>
        <source>Rencanakan angkatan</source>
        <translation>Plan a batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="368"/>
        <source>Belum ada program pelatihan yang aktif. Angkatan selalu angkatan sebuah program: buat programnya dulu, lalu rencanakan angkatannya.</source>
        <translation>There is no active training programme yet. A batch is always a batch of a programme: create the programme first, then plan its batch.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="372"/>
        <source>Buat program…</source>
        <translation>Create programme…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="394"/>
        <source>Nonaktifkan {name}? Angkatan baru tidak dapat memakai program ini; riwayatnya tetap ada.</source>
        <translation>Deactivate {name}? New batches cannot use this programme; its history is kept.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="397"/>
        <source>Aktifkan kembali {name}?</source>
        <translation>Reactivate {name}?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="410"/>
        <source>Ekspor katalog program</source>
        <translation>Export programme catalogue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="412"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="436"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="425"/>
        <source>Mengekspor katalog…</source>
        <translation>Exporting catalogue…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="430"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="459"/>
        <source>Katalog program</source>
        <translation>Programme catalogue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="431"/>
        <source>%Ln program diekspor.</source>
        <translation>
            <numerusform>%Ln programme exported.</numerusform>
            <numerusform>%Ln programmes exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="436"/>
        <source>Impor katalog program</source>
        <translation>Import programme catalogue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="448"/>
        <source>Mengimpor katalog…</source>
        <translation>Importing catalogue…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="477"/>
        <source>Hapus {name} dari daftar instruktur? Angkatan lama tetap mencatatnya.</source>
        <translation>Remove {name} from the instructor list? Past batches keep their record.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="509"/>
        <source>Angkatan berikut masih berlatih pada hari itu; pindahkan harinya di jadwal angkatan: {names}</source>
        <translation>The following batches still have training on that day; move the day in the batch schedule: {names}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="526"/>
        <source>Dari berkas impor: {years}.</source>
        <translation>From an imported file: {years}.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="539"/>
        <source>Impor hari libur nasional</source>
        <translation>Import national holidays</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="540"/>
        <source>Berkas CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="551"/>
        <source>{year}: %Ln hari libur</source>
        <translation>
            <numerusform>{year}: %Ln holiday</numerusform>
            <numerusform>{year}: %Ln holidays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="554"/>
        <source>Hari libur nasional</source>
        <translation>National holidays</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="555"/>
        <source>Hari libur nasional diganti dari berkas:
{lines}

Angkatan yang sudah direncanakan tidak berubah.</source>
        <translation>National holidays replaced from the file:
{lines}

Batches already planned keep their days.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="118"/>
        <source>Angkatan</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="476"/>
        <source>Instruktur</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="256"/>
        <source>{programs}, {batches}, {instructors}</source>
        <translation>{programs}, {batches}, {instructors}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="257"/>
        <source>%Ln program</source>
        <translation>
            <numerusform>%Ln programme</numerusform>
            <numerusform>%Ln programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="258"/>
        <source>%Ln angkatan</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="259"/>
        <source>%Ln instruktur</source>
        <translation>
            <numerusform>%Ln instructor</numerusform>
            <numerusform>%Ln instructors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="452"/>
        <source>{created}, {updated} diperbarui, {same} tidak berubah.</source>
        <translation>{created}, {updated} updated, {same} unchanged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../blkdesk/ui/screens/training/page.py" line="453"/>
        <source>%Ln program baru</source>
        <translation>
            <numerusform>%Ln new programme</numerusform>
            <numerusform>%Ln new programmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="508"/>
        <source>Libur lokal</source>
        <translation>Local holiday</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="120"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="121"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="122"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="123"/>
        <source>Peserta</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="83"/>
        <location filename="../../blkdesk/ui/screens/training/page.py" line="399"/>
        <source>Program pelatihan</source>
        <translation>Programmes</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="51"/>
        <source>Kode unit</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="51"/>
        <source>Judul unit</source>
        <translation>Unit title</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/program_dialog.py" line="51"/>
        <source>JP</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="138"/>
        <source>Verifikasi Sertifikat</source>
        <translation>Certificate Verification</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="144"/>
        <source>Pindai kode QR sertifikat dengan pemindai USB (teksnya masuk ke kolom di bawah), tempel teksnya, atau buka foto/pindaian kode QR. Pemeriksaan berjalan tanpa internet, dengan kunci publik lembaga yang dikenal database ini.</source>
        <translation>Scan the certificate&apos;s QR code with a USB scanner (the text goes into the field below), paste the text, or open a photo/scan of the QR code. Verification works offline, using the institution public keys known to this database.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="151"/>
        <source>BLK1|…</source>
        <translation>BLK1|…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="155"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="158"/>
        <source>Buka gambar QR…</source>
        <translation>Open QR image…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="167"/>
        <source>Data pada sertifikat</source>
        <translation>Details on the certificate</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="171"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="171"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="171"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="172"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="172"/>
        <source>Program pelatihan</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="173"/>
        <source>Tanggal terbit</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="173"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="174"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="198"/>
        <source>Buka gambar kode QR</source>
        <translation>Open QR code image</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="198"/>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="205"/>
        <source>KODE QR TIDAK TERBACA</source>
        <translation>QR CODE UNREADABLE</translation>
    </message>
</context>
<context>
    <name>VocationDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="33"/>
        <source>Kejuruan baru</source>
        <translation>New vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="33"/>
        <source>Ubah kejuruan</source>
        <translation>Edit vocation</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="37"/>
        <source>mis. OTO</source>
        <translation>e.g. OTO</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="38"/>
        <source>mis. Otomotif</source>
        <translation>e.g. Automotive</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="39"/>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="76"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="40"/>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="76"/>
        <source>Nama kejuruan</source>
        <translation>Vocation name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="47"/>
        <source>Kode kejuruan ada di nomor sertifikat: tidak diubah.</source>
        <translation>The vocation code is part of certificate numbers: it is not changed.</translation>
    </message>
</context>
<context>
    <name>VocationsTab</name>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="87"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="88"/>
        <source>Nama kejuruan</source>
        <translation>Vocation name</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="89"/>
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="93"/>
        <source>Kejuruan baru…</source>
        <translation>New vocation…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="95"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="122"/>
        <source>Kejuruan</source>
        <translation>Vocations</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/training/vocations.py" line="123"/>
        <source>Pilih dulu satu baris di daftar.</source>
        <translation>Select a row in the list first.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="116"/>
        <source>Batalkan {what}? Nomornya tetap tercatat dan tidak dipakai lagi; pemeriksaan kode QR-nya akan menjawab DIBATALKAN. Sertifikat pengganti dapat diterbitkan setelahnya dengan nomor baru.</source>
        <translation>Cancel {what}? Its number stays on record and will not be reused; checking its QR code will return CANCELLED. A replacement certificate can then be issued with a new number.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/certificates/dialogs.py" line="121"/>
        <source>Batalkan sertifikat</source>
        <translation>Cancel certificate</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="259"/>
        <source>Pekerjaan dan disabilitas</source>
        <translation>Occupation and disability</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="263"/>
        <source>— pilih —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="265"/>
        <source>Status pekerjaan</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="267"/>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="269"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="270"/>
        <source>kartu kuning, bila ada</source>
        <translation>yellow card, if any</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="271"/>
        <source>Nomor AK/1</source>
        <translation>AK/1 card number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="272"/>
        <source>Calon pekerja migran (PMI)</source>
        <translation>Prospective migrant worker (PMI)</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="285"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="286"/>
        <source>bila sudah ada</source>
        <translation>if it already exists</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="287"/>
        <source>Nomor paspor</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="288"/>
        <source>mis. Bahasa Jepang</source>
        <translation>e.g. Japanese Language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="289"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="295"/>
        <source>catatan petugas</source>
        <translation>staff notes</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/screens/trainees/sections.py" line="298"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../blkdesk/ui/actions.py" line="60"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/actions.py" line="212"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="186"/>
        <source>Database server kantor diperbarui</source>
        <translation>Office server database upgraded</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="187"/>
        <source>Database server kantor sudah diperbarui untuk versi BLKDesk ini. Cadangannya dari sebelum pembaruan disimpan di:
{path}</source>
        <translation>The office server&apos;s database has been upgraded for this version of BLKDesk. Its backup from before the upgrade is kept in:
{path}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="214"/>
        <location filename="../../blkdesk/ui/app.py" line="268"/>
        <source>Database rusak</source>
        <translation>Database corrupted</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="227"/>
        <source>Tidak ada cadangan yang baik. Hubungi petugas TI; jangan menghapus berkas database.</source>
        <translation>There is no good backup. Contact IT staff; do not delete the database file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="231"/>
        <source>{problem}

Cadangan baik terbaru: {when}
Isi: {counts}

Pulihkan sekarang?</source>
        <translation>{problem}

Latest good backup: {when}
Contents: {counts}

Restore now?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="269"/>
        <source>Pemeriksaan database menemukan kerusakan:
{problem}

Data dibuka hanya-baca supaya tidak bertambah rusak.</source>
        <translation>The database check found damage:
{problem}

The data has been opened read-only to prevent further damage.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="274"/>
        <source>Tidak ada cadangan yang baik di folder cadangan. Hubungi petugas TI; jangan menghapus berkas database.</source>
        <translation>There is no good backup in the backup folder. Contact IT staff; do not delete the database file.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="278"/>
        <source>Cadangan baik terbaru: {when}
Isi: {counts}</source>
        <translation>Latest good backup: {when}
Contents: {counts}</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="282"/>
        <source>Minta administrator masuk untuk memulihkannya.</source>
        <translation>Ask an administrator to sign in to restore it.</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="285"/>
        <source>Pulihkan dari cadangan ini sekarang?</source>
        <translation>Restore from this backup now?</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="295"/>
        <source>Database dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/app.py" line="296"/>
        <source>Data dipulihkan dari cadangan {when}. Silakan masuk lagi.</source>
        <translation>Data restored from the backup of {when}. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../blkdesk/ui/widgets/charts.py" line="50"/>
        <source>Laki-laki</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../blkdesk/ui/widgets/charts.py" line="51"/>
        <source>Perempuan</source>
        <translation>Women</translation>
    </message>
</context>
</TS>
