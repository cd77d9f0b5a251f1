"""The header validators (pure core)."""

from __future__ import annotations

from datetime import date

import pytest

from composer.message import header


@pytest.mark.parametrize("alias", [
    "k7x2mq9dfl4wz8p@marketplace.amazon.com",
    "abc@marketplace.amazon.co.uk",
    "ABC@Marketplace.Amazon.DE",
    "x1@marketplace.amazon.com.mx",
    "  y2@marketplace.amazon.fr  ",
    "",
])
def test_amazon_aliases_pass(alias: str) -> None:
    assert header.check_alias(alias) is None


def test_a_personal_address_is_warned_about() -> None:
    problem = header.check_alias("sarah.jones@gmail.com")
    assert problem is not None and not problem.blocking
    assert "gmail.com" in problem.text and "marketplace.amazon" in problem.text


def test_a_lookalike_amazon_domain_is_not_an_alias() -> None:
    assert header.check_alias("x@marketplace.amazon.com.evil.net") is not None
    assert header.check_alias("x@amazon.com") is not None


@pytest.mark.parametrize("text", ["sarah", "a@b", "@marketplace.amazon.com", "a b@c.d"])
def test_text_that_is_not_an_address_blocks(text: str) -> None:
    problem = header.check_alias(text)
    assert problem is not None and problem.blocking


@pytest.mark.parametrize("order_id", ["113-4567890-1234567", "203-5839104-7712845", ""])
def test_valid_order_ids(order_id: str) -> None:
    assert header.check_order_id(order_id) is None


@pytest.mark.parametrize("order_id, words", [
    ("113-456789-1234567", "16 digits"),
    ("113-4567890-12345678", "18 digits"),
    ("ABC-4567890-1234567", "14 digits"),
    ("D01-1234567-1234567", "16 digits"),
])
def test_invalid_order_ids_say_what_is_wrong(order_id: str, words: str) -> None:
    problem = header.check_order_id(order_id)
    assert problem is not None and problem.blocking
    assert words in problem.text


def test_order_id_without_dashes_is_explained_and_can_be_tidied() -> None:
    problem = header.check_order_id("11345678901234567")
    assert problem is not None and "dashes" in problem.text
    assert header.normalise_order_id("113 4567890 1234567") == "113-4567890-1234567"
    assert header.normalise_order_id("11345678901234567") == "113-4567890-1234567"
    assert header.normalise_order_id("abc") == "abc"


def test_order_date_in_the_future_blocks() -> None:
    today = date(2026, 11, 26)
    assert header.check_order_date(date(2026, 11, 27), today) is not None
    assert header.check_order_date(date(2026, 11, 26), today) is None
    assert header.check_order_date(None, today) is None


def test_subject_rules() -> None:
    assert header.check_subject("Delivery date for your order") is None
    important = header.check_subject("[ Important ] your order")
    assert important is not None and "Important" in important.text
    assert header.check_subject("x" * 201) is not None


def test_buyer_languages_include_the_five_marketplace_languages() -> None:
    codes = [code for code, _ in header.buyer_languages()]
    assert codes[:5] == ["en", "de", "fr", "es", "it"]


@pytest.mark.parametrize(("pasted", "bare"), [
    ("Jane Doe <k7x2mq9@marketplace.amazon.co.uk>", "k7x2mq9@marketplace.amazon.co.uk"),
    ('"Doe, Jane" <abc@marketplace.amazon.de>', "abc@marketplace.amazon.de"),
    ("mailto:abc@marketplace.amazon.com?subject=Hi", "abc@marketplace.amazon.com"),
    ("  abc@marketplace.amazon.com ", "abc@marketplace.amazon.com"),
    ("not an address <at all>", "not an address <at all>"),
])
def test_an_address_copied_from_an_email_app_is_reduced_to_the_address(pasted, bare) -> None:
    from composer.message.header import normalise_alias

    assert normalise_alias(pasted) == bare
