"""The rule book: each rule's id, severity, title, explanation and source, read from data.

Rules live in ``resources/policy/rules/*.json`` so that a policy update is a
data change. Every file carries a ``rules_dated`` stamp; the app shows the
newest one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache

from composer.appdata.resources import resource_path
from composer.policy.model import Finding, Fix, Severity
from composer.policy.tidy import removal_span


@dataclass(frozen=True)
class Rule:
    """What the app says about a rule, wherever a finding of it is shown."""

    id: str
    severity: Severity
    title: str
    explanation: str
    source: str


@dataclass(frozen=True)
class RuleBook:
    rules: dict[str, Rule]
    rules_dated: str


@cache
def rulebook() -> RuleBook:
    """Load every rule file once. A duplicate id is a data error and raises."""
    rules: dict[str, Rule] = {}
    stamps: list[str] = []
    for path in sorted(resource_path("policy", "rules").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        stamps.append(data["rules_dated"])
        for entry in data["rules"]:
            if entry["id"] in rules:
                raise ValueError(f"Rule {entry['id']!r} is defined twice (again in {path.name})")
            rules[entry["id"]] = Rule(**entry)
    return RuleBook(rules=rules, rules_dated=max(stamps) if stamps else "unknown")


def rule(rule_id: str) -> Rule:
    return rulebook().rules[rule_id]


def rules_dated() -> str:
    """The date of the newest rule file, shown in the app as "Rules dated …"."""
    return rulebook().rules_dated


def finding(
    rule_id: str,
    text: str,
    start: int,
    end: int,
    message: str | None = None,
    fix: Fix | None = None,
    severity: Severity | None = None,
) -> Finding:
    """Build a finding for ``text[start:end]``, filling in what the rule book knows.

    A fix that deletes words is fitted to what is around them (``tidy.removal_span``).
    """
    info = rule(rule_id)
    if fix is not None and fix.field is None and not fix.replacement and fix.end > fix.start:
        cut = removal_span(text, fix.start, fix.end)
        if cut != (fix.start, fix.end):
            fix = replace(fix, start=cut[0], end=cut[1])
    return Finding(
        rule=rule_id,
        severity=severity or info.severity,
        start=start,
        end=end,
        excerpt=text[start:end],
        message=message or info.explanation,
        fix=fix,
        title=info.title,
        source=info.source,
    )


def first_line(text: str) -> tuple[int, int] | None:
    """The first non-blank line, trimmed: where findings about the whole message point.

    None for an empty text; a text of only spaces gets its whole (blank) span.
    """
    stripped = text.lstrip()
    if not stripped:
        return (0, len(text)) if text else None
    start = len(text) - len(stripped)
    newline = text.find("\n", start)
    end = len(text) if newline < 0 else newline
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return start, end
