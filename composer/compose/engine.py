"""Run every rule group over a message and collect the findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from composer import attachments
from composer.policy import (
    channels,
    content,
    detectors,
    inboxrules,
    intent_check,
    oneproblem,
    placeholders,
    styling,
    subject,
    windows,
)
from composer.policy.model import (
    MAX_FINDINGS_PER_RULE,
    Finding,
    Message,
    Verdict,
    sort_findings,
    verdict,
)
from composer.spelling import speller as spelling
from composer.spelling.dictionary import Dictionary

__all__ = ["Verdict", "check", "verdict"]

Checker = Callable[[Message], Iterable[Finding]]
# What makes two findings the same: rule, span, header field and file. Every attachment
# finding sits at 0..0, so without the file's name one bad file hid all the others.
FindingKey = tuple[str, int, int, str, str]

# Order matters only for ties at the same position; sort_findings decides the rest.
CHECKER_GROUPS: tuple[tuple[Checker, ...], ...] = (
    detectors.CHECKERS,
    content.CHECKERS,
    placeholders.CHECKERS,
    channels.CHECKERS,
    intent_check.CHECKERS,
    subject.CHECKERS,
    attachments.CHECKERS,
    styling.CHECKERS,
    windows.CHECKERS,
    inboxrules.CHECKERS,
    spelling.CHECKERS,
)


# Checkers that read the text line by line and nothing else of the message: a long text
# may be checked by them in parts (composer.compose.review), the others always see it whole.
TEXT_CHECKERS: frozenset[Checker] = frozenset({
    detectors.check_links,
    detectors.check_phones,
    detectors.check_emoji,
    content.check_phrases,
    placeholders.check_placeholders,
    channels.check_channels,
    styling.check_line_breaks,
    styling.check_long_sentences,
    spelling.check_spelling,
})


def check(message: Message) -> list[Finding]:
    """Return every finding for ``message``, sorted by position, duplicates removed.

    At most :data:`MAX_FINDINGS_PER_RULE` per rule; a checker whose every recent
    finding was over that limit is not asked for more.
    """
    found = collect(message, [c for group in CHECKER_GROUPS for c in group])
    return sort_findings(oneproblem.one_finding_per_problem(found, message.text))


def collect(message: Message, checkers: Iterable[Checker],
            counts: dict[str, int] | None = None,
            seen: set[FindingKey] | None = None) -> list[Finding]:
    """The findings of ``checkers`` (unsorted), counted into ``counts`` against the limit."""
    counts = {} if counts is None else counts
    seen = set() if seen is None else seen
    found: list[Finding] = []
    for checker in checkers:
        if checker in TEXT_CHECKERS:
            found += admit(_text_findings(checker, message), counts, seen)
        else:
            found += admit(checker(message), counts, seen)
    return found


_KEPT_TEXT_CHARS = 20_000
_last_text_check: dict[Checker, tuple[tuple[object, ...], list[Finding]]] = {}


def _text_findings(checker: Checker, message: Message) -> Iterable[Finding]:
    """A text checker's findings, kept for the same text and header once.

    The export guard checks the HTML message and then its plain rendering, most often
    the same text: the second time costs nothing. Kept only for long texts (the only
    ones where it matters); a reloaded dictionary makes the kept findings stale. For a
    long text the checker's findings are taken up to the limit per rule on their own.
    """
    if len(message.text) < _KEPT_TEXT_CHARS:
        return checker(message)
    extra = message.extra
    key = (message.text, message.buyer_language, message.business_name,
           message.product_name, message.order_id, extra.get("dictionary"),
           extra.get(content.WRITTEN_IN_KEY), extra.get(spelling.LANGUAGE_KEY),
           spelling.LANGUAGE_KEY in extra, Dictionary._versions)
    last = _last_text_check.get(checker)
    if last is not None and last[0] == key:
        return last[1]
    items = admit(checker(message), {}, set())
    _last_text_check[checker] = (key, items)
    return items


def admit(items: Iterable[Finding], counts: dict[str, int],
          seen: set[FindingKey]) -> list[Finding]:
    """The new findings among ``items`` that are within the limit per rule.

    Reading stops after a run of :data:`MAX_FINDINGS_PER_RULE` findings over the limit:
    the source only finds more of what is full.
    """
    found: list[Finding] = []
    skipped = 0
    for item in items:
        if counts.get(item.rule, 0) >= MAX_FINDINGS_PER_RULE:
            skipped += 1
            if skipped >= MAX_FINDINGS_PER_RULE:
                break
            continue
        skipped = 0
        key = (item.rule, item.start, item.end, item.field, item.attachment or "")
        if key not in seen:
            seen.add(key)
            counts[item.rule] = counts.get(item.rule, 0) + 1
            found.append(item)
    return found
