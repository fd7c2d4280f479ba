"""One module per area; importing them registers their figures."""

from benchmarks.figures import attendance, certificates, demo, startup, trainees

__all__ = ["attendance", "certificates", "demo", "startup", "trainees"]
