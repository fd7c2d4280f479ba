"""`blkdesk backup`, `blkdesk restore`, `blkdesk check`: the data-safety commands headless."""

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from blkdesk.cli.common import add_common

# The core modules are imported inside the handlers: building the parser happens on every GUI
# start, and the cryptography and integrity code is not needed there.
if TYPE_CHECKING:
    from blkdesk.core.permissions import Actor
    from blkdesk.core.storage import restore
    from blkdesk.core.storage.backup import BackupInfo
    from blkdesk.core.storage.db import Database

PASSWORD_ENV = "BLKDESK_BACKUP_PASSWORD"
NEW_PASSWORD_ENV = "BLKDESK_NEW_BACKUP_PASSWORD"
RECOVERY_ENV = "BLKDESK_RECOVERY_KEY"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]

    p = sub.add_parser("backup", help="buat cadangan database sekarang (atau --list)")
    add_common(p)
    p.add_argument("--list", action="store_true", help="tampilkan cadangan yang ada")
    p.add_argument(
        "--password", help=f"lindungi dengan kata sandi ini (lebih aman: {PASSWORD_ENV})"
    )
    setting = p.add_mutually_exclusive_group()
    setting.add_argument(
        "--set-password", action="store_true",
        help=f"atur kata sandi cadangan (ditanyakan, atau {NEW_PASSWORD_ENV}) dan tampilkan "
        "kunci cadangan baru",
    )  # fmt: skip
    setting.add_argument(
        "--unencrypted", metavar="ALASAN",
        help="pilih cadangan tanpa enkripsi (khusus admin; alasannya dicatat di jejak audit)",
    )  # fmt: skip
    setting.add_argument(
        "--reseal", action="store_true", help="enkripsi cadangan lama yang belum terenkripsi"
    )
    p.add_argument(
        "--key-sheet", type=Path, metavar="BERKAS.pdf",
        help="dengan --set-password: simpan lembar kunci cadangan untuk dicetak",
    )  # fmt: skip
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("restore", help="pulihkan database dari cadangan (cadangkan dulu isinya)")
    add_common(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", type=Path, help="berkas cadangan .blkbak")
    which.add_argument("--latest", action="store_true", help="cadangan baik yang terbaru")
    p.add_argument("--password", help=f"kata sandi cadangan (lebih aman: {PASSWORD_ENV})")
    p.add_argument(
        "--recovery-key", metavar="KUNCI",
        help=f"kunci cadangan dari lembar yang dicetak (atau {RECOVERY_ENV})",
    )  # fmt: skip
    p.set_defaults(handler=run_restore)

    p = sub.add_parser("check", help="periksa keutuhan database (integrity & foreign key)")
    add_common(p)
    p.set_defaults(handler=run_check)


def backup_password(args: argparse.Namespace) -> str | None:
    return args.password or os.environ.get(PASSWORD_ENV) or None


def recovery_key(args: argparse.Namespace) -> str | None:
    return args.recovery_key or os.environ.get(RECOVERY_ENV) or None


def _new_password() -> str:
    import getpass

    from blkdesk.core.errors import ValidationError

    password = os.environ.get(NEW_PASSWORD_ENV)
    if password:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError(f"Kata sandi cadangan baru wajib: ketik saat ditanya atau "
                              f"{NEW_PASSWORD_ENV}.")  # fmt: skip
    password = getpass.getpass("Kata sandi cadangan baru: ")
    if getpass.getpass("Ulangi: ") != password:
        raise ValidationError("Kedua kata sandi tidak sama.")
    return password


def _settings(args: argparse.Namespace, db: "Database") -> int:
    """--set-password, --unencrypted, --reseal: the backup settings headless."""
    from blkdesk.cli.login import logged_in
    from blkdesk.core.clock import utcnow
    from blkdesk.core.institution import local_institution
    from blkdesk.core.permissions import Action
    from blkdesk.core.storage import backup

    actor = logged_in(args, db, Action.EDIT_SETTINGS)
    if args.reseal:
        print(f"{backup.reseal_plaintext_backups(db, actor)} cadangan lama kini terenkripsi.")
        return 0
    if args.unencrypted is not None:
        with db.transaction() as session:
            earlier = backup.choose_unencrypted(session, actor, args.unencrypted)
        print("Cadangan berikutnya TIDAK terenkripsi (pilihan ini tercatat di jejak audit).")
        if earlier:
            print(
                "Cadangan yang sudah dibuat tetap terenkripsi dengan kunci sementara BLKDesk; "
                f"di PC lain hanya kunci ini yang membukanya (simpan di brankas): {earlier}"
            )
        return 0
    password = _new_password()
    with db.transaction() as session:
        recovery = backup.set_backup_password(session, actor, password)
        key = backup.configured_key(session)
        inst = local_institution(session)
        name = f"{inst.name} ({inst.code})"
    assert key is not None
    print("Kata sandi cadangan diatur; cadangan berikutnya terenkripsi.")
    print(f"KUNCI CADANGAN (simpan di brankas kantor; tidak ditampilkan lagi): {recovery}")
    if args.key_sheet:
        from blkdesk.printing import recovery_sheet
        from blkdesk.printing.certificate import ensure_app

        ensure_app()
        sheet = recovery_sheet.RecoverySheet(name, db.location, recovery, key.key_id, utcnow())
        recovery_sheet.write_pdf(args.key_sheet, sheet)
        print(f"Lembar kunci: {args.key_sheet}")
    return 0


def _sqlite_file(args: argparse.Namespace) -> Path:
    from blkdesk.core.errors import DatabaseError, NotFound
    from blkdesk.core.storage.db import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise DatabaseError("Perintah ini untuk berkas SQLite; PostgreSQL punya alat servernya.")
    if not path.exists():
        raise NotFound(f"Berkas database {path} tidak ada.")
    return path


def _print_backup(info: "BackupInfo") -> None:
    from blkdesk.core.clock import format_datetime_local

    lock = " [terenkripsi]" if info.encrypted else " [TIDAK TERENKRIPSI]"
    print(f"{format_datetime_local(info.created_at)}  {info.reason_label}{lock}")
    print(f"    {info.path}")
    print(f"    {info.counts_text()}")


def _backed_up_here(args: argparse.Namespace) -> "Database":
    """The database `blkdesk backup` backs up: the SQLite file, or on the office server's own
    PC the office server (pg_dump, sealed with the office's backup key, as the app does)."""
    from blkdesk.core.errors import DatabaseError
    from blkdesk.core.storage import database_backup
    from blkdesk.core.storage.db import open_database, resolve_url, sqlite_path

    url = resolve_url(args.db)
    if sqlite_path(url) is not None:
        return open_database(resolve_url(str(_sqlite_file(args))))
    db = open_database(url)
    if not database_backup.backed_up_here(db):
        db.dispose()
        raise DatabaseError(
            "Database server kantor dicadangkan oleh BLKDesk di PC server kantor, bukan di PC ini."
        )
    return db


def run_backup(args: argparse.Namespace) -> int:
    from blkdesk.cli.login import logged_in
    from blkdesk.core.errors import DatabaseError
    from blkdesk.core.permissions import Action
    from blkdesk.core.storage import backup, database_backup

    db = _backed_up_here(args)
    try:
        if args.list:
            infos = database_backup.backups_of(db)
            if not infos:
                print(f"Belum ada cadangan untuk {db.location}.")
            for info in infos:
                _print_backup(info)
            return 0
        if args.set_password or args.unencrypted is not None or args.reseal:
            return _settings(args, db)
        if db.path is None and backup_password(args):
            raise DatabaseError(
                "Cadangan server kantor dienkripsi dengan kata sandi cadangan kantor "
                "(blkdesk backup --set-password); --password hanya untuk berkas SQLite."
            )
        actor = logged_in(args, db, Action.BACKUP)
        result = database_backup.backup_now(db, actor, password=backup_password(args))
        with db.session() as session:
            provisional = backup.protection(session) == backup.Protection.PROVISIONAL
    finally:
        db.dispose()
    print("Cadangan dibuat:")
    _print_backup(result.info)
    if not result.info.encrypted:
        print("Peringatan: cadangan ini tidak terenkripsi. Atur kata sandinya: blkdesk backup "
              "--set-password.", file=sys.stderr)  # fmt: skip
    elif provisional:
        print("Peringatan: cadangan dienkripsi dengan kunci sementara BLKDesk yang belum dicetak; "
              "di PC lain belum ada yang dapat membukanya. Administrator: blkdesk backup "
              "--set-password.", file=sys.stderr)  # fmt: skip
    if result.copied_to:
        print(f"Salinan kedua: {result.copied_to}")
    if result.copy_error:
        print(f"Peringatan: salinan kedua gagal: {result.copy_error}", file=sys.stderr)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from blkdesk.core.errors import NotFound
    from blkdesk.core.storage import backup, integrity, restore
    from blkdesk.core.storage.db import open_database, resolve_url
    from blkdesk.core.storage.instance_lock import InstanceLock

    path = _sqlite_file(args)
    password, recovery = backup_password(args), recovery_key(args)
    with InstanceLock.acquire(path):
        backup.clean_work_files(path)  # what a killed restore left, before making more
        report = integrity.quick_check(path)
        db = open_database(resolve_url(str(path)), read_only=not report.ok)
        try:
            actor = _restorer(args, db)
            if args.latest:
                key = restore.saved_key(db)
                chosen = backup.newest_good_backup(
                    backup.folder_for(path), key=key, password=password,
                    recovery_key=recovery,
                )  # fmt: skip
                if chosen is None:
                    raise NotFound("Tidak ada cadangan yang baik untuk database ini.")
                source = chosen.path
            else:
                source = args.file
            result = restore.restore(db, actor, source, password=password, recovery_key=recovery)
        finally:
            db.dispose()
    print_restored(result)
    return 0


def print_restored(result: "restore.RestoreResult") -> None:
    """What a restore brought back and where the state it replaced was kept."""
    from blkdesk.core.clock import format_datetime_local

    print(f"Dipulihkan dari {result.restored.path.name} "
          f"({format_datetime_local(result.restored.created_at)}).")  # fmt: skip
    print(f"Isi: {result.restored.counts_text()}")
    if result.before:
        print(f"Keadaan sebelumnya dicadangkan di {result.before.path}")
    if result.damaged_copy:
        print(f"Berkas lama yang rusak disimpan di {result.damaged_copy}")


def _restorer(args: argparse.Namespace, db: "Database") -> "Actor":
    """An admin's login; a database too damaged to check a login on (opened read-only) is
    restored by whoever sits at the PC, as the GUI's start-up rescue does."""
    import getpass

    from blkdesk.cli.login import logged_in
    from blkdesk.core.institution import system_actor
    from blkdesk.core.permissions import Action

    if db.read_only:
        return system_actor(getpass.getuser())
    return logged_in(args, db, Action.RESTORE)


def run_check(args: argparse.Namespace) -> int:
    from blkdesk.core.storage import integrity

    path = _sqlite_file(args)
    report = integrity.full_check(path)
    if report.ok:
        print(report.summary())
        return 0
    for problem in report.problems:
        print(f"- {problem}")
    print(f"Gagal: {report.summary()}", file=sys.stderr)
    return 1
