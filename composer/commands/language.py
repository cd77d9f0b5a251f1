"""The language the command line speaks: ``--lang``, else the environment, else English.

Only front ends read the environment; the core is given the language. ``--json`` output
never depends on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

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


# "seller-composer: " or "seller-composer drafts: " before a refusal.
_PROG = re.compile(r"seller-composer(?: [a-z-]+)?: ")


class SayingStream:
    """``sys.stderr`` for one command: each finished line is said in the command's language.

    The commands write their refusals in the core's English ("seller-composer: <why>");
    this front end says the part after the program's name with :meth:`Catalog.say`, so
    every command speaks ``--lang`` without each one threading it through. A line the
    catalogue does not know is written as it is. Standard output (reports, ``--json``)
    is never touched.
    """

    def __init__(self, stream: Any, language: str) -> None:
        self._stream = stream
        self._catalog = catalog_for(language)
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self._stream.write(self.say(line) + "\n")
        return len(text)

    def say(self, line: str) -> str:
        prefix = _PROG.match(line)
        head = prefix.group(0) if prefix else ""
        return head + self._catalog.say(line[len(head):])

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self.say(self._pending))
            self._pending = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
