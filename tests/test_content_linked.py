"""Review rewards spread over sentences, negation across lists, and the red-team fixes."""

from __future__ import annotations

import re

import pytest

from composer.appdata.resources import load_json
from composer.compose.engine import check
from composer.policy import Message
from composer.policy.phrases import ASK_RULE, phrase_set


def findings(text: str, rule: str) -> list:
    return [f for f in check(Message(text=text, message_type="reply")) if f.rule == rule]


LINKED = [
    (
        "If you're happy with your purchase please leave us a review. "
        "As a thank you we'll send you a £10 gift card.",
        "gift card",
    ),
    (
        "Could you spare a minute to review it on Amazon? We'll then post you a free recipe book.",
        "free recipe",
    ),
    (
        "We'd love your honest review of the scarf.\n\nTo say thanks, we'll give you 25% off.",
        "25% off",
    ),
    (
        "We'd like to send you our new garlic press for free. In return we only ask for your "
        "honest review.",
        "for free",
    ),
    ("Once you've left feedback, message us for a free gift!", "free gift"),
    (
        "After you post your review just drop us a message and we will send a discount code.",
        "discount",
    ),
    ("Every review enters you into our monthly prize draw to win a tablet!", "prize"),
    ("If you change it to 5 stars we will refund the full price of the order.", "refund"),
    (
        "Please leave us a review when you can. As a thank you we will refund your postage.",
        "refund",
    ),
]


@pytest.mark.parametrize(("text", "reward"), LINKED, ids=[t[:40] for t, _ in LINKED])
def test_reward_tied_to_a_review_request(text: str, reward: str) -> None:
    found = findings(text, "review-incentive")
    assert found, [(f.rule, f.excerpt) for f in check(Message(text=text))]
    assert any(f.excerpt.lower().startswith(reward) for f in found), [f.excerpt for f in found]
    for finding in found:
        assert finding.excerpt == text[finding.start : finding.end]
        assert finding.fix is not None and finding.fix.start <= finding.start < finding.fix.end


NOT_LINKED = [
    # A refund for a damaged item and a neutral review request, not tied together.
    "Sorry the plates arrived chipped. We have refunded you in full today. If you have a "
    "moment, would you consider leaving a review of your experience?",
    # The seller reviews the photos; nobody is asked for a review.
    "Thanks for the photos. Our team will review them today and then we'll refund you.",
    # A gift for someone else, then a neutral request.
    "We added a gift receipt, as the scarf is a gift for your mum. If you have a moment "
    "later on, please share your honest feedback on Amazon.",
    # The rewards are refused.
    "We are not allowed to offer anything in return, and we cannot offer a discount or a "
    "coupon. You are welcome to leave an honest review.",
    # A refund far from the request, with nothing tying the two.
    "Please leave a review if you have time.\nThe driver comes on Monday.\nThe box is "
    "heavy.\nWe refunded the postage yesterday.",
    # A complaint about a bad review answered with a refund in another sentence.
    "I saw the negative feedback you left about the late delivery. We have refunded the "
    "postage of £4.99 for the delay.",
]


@pytest.mark.parametrize("text", NOT_LINKED, ids=[t[:40] for t in NOT_LINKED])
def test_no_reward_without_a_tie(text: str) -> None:
    found = [(f.rule, f.excerpt) for f in check(Message(text=text, message_type="reply"))]
    assert not [item for item in found if item[0] == "review-incentive"], found


def test_one_finding_when_a_sentence_pattern_already_found_it() -> None:
    text = "Leave a review and we'll send you a free gift card!"
    assert len(findings(text, "review-incentive")) == 1


def test_linked_finding_says_why() -> None:
    text = "Please leave a review. As a thank you we'll send a £10 voucher."
    found = [f for f in findings(text, "review-incentive") if "voucher" in f.excerpt]
    assert found and "review" in found[0].message and "voucher" in found[0].message


def test_review_requests_are_internal() -> None:
    """The request patterns only feed the linked check: they never show as findings."""
    assert any(p.rule_id == ASK_RULE for p in phrase_set("en").patterns)
    text = "Please leave a review on Amazon when you have a moment."
    assert all(not f.rule.startswith("_") for f in check(Message(text=text)))


def test_context_patterns_are_lower_case() -> None:
    section = load_json("policy", "phrases", "en.json")["review_incentive_context"]
    for key in ("ask", "reward", "weak_reward", "cue"):
        assert section[key], key
        for pattern in section[key]:
            stripped = re.sub(r"\\[A-Za-z]|\(\?P<\w+>|\{\w+\}", "", pattern)
            assert stripped == stripped.lower(), (key, pattern[:50])


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, we don't offer discounts, vouchers or price matching on this item.",
        "Unfortunately we are not able to offer a discount or a coupon on this item.",
        "The item was on sale on Amazon last week, which is why the price is higher now.",
    ],
)
def test_negation_reaches_across_a_list(text: str) -> None:
    assert not findings(text, "marketing")


def test_a_list_does_not_cancel_a_later_offer() -> None:
    text = "No problem, use code SAVE10 for 10% off. We don't do refunds, but coupons, yes."
    assert findings(text, "marketing")


def test_long_comma_runs_stay_safe() -> None:
    """The list rule looks back a few items only, so a pathological text cannot recurse."""
    assert findings(", " * 20000 + "coupon", "marketing")


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("review-manipulation", "We'd love a 5* review if you have a moment."),
        ("review-manipulation", "If so, a positive review would mean the world to us!"),
        ("upsell", "Have a look at our sister brand Little Acorn for matching cot sheets."),
        ("upsell", "Customers who bought the drone also love our spare battery pack."),
        ("third-party-promotion", "I really recommend the ones from ErgoDesk, they are great."),
        ("off-amazon", "Please ring 0800 123 4567 instead of using Amazon messages."),
        ("off-amazon", "You now have points to spend in our online shop."),
        ("off-amazon", "Best regards,\nMaya\nMaya's Handmade | @mayashandmade"),
    ],
)
def test_red_team_positives(rule: str, text: str) -> None:
    assert findings(text, rule), [(f.rule, f.excerpt) for f in check(Message(text=text))]


@pytest.mark.parametrize(
    "text",
    [
        "For the firmware update we recommend the official guide from Brother in the box.",
        "The tiles come 2 @ 30x30 cm per box. Email us through Amazon messages.",
        "Please reply to this message instead of opening a new case.",
        "Thank you, your great feedback really helps us improve.",
    ],
)
def test_red_team_negatives(text: str) -> None:
    blocks = [(f.rule, f.excerpt) for f in check(Message(text=text)) if f.severity == "block"]
    assert not blocks
