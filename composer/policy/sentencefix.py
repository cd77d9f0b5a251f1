"""What "Remove this sentence" removes: the words Amazon objects to, never the greeting.

A seller who types a whole message on one line without a full stop ("Hi Sarah thanks so
much for your order if you loved it please give us 5 stars") has one "sentence", and
removing it took the greeting and the thanks with the review request. Here:

- a greeting at the start of the line ("Hi Sarah", "Hallo Frau Weber,", "Bonjour Marc",
  "Dear {buyer_name},": a placeholder stands for the name)
  and a sign-off at its end ("Best wishes Tom") are never part of what goes;
- the clause that holds the words goes alone when it can be told apart: it starts at a
  request ("please", "bitte", "merci de") or a condition ("if you loved it", "wenn") that
  leads to it, with a joining word ("and") before it, takes a short condition after it
  ("… 5 stars if you loved it"), and ends where a clause of thanks or wishes starts;
- otherwise a short or properly ended sentence goes whole (without its greeting), and on
  a long line without a full stop the words are only highlighted for the seller to
  rewrite (:func:`~composer.policy.fixaction.mark_fix`): deleting a line of words that
  are not the problem is worse than asking.

The word lists are data (``resources/policy/sentence_parts.json``). No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from composer.appdata.resources import load_json
from composer.policy.fixaction import mark_fix
from composer.policy.model import Fix
from composer.policy.sentences import SentenceIndex, sentence_index

REMOVE_SENTENCE = "Remove this sentence"
REMOVE_CLAUSE = "Remove this part of the sentence"
MARK_REWRITE = "Highlight the words to rewrite"
RUN_ON_WORDS = 20  # a line without a full stop and more words than this is a run-on line
_FOLLOWING_CONDITION_WORDS = 5  # "if you loved it" after the request goes with it
_ENDS = ".!?…"
_CLOSERS = "\"')]»”"
_SPACES = " \t\u00a0\u202f"
_NAME = re.compile(r"[^\W\d_][\w'’.-]*")
_WORD = re.compile(r"[\w'’]+")


class _Parts(NamedTuple):
    greeting: re.Pattern[str]
    titles: frozenset[str]
    sign_off: re.Pattern[str]
    openers: dict[str, tuple[re.Pattern[str], dict[str, str]]]  # language: pattern, kinds
    not_after: dict[str, frozenset[str]]  # "as a thank you": no clause starts there


def _alternation(phrases: Iterable[str]) -> str:
    ordered = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@cache
def _parts() -> _Parts:
    data = load_json("policy", "sentence_parts.json")

    def every(key: str) -> list[str]:
        return [p for phrases in data[key].values() for p in phrases]

    greeting = re.compile(r"(?:" + _alternation(every("greetings")) + r")(?![\w'’])", re.I)
    sign_off = re.compile(r"(?<![\w'’])(?:" + _alternation(every("sign_offs")) + r")[,!.]?"
                          r"(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}[ \t.!]*$", re.I)
    openers: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
    for language in data["requests"]:
        kinds: dict[str, str] = {}
        for kind in ("next", "connectors", "conditions", "inner_requests",
                     "requests"):  # the last one wins
            for phrase in data[kind].get(language, []):
                kinds[" ".join(phrase.lower().split())] = kind
        pattern = re.compile(r"(?<![\w'’])(?:" + _alternation(kinds) + r")(?![\w'’])", re.I)
        openers[language] = (pattern, kinds)
    titles = frozenset(t.lower() for t in every("titles"))
    not_after = {language: frozenset(w.lower() for w in words)
                 for language, words in data["not_after"].items()}
    return _Parts(greeting, titles, sign_off, openers, not_after)


@cache
def _placeholder() -> re.Pattern[str]:
    # Imported here: the placeholder check imports the content rules, which import this.
    from composer.policy.placeholders import placeholder_pattern

    return placeholder_pattern()


def greeting_end(text: str, start: int, end: int) -> int:
    """Where the greeting that opens ``text[start:end]`` ends ("Hallo Frau Weber, |"), or
    ``start`` when there is none. Only a greeting at the start of a line counts."""
    at = start
    while at < end and text[at] in _SPACES:
        at += 1
    if at > 0 and text[at - 1] not in "\n\u2028\u2029":
        return start
    found = _parts().greeting.match(text, at, end)
    if found is None:
        return start
    position, names, titled = found.end(), 0, False
    while names < (1 if titled else 2):
        gap = position
        while gap < end and text[gap] in _SPACES:
            gap += 1
        if gap > position and (slot := _placeholder().match(text, gap, end)) is not None:
            position, names = slot.end(), names + 1  # "Dear {buyer_name}": the name to come
            continue
        word = _NAME.match(text, gap, end)
        if word is None or gap == position:
            break
        lowered = word.group().lower()
        if lowered in _parts().titles and not titled and not names:
            titled, position = True, word.end()
            continue
        if not word.group()[:1].isupper():
            break
        position, names = word.end(), names + 1
    while position < end and text[position] in ",!:;":
        position += 1
    while position < end and text[position] in _SPACES:
        position += 1
    return position


def sign_off_start(text: str, start: int, end: int) -> int:
    """Where a sign-off that ends ``text[start:end]`` on its line starts ("| Best wishes
    Tom"), or ``end`` when there is none."""
    line_end = end
    while line_end > start and text[line_end - 1] in _SPACES + "\n\u2028\u2029":
        line_end -= 1
    found = _parts().sign_off.search(text, start, line_end)
    return found.start() if found is not None and found.start() > start else end


def _openers(text: str, start: int, end: int,
             languages: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each clause opener in ``text[start:end]``, in order."""
    found: dict[int, tuple[int, int, str]] = {}
    for language in languages:
        entry = _parts().openers.get(language)
        if entry is None:
            continue
        pattern, kinds = entry
        not_after = _parts().not_after.get(language, frozenset())
        for match in pattern.finditer(text, start, end):
            kind = kinds.get(" ".join(match.group().lower().split()))
            before = _WORD.findall(text[max(start, match.start() - 12):match.start()])
            if before and before[-1].lower() in not_after:
                continue
            if kind is not None and match.start() not in found:
                found[match.start()] = (match.start(), match.end(), kind)
    return sorted(found.values())


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def sentence_fix(text: str, start: int, end: int, languages: Iterable[str],
                 sentences: SentenceIndex | None = None,
                 label: str = REMOVE_SENTENCE) -> Fix:
    """The fix for words Amazon objects to at ``text[start:end]``: their sentence, or the
    clause that holds them, without the greeting or sign-off around them.

    ``languages``: whose requests and conditions mark a clause (the words' language).
    """
    index = sentences or sentence_index(text)
    s_start, s_end = index.span(start)
    s_end = max(s_end, index.span(max(start, end - 1))[1])
    trimmed = s_end
    while trimmed > s_start and text[trimmed - 1].isspace():
        trimmed -= 1
    body_start = greeting_end(text, s_start, trimmed)
    if body_start > start:
        body_start = s_start  # the words are in the greeting itself
    body_end = sign_off_start(text, max(body_start, end), trimmed)
    if body_start == s_start and body_end == trimmed:
        plain = Fix(label, s_start, s_end, "")
    else:
        plain = Fix(label, body_start, body_end, "")
    languages = list(languages)
    clause = _clause(text, start, end, body_start, body_end, languages)
    if clause is not None:
        return Fix(REMOVE_CLAUSE if label == REMOVE_SENTENCE else label, *clause, "")
    if text[s_start:trimmed].rstrip(_CLOSERS)[-1:] in tuple(_ENDS):
        return plain  # a sentence the seller ended: it goes (its greeting stays)
    # A line without a full stop that holds more than the words found ("thanks so much
    # for your order use code …"), or a long one: the seller decides what goes.
    others = [o for o in _openers(text, body_start, body_end, languages)
              if not start <= o[0] < end and o[2] != "connectors"]
    if others or _words(text[body_start:body_end]) > RUN_ON_WORDS:
        return mark_fix(MARK_REWRITE, body_start, _trim_end(text, body_start, body_end))
    return plain


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return end


def _clause(text: str, start: int, end: int, body_start: int, body_end: int,
            languages: list[str]) -> tuple[int, int] | None:
    """The clause of ``text[body_start:body_end]`` that holds ``start``–``end``, when a
    request or a condition opens it after other words; else None."""
    openers = [o for o in _openers(text, body_start, body_end, languages)
               if not start < o[0] < end]  # the words found go whole
    before = [n for n, o in enumerate(openers) if o[0] <= start and o[2] in
              ("requests", "conditions", "inner_requests")]
    if not before:
        return None
    first = before[-1]
    clause_start = openers[first][0]
    if openers[first][2] == "inner_requests":
        # "geben Sie uns bitte 5 Sterne": the clause starts before the word.
        first -= 1
        if first < 0:
            clause_start = body_start
        elif openers[first][2] == "next":
            return None  # where "vielen Dank für …" ends, no list tells
        else:
            clause_start = openers[first][0]
    # An adjacent condition before a request ("if you loved it please …") and the words
    # right before the clause ("and please …", "could you please …") go with it.
    while first > 0:
        prior, current = openers[first - 1], openers[first]
        between = text[prior[1]:current[0]]
        adjacent = not between.strip(_SPACES) and prior[2] != "next"
        leads_to = prior[2] == "conditions" and current[2] != "connectors" and \
            _words(between) <= _FOLLOWING_CONDITION_WORDS + 2
        if not (adjacent or leads_to):
            break
        first -= 1
        clause_start = openers[first][0]
    clause_end = body_end
    after = [o for o in openers if o[0] >= end]
    for number, opener in enumerate(after):
        if opener[2] == "conditions":
            stop = after[number + 1][0] if number + 1 < len(after) else body_end
            if _words(text[opener[0]:stop]) <= _FOLLOWING_CONDITION_WORDS:
                continue  # "… 5 stars if you loved it" goes too
        if opener[2] in ("next", "conditions", "requests"):
            clause_end = opener[0]
            break
    if not text[body_start:clause_start].strip(_SPACES + ",;:–—-"):
        if clause_end >= body_end:
            return None  # the clause is the whole sentence: that is the plain removal
        clause_start = body_start
    if clause_end >= body_end:
        # Up to the sentence's own end mark, which stays ("… your order!"); a comma
        # before the clause goes with it.
        clause_end = _trim_end(text, clause_start, body_end)
        mark = clause_end
        while mark > clause_start and text[mark - 1] in _ENDS + _CLOSERS:
            mark -= 1
        clause_end = _trim_end(text, clause_start, mark)
        lead = clause_start
        while lead > body_start and text[lead - 1] in _SPACES:
            lead -= 1
        if lead > body_start and text[lead - 1] in ",;:–—":
            clause_start = lead - 1
    return clause_start, clause_end
