"""Named channels off Amazon: apps, networks, payment elsewhere, ordering direct, phones."""

from __future__ import annotations

import pytest

from composer.policy import Message
from composer.policy.channels import check_channels
from composer.policy.detectors import check_phones


def _channel_hits(text: str) -> list[str]:
    return [f.excerpt for f in check_channels(Message(text=text)) if f.severity == "block"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Message us on Signal if you have questions.", "Signal"),
        ("Add me on WeChat: shoplily88", "WeChat"),
        ("We're on LINE too, ID lilyshop", "LINE"),
        ("Text me on Threema.", "Threema"),
        ("Just WA me when it arrives.", "WA"),
        ("Follow us on Snapchat!", "Snapchat"),
        ("Join our Discord server for tips.", "Discord"),
        ("Check our YouTube channel for the setup video.", "YouTube"),
        ("Find us on X @lilyshop", "X"),
        ("Follow us on IG", "IG"),
        ("Like our FB page", "FB"),
        ("Folgen Sie uns auf Instagram.", "Instagram"),
        ("Suivez-nous sur TikTok !", "TikTok"),
        ("Escríbenos por Telegram.", "Telegram"),
        ("Seguici su Pinterest.", "Pinterest"),
        # payment outside Amazon, five languages
        ("You can pay via PayPal next time.", "PayPal"),
        ("Send the money by bank transfer.", "bank transfer"),
        ("Per Überweisung bezahlen Sie weniger.", "Überweisung"),
        ("Vous pouvez payer par virement.", "virement"),
        ("Puede pagar por transferencia bancaria.", "transferencia"),
        ("Può pagare con bonifico.", "bonifico"),
        ("We take cash too.", "cash"),
        ("Revolut me the difference.", "Revolut"),
        # ordering direct
        ("Next time order directly from us and save.", "order directly from us"),
        ("Bestellen Sie direkt bei uns.", "Bestellen Sie direkt bei uns"),
        ("Commandez directement chez nous.", "Commandez directement chez nous"),
        ("Pida directamente a nosotros.", "Pida directamente a nosotros"),
        ("Ordini direttamente da noi.", "Ordini direttamente da noi"),
    ],
)
def test_an_invitation_off_amazon_blocks(text, name):
    assert _channel_hits(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The X-ray image shows the frame is intact.",
        "Use LINE 2 on the mixer for the microphone.",
        "The set includes a cash drawer and two keys.",
        "A YouTube-style thumbnail is printed on the box.",
        "The phone supports WhatsApp and Signal.",
        "The signal is weak in basements.",
        "Your refund was sent to your original payment method via Amazon.",
        "Amazon refunds the card or PayPal account you paid with.",
        "We cannot accept PayPal or bank transfer: please pay through Amazon only.",
        "The refund arrives by bank transfer within five days.",
        "Cashback is credited by your card issuer.",
        "Das Paket ist direkt bei uns im Lager angekommen.",
        "You can pay for the cash drawer through Amazon.",
    ],
)
def test_product_talk_is_not_a_channel(text):
    assert _channel_hits(text) == []


def _phone(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check_phones(Message(text=text, buyer_language="en"))]


@pytest.mark.parametrize(
    "text",
    [
        "Call Maria on 0161 496 0123 for help.",
        "Ring me on 07700 900123 any time.",
        "My mobile is 07700 900123.",
        "Ask for Tom on 0161 496 0123.",
    ],
)
def test_a_phone_number_offered_as_a_persons_blocks(text):
    assert _phone(text) == [("phone-number", "warn"), ("off-amazon", "block")]


@pytest.mark.parametrize(
    "text",
    [
        "Our number is 0161 496 0123.",
        "You can ring our office on 020 7946 0958 to pick a day.",
        "Call DHL on 0800 123 4567 to rebook the delivery.",
        "The manufacturer's warranty line is 0800 123 4567; ask for Tom there.",
    ],
)
def test_a_bare_company_or_carrier_number_stays_a_warning(text):
    assert _phone(text) == [("phone-number", "warn")]
