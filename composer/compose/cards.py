"""What the findings panel shows as one card: the findings about one sentence or one file.

A card is plain data, so what it offers (its fixes, how it may be ignored) is decided
here and tested without a window. The panel only draws cards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from composer.policy.ignore import IgnoreWay, ignore_way, not_a_label
from composer.policy.model import SEVERITY_ORDER, Finding


@dataclass(frozen=True)
class Card:
    """One card: its findings, the worst first; ``excerpt`` is the words it is about."""

    findings: tuple[Finding, ...]
    start: int
    end: int
    excerpt: str

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def severity(self) -> str:
        return self.first.severity

    @property
    def attachment(self) -> str | None:
        return self.first.attachment

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.rule for f in self.findings))

    def fixes(self) -> list[Finding]:
        """One finding per distinct fix, in the card's order (a label is offered once).

        A finding with more fixes (``more_fixes``) gives one finding for each, its
        ``fix`` set to that one, after its first.
        """
        seen: set[str] = set()
        out: list[Finding] = []
        for item in self.findings:
            choices = [item.fix] if item.fix is not None else []
            for number, fix in enumerate([*choices, *item.more_fixes]):
                if fix.label not in seen:
                    seen.add(fix.label)
                    out.append(item if number == 0 else replace(item, fix=fix, more_fixes=()))
        return out

    def ignoring(self) -> IgnoreWay:
        """How the whole card may be set aside: one click, "This is not …", or never."""
        ways = [ignore_way(f) for f in self.findings]
        never = next((w for w in ways if w.kind == "never"), None)
        if never is not None:
            return never
        if any(w.kind == "confirm" for w in ways):
            return IgnoreWay("confirm", noun=not_a_label(self.findings))
        return IgnoreWay("click")


def single(finding: Finding) -> Card:
    return Card((finding,), finding.start, finding.end, finding.excerpt)


# A spelling mistake is about one word and has its own fix and menu, and a sentence to read
# again is about a fix: each keeps its own card.
_OWN_CARD = frozenset({"spelling", "reread"})


def cards_of(findings: Sequence[Finding], text: str = "") -> list[Card]:
    """The cards for ``findings`` (already without the ignored ones), the worst first.

    The findings about one sentence make one card that lists each reason (one sentence
    gave four cards, each offering "Remove this sentence"); the findings about one file
    make one card. A finding that spans several sentences, or the whole message, keeps
    its own card. Cards are ordered by severity, then by where they are in the message.
    """
    from composer.policy.sentences import SentenceIndex

    index = SentenceIndex(text) if text else None
    groups: dict[tuple[object, ...], list[Finding]] = {}
    spans: dict[tuple[object, ...], tuple[int, int]] = {}
    for number, finding in enumerate(findings):
        key: tuple[object, ...] = ("own", number)
        if finding.attachment is not None:
            key = ("file", finding.attachment)
        elif index is not None and finding.rule not in _OWN_CARD \
                and finding.end > finding.start and finding.end <= len(text):
            span = index.span(finding.start)
            if finding.end <= span[1] or not text[span[1]:finding.end].strip():
                key = ("sentence", *span)
                spans[key] = span
        groups.setdefault(key, []).append(finding)
    cards: list[Card] = []
    for key, items in groups.items():
        items = worst_first(items)
        if len(items) == 1 or key not in spans:
            first = items[0]
            cards.append(Card(tuple(items), first.start, first.end, first.excerpt))
            continue
        start, end = spans[key]
        cards.append(Card(tuple(items), start, end, text[start:end].strip()))
    return sorted(cards, key=lambda c: (SEVERITY_ORDER[c.severity], c.start, c.end))


def worst_first(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.start, f.end))
