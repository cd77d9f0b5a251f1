"""Links and e-mail addresses: every disguise is caught, ordinary numbers and sentences are not."""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy import Element, Message
from composer.policy.detect_links import find
from composer.policy.detectors import check_elements, check_links

MY_RULES = {"link", "email-address", "phone-number", "emoji"}


def rules_in(text: str) -> dict[str, list[str]]:
    """Rule id -> excerpts of its non-info findings, for the four detector rules."""
    found: dict[str, list[str]] = {}
    for item in check(Message(text=text)):
        if item.rule in MY_RULES and item.severity != "info":
            found.setdefault(item.rule, []).append(item.excerpt)
    return found


LINKS = [
    # (text, the excerpt that must be flagged)
    ("See https://www.example-shop.com/help for details.", "https://www.example-shop.com/help"),
    ("Go to HTTPS://WWW.EXAMPLE.COM now", "HTTPS://WWW.EXAMPLE.COM"),
    ("Visit WwW.shop-things.net please", "WwW.shop-things.net"),
    ("Our page is myshop.co.uk if you need it.", "myshop.co.uk"),
    ("Colours are on sunny.store today", "sunny.store"),
    ("Type example dot com into the browser", "example dot com"),
    ("Go to www dot shop dot net", "www dot shop dot net"),
    ("Open example dot com slash help", "example dot com slash help"),
    ("See example[.]com for it", "example[.]com"),
    ("See example(.)com for it", "example(.)com"),
    ("See example{dot}com for it", "example{dot}com"),
    ("See example[dot]com for it", "example[dot]com"),
    ("See example [.] com for it", "example [.] com"),
    ("It is at www . shop . net too", "www . shop . net"),
    ("Please check example .com today", "example .com"),
    ("Please check example. com today", "example. com"),
    ("hxxp://bad-site.org/x is the file", "hxxp://bad-site.org/x"),
    ("hxxps://example[.]com/test is it", "hxxps://example[.]com/test"),
    ("Try http__example.com/test now", "http__example.com/test"),
    ("Try h**p://example.com/a now", "h**p://example.com/a"),
    ("Use bit.ly/3xAbc to watch", "bit.ly/3xAbc"),
    ("Use tinyurl.com/y6abc to watch", "tinyurl.com/y6abc"),
    ("Product is at amzn.to/3kQ9xYz thanks", "amzn.to/3kQ9xYz"),
    ("Short t.co/abc123 link", "t.co/abc123"),
    ("Short goo.gl/maps/x link", "goo.gl/maps/x"),
    ("Server 192.168.0.1 has it", "192.168.0.1"),
    ("Server http://10.0.0.7:8080/fw has it", "http://10.0.0.7:8080/fw"),
    ("Server 192[.]168[.]0[.]1 has it", "192[.]168[.]0[.]1"),
    ("See ｅｘａｍｐｌｅ．ｃｏｍ now", "ｅｘａｍｐｌｅ．ｃｏｍ"),
    ("See \u0435\u0445\u0430mple.com now", "\u0435\u0445\u0430mple.com"),
    ("See exa\u200bmple.com now", "exa\u200bmple.com"),
    ("See exa\u00admple\u2060.com now", "exa\u00admple\u2060.com"),
    ("See example\ufeff.com now", "example\ufeff.com"),
    ("See example\u3002com now", "example\u3002com"),
    ("Look at http://amazon.com/deal (not secure)", "http://amazon.com/deal"),
    ("Fake https://amazon.com.evil.net/login page", "https://amazon.com.evil.net/login"),
]


@pytest.mark.parametrize(("text", "excerpt"), LINKS)
def test_links_are_found_with_the_disguise_as_excerpt(text: str, excerpt: str) -> None:
    found = rules_in(text)
    assert excerpt in found.get("link", []), found


EMAILS = [
    ("Write to support@shop-things.com today", "support@shop-things.com"),
    ("Write to Sarah.Jones+returns@outlook.co.uk today", "Sarah.Jones+returns@outlook.co.uk"),
    ("Email name at example dot com please", "name at example dot com"),
    ("Email name (at) example (dot) com please", "name (at) example (dot) com"),
    ("Email name [at] example [dot] com please", "name [at] example [dot] com"),
    ("Email myuser/AT/example/DOT/com please", "myuser/AT/example/DOT/com"),
    ("Email name{at}example{dot}com please", "name{at}example{dot}com"),
    ("Email tom.baker @ garden.com please", "tom.baker @ garden.com"),
    ("Email mailto:someone@example.org please", "mailto:someone@example.org"),
    ("Email lucy.crafts at gmail.com please", "lucy.crafts at gmail.com"),
    ("Email ｎａｍｅ＠ｅｘａｍｐｌｅ．ｃｏｍ please", "ｎａｍｅ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
    ("Email na\u200bme@exam\u200bple.com please", "na\u200bme@exam\u200bple.com"),
]


@pytest.mark.parametrize(("text", "excerpt"), EMAILS)
def test_email_addresses_are_found_whole(text: str, excerpt: str) -> None:
    found = rules_in(text)
    assert found.get("email-address") == [excerpt], found
    assert "link" not in found, "the domain of an address is not a second, separate link"


PRECISE = [
    "Your order 113-4567890-1234567 has shipped.",
    "UPS 1Z999AA10123456784, Amazon TBA123456789000, USPS 9400111899223197428490.",
    "DHL tracking 1234567890 arrives Monday.",
    "ASIN B07XJ8C8F5 costs $19.99 or €1.299,00 in the EU.",
    "Use 2.5 parts water. Firmware v2.1.3 is installed.",
    "The box is 10.5 x 4.2 cm and the cable 2.5mm.",
    "Made on 12.03.2026, shipped 2026-03-12 at 14:30.",
    "ZIP 94043-1351, SKU 4902-2211-0093, ISBN 978-0-306-40615-7.",
    "I attached manual.pdf, invoice_113.docx and photo.JPG for you.",
    "Also setup.zip and readme.md are in the folder.",
    "It left today.Tracking will update soon.",
    "It arrived.Thanks for waiting.",
    "The box.It was damaged.",
    "it arrived.today we opened it",
    "Please check it.is it the right one?",
    "See Your Orders on Amazon.com for the status.",
    "Thank you for shopping on Amazon.co.uk with us.",
    "Buy on Amazon.de or Amazon.com, both work.",
    "The driver will leave it at the door.",
    "A polka dot print, dots are white.",
    "Look at the photo, the part is at the top.",
    "Version 10.0.19045.3570 or later is needed.",
    "Price: 1 299 999,00 and 98.6% positive feedback.",
    "E.g. the blue one, i.e. the smaller size, at 5 p.m. today.",
    "We sold 2 @ $5 each.",
]


@pytest.mark.parametrize("text", PRECISE)
def test_ordinary_numbers_files_and_sentences_are_not_flagged(text: str) -> None:
    assert rules_in(text) == {}


def test_secure_amazon_link_is_info_only() -> None:
    text = "Return it here: https://www.amazon.co.uk/gp/css/order-history thanks"
    findings = [f for f in check(Message(text=text)) if f.rule == "link"]
    assert [(f.severity, f.excerpt) for f in findings] == [
        ("info", "https://www.amazon.co.uk/gp/css/order-history")
    ]
    assert findings[0].fix is None


def test_sellercentral_and_amazon_place_name() -> None:
    hits = find("Open https://sellercentral.amazon.de/help or say Amazon.com")
    assert [(h.kind, h.severity) for h in hits] == [("amazon", "info")]


def test_offsets_point_at_original_text_after_invisible_and_astral_chars() -> None:
    text = "😊😊 Hi\u200b\u200b, see ex\u200bample.com, or 𝐞𝐱𝐚𝐦𝐩𝐥𝐞.net!"
    links = [f for f in check_links(Message(text=text)) if f.rule == "link"]
    assert [f.excerpt for f in links] == ["ex\u200bample.com", "𝐞𝐱𝐚𝐦𝐩𝐥𝐞.net"]
    for item in links:
        assert text[item.start : item.end] == item.excerpt
        assert item.fix is not None
        assert item.fix.label == "Remove the link"
        assert "ample" not in item.fix.apply(text)[item.start : item.start + 3]


def test_fix_removes_the_whole_disguise() -> None:
    text = "Mail me: name (at) shop (dot) com. Thanks"
    (item,) = [f for f in check_links(Message(text=text))]
    assert item.rule == "email-address"
    assert item.fix is not None and item.fix.label == "Remove the email address"
    assert item.fix.apply(text) == "Thanks"  # its introducing words go with it
    assert "name@shop.com" in item.message


def test_every_finding_quotes_its_own_excerpt() -> None:
    text = "Go to www.shop-things.net or write to a@shop-things.net"
    for item in check_links(Message(text=text)):
        assert item.excerpt == text[item.start : item.end]
        assert item.excerpt.split()[0][:5] in item.message


def test_html_href_and_src_are_link_findings_on_the_element_text() -> None:
    text = "Read the care guide. \ufffc Mail us"
    elements = (
        Element("a", 9, 19, (("href", "https://www.candles.example.com/care"),)),
        Element("img", 21, 22, (("src", "http://cdn.shop.net/a.png"),)),
        Element("a", 23, 30, (("href", "mailto:help@candles.com"),)),
        Element("a", 0, 4, (("href", "https://www.amazon.com/gp/help"),)),
        Element("p", 0, 20),
    )
    found = list(check_elements(Message(text=text, elements=elements)))
    summary = [(f.rule, f.severity, f.excerpt) for f in found]
    assert summary == [
        ("link", "block", "care guide"),
        ("link", "block", "\ufffc"),
        ("email-address", "block", "Mail us"),
        ("link", "info", "Read"),
    ]
    assert "candles.example.com" in found[0].message


def test_html_element_with_empty_span_is_widened_or_skipped() -> None:
    href = (("href", "http://x.example.com"),)
    found = list(check_elements(Message(text="ab", elements=(Element("a", 1, 1, href),))))
    assert [(f.start, f.end) for f in found] == [(1, 2)]
    found = list(check_elements(Message(text="ab", elements=(Element("a", 2, 2, href),))))
    assert [(f.start, f.end) for f in found] == [(1, 2)]
    assert list(check_elements(Message(text="", elements=(Element("a", 0, 0, href),)))) == []


def test_corpus_style_defanged_forms() -> None:
    for text in [
        "http:\\\\example.com/test",
        "https:__example/test",
        "hxxp://example.]com/test",
        "http://example[.com/test",
        "a[.]b[.]example[.]com",
        "example[.]com!!!!",
        "short[.]is",
        "myuser { at ) example {  doT ])] com [dot tld",
        "tcp://192.168.1.1/test",
        "//localhost:8080/x",
    ]:
        assert find(text), text


def test_spelled_at_after_a_noun_phrase_is_a_link_not_an_email() -> None:
    """ "the whole range at shop(.)co(.)uk" is a shop link; "anna at shop dot co dot uk" is mail."""
    hits = find("You can see the whole range at petalsandpots(.)co(.)uk every week.")
    assert [hit.kind for hit in hits] and all(hit.kind != "email" for hit in hits)
    hits = find("Email me directly: anna at kettlecorner dot co dot uk please.")
    assert [hit.kind for hit in hits] == ["email"]


@pytest.mark.parametrize(("text", "excerpt"), [
    ("Schreiben Sie an jana at gmail dot com oder rufen Sie an.", "jana at gmail dot com"),
    ("Schreiben Sie an jana ät gmx punkt net, danke.", "jana ät gmx punkt net"),
    ("Schreiben Sie an max (at) web (punkt) de.", "max (at) web (punkt) de"),
    ("Or write to an bob at shop dot com today.", "bob at shop dot com"),
])
def test_a_spelled_address_after_german_an_is_one_email(text: str, excerpt: str) -> None:
    """German "an" ("to") is no English article: the name before "at" belongs to the address."""
    found = rules_in(text)
    assert found.get("email-address") == [excerpt], found
    assert "link" not in found


def test_english_an_before_a_vowel_still_reads_as_prose() -> None:
    found = rules_in("Please send an update at shopname dot com today.")
    assert found.get("link") == ["shopname dot com"] and "email-address" not in found, found
