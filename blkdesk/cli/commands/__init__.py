"""The subcommands, in the order `blkdesk --help` lists them."""

from blkdesk.cli.commands import demo, init, verify

MODULES = (init, demo, verify)
