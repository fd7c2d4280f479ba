"""One module per area; importing them registers their figures."""

from benchmarks.figures import attendance, demo, startup, trainees

__all__ = ["attendance", "demo", "startup", "trainees"]
