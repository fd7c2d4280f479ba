"""One module per area; importing them registers their figures."""

from benchmarks.figures import (
    attendance,
    certificates,
    demo,
    placements,
    reports,
    startup,
    trainees,
    training,
)

__all__ = [
    "attendance",
    "certificates",
    "demo",
    "placements",
    "reports",
    "startup",
    "trainees",
    "training",
]
