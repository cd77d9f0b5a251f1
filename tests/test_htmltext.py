"""parse_html: the text a reader sees, with element spans, from any markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from composer.sanitize.htmltext import OBJECT_CHAR, message_from_html, parse_html


def _element(parsed, tag):
    return next(e for e in parsed.elements if e.tag == tag)


def test_whitespace_collapses_and_blocks_break_lines() -> None:
    parsed = parse_html("<p>Hello \n\t  <b>world</b></p><div>Second</div>")
    assert parsed.text == "Hello world\nSecond"


def test_entities_become_characters() -> None:
    assert parse_html("Tom &amp; Ann &#128512; &lt;b&gt;").text == "Tom & Ann 😀 <b>"


def test_br_and_empty_paragraph_lines() -> None:
    assert parse_html("a<br>b").text == "a\nb"
    assert parse_html("<p>a<br></p><p>b</p>").text == "a\nb"
    assert parse_html("<p>a</p><p><br></p><p><br></p><p>b</p>").text == "a\n\n\nb"


def test_hidden_content_gives_no_text() -> None:
    html = (
        "<head><title>T</title><style>p{}</style></head><body><!-- note -->"
        "<!--[if gte mso 9]><xml>x</xml><![endif]--><script>alert(1)</script>"
        "<template>t</template><noscript>n</noscript>Visible</body>"
    )
    assert parse_html(html).text == "Visible"


def test_word_marked_sections_show_their_content_not_markers() -> None:
    assert parse_html("<![if !supportLists]>·<![endif]>Item").text == "·Item"


def test_image_is_object_character_with_span() -> None:
    parsed = parse_html('See <img src="https://x/a.png" alt="A"> here')
    image = _element(parsed, "img")
    assert parsed.text[image.start : image.end] == OBJECT_CHAR
    assert image.attr("alt") == "A"


def test_inline_element_span_excludes_surrounding_space() -> None:
    parsed = parse_html("foo <a HREF='https://a.com/?x=1&amp;y=2'>bar baz</a> qux")
    link = _element(parsed, "a")
    assert parsed.text[link.start : link.end] == "bar baz"
    assert link.attrs == (("href", "https://a.com/?x=1&y=2"),)


def test_valueless_attribute_is_empty_string() -> None:
    assert _element(parse_html("<img hidden>"), "img").attr("hidden") == ""


def test_pre_keeps_whitespace() -> None:
    assert parse_html("<pre>\n a  b\n c</pre>").text == " a  b\n c"


def test_misnested_and_unclosed_tags() -> None:
    parsed = parse_html("<ul><li>one<li>two</ul><b><i>x</b></i><p>unclosed")
    assert parsed.text == "one\ntwo\nx\nunclosed"
    items = [parsed.text[e.start : e.end] for e in parsed.elements if e.tag == "li"]
    assert items == ["one", "two"]


def test_table_cells_are_spaced() -> None:
    assert parse_html("<table><tr><td>a<td>b<tr><td>c</table>").text == "a b\nc"


def test_message_from_html_carries_header() -> None:
    message = message_from_html("<p>Hi</p>", subject="Your order", order_id="1")
    assert (message.text, message.subject, message.order_id) == ("Hi", "Your order", "1")


def test_strange_declarations_do_not_stop_parsing() -> None:
    assert parse_html("x<![foo]> y <!bogus> z").text == "x y z"


HTML_PIECES = st.sampled_from(
    ["<p>", "</p>", "<b>", "</i>", "<br>", "<img src=x>", "<script>", "</script>", "<!--", "-->",
     "<![if x]>", "<![endif]>", "<", ">", "&", "&#", "&amp;", "<pre>", "</pre>", " ", "\n",
     "word", "<a href='x'>", "</a>", "<td>", "<li>", "</", "<!", "<?x", "\"", "'", "<style>"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(HTML_PIECES, st.text(max_size=5)), max_size=40))
def test_never_raises_and_spans_are_valid(pieces: list[str]) -> None:
    parsed = parse_html("".join(pieces))
    assert not parsed.text.startswith("\n")
    assert not parsed.text.endswith("\n")
    for element in parsed.elements:
        assert 0 <= element.start <= element.end <= len(parsed.text)
