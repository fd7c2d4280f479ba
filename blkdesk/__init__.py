"""BLKDesk: office software for Indonesia's public vocational training centres."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("blkdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
