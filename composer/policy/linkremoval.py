"""How "Remove the link" leaves a sentence that still reads.

Removing only the address turned "For the manual, visit www.shop.com." into "For the
manual, visit ." The fix takes the words that introduced the address with it
(``resources/policy/link_intros.json``: "visit", "at", "unter", "sur"…) when the
address ends its sentence, and the whole sentence when nothing else is left in it.
When it cannot tell (words follow the address: "Check www.shop.com for updates"), it
removes the address, tidies the spaces, and asks the app to show the sentence so the
seller reads it again (``Fix.select``: the app highlights it and leaves the cursor at the
gap, never a selection that a keystroke would overwrite). The change never crosses a
line break. No double space and no space before punctuation
is left either way.
"""

from __future__ import annotations

import re
from functools import cache

from composer.appdata.resources import load_json
from composer.policy.model import Fix
from composer.policy.sentences import SentenceIndex

_TAIL = re.compile(r"[\s.!?…,;:)\]\"'»”]*")
_SPACES = " \t"
_LEAD_TRIM = " \t,;:–—-"
_PUNCT_AFTER = ".,;:!?…)]»”"
_NEAR = 80  # characters before an address read for its introducing words


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_json("policy", "link_intros.json")

    def alternation(groups: dict[str, list[str]]) -> str:
        words = {w.strip() for phrases in groups.values() for w in phrases if w.strip()}
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)

    def at_end(key: str) -> re.Pattern[str]:
        return re.compile(r"(?:^|(?<=[\s,]))(?:" + alternation(data[key]) + r")[ \t,]*$",
                          re.IGNORECASE)

    intro = re.compile(r"(?:^|(?<=[\s(\"'«„“,;–—-]))(?:" + alternation(data["intros"])
                       + r")[ \t]*:?[ \t]*$", re.IGNORECASE)
    return intro, at_end("fillers"), at_end("polite")


def _strip_end(lead: str, words: re.Pattern[str]) -> str:
    """``lead`` without ``words`` at its end, nor the commas and spaces around them."""
    while True:
        trimmed = lead.rstrip(_LEAD_TRIM)
        found = words.search(trimmed, max(0, len(trimmed) - _NEAR))
        if found is None or found.start() == found.end():
            return trimmed
        lead = trimmed[:found.start()]


def _joined(before: str, after: str) -> str:
    """``before`` + ``after`` with one space between words and none before punctuation."""
    rest = after.lstrip(_SPACES)
    if not before.strip():
        return rest
    if not rest:
        return before.rstrip(_SPACES) + (" " if after else "")
    if rest[0] in _PUNCT_AFTER or rest[0] == "\n":
        return before.rstrip(_SPACES) + rest
    if before[-1] in _SPACES:
        return before + rest
    return before + after


def removal_fix(label: str, text: str, start: int, end: int,
                sentences: SentenceIndex | None = None) -> Fix:
    """The fix that removes ``text[start:end]`` (an address) and leaves a readable text.

    ``sentences``: the text's index, made once by a caller with many addresses.
    """
    index = sentences or SentenceIndex(text)
    s_start, s_end = index.span(start)
    if end > s_end:  # a dot inside a spelled-out address ends no sentence
        s_end = max(index.span(end)[1] if end < len(text) else end, end)
    before, after = text[s_start:start], text[end:s_end]
    intro_re, fillers, polite = _patterns()
    ends_sentence = _TAIL.fullmatch(after) is not None
    near = max(0, len(before) - _NEAR)  # intro words sit right before the address
    intro = intro_re.search(before, near) if ends_sentence else None
    lead = before[:intro.start()] if intro else before
    if ends_sentence and not _strip_end(lead, fillers).strip(" \t\"'(«„“"):
        return _whole_sentence(label, text, s_start, s_end)
    if before.rstrip(_SPACES).endswith("(") and after.startswith(")"):
        cut = len(before.rstrip(_SPACES)) - 1  # "(www.shop.com)" goes with its brackets
        new = _joined(before[:cut], after[1:])
        return Fix(label, s_start, s_end, new)
    if intro is not None:
        new = _joined(_strip_end(lead, polite), after.lstrip(_SPACES))
        return Fix(label, s_start, s_end, new)
    # Unsure: the address goes and the seller reads the sentence again. The change stays
    # on the address's line: its line break is not replaced (a replaced soft break came
    # back as a paragraph break, and a selection over it let a keystroke join two lines).
    while s_end > end and text[s_end - 1] in "\n\u2028\u2029":
        s_end -= 1
    new = _joined(before, text[end:s_end])
    return Fix(label, s_start, s_end, new, select=True)


def _whole_sentence(label: str, text: str, s_start: int, s_end: int) -> Fix:
    """The sentence goes, and no empty paragraph or dangling space is left for it."""
    line_start = s_start == 0 or text[s_start - 1] == "\n"
    if line_start:  # the sentence was its whole paragraph, or began it
        if s_end == len(text) and s_start > 0:
            s_start -= 1  # the last paragraph: the line break before it goes too
        return Fix(label, s_start, s_end, "")
    if s_end == len(text) or text[s_end - 1] == "\n":
        while s_start > 0 and text[s_start - 1] in _SPACES:
            s_start -= 1
    sentence = text[s_start:s_end]
    keep = sentence[len(sentence.rstrip("\n")):]  # the line break after it stays
    return Fix(label, s_start, s_end, keep)
