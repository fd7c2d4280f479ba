"""`blkdesk init`: the first-run setup without the wizard."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from blkdesk.cli.common import add_common, database
from blkdesk.core import institution
from blkdesk.core.errors import ValidationError
from blkdesk.core.refdata import INSTITUTION_KINDS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser("init", help="siapkan database baru: lembaga dan admin pertama")
    add_common(p)
    p.add_argument("--code", required=True, help="kode lembaga, mis. SRG")
    p.add_argument("--name", required=True, help="nama lembaga")
    p.add_argument("--kind", required=True, choices=sorted(INSTITUTION_KINDS))
    p.add_argument("--regency", required=True, help="kode kabupaten/kota, mis. 3604")
    p.add_argument("--address", default="")
    p.add_argument("--head-name", required=True, help="nama kepala BLK")
    p.add_argument("--head-nip", required=True, help="NIP kepala (18 angka)")
    p.add_argument("--logo", type=Path, help="berkas gambar logo (PNG/JPEG)")
    p.add_argument("--admin-user", required=True)
    p.add_argument("--admin-name", required=True)
    p.add_argument(
        "--admin-password",
        help="kata sandi admin (lebih aman: BLKDESK_ADMIN_PASSWORD atau ketik saat ditanya)",
    )
    p.set_defaults(handler=run)


def _password(args: argparse.Namespace) -> str:
    password = args.admin_password or os.environ.get("BLKDESK_ADMIN_PASSWORD")
    if password:
        return str(password)
    if not sys.stdin.isatty():
        raise ValidationError(
            "Kata sandi admin wajib: --admin-password atau BLKDESK_ADMIN_PASSWORD."
        )
    return getpass.getpass("Kata sandi admin: ")


def run(args: argparse.Namespace) -> int:
    from blkdesk.core.storage.safefile import os_error_text

    logo = None
    if args.logo:
        try:
            logo = args.logo.read_bytes()
        except OSError as exc:
            raise ValidationError(f"Logo tidak dapat dibaca: {os_error_text(exc)}") from exc
    data = institution.InstitutionInput(
        code=args.code,
        name=args.name,
        kind=args.kind,
        regency_code=args.regency,
        address=args.address,
        head_name=args.head_name,
        head_nip=args.head_nip,
        logo=logo,
    )
    with database(args) as db:
        inst = institution.setup(db, data, args.admin_user, args.admin_name, _password(args))
        print(f"Database siap: {db.location}\nLembaga: {inst.code} {inst.name}")
        # Backups are sealed under BLKDesk's provisional key until the password is set.
        print("Atur kata sandi cadangan dan simpan kunci cadangannya: blkdesk backup "
              "--set-password --key-sheet kunci-cadangan.pdf")  # fmt: skip
    return 0
