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
so the app can tell the seller in plain words. That list is gathered during
bleach's own parse (from its tokenizer, tree and attribute callback), so it
describes what the browser-grade parser saw, at no second parse.

Speed: the pieces below subclass bleach internals (bleach 6.x) only to report and
to avoid needless work; ``tests/test_sanitize_differential.py`` checks the output
is byte-for-byte what the stock pipeline (:mod:`tests.sanitize_reference`)
gives, so a bleach upgrade that broke an assumption fails loudly, not silently.
"""

from __future__ import annotations

import functools
import html as html_lib
import html.entities as html_lib_entities
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from bleach import html5lib_shim
from bleach._vendor.html5lib.constants import (
    namespaces,
    spaceCharacters,
    voidElements,
)
from bleach._vendor.html5lib.serializer import HTMLSerializer
from bleach.sanitizer import BleachSanitizerFilter

from composer.sanitize.tokenizer import _COMMENT_TAG, DROP_WITH_CONTENT, _ReportingParser
from composer.sanitize.whitelist import Whitelist, shipped_whitelist

RemovalKind = Literal["tag", "attribute", "url", "comment", "script", "format"]

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
    "width": re.compile(r"\d{1,5}%?"),
    "height": re.compile(r"\d{1,5}%?"),
    "colspan": re.compile(r"\d{1,3}"),
    "rowspan": re.compile(r"\d{1,3}"),
}
#: Bidirectional controls: they can show "exe.pdf" for "fdp.exe" or hide where a link goes.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_BIDI_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|lrm;|rlm;)")
_INVISIBLE = re.compile(
    f"[\\x00-\\x20\\x7f-\\x9f\\u00ad\\u200b-\\u200f\\u2028\\u2029\\ufeff{BIDI_CONTROLS}]"
)
#: A character reference as the HTML tokenizer reads one (``html.unescape``'s pattern).
_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
#: What a URL parser strips from both ends of an address (C0 controls and space).
_URL_EDGES = "".join(chr(code) for code in range(0x21))
_DANGEROUS = ("javascript:", "vbscript:", "livescript:", "data:", "mocha:")
_HOST = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
_EXAMPLE_LENGTH = 60
_CACHE_ENTRIES = 16
_CACHE_MAX_CHARS = 100_000  # keep memory small; bigger inputs are simply cleaned again


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


def _attribute_reference(match: re.Match[str]) -> str:
    """One character reference inside an attribute value, decoded as the HTML standard says.

    The one difference from text: a legacy name without ``;`` (``&copy``) followed by a
    letter, a digit or ``=`` stays as written, so ``?a=1&copy=2`` keeps its ``&copy``.
    """
    name = match.group(1)
    if name[0] == "#":
        return html_lib.unescape(match.group(0))
    entities = html_lib_entities.html5
    if name in entities:
        return entities[name]
    for length in range(min(len(name), 32), 1, -1):
        prefix = name[:length]
        if prefix in entities:
            following = name[length : length + 1]
            if following and ((following.isascii() and following.isalnum()) or following == "="):
                return match.group(0)
            return entities[prefix] + name[length:]
    return match.group(0)


def decode_attribute(value: str) -> str:
    """An attribute value exactly as the buyer's mail client reads it (references decoded).

    The cleaner decides on this string and writes this string back, escaped the one
    canonical way, so what was checked is what arrives, and cleaning again changes
    nothing (``href="https&colon;//x"`` *is* ``https://x`` to a browser).
    """
    return _REFERENCE.sub(_attribute_reference, value) if "&" in value else value


def buyer_url(value: str) -> str:
    """A decoded URL attribute as a URL parser takes it: ends trimmed, tabs and breaks gone."""
    value = value.strip(_URL_EDGES)
    return value.replace("\t", "").replace("\n", "").replace("\r", "")


def _decoded_url_allowed(url: str, protocols: Iterable[str]) -> bool:
    if _INVISIBLE.search(url) or "\\" in url:
        return False
    return any(_scheme_pattern(scheme).match(url) for scheme in protocols)


def url_allowed(value: str, protocols: Iterable[str]) -> bool:
    """True for an absolute ``scheme://host…`` address whose scheme is allowed.

    ``value`` is an attribute value as written in HTML: references are decoded and
    tabs/newlines removed first, as a browser does, so ``&#106;avascript:`` and
    ``jav&#x09;ascript:`` are seen for what they are. Spaces, invisible characters and
    bidirectional controls anywhere in the address refuse it.
    """
    return _decoded_url_allowed(buyer_url(decode_attribute(value)), protocols)


@functools.lru_cache(maxsize=16)
def _scheme_pattern(scheme: str) -> re.Pattern[str]:
    """``scheme://host[:port]`` followed by a path, query, fragment or nothing."""
    return re.compile(rf"{re.escape(scheme)}://{_HOST}(?::\d{{1,5}})?(?:[/?#]|$)", re.IGNORECASE)


def _looks_dangerous(value: str) -> bool:
    squeezed = _INVISIBLE.sub("", value).lower()
    return any(marker in squeezed for marker in _DANGEROUS)


def strip_bidi(text: str) -> str:
    """Text (as written in HTML) without bidirectional controls, literal or as references."""
    if "&" in text:
        text = _BIDI_REFERENCE.sub(
            lambda m: "" if _BIDI.fullmatch(html_lib.unescape(m.group(0))) else m.group(0), text
        )
    return _BIDI.sub("", text)


def canonical_value(name: str, value: str) -> str:
    """The value kept for attribute ``name``: decoded, and for a URL as the client takes it."""
    value = decode_attribute(value)
    return buyer_url(value) if name in URL_ATTRIBUTES else value


def attribute_verdict(whitelist: Whitelist, tag: str, name: str, value: str) -> str | None:
    """``None`` if the attribute may stay, else the removal kind ("attribute" or "url").

    ``value`` is the canonical value (:func:`canonical_value`): decided on as sent.
    """
    if not whitelist.allows_attribute(tag, name):
        return "attribute"
    if name in URL_ATTRIBUTES:
        return None if _decoded_url_allowed(value, whitelist.protocols) else "url"
    if _looks_dangerous(value):
        return "attribute"
    pattern = _NUMBER_ATTRIBUTES.get(name)
    if pattern and not pattern.fullmatch(value.strip()):
        return "attribute"
    return None


class _Tally:
    """Counts removals by (kind, name), keeping the first example."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], list] = {}

    def seen(self, kind: str, name: str) -> bool:
        """Count one more if (kind, name) already has an example (so none need be made)."""
        entry = self.items.get((kind, name))
        if entry is None:
            return False
        entry[0] += 1
        return True

    def add(self, kind: str, name: str, example: str) -> None:
        if self.seen(kind, name):
            return
        example = " ".join(_BIDI.sub("", example).split())  # shown in the app: no reordering
        if len(example) > _EXAMPLE_LENGTH:
            example = example[: _EXAMPLE_LENGTH - 1] + "…"
        entry = self.items.setdefault((kind, name), [0, example])
        entry[0] += 1

    def removals(self) -> tuple[Removal, ...]:
        return tuple(
            Removal(kind, name, count, example)  # type: ignore[arg-type]
            for (kind, name), (count, example) in self.items.items()
        )


_NAMESPACED = re.compile("{([^}]*)}(.*)")
_HTML_NAMESPACE = namespaces["html"]
_SPACE = "".join(spaceCharacters)


class _Pipeline:
    """One bleach parser/serializer per whitelist, reused for every call.

    Speed notes (measured in ``benchmarks/sanitize.py``): building html5lib's
    parser and serializer costs more than cleaning a short message, so they are
    built once. The tree is walked by :meth:`_tokens`, which yields exactly the
    tokens of html5lib's ``etree`` walker but (a) skips script-like subtrees
    without visiting them, (b) notes what was removed on the way, so the input is
    parsed once, and (c) avoids that walker's ``list.index`` on every climb back to
    a parent, which is quadratic in the number of top-level blocks (1.6 s of a 1 MB
    document). Everything else (which tags, attributes and links survive, and the
    serialization) is bleach's own filter and serializer, unchanged.
    """

    def __init__(self, whitelist: Whitelist) -> None:
        self.whitelist = whitelist
        # The parser must know the drop-with-content tags, or bleach's tokenizer would turn
        # them into text before we can remove them with their content.
        self.parser = _ReportingParser(
            tags=set(whitelist.tags | DROP_WITH_CONTENT),
            strip=True,
            consume_entities=False,
            namespaceHTMLElements=False,
        )
        # Only its token-making helpers (text, emptyTag, …) are used, so tokens match.
        self.helper = html5lib_shim.getTreeWalker("etree")(None)
        self.serializer = canonical_serializer()
        self.allowed_tags = set(whitelist.tags)
        self.allowed_protocols = set(whitelist.protocols)
        self.tally = _Tally()
        self.cache: OrderedDict[str, CleanResult] = OrderedDict()
        self.lock = threading.Lock()

    def allow_attribute(self, tag: str, name: str, value: str) -> bool:
        """bleach's attribute callback; also notes each refusal for the seller's report."""
        verdict = attribute_verdict(self.whitelist, tag, name, value)
        if verdict is None:
            return True
        if verdict == "url":
            self.tally.add("url", name, value)
        else:
            self.tally.add("attribute", name, f'{name}="{value}"')
        return False

    def _tokens(self, root: Any) -> Iterator[dict[str, Any]]:
        """html5lib's etree walker tokens for ``root``'s children, minus dropped subtrees.

        Token for token what ``getTreeWalker("etree")`` yields (the dicts are built
        inline, as its ``startTag``/``endTag``/``text`` helpers build them), then made
        canonical as :func:`canonical_tokens` makes the stock walker's: attribute values
        decoded, a link inside a link unwrapped, bidirectional controls out of link text.
        """
        helper = self.helper
        tally = self.tally
        allowed = self.allowed_tags
        flatten = "a" in allowed
        links = 0  # how many <a> elements are open (and written) around this point
        if root.text:
            yield from _text_tokens(root.text)
        stack = [iter(root)]
        # (node, namespace, name); name None for an element whose tags are left out.
        open_elements: list[tuple[Any, str | None, str | None]] = []
        while stack:
            for node in stack[-1]:
                tag = node.tag
                if tag is _COMMENT_TAG:
                    tally.add("comment", "comment", f"<!--{node.text}-->")
                    yield {"type": "Comment", "data": node.text}
                elif tag == "<!DOCTYPE>":
                    yield helper.doctype(node.text, node.get("publicId"), node.get("systemId"))
                else:
                    # Same name/attribute splitting as html5lib's walker; the regex only
                    # ever matches from a leading "{", so other names skip it.
                    match = _NAMESPACED.match(tag) if tag[:1] == "{" else None
                    namespace, name = match.groups() if match else (None, tag)
                    attrs: dict[tuple[str | None, str], str] = OrderedDict()
                    for key, value in node.attrib.items():
                        found = _NAMESPACED.match(key) if key[:1] == "{" else None
                        attr = (found.group(1), found.group(2)) if found else (None, key)
                        attrs[attr] = canonical_value(attr[1], value)
                    if name in DROP_WITH_CONTENT:
                        if not tally.seen("script", name):
                            tally.add("script", name, _tag_text(name, attrs))
                        if node.tail:
                            yield from _text_tokens(strip_bidi(node.tail) if links else node.tail)
                        continue
                    if name not in allowed and not tally.seen("tag", name):
                        tally.add("tag", name, _tag_text(name, attrs))
                    has_children = len(node) or node.text
                    if name == "a" and links and flatten and not namespace:
                        # A link inside a link: a browser would re-read it as two links
                        # side by side. Keep the words, under the outer link.
                        tally.add("tag", "a", _tag_text(name, attrs))
                        if has_children:
                            if node.text:
                                yield from _text_tokens(strip_bidi(node.text))
                            open_elements.append((node, namespace, None))
                            stack.append(iter(node))
                            break
                    elif (not namespace or namespace == _HTML_NAMESPACE) and name in voidElements:
                        yield from helper.emptyTag(namespace, name, attrs, has_children)
                    else:
                        yield {"type": "StartTag", "name": name, "namespace": namespace,
                               "data": attrs}
                        if has_children:
                            if name == "a" and flatten and not namespace:
                                links += 1
                            if node.text:
                                yield from _text_tokens(strip_bidi(node.text) if links
                                                        else node.text)
                            open_elements.append((node, namespace, name))
                            stack.append(iter(node))
                            break
                        yield {"type": "EndTag", "name": name, "namespace": namespace}
                if node.tail:
                    yield from _text_tokens(strip_bidi(node.tail) if links else node.tail)
            else:
                stack.pop()
                if open_elements:
                    node, namespace, name = open_elements.pop()
                    if name is not None:
                        if name == "a" and flatten and not namespace:
                            links -= 1
                        yield {"type": "EndTag", "name": name, "namespace": namespace}
                    if node.tail:
                        yield from _text_tokens(strip_bidi(node.tail) if links else node.tail)

    def _pass(self, html: str) -> tuple[str, bool]:
        """Clean once; also say whether the parser had to repair the markup."""
        self.parser.tally = self.tally
        filtered = BleachSanitizerFilter(
            source=self._tokens(self.parser.parseFragment(html)),
            allowed_tags=self.allowed_tags,
            attributes=self.allow_attribute,
            strip_disallowed_tags=True,
            strip_html_comments=True,
            css_sanitizer=None,
            allowed_protocols=self.allowed_protocols,
        )
        cleaned = self.serializer.render(filtered).strip(" \t\n\r\f")
        return cleaned, bool(self.parser.errors)

    def clean(self, html: str) -> CleanResult:
        """Clean until stable, at most twice (see :func:`clean_html`)."""
        if not html:
            return CleanResult("", ())
        if _as_is(html, self.allowed_tags):
            return CleanResult(html.strip(_SPACE), ())
        with self.lock:
            found = self.cache.get(html)
            if found is not None:
                self.cache.move_to_end(html)
                return found
            self.tally = _Tally()
            cleaned, repaired = self._pass(html)
            if repaired and cleaned:
                cleaned, _ = self._pass(cleaned)
            result = CleanResult(cleaned, self.tally.removals())
            if len(html) <= _CACHE_MAX_CHARS:
                self.cache[html] = result
                if len(self.cache) > _CACHE_ENTRIES:
                    self.cache.popitem(last=False)
            return result


def canonical_serializer() -> HTMLSerializer:
    """html5lib's serializer, set to write every attribute one way: ``name="value"``.

    Values arrive decoded (:func:`canonical_value`), so each ``&``, ``<`` and ``"``
    is escaped and nothing else; a parser reads back exactly the value that was
    checked. (bleach's own serializer un-escapes ``&amp;`` in attribute values and
    skipped that for single-quoted ones, so a value gained an ``&amp;`` per pass.)
    """
    return HTMLSerializer(
        quote_attr_values="always",
        quote_char='"',
        use_best_quote_char=False,
        minimize_boolean_attributes=False,
        omit_optional_tags=False,
        escape_lt_in_attrs=True,
        escape_rcdata=True,
        resolve_entities=False,
        sanitize=False,
        alphabetical_attributes=False,
    )


def canonical_tokens(tokens: Iterable[dict[str, Any]], whitelist: Whitelist
                     ) -> Iterator[dict[str, Any]]:
    """Walker tokens made canonical: attribute values decoded, nested links unwrapped, and
    bidirectional controls out of link text. The stock pipeline's half of ``_tokens``."""
    flatten = "a" in whitelist.tags
    links = 0
    unwrapped: list[bool] = []  # per open <a>: were its tags left out?
    for token in tokens:
        kind = token["type"]
        name = token.get("name")
        if kind in ("StartTag", "EmptyTag") and token["data"]:
            token["data"] = OrderedDict(
                (key, canonical_value(key[1], value)) for key, value in token["data"].items()
            )
        is_link = flatten and name == "a" and not token.get("namespace")
        if kind == "StartTag" and is_link:
            unwrapped.append(links > 0)
            if links:
                continue
            links += 1
        elif kind == "EndTag" and is_link:
            if unwrapped.pop():
                continue
            links -= 1
        elif kind in ("Characters", "SpaceCharacters") and links:
            token = {**token, "data": strip_bidi(token["data"])}
            if not token["data"]:
                continue
        yield token

# --- markup that comes out as it went in ---------------------------------------------------
# What the app itself writes (templates.body_to_html, richtext.blocks_to_html without links
# or pictures) is plain, well-nested markup that bleach gives back unchanged, byte for byte
# (tests/test_hostile_inputs.py compares it with the stock pipeline). Such input skips
# html5lib, which reads about a megabyte a second: 333,000 line breaks took six seconds.
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "ul", "ol", "li", "blockquote"})
_INLINE = frozenset({"b", "strong", "i", "em", "u"})
# One character class for the text (a repeated group would keep a mark per character).
_AS_IS_PIECE = re.compile(
    r"(?P<text>[\t\n\x20-\x25\x27-\x3b\x3d\x3f-\x7e\xa0-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd"
    r"\U00010000-\U0010ffff]+)|&(?:amp|lt|gt|quot|nbsp|#39|#x27);"
    r"|<(?P<open>[a-z][a-z0-9]*)>|</(?P<close>[a-z][a-z0-9]*)>"
)
_AS_IS_DEPTH = 16
_NONCHARACTER = re.compile(
    "[" + "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF)
                  for plane in range(1, 17)) + "]")


def _as_is(html: str, allowed: set[str]) -> bool:
    """Is ``html`` markup that cleaning gives back unchanged (see above)?

    Text of printable characters and the five escapes; no attributes; tags from
    :data:`_BLOCKS`, :data:`_INLINE` and ``br``, allowed by the whitelist, each closed in
    order, blocks only at the top, in list items and in quotes, list items only in lists.
    """
    stack: list[str] = []
    position = 0
    for piece in _AS_IS_PIECE.finditer(html):
        if piece.start() != position:
            return False
        position = piece.end()
        tag = piece.group("open")
        if tag is not None:
            if tag not in allowed:
                return False
            parent = stack[-1] if stack else ""
            if tag == "br":
                continue
            if tag == "li":
                if parent not in ("ul", "ol"):
                    return False
            elif tag in _BLOCKS:
                if parent not in ("", "li", "blockquote"):
                    return False
            elif tag not in _INLINE or parent in ("ul", "ol"):
                return False
            stack.append(tag)
            if len(stack) > _AS_IS_DEPTH:
                return False
            continue
        tag = piece.group("close")
        if tag is not None and (not stack or stack.pop() != tag):
            return False
        if tag is None and stack and stack[-1] in ("ul", "ol") and piece.group().strip():
            return False  # words straight in a list
    # The last two code points of each plane are not characters to html5lib.
    return position == len(html) and not stack and not _NONCHARACTER.search(html)


def _text_tokens(data: str) -> list[dict[str, str]]:
    """Text as html5lib's ``TreeWalker.text`` splits it: leading space, words, trailing space."""
    middle = data.lstrip(_SPACE)
    left = data[: len(data) - len(middle)]
    tokens = [{"type": "SpaceCharacters", "data": left}] if left else []
    inner = middle.rstrip(_SPACE)
    if inner:
        tokens.append({"type": "Characters", "data": inner})
    right = middle[len(inner):]
    if right:
        tokens.append({"type": "SpaceCharacters", "data": right})
    return tokens


def _tag_text(name: str, attrs: dict[tuple[str | None, str], str]) -> str:
    """A start tag written out again, as the example shown to the seller."""
    shown = "".join(f' {key[1]}="{value}"' for key, value in attrs.items())
    return f"<{name}{shown}>"


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
    """Return the HTML the buyer will get, and what was taken out of it.

    Results for the last few inputs are remembered: the live preview cleans the
    same unchanged text again and again.
    """
    wl = whitelist if whitelist is not None else shipped_whitelist()
    return _pipeline(wl).clean(html)
