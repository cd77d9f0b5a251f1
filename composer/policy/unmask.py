"""General transformations that undo how a seller hides an address, keeping the map back.

The detectors look for addresses in a cleaned copy of the text. Besides look-alike
letters and invisibles (:mod:`composer.policy.normalize`) and bracketed or spelled dots
(:mod:`composer.policy.link_disguises`), three disguises are undone here, each as a general
rule rather than a list of cases:

- letters spaced out one by one: ``g m a i l . c o m`` (a run of single characters that
  holds a ``.`` or an ``@``);
- an address split by a line break: ``anna@gmail.`` / ``com``, ``www.shop`` / ``.de``;
- digits written for letters in the ending: ``shop.c0m``, ``name@mail.n3t``.

A spelled dot or at counts only in an address's shape: the word before it must be able
to name something (not an article or a preposition: ``not_labels``).

Every change is an edit of the cleaned text; :func:`apply` composes the edits with the
existing map, so a finding still underlines exactly what the seller typed. The word lists
and limits are data (``resources/policy/disguises.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from composer.appdata.resources import load_json
from composer.policy.normalize import Normalized

Edit = tuple[int, int, str]  # replace text[start:end] with the string


@dataclass(frozen=True)
class Words:
    """The disguise data, read once."""

    dot: tuple[str, ...]
    at: tuple[str, ...]
    bracket_at: tuple[str, ...]
    providers: frozenset[str]
    spelled_providers: frozenset[str]
    word_endings: tuple[str, ...]
    not_labels: frozenset[str]
    spaced_min: int
    digit_letters: dict[str, str]
    version: re.Pattern[str]


@cache
def words() -> Words:
    raw = load_json("policy", "disguises.json")
    return Words(
        dot=tuple(raw["dot_words"]),
        at=tuple(raw["at_words"]),
        bracket_at=tuple(raw["bracket_at_words"]),
        providers=frozenset(raw["mail_providers"]),
        spelled_providers=frozenset(raw["mail_providers"]) - frozenset(raw["not_spelled"]),
        word_endings=tuple(raw["word_endings"]),
        not_labels=frozenset(raw["not_labels"]),
        spaced_min=int(raw["spaced_min_letters"]),
        digit_letters=dict(raw["digit_letters"]),
        version=re.compile(
            rf"(?:^|\W)(?:{alternation(tuple(raw['version_words']))})\.?[ \t]*[:#]?[ \t]*$",
            re.IGNORECASE,
        ),
    )


def alternation(items: tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


def apply(norm: Normalized, edits: list[Edit]) -> Normalized:
    """``norm`` with the edits made, its map to the original kept.

    A new character points into the stretch it replaces (the last one to its end), so a
    finding widens to cover the whole disguise; a removed stretch leaves no character.
    Edits that overlap an earlier one are skipped.
    """
    if not edits:
        return norm
    text = norm.text
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for start, end, new in sorted(edits):
        if start < pos:
            continue
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        if new:
            pieces.append(new)
            if len(new) == end - start:
                origin.extend(range(start, end))
            else:
                origin.extend([start] * (len(new) - 1) + [end - 1])
        pos = end
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    base = norm.origin
    if base is not None:
        origin = [base[i] for i in origin]
    return Normalized(norm.original, "".join(pieces), origin)


# --- letters spaced out ------------------------------------------------------------------

_SPACED = re.compile(r"(?<!\S)(?:\S[ \t]){3,}\S(?!\S)")


def _spaced(text: str, edits: list[Edit]) -> None:
    """``g m a i l . c o m`` -> ``gmail.com``: drop the spaces inside such a run."""
    if " " not in text:
        return
    least = words().spaced_min
    for match in _SPACED.finditer(text):
        run = match.group()
        singles = run.split()
        if len(singles) < least or not ("." in singles or "@" in singles):
            continue
        if sum(c.isalpha() for c in singles) < 3:
            continue  # "1 . 2 . 3": numbers, not an address
        for index in range(match.start() + 1, match.end(), 2):
            edits.append((index, index + 1, ""))


# --- the word for dot or at between marks ----------------------------------------------

# "anna -at- gmail -dot- com", "anna*at*gmail*dot*com", "anna «at» gmail «dot» com": any
# mark that opens and closes the word the same way is read as a bracket, so the bracket
# forms' own checks decide (":mod:`link_disguises`"). Same length, so the map is kept.
_CLOSE = {"«": "»", "‹": "›", "»": "«", "›": "‹"}
_MARKS = "-_*#~=|+«»‹›"


@cache
def _wrapped_pattern() -> re.Pattern[str]:
    said = words()
    inner = alternation(tuple(w for w in said.dot + said.at if len(w) > 1))
    marks = re.escape(_MARKS)
    return re.compile(rf"([{marks}])[ \t]?(?:{inner})[ \t]?([{marks}])", re.IGNORECASE)


def _wrapped(text: str, edits: list[Edit]) -> None:
    """``-at-`` / ``*dot*`` -> ``(at)`` / ``(dot)`` when a name stands on each side."""
    if not any(mark in text for mark in _MARKS):
        return
    for match in _wrapped_pattern().finditer(text):
        opening, closing = match.group(1), match.group(2)
        if _CLOSE.get(opening, opening) != closing:
            continue
        start, end = match.span()
        before = text[max(0, start - 2) : start].strip()
        after = text[end : end + 2].strip()
        if not (before[-1:].isalnum() and after[:1].isalnum()):
            continue
        if opening in "-_" and not (text[start - 1 : start].isspace()
                                     and text[end : end + 1].isspace()):
            continue  # "stay-at-home", "polka_dot_dress": a compound, not a disguise
        edits.append((start, start + 1, "("))
        edits.append((end - 1, end, ")"))


# --- addresses split by a line break -------------------------------------------------------

_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
_TOKEN_BEFORE = re.compile(r"\S*$")
_TOKEN_AFTER = re.compile(r"[\w.@-]*")


def _split(text: str, tlds: frozenset[str], edits: list[Edit]) -> None:
    """Join an address a line break cut in two: after an ``@``, around a dot."""
    if "\n" not in text:
        return
    for match in _BREAK.finditer(text):
        start, end = match.span()
        if start == 0 or end >= len(text):
            continue
        before, after = text[start - 1], text[end]
        head = _TOKEN_BEFORE.search(text, max(0, start - 80), start).group()
        tail = _TOKEN_AFTER.match(text, end).group()
        if before == "@" and after.isalnum():
            ok = True
        elif after in ".@" and before.isalnum() and tail[1:2].isalnum():
            ok = "@" in head or head.lower().startswith("www") or after == "@"
            ok = ok or tail[1:].split(".")[0].lower() in tlds
        elif before == "." and after.isalnum():
            # "anna@gmail." / "com", "www." / "shop.de": not "arrived." / "Thanks".
            inner = head.lower()
            ok = ("@" in inner or inner.startswith("www") or "://" in inner) and (
                tail.split(".")[0].lower() in tlds or "." in tail
            ) and not (_whole(inner, tlds) and _next_line(text, end, tail))
        else:
            ok = False
        if ok:
            edits.append((start, end, ""))


def _whole(head: str, tlds: frozenset[str]) -> bool:
    """``head`` (up to its final dot) is already a whole address: "anna@shop.com."."""
    host = head.rstrip(".").split("@")[-1].split("://")[-1].split("/")[0]
    labels = host.split(".")
    return len(labels) >= (3 if host.startswith("www.") else 2) and labels[-1] in tlds


def _next_line(text: str, end: int, tail: str) -> bool:
    """The line after reads as words, not an address's ending ("Best wishes", "Danke")."""
    line = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    return tail[:1].isupper() or any(c.isalpha() for c in line[len(tail):])


# --- digits for letters in the ending ------------------------------------------------------

_LEET_END = re.compile(r"(?<=[^\W_]\.)(?=[a-z]*\d)[a-z0-9]{3,6}(?![\w.-]|\.\w)", re.I)


def _digits(text: str, strong: frozenset[str], edits: list[Edit]) -> None:
    """``shop.c0m`` -> ``shop.com``, when the ending read with letters is a strong one."""
    table = words().digit_letters
    for match in _LEET_END.finditer(text):
        ending = match.group()
        if not any(c.isalpha() for c in ending):
            continue  # "1.234": a number
        letters = "".join(table.get(c, c) for c in ending.lower())
        if letters in strong and letters.isalpha():
            edits.append((match.start(), match.end(), letters))


def unmask(norm: Normalized, tlds: frozenset[str], strong: frozenset[str]) -> Normalized:
    """Undo spaced letters, split lines and digit endings in ``norm.text``."""
    text = norm.text
    edits: list[Edit] = []
    _spaced(text, edits)
    _split(text, tlds, edits)
    _wrapped(text, edits)
    norm = apply(norm, edits)
    if "\n" in norm.text and edits:
        # "anna" / "@" / "gmail.com": the second break is seen once the first is joined.
        edits = []
        _split(norm.text, tlds, edits)
        norm = apply(norm, edits)
    edits = []
    if any(c.isdigit() for c in norm.text):
        _digits(norm.text, strong, edits)
    return apply(norm, edits)


def version_before(text: str, start: int) -> bool:
    """Is the number at ``start`` introduced as a version ("firmware 2.0.1.15")?"""
    return words().version.search(text, max(0, start - 30), start) is not None
