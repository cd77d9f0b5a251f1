"""The word lists the link detectors share, and two small text helpers.

``resources/policy/detector_data.json`` (endings, everyday words, Amazon's and the short
links' hosts) and ``tlds.txt``, read once. :mod:`composer.policy.link_disguises` reads them
to undo disguises, :mod:`composer.policy.detect_links` to decide what is an address.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from composer.appdata.resources import load_json, resource_path

LABEL = r"[^\W_](?:[\w-]{0,62}[^\W_])?"  # a domain label: letters/digits, inner '-'/'_'
# Spelled-out addresses are read at most this many labels ahead of a "dot" or "at": without
# a bound, each "dot" in "shop dot shop dot …" read the whole rest of the text.
MAX_LABELS = 10


@dataclass(frozen=True)
class LinkData:
    tlds: frozenset[str]
    strong: frozenset[str]
    word_tlds: frozenset[str]
    file_ext: frozenset[str]
    common: frozenset[str]
    amazon: tuple[str, ...]
    short: frozenset[str]
    not_local: frozenset[str]
    spelled: tuple[str, ...]


@cache
def data() -> LinkData:
    """The shipped word lists, read once."""
    raw = load_json("policy", "detector_data.json")
    lines = resource_path("policy", "tlds.txt").read_text(encoding="utf-8").splitlines()
    tlds = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return LinkData(
        tlds=tlds,
        strong=frozenset(raw["strong_tlds"]),
        word_tlds=frozenset(raw["word_tlds"]),
        file_ext=frozenset(raw["file_extensions"]),
        common=frozenset(raw["common_words"]),
        amazon=tuple(raw["amazon_domains"]),
        short=frozenset(raw["short_link_hosts"]),
        not_local=frozenset(raw["email_not_local"]) | frozenset(raw["common_words"]),
        spelled=tuple(sorted(raw["spelled_tlds"], key=len, reverse=True)),
    )



def positions(text: str, needle: str) -> Iterator[int]:
    """Every index where ``needle`` starts in ``text`` (str.find is much faster than a regex)."""
    index = text.find(needle)
    while index >= 0:
        yield index
        index = text.find(needle, index + 1)


def lower_same_length(text: str) -> str:
    """``text.lower()``, but never longer (a few letters lower-case to two characters)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)

