"""The export guard: check again the exact content that is about to leave the app.

The live check looks at the editor; export sends the *cleaned* HTML, its plain
rendering and the attachments as they are on disk now. :func:`guard` checks those
(through :func:`composer.compose.review.review`, the same review the findings panel uses)
plus the header fields, and returns a :class:`Decision`: findings that block,
findings to confirm, and what the sent log needs.

"Ignore here" is honoured as the findings panel honours it, so the panel and the
export bar agree; an ignored *blocking* finding is still listed in the
confirmation, first and in plain words, because Amazon may still block it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from composer.compose.state import window_facts
from composer.compose.summary import Summary, summarise
from composer.message.header import Problem, email_problems
from composer.message.header import problems as header_problems
from composer.policy.model import Finding, Message
from composer.words import Words

if TYPE_CHECKING:
    from composer.attachments.inspection import AttachmentInfo, InspectCache
    from composer.attachments.refs import AttachmentRef
    from composer.mail.thread import Thread
    from composer.message.header import Header

EMAIL_ROUTES = ("email-app", "eml-file", "smtp")
_WORDS = Words("export")
MISSING_ADDRESS = _WORDS("guard.missing_address")
EMAIL_SUBJECT_RULE = "header-subject-empty"  # an empty Subject: the e-mail routes warn
_FIELDS = ("to", "order_id", "order_date", "subject", "delivery_date", "buyer_message_at")


@dataclass(frozen=True)
class ExportContent:
    """What is about to leave: the header, the cleaned HTML and plain text, the files."""

    header: Header
    html: str
    plain: str
    attachment_refs: tuple[AttachmentRef, ...] = ()
    business_name: str = ""
    ignored: frozenset[str] = frozenset()
    draft_id: int | None = None
    # Earlier review/feedback requests for this order, (date, kind), from the sent log:
    # the repeat-request rule needs them as much as the live check does.
    prior_requests: tuple[tuple[date, str], ...] = ()
    # A reply: the buyer's message it answers (In-Reply-To, References, the sent log's link).
    thread: Thread | None = None
    # Facts from the store the rules read (composer.policy.optout): an opt-out, a restriction.
    facts: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    """The guard's verdict on one piece of content."""

    blocks: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    ignored_blocks: tuple[Finding, ...] = ()
    address_problem: str | None = None  # a malformed "To": no email route can use it
    address_missing: bool = False  # no "To": only sending needs one (mail apps ask for it)
    attachments: tuple[AttachmentInfo, ...] = ()
    requests: tuple[str, ...] = ()
    address_warning: Finding | None = None  # "To" is not an Amazon alias (email routes)
    # About how an e-mail is sent (policy.inboxrules.EMAIL_ONLY_RULES): email routes only.
    email_warnings: tuple[Finding, ...] = ()
    message: Message | None = field(default=None, compare=False)
    summary: Summary | None = field(default=None, compare=False)  # the one verdict
    empty: bool = False  # no words: nothing to send, whatever else is fine

    @property
    def ok(self) -> bool:
        return not self.blocks and not self.empty

    def route_problem(self, route: str) -> str | None:
        """Why the buyer's address stops this route, if it does."""
        if route in EMAIL_ROUTES and self.address_problem:
            return self.address_problem
        if route == "smtp" and self.address_missing:
            return MISSING_ADDRESS
        return None

    def allows(self, route: str) -> bool:
        return self.ok and self.route_problem(route) is None

    def reason(self, route: str | None = None) -> str:
        """One sentence for the export bar: why this route (or any) is not available."""
        if self.blocks or self.empty:
            summary = self.summary or summarise(self.blocks, empty=self.empty)
            return summary.reason or ""
        return (self.route_problem(route) if route else None) or ""

    def route_warnings(self, route: str | None) -> tuple[Finding, ...]:
        """Warnings that concern ``route`` alone: how an e-mail is sent and to whom."""
        if route not in EMAIL_ROUTES:
            return ()
        address = (self.address_warning,) if self.address_warning is not None else ()
        return (*self.email_warnings, *address)

    def to_confirm(self, route: str | None = None) -> list[str]:
        """Lines for the confirmation: ignored blocking problems first, then warnings."""
        lines = [_WORDS("guard.ignored", title=f.title or f.rule) for f in self.ignored_blocks]
        lines += [f"{f.title or f.rule}: {f.message}"
                  for f in (*self.warnings, *self.route_warnings(route))]
        return lines


def _header_finding(field_name: str, text: str, blocking: bool) -> Finding:
    key = f"guard.field.{field_name}"
    return Finding(rule=f"header-{field_name.replace('_', '-')}",
                   severity="block" if blocking else "warn", start=0, end=0, excerpt="",
                   message=text, title=_WORDS(key) if field_name in _FIELDS else field_name)


def header_findings(found: Mapping[str, Problem]) -> list[Finding]:
    """The header's problems (:func:`composer.message.header.problems`) as findings for the
    confirmation and the command line; a non-Amazon address is ``address_warning``."""
    return [_header_finding(name, problem.detail or problem.text, problem.blocking)
            for name, problem in found.items() if name != "to" or problem.blocking]


def address_problem(header: Header) -> str | None:
    """Why no email can be written to this address (it is not an address at all)."""
    from composer.message.header import check_alias

    problem = check_alias(header.to)
    return problem.text if problem is not None and problem.blocking else None


def address_warning(header: Header) -> Finding | None:
    """An address that is not an Amazon alias: allowed, but confirmed first."""
    from composer.message.header import check_alias

    problem = check_alias(header.to)
    if problem is None or problem.blocking:
        return None
    return _header_finding("to", problem.text, False)


def read_sent(html: str, **fields: object) -> Message:
    """The cleaned HTML as the buyer's mail client shows it: the one reading of HTML.

    ``seller-composer check`` and the export guard both judge a message through this,
    on the *cleaned* HTML (what is sent), never on the HTML as written: html.parser
    and a browser disagree on broken markup (``<!-->``, ``--!>``, a ``<head>`` in the
    body), while the cleaner's output is markup both read the same way.
    """
    from composer.sanitize.htmltext import message_from_html

    return message_from_html(html, **fields)


def plain_additions(message: Message, findings: Sequence[Finding],
                    plain_message: Message) -> list[Finding]:
    """What the plain rendering (what Seller Central gets) adds to the HTML's findings.

    A link written out in words, an address in a picture's description: each is
    reported once. A finding the HTML check already made (same rule and words, or on
    an element whose link or picture address the plain text writes out) is not
    repeated; the rest are placed on the same words in ``message``'s text when they
    occur there, else on the element whose attribute holds them, else at the start.
    """
    from composer.compose.engine import check

    seen = {(f.rule, f.excerpt.casefold()) for f in findings}
    for item in findings:
        for element in message.elements:
            if element.start <= item.start and item.end <= element.end:
                seen.update((item.rule, value.strip().casefold()) for _, value in element.attrs)
    added: list[Finding] = []
    for item in check(plain_message):
        key = (item.rule, item.excerpt.casefold())
        if item.attachment is not None or key in seen:
            continue
        seen.add(key)
        at = message.text.find(item.excerpt) if item.excerpt else -1
        if at < 0:  # words only the plain text shows: a picture's description, say
            words = item.excerpt.casefold()
            holder = next((e for e in message.elements
                           if words and any(words in v.casefold() for _, v in e.attrs)), None)
            start, end = (holder.start, holder.end) if holder is not None else (0, 0)
            added.append(replace(item, start=start, end=end, fix=None))
            continue
        shift, fix = at - item.start, item.fix
        if fix is not None and fix.field is None:
            inside = item.start <= fix.start and fix.end <= item.end
            fix = replace(fix, start=fix.start + shift, end=fix.end + shift) if inside else None
        added.append(replace(item, start=at, end=at + len(item.excerpt), fix=fix))
    return added


def _message(content: ExportContent, text_html: str | None, plain: str | None,
             refs: Sequence[AttachmentRef], today: date) -> Message:
    from composer.compose.review import REFS_KEY

    header = content.header
    fields = dict(message_type=header.message_type or None, subject=header.subject,
                  business_name=content.business_name, order_id=header.order_id,
                  buyer_language=header.buyer_language,
                  product_name=header.product_name,
                  extra={REFS_KEY: tuple(refs),
                         **window_facts(content.header, today, content.prior_requests),
                         **content.facts})
    if text_html is not None:
        return read_sent(text_html, **fields)
    return Message(text=plain or "", **fields)  # type: ignore[arg-type]


def guard(content: ExportContent, cache: InspectCache | None = None,
          today: date | None = None, now: datetime | None = None) -> Decision:
    """Check the content exactly as it will be exported; see the module docstring.

    ``today`` is the seller's day (Settings' time zone); without it, the computer's.
    """
    from composer.compose.review import review
    from composer.policy.ignore import ignored_findings
    from composer.policy.inboxrules import EMAIL_ONLY_RULES
    from composer.policy.requests import requests_in

    now = now or datetime.now(timezone.utc)
    today = today or date.today()
    result = review(_message(content, content.html, None, content.attachment_refs, today),
                    cache)
    findings = list(result.findings)
    # The plain rendering is what Seller Central gets: anything it adds is checked too.
    plain_message = replace(_message(content, None, content.plain, (), today), extra={})
    findings += plain_additions(result.message, findings, plain_message)
    ignored_blocks: list[Finding] = []
    if content.ignored:
        dropped = {id(f) for f in ignored_findings(result.findings, result.message.text,
                                                   content.ignored)}
        ignored_blocks = [f for f in findings if id(f) in dropped and f.severity == "block"]
        findings = [f for f in findings if id(f) not in dropped]
    email_only = [f for f in findings if f.rule in EMAIL_ONLY_RULES]
    email_only += [replace(_header_finding(name, problem.text, problem.blocking),
                           rule=EMAIL_SUBJECT_RULE)
                   for name, problem in email_problems(content.header).items()]
    findings = [f for f in findings if f.rule not in EMAIL_ONLY_RULES]
    found = header_problems(content.header, today, now)
    empty = not result.message.text.strip() and not content.plain.strip()
    summary = summarise(findings, found, ignored_blocks=len(ignored_blocks), empty=empty)
    findings += header_findings(found)
    warning = address_warning(content.header)
    return Decision(
        blocks=tuple(f for f in findings if f.severity == "block"),
        warnings=tuple(f for f in findings if f.severity == "warn"),
        ignored_blocks=tuple(ignored_blocks),
        address_problem=address_problem(content.header),
        address_missing=not content.header.to.strip(),
        address_warning=warning,
        email_warnings=tuple(email_only),
        attachments=result.attachments,
        requests=requests_in(result.message),
        message=result.message,
        summary=summary,
        empty=empty,
    )


def blocked_routes(decision: Decision, routes: Collection[str]) -> dict[str, str]:
    """Route -> reason, for each route the decision does not allow."""
    return {r: decision.reason(r) for r in routes if not decision.allows(r)}
