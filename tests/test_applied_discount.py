"""A discount already applied to the order is a fact, not marketing; a version is no IP."""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy import Message


def _blocks(text: str) -> list[tuple[str, str]]:
    findings = check(Message(text=text, message_type="reply"))
    return [(f.rule, f.excerpt) for f in findings if f.severity == "block"]


@pytest.mark.parametrize(
    "text",
    [
        "About your question: the Amazon coupon was already applied to your order "
        "113-4567890-1234567, so the price you paid already includes the 10% discount.",
        "The discount from the Amazon promotion was applied at checkout, which is why "
        "the invoice shows a lower total.",
        "Der Amazon-Gutschein wurde bei Ihrer Bestellung bereits abgezogen, deshalb ist der "
        "Rechnungsbetrag niedriger.",
        "Le coupon Amazon a déjà été appliqué à votre commande, la réduction de 10 % est donc "
        "incluse dans le prix payé.",
        "El cupón de Amazon ya se aplicó a su pedido, por eso el importe incluye el descuento "
        "del 10 %.",
        "Il coupon Amazon è già stato applicato al suo ordine, quindi il prezzo pagato include "
        "lo sconto del 10%.",
        "The update to firmware 2.0.1.15 fixes the pairing problem.",
        "Please install version 1.2.3.4 of the app from Amazon's app store page.",
    ],
)
def test_facts_about_the_order_are_not_blocked(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Your coupon was applied, and you get 20% off your next order with code SAVE20.",
         "marketing"),
        ("Use code SAVE10 at checkout for 10% off!", "marketing"),
        ("Der Gutschein wurde abgezogen; mit Code WIEDER10 sparen Sie bei der nächsten "
         "Bestellung.", "marketing"),
        ("Reach our server at 192.168.10.25 for the manual.", "link"),
    ],
)
def test_offers_and_real_addresses_still_block(text, rule):
    assert rule in {r for r, _ in _blocks(text)}
