"""The names in the header's Type and Language lists, in the app's language.

The message types' labels and purposes are core data already in the catalogue
(``resources/locale/<lang>/policy/message_types.json``), and so are the languages'
names (``spelling/<code>.json``'s ``name``). The header fills its lists before the
window's first paint, so this reads only those few small files, never the whole
catalogue (the first check loads that later).
"""

from __future__ import annotations

import json
from functools import cache

from composer.appdata.resources import resource_path
from composer.ui.translations import current_language


@cache
def _texts(language: str, file: str) -> dict[str, str]:
    """``key -> text`` of one translated data file; empty when it is not there."""
    path = resource_path("locale", language, *file.split("/"))
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def _said(file: str, key: str, english: str, language: str | None) -> str:
    language = language or current_language()
    if language == "en":
        return english
    return _texts(language, file).get(key) or english


def type_label(type_id: str, english: str, language: str | None = None) -> str:
    """A message type's name ("Arrange delivery", "Lieferung vereinbaren")."""
    return _said("policy/message_types.json", f"types.{type_id}.label", english, language)


def type_purpose(type_id: str, english: str, language: str | None = None) -> str:
    """What a message type is for (the Type list's tooltip)."""
    return _said("policy/message_types.json", f"types.{type_id}.purpose", english, language)


def language_label(code: str, english: str, language: str | None = None) -> str:
    """A buyer language's name in the app's language, with its own name beside it when that
    differs: "Französisch (Français)" in German; English keeps "French (Français)"."""
    language = language or current_language()
    if language == "en":
        return english
    name = _texts(language, f"spelling/{code}.json").get("name")
    if not name:
        return english
    name = name[:1].upper() + name[1:]  # a list item: "Anglais", though "en anglais"
    own = english.partition("(")[2].rstrip(")").strip() or english
    return name if own.casefold() == name.casefold() else f"{name} ({own})"
