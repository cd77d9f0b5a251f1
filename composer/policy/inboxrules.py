"""Rules from what Amazon mailed back: an opt-out, a restriction, the address it wrote to.

The facts come from the store (the app and ``export`` put them in ``Message.extra``):
``buyer_opted_out`` (the date of Amazon's opt-out notice for this order or buyer),
``restricted_until`` (the last day of a restriction on proactive messages), and for a
reply ``reply_delivered_to`` with ``from_address`` (the address Amazon wrote to, and the
one the reply is sent from). Words live in ``resources/policy/rules/replies.json``. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

from composer.appdata.resources import load_json
from composer.message.messagetypes import MessageType, message_type
from composer.policy import rulebook
from composer.policy.model import Finding, Message
from composer.policy.windows import show

# Rules about how an e-mail is sent, not about the words: they matter only for the routes
# that send e-mail (Open in email app, Save as .eml, Send), never for a copy for Seller
# Central. The export guard confirms them for those routes alone and the app shows them
# as a note by the export bar, never over the text.
EMAIL_ONLY_RULES = frozenset({"other-sender-address"})
OPTED_OUT_KEY = "buyer_opted_out"
RESTRICTED_KEY = "restricted_until"
DELIVERED_TO_KEY = "reply_delivered_to"
FROM_KEY = "from_address"


@cache
def _words() -> dict[str, str]:
    return dict(load_json("policy", "rules", "replies.json")["messages"])


def _kind(message: Message) -> MessageType | None:
    try:
        return message_type(message.message_type) if message.message_type else None
    except KeyError:
        return None


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _whole(rule: str, message: Message, words: str) -> Finding:
    """A finding about the whole message, pointing at its first line."""
    start, end = rulebook.first_line(message.text) or (0, 0)
    return rulebook.finding(rule, message.text, start, end, message=words)


def check_opted_out(message: Message) -> Iterator[Finding]:
    """A message the seller starts, to a buyer Amazon said has opted out."""
    kind = _kind(message)
    when = _day(message.extra.get(OPTED_OUT_KEY))
    if kind is None or not kind.proactive or kind.order_critical or when is None:
        return
    yield _whole("buyer-opted-out", message,
                 _words()["buyer-opted-out"].format(date=show(when)))


def check_restricted(message: Message) -> Iterator[Finding]:
    """Any proactive message while Amazon restricts them (replies still go)."""
    kind = _kind(message)
    until = _day(message.extra.get(RESTRICTED_KEY))
    if kind is None or not kind.proactive or until is None:
        return
    today = _day(message.extra.get("today")) or date.today()
    if today > until:
        return
    yield _whole("proactive-restricted", message,
                 _words()["proactive-restricted"].format(date=show(until)))


def check_sender(message: Message) -> Iterator[Finding]:
    """A reply sent from another address than the one Amazon's notification went to."""
    delivered = str(message.extra.get(DELIVERED_TO_KEY) or "").strip()
    sender = str(message.extra.get(FROM_KEY) or "").strip()
    if not delivered or not sender or delivered.lower() == sender.lower():
        return
    yield _whole("other-sender-address", message, _words()["other-sender-address"].format(
        delivered_to=delivered, from_address=sender))


CHECKERS = (check_opted_out, check_restricted, check_sender)
