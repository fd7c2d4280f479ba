"""The benchmarks take minutes on the real database; this tiny run keeps them from rotting."""

import json
import subprocess
import sys


def test_every_benchmark_figure_runs_on_a_tiny_database(tmp_path):
    out = tmp_path / "smoke.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke", "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    results = json.loads(out.read_text())
    assert results
    for result in results:
        assert result["measured"] is not None, result
        assert result["peak_mb"] > 0
