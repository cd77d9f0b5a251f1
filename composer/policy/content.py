"""Content rules: what a message says (POLICY.md §3), read in context rather than by keyword.

Phrase rules (marketing, reviews, off-Amazon…) come from the language phrase
files via :mod:`composer.policy.phrases`; placeholders left unfilled are
:mod:`composer.policy.placeholders`; the header rules (business name,
subject, order ID, length) read :class:`Message` fields and the message type.

Header findings need a non-empty text span so the editor can mark something.
When the problem is not in the text (a business name that does not appear,
the subject) the finding marks the first line and says so in its message.
With no text at all there is nothing to mark, so those findings are skipped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from composer.appdata.resources import load_json
from composer.message.languages import base_language
from composer.message.messagetypes import REPLY, MessageType, message_type
from composer.policy import facts, rulebook
from composer.policy.model import MAX_FINDINGS_PER_RULE, Finding, Fix, Message
from composer.policy.phrases import (
    ASK_RULE,
    PhraseSet,
    fold,
    languages_for,
    lowered,
    phrase_set,
)
from composer.policy.sentencefix import sentence_fix
from composer.policy.sentences import SentenceIndex, iter_sentences, negated

ORDER_ID = re.compile(r"(?<!\d)\d{3}[-‐‑–]\d{7}[-‐‑–]\d{7}(?!\d)")
_IMPORTANT = re.compile(r"[\[【(（{]\s*i\s*m\s*p\s*o\s*r\s*t\s*a\s*n\s*t\s*[\]】)）}]", re.I)
MAX_NAME_HITS = 20
_MAX_HITS_PER_PATTERN = 2 * MAX_FINDINGS_PER_RULE
_EXCERPT_CHARS = 60
# A text longer than this says more than "thank you": the purpose rule does not read it
# (it would run every language's purpose patterns over every sentence of a pasted book).
PURPOSE_MAX_CHARS = 10_000


@cache
def content_messages() -> dict[str, Any]:
    return load_json("policy", "content_messages.json")


def quote(excerpt: str) -> str:
    """Shorten a long excerpt for a one-line message."""
    flat = " ".join(excerpt.split())
    return flat if len(flat) <= _EXCERPT_CHARS else flat[: _EXCERPT_CHARS - 1] + "…"


def _type_of(message: Message) -> MessageType | None:
    """The message's type record; ``None`` when not given or unknown (type rules are skipped)."""
    if not message.message_type:
        return None
    try:
        return message_type(message.message_type)
    except KeyError:
        return None


def _sentence_fix(text: str, sentences: SentenceIndex, start: int, end: int,
                  language: str) -> Fix:
    """The sentence, or the clause, that holds the words, never its greeting
    (:mod:`composer.policy.sentencefix`)."""
    return sentence_fix(text, start, end, (language,), sentences)


# ---------------------------------------------------------------- phrase rules


# Message.extra key: the language the whole text is written in, when the text is checked in
# parts (composer.compose.review): a part alone may read differently.
WRITTEN_IN_KEY = "text_written_in"


def written_in(message: Message) -> str:
    """The language swear words count in: the buyer's, else the one the text is written in."""
    given = message.extra.get(WRITTEN_IN_KEY)
    if given is not None:
        return str(given)
    return base_language(message.buyer_language) or _written_in(message.text)


def _written_in(text: str) -> str:
    """The language ``text`` is clearly written in (common-word counts, no dictionary), or ""."""
    from composer.message.langid import detect

    return detect(text).language or ""


def check_phrases(message: Message, exhaustive: bool = False) -> Iterator[Finding]:
    """Marketing, upsell, off-Amazon, third-party, review, opt-out and sensitive phrases.

    Each rule's regex reads only the sentences that contain one of its anchor
    words, which keeps a 2,000-character message well under a millisecond.
    """
    text = message.text
    if not text.strip():
        return
    folded = fold(text)
    low = lowered(folded)
    sentences = SentenceIndex(low)
    templates = content_messages()["phrase"]
    sensitive = content_messages()["sensitive-content"]
    # Without a buyer's language (`check` with no flag), swear words count in the language
    # the text is clearly written in; a short or unclear text is read in every language.
    written = written_in(message)
    running = languages_for(message.buyer_language)
    # A phrase may be negated in the language the sentence is written in, not the one
    # whose pattern matched: English "promo" in "nous ne proposons pas de code promo".
    negators = [phrase_set(lang) for lang in running]
    for lang in running:
        # A word list is only sensitive in its own language: English "retard" is the
        # French and Italian word for "delay".
        words_apply = not written or written == lang
        phrases = phrase_set(lang)
        hits: list[tuple[str, int, int, str]] = []
        asks: list[int] = []
        for index, regions in phrases.regions(low, sentences, exhaustive).items():
            pattern = phrases.patterns[index]
            # Only the first places of a rule are reported (MAX_FINDINGS_PER_RULE), and
            # they are among the first places of each of its patterns.
            found = itertools.islice(pattern.matches_in(folded, low, regions, sentences),
                                     _MAX_HITS_PER_PATTERN)
            if pattern.rule_id == ASK_RULE:
                asks.extend(start for _, _, start, _ in found)
                continue
            for r_start, _r_end, start, end in found:
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end <= start:
                    continue
                if pattern.negatable and any(
                    negated(other, low, start, r_start) for other in negators
                ):
                    continue
                if pattern.rule_id == "marketing" and facts.applied_discount(
                    low[slice(*sentences.span(start))]
                ):
                    continue  # "the Amazon coupon was already applied to your order"
                hits.append((pattern.rule_id, start, end, pattern.kind))
        hits.extend(_linked_incentives(phrases, low, sentences, hits, asks))
        last_end: dict[str, int] = {}
        for rule_id, start, end, kind in sorted(hits):
            if start < last_end.get(rule_id, -1):
                continue  # overlaps a finding of the same rule: one is enough
            last_end[rule_id] = end
            excerpt = quote(text[start:end])
            if kind == LINKED:
                yield rulebook.finding(
                    rule_id,
                    text,
                    start,
                    end,
                    message=content_messages()["review-incentive-linked"].format(excerpt=excerpt),
                    fix=_sentence_fix(text, sentences, start, end, lang),
                )
                continue
            if kind:  # sensitive words: reword rather than drop the sentence, so no fix
                if not words_apply:
                    continue
                yield rulebook.finding(
                    rule_id, text, start, end, message=sensitive[kind].format(excerpt=excerpt)
                )
                continue
            item = rulebook.finding(
                rule_id,
                text,
                start,
                end,
                message=templates[rule_id].format(excerpt=excerpt),
                fix=_sentence_fix(text, sentences, start, end, lang),
            )
            # A handle ("@mayashandmade") is an address, not a wording: never a mention.
            yield replace(item, mentionable="@" not in item.excerpt)


LINKED = "linked"  # the hit kind of a review reward found across sentences


def _linked_incentives(
    phrases: PhraseSet,
    low: str,
    sentences: SentenceIndex,
    hits: list[tuple[str, int, int, str]],
    asks: list[int],
) -> list[tuple[str, int, int, str]]:
    """Rewards tied to a review request elsewhere in the message (POLICY.md §3 review-incentive).

    "If you're happy please leave us 5 stars. As a thank you we'll send you a £10
    gift card." has no sentence that offers something *for a review*; together they
    do. A gift-like reward near a review request counts; a refund or replacement
    counts only in the request's own sentence or when a neighbour ties the two
    ("as a thank you", "in return"), so "we'll refund the damaged item" stays fine.
    """
    linked = phrases.linked
    if linked is None or not asks:
        return []
    spans = [span for span in sentences if not low[span[0] : span[1]].isspace()]
    starts = [span[0] for span in spans]

    def rank(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    ask_ranks = sorted({rank(pos) for pos in asks})
    taken = {rank(start) for rule, start, _, _ in hits if rule == "review-incentive"}
    found: list[tuple[str, int, int, str]] = []
    window = linked.window
    # Only sentences within the window of some request; bisect keeps this linear.
    candidates = sorted({j for i in ask_ranks
                         for j in range(max(0, i - window), min(len(spans), i + window + 1))})
    for j in candidates:
        near = ask_ranks[bisect.bisect_left(ask_ranks, j - window):
                         bisect.bisect_right(ask_ranks, j + window)]
        if j in taken:
            continue
        s_start, s_end = spans[j]
        hit = _first_reward(phrases, linked.reward, linked.reward_gate, low, s_start, s_end)
        if hit is None:
            hit = _weak_reward(phrases, low, spans, j, near)
        if hit is not None:
            found.append(("review-incentive", hit[0], hit[1], LINKED))
    return found


def _weak_reward(
    phrases: PhraseSet, low: str, spans: list[tuple[int, int]], j: int, near: list[int]
) -> tuple[int, int] | None:
    """A refund-like reward in sentence ``j``, if the review request makes it a reward."""
    linked = phrases.linked
    assert linked is not None
    s_start, s_end = spans[j]
    own = j in near and not linked.negative_ask.search(low, s_start, s_end)
    tied = any(linked.cue.search(low, spans[i][0], spans[i][1]) for i in {j, *near})
    if not (own or tied):
        return None
    return _first_reward(phrases, linked.weak_reward, linked.weak_gate, low, s_start, s_end)


def _first_reward(
    phrases: PhraseSet,
    regex: re.Pattern[str],
    gate: re.Pattern[str] | None,
    low: str,
    start: int,
    end: int,
) -> tuple[int, int] | None:
    """The first reward in ``low[start:end]`` that no negation turns around."""
    if gate is not None and gate.search(low, start, end) is None:
        return None
    for match in regex.finditer(low, start, end):
        m_start, m_end = match.span()
        if m_end > m_start and not negated(phrases, low, m_start, start):
            return m_start, m_end
    return None


# ---------------------------------------------------------------- header rules


@cache
def _business_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_json("policy", "business_names.json")
    return (
        re.compile(data["web_suffix"]["pattern"], re.I),
        re.compile(data["misleading"]["pattern"], re.I),
    )


def _name_fault(name: str) -> str | None:
    """Which of the business-name rules ``name`` breaks ("web_suffix", "misleading")."""
    if not name:
        return None
    web, misleading = _business_patterns()
    if web.search(fold(name)):
        return "web_suffix"
    if misleading.search(fold(name)):
        return "misleading"
    return None


def business_name_problem(name: str) -> str | None:
    """Why Amazon would object to this business name, in plain words; None when it is fine.

    Said where the name is typed (Settings, the first-run question): what to do there,
    never "change it in Settings". The same rule the checker applies to a message.
    """
    name = name.strip()
    fault = _name_fault(name)
    if fault is None:
        return None
    return str(content_messages()["business-name"][fault + "_here"]).format(name=name)


def check_business_name(message: Message) -> Iterator[Finding]:
    """A business name with a web ending or one that poses as Amazon's staff."""
    name = message.business_name.strip()
    fault = _name_fault(name)
    if fault is None:
        return
    texts = content_messages()["business-name"]
    reason = str(texts[fault]).format(name=name)
    fix = Fix("Change the business name in Settings", 0, 0, field="business_name")
    text = message.text
    hits = [
        m.span() for m in itertools.islice(re.finditer(re.escape(name), text, re.I), MAX_NAME_HITS)
    ]
    note = ""
    if not hits:
        line = rulebook.first_line(text)
        if line is None:
            return
        hits = [line]
        note = texts["not_in_text"]
    for start, end in hits:
        yield rulebook.finding(
            "business-name", text, start, end, message=reason + note, fix=fix
        )


def check_subject(message: Message) -> Iterator[Finding]:
    """ "[Important]" in the subject, in any case or spacing."""
    if not _IMPORTANT.search(fold(message.subject)):
        return
    line = rulebook.first_line(message.text)
    if line is None:
        return
    yield rulebook.finding(
        "important-subject",
        message.text,
        *line,
        message=content_messages()["important-subject"].format(subject=quote(message.subject)),
        fix=Fix("Edit the subject", 0, 0, field="subject"),
    )


def check_order_id(message: Message) -> Iterator[Finding]:
    """A proactive message must carry the 3-7-7 order ID in its text."""
    kind = _type_of(message)
    if kind is None or not kind.proactive or kind.text_limit == 0:
        return
    text = message.text
    if not text.strip() or ORDER_ID.search(text):
        return
    line = rulebook.first_line(text)
    if line is None:
        return
    order_id = message.order_id.strip()
    if ORDER_ID.fullmatch(order_id):
        fix = Fix("Add the order ID", line[0], line[0], replacement=f"Order ID: {order_id}\n\n")
    else:
        fix = Fix("Correct the order ID in the header" if order_id else
                  "Type the order ID in the header", 0, 0, field="order_id")
    yield rulebook.finding(
        "missing-order-id", text, *line, message=content_messages()["missing-order-id"], fix=fix
    )


def check_order_mismatch(message: Message) -> Iterator[Finding]:
    """The text names an order, but not the one in the header: the message may be about
    another buyer's order (a template filled from an earlier draft, a copied message)."""
    wanted = message.order_id.strip()
    if not ORDER_ID.fullmatch(wanted):
        return
    digits = re.sub(r"\D", "", wanted)
    named = list(ORDER_ID.finditer(message.text))
    if not named or any(re.sub(r"\D", "", m.group()) == digits for m in named):
        return
    for found in named[:MAX_FINDINGS_PER_RULE]:
        words = content_messages()["order-id-mismatch"].format(shown=found.group(),
                                                               value=wanted)
        fix = Fix(f"Put in the order ID: {wanted}", found.start(), found.end(),
                  replacement=wanted)
        yield rulebook.finding("order-id-mismatch", message.text, found.start(), found.end(),
                               message=words, fix=fix)


def check_length(message: Message) -> Iterator[Finding]:
    """Over the type's text limit: block, or warn for replies; a no-body type takes no text."""
    kind = _type_of(message)
    if kind is None or kind.text_limit is None:
        return
    text = message.text
    limit = kind.text_limit
    texts = content_messages()["too-long"]
    severity = "warn" if kind.limit_is_warning else None
    if limit == 0:
        if text.strip():
            yield rulebook.finding(
                "too-long",
                text,
                0,
                len(text),
                message=texts["no_body"].format(label=kind.label),
                fix=Fix("Remove the text", 0, len(text), ""),
                severity=severity,
            )
        return
    if len(text) > limit:
        yield rulebook.finding(
            "too-long",
            text,
            limit,
            len(text),
            message=texts["over"].format(
                length=len(text), label=kind.label, limit=limit, over=len(text) - limit
            ),
            severity=severity,
        )


def check_purpose(message: Message) -> Iterator[Finding]:
    """A proactive message that only thanks, confirms or offers help has no permitted purpose."""
    if message.message_type == REPLY:
        return
    kind = _type_of(message)
    if kind is not None and not kind.proactive:
        return
    text = message.text
    if not text.strip() or len(text) > PURPOSE_MAX_CHARS:
        return
    folded = lowered(text)
    templates = content_messages()["not-permitted-purpose"]
    # Each language is read on its own: a German thank-you is only "nothing but thanks"
    # to the German phrases, and an English one only to the English phrases.
    for lang in languages_for(message.buyer_language):
        result = _purpose_only(folded, phrase_set(lang))
        if result is not None:
            break
    else:
        return
    found, first = result
    start, end = first
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end <= start:
        return
    kinds = " and ".join(templates["kinds"][name] for name in found)
    note = templates["unknown_type"] if kind is None else ""
    yield rulebook.finding(
        "not-permitted-purpose",
        text,
        start,
        end,
        message=templates["main"].format(kinds=kinds) + note,
    )


def _purpose_only(
    folded: str, phrases: PhraseSet
) -> tuple[list[str], tuple[int, int]] | None:
    """The purpose kinds found and the first such sentence, when every sentence is
    thanks, confirmation, help offer or filler in this language; else ``None``."""
    found: list[str] = []
    first: tuple[int, int] | None = None
    for start, end in iter_sentences(folded):
        sentence = folded[start:end]
        if not sentence.strip():
            continue
        leftover = sentence
        hit = False
        for name, regex in phrases.purpose_kinds:
            if regex.search(leftover):
                hit = True
                if name not in found:
                    found.append(name)
                if first is None:
                    first = (start, end)
                leftover = regex.sub(" ", leftover)
        filler_hit = phrases.filler.search(leftover) is not None
        leftover = phrases.filler.sub(" ", leftover)
        words = phrases.content_words(leftover)
        if hit or filler_hit:
            if words > phrases.max_leftover_words:
                return None
        elif words > 4 or "?" in sentence or not _own_line(folded, start, end):
            return None  # a real sentence: the message has content of its own
    if not found or first is None:
        return None
    return found, first


def _own_line(text: str, start: int, end: int) -> bool:
    """True when the sentence is a whole line (a name or sign-off line), not part of prose."""
    before = start  # look back over spaces only: copying the text before costs its length
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return (before == 0 or text[before - 1] == "\n") and (
        end >= len(text) or text[start:end].rstrip(" \t").endswith("\n")
    )


CHECKERS: tuple = (
    check_phrases,
    check_business_name,
    check_subject,
    check_order_id,
    check_order_mismatch,
    check_length,
    check_purpose,
)


def run_all(message: Message) -> Iterable[Finding]:
    """Every content finding for ``message`` (used by the speed benchmark)."""
    for checker in CHECKERS:
        yield from checker(message)
