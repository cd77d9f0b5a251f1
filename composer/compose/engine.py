"""Run every rule group over a message and collect the findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from composer import attachments
from composer.policy import content, detectors, styling, windows
from composer.policy.model import Finding, Message, Verdict, sort_findings, verdict
from composer.spelling import speller as spelling

__all__ = ["Verdict", "check", "verdict"]

Checker = Callable[[Message], Iterable[Finding]]

# Order matters only for ties at the same position; sort_findings decides the rest.
CHECKER_GROUPS: tuple[tuple[Checker, ...], ...] = (
    detectors.CHECKERS,
    content.CHECKERS,
    attachments.CHECKERS,
    styling.CHECKERS,
    windows.CHECKERS,
    spelling.CHECKERS,
)


def check(message: Message) -> list[Finding]:
    """Return every finding for ``message``, sorted by position, duplicates removed."""
    seen: set[tuple[str, int, int]] = set()
    found: list[Finding] = []
    for group in CHECKER_GROUPS:
        for checker in group:
            for item in checker(message):
                key = (item.rule, item.start, item.end)
                if key not in seen:
                    seen.add(key)
                    found.append(item)
    return sort_findings(found)
