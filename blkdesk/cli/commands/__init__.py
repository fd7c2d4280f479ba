"""The subcommands, in the order `blkdesk --help` lists them."""

from blkdesk.cli.commands import (
    attendance,
    catalog,
    certificates,
    closures,
    demo,
    exchange,
    import_trainees,
    init,
    password,
    placements,
    privacy,
    safety,
    server,
    verify,
)

MODULES = (
    init, demo, catalog, closures, import_trainees, exchange, attendance, certificates, verify,
    placements, privacy, safety, server, password,
)  # fmt: skip
