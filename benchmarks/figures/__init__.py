"""One module per area; importing them registers their figures."""

from benchmarks.figures import (
    attendance,
    certificates,
    demo,
    placements,
    reports,
    startup,
    trainees,
)

__all__ = ["attendance", "certificates", "demo", "placements", "reports", "startup", "trainees"]
