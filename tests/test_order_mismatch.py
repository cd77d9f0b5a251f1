"""A message that names another order than the header's must not go out as ready.

Found in a walkthrough: a template filled from an open reply kept that reply's order in its
text; the seller typed another order ID in the header and the badge said "Ready to send".
"""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy import Message

HEADER = "028-5512093-7731145"
OTHER = "302-4829173-5510342"


def found(text: str, order_id: str = HEADER, message_type: str | None = "otherProactive"):
    return [f for f in check(Message(text=text, order_id=order_id, message_type=message_type,
                                     buyer_language="de"))
            if f.rule == "order-id-mismatch"]


@pytest.mark.parametrize("message_type", ["otherProactive", "reply", "unexpectedProblem"])
def test_another_orders_id_in_the_text_blocks(message_type: str) -> None:
    text = f"Guten Tag Lena,\n\nIhre Bestellung {OTHER} wurde vor Kurzem zugestellt."
    [finding] = found(text, message_type=message_type)
    assert finding.severity == "block"
    assert text[finding.start:finding.end] == OTHER
    assert OTHER in finding.message and HEADER in finding.message
    assert finding.fix is not None and finding.fix.replacement == HEADER
    assert (finding.fix.start, finding.fix.end) == (finding.start, finding.end)


def test_the_headers_order_named_too_is_fine() -> None:
    assert found(f"Your orders {OTHER} and {HEADER} left today together.") == []


@pytest.mark.parametrize("order_id", ["", "028-55120", "not an id"])
def test_without_a_whole_order_id_in_the_header_nothing_is_compared(order_id: str) -> None:
    assert found(f"Your order {OTHER} left today.", order_id=order_id) == []


def test_dashes_of_another_kind_are_the_same_order() -> None:
    assert found("Your order 028–5512093–7731145 left today.") == []


def test_the_finding_is_said_in_german() -> None:
    from composer.l10n.catalog import Catalog
    from composer.l10n.sayfindings import localise

    [finding] = found(f"Ihre Bestellung {OTHER} wurde zugestellt.")
    german = localise(finding, Catalog("de"))
    assert "Bestellnummer im Kopf ist 028-5512093-7731145" in german.message
    assert german.title == "Bestellnummer einer anderen Bestellung"
    assert german.fix is not None and german.fix.label.startswith("Bestellnummer")
