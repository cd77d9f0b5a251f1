"""What the store knows about a message's buyer, for the rules in ``policy/inboxrules``.

Read on the UI thread (small indexed queries) by the app and by ``export``: whether
Amazon said this order's buyer opted out, whether proactive messages are restricted
today, and, for a reply, the address Amazon's notification went to.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from composer.policy.inboxrules import (
    DELIVERED_TO_KEY,
    FROM_KEY,
    OPTED_OUT_KEY,
    RESTRICTED_KEY,
)

if TYPE_CHECKING:
    from composer.mail.thread import Thread
    from composer.message.header import Header
    from composer.store import Store


def bare_address(value: str) -> str:
    from composer.mail.syntax import AddressProblem, parse_mailbox

    try:
        return parse_mailbox(value).address if value.strip() else ""
    except AddressProblem:
        return ""


def store_facts(store: Store, header: Header, today: date, thread: Thread | None = None,
                from_address: str = "") -> dict[str, object]:
    """The facts for ``header`` (an unreadable store gives none: the guard still runs)."""
    facts: dict[str, object] = {}
    try:
        notice = store.opt_out_for(order_id=header.order_id, relay=header.to)
        if notice is not None:
            facts[OPTED_OUT_KEY] = notice.received_at.date()
        restriction = store.restriction(today)
        if restriction is not None and restriction.notice_until is not None:
            facts[RESTRICTED_KEY] = restriction.notice_until
        if thread is not None and thread.buyer_message_id is not None:
            item = store.inbox_item(thread.buyer_message_id)
            sender = bare_address(from_address)
            if item.mail.delivered_to and sender:
                facts[DELIVERED_TO_KEY] = item.mail.delivered_to
                facts[FROM_KEY] = sender
    except Exception:
        return facts
    return facts
