"""One module per area; importing them registers their figures."""

from benchmarks.figures import demo, startup, trainees

__all__ = ["demo", "startup", "trainees"]
