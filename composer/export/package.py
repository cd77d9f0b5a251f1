"""Turn checked content into what each route needs: the .eml bytes and the sent-log record.

Both are made from the same :class:`~composer.export.guard.ExportContent` the
guard passed, and the attachments from the files the guard inspected (their
hash is checked again as they are read), so what is logged is what went out.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from composer.export.eml import EmlAttachment, build_eml
from composer.export.guard import Decision, ExportContent
from composer.export.sentlog import make_record

if TYPE_CHECKING:
    from composer.store.records import SentRecord


class ExportRefused(Exception):
    """The guard found a problem that blocks this route; the message is for the seller."""


def attachments_for(decision: Decision) -> list[EmlAttachment]:
    return [EmlAttachment(info.name, info.path, info.real_kind, info.sha256)
            for info in decision.attachments]


def require(decision: Decision, route: str) -> None:
    """Raise :class:`ExportRefused` unless the decision allows ``route``."""
    if not decision.allows(route):
        raise ExportRefused(decision.reason(route))


def eml_for(content: ExportContent, decision: Decision, route: str = "eml-file", *,
            from_address: str = "", when: datetime | None = None) -> bytes:
    """The message file; ``X-Unsent: 1`` except for SMTP, where it is really sent."""
    require(decision, route)
    thread = content.thread
    return build_eml(to=content.header.to, subject=content.header.subject,
                     plain=content.plain, html=content.html,
                     attachments=attachments_for(decision), from_address=from_address,
                     unsent=route != "smtp", when=when,
                     in_reply_to=thread.in_reply_to() if thread else "",
                     references=thread.reference_ids() if thread else ())


def record_for(route: str, content: ExportContent, decision: Decision,
               now: datetime | None = None) -> SentRecord:
    return make_record(route, content.header, content.plain, content.html,
                       attachment_names=[info.name for info in decision.attachments],
                       requests=decision.requests, draft_id=content.draft_id, now=now,
                       buyer_message_id=content.thread.buyer_message_id if content.thread
                       else None,
                       ignored=[f.title or f.rule for f in decision.ignored_blocks])
