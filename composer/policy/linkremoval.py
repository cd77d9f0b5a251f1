"""How "Remove the link" leaves a sentence that still reads.

Removing only the address turned "For the manual, visit www.shop.com." into "For the
manual, visit ." The fix takes the words that introduced the address with it
(``resources/policy/link_intros.json``: "visit", "at", "unter", "sur"…) when the
address ends its sentence, then a joining word left dangling ("… oder schreiben Sie an
x@y.de" leaves no "oder"), and the whole sentence when nothing else is left in it.
A verb that needs the address ("visit", "write to", "besuchen Sie", "écrivez à") goes with
it also when words follow, and so does the joining word that tied it to them: "visit x or
write to y and we reply" becomes "write to y and we reply", never "visit or write to y".
The last alternative takes its "or" and leaves the "and" after it ("visit x and we
reply"); after an "and" the words that led to the verb go too ("We reply"); and a verb
that leaves its sentence nothing else ("Please write to y for tips") takes the sentence,
or the clause back to the last comma ("Thanks, write to y for tips." → "Thanks.").
When words follow the address ("follow it at https://… it should arrive"), only the
words that merely point at it go with it ("at", "unter", "à", "a", "su"): "write to
x@y.de or call me" becomes "write or call me"; so do the words a colon ends ("la notice
ici : https://… et …" keeps "la notice et …"), never the colon alone. A French no-break
space before the colon counts as a space. The app then shows the sentence so the
seller reads it again (``Fix.select``: the app highlights it and leaves the cursor at the
gap, never a selection that a keystroke would overwrite), since no list can tell that
every such sentence reads. The change never crosses a line break. No double space and
no space before punctuation is left either way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from composer.appdata.resources import load_json
from composer.policy.model import Fix
from composer.policy.sentences import SentenceIndex, sentence_index
from composer.policy.tidy import removal_span

_TAIL = re.compile(r"[\s.!?…,;:)\]\"'»”]*")
# French puts a no-break space before a colon ("ici\u00a0: https://…"): it is a space here.
_SPACES = " \t\u00a0\u202f"
_GAP = "[ \t\u00a0\u202f]"
_LEAD_TRIM = _SPACES + ",;:–—-"
_COLON_END = re.compile(_GAP + "*:" + _GAP + "*$")
_PUNCT_AFTER = ".,;:!?…)]»”"
_NEAR = 80  # characters before an address read for its introducing words


class _Words(NamedTuple):
    """The word lists of ``link_intros.json`` as patterns."""

    intro: re.Pattern[str]  # before an address that ends its sentence
    linking: re.Pattern[str]  # before an address that more words follow
    joiners: re.Pattern[str]
    fillers: re.Pattern[str]
    polite: re.Pattern[str]
    verbs: re.Pattern[str]  # need the address as their object: they go with it
    joiner_first: re.Pattern[str]  # "or" that starts what follows the address
    alternatives: frozenset[str]  # the joiners that offer a choice ("or", "oder")


@cache
def _patterns() -> _Words:
    data = load_json("policy", "link_intros.json")

    def alternation(*keys: str) -> str:
        words = {w.strip() for key in keys for phrases in data[key].values()
                 for w in phrases if w.strip()}
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)

    def at_end(key: str) -> re.Pattern[str]:
        return re.compile(r"(?:^|(?<=[\s,]))(?:" + alternation(key) + r")(?:" + _GAP
                          + r"|,)*$", re.IGNORECASE)

    def before_address(key: str) -> re.Pattern[str]:
        # the words, or a label with its colon ("E-Mail: "), right before the address
        return re.compile(r"(?:^|(?<=[\s(\"'«„“,;–—-]))(?:(?:" + alternation(key)
                          + r")" + _GAP + r"*:?|(?:" + alternation("labels") + r")" + _GAP
                          + r"*:)" + _GAP + r"*$", re.IGNORECASE)

    joiner_first = re.compile(r"^" + _GAP + r"*,?" + _GAP + r"*(?:" + alternation("joiners")
                              + r")" + _GAP + r"+", re.IGNORECASE)
    alternatives = frozenset(" ".join(w.lower().split()) for phrases
                             in data["alternatives"].values() for w in phrases)
    return _Words(before_address("intros"), before_address("linking"), at_end("joiners"),
                  at_end("fillers"), at_end("polite"), before_address("verbs"), joiner_first,
                  alternatives)


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
    index = sentences or sentence_index(text)
    s_start, s_end = index.span(start)
    if end > s_end:  # a dot inside a spelled-out address ends no sentence
        s_end = max(index.span(end)[1] if end < len(text) else end, end)
    before, after = text[s_start:start], text[end:s_end]
    words = _patterns()
    near = max(0, len(before) - _NEAR)  # the words that lead to it sit right before it
    if _TAIL.fullmatch(after) is not None:  # the address ends its sentence
        intro = words.intro.search(before, near)
        lead = _strip_end(before[:intro.start()] if intro else before, words.joiners)
        if not _strip_end(lead, words.fillers).strip(" \t\"'(«„“"):
            return _whole_sentence(label, text, s_start, s_end)
        # Words or punctuation went ("… or", "la notice :"): what is left reads.
        if intro is not None or lead != before.rstrip(_SPACES):
            new = _joined(_strip_end(lead, words.polite), after.lstrip(_SPACES))
            return Fix(label, s_start, s_end, new)
    if before.rstrip(_SPACES).endswith("(") and after.startswith(")"):
        cut = len(before.rstrip(_SPACES)) - 1  # "(www.shop.com)" goes with its brackets
        new = _joined(before[:cut], after[1:])
        return Fix(label, s_start, s_end, new)
    # Unsure: the address and the words that merely point at it go, and the seller reads
    # the sentence again. The change stays on the address's line: its line break is not
    # replaced (a replaced soft break came back as a paragraph break, and a selection over
    # it let a keystroke join two lines).
    while s_end > end and text[s_end - 1] in "\n\u2028\u2029":
        s_end -= 1
    colon = _COLON_END.search(before)
    verb = words.verbs.search(before, near)
    rest = text[end:s_end]
    if verb is not None:  # "visit x or write to y": no "visit or write" is left
        lead = before[:verb.start()]
        joiner = words.joiner_first.match(rest)
        unjoined = _strip_end(lead, words.joiners)
        if unjoined != lead.rstrip(_LEAD_TRIM):  # the last alternative: its "or" goes,
            lead = unjoined + " " if unjoined else ""  # the "and" after it stays
        elif joiner is not None:  # "visit x or write to y …": "write to y …"
            said = " ".join(joiner.group().strip(_SPACES + ",").lower().split())
            if said not in words.alternatives:  # "for tips visit x and we reply": "We reply"
                lead = _clause_before(lead)
            rest = " " + rest[joiner.end():]
        elif not _clause_before(lead):  # "Please write to y for tips": no verb is left
            return _whole_sentence(label, text, s_start, s_end)
        else:  # "Thanks, write to y for tips.": "Thanks."
            kept = rest.rstrip()
            mark = kept[len(kept.rstrip(".!?…")):]
            new = _clause_before(lead).rstrip(_LEAD_TRIM) + mark + rest[len(kept):]
            return Fix(label, s_start, s_end, new, select=True)
    elif colon is not None:  # "here: https://… and …": the words the colon ends go with it
        intro = words.intro.search(before, near)
        lead = before[:intro.start() if intro is not None else colon.start()]
    else:
        linking = words.linking.search(before, near)
        lead = before[:linking.start()] if linking else before
    new = _joined(lead, rest)
    if not lead.strip() and before[:1].isupper() and new[:1].islower():
        new = new[0].upper() + new[1:]  # "At www.shop.com you find it" → "You find it"
    return Fix(label, s_start, s_end, new, select=True)


def _clause_before(lead: str) -> str:
    """The words of ``lead`` up to its last clause mark (",", ";", ":", a dash), which
    do not hang on what follows them ("Thanks, "); "" when there is none."""
    trimmed = lead.rstrip(_SPACES)
    ends = [trimmed.rfind(mark) for mark in ",;:–—"]
    last = max(ends)
    return lead[:last + 1] + " " if last > 0 else ""


def _whole_sentence(label: str, text: str, s_start: int, s_end: int) -> Fix:
    """The sentence goes, and no empty paragraph, dangling space or other line's break."""
    return Fix(label, *removal_span(text, s_start, s_end), "")
