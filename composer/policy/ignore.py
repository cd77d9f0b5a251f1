""""Ignore here": hide one occurrence of a finding without switching its rule off.

An occurrence is named by its rule, its words and a little of the text around
it, so the ignore survives edits elsewhere in the message but not a change to
the words themselves (which deserve a fresh look).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from composer.policy.model import Finding

CONTEXT = 12


def occurrence_keys(findings: Iterable[Finding], text: str) -> list[str]:
    """One stable key per finding, in the same order."""
    keys: list[str] = []
    seen: Counter[str] = Counter()
    for item in findings:
        before = " ".join(text[max(0, item.start - CONTEXT): item.start].split())
        after = " ".join(text[item.end: item.end + CONTEXT].split())
        base = "\x1f".join((item.rule, item.attachment or "", item.excerpt.casefold(),
                            before.casefold(), after.casefold()))
        keys.append(f"{base}\x1f{seen[base]}")
        seen[base] += 1
    return keys


def without_ignored(findings: list[Finding], text: str,
                    ignored: set[str]) -> tuple[list[Finding], int]:
    """The findings still to show, and how many were ignored here."""
    if not ignored:
        return findings, 0
    shown = [f for f, key in zip(findings, occurrence_keys(findings, text), strict=True)
             if key not in ignored]
    return shown, len(findings) - len(shown)


def key_of(finding: Finding, findings: list[Finding], text: str) -> str:
    """The key of one finding from a check's full list."""
    for item, key in zip(findings, occurrence_keys(findings, text), strict=True):
        if item == finding:
            return key
    raise ValueError("finding is not in the list")
