"""Review a whole message: its text and its attachments, as they are on disk now.

This is what the live check, the findings panel and (later) the export guard
use, so they can never disagree. Attachments are given as the references a
draft keeps; each is inspected afresh (a cache makes that cheap when nothing
changed) and compared with the hash it had when attached.

The live check (:mod:`composer.ui.livecheck`) sets :data:`LIVE` on its worker: then a
text over :data:`PART_CHARS` is checked in parts (see :func:`check_in_parts`), the
worker lets the window run between parts, and a check that a newer edit has made stale
stops early (its result is dropped anyway).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace

from composer.attachments.findings import changed_finding
from composer.attachments.inspection import AttachmentInfo, InspectCache, inspect_file
from composer.attachments.refs import AttachmentRef
from composer.compose import engine
from composer.compose.engine import check
from composer.compose.state import REFS_KEY
from composer.policy import content, oneproblem
from composer.policy.fixaction import spans_text
from composer.policy.model import Finding, Message, sort_findings
from composer.spelling import speller as spelling

__all__ = ["LIVE", "REFS_KEY", "LiveContext", "Review", "review"]

PART_CHARS = 20_000  # a longer text is checked in parts by the live check
CONTEXT_LINES = 2  # lines of text before and after a part that its rules may read
CONTEXT_CHARS = 2_000  # …but no more than this many characters on each side


@dataclass(frozen=True)
class LiveContext:
    """How the live check wants a review run: in parts, and until it is stale."""

    stale: Callable[[], bool]
    part_chars: int = PART_CHARS


LIVE: ContextVar[LiveContext | None] = ContextVar("composer_live_check", default=None)


@dataclass(frozen=True)
class Review:
    """The message as checked (attachments inspected) and everything found in it."""

    message: Message
    findings: list[Finding]
    attachments: tuple[AttachmentInfo, ...] = ()


def review(message: Message, cache: InspectCache | None = None) -> Review:
    """Check ``message``; ``message.extra["attachment_refs"]`` lists its attachments, if any."""
    refs: Sequence[AttachmentRef] | None = message.extra.get(REFS_KEY)
    if refs is None:
        return Review(message, _check(message))
    infos = tuple(inspect_file(ref.path, cache) for ref in refs)
    extra = {k: v for k, v in message.extra.items() if k != REFS_KEY}
    extra["attachments"] = list(infos)
    checked = replace(message, extra=extra)
    findings = _check(checked)
    for ref, info in zip(refs, infos, strict=True):
        if ref.sha256 and info.readable and info.sha256 and info.sha256 != ref.sha256:
            findings.append(changed_finding(info))
    return Review(checked, sort_findings(findings), infos)


def _check(message: Message) -> list[Finding]:
    live = LIVE.get()
    if live is None or len(message.text) <= live.part_chars:
        return check(message)
    return check_in_parts(message, live.part_chars, live.stale)


def check_in_parts(message: Message, part_chars: int = PART_CHARS,
                   stale: Callable[[], bool] = lambda: False) -> list[Finding]:
    """:func:`composer.policy.check`, with the text rules run on one part of the text at a time.

    Rules about the whole message (header, length, purpose, language, HTML elements,
    attachments, time windows) see it whole, once. The text rules
    (:data:`composer.compose.engine.TEXT_CHECKERS`) read parts of about ``part_chars``
    characters cut at line breaks, each with a few lines around it so that a sentence
    pair split by the cut is still read together; a part keeps the findings that start
    in it. Decisions about the whole text (its language) are made once and handed on.
    On ordinary messages this finds what :func:`check` finds (``tests/test_review_parts.py``).
    """
    text = message.text
    extra = dict(message.extra)
    extra[content.WRITTEN_IN_KEY] = content.written_in(message)
    extra[spelling.LANGUAGE_KEY] = spelling.text_language(message)
    local = [c for group in engine.CHECKER_GROUPS for c in group if c in engine.TEXT_CHECKERS]
    whole = [c for group in engine.CHECKER_GROUPS for c in group
             if c not in engine.TEXT_CHECKERS]
    counts: dict[str, int] = {}
    seen: set[engine.FindingKey] = set()
    found = engine.collect(message, whole, counts, seen)
    for own_start, own_end, start, end in _parts(text, part_chars):
        if stale():
            break
        part = replace(message, text=text[start:end], elements=(), extra=extra)
        moved = [_moved(item, start) for item in engine.collect(part, local)
                 if own_start <= item.start + start < own_end]
        found += engine.admit(moved, counts, seen)
        time.sleep(0)  # let the window's thread run between parts
    return sort_findings(oneproblem.one_finding_per_problem(found, text))


def _moved(item: Finding, by: int) -> Finding:
    """A finding about a part, placed in the whole text."""
    fix = item.fix
    if fix is not None and spans_text(fix):
        fix = replace(fix, start=fix.start + by, end=fix.end + by)
    return replace(item, start=item.start + by, end=item.end + by, fix=fix)


def _parts(text: str, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(own start, own end, read start, read end) of each part of ``text``.

    A part ends at a line break in its second half if there is one, else at a sentence
    end or a space, else where the size runs out.
    """
    length = len(text)
    start = 0
    while start < length:
        end = min(length, start + size)
        if end < length:
            half = start + size // 2
            cut = text.rfind("\n", half, end)
            if cut < 0:
                cut = max(text.rfind(". ", half, end), text.rfind(" ", half, end))
            if cut >= 0:
                end = cut + 1
        yield start, end, _context_before(text, start), _context_after(text, end)
        start = end


def _context_before(text: str, start: int) -> int:
    """Where the CONTEXT_LINES non-blank lines before ``start`` begin (within CONTEXT_CHARS)."""
    floor = max(0, start - CONTEXT_CHARS)
    pos, lines = start, 0
    while pos > floor and lines < CONTEXT_LINES:
        line_start = text.rfind("\n", floor, pos - 1) + 1 or floor
        if text[line_start:pos].strip():
            lines += 1
        pos = line_start
    return max(pos, floor)


def _context_after(text: str, end: int) -> int:
    """Where the CONTEXT_LINES non-blank lines after ``end`` end (within CONTEXT_CHARS)."""
    ceiling = min(len(text), end + CONTEXT_CHARS)
    pos, lines = end, 0
    while pos < ceiling and lines < CONTEXT_LINES:
        line_end = text.find("\n", pos, ceiling)
        line_end = ceiling if line_end < 0 else line_end + 1
        if text[pos:line_end].strip():
            lines += 1
        pos = line_end
    return min(pos, ceiling)
