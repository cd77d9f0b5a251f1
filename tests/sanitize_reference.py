"""The slow, obvious cleaning pipeline: the yardstick the fast one is tested against.

Never used by the app. It chains stock bleach/html5lib parts exactly as
:mod:`composer.sanitize.clean` did before it was tuned (fresh parser, stock
``etree`` tree walker, a separate pass that drops script-like subtrees, bleach's
sanitizer filter and serializer). Tests and ``benchmarks/sanitize.py`` check that
:func:`composer.sanitize.clean_html` returns byte-for-byte the same HTML, so a
speed-up can never change what the buyer receives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from bleach import html5lib_shim
from bleach.sanitizer import BleachSanitizerFilter

from composer.sanitize.clean import DROP_WITH_CONTENT, attribute_verdict
from composer.sanitize.whitelist import Whitelist, shipped_whitelist


def _drop_subtrees(tokens: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Skip DROP_WITH_CONTENT elements and everything inside them (tree tokens are balanced)."""
    depth = 0
    for token in tokens:
        kind = token["type"]
        if depth:
            if kind == "StartTag":
                depth += 1
            elif kind == "EndTag":
                depth -= 1
            continue
        if kind in ("StartTag", "EmptyTag") and token.get("name") in DROP_WITH_CONTENT:
            if kind == "StartTag":
                depth = 1
            continue
        yield token


def reference_clean(html: str, whitelist: Whitelist | None = None) -> str:
    """Clean ``html`` with stock bleach parts only, building everything afresh."""
    wl = whitelist if whitelist is not None else shipped_whitelist()
    if not html:
        return ""
    parser = html5lib_shim.BleachHTMLParser(
        tags=set(wl.tags | DROP_WITH_CONTENT),
        strip=True,
        consume_entities=False,
        namespaceHTMLElements=False,
    )
    walker = html5lib_shim.getTreeWalker("etree")
    serializer = html5lib_shim.BleachHTMLSerializer(
        quote_attr_values="always",
        omit_optional_tags=False,
        escape_lt_in_attrs=True,
        resolve_entities=False,
        sanitize=False,
        alphabetical_attributes=False,
    )
    filtered = BleachSanitizerFilter(
        source=_drop_subtrees(walker(parser.parseFragment(html))),
        allowed_tags=set(wl.tags),
        attributes=lambda tag, name, value: attribute_verdict(wl, tag, name, value) is None,
        strip_disallowed_tags=True,
        strip_html_comments=True,
        css_sanitizer=None,
        allowed_protocols=set(wl.protocols),
    )
    return serializer.render(filtered).strip(" \t\n\r\f")
