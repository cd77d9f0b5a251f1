"""Property tests: whatever HTML goes in, cleaning's output is safe, stable and keeps the words."""

from __future__ import annotations

import html as html_lib
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.sanitize import clean_html, shipped_whitelist, url_allowed
from composer.sanitize.clean import DROP_WITH_CONTENT
from composer.sanitize.htmltext import OBJECT_CHAR, parse_html

CONTAINERS = ["p", "b", "i", "em", "strong", "u", "span", "div", "font", "h1", "h3", "blockquote",
              "a", "section", "center", "li", "o:p"]
DROPPED = ["script", "style", "iframe", "object", "noscript", "title", "template"]
URLS = ["https://a.com/x?y=1&amp;z=2", "http://a.com", "javascript:alert(1)", "JaVaScRiPt:x",
        "&#106;avascript:x", "java&#x09;script:x", "data:text/html;base64,eA==", "//x.com/p",
        "/rel", "mailto:a@b.c", " https://ok.com ", "vbscript:x", "https://m.media-amazon.com/a.jpg"]
ATTRS = st.one_of(
    st.tuples(st.sampled_from(["href", "src"]), st.sampled_from(URLS)),
    st.tuples(st.sampled_from(["onclick", "onerror", "onmouseover"]), st.just("alert(1)")),
    st.tuples(st.sampled_from(["style", "class", "id", "title", "align"]),
              st.sampled_from(["color:red", "x", "center", "expression(alert(1))"])),
    st.tuples(st.sampled_from(["alt", "width", "height", "colspan"]),
              st.sampled_from(["1", "50%", "Blue mug", "javascript:x", "9999999"])),
)
WORDS = st.text(alphabet="abcXYZ &<>\"'é😀\n", min_size=1, max_size=8)


def _attrs(pairs: list[tuple[str, str]]) -> str:
    return "".join(f' {name}="{value.replace(chr(34), "&quot;")}"' for name, value in pairs)


@st.composite
def fragments(draw: st.DrawFn, depth: int = 0) -> tuple[str, str]:
    """Return (html, visible text outside removed subtrees)."""
    kind = draw(st.sampled_from(["text", "text", "container", "void", "dropped"]
                                if depth < 4 else ["text"]))
    if kind == "text":
        words = draw(WORDS)
        return html_lib.escape(words, quote=False), words
    attrs = _attrs(draw(st.lists(ATTRS, max_size=3)))
    if kind == "void":
        tag = draw(st.sampled_from(["br", "img", "hr", "input"]))
        return f"<{tag}{attrs}>", OBJECT_CHAR if tag == "img" else ""
    if kind == "dropped":
        tag = draw(st.sampled_from(DROPPED))
        return f"<{tag}{attrs}>{html_lib.escape(draw(WORDS))}</{tag}>", ""
    tag = draw(st.sampled_from(CONTAINERS))
    children = draw(st.lists(fragments(depth + 1), max_size=4))
    inner = "".join(child[0] for child in children)
    return f"<{tag}{attrs}>{inner}</{tag}>", "".join(child[1] for child in children)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.lists(fragments(), min_size=1, max_size=4))
def test_output_is_safe_stable_and_keeps_words(parts: list[tuple[str, str]]) -> None:
    source = "".join(part[0] for part in parts)
    visible = "".join(part[1] for part in parts)
    cleaned = clean_html(source).html
    whitelist = shipped_whitelist()
    for element in parse_html(cleaned).elements:
        assert element.tag in whitelist.tags, (element.tag, cleaned)
        for name, value in element.attrs:
            assert whitelist.allows_attribute(element.tag, name), (name, cleaned)
            assert not name.startswith("on")
            if name in ("href", "src"):
                assert url_allowed(value, ["https"]), (value, cleaned)
            squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
            assert not any(s in squeezed for s in ("javascript:", "vbscript:", "data:"))
    for tag in DROP_WITH_CONTENT:
        assert f"<{tag}" not in cleaned.lower()
    assert clean_html(cleaned).html == cleaned
    assert _squeeze(parse_html(cleaned).text) == _squeeze(visible)


@PROPERTY
@given(st.text(alphabet="<>/=\"' &#;abpcrithmgs!-[]", max_size=60))
def test_arbitrary_markup_never_raises_and_is_idempotent(source: str) -> None:
    cleaned = clean_html(source).html
    assert clean_html(cleaned).html == cleaned
    for element in parse_html(cleaned).elements:
        assert element.tag in shipped_whitelist().tags
