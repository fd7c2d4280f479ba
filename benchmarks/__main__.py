"""`./dev bench`: measure every figure and print figure / target / measured / baseline / ratio.

python -m benchmarks                 every figure on the 100,000-trainee, 10-year demo database
python -m benchmarks --smoke         every figure once on a tiny database (the test suite runs it)
python -m benchmarks -k search       only figures whose name contains "search"
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import figures  # noqa: F401 - registers the figures
from benchmarks.harness import OUT, REGISTRY, Bench, peak_rss_mb

MEMORY_LIMIT_MB = 400
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _run_one(name: str, trainees: int, seed: int, runs: int) -> dict[str, object]:
    fig = REGISTRY[name]
    with tempfile.TemporaryDirectory(prefix="blkbench-") as tmp:
        m = fig.fn(Bench(trainees, seed, runs, Path(tmp)))
    ratio = m.value / m.baseline if m.baseline else None
    if fig.ratio_limit is not None:
        ok = ratio is not None and ratio <= fig.ratio_limit
    else:
        ok = fig.limit is None or m.value <= fig.limit
    peak = peak_rss_mb()
    return {
        "figure": name, "target": fig.target, "unit": fig.unit, "measured": m.value,
        "baseline_name": m.baseline_name, "baseline": m.baseline, "ratio": ratio,
        "peak_mb": peak, "ok": ok and peak <= MEMORY_LIMIT_MB, "details": m.details,
    }  # fmt: skip


def _failed(name: str, stderr: str) -> dict[str, object]:
    return {
        "figure": name, "target": REGISTRY[name].target, "unit": "", "measured": None,
        "baseline": None, "baseline_name": "", "ratio": None, "peak_mb": None, "ok": False,
        "details": {"error": stderr.strip().splitlines()[-1:]},
    }  # fmt: skip


def _fmt(value: object, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.1f}{unit}" if value >= 10 else f"{value:.2f}{unit}"
    return str(value)


def _table(results: list[dict[str, object]]) -> str:
    head = ("figure", "target", "measured", "baseline", "ratio", "peak MB", "")
    rows = [head] + [
        (
            str(r["figure"]), str(r["target"]), _fmt(r["measured"], f" {r['unit']}"),
            f"{_fmt(r['baseline'], ' ' + str(r['unit']))} {r['baseline_name']}".strip(),
            _fmt(r["ratio"]), _fmt(r["peak_mb"]), "ok" if r["ok"] else "MISSED",
        )
        for r in results
    ]  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--smoke", action="store_true", help="tiny database, one run each")
    parser.add_argument("-k", dest="pattern", default="", help="only figures containing this")
    parser.add_argument("--trainees", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one figure, print JSON
    parser.add_argument("--json", type=Path, default=None, help="where to write the results")
    args = parser.parse_args()
    trainees = args.trainees or (300 if args.smoke else 100_000)
    runs = args.runs or (1 if args.smoke else 5)
    if args.one:
        print(json.dumps(_run_one(args.one, trainees, args.seed, runs)))
        return 0
    Bench(trainees, args.seed, runs, OUT).demo_db()  # build (or reuse) once, outside the figures
    results = []
    for name in REGISTRY:
        if args.pattern not in name:
            continue
        cmd = [sys.executable, "-m", "benchmarks", "--one", name, "--trainees", str(trainees),
               "--seed", str(args.seed), "--runs", str(runs)]  # fmt: skip
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            results.append(_failed(name, proc.stderr))
            continue
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(_table(results[-1:]).splitlines()[1], flush=True)
    print()
    print(_table(results))
    out = args.json or OUT / ("smoke.json" if args.smoke else "results.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"\nJSON: {out}")
    return 0 if all(r["ok"] for r in results) or args.smoke else 1


if __name__ == "__main__":
    raise SystemExit(main())
