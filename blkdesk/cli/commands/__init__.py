"""The subcommands, in the order `blkdesk --help` lists them."""

from blkdesk.cli.commands import demo, exchange, init, placements, safety, verify

MODULES = (init, demo, exchange, verify, placements, safety)
