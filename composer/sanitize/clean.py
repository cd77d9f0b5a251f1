"""Clean HTML against the whitelist: what comes out is exactly what export sends.

Built on bleach (html5lib's browser-grade parser), with two additions bleach
lacks:

* elements whose content is code or page furniture (``script``, ``style``,
  ``iframe``, ``head`` …) are removed *with* their content. Plain bleach with
  ``strip=True`` would leak a script's source as visible text;
* links and image sources must be absolute ``https://host/…`` addresses.
  Relative (``/x``, ``x.html``) and protocol-relative (``//host``) addresses are
  dropped too: in a buyer's inbox they point nowhere useful, and Amazon's
  scanner cannot tell where they lead.

A disallowed tag is stripped and its words kept. The result also lists what was
removed (tag, attribute, link, comment, script), counted, with one example each,
so the app can tell the seller in plain words.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Literal

from bleach import html5lib_shim
from bleach.sanitizer import BleachSanitizerFilter

from composer.sanitize.whitelist import Whitelist, shipped_whitelist

RemovalKind = Literal["tag", "attribute", "url", "comment", "script"]

#: Removed together with everything inside them (a safety matter, not a policy one).
DROP_WITH_CONTENT = frozenset(
    [
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "object",
        "embed",
        "applet",
        "head",
        "title",
        "noembed",
        "noframes",
        "frameset",
        "frame",
        "svg",
        "math",
        "audio",
        "video",
        "canvas",
    ]
)
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "background",
        "poster",
        "cite",
        "longdesc",
        "usemap",
        "srcset",
        "xlink:href",
    }
)
_NUMBER_ATTRIBUTES = {
    "width": r"\d{1,5}%?",
    "height": r"\d{1,5}%?",
    "colspan": r"\d{1,3}",
    "rowspan": r"\d{1,3}",
}
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff]")
_DANGEROUS = ("javascript:", "vbscript:", "livescript:", "data:", "mocha:")
_HOST = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
_EXAMPLE_LENGTH = 60


@dataclass(frozen=True)
class Removal:
    """One kind of thing cleaning took out, how often, and a short example of it."""

    kind: RemovalKind
    name: str
    count: int
    example: str


@dataclass(frozen=True)
class CleanResult:
    html: str
    removed: tuple[Removal, ...]


def url_allowed(value: str, protocols: Iterable[str]) -> bool:
    """True for an absolute ``scheme://host…`` address whose scheme is allowed.

    Entities are decoded and tabs/newlines removed first, as a browser does,
    so ``&#106;avascript:`` and ``jav&#x09;ascript:`` are seen for what they are.
    """
    decoded = html_lib.unescape(value).strip()
    decoded = decoded.replace("\t", "").replace("\n", "").replace("\r", "")
    if _INVISIBLE.search(decoded) or "\\" in decoded:
        return False
    for scheme in protocols:
        pattern = rf"{re.escape(scheme)}://{_HOST}(?::\d{{1,5}})?(?:[/?#]|$)"
        if re.match(pattern, decoded, re.IGNORECASE):
            return True
    return False


def _looks_dangerous(value: str) -> bool:
    squeezed = _INVISIBLE.sub("", html_lib.unescape(value)).lower()
    return any(marker in squeezed for marker in _DANGEROUS)


def _attribute_verdict(whitelist: Whitelist, tag: str, name: str, value: str) -> str | None:
    """``None`` if the attribute may stay, else the removal kind ("attribute" or "url")."""
    if not whitelist.allows_attribute(tag, name):
        return "attribute"
    if name in URL_ATTRIBUTES:
        return None if url_allowed(value, whitelist.protocols) else "url"
    if _looks_dangerous(value):
        return "attribute"
    pattern = _NUMBER_ATTRIBUTES.get(name)
    if pattern and not re.fullmatch(pattern, value.strip()):
        return "attribute"
    return None


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


class _Tally:
    """Counts removals by (kind, name), keeping the first example."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], list] = {}

    def add(self, kind: str, name: str, example: str) -> None:
        example = " ".join(example.split())
        if len(example) > _EXAMPLE_LENGTH:
            example = example[: _EXAMPLE_LENGTH - 1] + "…"
        entry = self.items.setdefault((kind, name), [0, example])
        entry[0] += 1

    def removals(self) -> tuple[Removal, ...]:
        return tuple(
            Removal(kind, name, count, example)  # type: ignore[arg-type]
            for (kind, name), (count, example) in self.items.items()
        )


class _Reporter(HTMLParser):
    """Says what cleaning will take out. An estimate from a second, lighter parse:
    the safety itself comes from bleach, this only feeds the seller's report."""

    def __init__(self, whitelist: Whitelist) -> None:
        super().__init__(convert_charrefs=True)
        self.whitelist = whitelist
        self.tally = _Tally()
        self.dropping = 0

    def updatepos(self, i: int, j: int) -> int:
        return j

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in DROP_WITH_CONTENT:
            self.tally.add("script", tag, raw)
            return
        if tag not in self.whitelist.tags:
            self.tally.add("tag", tag, raw)
            return
        for name, value in attrs:
            value = value or ""
            verdict = _attribute_verdict(self.whitelist, tag, name, value)
            if verdict == "url":
                self.tally.add("url", name, value)
            elif verdict:
                self.tally.add("attribute", name, f'{name}="{value}"')

    def handle_comment(self, data: str) -> None:
        self.tally.add("comment", "comment", f"<!--{data}-->")

    def unknown_decl(self, data: str) -> None:
        self.tally.add("comment", "comment", f"<![{data}]>")

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1


def _report(html: str, whitelist: Whitelist) -> tuple[Removal, ...]:
    reporter = _Reporter(whitelist)
    try:
        reporter.feed(html)
        reporter.close()
    except Exception:
        pass
    return reporter.tally.removals()


class _Pipeline:
    """One bleach parser/serializer per whitelist (they are not thread-safe; the app
    cleans on one thread at a time)."""

    def __init__(self, whitelist: Whitelist) -> None:
        self.whitelist = whitelist
        # The parser must know the drop-with-content tags, or bleach's tokenizer would turn
        # them into text before we can remove them with their content.
        self.parser = html5lib_shim.BleachHTMLParser(
            tags=set(whitelist.tags | DROP_WITH_CONTENT),
            strip=True,
            consume_entities=False,
            namespaceHTMLElements=False,
        )
        self.walker = html5lib_shim.getTreeWalker("etree")
        self.serializer = html5lib_shim.BleachHTMLSerializer(
            quote_attr_values="always",
            omit_optional_tags=False,
            escape_lt_in_attrs=True,
            resolve_entities=False,
            sanitize=False,
            alphabetical_attributes=False,
        )

    def allow_attribute(self, tag: str, name: str, value: str) -> bool:
        return _attribute_verdict(self.whitelist, tag, name, value) is None

    def clean(self, html: str) -> str:
        if not html:
            return ""
        dom = self.parser.parseFragment(html)
        filtered = BleachSanitizerFilter(
            source=_drop_subtrees(self.walker(dom)),
            allowed_tags=set(self.whitelist.tags),
            attributes=self.allow_attribute,
            strip_disallowed_tags=True,
            strip_html_comments=True,
            css_sanitizer=None,
            allowed_protocols=set(self.whitelist.protocols),
        )
        return self.serializer.render(filtered).strip(" \t\n\r\f")


_pipelines: dict[int, _Pipeline] = {}


def _pipeline(whitelist: Whitelist) -> _Pipeline:
    key = id(whitelist)
    found = _pipelines.get(key)
    if found is None or found.whitelist is not whitelist:
        if len(_pipelines) > 8:
            _pipelines.clear()
        found = _pipelines[key] = _Pipeline(whitelist)
    return found


def clean_html(html: str, whitelist: Whitelist | None = None) -> CleanResult:
    """Return the HTML the buyer will get, and what was taken out of it."""
    wl = whitelist if whitelist is not None else shipped_whitelist()
    cleaned = _pipeline(wl).clean(html)
    return CleanResult(cleaned, _report(html, wl))
