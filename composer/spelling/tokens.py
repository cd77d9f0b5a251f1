"""Split one paragraph into the words a spell-checker should look at, with their offsets.

Offsets are Python string indices into the paragraph. Left out on purpose:
words in ALL CAPS, words with digits (order IDs, ASINs, tracking numbers, sizes),
words with capitals inside (iPhone, PayPal), single letters, anything inside an
address (links, e-mail addresses, file names: anything with ``@``, ``://``,
``www.`` or a dot between letters) and template placeholders (``{order_id}``,
``[Buyer Name]``). Whether a capitalised word is a name is left to the checker,
which knows the language; each word says where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A word: letters, with apostrophes or hyphens inside (don't, l'avis, e-mail, dell'ordine).
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’ʼ‐‑-](?=[^\W_]))*")
_JOINERS = "'’ʼ‐‑-"
# An address is a whole run of non-spaces holding one of these marks. The text is cut into
# such runs first and each run is searched once: the single regex this replaces
# (``\S*(?:@|://|www\.)\S*|…``) tried every start in a run of dots, quadratic in its length.
_RUN = re.compile(r"\S+")
_ADDRESS_MARK = re.compile(r"@|://|www\.|[^\W_]\.[^\W_]", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{[^{}\n]{0,60}\}|\[[^\[\]\n]{0,60}\]|<[^<>\n]{0,60}>")
_SENTENCE_END = ".!?…:"
_OPENERS = " \t\"'“”‘’«»„‚()[]*•·–—-¿¡"
_TITLE_GAP = re.compile(r"^[ \t]*\.?[ \t]*$")  # what may stand between "Mr" / "Herr" and a name


@dataclass(frozen=True)
class Word:
    """A word to check: where it is, and what stands around it."""

    start: int
    end: int
    text: str
    sentence_start: bool  # first word of a sentence or of the line
    after_title: bool  # follows "Hello", "Mr", "Herr", "Bonjour"… or another such name
    signature: bool  # on a short line of capitalised words only (a sign-off, a shop name)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def _skipped_spans(paragraph: str) -> list[tuple[int, int]]:
    """Addresses and placeholders, sorted, overlapping ones merged into one span."""
    spans = [m.span() for m in _RUN.finditer(paragraph) if _ADDRESS_MARK.search(m.group())]
    spans += [m.span() for m in _PLACEHOLDER.finditer(paragraph)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_DIGIT = re.compile(r"[\d¹²³⁰-⁹₀-₉]")  # m², H₂O are codes too


def candidates(paragraph: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of every word worth looking up; the fast path, no context.

    Left out: single letters, words with digits, ALL CAPS, capitals inside (iPhone) but
    for capitals typed onto a word's end (see :func:`stray_capitals`),
    words in addresses or placeholders, and words blanked out with ``*`` ("f*cking").
    """
    skipped = _skipped_spans(paragraph) if ("." in paragraph or "@" in paragraph
                                            or "{" in paragraph or "[" in paragraph
                                            or "<" in paragraph) else []
    starred = "*" in paragraph
    next_skip = 0  # words come in order: the skipped spans are walked once, not per word
    for match in _WORD.finditer(paragraph):
        text = match.group()
        if len(text) < 2 or text.isupper() or _DIGIT.search(text) \
                or (text[1:] != text[1:].lower() and stray_capitals(text) is None):
            continue
        start, end = match.span()
        if skipped:
            while next_skip < len(skipped) and skipped[next_skip][1] <= start:
                next_skip += 1
            if next_skip < len(skipped) and skipped[next_skip][0] < end:
                continue
        if starred and (paragraph[start - 1:start] == "*" or paragraph[end:end + 1] == "*"):
            continue
        yield start, end, text


def stray_capitals(text: str) -> str | None:
    """The word before capitals typed onto its end ("beschädigtQQ" -> "beschädigt").

    Capitals inside a word mark a brand (iPhone, PayPal), but a word of four
    letters or more followed only by capitals is a word the seller typed onto; the checker
    flags it when the front is a known word. None for any other word.
    """
    cut = next((i for i in range(1, len(text)) if text[i].isupper()), 0)
    head, tail = text[:cut], text[cut:]
    if len(head) < 4 or not head[1:].islower() or not tail.isupper() or not tail.isalpha():
        return None
    return head


def is_signature(paragraph: str) -> bool:
    """A short line of capitalised words only: a sign-off name or a shop name."""
    alphabetic = [w for w in _WORD.findall(paragraph) if not _DIGIT.search(w)]
    return 0 < len(alphabetic) <= 4 and all(w[:1].isupper() for w in alphabetic) \
        and not paragraph.rstrip().endswith(("?", "!"))


def _gap_start(paragraph: str, end: int) -> int:
    """Where the run of non-word characters (``[^\\w]``) that ends at ``end`` starts."""
    pos = end
    while pos > 0 and not (paragraph[pos - 1].isalnum() or paragraph[pos - 1] == "_"):
        pos -= 1
    return pos


def _word_start(paragraph: str, end: int) -> int:
    """Where the word (letters, joiners between letters) that ends at ``end`` starts."""
    start = end - 1
    while start > 0:
        before = paragraph[start - 1]
        if before.isalnum():
            start -= 1
        elif before in _JOINERS and start >= 2 and paragraph[start - 2].isalnum():
            start -= 2  # "don't", "e-mail": a joiner between letters is part of the word
        else:
            break
    return start


def context(paragraph: str, start: int, titles: frozenset[str],
            only_at_sentence_start: bool = False) -> tuple[bool, bool]:
    """(starts a sentence, follows a greeting or title) for the word at ``start``.

    Only asked for words the dictionary does not know. It walks back from the word, so a
    call costs the few words and gaps before it, never the whole paragraph.
    "Dear Mrs Anna Nowak": every capitalised word right after a title is part of the name.
    With ``only_at_sentence_start``, a word inside a sentence is not looked at further:
    (False, False).
    """
    word_end = _gap_start(paragraph, start)
    if word_end == 0:  # the first word of the line
        stripped = paragraph[:start].strip(_OPENERS)
        return (not stripped or all(c.isdigit() or c in ".)" for c in stripped)), False
    if paragraph[word_end - 1] == "_":
        return False, False  # "_" is no word and no list marker: nothing to go by
    stripped = paragraph[word_end:start].strip(_OPENERS)
    sentence_start = bool(stripped) and stripped[-1] in _SENTENCE_END
    if only_at_sentence_start and not sentence_start:
        return False, False
    for _ in range(6):  # walk back over at most a few capitalised names
        word_start = _word_start(paragraph, word_end)
        previous, gap = paragraph[word_start:word_end], paragraph[word_end:start]
        if previous.lower() in titles:
            return sentence_start, _TITLE_GAP.match(gap) is not None
        if gap.strip() or not previous[:1].isupper():
            break
        start = word_start
        word_end = _gap_start(paragraph, start)
        if word_end == 0 or paragraph[word_end - 1] == "_":
            break
    return sentence_start, False


def words(paragraph: str, titles: frozenset[str] = frozenset()) -> Iterator[Word]:
    """The words of one paragraph (one line of the message) worth checking, with context."""
    signature = is_signature(paragraph)
    for start, end, text in candidates(paragraph):
        sentence_start, after_title = context(paragraph, start, titles)
        yield Word(start, end, text, sentence_start,
                   after_title and text[:1].isupper(), signature)
