"""Find the shipped ``resources/`` folder, from source and from a frozen bundle.

``resources/`` sits beside the package in the source tree and inside the
PyInstaller bundle (``sys._MEIPASS``). Everything that reads shipped data goes
through :func:`resource_path`, so there is one place to get this right.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


@cache
def resources_root() -> Path:
    """Return the folder that holds the shipped data files."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package = Path(__file__).resolve().parents[1]  # composer/, beside resources/ in a checkout
    candidates += [package.parent / "resources", package / "resources"]
    for candidate in candidates:
        if (candidate / "policy").is_dir():
            return candidate
    raise FileNotFoundError(
        "Seller Composer's data files are missing. Looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped data file, e.g. ``resource_path("policy", "rules.json")``."""
    return resources_root().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Read a shipped JSON data file once and keep it (the files never change at run time)."""
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def icon_files() -> list[Path]:
    """The app icon in each drawn size (packaging/icon.py makes them), smallest first."""
    folder = resource_path("icons")
    files = folder.glob("seller-composer-*.png")
    return sorted(files, key=lambda path: int(path.stem.rsplit("-", 1)[1]))
