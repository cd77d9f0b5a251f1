"""Plural forms of the five languages (CLDR cardinal rules for whole numbers).

German, English, Spanish and Italian say "1 Warnung", "0 Warnungen"; French puts 0
and 1 in the singular ("0 avertissement"). Only the forms these languages use for
whole numbers are here: "one" and "other" (French "many" is for millions, which a
message never counts). The rule itself is in :mod:`composer.words`, which the
lowest layers (the store, mail, the header) use for their own sentences.
"""

from __future__ import annotations

from typing import Literal

from composer.words import plural_category as _category

Category = Literal["one", "other"]


def plural_category(language: str, n: int) -> Category:
    """The CLDR category of ``n`` in ``language`` ("one" or "other")."""
    return "one" if _category(language, n) == "one" else "other"
