"""The tuned cleaner must return exactly what the plain bleach pipeline returns.

``tests.sanitize_reference.reference_clean`` chains stock bleach/html5lib parts
(fresh parser, stock tree walker, separate script-dropping pass). Any speed-up in
``clean_html`` that changed a single byte of the buyer's HTML fails here. Likewise
``render_plain``'s shortcut for bleach-shaped HTML must equal its html.parser route.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.sanitize import clean_html, load_whitelist, render_plain, shipped_whitelist
from composer.sanitize.clean import _pipeline
from composer.sanitize.plain import _render_general, _render_simple
from tests.sanitize_reference import reference_clean
from tests.test_sanitize_properties import fragments

GOLDEN = Path(__file__).parent / "golden"
VECTORS = Path(__file__).parent / "data" / "corpora" / "html_vectors.json"

# Hand-picked shapes that stress the tree walk and the tokenizer's memory of the raw tag.
TRICKY = [
    "",
    "plain words only",
    "<p>a</p>" * 50,
    "<div>" * 40 + "deep" + "</div>" * 40,
    "<b>bold<i>both</b>italic</i>",
    "<table><td>x<td>y<tr><th>z</table>after",
    "<ul><li>one<li>two</ul><p>unclosed",
    "<svg><g><title>t</title></g></svg>tail<math><mi>x</mi></math>more",
    "<script>a</script>b<style>c</style>d<iframe>e</iframe>f<embed src=x>g",
    "<head><title>T</title><style>x</style></head><body><p>hi</p></body>",
    "<html><body>a<!-- c -->b<![if !supportLists]>c<![endif]></body></html>",
    '<p {x}="1" xlink:href="javascript:x" o:p="y">ns</p><o:p>word</o:p>',
    "<img src=https://a.com/i.png alt='&amp; &lt;' width=10 height=x><br/><hr>",
    "<a href='https://a.com/?x=1&amp;y=2&z'>q&amp;a &copy; &current &#x26; &#0;</a>",
    '<nottag <b>x</b>> <p class="a"/>x<p title=\'"q"\'>',
    "<pre>\n  keep  </pre><textarea><b>t</b></textarea><noscript><b>n</b></noscript>",
    "a < b > c & d <3 </> <!doctype html> <?xml x?> <",
    "<p>unterminated <a href='https://x.com",
    "x<scr\x00ipt>alert(1)</scr\x00ipt>\x07 \u00a0\u200b",
    "<font color=red><center>c</center></font><span style='x'>s</span>",
    "<h1>T</h1><blockquote>q<blockquote>qq</blockquote></blockquote>",
    "<td>cell</td><tr><td>row</td></tr>",
    '<a href="https://a.com/?q=>x&quot;y">gt in a link</a><img alt="a > b" src="https://a.com/i">',
    "<ol><li>a<ol><li>b</li></ol></li></ol><p>&nbsp;&lt;tag&gt; &amp;amp;</p>",
]


@pytest.mark.parametrize(
    "html",
    ["a<!-- c -->b", "<P CLASS=x>up</P>", "<img alt='single'>", "<td nowrap>x", "1 < 2",
     "<script>a<b>c</b></script>d", "<textarea><b>t</b></textarea>", "<br/>x"],
)
def test_other_markup_takes_the_general_route_and_agrees(html: str) -> None:
    assert _render_simple(html) is None
    assert render_plain(html) == _render_general(html)


def _same(html: str) -> None:
    cleaned = clean_html(html).html
    assert cleaned == reference_clean(html), html[:200]
    assert _render_simple(cleaned) is not None, cleaned[:200]  # the shortcut applies…
    assert render_plain(cleaned) == _render_general(cleaned), cleaned[:200]  # …and agrees


@pytest.mark.parametrize("html", TRICKY)
def test_tricky_inputs_match_bleach(html: str) -> None:
    _same(html)


@pytest.mark.parametrize("html", ["&amp", "a &copy b &#x41; &#0;", '<a href="&quot;">q</a>', ""])
def test_simple_markup_takes_the_shortcut_and_agrees(html: str) -> None:
    assert _render_simple(html) is not None
    assert render_plain(html) == _render_general(html)


def test_golden_inputs_match_bleach() -> None:
    cases = sorted(GOLDEN.glob("*.in.html"))
    assert cases
    for path in cases:
        _same(path.read_text(encoding="utf-8"))


def test_user_whitelist_matches_bleach(tmp_path: Path) -> None:
    (tmp_path / "whitelist.json").write_text(
        json.dumps({"tags": ["p", "b", "a"], "attributes": {"a": ["href"]},
                    "protocols": ["https", "http"]}),
        encoding="utf-8",
    )
    wl = load_whitelist(tmp_path).whitelist
    html = '<p><i>x</i><b>y</b><a href="http://a.com">z</a><img src="https://a.com/i"></p>'
    assert clean_html(html, wl).html == reference_clean(html, wl)
    assert clean_html(html, wl).html != clean_html(html).html


def test_corpus_vectors_match_bleach() -> None:
    vectors = json.loads(VECTORS.read_text(encoding="utf-8"))
    mismatches = [v for v in vectors if clean_html(v).html != reference_clean(v)]
    assert mismatches == []
    for vector in vectors:
        cleaned = clean_html(vector).html
        assert render_plain(cleaned) == _render_general(cleaned), vector


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fragments(), min_size=1, max_size=4))
def test_generated_fragments_match_bleach(parts: list[tuple[str, str]]) -> None:
    _same("".join(part[0] for part in parts))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="<>/=\"' &#;abpcrithmgs!-[]{}:\n", max_size=80))
def test_arbitrary_markup_matches_bleach(source: str) -> None:
    _same(source)


def test_repeated_input_is_served_from_cache_unchanged() -> None:
    html = "<p>Hello <span>there</span> <a href='javascript:x'>link</a></p>"
    first = clean_html(html)
    assert clean_html(html) is first  # the live preview's repeat costs nothing
    assert clean_html(html).html == reference_clean(html)
    assert html in _pipeline(shipped_whitelist()).cache
    text = render_plain(first.html)
    assert render_plain(first.html) is text
    assert text == _render_general(first.html)


def test_report_comes_from_the_same_pass() -> None:
    removed = {(r.kind, r.name): r for r in clean_html(
        "<html><body><p style='x'>a<span>b</span><span>c</span></p>"
        "<script>s</script><!-- note --><a href='http://a.com'>l</a></body></html>"
    ).removed}
    assert removed[("tag", "span")].count == 2
    assert removed[("tag", "span")].example == "<span>"
    assert removed[("attribute", "style")].example == "style=\"x\""
    assert ("script", "script") in removed and ("comment", "comment") in removed
    assert removed[("url", "href")].example == "http://a.com"
    assert ("tag", "body") in removed
