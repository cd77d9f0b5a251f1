"""Plural forms of the five languages (CLDR cardinal rules for whole numbers).

German, English, Spanish and Italian say "1 Warnung", "0 Warnungen"; French puts 0
and 1 in the singular ("0 avertissement"). Only the forms these languages use for
whole numbers are here: "one" and "other" (French "many" is for millions, which a
message never counts).
"""

from __future__ import annotations

from typing import Literal

Category = Literal["one", "other"]


def plural_category(language: str, n: int) -> Category:
    """The CLDR category of ``n`` in ``language`` ("one" or "other")."""
    if language == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"
