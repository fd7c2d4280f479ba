"""Reference lists: as the family card (KK) and Kemendagri write them. Facts from DOMAIN.md."""

from blkdesk.core.sentences import Sentence
from blkdesk.core.statuses import BatchStatus

# Kemendagri province codes. Papua's codes 91–96 are all accepted: NIKs keep the code of the
# province where they were first issued, before or after the 2022 split.
PROVINCES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung",
    "19": "Kepulauan Bangka Belitung", "21": "Kepulauan Riau", "31": "DKI Jakarta",
    "32": "Jawa Barat", "33": "Jawa Tengah", "34": "DI Yogyakarta", "35": "Jawa Timur",
    "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara",
    "75": "Gorontalo", "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara",
    "91": "Papua", "92": "Papua Barat", "93": "Papua Selatan", "94": "Papua Tengah",
    "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}  # fmt: skip

# Banten (Kepmendagri 300.2.2-2138/2025).
BANTEN_REGENCIES: dict[str, str] = {
    "3601": "Kab. Pandeglang",
    "3602": "Kab. Lebak",
    "3603": "Kab. Tangerang",
    "3604": "Kab. Serang",
    "3671": "Kota Tangerang",
    "3672": "Kota Cilegon",
    "3673": "Kota Serang",
    "3674": "Kota Tangerang Selatan",
}

# A few kecamatan per Banten regency: enough for address pick lists and demo data.
BANTEN_DISTRICTS: dict[str, tuple[str, ...]] = {
    "3601": ("Pandeglang", "Labuan", "Menes", "Cadasari", "Saketi", "Carita", "Cimanuk"),
    "3602": ("Rangkasbitung", "Malingping", "Bayah", "Cibadak", "Warunggunung", "Maja"),
    "3603": ("Balaraja", "Cikupa", "Tigaraksa", "Curug", "Pasar Kemis", "Kresek", "Kosambi"),
    "3604": ("Ciruas", "Kramatwatu", "Anyar", "Cinangka", "Pontang", "Kibin", "Baros"),
    "3671": ("Cipondoh", "Karawaci", "Ciledug", "Batuceper", "Benda", "Periuk"),
    "3672": ("Cibeber", "Citangkil", "Pulomerak", "Jombang", "Grogol", "Ciwandan"),
    "3673": ("Cipocok Jaya", "Serang", "Taktakan", "Walantaka", "Kasemen", "Curug"),
    "3674": ("Serpong", "Serpong Utara", "Pamulang", "Ciputat", "Pondok Aren", "Setu"),
}

# Ordered from lowest to highest: the index is the rank used by "minimum education" rules.
EDUCATION_LEVELS: tuple[str, ...] = (
    "TIDAK/BELUM SEKOLAH",
    "BELUM TAMAT SD/SEDERAJAT",
    "TAMAT SD/SEDERAJAT",
    "SLTP/SEDERAJAT",
    "SLTA/SEDERAJAT",
    "DIPLOMA I/II",
    "AKADEMI/DIPLOMA III/S. MUDA",
    "DIPLOMA IV/STRATA I",
    "STRATA II",
    "STRATA III",
)

RELIGIONS = ("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KHONGHUCU", "KEPERCAYAAN")
MARITAL_STATUSES = ("BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI")
SEXES = {"L": "Laki-laki", "P": "Perempuan"}
DISABILITY_KINDS = ("fisik", "intelektual", "mental", "sensorik", "ganda")  # UU 8/2016
EMPLOYMENT_STATUSES = (
    "Pencari kerja",
    "Korban PHK",
    "Bekerja",
    "Wirausaha",
    "Pelajar/Mahasiswa",
    "Mengurus rumah tangga",
)

INSTITUTION_KINDS: dict[str, str] = {
    "uptd_kabkota": "UPTD Kabupaten/Kota",
    "uptd_provinsi": "UPTD Provinsi",
    "uptp_kemnaker": "UPTP Kemnaker (BBPVP/BPVP)",
    "blkk": "BLK Komunitas",
    "disnaker_provinsi": "Disnakertrans Provinsi (penggabungan data)",
}

# (code, name): the vocations a fresh database starts with.
VOCATIONS: tuple[tuple[str, str], ...] = (
    ("LAS", "Las"),
    ("TIK", "Teknologi Informasi dan Komunikasi"),
    ("MJH", "Menjahit / Garmen"),
    ("KCT", "Kecantikan"),
    ("OTO", "Otomotif"),
    ("LST", "Listrik"),
    ("MSN", "Manufaktur / Permesinan"),
    ("BHS", "Bahasa"),
    ("PAR", "Pariwisata"),
    ("PGL", "Pengolahan Hasil Pertanian"),
    ("BNG", "Bangunan"),
)

FUNDING_SOURCES = ("APBN", "APBD", "DBHCHT", "Lainnya")
BATCH_MODES = {"institusional": "Institusional", "mtu": "MTU (Mobile Training Unit)"}
BATCH_STATUSES = tuple(BatchStatus)
ENROLLMENT_STATUSES = {
    "pendaftar": "Pendaftar",
    "peserta": "Lulus seleksi (peserta)",
    "cadangan": "Cadangan",
    "tidak_lulus_seleksi": "Tidak lulus seleksi",
    "mengundurkan_diri": "Mengundurkan diri",
}
ATTENDANCE_CODES = {"H": "Hadir", "I": "Izin", "S": "Sakit", "A": "Alpa"}
OUTCOMES = {"lulus": "Lulus", "surat_keterangan": "Surat keterangan", "tidak_lulus": "Tidak lulus"}
PLACEMENT_OUTCOMES = {
    "bekerja_perusahaan": "Bekerja di perusahaan",
    "bekerja_non_perusahaan": "Bekerja non-perusahaan",
    "wirausaha": "Wirausaha",
    "pmi": "PMI (pekerja migran)",
    "belum_bekerja": "Belum bekerja",
}
PLACEMENT_SOURCES = {
    "telepon": "Telepon",
    "kuesioner": "Kuesioner",
    "kunjungan": "Kunjungan",
    "laporan_perusahaan": "Laporan perusahaan",
}
PMI_DESTINATIONS = ("Taiwan", "Hong Kong", "Malaysia", "Jepang", "Korea Selatan", "Singapura")


def regency_name(code: str) -> str:
    return BANTEN_REGENCIES.get(code, code)


# Each level as a Sentence: stored and printed as the KK writes it, said in English by an
# English interface (ui/core_sentences.py), as religions and marital statuses are.
_EDUCATION_SAID: dict[str, str] = {
    "TIDAK/BELUM SEKOLAH": Sentence("TIDAK/BELUM SEKOLAH"),
    "BELUM TAMAT SD/SEDERAJAT": Sentence("BELUM TAMAT SD/SEDERAJAT"),
    "TAMAT SD/SEDERAJAT": Sentence("TAMAT SD/SEDERAJAT"),
    "SLTP/SEDERAJAT": Sentence("SLTP/SEDERAJAT"),
    "SLTA/SEDERAJAT": Sentence("SLTA/SEDERAJAT"),
    "DIPLOMA I/II": Sentence("DIPLOMA I/II"),
    "AKADEMI/DIPLOMA III/S. MUDA": Sentence("AKADEMI/DIPLOMA III/S. MUDA"),
    "DIPLOMA IV/STRATA I": Sentence("DIPLOMA IV/STRATA I"),
    "STRATA II": Sentence("STRATA II"),
    "STRATA III": Sentence("STRATA III"),
}


def education_said(level: str) -> str:
    """A KK education level as a Sentence for the interface (an unknown one as it is)."""
    return _EDUCATION_SAID.get(level, level)


def education_rank(level: str) -> int:
    """Rank of a KK education level, -1 when unknown (so an unknown level fails a minimum)."""
    try:
        return EDUCATION_LEVELS.index(level)
    except ValueError:
        return -1
