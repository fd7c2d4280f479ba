"""The BLK every test database is set up as, and its first administrator's password."""

from blkdesk.core.institution import InstitutionInput

ADMIN_PASSWORD = "Rahasia123"

INSTITUTION = InstitutionInput(
    code="LBK",
    name="UPTD BLK Kabupaten Lebak",
    kind="uptd_kabkota",
    regency_code="3602",
    address="Jl. Multatuli No. 1, Rangkasbitung",
    head_name="Hj. Euis Komalasari, S.E.",
    head_nip="197501012000032001",
)
