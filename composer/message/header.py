"""Validate the message header as the seller types. Each check returns plain words or None.

What may go into a mail header at all (:func:`composer.mail.syntax.header_value_problem`,
:func:`composer.mail.syntax.parse_mailbox`) is decided in :mod:`composer.mail.syntax`: the
``.eml`` builder, the command line, Settings and the header form use the same rules, so
what the form accepts is what the export writes.

The sentences are data (``resources/messages/header.json``, and per language under
``resources/locale/``): each check takes the seller's language, English by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

from composer.appdata.resources import load_json
from composer.message.messagetypes import REPLY
from composer.words import Words

# A pattern string, compiled (and cached by ``re``) at first use, not at import: the header
# is in the first frame, checking it is not (tests/test_startup_imports.py).
ORDER_ID_PATTERN = r"^\d{3}-\d{7}-\d{7}$"


def is_order_id(text: str) -> bool:
    """A whole order ID as Amazon writes it: 3-7-7 digits."""
    return re.match(ORDER_ID_PATTERN, text) is not None


class Problem(NamedTuple):
    """What is wrong with a field. ``blocking`` problems stop sending; others only warn.

    A named tuple, not a dataclass: it is made in the first frame, where a frozen
    dataclass costs about 0.5 ms to create (docs/decisions.md, Start-up).
    """

    text: str
    blocking: bool = False
    detail: str = ""  # the whole explanation when ``text`` is its short form (the tooltip)


@cache
def alias_domains() -> tuple[str, ...]:
    return tuple(load_json("policy", "marketplaces.json")["alias_domains"])


@cache
def buyer_languages() -> tuple[tuple[str, str], ...]:
    """(code, label) pairs of the languages the header offers."""
    data = load_json("policy", "marketplaces.json")["languages"]
    return tuple((entry["code"], entry["label"]) for entry in data)


def _strip_mailto(text: str) -> str:
    if text.lower().startswith("mailto:"):
        return text[7:].split("?", 1)[0]
    return text


def check_alias(value: str, language: str = "en") -> Problem | None:
    """The To field: an Amazon buyer alias such as ``abc123@marketplace.amazon.co.uk``.

    It is an alias only when the whole field is exactly one address at an alias domain.
    """
    text = value.strip()
    if not text:
        return None
    from composer.mail.syntax import AddressProblem, parse_mailbox  # not for the first frame

    words = Words("header", language)
    try:
        box = parse_mailbox(_strip_mailto(text), words("address_label"), language)
    except AddressProblem as exc:
        if exc.kind == "invalid":
            return Problem(words("not_an_address", hint=words("alias_hint")), blocking=True)
        return Problem(f"{exc} {words('alias_hint')}", blocking=True)  # two whole sentences
    domain = box.domain.lower()
    if domain not in alias_domains():
        return Problem(words("not_an_alias", domain=domain))
    return None


def normalise_alias(value: str) -> str:
    """The bare address from "Jane Doe <abc@marketplace.amazon.com>" or "mailto:…".

    Sellers copy the buyer's address from an email app, which adds a name and brackets;
    only the address belongs in "To".
    """
    from composer.mail.syntax import AddressProblem, parse_mailbox

    text = _strip_mailto(value.strip())
    try:
        return parse_mailbox(text).address
    except AddressProblem:
        return text  # left as typed: check_alias says what is wrong with it


def check_order_id(value: str, language: str = "en") -> Problem | None:
    """The order ID: 17 digits as 3-7-7, e.g. 113-4567890-1234567."""
    text = value.strip()
    if not text:
        return None
    if is_order_id(text):
        return None
    words = Words("header", language)
    digits = re.sub(r"\D", "", text)
    if len(digits) == 17 and not re.search(r"[^\d\s-]", text):
        return Problem(words("order_id_dashes"), blocking=True)
    return Problem(words.plural("order_id_digits", len(digits)), blocking=True)


def normalise_order_id(value: str) -> str:
    """Put the dashes back into a 17-digit order ID typed without them."""
    digits = re.sub(r"\D", "", value)
    if len(digits) == 17 and not re.search(r"[^\d\s-]", value):
        return f"{digits[:3]}-{digits[3:10]}-{digits[10:]}"
    return value.strip()


def check_order_date(value: date | None, today: date, language: str = "en") -> Problem | None:
    """The order date cannot be in the future; old orders are the window rules' business."""
    if value is None:
        return None
    if value > today:
        return Problem(Words("header", language)("order_date_future"), blocking=True)
    return None


def check_subject(value: str, language: str = "en") -> Problem | None:
    if not value:  # nothing to check (the first frame's empty form: no mail syntax yet)
        return None
    from composer.mail.syntax import header_value_problem

    words = Words("header", language)
    problem = header_value_problem(value, words("subject_label"), language)
    if problem:
        return Problem(problem, blocking=True)
    text = value.strip()
    if len(text) > 200:
        return Problem(words("subject_long", n=words.number(len(text))))
    if "[" in text and re.search(r"\[\s*important\s*\]", text, re.IGNORECASE):
        return Problem(words("subject_important"))
    return None


@dataclass(frozen=True)
class Header:
    """The header fields above the editor, as plain values."""

    to: str = ""
    order_id: str = ""
    order_date: date | None = None
    message_type: str = "reply"
    buyer_language: str = "en"
    subject: str = ""
    product_name: str = ""  # not sent; fills {product} and is never a spelling mistake
    delivery_date: date | None = None  # for the review and proactive-message windows
    buyer_message_at: datetime | None = None  # replies: when the buyer wrote (timezone-aware)


# Draft.extra key: the order a Product filled in for the seller (from the buyer's message
# a reply answers, or carried into a template's draft) was filled for, and the words.
PRODUCT_FILLED_KEY = "product_filled_for"


def product_filled_extra(order_id: str, product: str) -> dict[str, object]:
    """What a new draft keeps when its Product was filled in for ``order_id``."""
    if not product.strip() or not is_order_id(order_id.strip()):
        return {}
    return {PRODUCT_FILLED_KEY: {"order_id": order_id.strip(), "product": product.strip()}}


def product_filled_from(extra: dict[str, object]) -> tuple[str, str] | None:
    """(order ID, product) a draft's Product was filled in for, or None."""
    value = extra.get(PRODUCT_FILLED_KEY)
    if not isinstance(value, dict):
        return None
    order_id, product = value.get("order_id"), value.get("product")
    if not isinstance(order_id, str) or not isinstance(product, str):
        return None
    return order_id, product


def check_product(product: str, order_id: str, filled_for: tuple[str, str] | None,
                  language: str = "en") -> Problem | None:
    """A Product filled in for another order than the header's now (a warning): the seller
    changed the order ID, and the item may be the earlier order's."""
    if filled_for is None or not product.strip():
        return None
    order, words = filled_for
    if product.strip() != words.strip() or not is_order_id(order_id.strip()) or \
            order_id.strip() == order:
        return None
    return Problem(Words("header", language)("product_other_order", order_id=order))


# Draft.extra key: the order the To address was filled in for (a reply's buyer), and the
# address: a message for another order must not quietly go to that buyer.
TO_FILLED_KEY = "to_filled_for"


def to_filled_extra(order_id: str, to: str) -> dict[str, object]:
    """What a draft keeps when its To was filled in for ``order_id``."""
    if not to.strip() or not is_order_id(order_id.strip()):
        return {}
    return {TO_FILLED_KEY: {"order_id": order_id.strip(), "to": to.strip()}}


def to_filled_from(extra: dict[str, object]) -> tuple[str, str] | None:
    """(order ID, address) a draft's To was filled in for, or None."""
    value = extra.get(TO_FILLED_KEY)
    if not isinstance(value, dict):
        return None
    order_id, to = value.get("order_id"), value.get("to")
    if not isinstance(order_id, str) or not isinstance(to, str):
        return None
    return order_id, to


def check_to_order(to: str, order_id: str, filled_for: tuple[str, str] | None,
                   language: str = "en") -> Problem | None:
    """A To filled in for another order than the header's now (a warning): the buyer of
    that order would get a message about this one."""
    if filled_for is None or not to.strip():
        return None
    order, address = filled_for
    if to.strip().lower() != address.strip().lower() or not is_order_id(order_id.strip()) \
            or order_id.strip() == order:
        return None
    words = Words("header", language)
    return Problem(words("to_other_order_short", order_id=order),
                   detail=words("to_other_order", order_id=order))


def check_delivery_date(delivered: date | None, ordered: date | None,
                        language: str = "en") -> Problem | None:
    """A delivery before the order is a typo; a future one is an expected date, which is fine."""
    if delivered is not None and ordered is not None and delivered < ordered:
        words = Words("header", language)
        return Problem(words("delivery_before_order_short"),
                       detail=words("delivery_before_order"))
    return None


def check_buyer_message_at(value: datetime | None, now: datetime,
                           language: str = "en") -> Problem | None:
    """When the buyer wrote cannot be later than now (the reply clock counts from it)."""
    if value is not None and value > now:
        return Problem(Words("header", language)("buyer_wrote_future"), blocking=True)
    return None


def wrote_at(received: datetime | None, now: datetime) -> tuple[datetime | None, bool]:
    """"Buyer wrote at" from the buyer's e-mail, and whether it was ahead of the clock.

    The e-mail's Date is the buyer's real time: when it is later than this computer's
    clock (the clocks differ), the reply counts from now, and never blocks for it. Only a
    time the seller types in can be "in the future" (:func:`check_buyer_message_at`)."""
    if received is not None and received > now:
        return now, True
    return received, False


def check_email_subject(header: Header, language: str = "en") -> Problem | None:
    """An e-mail with an empty Subject (a warning for the e-mail routes alone: a copy for
    Seller Central has no subject). A reply is told it can take "Re: " and the buyer's."""
    if header.subject.strip():
        return None
    key = "subject_empty_reply" if header.message_type == REPLY else "subject_empty"
    return Problem(Words("header", language)(key))


def email_problems(header: Header, language: str = "en") -> dict[str, Problem]:
    """The header's problems that concern only a message sent as an e-mail (the guard
    lists them for Open in email app, Save as .eml and Send, never for Seller Central)."""
    found = {"subject": check_email_subject(header, language)}
    return {key: problem for key, problem in found.items() if problem is not None}


def problems(header: Header, today: date, now: datetime, language: str = "en",
             product_filled_for: tuple[str, str] | None = None,
             to_filled_for: tuple[str, str] | None = None) -> dict[str, Problem]:
    """Every header field's problem, keyed by field name: the form, the guard and the CLI.

    ``today`` is the seller's calendar day (their time zone from Settings), the same day
    the time-window rules count in; ``now`` is an aware datetime. "Buyer wrote at"
    belongs to replies only. ``language`` is the seller's (the form); the guard and the
    command line keep English, which their findings say again in the seller's language.
    ``product_filled_for``: the order the Product was filled in for (the form knows it);
    ``to_filled_for``: the order and address To was filled in for.
    """
    found = {
        "to": (check_alias(header.to, language)
               or check_to_order(header.to, header.order_id, to_filled_for, language)),
        "order_id": check_order_id(header.order_id, language),
        "order_date": check_order_date(header.order_date, today, language),
        "subject": check_subject(header.subject, language),
        "delivery_date": check_delivery_date(header.delivery_date, header.order_date, language),
        "buyer_message_at": (check_buyer_message_at(header.buyer_message_at, now, language)
                             if header.message_type == REPLY else None),
        "product_name": check_product(header.product_name, header.order_id,
                                      product_filled_for, language),
    }
    return {key: problem for key, problem in found.items() if problem is not None}


def header_from_json(data: dict) -> Header:
    """A header from JSON data (the samples), with its order date as an ISO string."""
    values = dict(data)
    if values.get("order_date"):
        values["order_date"] = date.fromisoformat(values["order_date"])
    return Header(**values)
