"""Spelling dictionaries: pyspellchecker's word lists, one per language, loaded once, on demand.

Only pyspellchecker's word-frequency files are used, not its checker class: the
checker here needs offsets, elision, compounds and a personal dictionary, and
reading the file in small pieces keeps a worker thread that loads it from holding
Python's lock for 0.3–0.7 s (which would freeze the window for that long).

A language whose word list is missing or damaged gets a stand-in that knows every
word (so nothing is flagged) and says so through :attr:`Dictionary.note`.

How each language is read beyond the word list (British spellings, elided words,
plural and verb endings, German compounds, extra shop words) is data:
``resources/spelling/<lang>.json``.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import sys
import threading
import time
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from composer.appdata.resources import load_json, resource_path
from composer.message.languages import LANGUAGES

_CHUNK_CHARS = 60_000  # about 3,000 words: a few milliseconds of parsing per piece
_MAX_MEMO = 50_000
# Words longer than this get no suggestions: the candidates one edit away grow with the
# square of the length (a 10,000-letter "word" made 5.7 GB of them), and no real typo
# is that long ("Rechtsschutzversicherungsgesellschaften" has 39 letters).
MAX_SUGGESTION_CHARS = 40
# Longer words are only looked up, not taken apart (endings, elisions, compounds), and not
# remembered: each way of taking a word apart costs its length again, and more.
MAX_ANALYSED_CHARS = 64
_MAX_DEPTH = 4  # elisions and clitics peeled off one word ("l'l'l'…" would recurse forever)
APOSTROPHES = "'’ʼ"
SLIP_WEIGHT = 10
ACCENT_WEIGHT = 100  # benchmarks/spelling.py: no language's first suggestion got worse


@dataclass(frozen=True)
class LanguageRules:
    """How one language's words are read beyond the plain word list (from its data file)."""

    language: str
    name: str
    alphabet: str
    elisions: tuple[str, ...]
    clitics: tuple[str, ...]
    variants: tuple[tuple[re.Pattern[str], str], ...]
    endings: tuple[tuple[str, tuple[str, ...]], ...]
    compounds: bool
    linkers: tuple[str, ...]
    compound_heads: tuple[str, ...]
    titles: frozenset[str]
    extra_words: frozenset[str]
    stem_changes: tuple[tuple[str, str], ...] = ()
    enclitics: tuple[str, ...] = ()
    enclitic_restore: tuple[str, ...] = ("",)
    weak_list: bool = False  # flag only words one edit from a known word (see es.json)
    # Words that mark a name only on a short sign-off line ("Ihr Team von Bohnenglück");
    # in a sentence German nouns follow them ("Ihre Bestellung") and are checked.
    signoff_titles: frozenset[str] = frozenset()
    # Parts known before a hyphen when a word follows ("pre-oiled", "anti-dérapant").
    hyphen_prefixes: frozenset[str] = frozenset()
    # Any of the variant patterns: most words match none, and one search beats ten.
    variant_gate: re.Pattern[str] | None = None


@cache
def language_rules(language: str) -> LanguageRules:
    data: dict[str, Any] = load_json("spelling", f"{language}.json")
    variants = data.get("variants", ())
    return LanguageRules(
        language=language,
        name=data["name"],
        alphabet=data["alphabet"],
        elisions=tuple(data.get("elisions", ())),
        clitics=tuple(data.get("clitics", ())),
        variants=tuple((re.compile(p), r) for p, r in data.get("variants", ())),
        endings=tuple((suffix, tuple(repl)) for suffix, repl in data.get("endings", ())),
        compounds=bool(data.get("compounds")),
        linkers=tuple(data.get("linkers", ("",))),
        compound_heads=tuple(data.get("compound_heads", ())),
        titles=frozenset(data.get("titles", ())),
        extra_words=frozenset(w.lower() for w in data.get("extra_words", ())),
        stem_changes=tuple((a, b) for a, b in data.get("stem_changes", ())),
        enclitics=tuple(data.get("enclitics", ())),
        enclitic_restore=tuple(data.get("enclitic_restore", ("",))),
        weak_list=bool(data.get("weak_list")),
        signoff_titles=frozenset(data.get("signoff_titles", ())),
        hyphen_prefixes=frozenset(w.lower() for w in data.get("hyphen_prefixes", ())),
        variant_gate=re.compile("|".join(f"(?:{p})" for p, _ in variants)) if variants
        else None,
    )


def language_name(language: str) -> str:
    """"German" for "de"; the code itself for a language the app has no data for."""
    try:
        return language_rules(language).name
    except (FileNotFoundError, KeyError):
        return language


def word_list_path(language: str) -> Path | None:
    """Where pyspellchecker keeps the language's word list, or None when it is not installed.

    In the PyInstaller bundle the lists sit in ``spellchecker/resources`` beside the app
    (packaging/trim.py puts them there), whether or not the package itself was collected.
    """
    folders: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        folders.append(Path(frozen_root) / "spellchecker" / "resources")
    with contextlib.suppress(ModuleNotFoundError, TypeError):
        folders.append(Path(str(importlib_resources.files("spellchecker") / "resources")))
    for folder in folders:
        path = folder / f"{language}.json.gz"
        if path.is_file():
            return path
    return None


def read_word_list(path: Path) -> dict[str, int]:
    """Parse a ``{"word": count, …}`` file one line per word, in pieces.

    ``json.loads`` on the whole 7 MB text would hold Python's lock for up to 0.3 s;
    in pieces, the UI thread gets a turn between them.
    """
    with gzip.open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        raise ValueError("not a word list")
    body = body[1:-1]
    words: dict[str, int] = {}
    pos = 0
    while pos < len(body):
        end = body.find("\n", pos + _CHUNK_CHARS)
        if end < 0:
            end = len(body)
        piece = body[pos:end].strip().rstrip(",")
        if piece:
            words.update(json.loads("{" + piece + "}"))
        pos = end + 1
        time.sleep(0)  # give the UI thread its turn
    return words


class Dictionary:
    """One language's words, with the language's rules for elision, endings and compounds.

    ``knows`` is called from the checker's worker thread and, for suggestions, from
    another worker; its memo is a plain dict, which is safe under the GIL.
    """

    _versions = 0

    def __init__(self, language: str, words: dict[str, int] | None,
                 rules: LanguageRules | None, load_ms: float = 0.0,
                 error: str = "") -> None:
        Dictionary._versions += 1
        self.version = Dictionary._versions
        self.language = language
        self.words = words or {}
        self.rules = rules
        self.load_ms = load_ms
        self.error = error
        self._memo: dict[str, bool] = {}

    @property
    def available(self) -> bool:
        return self.rules is not None and bool(self.words)

    @property
    def note(self) -> str:
        """A plain sentence for the status bar or the CLI when spelling cannot be checked."""
        if self.available:
            return ""
        return f"{language_name(self.language)} spelling dictionary not available"

    # --- lookup ------------------------------------------------------------------------------
    def knows(self, word: str) -> bool:
        """True when ``word`` (any case) is a word of this language; always True for a stand-in."""
        known = self._memo.get(word)  # as typed: most words repeat in the same case
        if known is None:
            if not self.available:
                return True
            known = self._knows(_normal(word), depth=0)
            if len(word) > MAX_ANALYSED_CHARS:
                return known
            if len(self._memo) > _MAX_MEMO:
                self._memo.clear()
            self._memo[word] = known
        return known

    def _in_list(self, low: str) -> bool:
        assert self.rules is not None
        return low in self.words or low in self.rules.extra_words

    def _knows(self, low: str, depth: int) -> bool:
        rules = self.rules
        assert rules is not None
        if self._in_list(low):
            return True
        if "-" in low and len(low) > MAX_ANALYSED_CHARS:
            # "a-b-c-…" of any length: each part on its own (each is short or only looked up)
            parts = [p for p in low.split("-") if p]
            return bool(parts) and all(self._knows(p, depth + 1) for p in parts)
        if len(low) > MAX_ANALYSED_CHARS or depth > _MAX_DEPTH:
            return False
        if "'" in low:  # the elision first: "un'e-mail" is "un'" and "e-mail"
            for prefix in rules.elisions:
                if low.startswith(prefix) and len(low) > len(prefix):
                    return self._knows(low[len(prefix):], depth + 1)
        if "-" in low:
            parts = [p for p in low.split("-") if p]
            return bool(parts) and all(self.knows_part(p, n < len(parts) - 1, depth + 1)
                                       for n, p in enumerate(parts))
        if "'" in low:
            for clitic in rules.clitics:
                if low.endswith(clitic) and len(low) > len(clitic):
                    return self._knows(low[: -len(clitic)], depth + 1)
            return self._in_list(low.replace("'", ""))
        if rules.variant_gate is not None and rules.variant_gate.search(low):
            for pattern, replacement in rules.variants:
                other = pattern.sub(replacement, low)
                if other != low and self._in_list(other):
                    return True
        if self._by_ending(low) or (depth < 2 and self._enclitic(low, depth)):
            return True
        return rules.compounds and depth == 0 and self._compound(low)

    def knows_part(self, part: str, before_another: bool, depth: int = 1) -> bool:
        """A part of a hyphenated word: a word, or a common prefix when a part follows it."""
        assert self.rules is not None
        low = _normal(part)
        if before_another and low in self.rules.hyphen_prefixes:
            return True
        return self._knows(low, depth) if depth else self.knows(part)

    def _enclitic(self, low: str, depth: int) -> bool:
        """Spanish "indíquenos", Italian "contattarci": a verb with pronouns joined on."""
        assert self.rules is not None
        for suffix in self.rules.enclitics:
            if low.endswith(suffix) and len(low) - len(suffix) >= 3:
                base = _plain_vowels(low[: len(low) - len(suffix)])
                if any(self._knows(base + r, depth + 1) for r in self.rules.enclitic_restore):
                    return True
        return False

    def _by_ending(self, low: str) -> bool:
        assert self.rules is not None
        for suffix, replacements in self.rules.endings:
            if low.endswith(suffix) and len(low) - len(suffix) >= 2:
                stem = low[: len(low) - len(suffix)]
                stems = [stem] + [_change_last(stem, a, b) for a, b in self.rules.stem_changes
                                  if a in stem]
                if any(self._in_list(s + r) for s in stems for r in replacements):
                    return True
        return False

    def _compound(self, low: str, parts: int = 0) -> bool:
        """German compounds: the word splits into known words, with linking letters between."""
        rules = self.rules
        assert rules is not None
        if len(low) < 6 or parts > 3:
            return False
        for cut in range(len(low) - 3, 2, -1):  # longest head first
            head, tail = low[:cut], low[cut:]
            if not self._head(head):
                continue
            if self._in_list(tail) or self._by_ending(tail) or self._compound(tail, parts + 1):
                return True
        return False

    def _head(self, head: str) -> bool:
        assert self.rules is not None
        for linker in self.rules.linkers:
            if linker and not head.endswith(linker):
                continue
            stem = head[: len(head) - len(linker)] if linker else head
            if len(stem) >= 3 and (self._in_list(stem) or any(
                    self._in_list(stem + h) for h in self.rules.compound_heads)):
                return True
        return False

    # --- suggestions ---------------------------------------------------------------------------
    def _edits1(self, low: str) -> set[str]:
        """Every string one edit from ``low``: about 60 per letter, so only for short words."""
        assert self.rules is not None
        if len(low) > MAX_SUGGESTION_CHARS:
            return set()
        letters = self.rules.alphabet
        splits = [(low[:i], low[i:]) for i in range(len(low) + 1)]
        deletes = [a + b[1:] for a, b in splits if b]
        transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
        replaces = [a + c + b[1:] for a, b in splits if b for c in letters]
        inserts = [a + c + b for a, b in splits for c in letters]
        return set(deletes + transposes + replaces + inserts)

    def _rank(self, candidates: set[str], original: str) -> list[str]:
        known = [c for c in candidates if c and c != original and self._in_list(c)]
        # Typos rarely hit the first letter, and a slip (a missed double letter, two letters
        # swapped, a missing accent) counts as ten times as likely as a wrong letter:
        # "arive" is "arrive", not the commoner "alive"; "curier" still "courier".
        # A dropped or bare umlaut or accent counts as ACCENT_WEIGHT times as likely:
        # "Grßen" is "Grüßen", not the 44 times commoner "Großen" ("devorait" is still
        # "devrait", 780 times commoner than "dévorait").
        return sorted(known, key=lambda w: (
            w[:1] != original[:1], -self.words.get(w, 1) * self._weight(original, w), w))

    @staticmethod
    def _weight(original: str, word: str) -> int:
        if _accent_slip(original, word):
            return ACCENT_WEIGHT
        return SLIP_WEIGHT if _slip(original, word) else 1

    def quick_suggestion(self, word: str) -> str | None:
        """The most frequent word one edit away (about a millisecond), in the word's case."""
        if not self.available or len(word) > MAX_SUGGESTION_CHARS:
            return None
        low = _normal(word)
        ranked = self._rank(self._edits1(low), low)
        if ranked:
            return _same_case(ranked[0], word)
        fixed = self._compound_suggestion(low)
        return _same_case(fixed, word) if fixed else None

    def _compound_suggestion(self, low: str) -> str | None:
        """A compound with a typo in its last word: "ersatzdekel" is "ersatz" + "deckel".

        The whole word is rarely one edit from a listed word (compounds are built, not
        listed), so without this a capitalised German typo looked like a name and passed.
        """
        rules = self.rules
        if rules is None or not rules.compounds or len(low) < 7:
            return None
        for cut in range(len(low) - 4, 2, -1):  # longest known head first
            head, tail = low[:cut], low[cut:]
            if not self._head(head):
                continue
            ranked = self._rank(self._edits1(tail), tail)
            if ranked:
                return head + ranked[0]
        return None

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Up to ``limit`` corrections, one edit away first, then two (slow: on demand only)."""
        if not self.available or len(word) > MAX_SUGGESTION_CHARS:
            return []
        low = _normal(word)
        first = self._edits1(low)
        found = self._rank(first, low)
        # Two edits away only when one edit finds little: it is 0.1–0.8 s of work.
        if len(found) < min(3, limit) and len(low) <= 14:
            second: set[str] = set()
            for edit in first:
                second.update(e for e in self._edits1(edit) if e in self.words)
            found += [w for w in self._rank(second - first, low) if w not in found]
        return [_same_case(w, word) for w in found[:limit]]


def _normal(word: str) -> str:
    low = word.lower()
    for mark in APOSTROPHES[1:]:
        low = low.replace(mark, "'")
    return low.replace("‐", "-").replace("‑", "-")


_PLAIN = str.maketrans("áéíóú", "aeiou")
_BARE = str.maketrans("áàâäéèêëíìîïóòôöúùûüçñß", "aaaaeeeeiiiioooouuuucns")


def _slip(typed: str, word: str) -> bool:
    """A typing slip rather than a wrong letter: doubling, swapping, or accents."""
    if typed.translate(_BARE) == word.translate(_BARE):
        return True
    if len(typed) == len(word):
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and \
            typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]
    short, long_ = sorted((typed, word), key=len)
    if len(long_) - len(short) != 1:
        return False
    at = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    extra = long_[at]
    return (at > 0 and long_[at - 1] == extra) or (at + 1 < len(long_) and long_[at + 1] == extra)


_ACCENTED = frozenset("áàâäéèêëíìîïóòôöúùûüçñ")


def _accent_slip(typed: str, word: str) -> bool:
    """``word`` is ``typed`` with an accented letter it dropped or typed without its accent."""
    if len(word) == len(typed) + 1:
        at = next((i for i in range(len(typed)) if typed[i] != word[i]), len(typed))
        return word[at] in _ACCENTED and word[:at] + word[at + 1:] == typed
    return len(word) == len(typed) and word != typed \
        and word.translate(_BARE) == typed.translate(_BARE)


def _plain_vowels(word: str) -> str:
    return word.translate(_PLAIN)


def _change_last(stem: str, old: str, new: str) -> str:
    """Undo a stem change at its last place: "tien" -> "ten", "pued" -> "pod"."""
    at = stem.rfind(old)
    return stem[:at] + new + stem[at + len(old):]


def _same_case(suggestion: str, original: str) -> str:
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


_LOCKS = {language: threading.Lock() for language in LANGUAGES}
_LOADED: dict[str, Dictionary] = {}


def dictionary(language: str) -> Dictionary:
    """The language's dictionary, loaded on first use (thread-safe; never raises)."""
    found = _LOADED.get(language)
    if found is not None:
        return found
    lock = _LOCKS.get(language)
    if lock is None:
        return Dictionary(language, None, None, error="not a language the app checks")
    with lock:
        found = _LOADED.get(language)
        if found is None:
            found = _load(language)
            _LOADED[language] = found
    return found


def _load(language: str) -> Dictionary:
    started = time.perf_counter()
    try:
        rules = language_rules(language)
    except (OSError, KeyError, ValueError) as exc:
        return Dictionary(language, None, None, error=f"its rules file is damaged: {exc}")
    path = word_list_path(language)
    if path is None:
        return Dictionary(language, None, rules, error="pyspellchecker's word list is missing")
    try:
        words = read_word_list(path)
    except (OSError, ValueError, EOFError) as exc:
        return Dictionary(language, None, rules, error=f"the word list is damaged: {exc}")
    return Dictionary(language, words, rules, (time.perf_counter() - started) * 1000)


def loaded(language: str) -> Dictionary | None:
    """The dictionary if it was loaded already (never loads: safe on the UI thread)."""
    return _LOADED.get(language)


def forget_loaded() -> None:
    """Drop every loaded dictionary (tests use this to load one again)."""
    _LOADED.clear()


def spelling_data_path(language: str) -> Path:
    return resource_path("spelling", f"{language}.json")
