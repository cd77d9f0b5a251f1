"""Amazon's styling rules for HTML messages (POLICY.md §4) plus two accessibility checks.

Every checker reads :attr:`Message.elements`, the facts only the markup holds,
and points its finding at the element's text span (an image's U+FFFC character).
Only what the seller wrote or pasted counts: a plain ``<p>`` carries no styling,
so it never produces a finding.

Decisions (limits live in ``resources/policy/rules/styling.json``):

* ``text-alignment``: ``text-align`` or ``align=`` other than left/start/justify,
  and ``<center>``;
* ``font-sizes``: distinct explicit ``font-size`` values (style or the ``font``
  shorthand), ``<font size>`` values and heading levels used; body text at its
  normal size is not counted, so normal text plus h1–h3 is fine;
* ``image-width``: a percentage above 80, or pixels above 480 (80% of an assumed
  600-pixel message);
* ``external-image``: any picture not on an Amazon image host, including
  embedded ``data:`` pictures and ``cid:`` email attachments;
* ``long-sentence`` (a note, never a block): a sentence of more than
  ``long_sentence_words`` words, highlighted with no rewrite offered;
* HTML-only problems have no one-click fix yet (fixes edit plain text); only
  ``line-breaks`` has one.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from composer.appdata.resources import load_json
from composer.policy.fixaction import FormatKind, format_fix
from composer.policy.model import Element, Finding, Fix, Message, marked_elements
from composer.policy.rulebook import finding

# A number written so that each string reads one way only: "[0-9]*\.?[0-9]+" could split
# a run of digits anywhere, and a long run cost the square of its length or worse.
_NUMBER = r"(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
_LENGTH = re.compile(rf"^\s*({_NUMBER})\s*(?:(px|%|pt|em|rem)\s*)?$", re.IGNORECASE)
_FONT_SIZE_IN_SHORTHAND = re.compile(
    rf"(?:^|\s)({_NUMBER}(?:px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large"
    r"|xx-large|smaller|larger)(?:/|\s|$)",
    re.IGNORECASE,
)
_NEUTRAL_VALUES = frozenset({"inherit", "initial", "unset", "revert", "auto", "normal", ""})


@cache
@cache
def _words() -> dict[str, Any]:
    """The findings' words: ``resources/policy/styling_messages.json``."""
    return dict(load_json("policy", "styling_messages.json"))


def _say(key: str, **values: object) -> str:
    return str(_words()[key]).format(**values)


def limits() -> dict[str, Any]:
    return load_json("policy", "rules", "styling.json")["limits"]


def parse_style(style: str | None) -> dict[str, str]:
    """Parse inline CSS into ``{property: value}`` (lower-case names, last one wins).

    Small and forgiving on purpose: quotes and parentheses may contain ``;``,
    comments are dropped, ``!important`` is removed, junk is skipped.
    """
    if not style:
        return {}
    text = _without_comments(html_lib.unescape(style))
    declarations: list[str] = []
    current: list[str] = []
    quote = ""
    depth = 0
    for char in text:
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            declarations.append("".join(current))
            current = []
            continue
        current.append(char)
    declarations.append("".join(current))
    result: dict[str, str] = {}
    for declaration in declarations:
        name, colon, value = declaration.partition(":")
        name = name.strip().lower()
        if not colon or not name:
            continue
        value = re.sub(r"!\s*important\s*$", "", value.strip(), flags=re.IGNORECASE).strip()
        result[name] = value
    return result


def _without_comments(text: str) -> str:
    """``/* … */`` comments replaced by a space, each found once.

    A regex tried every unclosed ``/*`` to the end of the text: quadratic.
    """
    if "/*" not in text:
        return text
    pieces: list[str] = []
    pos = 0
    while True:
        start = text.find("/*", pos)
        end = text.find("*/", start + 2) if start >= 0 else -1
        if end < 0:
            break
        pieces += [text[pos:start], " "]
        pos = end + 2
    pieces.append(text[pos:])
    return "".join(pieces)


def _span(message: Message, element: Element) -> tuple[int, int]:
    """The element's span, widened to one character when it has no text of its own."""
    if element.end > element.start:
        return element.start, element.end
    size = len(message.text)
    if not size:
        return 0, 0
    start = min(element.start, size - 1)
    return start, start + 1


def _hit(rule_id: str, message: Message, element: Element, text: str,
         fix_label: str | None = None, clear: FormatKind | None = None) -> Finding:
    """A finding on the element's words; a ``clear`` fix asks the editor to clear a format.

    Those fixes change formatting, not text (:func:`composer.policy.fixaction.format_fix`).
    """
    start, end = _span(message, element)
    fix = None
    if fix_label and clear is not None:
        fix = format_fix(fix_label, start, end, clear)
    elif fix_label:
        fix = Fix(fix_label, start, end, "")  # delete the element's words (a picture: its box)
    return finding(rule_id, message.text, start, end, message=text, fix=fix)


def _src(element: Element) -> str:
    return html_lib.unescape(element.attr("src") or "").strip()


def _images(message: Message) -> Iterator[Element]:
    return (e for e in marked_elements(message) if e.tag == "img" and _src(e))


# -- text and fonts ----------------------------------------------------------------


def check_alignment(message: Message) -> Iterator[Finding]:
    allowed = set(limits()["allowed_alignments"])
    for element in marked_elements(message):
        if element.tag == "center":
            yield _hit("text-alignment", message, element, _say("centred_tag"),
                       "Align to the left", FormatKind.ALIGNMENT)
            continue
        value = parse_style(element.attr("style")).get("text-align", "").lower()
        if not value or value in allowed:
            value = (element.attr("align") or "").strip().lower()
        if value and value not in allowed:
            word = _words()["alignment_words"].get(value) or _say("aligned_other", value=value)
            yield _hit("text-alignment", message, element, _say("aligned", word=word),
                       "Align to the left", FormatKind.ALIGNMENT)


def check_font_override(message: Message) -> Iterator[Finding]:
    said = _words()["font_words"]
    for element in marked_elements(message):
        changed: list[str] = []
        if element.tag == "font":
            if (element.attr("face") or "").strip():
                changed.append(said["font"])
            if (element.attr("color") or "").strip():
                changed.append(said["colour"])
        style = parse_style(element.attr("style"))
        for prop, word in (("font-family", "font"), ("font", "font"), ("color", "colour"),
                           ("line-height", "line_spacing")):
            if style.get(prop, "").lower() not in _NEUTRAL_VALUES and said[word] not in changed:
                changed.append(said[word])
        if changed:
            yield _hit("font-override", message, element,
                       _say("font_override", what=said["and"].join(changed)),
                       "Clear the font and colour", FormatKind.FONT)


def _font_size(element: Element) -> str | None:
    style = parse_style(element.attr("style"))
    size = style.get("font-size", "").lower().replace(" ", "")
    if size and size not in _NEUTRAL_VALUES:
        return size
    shorthand = _FONT_SIZE_IN_SHORTHAND.search(style.get("font", ""))
    if shorthand:
        return shorthand.group(1).lower()
    if element.tag == "font" and (element.attr("size") or "").strip():
        return f"font-size-{element.attr('size', '').strip()}"
    if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return element.tag
    return None


def check_font_sizes(message: Message) -> Iterator[Finding]:
    seen: list[str] = []
    most = int(limits()["max_font_sizes"])
    for element in marked_elements(message):
        size = _font_size(element)
        if size is None or size in seen:
            continue
        seen.append(size)
        if len(seen) == most + 1:
            yield _hit("font-sizes", message, element,
                       _say("font_sizes", count=len(seen), most=most),
                       "Use the normal text size", FormatKind.SIZE)


def check_line_breaks(message: Message) -> Iterator[Finding]:
    most = int(limits()["max_line_breaks"])
    pattern = re.compile(r"\n(?:[ \t\u00a0]*\n){" + str(most) + ",}")
    for match in pattern.finditer(message.text):
        count = match.group().count("\n")
        yield finding(
            "line-breaks", message.text, match.start(), match.end(),
            message=_say("line_breaks", count=count, most=most),
            fix=Fix("Collapse the blank lines", match.start(), match.end(), "\n" * most),
        )


# -- reading -----------------------------------------------------------------------


def check_long_sentences(message: Message) -> Iterator[Finding]:
    """A sentence (or a paragraph joined by commas and "and") far longer than any a buyer
    reads easily: a gentle note with the sentence highlighted, never a block, no rewrite.
    The bar (``long_sentence_words``) is far above the app's templates and usual messages."""
    from composer.policy.sentences import sentence_index, word_count

    most = int(limits()["long_sentence_words"])
    text = message.text
    if word_count(text) <= most:
        return
    for start, end in sentence_index(text):
        count = word_count(text[start:end])
        if count > most:
            while end > start and text[end - 1].isspace():
                end -= 1
            yield finding("long-sentence", text, start, end,
                          message=_say("long_sentence", count=count))


# -- pictures ----------------------------------------------------------------------


def _host(src: str) -> str:
    try:
        return (urlsplit(src).hostname or "").lower()
    except ValueError:
        return ""


def is_amazon_image_host(host: str) -> bool:
    return any(host == h or host.endswith("." + h) for h in limits()["amazon_image_hosts"])


def check_insecure_image(message: Message) -> Iterator[Finding]:
    for element in _images(message):
        if _src(element).lower().startswith("http:"):
            yield _hit("insecure-image", message, element, _say("insecure_image"),
                       "Remove the picture")


def check_external_image(message: Message) -> Iterator[Finding]:
    places = _words()["image_where"]
    for element in _images(message):
        src = _src(element)
        lower = src.lower()
        if lower.startswith(("http:", "https:", "//")):
            host = _host(src if not lower.startswith("//") else "https:" + src)
            if is_amazon_image_host(host):
                continue
            where = places["host"].format(host=host) if host else places["website"]
        elif lower.startswith("data:"):
            where = places["data"]
        elif lower.startswith("cid:"):
            where = places["cid"]
        else:
            where = places["other"]
        yield _hit("external-image", message, element, _say("external_image", where=where),
                   "Remove the picture")


def _pixels(value: str | None) -> tuple[float, str] | None:
    if value is None:
        return None
    match = _LENGTH.match(value)
    if not match:
        return None
    return float(match.group(1)), (match.group(2) or "px").lower()


def _dimension(element: Element, name: str) -> tuple[float, str] | None:
    style_value = parse_style(element.attr("style")).get(name)
    return _pixels(style_value) or _pixels(element.attr(name))


def check_tracking_pixel(message: Message) -> Iterator[Finding]:
    for element in (e for e in marked_elements(message) if e.tag == "img"):
        style = parse_style(element.attr("style"))
        hidden = (
            style.get("display", "").lower() == "none"
            or style.get("visibility", "").lower() in ("hidden", "collapse")
            or style.get("opacity", "").strip() in ("0", "0.0", "0%")
            or element.attr("hidden") is not None
        )
        tiny = any(
            size is not None and size[1] == "px" and size[0] <= 1
            for size in (_dimension(element, "width"), _dimension(element, "height"))
        )
        if hidden or tiny:
            how = _words()["tracking_how"]["hidden" if hidden else "tiny"]
            yield _hit("tracking-pixel", message, element, _say("tracking_pixel", how=how),
                       "Remove the picture")


def check_gif(message: Message) -> Iterator[Finding]:
    for element in _images(message):
        src = _src(element).lower()
        path = src.split("#", 1)[0].split("?", 1)[0]
        if path.endswith(".gif") or src.startswith("data:image/gif"):
            yield _hit("gif", message, element, _say("gif"), "Remove the picture")


def check_image_width(message: Message) -> Iterator[Finding]:
    percent_limit = float(limits()["max_image_width_percent"])
    pixel_limit = float(limits()["message_width_px"]) * percent_limit / 100
    for element in (e for e in marked_elements(message) if e.tag == "img"):
        width = _dimension(element, "width")
        if width is None:
            continue
        value, unit = width
        if (unit == "%" and value > percent_limit) or (unit == "px" and value > pixel_limit):
            shown = f"{value:g}{unit}"
            yield _hit("image-width", message, element, _say("image_width", shown=shown))


# -- accessibility -----------------------------------------------------------------


def check_image_alt(message: Message) -> Iterator[Finding]:
    for element in (e for e in marked_elements(message) if e.tag == "img"):
        if not (element.attr("alt") or "").strip():
            yield _hit("image-alt", message, element, _say("image_alt"))


def check_link_text(message: Message) -> Iterator[Finding]:
    vague = {phrase.lower() for phrase in limits()["vague_link_texts"]}
    for element in (e for e in marked_elements(message) if e.tag == "a" and e.attr("href")):
        words = message.text[element.start:element.end]
        key = re.sub(r"[\s\W_]+", " ", words.lower()).strip()
        if key in vague:
            yield finding(
                "link-text", message.text, element.start, element.end,
                message=_say("link_text", words=words.strip()),
            )


CHECKERS = (
    check_alignment,
    check_font_override,
    check_font_sizes,
    check_line_breaks,
    check_long_sentences,
    check_insecure_image,
    check_external_image,
    check_tracking_pixel,
    check_gif,
    check_image_width,
    check_image_alt,
    check_link_text,
)
