"""The editor's document model exported to semantic HTML and plain text."""

from __future__ import annotations

from composer.message.richtext import Block, Run, blocks_to_html, blocks_to_plain
from composer.sanitize import clean_html

DOC = (
    Block("h1", (Run("Order update"),)),
    Block(
        "p",
        (
            Run("Hi "),
            Run("Sam", bold=True),
            Run(", see "),
            Run("your orders", href="https://www.amazon.com/orders?a=1&b=2"),
            Run("\u2028<thanks>", italic=True),
        ),
    ),
    Block("p", align="center"),
    Block("li", (Run("one"),), "ol", 1),
    Block("li", (Run("two", underline=True),), "ol", 1),
    Block("li", (Run("dot"),), "ul", 2),
    Block("p", (Run("Bye"),)),
)


def test_blocks_to_html_is_semantic() -> None:
    html = blocks_to_html(DOC)
    assert "<h1>Order update</h1>" in html
    assert "<strong>Sam</strong>" in html
    assert '<a href="https://www.amazon.com/orders?a=1&amp;b=2">your orders</a>' in html
    assert "<em><br>&lt;thanks&gt;</em>" in html
    assert "<p><br></p>" not in html  # one empty line is the gap after its paragraph
    assert "<ol>\n<li>one</li>\n<li><u>two</u></li>\n</ol>\n<ul>\n<li>dot</li>\n</ul>" in html
    assert "align" not in html and "style" not in html


def test_export_survives_cleaning_unchanged() -> None:
    html = blocks_to_html(DOC)
    result = clean_html(html)
    assert result.html == html
    assert result.removed == ()


def test_neighbouring_runs_with_one_link_make_one_anchor() -> None:
    runs = (Run("a ", href="https://a.com"), Run("b", bold=True, href="https://a.com"))
    assert (
        blocks_to_html([Block("p", runs)])
        == '<p><a href="https://a.com">a <strong>b</strong></a></p>'
    )


def test_blocks_to_plain_lines() -> None:
    plain = blocks_to_plain(DOC)
    assert plain.splitlines() == [
        "Order update",
        "Hi Sam, see your orders <https://www.amazon.com/orders?a=1&b=2>",
        "<thanks>",
        "",
        "1. one",
        "2. two",
        "- dot",
        "Bye",
    ]


def test_empty_document() -> None:
    assert blocks_to_html([]) == ""
    assert blocks_to_plain([]) == ""
