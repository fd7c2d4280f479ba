"""The subcommands, in the order `blkdesk --help` lists them."""

from blkdesk.cli.commands import (
    catalog,
    certificates,
    demo,
    exchange,
    init,
    placements,
    safety,
    verify,
)

MODULES = (init, demo, catalog, exchange, certificates, verify, placements, safety)
