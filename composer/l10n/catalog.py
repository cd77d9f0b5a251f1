"""Message files per language, and saying an English text of the core in another language.

The core writes its findings in English: that is the ``check --json`` contract, and the
rules stay one data file each. ``resources/locale/catalogue.json`` names which English
texts of the data a seller reads; ``resources/locale/<lang>/<same path>`` gives each of
them by key ("rules.off-amazon.title": "…"). A rule added to an English file needs only
its keys added to the four language files, and until then it shows in English.

:meth:`Catalog.say` turns a finished English text back into the keys it was made of
(a template whose ``{names}`` were filled in, texts put one after the other, words filled
into words) and says it again in the catalogue's language. The seller's own words
(``data_params``) are kept as they are; numbers and dates go through the formatters the
caller passes, so the UI can use QLocale and the core stays locale-neutral.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from fnmatch import fnmatch
from functools import cache
from pathlib import Path
from typing import Any

from composer.appdata.resources import load_json, resources_root
from composer.l10n.plurals import plural_category
from composer.message.languages import LANGUAGES, base_language

LOCALE_DIR = "locale"
_FIELD = re.compile(r"\{(\w+)\}")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_SIZE = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?) (?P<unit>bytes|KB|MB|GB)")
# French writes octets: "10 Mo"; the others keep Amazon's "10 MB".
_UNITS = {"fr": {"bytes": "octets", "KB": "Ko", "MB": "Mo", "GB": "Go"},
          "de": {"bytes": "Bytes"}, "es": {"bytes": "bytes"}, "it": {"bytes": "byte"}}
_DATE = re.compile(r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}")
# A text made of pieces is read from its end; this many pieces is more than any message has.
_MAX_DEPTH = 12


@cache
def spec() -> Mapping[str, Any]:
    """``resources/locale/catalogue.json``: which English texts are the seller's."""
    return load_json(LOCALE_DIR, "catalogue.json")


def languages() -> tuple[str, ...]:
    """The languages with message files (English is the data itself)."""
    return tuple(spec()["languages"])


@cache
def source_files() -> tuple[str, ...]:
    """The English files with seller texts, as paths under ``resources/`` ("policy/…")."""
    root = resources_root()
    found: list[str] = []
    for pattern in spec()["files"]:
        for path in sorted(root.glob(pattern)):
            name = path.relative_to(root).as_posix()
            if name not in spec()["not_files"] and not name.startswith(LOCALE_DIR + "/"):
                found.append(name)
    return tuple(dict.fromkeys(found))


def _selectors(file: str) -> list[str]:
    return [sel for pattern, sels in spec()["files"].items() if fnmatch(file, pattern)
            for sel in sels]


def _children(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        yield from node.items()
    elif isinstance(node, list):
        for index, item in enumerate(node):
            name = item.get("id", index) if isinstance(item, dict) else index
            yield str(name), item


def _leaves(node: Any, prefix: str) -> Iterator[tuple[str, str]]:
    skip = spec()["skip"]
    if isinstance(node, str):
        yield prefix, node
        return
    for name, child in _children(node):
        if name not in skip:
            yield from _leaves(child, f"{prefix}.{name}" if prefix else name)


def _select(node: Any, parts: list[str], prefix: str) -> Iterator[tuple[str, str]]:
    if not parts:
        yield from _leaves(node, prefix)
        return
    head, rest = parts[0], parts[1:]
    for name, child in _children(node):
        if head in ("*", name):
            yield from _select(child, rest, f"{prefix}.{name}" if prefix else name)


@cache
def english() -> Mapping[str, Mapping[str, str]]:
    """File -> key -> English text, for every seller text the catalogue names."""
    root = resources_root()
    result: dict[str, dict[str, str]] = {}
    for file in source_files():
        data = json.loads((root / file).read_text(encoding="utf-8"))
        texts: dict[str, str] = {}
        for selector in _selectors(file):
            parts = [] if selector == "." else selector.split(".")
            texts.update(_select(data, parts, ""))
        result[file] = texts
    return result


def translation_path(language: str, file: str) -> Path:
    """Where ``file``'s texts in ``language`` are kept."""
    return resources_root() / LOCALE_DIR / language / file


@cache
def translations(language: str) -> Mapping[str, Mapping[str, str]]:
    """File -> key -> text in ``language``; a file not translated yet is empty."""
    result: dict[str, dict[str, str]] = {}
    for file in source_files():
        path = translation_path(language, file)
        if path.is_file():
            result[file] = json.loads(path.read_text(encoding="utf-8"))
        else:
            result[file] = {}
    return result


def missing(language: str) -> dict[str, list[str]]:
    """File -> the keys with no text in ``language`` (empty when complete)."""
    have = translations(language)
    gaps: dict[str, list[str]] = {}
    for file, texts in english().items():
        absent = [key for key in texts if not have[file].get(key)]
        if absent:
            gaps[file] = absent
    return gaps


def fields(text: str) -> set[str]:
    """The ``{names}`` a text fills in."""
    return set(_FIELD.findall(text))


@dataclass(frozen=True)
class _Template:
    file: str
    key: str
    whole: re.Pattern[str]  # the text alone
    tail: re.Pattern[str]  # the text after something else (named group "_head")


def _pattern(text: str) -> str:
    """A regular expression for a text with ``{names}``; a last " {name}" may be left out."""
    out: list[str] = []
    seen: set[str] = set()
    position = 0
    matches = list(_FIELD.finditer(text))
    for index, match in enumerate(matches):
        literal = text[position:match.start()]
        name = match.group(1)
        if name in seen:
            group = f"(?P={name})"
        elif name == "n":  # a count (the plural keys' {n}) is digits, so it never swallows words
            seen.add(name)
            group = r"(?P<n>\d[\d,]*)"
        else:
            seen.add(name)
            group = f"(?P<{name}>.*?)"
        last = index == len(matches) - 1 and match.end() == len(text)
        if last and literal.endswith(" "):
            out.append(re.escape(literal[:-1]) + f"(?: {group})?")
        else:
            out.append(re.escape(literal) + group)
        position = match.end()
    out.append(re.escape(text[position:]))
    return "".join(out)


@dataclass(frozen=True)
class _Index:
    exact: Mapping[str, tuple[str, str]]  # stripped English -> (file, key)
    templates: tuple[_Template, ...]


@cache
def _index() -> _Index:
    exact: dict[str, tuple[str, str]] = {".": ("", "."), ":": ("", ":")}
    templates: list[tuple[int, _Template]] = []
    for file, texts in english().items():
        for key, text in texts.items():
            core = text.strip()
            if not core:
                continue
            # Every text as it stands (a rule's explanation may show "{order_id}" itself) ...
            exact.setdefault(core, (file, key))
            if _FIELD.search(core):  # ... and a text with {names} as a pattern too
                body = _pattern(core)
                literal = len(_FIELD.sub("", core))
                templates.append((literal, _Template(
                    file, key, re.compile(body, re.S), re.compile(r"(?P<_head>.+?)" + body, re.S))))
    templates.sort(key=lambda item: -item[0])
    return _Index(exact, tuple(t for _, t in templates))


def _english_number(text: str) -> float:
    """1,234 -> 1234 (an int when whole, so a formatter writes no decimals)."""
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


class Catalog:
    """The core's words in one language, with English for anything not translated yet.

    ``number`` and ``date`` write a number or a day the seller's way (the UI passes
    QLocale's); without them numbers and dates stay as the core wrote them.
    """

    def __init__(self, language: str, *, number: Callable[[float], str] | None = None,
                 date_format: Callable[[date], str] | None = None) -> None:
        code = base_language(language or "")
        self.language = code if code in LANGUAGES else "en"
        self._number = number
        self._date = date_format
        self._memo: dict[str, str | None] = {}

    def text(self, file: str, key: str) -> str:
        """The text ``key`` of ``file`` in this language (English when it is missing)."""
        if self.language != "en":
            said = translations(self.language).get(file, {}).get(key)
            if said:
                return said
        return english()[file][key]

    def plural(self, file: str, one: str, other: str, n: int) -> str:
        """The text for ``n`` of a pair of keys, by this language's plural rule."""
        return self.text(file, one if plural_category(self.language, n) == "one" else other)

    def say(self, english_text: str) -> str:
        """``english_text`` in this language; itself when it is not the core's words."""
        if self.language == "en" and self._number is None and self._date is None:
            return english_text
        said = self._say(english_text, 0)
        return english_text if said is None else said

    def knows(self, english_text: str) -> bool:
        """Whether every piece of ``english_text`` is a text of the catalogue."""
        return self._say(english_text, 0) is not None

    # The reading back: each step returns None when the text is not the core's words.
    def _say(self, text: str, depth: int) -> str | None:
        core = text.strip()
        if not core:
            return text
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()):]
        if core in self._memo:
            said = self._memo[core]
        else:
            said = self._core(core, depth) if depth < _MAX_DEPTH else None
            self._memo[core] = said
        return None if said is None else lead + said + trail

    def _entry(self, file: str, key: str) -> str:
        if not file:
            return key
        return self.text(file, key).strip()

    def _core(self, text: str, depth: int) -> str | None:
        index = _index()
        hit = index.exact.get(text)
        if hit is not None:
            return self._entry(*hit)
        for template in index.templates:
            match = template.whole.fullmatch(text)
            if match:
                said = self._fill(template, match.groupdict(), depth)
                if said is not None:
                    return said
        # Pieces put one after the other: the last piece is a known text, the rest is said.
        for english_piece, (file, key) in index.exact.items():
            if len(english_piece) < len(text) and text.endswith(english_piece):
                head = self._say(text[: -len(english_piece)], depth + 1)
                if head is not None:
                    return head + self._entry(file, key)
        for template in index.templates:
            match = template.tail.fullmatch(text)
            if match:
                values = match.groupdict()
                head = self._say(values.pop("_head"), depth + 1)
                if head is None:
                    continue
                said = self._fill(template, values, depth)
                if said is not None:
                    return head + said
        return None

    def _fill(self, template: _Template, values: dict[str, str | None], depth: int) -> str | None:
        data = spec()["data_params"]
        filled: dict[str, str] = {}
        for name, value in values.items():
            if not value:
                filled[name] = ""
            elif name in data:
                filled[name] = value
            elif _NUMBER.fullmatch(value):
                filled[name] = self._number(_english_number(value)) if self._number else value
            elif size := _SIZE.fullmatch(value):
                number = _english_number(size["number"])
                unit = _UNITS.get(self.language, {}).get(size["unit"], size["unit"])
                filled[name] = f"{self._number(number) if self._number else size['number']} {unit}"
            elif _DATE.fullmatch(value):
                day = datetime.strptime(value, "%d %b %Y").date()
                filled[name] = self._date(day) if self._date else value
            else:
                said = self._say(value, depth + 1)
                if said is None:  # words the core took the article off ("PDF document")
                    said = self._say(f"a {value}", depth + 1) or self._say(f"an {value}", depth + 1)
                if said is None:
                    return None
                filled[name] = said
        target = self._entry(template.file, template.key)
        try:
            return target.format(**filled).strip()
        except (KeyError, IndexError, ValueError):
            return english()[template.file][template.key].strip().format(**filled).strip()
