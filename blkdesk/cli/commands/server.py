"""`blkdesk server …`: make this PC the office server, run it, or connect to another one.

Who may do what, as in Pengaturan › Server kantor:
- `create` moves the BLK's data and `stop` takes the office's database away from every clerk:
  both need an administrator's BLKDesk login (on the file being moved; on the running server).
- `start` is what this PC runs by itself when its user logs in to the operating system (the
  autostart entry), with nobody there to type a password. It is authorised by that account: the
  server's settings (with its password) and its data folder belong to it alone, and whoever holds
  the account could start PostgreSQL with its own tools anyway. Starting changes no data.
- `restore` replaces the office's data with a backup's: an administrator's login on the running
  server, on the server PC (whose programs made the backup).
- `status` only reads. `connect` is authorised by the server's password (as the setup wizard
  connects before any account exists) and `disconnect` goes back to this PC's own file, which
  keeps its own logins: both change only which database this PC opens, never data.
"""

import argparse
from pathlib import Path

from blkdesk.cli.common import add_common, add_login


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("server", help="server kantor PostgreSQL: buat, jalankan, hubungkan")
    actions = p.add_subparsers(dest="server_action", metavar="AKSI", required=True)

    create = actions.add_parser(
        "create", help="jadikan PC ini server kantor dan pindahkan datanya ke sana"
    )
    add_common(create)
    create.add_argument(
        "--port", type=int, default=None,
        help="port TCP (bawaan 5432, atau port bebas berikutnya bila 5432 sudah dipakai)",
    )  # fmt: skip
    # Loopback only, for trying it out on one PC (and for tests); the office needs the LAN.
    create.add_argument("--listen", default="*", help=argparse.SUPPRESS)
    create.set_defaults(handler=run_create)

    for name, text in (("start", "jalankan server kantor di PC ini"),
                       ("stop", "hentikan server kantor di PC ini (login admin)"),
                       ("status", "apakah server kantor di PC ini berjalan")):  # fmt: skip
        one = actions.add_parser(name, help=text)
        if name == "stop":
            add_login(one)
        one.set_defaults(handler=run_control, control=name)

    connect = actions.add_parser("connect", help="hubungkan PC ini ke server kantor")
    connect.add_argument("host", help="alamat server, mis. 192.168.1.10")
    connect.add_argument("--port", type=int, default=5432)
    connect.add_argument("--password", required=True, help="kata sandi dari PC server")
    connect.set_defaults(handler=run_connect)

    restore = actions.add_parser(
        "restore",
        help="pulihkan database server kantor dari cadangannya (di PC server, login admin)",
    )
    add_login(restore)
    restore.add_argument("file", type=Path, help="berkas cadangan .blkbak server kantor")
    restore.add_argument(
        "--password", help="kata sandi cadangan (lebih aman: BLKDESK_BACKUP_PASSWORD)"
    )
    restore.add_argument(
        "--recovery-key", metavar="KUNCI",
        help="kunci cadangan dari lembar yang dicetak (atau BLKDESK_RECOVERY_KEY)",
    )  # fmt: skip
    restore.add_argument(
        "--undo-upgrade", action="store_true",
        help="biarkan skema cadangan itu (cadangan sebelum pembaruan), untuk kembali ke versi "
        "BLKDesk sebelumnya; tanpa ini, database diperbarui lagi untuk versi ini",
    )  # fmt: skip
    restore.set_defaults(handler=run_restore)

    disconnect = actions.add_parser("disconnect", help="kembali memakai berkas database di PC ini")
    disconnect.set_defaults(handler=run_disconnect)


def run_create(args: argparse.Namespace) -> int:
    from blkdesk.cli.login import logged_in
    from blkdesk.core.errors import DatabaseError, NotFound
    from blkdesk.core.permissions import Action
    from blkdesk.core.storage import office_server, server_move
    from blkdesk.core.storage.db import is_initialised, open_database, resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise DatabaseError("Database PC ini sudah berada di server; tidak ada yang dipindahkan.")
    if args.db and not path.exists():
        # A mistyped --db must not make an empty office server while the data stays behind.
        raise NotFound(
            f"Database {path} tidak ada. Periksa --db; tanpa --db, server kantor baru dibuat "
            "kosong (atau dari database PC ini bila ada)."
        )
    source = open_database(url) if path.exists() else None
    try:
        if source is not None and is_initialised(source):
            logged_in(args, source, Action.EDIT_SETTINGS)
        became = server_move.become_server(source, args.port, listen=args.listen)
    finally:
        if source is not None:
            source.dispose()
    config = became.config
    print(f"Server kantor berjalan di port {config.port}; data di {config.cluster}.")
    if became.moved is not None:
        print(f"{became.moved.rows} baris dari {len(became.moved.tables)} tabel dipindahkan; "
              "jumlah dan checksum setiap tabel cocok.")  # fmt: skip
    print(f"Kata sandi untuk PC lain: {config.password}")
    print(office_server.firewall_note(config.port))
    return 0


def run_control(args: argparse.Namespace) -> int:
    from blkdesk.core.errors import NotFound
    from blkdesk.core.storage import office_server

    config = office_server.load_config()
    if config is None:
        raise NotFound("PC ini bukan server kantor (jalankan `blkdesk server create`).")
    if args.control == "start":
        from blkdesk.core.storage import server_backup

        office_server.start_and_check(config)
        server_backup.clean_work_files()  # the plain dumps a killed backup or restore left
    elif args.control == "stop":
        if office_server.is_running(config):
            _admin_on_server(args, config.url())
        office_server.stop(config)
    running = office_server.is_running(config)
    print(f"Server kantor {'berjalan' if running else 'berhenti'} (port {config.port}).")
    return 0 if running or args.control == "stop" else 1


def _admin_on_server(args: argparse.Namespace, url: str) -> None:
    """An administrator of the office's database logs in before the server is stopped (a server
    whose wizard has not run yet has no accounts, and nothing to protect)."""
    from blkdesk.cli.login import logged_in
    from blkdesk.core.permissions import Action
    from blkdesk.core.storage.db import is_initialised, open_database

    server = open_database(url)
    try:
        if is_initialised(server):
            logged_in(args, server, Action.EDIT_SETTINGS)
    finally:
        server.dispose()


def run_connect(args: argparse.Namespace) -> int:
    from blkdesk.core.storage import connection, office_server

    url = connection.server_url(
        args.host, args.port, args.password, office_server.USER, office_server.DATABASE
    )
    connection.check(url)
    connection.remember(url)
    print(
        f"Tersambung ke server kantor {args.host}:{args.port}; BLKDesk memakainya mulai sekarang."
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from blkdesk.cli.commands.safety import backup_password, print_restored, recovery_key
    from blkdesk.cli.login import logged_in
    from blkdesk.core.errors import NotFound
    from blkdesk.core.permissions import Action
    from blkdesk.core.storage import office_server, restore
    from blkdesk.core.storage.db import open_database
    from blkdesk.core.storage.revision import current_revision

    config = office_server.load_config()
    if config is None:
        raise NotFound("PC ini bukan server kantor; cadangannya dipulihkan di PC server.")
    office_server.start_and_check(config)
    db = open_database(config.url())
    try:
        actor = logged_in(args, db, Action.RESTORE)
        result = restore.restore(
            db, actor, args.file,
            password=backup_password(args), recovery_key=recovery_key(args),
            keep_schema=args.undo_upgrade,
        )  # fmt: skip
        schema = current_revision(db.engine)
    finally:
        db.dispose()
    print_restored(result)
    if args.undo_upgrade:
        print(f"Database server kantor kembali ke skema {schema}: pasang lagi versi BLKDesk "
              "sebelumnya di semua PC. Versi ini memperbaruinya lagi (dengan cadangan) bila "
              "dibuka di PC server.")  # fmt: skip
    return 0


def run_disconnect(_args: argparse.Namespace) -> int:
    from blkdesk.core.storage import connection

    connection.forget()
    print("BLKDesk kembali memakai berkas database di PC ini.")
    return 0
