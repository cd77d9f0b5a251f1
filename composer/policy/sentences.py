"""Sentences, clauses and negation: the text helpers the content and request rules share.

Offsets are into the text as given (the rules pass a folded, lower-cased copy that keeps
every offset), so spans map straight back to the message.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from composer.policy.phrases import PhraseSet

_WORD = re.compile(r"[\w'’]+")
_CLAUSE_BREAK = re.compile(r"[,;:()\-–—]\s|\n")
# A sentence ends at ., !, ? or … followed by white space, or at a line break.
# "Amazon.com" and "113-4567890-1234567" do not end a sentence: no space follows the dot.
# A run of end marks is tried only from its first mark: tried from each one, a run of
# 10,000 dots cost 50 million steps (the matches are the same, since the first try
# already takes the whole run).
_SENTENCE_BREAK = re.compile(r"(?<![.!?…])[.!?…]+[\"')\]]*(?:[ \t]+\n?|\n)|\n")


# A "sentence" longer than this (a page pasted without a full stop, random letters) is read
# in pieces cut at spaces: every pattern woken anywhere in one megabyte-long sentence read
# all of it (140 patterns in 1 MB of gibberish). Real sentences are far shorter.
MAX_SENTENCE_CHARS = 5_000


def _cut(text: str, starts: list[int], end: int) -> None:
    """Add starts to ``starts`` so no piece before ``end`` exceeds MAX_SENTENCE_CHARS."""
    while end - starts[-1] > MAX_SENTENCE_CHARS:
        start = starts[-1]
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        starts.append(space + 1 if space >= 0 else start + MAX_SENTENCE_CHARS)


# A pattern woken in more sentences than this reads them in blocks
# (PhrasePattern.matches_in): sentences less than _BLOCK_GAP characters apart are read
# in one search.
EXACT_SENTENCES = 1_000
_BLOCK_GAP = 32


def sentence_blocks(spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sorted spans joined where the gap between them is under _BLOCK_GAP characters."""
    start, end = spans[0]
    for s_start, s_end in spans[1:]:
        if s_start - end > _BLOCK_GAP:
            yield start, end
            start = s_start
        end = max(end, s_end)
    yield start, end


@lru_cache(maxsize=4)
def sentence_index(text: str) -> SentenceIndex:
    """The index of ``text``, made once per text: a fix is built for every finding, and
    a pass over a 100,000-character message for each of them made the check quadratic."""
    return SentenceIndex(text)


class SentenceIndex:
    """Sentence boundaries of one text, found in one pass; lookups by offset bisect.

    A sentence's span includes its end punctuation and the spaces after it, so
    deleting it leaves the text tidy.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        starts = [0]
        for match in _SENTENCE_BREAK.finditer(text):
            end = match.end()
            if starts[-1] < end < len(text):
                if end - starts[-1] > MAX_SENTENCE_CHARS:
                    _cut(text, starts, end)
                starts.append(end)
        if self.length - starts[-1] > MAX_SENTENCE_CHARS:
            _cut(text, starts, self.length)
        self.starts = starts

    def span(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding offset ``pos``."""
        index = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.length
        return self.starts[index], end

    def __iter__(self) -> Iterator[tuple[int, int]]:
        starts = self.starts
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else self.length
            if end > start:
                yield start, end


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans in order, found lazily: for callers that usually stop early."""
    start = 0
    length = len(text)
    for match in _SENTENCE_BREAK.finditer(text):
        end = match.end()
        if start < end < length:
            yield start, end
            start = end
    if start < length:
        yield start, length


def negated(phrases: PhraseSet, text: str, start: int, clause_start: int) -> bool:
    """True when a negation word sits in the few words before ``start`` in the same clause.

    "We do not offer discounts" is fine; "Don't forget to use code SAVE20" is not,
    so push-phrases like "don't forget" are removed before looking.
    """
    for _ in range(_MAX_LIST_HOPS):
        window_start = max(clause_start, start - 60)
        before = text[window_start:start]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if not breaks:
            break
        last = breaks[-1]
        item = before[last.end() :]
        if not (last.group().startswith(",") and _is_list_item(phrases, item)):
            before = item
            break
        # "We don't offer discounts, vouchers or price matching": a list item after a
        # comma takes the negation of the clause the list started in, so look from there.
        start = window_start + last.start()
    else:
        return False
    words = _WORD.findall(before)
    # Take window_words meaningful words back; small words ("a", "or") ride along free,
    # so the negation in "we cannot offer a discount or a coupon" reaches "coupon".
    light = phrases.negation_light
    heavy = 0
    first = len(words)
    while first > 0 and heavy < phrases.negation_window:
        first -= 1
        if words[first] not in light:
            heavy += 1
    words = words[first:]
    if not words:
        return False
    window = phrases.negation_exceptions.sub(" ", " ".join(words))
    return phrases.negation.search(window) is not None


_MAX_LIST_HOPS = 6  # list items a negation reaches across ("no a, b, c, d or e")


def _is_list_item(phrases: PhraseSet, item: str) -> bool:
    """True when ``item`` (between a comma and a match) can be a list item: two words at most.

    Small words ("or", "a") do not count, so "or price matching" is still one item.
    """
    heavy = [word for word in _WORD.findall(item) if word not in phrases.negation_light]
    return len(heavy) <= 2


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
