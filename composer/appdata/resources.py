"""Find the shipped ``resources/`` folder, from source and from a frozen bundle.

``resources/`` sits beside the package in the source tree and inside the
PyInstaller bundle (``sys._MEIPASS``). Everything that reads shipped data goes
through :func:`resource_path`, so there is one place to get this right.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from composer.words import resources_root

__all__ = ["icon_files", "load_json", "resource_path", "resources_root"]


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped data file, e.g. ``resource_path("policy", "rules.json")``."""
    return resources_root().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Read a shipped JSON data file once and keep it (the files never change at run time)."""
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def localised_path(language: str, *parts: str) -> Path:
    """A shipped text in ``language`` (``resources/locale/<lang>/…``), else the English one.

    For whole documents such as the Help guide, which are translated as a file rather
    than key by key; the caller passes the language (the app's).
    """
    if language and language != "en":
        said = resources_root().joinpath("locale", language, *parts)
        if said.is_file():
            return said
    return resource_path(*parts)


def icon_files() -> list[Path]:
    """The app icon in each drawn size (packaging/icon.py makes them), smallest first."""
    folder = resource_path("icons")
    files = folder.glob("seller-composer-*.png")
    return sorted(files, key=lambda path: int(path.stem.rsplit("-", 1)[1]))
