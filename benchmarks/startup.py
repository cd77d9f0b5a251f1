"""Start-up time: process start to first painted window, the app against a bare PySide6 window.

Both run offscreen, several times each, interleaved; the median is printed
with the ratio. Target: ratio ≤ 1.5.
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


def time_once(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command} printed no first-paint line:\n{result.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SELLER_COMPOSER_STARTUP_PROBE="1")
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
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    print(f"runs each:            {args.runs}")
    print(f"bare PySide6 window:  {bare_ms:7.1f} ms (median)")
    print(f"Seller Composer:      {app_ms:7.1f} ms (median)")
    print(f"ratio:                {app_ms / bare_ms:7.2f}  (target ≤ 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
