"""Names and places that look like Banten's registrants."""

MALE = (
    "Ahmad", "Muhammad", "Rizki", "Dede", "Asep", "Ujang", "Iwan", "Agus", "Budi", "Dimas",
    "Fajar", "Hendra", "Irfan", "Jajang", "Lukman", "Maman", "Nandang", "Rahmat", "Saepul",
    "Tubagus", "Wahyu", "Yusuf", "Zaenal", "Eko", "Andi", "Cecep", "Deni", "Endang", "Ilham",
    "Rudi", "Aris", "Galih", "Hasan", "Komarudin", "Mulyadi", "Supriadi", "Yogi", "Bayu",
)  # fmt: skip
FEMALE = (
    "Siti", "Nur", "Dewi", "Sri", "Euis", "Neneng", "Imas", "Rina", "Lilis", "Yanti", "Ratna",
    "Fitri", "Ayu", "Nurhayati", "Putri", "Intan", "Wulan", "Eneng", "Tuti", "Rohayati",
    "Aisyah", "Nabila", "Salsabila", "Dini", "Kartika", "Anisa", "Ida", "Maya", "Ratu", "Yuli",
)  # fmt: skip
MIDDLE = ("", "", "", "Nur", "Dwi", "Tri", "Eka", "Sri", "Abdul", "Ade")
FAMILY_MALE = (
    "Hidayat", "Saputra", "Kurniawan", "Setiawan", "Permana", "Ramdani", "Maulana",
    "Firmansyah", "Hermawan", "Nurjaman", "Suryadi", "Sulaeman", "Hakim", "Rohman", "Fauzi",
    "Sopian", "Mulyana", "Gunawan", "Pratama", "Wijaya", "Syahputra", "Rosadi", "Jaelani",
)  # fmt: skip
FAMILY_FEMALE = (
    "Rahmawati", "Lestari", "Anggraini", "Handayani", "Susanti", "Nurhasanah", "Fitriani",
    "Maryati", "Wulandari", "Puspitasari", "Oktaviani", "Safitri", "Komalasari", "Hayati",
)  # fmt: skip
STREETS = (
    "Jl. Raya Serang", "Jl. Veteran", "Jl. Ki Mas Jong", "Jl. Raya Cilegon", "Jl. Syekh Nawawi",
    "Jl. Sultan Ageng Tirtayasa", "Jl. Raya Pandeglang", "Jl. Multatuli", "Jl. Raya Anyer",
    "Kp. Cibadak", "Kp. Sukamaju", "Kp. Pasir Gadung", "Kp. Babakan", "Perum Griya Asri",
)  # fmt: skip
VILLAGES = (
    "Sukamaju", "Sukajadi", "Cibeber", "Kalanganyar", "Pabuaran", "Margasari", "Sindangsari",
    "Tanjungsari", "Cikande", "Pasirwaru", "Karangsari", "Mekarsari", "Sumurpecung", "Cilaku",
)  # fmt: skip
BIRTH_PLACES = (
    "Serang", "Pandeglang", "Lebak", "Tangerang", "Cilegon", "Rangkasbitung", "Jakarta",
    "Bogor", "Labuan", "Malingping", "Balaraja", "Tigaraksa",
)  # fmt: skip
EMPLOYERS = (
    "PT Krakatau Steel", "PT Chandra Asri", "PT Nikomas Gemilang", "PT Indah Kiat",
    "PT Parkland World Indonesia", "CV Maju Bersama", "Bengkel Las Sinar Jaya",
    "Salon Cantik Ayu", "Konveksi Barokah", "PT Asahimas Chemical", "Hotel Marbella Anyer",
)  # fmt: skip
