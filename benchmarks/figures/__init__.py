"""One module per area; importing them registers their figures."""

from benchmarks.figures import (
    attendance,
    backup,
    certificates,
    demo,
    placements,
    province,
    reports,
    session,
    startup,
    sync,
    trainees,
    training,
)

__all__ = [
    "attendance",
    "backup",
    "certificates",
    "demo",
    "placements",
    "province",
    "reports",
    "session",
    "startup",
    "sync",
    "trainees",
    "training",
]
