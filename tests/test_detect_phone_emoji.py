"""Phone numbers and emoji: the right spans, and never an order ID, tracking number or ©."""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy import Message
from composer.policy.detect_phone import regions_for
from composer.policy.detectors import check_emoji, check_phones


def phones(text: str, lang: str = "") -> list[str]:
    """The numbers found: one finding each (a warning, or a block when offered as a person's)."""
    return [f.excerpt for f in check_phones(Message(text=text, buyer_language=lang))]


def emoji(text: str) -> list[str]:
    return [f.excerpt for f in check_emoji(Message(text=text))]


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("Call me on (415) 555-0132 any time.", "", "(415) 555-0132"),
        ("Ring our office on 020 7946 0958 please.", "en-GB", "020 7946 0958"),
        ("The warranty line is +49 30 12345678.", "", "+49 30 12345678"),
        ("Erreichen Sie uns unter 030 12345678.", "de", "030 12345678"),
        ("Appelez le 01 23 45 67 89 svp.", "fr", "01 23 45 67 89"),
        ("Text me at 415.555.0199 when home.", "", "415.555.0199"),
        ("Call +44 20 7946 0958 ext. 12 today", "", "+44 20 7946 0958 ext. 12"),
        ("Phone: ＋１ ６５０ ２５３ ００００", "", "＋１ ６５０ ２５３ ００００"),
        ("Call 0800 123 4567 or write.", "en-GB", "0800 123 4567"),
        ("Call me: 4155550132", "", "4155550132"),
    ],
)
def test_phone_numbers_are_found(text: str, lang: str, number: str) -> None:
    assert phones(text, lang) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Order 113-4567890-1234567 shipped.",
        "Digital order D01-5639518-0086114 is ready.",
        "Hi, about order 205-4966762-2158664: it left today.",
        "UPS 1Z999AA10123456784 and Amazon TBA123456789000.",
        "USPS 9400111899223197428490 and 92001903060085300042901077.",
        "DHL 1234567890 and FedEx 986578788855.",
        "Tracking 0307 1790 0005 2348 3741 and  7 9 0 5 3 5 3 1 2 3 1 7 ",
        "LaserShip LI 129 79072 and K 150 623 562 0",
        "ASIN B07XJ8C8F5, price $1,234.56 or €1.299,00 or ¥123,456.",
        "Delivered on 12/31/2023 at 10:45 AM, estimated 2024-11-05 - 2024-11-09.",
        "ZIP 94043-1351, Postal code 10115, SKU 4902-2211-0093.",
        "ISBN 978-0-306-40615-7, size 30 x 20 x 15 cm, weight 1250 g.",
        "Invoice INV-2024-000123, version 10.0.19045.3570.",
        "Qty: 2 x 250 ml, item weight 2.5 kg, 20240315.",
    ],
)
def test_other_numbers_are_not_phone_numbers(text: str) -> None:
    assert phones(text) == []
    assert phones(text, "en-US") == []


def test_phone_finding_is_a_warning_with_a_fix_and_correct_offsets() -> None:
    text = "😊 Hi\u200b! Call (415) 555-0132 today."
    (item,) = check_phones(Message(text=text))
    assert item.severity == "warn"
    assert text[item.start : item.end] == "(415) 555-0132"
    assert item.fix is not None and item.fix.label == "Remove the phone number"
    assert item.fix.apply(text) == "😊 Hi\u200b! Call today."  # one space left


def test_regions_follow_the_buyer_language() -> None:
    assert regions_for("de-AT")[:3] == ("AT", "DE", "CH")
    assert regions_for("fr")[0] == "FR"
    assert regions_for("")[:2] == ("US", "GB")
    assert "ZZ" not in regions_for("xx-ZZ")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thanks 😊 a lot", ["😊"]),
        ("Done ✅ and ⭐ rated", ["✅", "⭐"]),
        ("Love ❤️ it", ["❤️"]),
        ("Love \u2764 it", ["\u2764"]),
        ("Fine 👍🏽 ok", ["👍🏽"]),
        ("Family 👨\u200d👩\u200d👧\u200d👦 photo", ["👨\u200d👩\u200d👧\u200d👦"]),
        ("Doctor 👩🏽\u200d⚕️ here", ["👩🏽\u200d⚕️"]),
        ("From the UK 🇬🇧 and 🇩🇪", ["🇬🇧", "🇩🇪"]),
        ("Step 1️⃣ then #️⃣", ["1️⃣", "#️⃣"]),
        (
            "Wales 🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f flag",
            ["🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"],
        ),
        ("Party 🎉🎂", ["🎉", "🎂"]),
        ("Rainbow 🏳️\u200d🌈 flag", ["🏳️\u200d🌈"]),
        ("Brand™️ with selector", ["™️"]),
    ],
)
def test_emoji_sequences_are_single_findings(text: str, found: list[str]) -> None:
    assert emoji(text) == found


def test_text_symbols_are_not_emoji() -> None:
    text = "Hearth & Co™ ©2026 ® 250°C • 100% cotton ✓ ✔ → ★★★★☆ ▶ ↔ 5★"
    assert emoji(text) == []


def test_emoji_offsets_and_fix() -> None:
    text = "a\u200bb 😊 c 👍🏽!"
    found = list(check_emoji(Message(text=text)))
    assert [(f.start, f.end) for f in found] == [(4, 5), (8, 10)]
    assert found[1].fix is not None and found[1].fix.apply(text) == "a\u200bb 😊 c!"
    assert all(f.severity == "block" for f in found)


def test_emoji_from_html_entity_text() -> None:
    from composer.sanitize.htmltext import message_from_html

    message = message_from_html("<p>Thanks &#128522; see you</p>")
    assert [f.excerpt for f in check(message) if f.rule == "emoji"] == ["😊"]
