"""The short cuts taken for speed must give exactly what the long way gives.

- Markup the app writes is cleaned "as is": bleach's stock pipeline must return it unchanged.
- Cleaned HTML is read for the checker without html.parser: the same text and elements.
"""

from __future__ import annotations

import html as html_lib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.message.richtext import Block, Run, blocks_to_html
from composer.message.templates import body_to_html
from composer.sanitize import clean_html, shipped_whitelist
from composer.sanitize.clean import _as_is
from composer.sanitize.htmltext import _Collector, _parse_general, feed_simple, parse_html
from tests.sanitize_reference import reference_clean
from tests.test_sanitize_properties import fragments

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ALLOWED = set(shipped_whitelist().tags)
TEXT = st.text(alphabet="ab &<>\"'\t\né😀\u00a0\u202e", max_size=6)


@st.composite
def app_markup(draw: st.DrawFn, depth: int = 0) -> str:
    """Well-nested markup of the shapes the app writes, sometimes slightly wrong."""
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["text", "text", "br", "inline", "block", "list", "odd"]
                                    if depth < 4 else ["text", "br"]))
        if kind == "text":
            parts.append(html_lib.escape(draw(TEXT)))
        elif kind == "br":
            parts.append("<br>")
        elif kind == "inline":
            tag = draw(st.sampled_from(["b", "i", "em", "strong", "u"]))
            parts.append(f"<{tag}>{draw(app_markup(depth + 1))}</{tag}>")
        elif kind == "block":
            tag = draw(st.sampled_from(["p", "h1", "h2", "h3", "blockquote"]))
            parts.append(f"<{tag}>{draw(app_markup(depth + 1))}</{tag}>")
        elif kind == "list":
            tag = draw(st.sampled_from(["ul", "ol"]))
            items = draw(st.lists(app_markup(depth + 1), max_size=3))
            parts.append(f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items)
                         + f"</{tag}>")
        else:  # what the as-is test must turn down
            parts.append(draw(st.sampled_from(["<li>x</li>", "<p><p>", "</b>", "<div>",
                                               "<a href=\"https://a.com\">a</a>", "&copy;",
                                               "\r", "\x0c", "\x00", "<br/>"])))
    return "".join(parts)


@PROPERTY
@given(app_markup())
def test_markup_cleaned_as_is_is_what_bleach_returns(html: str) -> None:
    if _as_is(html, ALLOWED):
        assert clean_html(html).html == reference_clean(html)


def test_the_app_s_own_markup_is_cleaned_as_is() -> None:
    body = "Hello Anna,\n\nYour order 113-4567890-1234567 <shipped> & \"arrived\".\nThanks!"
    blocks = [Block("p", (Run("Hi "), Run("there", bold=True))),
              Block("li", (Run("one"),), list_kind="ul"), Block("li", (Run("two"),),
                                                             list_kind="ul")]
    for html in (body_to_html(body), blocks_to_html(blocks)):
        assert _as_is(html, ALLOWED)
        assert clean_html(html).html == reference_clean(html)
    assert not _as_is(body_to_html(body), ALLOWED - {"p"})  # a whitelist without <p>


@PROPERTY
@given(st.lists(fragments(), min_size=1, max_size=4))
def test_cleaned_html_is_read_the_same_without_html_parser(parts) -> None:
    cleaned = clean_html("".join(html for html, _ in parts)).html
    assert feed_simple(_Collector(), cleaned)  # the short cut applies to cleaned HTML…
    assert parse_html(cleaned) == _parse_general(cleaned)  # …and reads it the same
