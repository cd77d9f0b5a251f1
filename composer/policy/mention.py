"""A phrase that only mentions: a phrase rule's block the sentence model reads as compliant.

The phrase rules know wordings, and a wording can be said without doing what it usually
does: "we have no newsletter", "the coupon was applied by Amazon at checkout", "you can pay
with PayPal through Amazon", "we're not on Instagram". Negation lists and fact patterns
catch some of these; the sentence-intent model reads the whole sentence, negations
included. So when a phrase rule of a meaning category (marketing, upsell, third-party
promotion, review incentive or steering, opt-out, and off-Amazon words and named channels)
blocks a sentence that the model reads as clearly compliant, the block becomes a warning
that says so ("may read as …; such words usually …, but this sentence seems only to
mention …"). It is never dropped: the seller still reads it.

"Clearly" is the model's own reading: it reports nothing on the sentence, and both its
probability for the rule and the pooled probability of breaking any rule lie under the
rule's "clear" bar that ``training/intent/train.py`` chose on development data (per rule,
the largest bar at which at most 1 % of its phrase hits on truly violating sentences
would be downgraded), shipped in ``model.json`` under ``mention``. A rule without a bar
(none of its hits was on a compliant development sentence), or a model file without
bars, downgrades nothing.

Never read this way: addresses (a link, an e-mail address, a phone number or a handle
with "@" in the sentence: what they do does not depend on the words around them), a
review reward tied to a request in another sentence (the model reads one sentence), a
phrase in the subject (a headline is not a sentence), and a sentence too short for the
model to score.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace

from composer.policy import channels, content, detectors, intent_check
from composer.policy.intent import model
from composer.policy.model import Finding

# The meaning rules: what a sentence does, which a wording alone cannot prove.
RULES = frozenset({
    "marketing",
    "upsell",
    "third-party-promotion",
    "off-amazon",
    "review-incentive",
    "review-manipulation",
    "opt-out",
})
# Findings about an address in the sentence: it stays a block, whatever the words say.
ADDRESS_RULES = frozenset({"link", "email-address", "phone-number"})
# The detector of a phrase finding the model read (``check --json``): the phrase rule
# found it, the model made it a warning.
DETECTOR = "phrase+classifier"
# The checkers whose findings :func:`candidates` reads: the phrase rules and the
# addresses beside them (the training script runs these to choose the bar).
CHECKERS = (detectors.check_links, detectors.check_phones, content.check_phrases,
            channels.check_channels)

Sentence = tuple[int, int, dict[str, float]]


def candidates(found: Iterable[Finding], text: str,
               sentences: list[Sentence]) -> list[tuple[Finding, Sentence]]:
    """The phrase blocks of ``found`` the model may read, each with its scored sentence.

    ``sentences`` are (start, end, scores) of ``text`` as the model reads it
    (:func:`composer.policy.intent_check.scored_sentences`). The training script calls
    this too, so the bar is chosen on exactly the findings the app would downgrade.
    """
    found = list(found)
    blocks = [f for f in found if f.mentionable and f.severity == "block" and not f.field
              and not f.detector and f.rule in RULES]
    if not blocks or not sentences:
        return []
    starts = [start for start, _, _ in sentences]

    def at(pos: int) -> int:
        """The index of the scored sentence that holds ``pos``, or -1."""
        index = bisect.bisect_right(starts, pos) - 1
        return index if index >= 0 and pos < sentences[index][1] else -1

    # Sentences holding an address (bisect: a long text may hold thousands of each).
    addressed: set[int] = set()
    for a in found:
        if a.field or not (a.rule in ADDRESS_RULES
                           or (a.rule in RULES and not a.mentionable and not a.detector)):
            continue
        first = max(0, bisect.bisect_right(starts, a.start) - 1)
        last = bisect.bisect_left(starts, max(a.start + 1, a.end))
        addressed.update(i for i in range(first, last) if sentences[i][0] < a.end
                         and a.start < sentences[i][1])
    chosen: list[tuple[Finding, Sentence]] = []
    for item in blocks:
        index = at(item.start)
        if index < 0 or item.end > sentences[index][1] or index in addressed:
            continue  # not scored (too short), running past the sentence, or an address
        start, end, _ = sentences[index]
        if "@" in text[start:end]:
            continue
        chosen.append((item, sentences[index]))
    return chosen


def read_by_model(found: list[Finding], text: str) -> list[Finding]:
    """``found`` with each phrase block the model reads as a mere mention made a warning."""
    if not any(f.mentionable and f.severity == "block" for f in found):
        return found
    intent = model()
    if intent is None or not intent.mention.get("clear"):
        return found
    _, sentences = intent_check.scored_sentences(intent, text)
    changed: dict[int, Finding] = {}
    for item, (_, _, scores) in candidates(found, text, sentences):
        bar = intent.mention_bar(item.rule)
        if bar is None:
            continue
        reading = intent.mention_reading(scores, item.rule)
        if reading is not None and reading < bar:
            changed[id(item)] = warning(item, reading)
    if not changed:
        return found
    return [changed.get(id(f), f) for f in found]


def warning(item: Finding, reading: float) -> Finding:
    """The phrase block as the warning the seller reads: the wording, and what it seems."""
    texts = intent_check.texts()
    message = (texts["warn"].format(what=texts["what"][item.rule])
               + texts["evidence"].format(words=f"“{content.quote(item.excerpt)}”")
               + " " + texts["mention"][item.rule] + " " + texts["mention_check"])
    return replace(item, severity="warn", message=message, detector=DETECTOR,
                   score=round(reading, 4))
