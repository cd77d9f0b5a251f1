"""Strict address parsing and control characters in header values (composer.message.header)."""

from __future__ import annotations

import pytest

from composer.mail import syntax
from composer.mail.syntax import AddressProblem, parse_mailbox
from composer.message import header


@pytest.mark.parametrize(("value", "kind"), [
    ("evil@evil.com <anna@shop.example>", "many"),  # the name is another address
    ('"evil@evil.com" <anna@shop.example>', "name"),
    ("=?utf-8?b?ZXZpbEBldmlsLmNvbQ==?= <anna@shop.example>", "name"),  # evil@evil.com
    ("Anna\r\n <evil@evil.com>", "control"),
    ("=?utf-8?q?Anna=0D=0A?= <anna@shop.example>", "control"),
    ("evil%evil.com,abc@marketplace.amazon.com", "many"),
    ("evil%evil.com@marketplace.amazon.com", "invalid"),  # old relay routing
    ("a@x.com; b@y.com", "many"),
    ("a@b@marketplace.amazon.com", "many"),
    ("evil<x>@marketplace.amazon.com", "invalid"),
    ("Group: a@x.com, b@y.com;", "group"),
    ("Group:;", "group"),
    ("a@b.com (comment)", "invalid"),
    ("jürgen@shop.de", "accents"),
    ("x" * 65 + "@shop.de", "long"),
    ("a@" + "d" * 250 + ".com", "long"),
    ("N" * 201 + " <a@shop.de>", "long"),
    ("a@b", "invalid"),
    ("a@-b.com", "invalid"),
    ("a..b@shop.de", "invalid"),
    ("a@shop.de\u202e", "control"),
])
def test_anything_but_exactly_one_plain_address_is_refused(value, kind):
    with pytest.raises(AddressProblem) as caught:
        parse_mailbox(value)
    assert caught.value.kind == kind
    assert "object has no attribute" not in str(caught.value)


@pytest.mark.parametrize(("value", "name", "address"), [
    ("abc@marketplace.amazon.com", "", "abc@marketplace.amazon.com"),
    ("  Jane Doe <abc@marketplace.amazon.co.uk> ", "Jane Doe", "abc@marketplace.amazon.co.uk"),
    ('"Doe, Jane" <abc@marketplace.amazon.de>', "Doe, Jane", "abc@marketplace.amazon.de"),
    ('"Say \\"hi\\"" <a@shop.de>', 'Say "hi"', "a@shop.de"),
    ("Jürgen's Shop <info@bücher.de>", "Jürgen's Shop", "info@bücher.de"),
    ("first.last+tag@shop.co.uk", "", "first.last+tag@shop.co.uk"),
])
def test_one_address_with_or_without_a_name_is_read(value, name, address):
    box = parse_mailbox(value)
    assert (box.name, box.address) == (name, address)


def test_idna_domains_have_an_ascii_form():
    assert parse_mailbox("info@bücher.de").ascii_address == "info@xn--bcher-kva.de"


@pytest.mark.parametrize("value", [
    "evil<x>@marketplace.amazon.com",
    "evil%evil.com,abc@marketplace.amazon.com",
    "abc@marketplace.amazon.com, evil@evil.com",
    "evil@evil.com <abc@marketplace.amazon.com>",
    "Buyers: abc@marketplace.amazon.com;",
    "Jane\r\n <abc@marketplace.amazon.com>",
])
def test_an_alias_only_when_the_whole_field_is_one(value):
    problem = header.check_alias(value)
    assert problem is not None and problem.blocking


def test_the_group_and_two_address_messages_say_what_to_do():
    group = header.check_alias("Buyers: abc@marketplace.amazon.com;")
    assert group is not None and "group" in group.text and "exactly one" in group.text
    many = header.check_alias("a@marketplace.amazon.com, b@marketplace.amazon.com")
    assert many is not None and "more than one address" in many.text


def test_a_name_before_an_alias_is_still_the_alias():
    assert header.check_alias("Jane <abc@marketplace.amazon.com>") is None
    assert header.normalise_alias("Jane <abc@marketplace.amazon.com>") == \
        "abc@marketplace.amazon.com"
    # The name is not the address: nothing to reduce, the check says why.
    assert header.normalise_alias("evil@evil.com <abc@marketplace.amazon.com>") == \
        "evil@evil.com <abc@marketplace.amazon.com>"


@pytest.mark.parametrize(("value", "words"), [
    ("Hi\r\nBcc: x", "carriage return"),
    ("Hi\nthere", "line break"),
    ("Hi\tthere", "tab"),
    ("Hi\x1b[31m", "escape"),
    ("Hi\u2028there", "U+2028"),
    ("Hi\x85there", "U+0085"),
    ("Hi\udcffthere", "not text"),
    ("=?utf-8?q?Hi=0D=0ABcc:_x?=", "hidden in =?…?= encoded text"),
    ("=?UTF-8?B?SGkKdGhlcmU=?=", "hidden"),
    ("=?utf-8?q?a b=0A?=", "hidden"),  # the email package allows a space inside
    ("=?x-unknown?q?a=0Ab?=", "hidden"),
    ("=?utf-16?b?YQAKAA==?=", "hidden"),  # "a\n" in UTF-16
])
def test_control_characters_are_found_as_typed_and_when_decoded(value, words):
    problem = syntax.header_value_problem(value, "The subject")
    assert problem is not None and words in problem
    subject = header.check_subject(value)
    assert subject is not None and subject.blocking


@pytest.mark.parametrize("value", ["Ihre Bestellung – Versand", "=?utf-8?q?Caf=C3=A9?=",
                                   "50% =? ?= odd", "=?" * 500, "עברית \u200f"])
def test_ordinary_values_pass(value):
    assert syntax.header_value_problem(value, "The subject") is None


def test_option_problem_is_one_sentence_for_check_and_export():
    assert syntax.option_problem("Hello", ["/tmp/a.pdf"]) is None
    assert "--subject" in (syntax.option_problem("a\rb", []) or "")
    named = syntax.option_problem("Hello", ["/tmp/in\rvoice.pdf"]) or ""
    assert "The file name “in?voice.pdf”" in named and "\r" not in named


def test_settings_refuse_a_from_that_is_not_one_address(tmp_path):
    from composer.appdata.settings import Settings, SettingsError

    settings = Settings(tmp_path)
    for bad in ("evil@evil.com <anna@shop.example>", "anna@shop.example, evil@evil.com",
                "Team: anna@shop.example;", "my shop"):
        with pytest.raises(SettingsError):
            settings.set("from_address", bad)
    settings.set("from_address", "Anna's Shop <anna@shop.example>")
    settings.set("from_address", "")
    assert settings.get("from_address") == ""


def test_sending_refuses_a_message_with_more_than_one_recipient():
    from composer.export.smtp import SendError, envelope

    head = (b"From: shop@example.com\r\nTo: abc@marketplace.amazon.com\r\n"
            b"Subject: Hi\r\n\r\nHello\r\n")
    assert envelope(head) == ("shop@example.com", ["abc@marketplace.amazon.com"])
    for tampered in (head.replace(b"Subject", b"Bcc: evil@evil.com\r\nSubject"),
                     head.replace(b"To: abc", b"To: evil@evil.com, abc"),
                     head.replace(b"Subject", b"To: evil@evil.com\r\nSubject"),
                     head.replace(b"From: shop", b"From: evil@evil.com, shop"),
                     head.replace(b"To: abc", b"To: Group: abc")):
        with pytest.raises(SendError):
            envelope(tampered)
