"""The hard-to-fool detectors: links, e-mail addresses, phone numbers and emoji.

Each checker turns the detector modules' raw spans into findings with a
plain-words message (``resources/policy/detector_messages.json``) and a
one-click fix. The detection itself lives in ``detect_links``, ``detect_phone``
and ``detect_emoji``; see their docstrings for what counts and why.

HTML facts (``Message.elements``): every ``a`` element's ``href`` and every
``img`` element's ``src`` is a link finding on the element's text span (a
``mailto:`` href is an e-mail finding). An element with an empty span is widened
to the one character after it (or before it, at the very end of the text); an
element in an empty text is skipped, since a finding must point at text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from composer.appdata.resources import load_json
from composer.policy import channels, detect_emoji, detect_links, detect_phone
from composer.policy.linkremoval import removal_fix
from composer.policy.model import (
    MAX_FINDINGS_PER_RULE,
    Element,
    Finding,
    Fix,
    Message,
    marked_elements,
)
from composer.policy.rulebook import finding
from composer.policy.sentences import SentenceIndex


def _quote(excerpt: str, limit: int = 60) -> str:
    flat = " ".join(excerpt.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@cache
def _words() -> dict[str, str]:
    return dict(load_json("policy", "detector_messages.json"))


def _say(key: str, **values: str) -> str:
    """A sentence from ``resources/policy/detector_messages.json``, filled in."""
    return _words()[key].format(**values)


def _link_message(hit: detect_links.Hit, excerpt: str) -> str:
    shown = _quote(excerpt)
    if hit.kind == "amazon":
        return _say("link_amazon", shown=shown)
    if hit.kind == "short-link":
        return _say("link_short", shown=shown)
    if hit.kind == "ip":
        return _say("link_ip", shown=shown)
    if hit.disguised:
        return _say("link_disguised", shown=shown, reads_as=_quote(hit.reads_as, 50))
    return _say("link", shown=shown)


def check_links(message: Message) -> Iterator[Finding]:
    """Links and e-mail addresses written in the text, disguised or not."""
    text = message.text
    sentences: SentenceIndex | None = None
    # Links and e-mail addresses are two rules: each may need its full share.
    for hit in detect_links.find(text, limit=2 * MAX_FINDINGS_PER_RULE):
        if sentences is None:
            sentences = SentenceIndex(text)
        excerpt = text[hit.start : hit.end]
        if hit.kind == "email":
            note = (
                _say("email_reads_as", reads_as=_quote(hit.reads_as, 50))
                if hit.disguised and not hit.reads_as.lower().startswith("mailto:")
                else ""
            )
            yield finding(
                "email-address",
                text,
                hit.start,
                hit.end,
                message=_say("email", shown=_quote(excerpt), note=note),
                fix=removal_fix("Remove the email address", text, hit.start, hit.end,
                                sentences),
            )
            continue
        fix = (None if hit.kind == "amazon" else
               removal_fix("Remove the link", text, hit.start, hit.end, sentences))
        yield finding(
            "link",
            text,
            hit.start,
            hit.end,
            message=_link_message(hit, excerpt),
            fix=fix,
            severity="info" if hit.kind == "amazon" else None,
        )


def _element_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The text span a finding about an HTML element points at (see the module docstring)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if end > start:
        return start, end
    if start < len(text):
        return start, start + 1
    if start > 0:
        return start - 1, start
    return None


# Attributes that make a mail program fetch or open an address, beyond <a href> and
# <img src> (which have their own wording); the stricter reading of "href and src in HTML".
_URL_ATTRIBUTES = ("href", "src", "srcset", "action", "formaction", "poster", "background",
                   "data", "cite", "longdesc")
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]+)", re.I)
_LOOKS_LIKE_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|www\.)", re.I)


def _other_target(element: Element) -> str:
    """An address another element or attribute would load or open, or ""."""
    values = [element.attr(name) or "" for name in _URL_ATTRIBUTES]
    values += _CSS_URL.findall(element.attr("style") or "")
    for value in values:
        value = value.strip().split(",")[0].split()[0] if value.strip() else ""
        if _LOOKS_LIKE_ADDRESS.match(value) and not value.lower().startswith("cid:"):
            return value
    return ""


def check_elements(message: Message) -> Iterator[Finding]:
    """Links hidden in HTML: ``<a href>``, ``<img src>``, and any other fetched address."""
    text = message.text
    sentences: SentenceIndex | None = None
    for element in marked_elements(message):
        tag = element.tag.lower()
        if tag == "a":
            target = (element.attr("href") or "").strip()
        elif tag == "img":
            target = (element.attr("src") or "").strip()
            extra = _other_target(Element(tag, element.start, element.end,
                                          tuple(a for a in element.attrs if a[0] != "src")))
            # srcset or a background can fetch from elsewhere even when src is Amazon's.
            if extra and (not target or (_is_amazon_https(target)
                                         and not _is_amazon_https(extra))):
                target = extra
        else:
            target = _other_target(element)
            if target and not _is_amazon_https(target):
                span = _element_span(text, element.start, element.end)
                if span is not None:
                    yield finding(
                        "link", text, span[0], span[1],
                        message=_say("html_target", tag=tag, target=_quote(target, 50)),
                    )
            continue
        if not target:
            continue
        span = _element_span(text, element.start, element.end)
        if span is None:
            continue
        start, end = span
        shown = _quote(target, 50)
        # Linked words go as an address written out would: with the words that led to them.
        if sentences is None:
            sentences = SentenceIndex(text)
        if target.lower().startswith("mailto:"):
            yield finding(
                "email-address",
                text,
                start,
                end,
                message=_say("mailto", shown=shown),
                fix=removal_fix("Remove the email address", text, start, end, sentences),
            )
            continue
        if _is_amazon_https(target):
            yield finding(
                "link",
                text,
                start,
                end,
                message=_say("amazon_link", shown=shown),
                severity="info",
            )
            continue
        what = _say("image_from" if tag == "img" else "text_links_to")
        yield finding(
            "link",
            text,
            start,
            end,
            message=_say("outside", what=what, shown=shown),
            fix=(Fix("Remove the link", start, end) if tag == "img" else
                 removal_fix("Remove the link", text, start, end, sentences)),
        )


def _is_amazon_https(url: str) -> bool:
    if not url.lower().startswith("https://"):
        return False
    return detect_links._is_amazon(detect_links._host_of(url))


def check_phones(message: Message) -> Iterator[Finding]:
    """Phone numbers (a warning: some are allowed, such as a manufacturer's warranty line).

    A number offered as a person's is an off-Amazon block instead, not both.
    """
    text = message.text
    after = 0
    for start, end in detect_phone.find(text, message.buyer_language):
        offered = channels.phone_offered(text, start, end, after)  # "ring me on", "ask for Maria"
        after = end
        if offered is not None:
            yield offered  # one finding per number: the block says what the warning would
            continue
        yield finding(
            "phone-number",
            text,
            start,
            end,
            message=_say("phone", shown=_quote(text[start:end])),
            fix=Fix("Remove the phone number", start, end),
        )


def check_emoji(message: Message) -> Iterator[Finding]:
    """Emoji, each whole sequence as one finding."""
    text = message.text
    for start, end in detect_emoji.find(text):
        yield finding(
            "emoji",
            text,
            start,
            end,
            message=_say("emoji", emoji=text[start:end]),
            fix=Fix("Remove the emoji", start, end),
        )


CHECKERS = (check_links, check_elements, check_phones, check_emoji)
