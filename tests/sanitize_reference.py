"""The slow, obvious cleaning pipeline: the yardstick the fast one is tested against.

Never used by the app. It chains stock bleach/html5lib parts exactly as
:mod:`composer.sanitize.clean` did before it was tuned (fresh parser, stock
``etree`` tree walker, a separate pass that drops script-like subtrees, bleach's
sanitizer filter), plus the cleaner's own canonical steps as separate passes
(:func:`~composer.sanitize.clean.canonical_tokens`, the canonical serializer, a
second round when the parser had to repair the markup). Tests and
``benchmarks/sanitize.py`` check that :func:`composer.sanitize.clean_html` returns
byte-for-byte the same HTML, so a speed-up can never change what the buyer receives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from bleach import html5lib_shim
from bleach.sanitizer import BleachSanitizerFilter

from composer.sanitize.clean import (
    DROP_WITH_CONTENT,
    attribute_verdict,
    canonical_serializer,
    canonical_tokens,
)
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


def _one_round(html: str, wl: Whitelist) -> tuple[str, bool]:
    parser = html5lib_shim.BleachHTMLParser(
        tags=set(wl.tags | DROP_WITH_CONTENT),
        strip=True,
        consume_entities=False,
        namespaceHTMLElements=False,
    )
    walker = html5lib_shim.getTreeWalker("etree")
    tree = parser.parseFragment(html)
    filtered = BleachSanitizerFilter(
        source=canonical_tokens(_drop_subtrees(walker(tree)), wl),
        allowed_tags=set(wl.tags),
        attributes=lambda tag, name, value: attribute_verdict(wl, tag, name, value) is None,
        strip_disallowed_tags=True,
        strip_html_comments=True,
        css_sanitizer=None,
        allowed_protocols=set(wl.protocols),
    )
    return canonical_serializer().render(filtered).strip(" \t\n\r\f"), bool(parser.errors)


def reference_clean(html: str, whitelist: Whitelist | None = None) -> str:
    """Clean ``html`` with stock bleach parts only, building everything afresh."""
    wl = whitelist if whitelist is not None else shipped_whitelist()
    if not html:
        return ""
    cleaned, repaired = _one_round(html, wl)
    if repaired and cleaned:
        cleaned, _ = _one_round(cleaned, wl)
    return cleaned
