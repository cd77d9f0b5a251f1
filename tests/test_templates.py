"""The built-in template library: complete, compliant by construction, and fillable."""

from __future__ import annotations

import json
import re

import pytest

from composer.appdata.resources import resource_path
from composer.compose.engine import check
from composer.message.header import Header
from composer.message.messagetypes import message_type
from composer.message.templates import (
    LANGUAGES,
    FilledTemplate,
    Template,
    all_templates,
    body_to_html,
    fill_template,
    get_template,
    placeholder_descriptions,
    purposes,
    templates_for,
    values_from_header,
)
from composer.policy import Message
from composer.policy.rulebook import rulebook

SELLER = "Oakfield Furniture"
ORDER_ID = "113-4567890-1234567"
VALUES = {
    "order_id": ORDER_ID,
    "product": "Oak bedside table",
    "delivery_date": "14 December 2026",
    "new_date": "18 December 2026",
    "proposed_date": "Tuesday 15 December",
    "seller_name": SELLER,
    "buyer_name": "Sarah Miller",
    "answer": "The table top is solid oak, 60 cm wide and 40 cm deep, with a clear matt oil "
              "finish. It arrives fully assembled.",
}
EXPECTED_PURPOSES = {
    "delivery-problem": "unexpectedProblem",
    "customisation-question": "confirmCustomizationDetails",
    "delivery-scheduling": "confirmDeliveryDetails",
    "invoice": "invoice",
    "warranty": "warranty",
    "review-request": None,
    "return-instructions": "reply",
    "product-question": "reply",
    "feedback-removal-request": "reply",
}
EVERY = all_templates()


def test_every_language_has_every_purpose_with_the_same_type() -> None:
    for language in LANGUAGES:
        found = {t.purpose: t.message_type for t in templates_for(language)}
        assert found == EXPECTED_PURPOSES, language
    assert purposes() == list(EXPECTED_PURPOSES)


def test_data_files_carry_a_version_stamp() -> None:
    for language in LANGUAGES:
        data = json.loads(resource_path("templates", f"{language}.json").read_text("utf-8"))
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["version"]), language
        assert data["language"] == language


def test_ids_are_unique_and_found_again() -> None:
    ids = [t.id for t in EVERY]
    assert len(ids) == len(set(ids)) == len(LANGUAGES) * len(EXPECTED_PURPOSES)
    assert get_template("invoice.de").language == "de"
    with pytest.raises(KeyError):
        get_template("invoice.nl")


@pytest.mark.parametrize("template", EVERY, ids=lambda t: t.id)
def test_templates_use_only_documented_placeholders(template: Template) -> None:
    assert set(template.placeholders) <= set(placeholder_descriptions())
    assert template.name.strip() and template.subject.strip() and template.note.strip()
    assert "\n\n\n" not in template.body  # never more than one blank line


@pytest.mark.parametrize("template", EVERY, ids=lambda t: t.id)
def test_proactive_templates_carry_the_order_id_in_the_body(template: Template) -> None:
    proactive = template.message_type is None or message_type(template.message_type).proactive
    if proactive:
        assert "{order_id}" in template.body


@pytest.mark.parametrize("template", EVERY, ids=lambda t: t.id)
def test_filled_templates_fit_their_type_limit(template: Template) -> None:
    if template.message_type is None:
        return
    limit = message_type(template.message_type).text_limit
    filled = fill_template(template, VALUES)
    assert limit is None or len(filled.body) <= limit


@pytest.mark.parametrize("template", EVERY, ids=lambda t: t.id)
def test_filled_templates_pass_the_policy_check(template: Template) -> None:
    filled = fill_template(template, VALUES)
    assert filled.unfilled == []
    findings = check(Message(text=filled.body, message_type=template.message_type,
                             subject=filled.subject, business_name=SELLER, order_id=ORDER_ID,
                             buyer_language=template.language, product_name=VALUES["product"]))
    blocks = [f for f in findings if f.severity == "block"]
    assert blocks == [], "\n".join(
        f"{f.rule}: {f.excerpt!r} ({f.message})" for f in blocks)


def test_an_unfilled_template_is_blocked_by_the_checker() -> None:
    assert "unfilled-placeholder" in rulebook().rules
    template = get_template("delivery-problem.en")
    filled = fill_template(template, {"order_id": ORDER_ID, "seller_name": SELLER})
    assert filled.unfilled == ["buyer_name", "product", "new_date"]
    findings = check(Message(text=filled.body, message_type=template.message_type,
                             subject=filled.subject, business_name=SELLER, order_id=ORDER_ID))
    left = [f.excerpt for f in findings if f.rule == "unfilled-placeholder"]
    assert left == ["{buyer_name}", "{product}", "{new_date}"]
    assert all(f.severity == "block" for f in findings if f.rule == "unfilled-placeholder")


def test_fill_keeps_unknown_and_empty_values_as_placeholders() -> None:
    template = Template(id="t", purpose="p", language="en", name="n", message_type="reply",
                        subject="Order {order_id}", body="Hi {buyer_name}, {x} and {order_id}.")
    filled = fill_template(template, {"order_id": ORDER_ID, "buyer_name": "  "})
    assert filled == FilledTemplate(subject=f"Order {ORDER_ID}",
                                    body=f"Hi {{buyer_name}}, {{x}} and {ORDER_ID}.",
                                    unfilled=["buyer_name", "x"])


def test_fill_does_not_fill_inside_a_value() -> None:
    template = Template(id="t", purpose="p", language="en", name="n", message_type="reply",
                        subject="", body="{answer} / {product}")
    filled = fill_template(template, {"answer": "Use {product} here", "product": "Lamp"})
    assert filled.body == "Use {product} here / Lamp"


def test_the_buyers_language_comes_first() -> None:
    ordered = all_templates(prefer_language="de")
    count = len(EXPECTED_PURPOSES)
    assert {t.language for t in ordered[:count]} == {"de"}
    assert [t.language for t in ordered[count::count]] == ["en", "fr", "es", "it"]
    assert [t.id for t in all_templates("xx")] == [t.id for t in EVERY]


def test_values_from_header_and_html() -> None:
    values = values_from_header(Header(order_id=" 113-4567890-1234567 "), SELLER, product="Lamp")
    assert values == {"order_id": ORDER_ID, "seller_name": SELLER, "product": "Lamp"}
    assert body_to_html("Hello <you>,\n\nLine 1\nLine 2") == (
        "<p>Hello &lt;you&gt;,</p><p>Line 1<br>Line 2</p>")


def test_the_review_request_has_no_type_and_says_why() -> None:
    for language in LANGUAGES:
        template = get_template(f"review-request.{language}")
        assert template.message_type is None
        assert "Request a Review" in template.note


# A guard that does not wait for the other languages' phrase lists: words that steer a
# review, or contact details, in any of the five languages.
FORBIDDEN = re.compile(
    r"https?:|www\.|@|\.com\b|positive?|positiv|5\s*(?:stars|sterne|étoiles|estrellas|stelle)|"
    r"five stars|if you(?:'re| are) happy|zufrieden|satisfait|satisfecho|soddisfatt|"
    r"discount|rabatt|réduction|descuento|sconto|gutschein|coupon|cupón|buono",
    re.IGNORECASE,
)


@pytest.mark.parametrize("template", EVERY, ids=lambda t: t.id)
def test_no_contact_details_or_review_steering_in_any_language(template: Template) -> None:
    text = template.subject + "\n" + template.body
    assert FORBIDDEN.findall(text) == []


# The Delivered field records a delivery that happened (it drives the 30-day window), so a
# template for an order still on its way never asks for it: the seller types the date.
UNDELIVERED_TYPES = {"unexpectedProblem", "confirmDeliveryDetails"}


@pytest.mark.parametrize("template", all_templates(), ids=lambda t: t.id)
def test_templates_for_undelivered_orders_never_use_the_delivered_field(template) -> None:
    if template.message_type not in UNDELIVERED_TYPES:
        return
    text = template.subject + template.body
    assert "{delivery_date}" not in text
    assert "{new_date}" in text or "{proposed_date}" in text


def test_the_help_guide_names_placeholders_as_templates_write_them() -> None:
    guide = resource_path("help", "guide.md").read_text(encoding="utf-8")
    known = set(json.loads(resource_path("templates", "placeholders.json")
                           .read_text(encoding="utf-8"))["placeholders"])
    named = set(re.findall(r"`\{([^}`]*)\}`", guide))
    assert named and named <= known
