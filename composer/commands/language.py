"""The language the command line speaks: ``--lang``, else the environment, else English.

Only front ends read the environment; the core is given the language. ``--json`` output
never depends on it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from composer.l10n.catalog import Catalog
from composer.message.languages import LANGUAGES, base_language

# POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG. LANGUAGE (GNU) is a list.
ENV_ORDER = ("LC_ALL", "LC_MESSAGES", "LANG")
CLI_WORDS = "messages/cli.json"


def choose_language(asked: str | None, environ: Mapping[str, str]) -> str:
    """A language code of the app from ``--lang`` or the locale variables; "en" otherwise."""
    candidates = [asked] if asked else [environ.get(name, "") for name in ENV_ORDER]
    for value in candidates:
        if not value:
            continue
        code = base_language(value.split(".")[0].split("@")[0])
        return code if code in LANGUAGES else "en"
    return "en"


def _grouping(language: str) -> str:
    return {"de": ".", "es": ".", "it": ".", "fr": "\u202f"}.get(language, ",")


def number_format(language: str) -> Callable[[float], str]:
    """1234 as the language writes it in running text (1.234, 1 234, 1,234)."""
    separator = _grouping(language)
    decimal = "." if language == "en" else ","

    def say(n: float) -> str:
        whole, _, part = f"{n:,}".partition(".")
        text = whole.replace(",", separator)
        return f"{text}{decimal}{part}" if part else text

    return say


def date_format(language: str) -> Callable[[date], str]:
    """A day as the language writes it in short form (20.11.2026, 20/11/2026, 20 Nov 2026)."""
    if language == "de":
        return lambda day: day.strftime("%d.%m.%Y")
    if language in ("fr", "es", "it"):
        return lambda day: day.strftime("%d/%m/%Y")
    return lambda day: f"{day.day} {day:%b %Y}"


def catalog_for(language: str) -> Catalog:
    """The core's words in ``language``, with numbers and dates written its way."""
    if language == "en":
        return Catalog("en")
    return Catalog(language, number=number_format(language), date_format=date_format(language))


def words(language: str, key: str, **values: object) -> str:
    """One of the command line's own sentences (resources/messages/cli.json)."""
    return Catalog(language).text(CLI_WORDS, key).format(**values)
