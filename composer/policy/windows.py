"""Time-window rules: too late to write first, outside the review or feedback window, asked twice.

The rules read dates from ``Message.extra`` (the header and the sent log put
them there): ``order_date`` and ``delivery_date`` (``date``), ``today``
(``date``; injected by tests and the CLI, default ``date.today()``) and
``prior_requests`` (``(date, kind)`` pairs of earlier requests for this order).
Window lengths and every text live in ``resources/policy/windows.json``.
Each finding names the seller's own dates and when the window opens or closes.

Decisions (POLICY.md §1, §7): the day of the order or delivery is day 0 and a
window closes at the end of its last day. "Order completion" is read as the
delivery date when the header has one, else the order date (the earlier,
stricter date). A second request of *either* kind blocks: Amazon's own
solicitation covers review and feedback together. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from composer.appdata.resources import load_json
from composer.message.messagetypes import message_type
from composer.policy import rulebook
from composer.policy.model import Finding, Fix, Message
from composer.policy.phrases import languages_for
from composer.policy.requests import FEEDBACK, REVIEW, Request, find_requests
from composer.policy.sentencefix import sentence_fix

BUTTON = "button"  # Amazon's Request a Review button, recorded by the seller (log-request)


@cache
def _data() -> dict[str, Any]:
    return load_json("policy", "windows.json")


def _text(key: str) -> str:
    return str(_data()["messages"][key])


def show(day: date) -> str:
    """A date the way the findings write it: 20 Nov 2026."""
    return f"{day.day} {day:%b %Y}"


def _days(kind: str, n: int) -> str:
    if kind == "ago" and n < 0:  # a date in the future: never "-3 days ago"
        kind, n = "ahead", -n
    table = _data()["messages"][kind]
    return str(table.get(str(n), table["n"])).format(n=n)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _after(day: date, days: int) -> date:
    """``day`` plus ``days``, kept inside the calendar (a typo like 9999-12-31 must not crash)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _today(message: Message) -> date:
    return _as_date(message.extra.get("today")) or date.today()


def _proactive(message: Message) -> bool:
    if not message.message_type:
        return False
    try:
        return message_type(message.message_type).proactive
    except KeyError:
        return False


def check_outside_window(message: Message) -> Iterator[Finding]:
    """A message the seller starts, more than 30 days after the order was completed."""
    if not _proactive(message):
        return
    delivered = _as_date(message.extra.get("delivery_date"))
    ordered = _as_date(message.extra.get("order_date"))
    ref, event, field = ((delivered, "delivery", "delivery_date") if delivered
                         else (ordered, "order", "order_date"))
    if ref is None:
        return
    today = _today(message)
    days = int(_data()["proactive_days"])
    closes = _after(ref, days)
    if today <= closes:
        return
    text = message.text
    words = _text("outside-window").format(
        event=_data()["messages"]["events"][event], ref=show(ref),
        ago=_days("ago", (today - ref).days), days=days, closes=show(closes))
    label = "Check the delivery date" if field == "delivery_date" else "Check the order date"
    start, end = rulebook.first_line(text) or (0, 0)
    yield rulebook.finding("outside-window", text, start, end, message=words,
                           fix=Fix(label, 0, 0, field=field))


def _remove(message: Message, request: Request) -> Fix:
    """The request's sentence (or clause), never its greeting (policy/sentencefix)."""
    return sentence_fix(message.text, request.start, request.end,
                        languages_for(message.buyer_language), label="Remove this request")


def check_request_windows(message: Message, requests: list[Request]) -> Iterator[Finding]:
    """Review requests outside 5–30 days after delivery (or with no delivery date to tell);
    feedback requests after 90 days."""
    if not requests:
        return
    text, today, data = message.text, _today(message), _data()
    delivered = _as_date(message.extra.get("delivery_date"))
    ordered = _as_date(message.extra.get("order_date"))
    opens_days, closes_days = int(data["review_opens_days"]), int(data["review_closes_days"])
    review = next((r for r in requests if r.kind == REVIEW), None)
    if review is not None:
        words = None
        if delivered is not None:
            opens = _after(delivered, opens_days)
            closes = _after(delivered, closes_days)
            values = dict(ref=show(delivered), opens=show(opens), closes=show(closes),
                          opens_days=opens_days, closes_days=closes_days,
                          ago=_days("ago", (today - delivered).days),
                          wait=_days("wait", (opens - today).days))
            if today < opens:
                words = _text("review-window-early").format(**values)
            elif today > closes:
                words = _text("review-window-late").format(**values)
        elif ordered is not None and today < _after(ordered, opens_days):
            words = _text("review-window-early-order").format(
                ref=show(ordered), ago=_days("ago", (today - ordered).days),
                opens=show(_after(ordered, opens_days)), opens_days=opens_days)
        if words:
            yield rulebook.finding("review-window", text, review.start, review.end,
                                   message=words, fix=_remove(message, review))
        elif delivered is None and _proactive(message):
            # A request the seller starts (the review request template) and no window to
            # check yet: ask for the date that decides it.
            words = _text("review-date").format(opens_days=opens_days, closes_days=closes_days)
            yield rulebook.finding("review-date", text, review.start, review.end, message=words,
                                   fix=Fix("Enter the delivery date", 0, 0,
                                           field="delivery_date"))
    feedback = next((r for r in requests if r.kind == FEEDBACK), None)
    # Without the order date, the delivery date still bounds it: the order came before.
    placed = ordered or delivered
    if feedback is not None and placed is not None:
        days = int(data["feedback_closes_days"])
        closes = _after(placed, days)
        if today > closes:
            key = "feedback-window" if ordered is not None else "feedback-window-delivered"
            words = _text(key).format(
                ref=show(placed), ago=_days("ago", (today - placed).days),
                closes_days=days, closes=show(closes))
            yield rulebook.finding("feedback-window", text, feedback.start, feedback.end,
                                   message=words, fix=_remove(message, feedback))


def prior_requests(message: Message) -> list[tuple[date, str]]:
    """Earlier requests for this order from ``extra["prior_requests"]``, tolerant of shapes."""
    raw: Iterable[Any] = message.extra.get("prior_requests") or ()
    found: list[tuple[date, str]] = []
    for item in raw:
        try:
            when, kind = item
        except (TypeError, ValueError):
            continue
        day = _as_date(when)
        if day is not None and kind in (REVIEW, FEEDBACK, BUTTON):
            found.append((day, kind))
    return found


def check_repeat_request(message: Message, requests: list[Request]) -> Iterator[Finding]:
    """A review or feedback request for an order that already had one."""
    prior = prior_requests(message)
    if not prior or not requests:
        return
    when, kind = max(prior)
    kinds = _data()["messages"]["kinds"]
    words = _text("repeat-request").format(prior_kind=kinds[kind], prior_date=show(when))
    text = message.text
    for request in requests:
        yield rulebook.finding("repeat-request", text, request.start, request.end,
                               message=words, fix=_remove(message, request))


def check_requests(message: Message) -> Iterator[Finding]:
    """The request rules, sharing one search for requests (without a delivery date a review
    request asks for it)."""
    requests = list(find_requests(message))
    yield from check_request_windows(message, requests)
    yield from check_repeat_request(message, requests)


CHECKERS = (check_outside_window, check_requests)
