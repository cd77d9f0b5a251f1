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
    # One finding per number: the block, not the block beside a "may be allowed" warning.
    assert _phone(text) == [("off-amazon", "block")]


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


# ------------------------------------------------- one problem, one finding (engine level)


def _all(text: str) -> list[tuple[str, str, str]]:
    from composer.compose.engine import check

    found = check(Message(text=text, message_type="reply", buyer_language="en"))
    return [(f.rule, f.severity, f.excerpt) for f in found if f.rule != "spelling"]


@pytest.mark.parametrize(
    "text",
    [
        "Call DHL on 0800 123 4567 if it does not arrive by Friday.",
        "Call DHL Express on +44 844 248 0844.",
        "Call Hermes on 0330 808 5456.",
        "Ring Royal Mail on 03457 740 740.",
        "Text DPD on 07700 900123.",
    ],
)
def test_a_carriers_line_is_one_warning_not_an_off_amazon_card(text):
    (only,) = _all(text)
    assert only[:2] == ("phone-number", "warn")


def test_a_number_offered_as_a_persons_is_one_block():
    assert _all("Ring Sandra on 0171 496 0123.") == [
        ("off-amazon", "block", "0171 496 0123")]


def test_call_me_with_a_number_is_one_block_that_removes_the_sentence():
    text = "If anything is wrong, call me, Sandra, on 0171 496 0123 and I will sort it out."
    from composer.compose.engine import check

    (only,) = [f for f in check(Message(text=text, buyer_language="en"))
               if f.rule != "spelling"]
    assert (only.rule, only.severity) == ("off-amazon", "block")
    assert only.fix is not None and only.fix.apply(text).strip() == ""


def test_a_carrier_speaks_only_for_its_own_number():
    found = _all("Call DHL on 0800 123 4567 or ring me on 07700 900123.")
    assert ("phone-number", "warn", "0800 123 4567") in found
    assert ("off-amazon", "block", "ring me") in found
    assert len(found) == 2


# ------------------------------------------------- the word gate is speed only


@pytest.mark.parametrize(
    "text",
    [
        "Message us on WHATSAPP for a faster answer.",
        "Message us on Whats App for a faster answer.",
        "Message us on whatsapp for a faster answer.",
        "Message us on Instagram, we reply within the hour.",
        "Message us on Whatsapp for a faster answer.",
        "Pay us by Bank Transfer and save the fee.",
        "You can PayPal me the difference.",
        "Order directly from us next time and save.",
        "Bestellen Sie beim nächsten Mal direkt bei uns.",
    ],
)
def test_the_word_gate_lets_every_spelling_through(text):
    assert _channel_hits(text), text


def test_every_name_holds_its_gate_word():
    from composer.appdata.resources import load_json
    from composer.policy import channels

    d = channels.data()
    raw = load_json("policy", "channels.json")
    for name in raw["channels"]:
        assert any(w in name.casefold() for w in d.channel_words), name
    for name in raw["payments"]:
        assert any(w in name.casefold() for w in d.payment_words + tuple(
            w.casefold() for w in d.payment_words_in_case)), name
    for pattern in raw["order_direct"]:
        assert any(w in pattern.casefold() for w in d.direct_words), pattern


def _guess(text: str, score: float):
    """The model's off-Amazon warning on the whole of ``text``, at ``score``."""
    from dataclasses import replace

    from composer.policy import intent_check
    from composer.policy.model import Fix

    item = intent_check.rulebook.finding(
        "off-amazon", text, 0, len(text), severity="warn",
        message="This sentence may read as taking the buyer away from Amazon.",
        fix=Fix("Remove this sentence", 0, len(text)))
    return replace(item, detector=intent_check.DETECTOR, score=score)


@pytest.mark.parametrize(
    ("text", "score", "expected"),
    [
        # the model only warns, but a rule found the number it suspected: two readers
        # agree, one block card that removes the sentence
        ("If it will not switch on, give me a bell on 07700 900123 and we'll sort it.", 0.95,
         "block"),
        # a weak guess stays the phone warning
        ("If it will not switch on, give me a bell on 07700 900123 and we'll sort it.", 0.5,
         "phone"),
        # a carrier's line stays the phone warning, however sure the guess
        ("Call DHL on 0800 123 4567 if the parcel is late, they are quick.", 0.95, "phone"),
    ],
)
def test_a_number_in_a_sentence_the_model_reads_as_contact(text, score, expected):
    from composer.policy.oneproblem import one_finding_per_problem

    found = [*check_phones(Message(text=text, buyer_language="en")), _guess(text, score)]
    kept = [(f.rule, f.severity, f.message) for f in one_finding_per_problem(found, text)]
    if expected == "block":
        assert kept == [("off-amazon", "block",
                         "This sentence reads like taking the buyer away from Amazon.")]
    else:
        assert [(rule, severity) for rule, severity, _ in kept] == [("phone-number", "warn")]
