"""Start-up time, the app against a bare PySide6 window, in one interleaved run.

Two figures from process start: the first painted window, and "ready", when the
editor first accepts a key with the open draft in it. Both run offscreen, several
times each, interleaved; medians are printed with the ratios. Targets: first paint
≤ 1.3×, ready ≤ 2× the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def time_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the first paint and to ready."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    marks = dict(line.split()[:2] for line in result.stdout.splitlines()
                 if line.startswith(("first-paint ", "ready ")))
    if "first-paint" not in marks or "ready" not in marks:
        raise RuntimeError(f"{command} printed no first-paint and ready lines:\n"
                           f"{result.stderr[-2000:]}")
    return float(marks["first-paint"]) - started, float(marks["ready"]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SELLER_COMPOSER_STARTUP_PROBE="1")
    # An installed app and the bundle start from compiled bytecode. With
    # PYTHONDONTWRITEBYTECODE set (some shells and CI images set it) every run would compile
    # the app's ~120 modules again (about 30 ms before the first paint) while the bare
    # window compiles one file: that measures the machine, not the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as home:
        env["SELLER_COMPOSER_HOME"] = home
        app = [sys.executable, "-m", "composer"]
        bare = [sys.executable, str(HERE / "bare_window.py")]
        time_once(app, env)  # warm the file cache and write .pyc files for both
        time_once(bare, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(time_once(app, env))
            bare_times.append(time_once(bare, env))
    print(f"runs each:            {args.runs}")
    for number, (what, target) in enumerate((("first paint", 1.3), ("ready", 2.0))):
        app_ms = statistics.median(t[number] for t in app_times) * 1000
        bare_ms = statistics.median(t[number] for t in bare_times) * 1000
        print(f"{what}:")
        print(f"  bare PySide6 window:  {bare_ms:7.1f} ms (median)")
        print(f"  Seller Composer:      {app_ms:7.1f} ms (median)")
        print(f"  ratio:                {app_ms / bare_ms:7.2f}  (target ≤ {target})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
