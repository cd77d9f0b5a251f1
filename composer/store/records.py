"""Plain records the store hands out: a draft, a row of the drafts list, a saved file, a template.

They hold values only; the store turns them into rows and back. The UI edits a
:class:`Draft` in place and passes it to :meth:`Store.save_draft`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from composer.message.header import Header

UNTITLED = "Untitled draft"
TITLE_MAX = 80
VERDICTS = ("ready", "warnings", "blocked")


@dataclass(frozen=True)
class AttachmentRecord:
    """A file the seller attached: where it was and what it was when added.

    ``size`` and ``sha256`` let the app notice that the file changed on disk
    since it was attached (``composer.attachments.verify_unchanged``).
    """

    path: str
    name: str
    size: int = 0
    sha256: str = ""
    added_at: str = ""


@dataclass
class Draft:
    """One message being written, with everything needed to reopen it exactly."""

    id: int
    header: Header = field(default_factory=Header)
    body_html: str = ""
    body_text: str = ""
    cursor_position: int = 0
    title: str | None = None  # set by "Rename"; None: derived from subject or text
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    verdict: str | None = None  # "ready" | "warnings" | "blocked" | None: not checked yet
    attachments: list[AttachmentRecord] = field(default_factory=list)
    ignored: set[str] = field(default_factory=set)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def display_title(self) -> str:
        return derive_title(self.title, self.header.subject, self.body_text)

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class DraftSummary:
    """One row of the drafts panel: enough to show and sort it, without the body."""

    id: int
    title: str
    order_id: str
    message_type: str
    updated_at: str
    verdict: str | None
    deleted_at: str | None = None
    buyer_message_at: datetime | None = None  # replies: when the buyer wrote (the 24-hour clock)
    answered_at: datetime | None = None  # first copied, exported or sent: the clock has stopped


@dataclass(frozen=True)
class TemplateRecord:
    """A template the seller saved. Built-in templates are data files, not rows."""

    id: int
    name: str
    purpose: str
    language: str
    subject: str
    body: str  # plain text, blank lines between paragraphs (as the built-ins)
    message_type: str | None
    body_html: str | None = None  # the formatted version, when saved from the editor
    created_at: str = ""
    updated_at: str = ""


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def shorten(text: str, limit: int = TITLE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def derive_title(title: str | None, subject: str, body_text: str) -> str:
    """The name a seller sees: their own title, else the subject, else the first line."""
    for candidate in (title or "", subject, first_line(body_text)):
        if candidate.strip():
            return shorten(candidate)
    return UNTITLED


ROUTES = ("seller-central", "rich-text", "email-app", "eml-file", "smtp", "request-a-review")
# "request-a-review": the seller used Amazon's own Request a Review button for an order. It is
# no buyer-seller message (the daily quota leaves it out), but it is that order's one request.


@dataclass(frozen=True)
class SentRecord:
    """One message that left the app (an export or a send): what the sent log keeps.

    The body is kept only as a hash: the log proves what was sent and feeds the
    daily quota and the once-per-order review rule without storing buyers' data twice.
    """

    sent_at: datetime  # timezone-aware
    route: str  # one of ROUTES
    order_id: str = ""
    message_type: str | None = None
    subject: str = ""
    body_sha256: str = ""
    attachment_names: tuple[str, ...] = ()
    recipient: str = ""
    requests: tuple[str, ...] = ()  # what it asked the buyer for: "review", "feedback"
    draft_id: int | None = None
    id: int | None = None
    buyer_message_id: int | None = None  # a reply: the buyer message it answers (inbox id)
    refused_by: int | None = None  # Amazon's notice that it was not delivered (inbox id)
    # The blocking problems the seller set aside ("This is not a link"), by title.
    ignored: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutboxItem:
    """A message waiting to be sent by SMTP: the exact .eml bytes and what to log once sent."""

    eml: bytes
    record: SentRecord  # sent_at = when it was queued; the delivery time replaces it
    created_at: datetime
    attempts: int = 0
    last_error: str = ""
    next_try_at: datetime | None = None
    id: int | None = None
