"""Findings from the sentence-intent model: one per sentence that reads like a violation.

The model (:mod:`composer.policy.intent`) gives each sentence a probability per intent;
the thresholds shipped with it decide the severity: above the high one the sentence
blocks, in the middle band it is a warning ("may read as"). The finding is the same
record the phrase rules make, with ``detector="classifier"`` and the score, so every
view shows it the same way. Where a phrase rule already reports the same rule on the
sentence, the engine keeps the rule's finding (its span is exact) and drops this one.

A courtesy-only line (thanks, "your order has shipped", "here if you need us") is never
reported on its own: a message the seller starts that holds nothing else has no permitted
purpose (:mod:`composer.policy.purpose`). That is a warning, as POLICY.md §3 rates it (the
app cannot be sure what Amazon will accept); when the type is not known, the card also
says that a reply is fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from composer.appdata.resources import load_json
from composer.message.messagetypes import REPLY, message_type
from composer.policy import purpose, rulebook
from composer.policy.intent import ADDRESS_TOKEN, COMPLIANT, COURTESY, IntentModel, model
from composer.policy.model import Finding, Fix, Message
from composer.policy.phrases import languages_for
from composer.policy.sentencefix import greeting_end, sentence_fix, sign_off_start
from composer.policy.sentences import iter_sentences

DETECTOR = "classifier"
_DIGIT = re.compile(r"\d")  # the model reads every digit as 0: "0171" is "0000"
MIN_WORDS = 3  # "Hi Anna," and "Kind regards," are not sentences worth scoring


@cache
def _texts() -> dict[str, Any]:
    return load_json("policy", "intent", "messages.json")


def texts() -> dict[str, Any]:
    """What the model's findings say (``resources/policy/intent/messages.json``)."""
    return _texts()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _proactive(message: Message) -> bool | None:
    """True for a type the seller starts, False for a reply, None when the type is unknown."""
    if message.message_type == REPLY:
        return False
    if not message.message_type:
        return None
    try:
        return message_type(message.message_type).proactive
    except KeyError:
        return None


def _finding(intent: IntentModel, text: str, start: int, end: int, label: str,
             probability: float, severity: str, sentence: str, paired: bool = False,
             languages: tuple[str, ...] = ()) -> Finding:
    texts = _texts()
    key = ("block_pair" if paired else "block") if severity == "block" else "warn"
    message = (texts[key].format(what=texts["what"][label]) + evidence_text(intent, sentence, label)
               + " " + texts["advice"][label])
    base = rulebook.finding(label, text, start, end, message=message, severity=severity,
                            fix=_sentence_fix(text, start, end, languages, texts["fix"]))
    return replace(base, detector=DETECTOR, score=round(probability, 3))


def evidence_text(intent: IntentModel, sentence: str, label: str) -> str:
    """The words that weighed most, in the seller's spelling (": “visit”, “fast”."); an
    address or a number (one token inside the model, "xurlx" or "0000") is said in words
    after them ("It also weighed that the sentence holds a web address."), never quoted
    as if the seller wrote it."""
    texts = _texts()
    quoted: list[str] = []
    token = ""
    for word in intent.evidence(sentence, label):
        parts = word.split()
        if any(p == ADDRESS_TOKEN for p in parts):
            token = token or _address_kind(sentence)
        elif any(_DIGIT.search(p) for p in parts):
            token = token or "number"
        else:
            quoted.append(f"“{word}”")
    words = ", ".join(quoted)
    said = texts["evidence"].format(words=words) if words else "."
    if token:
        said += " " + texts["token_weighed"].format(token=texts["token"][token])
    return said


def _address_kind(sentence: str) -> str:
    """Which addresses ``sentence`` holds: "web", "email" or both ("address")."""
    pieces = sentence.split()
    email = any("@" in p for p in pieces)
    web = any("://" in p or "www." in p.lower() for p in pieces if "@" not in p)
    return "address" if email and web else "email" if email else "web"


def confirmed(item: Finding) -> Finding:
    """A warning of the model made a block, because a rule found what it suspected.

    Used where a rule's finding inside the sentence is the second reader agreeing (a
    phone number in a sentence that reads like contact off Amazon): the same card,
    saying "reads like" instead of "may read as".
    """
    intent = model()
    bar = intent.pooled.get("warn") if intent is not None else None
    if item.detector != DETECTOR or item.severity != "warn" or bar is None:
        return item
    if item.score is None or item.score < bar:
        return item
    texts = _texts()
    what = texts["what"].get(item.rule)
    if what is None:
        return item
    message = item.message.replace(texts["warn"].format(what=what),
                                   texts["block"].format(what=what), 1)
    return replace(item, severity="block", message=message)


def _sentence_fix(text: str, start: int, end: int, languages: tuple[str, ...],
                  label: str) -> Fix:
    """The sentence the model read, without its greeting or sign-off (policy/sentencefix)."""
    body_start = greeting_end(text, start, end)
    body_end = sign_off_start(text, body_start, end)
    if body_end <= body_start:
        body_start, body_end = start, end
    return sentence_fix(text, body_start, body_end, languages, label=label)


Scored = list[tuple[int, int, dict[str, float]]]


Read = tuple[list[tuple[int, int]], Scored]
# The last text read, with its model and reading: the check reads a message, then the
# mention check (composer.policy.mention) asks for the same reading (0.08 ms of 2,000
# characters otherwise). One entry, so it holds one text at most.
_last_read: list[tuple[IntentModel, str, Read]] = []


def scored_sentences(intent: IntentModel, text: str) -> Read:
    """The trimmed sentence spans of ``text``, and (start, end, scores) of those the model
    reads: three words or more, a fragment that ends mid-line ("P.S. ") read with the
    sentence after it. The caller must not change the lists.
    """
    last = _last_read[-1] if _last_read else None
    if last is not None and last[0] is intent and last[1] == text:
        return last[2]
    read = _read(intent, text)
    if isinstance(intent, IntentModel):
        _last_read[:] = [(intent, text, read)]
    return read


def _read(intent: IntentModel, text: str) -> Read:
    spans: list[tuple[int, int]] = []
    scored: Scored = []
    pending: int | None = None  # a fragment that ends mid-line: "P.S. ", "Dr. ", "z. B. "
    for raw_start, raw_end in iter_sentences(text):
        start, end = _trim(text, raw_start, raw_end)
        if end <= start:
            pending = None
            continue
        spans.append((start, end))
        if pending is not None and "\n" not in text[pending:start]:
            # Read as written: the corpus has "P.S. the big pack is back" as one sentence.
            start = pending
        pending = None
        if len(text[start:end].split()) >= MIN_WORDS:
            scored.append((start, end, intent.score(text[start:end])))
        elif "\n" not in text[end:raw_end]:
            pending = start
    return spans, scored


def check_intent(message: Message) -> Iterator[Finding]:
    """Score every sentence of the text; report those that read like a violation."""
    intent = model()
    text = message.text
    if intent is None or not text.strip():
        return
    spans, scored = scored_sentences(intent, text)
    paired = _paired(intent, [scores for _, _, scores in scored])
    reported = False
    for start, end, scores in scored:
        for label, (severity, probability, pair) in _judged(intent, scores, paired).items():
            reported = True
            yield _finding(intent, text, start, end, label, probability, severity,
                           text[start:end], pair, languages_for(message.buyer_language))
    proactive = _proactive(message)
    if reported or proactive is False or len(text) > purpose.MAX_CHARS:
        # A message that markets or steers has a purpose, just not a permitted one:
        # its own cards say what is wrong.
        return
    first = purpose.courtesy_only(text, spans, intent.score, COURTESY, COMPLIANT)
    if first is not None:
        start, end = first
        # The rule book's severity, a warning (POLICY.md §3): whether a note has a purpose
        # Amazon accepts is a judgement the app cannot be sure of.
        base = rulebook.finding(COURTESY, text, start, end,
                                message=purpose.explanation(proactive is not None))
        yield replace(base, detector=DETECTOR)


def _paired(intent: IntentModel, sentences: list[dict[str, float]]) -> frozenset[str]:
    """Rules that two or more sentences of the message lean to, each above the pair bar.

    One sentence that hints at an upsell may be chance; two that hint at the same thing
    in one message are a pattern ("the big pack is back" ... "P.S. our new colours").
    """
    bar = intent.pooled.get("pair")
    if bar is None or len(sentences) < 2:
        return frozenset()
    seen: dict[str, int] = {}
    for scores in sentences:
        top, violation = intent.reading(scores)
        if violation >= bar:
            seen[top] = seen.get(top, 0) + 1
    return frozenset(label for label, count in seen.items() if count >= 2)


def _judged(intent: IntentModel, scores: dict[str, float],
            paired: frozenset[str]) -> dict[str, tuple[str, float, bool]]:
    """Label -> (severity, score, found with another sentence) for one sentence.

    Three readings, the strongest kept per label: each rule's own thresholds; the pooled
    probability of breaking any rule, named after the rule it reads most like; and the
    pooled probability at the lower pair bar when another sentence leans the same way.
    """
    top, violation = intent.reading(scores)
    if violation < intent.quiet:
        return {}
    judged: dict[str, tuple[str, float, bool]] = {}
    for label, probability in scores.items():
        if label in (COMPLIANT, COURTESY):
            continue
        severity = intent.severity(label, probability)
        if severity is not None:
            judged[label] = (severity, probability, False)
    severity, pair = intent.pooled_severity(violation), False
    if severity != "block" and top in paired and violation >= intent.pooled["pair"]:
        severity, pair = "block", True
    if severity is not None and judged.get(top, ("warn",))[0] != "block":
        judged[top] = (severity, violation, pair and severity == "block")
    return judged


CHECKERS: tuple = (check_intent,)

# Rules that judge the whole message: a rule's card and the model's are the same judgement.
MESSAGE_LEVEL = frozenset({COURTESY})


def one_card_per_agreement(found: list[Finding]) -> list[Finding]:
    """Drop a classifier finding that a rule already makes on the same sentence.

    The rule's finding has the exact words and its own explanation, so it is the card to
    keep. A classifier warning is also dropped on a sentence that a rule already blocks:
    the sentence has to go or change anyway. The engine and the part-by-part live check
    both pass their findings through this.
    """
    rules = [f for f in found if f.detector != DETECTOR]
    if len(rules) == len(found):
        return found
    kept = list(rules)
    for item in found:
        if item.detector != DETECTOR:
            continue
        overlapping = [r for r in rules if r.start < item.end and item.start < r.end
                       and r.field == item.field]
        if any(r.rule == item.rule for r in overlapping):
            continue
        if item.rule in MESSAGE_LEVEL:
            same = [r for r in kept if r.rule == item.rule]
            if same and (item.severity != "block" or same[0].severity == "block"):
                continue  # a judgement about the whole message: one card is enough
            kept = [r for r in kept if r.rule != item.rule]  # the model's block is the card
        if item.severity == "warn" and any(r.severity == "block" for r in overlapping):
            continue
        kept.append(item)
    return kept
