"""The benchmark harness.

A figure is a function registered with `@figure`; it receives a `Bench` (the 10-year demo database,
a scratch folder, how many runs) and returns a `Measurement`. The runner starts a fresh Python
process for every figure so each one's peak memory (ru_maxrss) is its own.
"""

import os
import resource
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


@dataclass
class Measurement:
    value: float  # in `unit`
    baseline: float | None = None
    baseline_name: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Figure:
    name: str
    target: str  # as the issue writes it, e.g. "≤ 30 ms p95"
    unit: str  # "ms" or "s"
    # Passes when measured <= limit; with `ratio_limit`, when measured <= ratio_limit × baseline.
    limit: float | None
    ratio_limit: float | None
    fn: Callable[["Bench"], Measurement]


REGISTRY: dict[str, Figure] = {}


def figure(
    name: str, target: str, unit: str = "ms", limit: float | None = None,
    ratio_limit: float | None = None,
) -> Callable[[Callable[["Bench"], Measurement]], Callable[["Bench"], Measurement]]:  # fmt: skip
    def register(fn: Callable[["Bench"], Measurement]) -> Callable[["Bench"], Measurement]:
        REGISTRY[name] = Figure(name, target, unit, limit, ratio_limit, fn)
        return fn

    return register


@dataclass
class Bench:
    trainees: int
    seed: int
    runs: int
    workdir: Path

    @property
    def smoke(self) -> bool:
        return self.trainees < 10_000

    @property
    def demo_key(self) -> str:
        """Names what is built from the demo and kept in OUT: its size, seed, schema revision
        and demo format (a change to either makes different data)."""
        from blkdesk.core.demo import DEMO_FORMAT
        from blkdesk.core.storage.db import head_revision

        return f"{self.trainees}-{self.seed}-{head_revision()}-d{DEMO_FORMAT}"

    def demo_db(self) -> Path:
        """The shared demo database for this size and seed, built once and then reused."""
        from blkdesk.core import demo

        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"demo-{self.demo_key}.sqlite"
        if not path.exists():
            partial = path.with_suffix(".building")
            for stale in OUT.glob(partial.name + "*"):
                stale.unlink()
            demo.build(str(partial), trainees=self.trainees, seed=self.seed)
            os.replace(partial, path)
        return path

    def copy_of_demo(self, name: str = "copy.sqlite") -> Path:
        """A private copy for figures that write."""
        target = self.workdir / name
        shutil.copyfile(self.demo_db(), target)
        return target


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_seconds(fn: Callable[[], Any], runs: int) -> float:
    return statistics.median(timed(fn) for _ in range(max(1, runs)))


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, because ru_maxrss survives exec on Linux and
    would report the parent runner's peak instead."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
