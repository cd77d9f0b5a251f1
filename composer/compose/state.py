"""The open message as one immutable value: what the live check, autosave and export read.

The app captures a :class:`ComposeState` from its widgets on the UI thread and hands
it to workers; everything derived from it (the checker's :class:`Message`, the
export's content) is made by plain functions here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from composer.message.header import Header
from composer.policy.model import Element, Message

if TYPE_CHECKING:
    from composer.attachments.refs import AttachmentRef
    from composer.message.richtext import Block

REFS_KEY = "attachment_refs"  # where composer.compose.review.review finds the attachments


@dataclass(frozen=True)
class ComposeState:
    """The header, the text (with its HTML-only facts and its blocks), files and ignores."""

    header: Header
    text: str = ""
    elements: tuple[Element, ...] = ()
    blocks: tuple[Block, ...] = ()
    attachment_refs: tuple[AttachmentRef, ...] = ()
    ignored: frozenset[str] = frozenset()
    draft_id: int | None = None
    # What export leaves out (alignment, fonts…), with examples: the buyer's view says so.
    dropped: Mapping[str, Sequence[str]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    def message(self, business_name: str = "", facts: Mapping[str, Any] | None = None,
                **extra: Any) -> Message:
        """What the checker looks at; ``facts`` are the time-window rules' dates."""
        header = self.header
        return Message(text=self.text, elements=self.elements,
                       message_type=header.message_type, subject=header.subject,
                       business_name=business_name, order_id=header.order_id,
                       buyer_language=header.buyer_language,
                       product_name=header.product_name,
                       extra={REFS_KEY: tuple(self.attachment_refs), **(facts or {}), **extra})


def window_facts(header: Header, today: date,
                 prior_requests: tuple[tuple[date, str], ...] = ()) -> dict[str, object]:
    """The dates the time-window rules read (``composer.policy.windows``): one definition
    for the live check and the export guard."""
    facts: dict[str, object] = {"today": today}
    for key in ("order_date", "delivery_date"):
        value = getattr(header, key)
        if value is not None:
            facts[key] = value
    if prior_requests:
        facts["prior_requests"] = tuple(prior_requests)
    return facts
