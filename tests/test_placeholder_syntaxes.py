"""Unfilled placeholders in the syntaxes of mail-merge tools, not only ``{order_id}``."""

from __future__ import annotations

import pytest

from composer.policy import Message
from composer.policy.placeholders import check_placeholders


def _found(text: str) -> list[str]:
    return [f.excerpt for f in check_placeholders(Message(text=text))]


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Hi *|FNAME|*, your parcel left today.", "*|FNAME|*"),
        ("Dear %FIRSTNAME%, your parcel left today.", "%FIRSTNAME%"),
        ("Hi {{name}}, your parcel left today.", "{{name}}"),
        ("Your order {0} left today.", "{0}"),
        ("Hello $name, your parcel left today.", "$name"),
        ("Hello $first_name, your parcel left today.", "$first_name"),
        ("Hello $BUYER_NAME, your parcel left today.", "$BUYER_NAME"),
        ("Hi <NAME>, your parcel left today.", "<NAME>"),
        ("Dear [Buyer Name], your parcel left today.", "[Buyer Name]"),
        ("Your order XXXX left today.", "XXXX"),
    ],
)
def test_mail_merge_placeholders_block(text, placeholder):
    findings = list(check_placeholders(Message(text=text)))
    assert [f.excerpt for f in findings] == [placeholder]
    assert findings[0].severity == "block"


@pytest.mark.parametrize(
    "text",
    [
        "The refill costs $25, or $19.99 with the bundle you already bought.",
        "Prices in $US and $CAD are shown on the listing.",
        "Use <b>bold</b> text, see note [1] and the [optional] strap.",
        "Size XXXL is on its way; the XXL was out of stock.",
        "Your order 113-4567890-1234567 (box 2 of 3) left today.",
        "50% of the parcel is padding, 100% recyclable.",
    ],
)
def test_prices_html_and_brackets_are_not_placeholders(text):
    assert _found(text) == []


def test_kisses_are_not_a_placeholder():
    assert _found("Thanks so much, Anna xxxx") == []
