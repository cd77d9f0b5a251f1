"""Pathological inputs that used to take seconds, minutes or gigabytes, checked for their result.

Each size is one the old code could not finish in any patience (the figures it took are in
the comments); none of these tests measures time. Where memory was the problem, the test
measures it with tracemalloc. ``benchmarks/hostile.py`` has the figures.
"""

from __future__ import annotations

import random
import re
import tracemalloc
from html.parser import HTMLParser

import pytest

from composer.compose.engine import MAX_FINDINGS_PER_RULE, check
from composer.policy import Message
from composer.sanitize import clean_html, render_plain
from composer.sanitize.htmltext import parse_html
from composer.sanitize.plain import MAX_DRAWN_DEPTH
from composer.sanitize.tokenizer import FLATTENED, MAX_OPEN_ELEMENTS
from composer.spelling.dictionary import MAX_SUGGESTION_CHARS, dictionary


@pytest.fixture(autouse=True, scope="module")
def _rules_loaded() -> None:
    """Load word lists and rules first, so the memory measured is the input's alone."""
    check(Message(text="Hello Anna, thanks for your order.", buyer_language="en"))
    check(Message(text="Hello Anna, thanks for your order."))
    clean_html("<p>x</p>")


def peak_mb(work) -> float:
    """Peak memory Python allocated while ``work()`` ran, in MB."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def rules(findings) -> list[str]:
    return sorted({f.rule for f in findings})


# --- spelling ------------------------------------------------------------------------------
def test_a_very_long_word_gets_no_suggestions_and_little_memory() -> None:
    words = dictionary("en")
    word = "x" * 10_000  # took 5.7 GB of candidates one edit away
    assert words.quick_suggestion(word) is None
    assert words.suggestions(word) == []
    assert words.quick_suggestion("x" * (MAX_SUGGESTION_CHARS + 1)) is None
    assert words.quick_suggestion("recieve") == "receive"  # ordinary words still get them
    assert peak_mb(lambda: check(Message(text="x" * 20_000))) < 100  # 20,000: MemoryError


def test_cjk_text_for_an_english_buyer_is_flagged_without_suggestions() -> None:
    text = "漢字" * 5_000  # 10,000 CJK letters: 11 GB
    found: list = []
    mb = peak_mb(lambda: found.extend(check(Message(text=text, buyer_language="en"))))
    assert mb < 100
    spelling = [f for f in found if f.rule == "spelling"]
    assert len(spelling) == 1 and spelling[0].fix is None
    assert (spelling[0].start, spelling[0].end) == (0, len(text))
    assert "漢字漢字" in spelling[0].message and len(spelling[0].message) < 400  # quoted short


def test_fifty_thousand_adjacent_links_are_listed_and_their_words_read_once() -> None:
    from composer.sanitize.htmltext import message_from_html

    # The link words run together into one 200,000-letter word: killed at 22 GB.
    message = message_from_html('<a href="https://example.com/">link</a>' * 50_000)
    found: list = []
    assert peak_mb(lambda: found.extend(check(message))) < 300
    assert rules(found) == ["link", "link-text", "spelling"]  # "link" says nothing
    assert len([f for f in found if f.rule == "link"]) == MAX_FINDINGS_PER_RULE


def test_a_megabyte_of_gibberish_stops_looking_for_suggestions() -> None:
    rng = random.Random(1)
    text = " ".join("".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(7))
                    for _ in range(120_000))  # one suggestion each: minutes
    found = [f for f in check(Message(text=text, buyer_language="en")) if f.rule == "spelling"]
    assert 0 < len(found) <= 400  # composer.spelling.speller.SUGGESTION_BUDGET
    assert found[0].start == 0


def test_capitalised_words_after_titles_are_read_without_rereading_the_line() -> None:
    # Each unknown capitalised word searched the whole line before it: 10 KB took 13 s.
    text = "Dear Mr Xqzv, " + "Zrkw " * 40_000
    found = check(Message(text=text, buyer_language="en"))
    assert all(f.excerpt != "Xqzv" for f in found)  # a name after "Mr"


def test_elisions_cannot_recurse_without_end() -> None:
    word = "l'" * 20_000 + "avis"  # RecursionError, and a copy of the word at each level
    found = check(Message(text=word, buyer_language="fr"))
    assert all(f.end <= len(word) for f in found)


# --- the policy check ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "." * 50_000,  # 10 KB took 10 s, 50 KB over 180 s
    "!" * 50_000,
    "[.]" * 15_000,  # 40 KB: 28 s
    "{" * 200_000,  # over 180 s
    "[" * 100_000,
    "@" * 100_000,
    "Hi. " * 50_000,
    "ok\n" * 300_000,  # each line looked back over all the text before it
])
def test_runs_of_one_mark_give_no_findings(text: str) -> None:
    assert check(Message(text=text)) == []


def test_spelled_out_addresses_are_read_a_few_labels_ahead() -> None:
    text = "shop dot " * 30_000 + "com"  # each "dot" read all the rest: 100 KB in 10 s
    found = check(Message(text=text))
    assert "link" in rules(found)


def test_placeholders_are_found_and_listed_up_to_the_limit() -> None:
    text = "{order_id}" * 2_500  # 25 KB: 21 s
    found = [f for f in check(Message(text=text)) if f.rule == "unfilled-placeholder"]
    assert len(found) == MAX_FINDINGS_PER_RULE
    assert [(f.start, f.end) for f in found[:2]] == [(0, 10), (10, 20)]


def test_many_emoji_are_listed_up_to_the_limit_and_still_block() -> None:
    text = "\U0001f600" * 250_000  # 550 MB of findings
    found: list = []
    assert peak_mb(lambda: found.extend(check(Message(text=text)))) < 200
    emoji = [f for f in found if f.rule == "emoji"]
    assert len(emoji) == MAX_FINDINGS_PER_RULE and emoji[0].start == 0
    assert emoji[0].severity == "block"


def test_random_unicode_gives_findings_that_fit_the_text() -> None:
    rng = random.Random(3)
    chars = [chr(c) for c in rng.sample(range(0x20, 0x30000), 60_000)
             if not 0xD800 <= c <= 0xDFFF]
    text = "".join(rng.choice(chars) for _ in range(100_000))  # 18 s
    for finding in check(Message(text=text)):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.excerpt == text[finding.start:finding.end]


def test_a_link_wrapped_in_closing_brackets_is_trimmed_once() -> None:
    text = "see https://example.com/a" + ")" * 200_000  # each ")" recounted the link
    link = next(f for f in check(Message(text=text)) if f.rule == "link")
    assert link.excerpt == "https://example.com/a"


def test_unclosed_style_comments_and_long_numbers_are_read_once() -> None:
    from composer.policy.model import Element
    from composer.policy.styling import _font_size, _pixels, parse_style

    # 20,000 of each took 6 s, 8 s and 19 s
    assert parse_style("/* */color: red; /* " * 100_000) == {"color": "red"}
    element = Element("p", 0, 1, (("style", "font: " + "1" * 200_000 + "px x"),))
    assert _font_size(element) == "1" * 200_000 + "px"
    assert _pixels("1" * 200_000 + "q") is None
    assert _pixels("1" + " " * 200_000 + "px") == (1.0, "px")


# --- HTML: reading for check, cleaning, plain text ------------------------------------------
@pytest.mark.parametrize("html, text", [
    ("<" * 1_000_000, "<" * 1_000_000),  # over 180 s
    ("<!--" * 250_000, ""),  # unclosed comments: over 180 s; a comment runs to the end
    ("x<a " * 30_000, "x"),  # a tag left open at the end takes the rest (HTML5)
    ("a</b" * 50_000, "a"),
    ("<p>keep</p>" + "<?" * 100_000, "keep"),
])
def test_markup_left_open_at_the_end_is_read_once(html: str, text: str) -> None:
    assert parse_html(html).text == text


def nesting_depth(html: str) -> int:
    depth = deepest = 0

    class Depth(HTMLParser):
        def handle_starttag(self, tag, attrs):
            nonlocal depth, deepest
            if tag not in ("br", "img", "hr"):
                depth += 1
                deepest = max(deepest, depth)

        def handle_endtag(self, tag):
            nonlocal depth
            depth -= 1

    Depth().feed(html)
    return deepest


def test_deep_lists_are_flattened_and_keep_every_word() -> None:
    levels = 4_000  # 86 s
    html = "".join(f"<ul><li>w{i}" for i in range(levels)) + "</li></ul>" * levels
    result = clean_html(html)
    assert nesting_depth(result.html) <= MAX_OPEN_ELEMENTS
    plain = render_plain(result.html)
    words = re.findall(r"w\d+", plain)
    assert words == [f"w{i}" for i in range(levels)]  # nothing the seller wrote is lost
    assert max(len(line) - len(line.lstrip()) for line in plain.splitlines()) \
        < 2 * MAX_DRAWN_DEPTH
    assert any(r.kind == "format" and r.name == FLATTENED for r in result.removed)


def test_deep_quotes_and_bold_keep_their_words() -> None:
    html = "<blockquote>q" * 5_000 + "<b><i>b" * 20_000
    plain = render_plain(clean_html(html).html)
    assert plain.count("q") == 5_000 and plain.count("b") == 20_000


@pytest.mark.parametrize("html, plain", [
    ("&nbsp;" * 100_000, ""),  # 13 s
    ("&amp;" * 300_000, "&" * 300_000),  # 1.5 MB: 30 s, 5 MB: 164 s
    ("<" * 1_000_000, "<" * 1_000_000),
    ("< " * 300_000, "<" + " <" * 299_999),
    ("<!--" + "<!--" * 400_000, ""),
    ("<b>x</b>" * 100_000, "x" * 100_000),
])
def test_long_runs_clean_to_the_same_words(html: str, plain: str) -> None:
    assert render_plain(clean_html(html).html) == plain


def test_a_tag_with_many_attributes_is_read_once() -> None:
    # <a <a <a …: one tag with 100,000 attributes, each compared with all before it
    result = clean_html("<p>words</p><a " * 1 + "<a " * 100_000 + ">after")
    assert render_plain(result.html) == "words\n\nafter"


# --- attachments ---------------------------------------------------------------------------
def write_tiff(path, pages: int) -> None:
    from PIL import Image

    frames = [Image.new("L", (1, 1), i % 256) for i in range(pages)]
    frames[0].save(path, save_all=True, append_images=frames[1:])


def test_a_tiff_with_too_many_pages_is_refused_unread(tmp_path) -> None:
    from composer.attachments.inspection import MAX_TIFF_PAGES, inspect_file

    path = tmp_path / "scan.tiff"
    write_tiff(path, 300)  # 97,000 pages took 70 s and were accepted
    info = inspect_file(path)
    assert not info.readable and info.problem_key == "too-many-pages"
    assert f"more than {MAX_TIFF_PAGES} pages" in (info.problem or "")
    ok = tmp_path / "ok.tiff"
    write_tiff(ok, 3)
    assert inspect_file(ok).readable and inspect_file(ok).frames == 3


def test_a_picture_that_takes_too_long_is_refused(tmp_path, monkeypatch) -> None:
    from composer.attachments import inspection

    path = tmp_path / "slow.tiff"
    write_tiff(path, 5)
    monkeypatch.setattr(inspection, "PICTURE_CHECK_SECONDS", -1.0)  # every picture is late
    info = inspection.inspect_file(path)
    assert not info.readable and info.problem_key == "slow-picture"
    assert "seconds to open" in (info.problem or "")
