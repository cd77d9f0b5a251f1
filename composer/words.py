"""Where the shipped data is, and one message file's sentences in one language.

This module imports nothing else of the app, so the lowest layers (mail syntax, the
clock, the store) can speak to the seller; :mod:`composer.appdata.resources` builds on it.

The sentences live in ``resources/messages/<name>.json`` (English) and
``resources/locale/<lang>/messages/<name>.json`` (flat "dotted.key": "text" pairs, as
every translation file). Only the one file is read, so a module the window's first
frame imports pays for nothing else. The language is passed in; without one the words
are English, which is what logs and ``--json`` keep, and which
:meth:`composer.l10n.catalog.Catalog.say` can read back into another language.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

# The languages with message files; here, not from composer.message, which reads these.
LANGUAGES = ("en", "de", "fr", "es", "it")

@cache
def resources_root() -> Path:
    """Return the folder that holds the shipped data files."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package = Path(__file__).resolve().parent  # composer/, beside resources/ in a checkout
    candidates += [package.parent / "resources", package / "resources"]
    for candidate in candidates:
        if (candidate / "policy").is_dir():
            return candidate
    raise FileNotFoundError(
        "Seller Composer's data files are missing. Looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


_GROUPING = {"de": ".", "es": ".", "it": ".", "fr": "\u202f"}


# Keys the catalogue never treats as texts (resources/locale/catalogue.json "skip").
_NOT_TEXTS = ("version", "description", "note", "language", "alphabet")


def _flatten(node: Any, prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for name, child in node.items():
        if name.startswith("_") or name in _NOT_TEXTS:
            continue
        key = f"{prefix}.{name}" if prefix else name
        if isinstance(child, dict):
            flat.update(_flatten(child, key))
        else:
            flat[key] = child
    return flat


@cache
def _english(name: str) -> Mapping[str, str]:
    path = resource_path("messages", f"{name}.json")
    return _flatten(json.loads(path.read_text(encoding="utf-8")))


@cache
def _said(language: str, name: str) -> Mapping[str, str]:
    path = resource_path("locale", language, "messages", f"{name}.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def plural_category(language: str, n: int) -> str:
    """CLDR's category of a whole number: "one" or "other" (French puts 0 in "one")."""
    if language == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


def number(value: int, language: str) -> str:
    """A whole number as ``language`` writes it in running text (1,234 · 1.234 · 1 234)."""
    return f"{int(value):,}".replace(",", _GROUPING.get(language, ","))


class Words:
    """The sentences of ``resources/messages/<name>.json`` in one language.

    A key missing in the language falls back to English, so a sentence added in English
    shows in English until it is translated (``tests/test_l10n_core.py`` lists it).
    """

    def __init__(self, name: str, language: str = "en") -> None:
        code = (language or "").strip().replace("_", "-").split("-")[0].lower()
        self.name = name
        self.language = code if code in LANGUAGES else "en"

    def text(self, key: str) -> str:
        if self.language != "en":
            said = _said(self.language, self.name).get(key)
            if said:
                return said
        return _english(self.name)[key]

    def __call__(self, key: str, **values: object) -> str:
        """The sentence ``key`` with its ``{names}`` filled in."""
        return self.text(key).format(**values)

    def plural(self, key: str, n: int, **values: object) -> str:
        """``key_one`` or ``key_many`` by this language's plural rule; ``{n}`` is filled in."""
        form = "one" if plural_category(self.language, n) == "one" else "many"
        return self.text(f"{key}_{form}").format(n=number(n, self.language), **values)

    def number(self, value: int) -> str:
        return number(value, self.language)
