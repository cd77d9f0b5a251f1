""""Ignore here": hide one occurrence of a finding without switching its rule off.

An occurrence is named by its rule, its words and a little of the text around
it, so the ignore survives edits elsewhere in the message but not a change to
the words themselves (which deserve a fresh look).

A blocking finding is never set aside with one click: a placeholder, a count or a
format can't be ignored at all, and anything else needs the seller to state "This is
not a link" after reading what it risks (:func:`ignore_way`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from composer.appdata.resources import load_json
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


# ---------------------------------------------------------------- setting a block aside

@dataclass(frozen=True)
class IgnoreWay:
    """How a finding may be set aside.

    ``kind`` is "click" (a warning or a note: "Ignore here"), "confirm" (a blocking
    finding: the seller states "This is not {noun}" after reading ``risk``) or "never"
    (``reason`` says what to do instead).
    """

    kind: Literal["click", "confirm", "never"]
    noun: str = ""
    risk: str = ""
    reason: str = ""
    entry: str = ""  # where noun and risk are in ignoring.json ("not_a.link", "default")


@cache
def _ignoring() -> dict[str, Any]:
    return dict(load_json("policy", "ignoring.json"))


def ignore_way(finding: Finding) -> IgnoreWay:
    """What "ignore" means for this finding (``resources/policy/ignoring.json``)."""
    if finding.severity != "block":
        return IgnoreWay("click")
    data = _ignoring()
    reason = data["never"].get(finding.rule)
    if reason is not None:
        return IgnoreWay("never", reason=reason)
    entry = f"not_a.{finding.rule}" if finding.rule in data["not_a"] else "default"
    words = data["not_a"].get(finding.rule, data["default"])
    return IgnoreWay("confirm", noun=words["noun"], risk=words["risk"], entry=entry)


def not_a_label(findings: Iterable[Finding]) -> str:
    """"This is not a link or marketing…" for the blocking findings that can be confirmed."""
    nouns = list(dict.fromkeys(way.noun for way in map(ignore_way, findings)
                               if way.kind == "confirm"))
    if not nouns:
        return ""
    joined = nouns[0] if len(nouns) == 1 else ", ".join(nouns[:-1]) + " or " + nouns[-1]
    return f"This is not {joined}…"


def ignored_findings(findings: list[Finding], text: str, ignored: set[str]) -> list[Finding]:
    """The findings the seller set aside here (the badge and the sent log name the blocks)."""
    if not ignored:
        return []
    return [f for f, key in zip(findings, occurrence_keys(findings, text), strict=True)
            if key in ignored]
