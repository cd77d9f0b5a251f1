"""The five languages Seller Composer writes and checks in, and how a locale names one.

Templates, phrase lists, spelling dictionaries and the header's language list all
cover these five; a locale such as "de-DE" or "fr_CA" means its base language.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it")


def base_language(code: str) -> str:
    """"de" for "de-DE", "de_AT" or "DE"; "" for nothing."""
    return code.strip().replace("_", "-").split("-")[0].lower()
