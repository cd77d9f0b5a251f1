"""clean_html (the buyer's view), the whitelist file, and render_plain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.sanitize import (
    clean_html,
    load_whitelist,
    render_plain,
    shipped_whitelist,
    url_allowed,
)


def _kinds(html: str) -> dict[tuple[str, str], int]:
    return {(r.kind, r.name): r.count for r in clean_html(html).removed}


def test_disallowed_tag_is_stripped_and_words_kept() -> None:
    result = clean_html('<p>Hi <span class="x">there</span> <font color="red">friend</font></p>')
    assert result.html == "<p>Hi there friend</p>"
    assert _kinds("<p>Hi <span>a</span><span>b</span></p>")[("tag", "span")] == 2


def test_script_and_style_are_removed_with_their_content() -> None:
    html = "<p>a</p><script>alert('x')</script><style>p{color:red}</style><iframe>f</iframe>b"
    result = clean_html(html)
    assert result.html == "<p>a</p>b"
    assert ("script", "script") in _kinds(html)


def test_event_handlers_style_class_id_are_dropped() -> None:
    html = '<p onclick="x()" style="color:red" class="c" id="i">t</p>'
    assert clean_html(html).html == "<p>t</p>"
    assert set(_kinds(html)) == {("attribute", n) for n in ("onclick", "style", "class", "id")}


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "&#106;avascript:x",
        "http://a.com",
        "mailto:a@b.com",
        "data:text/html,x",
        "/relative",
        "page.html",
        "//cdn.example.com/x",
        "https://amazon.com@evil.com/",
        "https:///x",
        " vbscript:x",
        "https://a.com\\@b",
    ],
)
def test_non_https_or_odd_links_lose_their_address(href: str) -> None:
    result = clean_html(f'<a href="{href}">words</a>')
    assert result.html == "<a>words</a>"
    assert ("url", "href") in {(r.kind, r.name) for r in result.removed}


@pytest.mark.parametrize("href", ["https://www.amazon.com/gp/css", "HTTPS://a.b.co.uk:443/x?q=1#f"])
def test_https_links_stay(href: str) -> None:
    assert f'href="{href}"' in clean_html(f'<a href="{href}">x</a>').html
    assert url_allowed(href, ["https"])


def test_image_attributes_are_checked() -> None:
    html = (
        '<img src="https://m.media-amazon.com/i.jpg" alt="Mug" width="50%" height="x1" onerror="y">'
    )
    assert (
        clean_html(html).html
        == '<img src="https://m.media-amazon.com/i.jpg" alt="Mug" width="50%">'
    )


def test_comments_removed_and_reported() -> None:
    result = clean_html("a<!-- secret -->b<![if !supportLists]>c<![endif]>")
    assert result.html == "abc"
    assert ("comment", "comment") in {(r.kind, r.name) for r in result.removed}


def test_removal_example_is_short() -> None:
    result = clean_html(f'<p style="{"x" * 500}">t</p>')
    assert all(len(r.example) <= 60 for r in result.removed)


def test_cleaning_twice_changes_nothing() -> None:
    once = clean_html("<div><p>a &amp; b < c <b>d<i>e</b></i><table><td>x</table>").html
    assert clean_html(once).html == once


def test_empty_input() -> None:
    assert clean_html("").html == ""
    assert clean_html("").removed == ()


# -- whitelist file -----------------------------------------------------------------


def test_shipped_whitelist_matches_policy() -> None:
    wl = shipped_whitelist()
    assert {"p", "br", "a", "img", "table"} <= wl.tags
    assert "script" not in wl.tags and "font" not in wl.tags
    assert wl.protocols == frozenset({"https"})
    assert wl.attributes["a"] == frozenset({"href"})
    assert "Amazon does not publish" in wl.note


def test_no_user_file_uses_shipped(tmp_path: Path) -> None:
    load = load_whitelist(tmp_path)
    assert load.error is None and load.whitelist == shipped_whitelist()


def test_user_file_replaces_shipped(tmp_path: Path) -> None:
    (tmp_path / "whitelist.json").write_text(
        json.dumps(
            {"version": "mine", "tags": ["p", "b"], "attributes": {}, "protocols": ["https"]}
        )
    )
    load = load_whitelist(tmp_path)
    assert load.error is None and load.path == tmp_path / "whitelist.json"
    assert clean_html("<p><i>x</i><b>y</b></p>", load.whitelist).html == "<p>x<b>y</b></p>"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"tags": ["p"], "attributes": {}, "protocols": ["https"], "colour": 1}', "colour"),
        ('{"tags": ["p", "script"], "attributes": {}, "protocols": ["https"]}', "<script>"),
        ('{"tags": ["style"], "attributes": {}, "protocols": ["https"]}', "<style>"),
        ('{"tags": ["iframe"], "attributes": {}, "protocols": ["https"]}', "<iframe>"),
        ('{"tags": ["p"], "attributes": {"p": ["onclick"]}, "protocols": ["https"]}', "onclick"),
        ('{"tags": ["p"], "attributes": {"p": ["style"]}, "protocols": ["https"]}', "style"),
        ('{"tags": ["p"], "attributes": {}, "protocols": ["javascript"]}', "javascript"),
        ('{"tags": ["p"], "attributes": {"a": ["href"]}, "protocols": ["https"]}', "<a>"),
        ('{"tags": "p", "attributes": {}, "protocols": ["https"]}', "tags"),
        ('{"tags": ["p"], "protocols": ["https"]}', "attributes"),
    ],
)
def test_broken_user_file_falls_back_with_plain_message(
    tmp_path: Path, content: str, words: str
) -> None:
    (tmp_path / "whitelist.json").write_text(content, encoding="utf-8")
    load = load_whitelist(tmp_path)
    assert load.whitelist == shipped_whitelist()
    assert load.error is not None and words in load.error
    assert "built-in list" in load.error


# -- plain rendering ----------------------------------------------------------------


def test_plain_lists_headings_and_paragraphs() -> None:
    html = "<h2>Title</h2><p>One</p><ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>"
    assert render_plain(html) == "Title\n\nOne\n\n- a\n- b\n\n1. x\n2. y"


def test_plain_shows_links_and_images_in_words() -> None:
    html = (
        '<p><a href="https://a.com/x">the guide</a>, <a href="https://b.com">https://b.com</a>'
        ' <img src="https://m.media-amazon.com/a.jpg" alt="Red mug"> <img src="x"></p>'
    )
    assert (
        render_plain(html) == "the guide <https://a.com/x>, https://b.com [image: Red mug] [image]"
    )


def test_plain_never_more_than_two_line_breaks() -> None:
    text = render_plain("<p>a</p><p><br></p><p><br></p><p><br></p>b<br><br><br><br>c")
    assert "\n\n\n" not in text
    assert text == "a\n\nb\n\nc"


def test_plain_table_cells() -> None:
    html = "<table><tr><th>Item</th><th>Qty</th></tr><tr><td>Mug</td><td>2</td></tr></table>"
    assert render_plain(html) == "Item | Qty\nMug | 2"
