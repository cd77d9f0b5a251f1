"""Does a message ask for a product review or for seller feedback?

Amazon allows one such request per order, and only inside its time windows
(POLICY.md §1, §7). The export records what each message asked for in the sent
log, which feeds the ``repeat-request`` rule.

Requests are found with the review-request patterns the incentive check
already uses (the internal ``_review-ask`` rule of each phrase file). Those are
wide on purpose, so ``resources/policy/requests.json`` removes what is not a
request ("thank you for your feedback", "please review the attached
instructions") and says which requests are for seller feedback. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from composer.appdata.resources import load_json
from composer.policy.model import Message
from composer.policy.phrases import (
    ASK_RULE,
    PhrasePattern,
    fold,
    languages_for,
    lowered,
    phrase_set,
)
from composer.policy.sentences import SentenceIndex, negated

REVIEW = "review"
FEEDBACK = "feedback"
KINDS = (REVIEW, FEEDBACK)
# A message of this type asks to *remove* feedback; that is not a request for it.
_NOT_A_REQUEST_TYPES = frozenset({"negativeFeedbackRemoval"})
_BEFORE, _AFTER = 40, 60


@dataclass(frozen=True)
class Request:
    kind: str  # "review" or "feedback"
    start: int
    end: int


@dataclass(frozen=True)
class _Filters:
    feedback: re.Pattern[str] | None
    match: tuple[re.Pattern[str], ...]
    before: tuple[re.Pattern[str], ...]
    after: tuple[re.Pattern[str], ...]


@cache
def _filters(lang: str) -> _Filters:
    data = load_json("policy", "requests.json")["languages"].get(lang, {})
    skip = data.get("not_request", {})

    def compiled(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in skip.get(key, []))

    feedback = data.get("feedback")
    return _Filters(
        feedback=re.compile(feedback) if feedback else None,
        match=compiled("match"), before=compiled("before"), after=compiled("after"))


@cache
def _ask_patterns(lang: str) -> tuple[PhrasePattern, ...]:
    return tuple(p for p in phrase_set(lang).patterns if p.rule_id == ASK_RULE)


def find_requests(message: Message) -> Iterator[Request]:
    """Each review or feedback request in the text, in order, one per sentence."""
    text = message.text
    if not text.strip() or message.message_type in _NOT_A_REQUEST_TYPES:
        return
    folded = fold(text)
    low = lowered(folded)
    sentences = SentenceIndex(low)
    found: dict[tuple[int, int], Request] = {}
    for lang in languages_for(message.buyer_language):
        phrases = phrase_set(lang)
        rules = _filters(lang)
        # Only the few request patterns run, each only on the sentences holding one of
        # its anchor words (as the content rules do).
        for pattern in _ask_patterns(lang):
            for r_start, r_end, start, end in _matches(pattern, folded, low, sentences):
                sentence = (r_start, r_end)
                if sentence in found or not _is_request(rules, low, start, end):
                    continue
                if negated(phrases, low, start, sentence[0]):
                    continue
                matched = low[start:end]
                wider = low[sentence[0]:sentence[1]]
                kind = REVIEW
                if rules.feedback is not None and (
                        rules.feedback.search(matched)
                        or (rules.feedback.search(wider) and "review" not in matched)):
                    kind = FEEDBACK
                found[sentence] = Request(kind, start, end)
    yield from sorted(found.values(), key=lambda r: r.start)


def _matches(pattern: PhrasePattern, folded: str, low: str,
             sentences: SentenceIndex) -> Iterator[tuple[int, int, int, int]]:
    """(sentence start, sentence end, match start, match end) for each match of ``pattern``."""
    if pattern.anchors is None:
        spans = sorted({sentences.span(start) for start, _ in
                        pattern.matches(folded, low, 0, len(low))})
    else:
        found: set[tuple[int, int]] = set()
        for anchor in pattern.anchors:
            at = low.find(anchor)
            while at >= 0:
                span = sentences.span(at)
                found.add(span)
                at = low.find(anchor, max(span[1], at + 1))
        spans = sorted(found)
    yield from pattern.matches_in(folded, low, spans, sentences)


def _is_request(rules: _Filters, low: str, start: int, end: int) -> bool:
    matched = low[start:end].strip()
    if any(p.search(matched) for p in rules.match):
        return False
    before = low[max(0, start - _BEFORE):start]
    if any(p.search(before) for p in rules.before):
        return False
    after = low[end:end + _AFTER]
    return not any(p.search(after) for p in rules.after)


def requests_in(message: Message) -> tuple[str, ...]:
    """What the message asks the buyer for: ``()``, ``("review",)``, ``("feedback",)`` or both."""
    kinds = {request.kind for request in find_requests(message)}
    return tuple(kind for kind in KINDS if kind in kinds)
