"""One check as the seller sees it: what the compose controller emits after each check."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from composer.compose.cards import Card
    from composer.compose.review import Review
    from composer.policy.model import Finding


@dataclass(frozen=True)
class Shown:
    """One check as the seller sees it: the review, the findings shown, how many ignored."""

    review: Review
    findings: list[Finding]
    ignored: int
    cards: list[Card] = field(default_factory=list)  # the findings as the panel shows them
    # About how an e-mail is sent (policy.inboxrules.EMAIL_ONLY_RULES): a note by the export
    # bar for the e-mail routes, never a card, an underline or part of the verdict.
    email_notes: list[Finding] = field(default_factory=list)
