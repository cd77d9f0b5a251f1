"""Spell checking and the buyer's language (issue #9). Pure core: no Qt here.

- :mod:`composer.spelling.dictionary`: pyspellchecker's word lists per language,
  loaded once on first use, with a stand-in that flags nothing when one is missing.
- :mod:`composer.spelling.tokens`: the words of a paragraph, with offsets, minus
  codes, addresses, placeholders and ALL CAPS.
- :mod:`composer.message.langid`: which of the five languages a text is in.
- :mod:`composer.spelling.speller`: the ``spelling`` and ``wrong-language`` rules
  (``CHECKERS``, run by the policy engine), right-click suggestions, and a note
  for a missing dictionary.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CHECKERS", "check_spelling", "check_wrong_language", "detect", "suggestions",
           "unavailable_note"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the window opens before any word list is read.
    if name in ("CHECKERS", "check_spelling", "check_wrong_language", "suggestions",
                "unavailable_note"):
        from composer.spelling import speller as check

        return getattr(check, name)
    if name == "detect":
        from composer.message.langid import detect

        return detect
    raise AttributeError(name)
