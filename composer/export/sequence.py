"""The one export sequence, for the app and for ``seller-composer export``.

clean → earlier requests → guard → .eml → (the caller asks about warnings and the
daily limit with :func:`quota_gate`) → sent log (:func:`record_for`). The app runs
:func:`prepare_export` on a worker with an :class:`ExportSource` captured on the UI
thread; the command line runs :func:`check_content` on the HTML it read. Both read
earlier requests through :func:`prior_requests`, so both agree on what "the same
message" is for ``repeat-request``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from composer.export.guard import Decision, ExportContent, guard

if TYPE_CHECKING:
    from composer.attachments.refs import AttachmentRef
    from composer.clock.quota import QuotaCheck
    from composer.mail.thread import Thread
    from composer.message.header import Header
    from composer.message.richtext import Block
    from composer.sanitize import Whitelist
    from composer.store import Store
    from composer.store.records import SentRecord

CLIPBOARD_ROUTES = ("seller-central", "rich-text")


@dataclass(frozen=True)
class ExportSource:
    """The app's message as plain data, safe to hand to a worker."""

    header: Header
    blocks: tuple[Block, ...]
    dropped: Mapping[str, Sequence[str]]
    whitelist: Whitelist | None
    refs: tuple[AttachmentRef, ...]
    business_name: str = ""
    ignored: frozenset[str] = frozenset()
    draft_id: int | None = None
    earlier: tuple[SentRecord, ...] = ()  # this order's sent log and Outbox (read_earlier)
    today: date | None = None  # in the seller's time zone, as the live check has it
    zone: tzinfo | None = None  # the seller's time zone (None: the computer's)
    thread: Thread | None = None  # a reply: the buyer's message it answers
    facts: Mapping[str, object] = field(default_factory=dict)  # opt-out, restriction


@dataclass(frozen=True)
class Prepared:
    """What the sequence hands back: the content, the guard's decision, the .eml if needed."""

    route: str
    content: ExportContent
    decision: Decision
    eml: bytes | None = None
    error: str = ""  # why no .eml could be made (in plain words)
    error_in_settings: bool = False  # the From address in Settings is the cause


def same_message(record: SentRecord, content: ExportContent) -> bool:
    """The one definition: the same draft, or the same words (the body as sent).

    Exporting the same message again is not a second request; the app knows its
    drafts, a script only knows the words, and either is enough.
    """
    from composer.export.sentlog import body_sha256

    if content.draft_id is not None and record.draft_id == content.draft_id:
        return True
    return record.body_sha256 == body_sha256(content.plain, content.html)


def read_earlier(store: Store, order_id: str) -> tuple[SentRecord, ...]:
    """This order's sent-log records and the Outbox's (they will go out)."""
    order_id = order_id.strip()
    if not order_id:
        return ()
    waiting = [item.record for item in store.outbox() if item.record.order_id == order_id]
    return (*store.sent_log(order_id=order_id), *waiting)


def prior_requests(earlier: Iterable[SentRecord], content: ExportContent,
                   zone: tzinfo | None = None) -> tuple[tuple[date, str], ...]:
    """Review and feedback requests already made for the order, not counting this message."""
    from composer.export.sentlog import earlier_requests

    return earlier_requests(earlier, zone=zone,
                            same_message=lambda record: same_message(record, content))


def check_content(content: ExportContent, route: str, *, earlier: Iterable[SentRecord] = (),
                  zone: tzinfo | None = None, today: date | None = None,
                  now: datetime | None = None, from_address: str = "") -> Prepared:
    """Guard the cleaned content (with the order's earlier requests) and build the .eml."""
    from composer.export.eml import AttachmentChanged, FromAddressProblem, HeaderValueProblem
    from composer.export.package import eml_for

    prior = prior_requests(earlier, content, zone)
    if prior:
        content = replace(content, prior_requests=prior)
    decision = guard(content, today=today, now=now)
    if not decision.allows(route) or route in CLIPBOARD_ROUTES:
        return Prepared(route, content, decision)
    try:
        eml = eml_for(content, decision, route, from_address=from_address)
    except AttachmentChanged as exc:
        return Prepared(route, content, decision, error=str(exc))
    except FromAddressProblem as exc:  # a From that is no address
        return Prepared(route, content, decision, error=str(exc), error_in_settings=True)
    except HeaderValueProblem as exc:  # a subject, address or file name unsafe in a header
        return Prepared(route, content, decision, error=str(exc))
    return Prepared(route, content, decision, eml)


def prepare_export(source: ExportSource, route: str, from_address: str = "") -> Prepared:
    """Runs on the app's worker: clean the editor's blocks, then :func:`check_content`."""
    from composer.export.outgoing import prepare

    outgoing = prepare(source.blocks, source.dropped, source.whitelist)
    content = ExportContent(source.header, outgoing.html, outgoing.plain, source.refs,
                            source.business_name, source.ignored, source.draft_id,
                            thread=source.thread, facts=source.facts)
    return check_content(content, route, earlier=source.earlier, zone=source.zone,
                         today=source.today, from_address=from_address)


@dataclass(frozen=True)
class Gate:
    """The daily limit's word on one export: refuse it, or say something first."""

    refuse: str | None = None
    warn: str | None = None


def quota_gate(check: QuotaCheck | None, route: str) -> Gate:
    """Refuse at the limit (a send by SMTP waits in the Outbox instead), warn near it.

    ``check`` is :func:`composer.clock.quota.before_sending` on today's figures (None when
    there is no sent log to count from).
    """
    if check is None:
        return Gate()
    if check.gate == "refuse" and route != "smtp":
        return Gate(refuse=check.message)
    if check.gate == "warn":
        return Gate(warn=check.message)
    return Gate()
