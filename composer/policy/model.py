"""Plain records shared by every checker, the findings panel, the underlines and the CLI.

A checker never draws anything: it returns :class:`Finding` records, and each
view decides how to show them. Offsets are Python string indices (code points)
into :attr:`Message.text`; the editor converts them to Qt's UTF-16 positions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["block", "warn", "info"]
SEVERITY_ORDER: Mapping[str, int] = {"block": 0, "warn": 1, "info": 2}
# A rule reports at most this many places in one message (composer.compose.engine):
# 250,000 emoji made 250,000 findings and 550 MB; the verdict is the same with the first
# thousand, and nobody reads further.
MAX_FINDINGS_PER_RULE = 1_000


@dataclass(frozen=True)
class Fix:
    """A one-click change: replace ``text[start:end]`` with ``replacement``.

    When ``field`` is set the fix changes no text: it asks the app to move the
    cursor to that header field (for example ``"order_id"``). ``select``: after the
    change the app highlights the new words (not a selection a keystroke would
    overwrite) for the seller to read again and rewrite if need be.
    """

    label: str
    start: int
    end: int
    replacement: str = ""
    field: str | None = None
    select: bool = False

    def apply(self, text: str) -> str:
        """Return ``text`` with the fix applied (pure, for tests and the CLI)."""
        if self.field is not None:
            return text
        return text[: self.start] + self.replacement + text[self.end :]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
        }
        if self.field is not None:
            data["field"] = self.field
        if self.select:
            data["select"] = True
        return data


@dataclass(frozen=True)
class Finding:
    """One problem in a message: which rule, how bad, where, and what to do."""

    rule: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    fix: Fix | None = None
    title: str = ""
    source: str = ""
    attachment: str | None = None  # the file's name, for findings about an attachment
    detector: str = ""  # "classifier" for the sentence-intent model; "" for a rule
    score: float | None = None  # the model's probability, for classifier findings
    field: str = ""  # "subject": the span is in that header field; "": in the text
    more_fixes: tuple[Fix, ...] = ()  # other fixes, offered after ``fix`` in this order
    # A phrase of a meaning rule, found in one sentence: the sentence-intent model may read
    # that sentence as a mere mention and make the block a warning (composer.policy.mention).
    # Not part of ``check --json``: a finding the model read says so with detector and score.
    mentionable: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The ``check --json`` contract: rule, severity, start, end, excerpt, message, fix.

        Attachment findings add ``attachment``; their span is empty (0, 0). Findings of
        the sentence-intent model add ``"detector": "classifier"`` and ``score``. Findings
        about the subject line add ``"field": "subject"``; their span is in the subject.
        A finding with more than one fix adds ``more_fixes``, a list in ``fix``'s form.
        """
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "fix": self.fix.to_dict() if self.fix else None,
        }
        if self.attachment is not None:
            data["attachment"] = self.attachment
        if self.detector:
            data["detector"] = self.detector
            data["score"] = self.score
        if self.field:
            data["field"] = self.field
        if self.more_fixes:
            data["more_fixes"] = [fix.to_dict() for fix in self.more_fixes]
        return data


@dataclass(frozen=True)
class Element:
    """A fact that exists only in HTML (a link target, an image, a style), tied to a text span.

    ``start``/``end`` cover the element's text in :attr:`Message.text`; an
    element with no text (an image) covers its one placeholder character.
    """

    tag: str
    start: int
    end: int
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True)
class Message:
    """What the checker looks at: the plain text, HTML-only facts and the header."""

    text: str
    elements: tuple[Element, ...] = ()
    message_type: str | None = None  # a type id from message_types.json; None: not known
    subject: str = ""
    business_name: str = ""
    order_id: str = ""
    buyer_language: str = ""
    product_name: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


# Tags that matter to a rule even without attributes; any other element matters only
# through its attributes (style, href, src, align…).
_TAGS_THAT_MATTER = frozenset({"a", "img", "center", "font", "h1", "h2", "h3", "h4", "h5",
                               "h6"})
_marked_last: list[tuple[tuple[Element, ...], tuple[Element, ...]]] = []


def marked_elements(message: Message) -> tuple[Element, ...]:
    """The elements any rule can say something about, in order.

    A message of 333,000 bare line breaks had every HTML rule walk 333,000 elements; the
    last answer is kept, as all those rules ask about the same message in turn.
    """
    elements = message.elements
    last = _marked_last[-1] if _marked_last else None
    if last is not None and last[0] is elements:
        return last[1]
    marked = tuple(e for e in elements if e.attrs or e.tag in _TAGS_THAT_MATTER)
    _marked_last[:] = [(elements, marked)]
    return marked


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Order findings as a reader wants them: the subject's first, then by position,
    then the worst first."""
    return sorted(findings, key=lambda f: (not f.field, f.start, SEVERITY_ORDER[f.severity],
                                           f.end, f.rule))


@dataclass(frozen=True)
class Verdict:
    """The summary the badge and the CLI's exit code use."""

    blocks: int
    warnings: int
    infos: int

    @property
    def compliant(self) -> bool:
        return self.blocks == 0


def verdict(findings: Iterable[Finding]) -> Verdict:
    """Count findings by severity."""
    items = list(findings)
    return Verdict(
        blocks=sum(f.severity == "block" for f in items),
        warnings=sum(f.severity == "warn" for f in items),
        infos=sum(f.severity == "info" for f in items),
    )
