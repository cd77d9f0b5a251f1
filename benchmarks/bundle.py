"""The installers' size and the frozen app's start-up, against a bare frozen PySide6 window.

Builds the Linux bundle and its tar.xz (``packaging/build.py --formats bundle,tar``) and a
bare PySide6 window frozen with the same spec rules (``packaging/bare-window.spec``), then
times process start to first painted window for both, offscreen, interleaved, median.
Targets: bundle ≤ 135 MiB, tar.xz ≤ 40 MiB, start ≤ 1.5 × the bare frozen window.
``--dist DIR`` measures an earlier build instead (DIR from ``build.py --out``; the bare
window is still built, it takes half a minute).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from startup import time_once  # noqa: E402

MIB = 1024 * 1024


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def build_app(out: Path, work: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--out", str(out),
                    "--work", str(work), "--formats", "bundle,tar"], check=True)


def build_bare(work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "packaging" / "bare-window.spec")], check=True)
    return work / "dist" / "bare-window"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--dist", type=Path, help="an earlier build.py --out folder")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        print("benchmarks/bundle.py measures the Linux bundle; run it on Linux.")
        return 0
    with tempfile.TemporaryDirectory(prefix="seller-composer-bundle-") as scratch:
        scratch_path = Path(scratch)
        dist = args.dist or scratch_path / "dist"
        if args.dist is None:
            build_app(dist, scratch_path / "work")
        bare = build_bare(scratch_path / "bare")
        app = dist / "seller-composer"
        archives = sorted(dist.glob("seller-composer-*.tar.xz"))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SELLER_COMPOSER_STARTUP_PROBE="1",
                   SELLER_COMPOSER_HOME=str(scratch_path / "home"))
        app_cmd, bare_cmd = [str(app / "seller-composer")], [str(bare / "bare-window")]
        time_once(app_cmd, env)  # warm the file cache for both
        time_once(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(time_once(app_cmd, env))
            bare_times.append(time_once(bare_cmd, env))
        app_size, bare_size = folder_size(app), folder_size(bare)
        archive_size = archives[-1].stat().st_size if archives else None
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    print(f"bundle (one folder):    {app_size / MIB:6.1f} MiB  (target ≤ 135)")
    if archive_size is not None:
        print(f"tar.xz:                 {archive_size / MIB:6.1f} MiB  (target ≤ 40)")
    else:
        print("tar.xz:                 not built")
    print(f"bare window bundle:     {bare_size / MIB:6.1f} MiB  (same trim rules)")
    print(f"runs each:              {args.runs}")
    print(f"bare frozen window:     {bare_ms:6.0f} ms to first paint (median)")
    print(f"Seller Composer frozen: {app_ms:6.0f} ms to first paint (median)")
    print(f"ratio:                  {app_ms / bare_ms:6.2f}  (target ≤ 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
