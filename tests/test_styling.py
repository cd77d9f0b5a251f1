"""Styling and accessibility rules: positives, negatives and valid offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.compose.engine import check
from composer.policy import styling
from composer.policy.model import Finding
from composer.sanitize.htmltext import message_from_html

STYLING_IDS = {
    "text-alignment",
    "font-override",
    "font-sizes",
    "line-breaks",
    "insecure-image",
    "external-image",
    "tracking-pixel",
    "gif",
    "image-width",
    "image-alt",
    "link-text",
    "long-sentence",
}
AMAZON_IMG = "https://m.media-amazon.com/images/I/71x.jpg"


def _styling(html: str) -> list[Finding]:
    message = message_from_html(html)
    found = [f for checker in styling.CHECKERS for f in checker(message)]
    for item in found:
        assert 0 <= item.start < item.end <= len(message.text)
        assert item.excerpt == message.text[item.start : item.end]
        assert item.message
    return found


def _rules(html: str) -> set[str]:
    return {f.rule for f in _styling(html)}


@pytest.mark.parametrize(
    ("html", "rule"),
    [
        ('<p style="text-align:center">Thanks</p>', "text-alignment"),
        ('<p style="TEXT-ALIGN: right !important">Thanks</p>', "text-alignment"),
        ("<p align=center>Thanks</p>", "text-alignment"),
        ("<center>Thanks</center>", "text-alignment"),
        ("<p style=\"font-family:'Comic Sans MS'\">Hi</p>", "font-override"),
        ('<span style="color:#ff0000">Hi</span>', "font-override"),
        ('<p style="line-height:2">Hi</p>', "font-override"),
        ('<font face="Arial">Hi</font>', "font-override"),
        ('<font color="red">Hi</font>', "font-override"),
        ("<h1>a</h1><h2>b</h2><h3>c</h3><span style='font-size:9px'>d</span>", "font-sizes"),
        (
            "<font size=1>a</font><font size=2>b</font><font size=3>c</font><font size=4>d</font>",
            "font-sizes",
        ),
        ("<p>a</p><p><br></p><p><br></p><p>b</p>", "line-breaks"),
        ('<img src="http://m.media-amazon.com/x.jpg" alt="x">', "insecure-image"),
        ('<img src="https://myshop.example.com/logo.png" alt="logo">', "external-image"),
        ('<img src="data:image/png;base64,iVBOR" alt="x">', "external-image"),
        ('<img src="cid:ii_123" alt="x">', "external-image"),
        ('<img src="https://t.example.com/o.png" width="1" height="1" alt="">', "tracking-pixel"),
        (f'<img src="{AMAZON_IMG}" style="display:none" alt="x">', "tracking-pixel"),
        (f'<img src="{AMAZON_IMG}" style="width:1px;height:1px" alt="x">', "tracking-pixel"),
        ('<img src="https://m.media-amazon.com/a.GIF?x=1" alt="x">', "gif"),
        ('<img src="data:image/gif;base64,R0lG" alt="x">', "gif"),
        (f'<img src="{AMAZON_IMG}" width="90%" alt="x">', "image-width"),
        (f'<img src="{AMAZON_IMG}" width="500" alt="x">', "image-width"),
        (f'<img src="{AMAZON_IMG}" style="width: 640px" alt="x">', "image-width"),
        (f'<img src="{AMAZON_IMG}">', "image-alt"),
        (f'<img src="{AMAZON_IMG}" alt="  ">', "image-alt"),
        ('Track it <a href="https://www.amazon.com/orders">click here</a>.', "link-text"),
        ('<a href="https://www.amazon.com/orders">Read more...</a>', "link-text"),
    ],
)
def test_rule_found(html: str, rule: str) -> None:
    assert rule in _rules(html)


@pytest.mark.parametrize(
    "html",
    [
        "<p>Plain paragraph, nothing special.</p><p>Second one.</p>",
        '<p style="text-align:left">Left</p><p align="justify">Justified</p>',
        '<p style="margin:0;font-weight:bold;text-align:start">Kept</p>',
        '<p style="color: inherit; font-family: initial">Defaults</p>',
        "<h1>Title</h1><h2>Sub</h2><h3>Small</h3><p>Body</p>",
        "<p>a</p><p><br></p><p>b</p>",
        f'<img src="{AMAZON_IMG}" alt="Blue mug" width="300">',
        f'<img src="{AMAZON_IMG}" alt="Blue mug" width="80%">',
        '<a href="https://www.amazon.com/orders">your order details</a>',
        '<a href="https://www.amazon.com/orders">https://www.amazon.com/orders</a>',
        '<p style="font-weight: bold; /* color: red */">x</p>',
    ],
)
def test_compliant_styling(html: str) -> None:
    assert _styling(html) == []


def test_line_breaks_fix_collapses_the_run() -> None:
    message = message_from_html("<p>Hello</p><p><br></p><p><br></p><p><br></p><p>Bye</p>")
    (item,) = list(styling.check_line_breaks(message))
    assert item.fix is not None
    assert item.fix.apply(message.text) == "Hello\n\nBye"


def test_line_breaks_in_plain_text() -> None:
    from composer.policy.model import Message

    text = "Hi\n\n \n\nthere\n\nok"
    (item,) = list(styling.check_line_breaks(Message(text=text)))
    assert item.excerpt == "\n\n \n\n"


def test_image_finding_points_at_object_character() -> None:
    (item,) = [
        f
        for f in _styling('Logo: <img src="https://x.example/a.png" alt="A">')
        if f.rule == "external-image"
    ]
    assert item.excerpt == "\ufffc"
    assert "x.example" in item.message


def test_insecure_external_gif_gives_three_blocks() -> None:
    rules = _rules('<img src="http://shop.example.com/spin.gif" alt="spinner">')
    assert {"insecure-image", "external-image", "gif"} <= rules


def test_amazon_hosts_are_not_external() -> None:
    for host in (
        "m.media-amazon.com",
        "images-na.ssl-images-amazon.com",
        "g-ecx.images-amazon.com",
    ):
        assert "external-image" not in _rules(f'<img src="https://{host}/a.jpg" alt="a">')
    assert "external-image" in _rules('<img src="https://media-amazon.com.evil.net/a.jpg" alt="a">')


def test_parse_style_is_forgiving() -> None:
    parsed = styling.parse_style("font-family: 'A;B', serif; color:RED !important;;junk; :x")
    assert parsed == {"font-family": "'A;B', serif", "color": "RED"}
    assert styling.parse_style(None) == {}


def test_engine_runs_styling_rules() -> None:
    rules = {f.rule for f in check(message_from_html('<p align="center">Hello</p>'))}
    assert "text-alignment" in rules


def test_rule_metadata_is_complete() -> None:
    from composer.policy.rulebook import rule

    for rule_id in STYLING_IDS:
        assert rule(rule_id).explanation


LABELLED = Path(__file__).parent / "data" / "labelled" / "styling.jsonl"


def _labelled() -> list[dict]:
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line]


def test_labelled_set_is_big_enough() -> None:
    cases = _labelled()
    assert len(cases) >= 15
    assert all("html" in case for case in cases)


@pytest.mark.parametrize("case", _labelled(), ids=lambda case: case["id"])
def test_labelled_styling_messages(case: dict) -> None:
    message = message_from_html(
        case["html"], message_type=case.get("type"), subject=case.get("subject", "")
    )
    found = [f for checker in styling.CHECKERS for f in checker(message)]
    rules = {f.rule for f in found}
    assert set(case["expect"]) <= rules, rules
    if case["compliant"]:
        assert not [f for f in found if f.severity == "block"], found
