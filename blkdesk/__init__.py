"""BLKDesk: office software for Indonesia's public vocational training centres."""

from typing import Any


def __getattr__(name: str) -> Any:
    # Read on first use: importlib.metadata scans the installed packages, which start-up can skip.
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("blkdesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0.1.0"
    globals()["__version__"] = value
    return value
