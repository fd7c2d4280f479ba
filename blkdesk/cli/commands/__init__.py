"""The subcommands, in the order `blkdesk --help` lists them."""

from blkdesk.cli.commands import certificates, demo, exchange, init, placements, safety, verify

MODULES = (init, demo, exchange, certificates, verify, placements, safety)
