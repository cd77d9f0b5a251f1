"""Undo the tricks that hide a link or number, and remember where each character came from.

A seller (or a template copied from the web) can hide ``example.com`` behind
full-width letters, Cyrillic look-alikes or zero-width spaces. The detectors
therefore search a *normalised* copy of the text, and every finding is mapped
back to the original characters through :class:`Normalized`, so the underline
covers exactly what the seller typed, disguise included.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from composer.appdata.resources import load_json

# Characters that render as nothing (or almost nothing) and split a word without showing it.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0e\ufeff\uffa0\U000e0000-\U000e007f"
)


@dataclass(frozen=True)
class Normalized:
    """A searchable copy of ``original`` with a map from its positions back to the original.

    ``origin[i]`` is the original index of ``text[i]``; ``origin`` is ``None``
    when nothing changed (the common, all-ASCII case), so no map is built.
    """

    original: str
    text: str
    origin: tuple[int, ...] | list[int] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` (non-empty) back to a span of the original text."""
        if self.origin is None:
            return start, end
        first = self.origin[start]
        last = self.origin[end - 1]
        # The last normalised character may come from a character that NFKC expanded;
        # the original span ends after that whole character.
        return first, last + 1


@cache
def _char_map() -> dict[str, str]:
    """Confusable characters -> their ASCII look-alike, from the shipped data file."""
    return dict(load_json("policy", "confusables.json")["map"])


_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


@cache
def _fold(char: str) -> str:
    """Return what one non-ASCII character stands for: '' for invisibles, else its NFKC form."""
    if _INVISIBLE_RE.match(char):
        return ""
    return unicodedata.normalize("NFKC", char)


_WORD_LEFT = re.compile(r"[\w\u0300-\u036f]*$")
_WORD_RIGHT = re.compile(r"[\w\u0300-\u036f]*")


def _unconfuse(text: str, spots: list[int]) -> str:
    """Map look-alike characters to ASCII, one for one (so offsets do not move).

    ``spots`` are the indices of look-alike characters. Punctuation look-alikes
    are always mapped. Letters are mapped only in a word that is clearly a
    disguise: it mixes in ASCII letters (``ехаmple``) or consists only of
    look-alikes (``соm``). A real Russian or Greek word is left alone, so
    ``президент.рф`` stays itself.
    """
    table = _char_map()
    chars = list(text)
    done_until = -1
    for spot in spots:
        if spot < done_until:
            continue
        if not text[spot].isalnum():
            chars[spot] = table[text[spot]]
            continue
        left = _WORD_LEFT.search(text, max(0, spot - 64), spot)
        right = _WORD_RIGHT.match(text, spot)
        start = left.start() if left else spot
        end = right.end() if right else spot + 1
        chunk = text[start:end]
        mapped = "".join(table.get(c, c) for c in chunk)
        if mapped.isascii() or any(c.isascii() and c.isalpha() for c in chunk):
            chars[start:end] = list(mapped)
        done_until = end
    return "".join(chars)


def normalize(text: str) -> Normalized:
    """Fold ``text`` for searching: drop invisibles, NFKC, map look-alikes to ASCII.

    Only non-ASCII characters are touched, ASCII stretches are copied in bulk,
    and text that needs no change (the usual case, accents included) is
    recognised by C-level checks, so the cost stays linear and small.
    """
    if text.isascii():
        return Normalized(text, text, None)
    table = _char_map()
    if (
        unicodedata.is_normalized("NFKC", text)
        and not _INVISIBLE_RE.search(text)
        and table.keys().isdisjoint(text)
    ):
        return Normalized(text, text, None)
    pieces: list[str] = []
    origin: list[int] = []
    spots: list[int] = []  # where look-alikes sit in the folded text
    pos = 0
    size = 0
    changed = False
    for run in _NON_ASCII_RUN.finditer(text):
        index = run.start()
        if index > pos:
            pieces.append(text[pos:index])
            origin.extend(range(pos, index))
            size += index - pos
        chunk = run.group()
        if unicodedata.is_normalized("NFKC", chunk) and not _INVISIBLE_RE.search(chunk):
            if not table.keys().isdisjoint(chunk):
                spots.extend(size + i for i, c in enumerate(chunk) if c in table)
            pieces.append(chunk)
            origin.extend(range(index, run.end()))
            size += len(chunk)
        else:
            changed = True
            for offset, char in enumerate(chunk):
                folded = _fold(char)
                for inner, piece in enumerate(folded):
                    if piece in table:
                        spots.append(size + inner)
                pieces.append(folded)
                origin.extend([index + offset] * len(folded))
                size += len(folded)
        pos = run.end()
    if pos < len(text):
        pieces.append(text[pos:])
        origin.extend(range(pos, len(text)))
    folded_text = "".join(pieces) if changed else text
    unconfused = _unconfuse(folded_text, spots) if spots else folded_text
    if not changed and unconfused == text:
        return Normalized(text, text, None)
    return Normalized(text, unconfused, origin if changed else None)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
