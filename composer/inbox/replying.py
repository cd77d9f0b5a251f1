"""A reply to a buyer message: its header and its thread, from the stored e-mail. No Qt.

The reply goes To the relay address exactly as Amazon sent it (``+…`` part included),
with Subject "Re: <original>", the order, the buyer's language, the product, and "Buyer
wrote at" set to the e-mail's Date, so the 24-hour clock starts at the right minute. The
buyer's own words are never part of the reply: the seller quotes them only on purpose.
"""

from __future__ import annotations

from datetime import datetime

from composer.inbox.buyermessage import BuyerMail
from composer.mail.thread import Thread, reply_subject
from composer.message.header import Header, wrote_at
from composer.message.languages import LANGUAGES
from composer.message.messagetypes import REPLY

DRAFT_KEY = "reply_to"  # Draft.extra[DRAFT_KEY]: the buyer message a reply draft answers


def reply_header(mail: BuyerMail, now: datetime | None = None) -> Header:
    """The header of a reply to ``mail``; a language the app cannot check is left empty.

    "Buyer wrote at" is the e-mail's Date, or ``now`` when that Date is ahead of this
    computer's clock (:func:`composer.message.header.wrote_at`)."""
    language = mail.language if mail.language in LANGUAGES else ""
    received = mail.received_at if now is None else wrote_at(mail.received_at, now)[0]
    return Header(to=mail.relay, order_id=mail.order_id, message_type=REPLY,
                  buyer_language=language, subject=reply_subject(mail.subject),
                  product_name=mail.product_title, buyer_message_at=received)


def reply_thread(mail: BuyerMail, buyer_message_id: int | None) -> Thread:
    return Thread(message_id=mail.message_id, references=mail.references,
                  buyer_message_id=buyer_message_id)


def thread_to_extra(thread: Thread) -> dict[str, object]:
    """What a reply draft keeps of its thread (``Draft.extra[DRAFT_KEY]``)."""
    return {"buyer_message_id": thread.buyer_message_id, "message_id": thread.message_id,
            "references": list(thread.references)}


def thread_from_extra(extra: dict[str, object]) -> Thread | None:
    """The thread a reply draft answers, or None (a draft from before, or damaged data)."""
    value = extra.get(DRAFT_KEY)
    if not isinstance(value, dict):
        return None
    item = value.get("buyer_message_id")
    refs = value.get("references")
    message_id = value.get("message_id")
    return Thread(message_id=message_id if isinstance(message_id, str) else "",
                  references=tuple(r for r in refs if isinstance(r, str))
                  if isinstance(refs, list) else (),
                  buyer_message_id=item if isinstance(item, int) else None)

