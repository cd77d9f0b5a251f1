"""Which language is a message written in? Offline, from the share of each language's common words.

Each language's 200 most frequent words (``resources/spelling/common_words.json``)
are looked up; a word common to several languages ("la", "in", "a") counts for
each of them in part. The best language must cover a fair share of the words and
clearly beat the runner-up, and texts under :data:`MIN_WORDS` words are never
judged: a greeting and a name say nothing about the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from composer.appdata.resources import load_json

MIN_WORDS = 12  # shorter texts are never judged (issue #9)
MIN_SHARE = 0.12  # the best language's common words cover at least this share of the words
MIN_LEAD = 1.8  # …and score at least this many times the runner-up
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Letters that only some of the five languages use tip a close call.
_HINTS = {"ß": "de", "ä": "de", "ö": "de", "ü": "de", "ñ": "es", "¿": "es", "¡": "es",
          "ç": "fr", "œ": "fr", "ê": "fr", "â": "fr", "î": "fr", "û": "fr", "ò": "it", "ì": "it"}


@dataclass(frozen=True)
class Detection:
    """The language found (None: not sure or too short), with the evidence."""

    language: str | None
    words: int
    scores: dict[str, float]

    def share(self, language: str) -> float:
        """How much of the text's evidence points at ``language`` (0–1)."""
        total = sum(self.scores.values())
        return self.scores.get(language, 0.0) / total if total else 0.0


@cache
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """word -> ((language, weight), …); a word in n languages' lists weighs 1/n in each."""
    lists: dict[str, list[str]] = load_json("spelling", "common_words.json")["words"]
    owners: dict[str, list[str]] = {}
    for language, words in lists.items():
        for word in words:
            owners.setdefault(word.lower(), []).append(language)
    return {word: tuple((lang, 1.0 / len(langs)) for lang in langs)
            for word, langs in owners.items()}


@cache
def languages() -> tuple[str, ...]:
    return tuple(load_json("spelling", "common_words.json")["words"])


_CACHED_LINE_CHARS = 2_000  # longer lines: only the last one is kept (4,096 could fill memory)
_last_long: list[tuple[str, tuple[int, tuple[float, ...]]]] = []


def _line_evidence(line: str) -> tuple[int, tuple[float, ...]]:
    """(word count, score per language) of one line; kept, so a keystroke re-reads one line."""
    if len(line) <= _CACHED_LINE_CHARS:
        return _read_line_cached(line)
    last = _last_long[-1] if _last_long else None  # one check asks about a text a few times
    if last is not None and last[0] == line:
        return last[1]
    found = _read_line(line)
    _last_long[:] = [(line, found)]
    return found


def _read_line(line: str) -> tuple[int, tuple[float, ...]]:
    weights = _weights()
    order = languages()
    scores = dict.fromkeys(order, 0.0)
    count = 0
    for match in _WORD.finditer(line):
        word = match.group().lower().replace("’", "'")
        count += 1
        for language, weight in weights.get(word, ()):
            scores[language] += weight
        if "'" in word:  # l'avis, dell'ordine: the elided article is the evidence
            for language, weight in weights.get(word.split("'")[0] + "'", ()):
                scores[language] += weight
    for char, language in _HINTS.items():
        if char in line:
            scores[language] += 0.5
    return count, tuple(scores[language] for language in order)


_read_line_cached = lru_cache(maxsize=4096)(_read_line)


_last_detected: list[tuple[tuple[str, int], Detection]] = []


def detect(text: str, min_words: int = MIN_WORDS) -> Detection:
    """Guess the language of ``text``; ``language`` is None unless the evidence is clear.

    The last answer for a long text is kept: one check asks about it several times.
    """
    if len(text) <= _CACHED_LINE_CHARS:
        return _detect(text, min_words)
    last = _last_detected[-1] if _last_detected else None
    if last is not None and last[0] == (text, min_words):
        return last[1]
    found = _detect(text, min_words)
    _last_detected[:] = [((text, min_words), found)]
    return found


def _detect(text: str, min_words: int) -> Detection:
    order = languages()
    totals = [0.0] * len(order)
    count = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        words, scores = _line_evidence(line)
        count += words
        for index, score in enumerate(scores):
            totals[index] += score
    scores_by = dict(zip(order, totals, strict=True))
    if count < min_words:
        return Detection(None, count, scores_by)
    ranked = sorted(scores_by.items(), key=lambda item: -item[1])
    (best, top), (_, runner_up) = ranked[0], ranked[1]
    clear = top >= MIN_SHARE * count and top >= MIN_LEAD * runner_up
    return Detection(best if clear else None, count, scores_by)
