"""Template placeholders left in the text ({order_id}, {{x}}, [Buyer Name], <name>…), and
a fix for each whose label says what the click does.

The placeholder syntaxes, their keywords and the header field each one names are data
(``resources/policy/phrases/en.json`` "placeholders"); a value the header or Settings
holds is put in, a date written the buyer's way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from composer.appdata.resources import load_json
from composer.message.languages import base_language
from composer.message.templates import write_date
from composer.policy import rulebook
from composer.policy.content import ORDER_ID, content_messages, quote
from composer.policy.fixaction import ASK_FIELD
from composer.policy.model import Finding, Fix, Message

_NON_WORD = re.compile(r"[^a-z0-9]+")


@cache
def _placeholder_data() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], dict[str, str]]:
    data = load_json("policy", "phrases", "en.json")["placeholders"]
    # Joined without wrapping groups: a flat alternation that starts with literal
    # characters lets the regex engine skip ahead quickly.
    always = re.compile("|".join(data["always"]))
    bracketed = re.compile("|".join(data["keyword_bracketed"]))
    fields = {alias: field for field, aliases in data["fields"].items() for alias in aliases}
    return always, bracketed, frozenset(data["keywords"]), fields


def placeholder_pattern() -> re.Pattern[str]:
    """Any placeholder the check finds ("{buyer_name}", "[Name]", "%NAME%"): in a greeting
    it stands for the name ("Dear {buyer_name},"), which a removal keeps whole."""
    always, bracketed, _keywords, _fields = _placeholder_data()
    return re.compile(always.pattern + "|" + bracketed.pattern)


_FIELD_LABELS = {
    "order_id": "order ID",
    "product_name": "product name",
    "delivery_date": "delivery date",
    "business_name": "business name",
    "to": "buyer's name",
    "subject": "subject",
    "order_date": "order date",
}


# Dates only the seller knows (an order still on its way): asked for, never taken from the
# Delivered field, which records a delivery that happened and drives the 30-day window.
_ASKED = {
    "new_date": "Type the new delivery date…",
    "proposed_date": "Type the delivery day you propose…",
}


def _placeholder_key(raw: str) -> str:
    return _NON_WORD.sub("_", raw.lower()).strip("_")


def _placeholder_fix(message: Message, key: str, start: int, end: int) -> Fix | None:
    """A fix whose label says what the click does (``resources/messages/core.json`` "fix").

    A value the header (or Settings) holds is put in, named in the label; a buyer's name
    is asked for (never by selecting the To field, which holds the buyer's address);
    otherwise the click goes to the empty field, or to one whose value cannot be used.
    """
    _, _, _, fields = _placeholder_data()
    if key in _ASKED:
        return Fix(_ASKED[key], start, end, field=ASK_FIELD + key)
    field = fields.get(key)
    if field is None:
        return None
    label = _FIELD_LABELS[field]
    if field == "to":
        return Fix("Type the buyer's name…", start, end, field=ASK_FIELD + "buyer_name")
    known, typed = _field_value(message, field)
    if known:
        return Fix(f"Put in the {label}: {known}", start, end, replacement=known)
    if field == "business_name":
        return Fix("Set your business name in Settings", 0, 0, field=field)
    if typed:
        return Fix(f"Correct the {label} in the header", 0, 0, field=field)
    return Fix(f"Type the {label} in the header", 0, 0, field=field)


def _field_value(message: Message, field: str) -> tuple[str, bool]:
    """What ``field`` puts into a placeholder ("" when nothing usable), and whether the
    seller typed something into it at all."""
    if field == "order_id":
        typed = message.order_id.strip()
        return (typed if ORDER_ID.fullmatch(typed) else ""), bool(typed)
    if field in ("delivery_date", "order_date"):
        day = message.extra.get(field)
        if isinstance(day, date):
            return write_date(day, base_language(message.buyer_language or "en")), True
        return "", False
    typed = {"product_name": message.product_name, "business_name": message.business_name,
             "subject": message.subject}.get(field, "").strip()
    return typed, bool(typed)


def check_placeholders(message: Message) -> Iterator[Finding]:
    """Template placeholders left in the text: {order_id}, {{x}}, [Buyer Name], <name>…"""
    text = message.text
    if not text.strip():
        return
    always, bracketed, keywords, _ = _placeholder_data()
    template = content_messages()["unfilled-placeholder"]
    hits: list[tuple[int, int, str]] = []
    for match in always.finditer(text):
        hits.append((match.start(), match.end(), match.group()))
    for match in bracketed.finditer(text):
        words = set(_placeholder_key(match.group()[1:-1]).split("_"))
        inner = match.group()[1:-1].strip()
        if words & keywords or (len(inner) >= 3 and "_" in inner):
            hits.append((match.start(), match.end(), match.group()))
    for start, end, raw in sorted(hits):
        if end <= start:
            continue
        key = _placeholder_key(raw)
        yield rulebook.finding(
            "unfilled-placeholder",
            text,
            start,
            end,
            message=template.format(excerpt=quote(raw)),
            fix=_placeholder_fix(message, key, start, end),
        )


CHECKERS: tuple = (check_placeholders,)
