"""Turn HTML into what a reader sees: plain text plus the HTML-only facts tied to it.

The checker works on text, but some problems exist only in the markup (a link
target, an image, a colour). :func:`parse_html` returns the text the way a
browser shows it and one :class:`~composer.policy.model.Element` per start tag,
each pointing at its span of that text, so a finding about an ``<img>`` can
underline the image's placeholder character.

Built on the standard library's ``html.parser`` because it is forgiving, fast
enough (linear time) and never needs a DOM. Decisions, in short:

* whitespace runs collapse to one space, except inside ``<pre>``;
* block elements start on a new line, one ``\\n`` between blocks, no leading or
  trailing blank lines; ``<br>`` is a ``\\n``; a ``<br>`` that ends a block adds
  no extra line (as in a browser), so ``<p><br></p>`` is one blank line;
* ``script``, ``style``, ``head``, ``title``, ``template``, ``noscript`` and
  comments (conditional ones too) give no text; the content *between* Word's
  ``<![if !supportLists]>`` markers is shown, as a browser shows it;
* ``<img>`` is the single character U+FFFC, as in Qt's editor;
* table cells on one row are separated by a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from composer.policy.model import Element, Message

OBJECT_CHAR = "\ufffc"

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
CELL_TAGS = frozenset({"td", "th"})
SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})
VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "image",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
_LONE_LT = re.compile(r"<(?![a-zA-Z/!?])")


@dataclass(frozen=True)
class HtmlText:
    """The visible text of an HTML document and its elements, each with a text span."""

    text: str
    elements: tuple[Element, ...]


class LenientHTMLParser(HTMLParser):
    """The standard parser, made to survive what word processors write, and a little faster.

    Markup left open at the end of the input (``<a href=…``, ``<!--`` …, ``</b``) takes
    the rest of the input with it and shows nothing, as in HTML5 (and in the Python
    releases that fixed gh-135462). Older releases read such a construct again from
    each ``<`` that follows it, each time to the end: 100 KB of ``<!--`` took minutes.
    """

    _closing = False

    def updatepos(self, i: int, j: int) -> int:
        """Skip line/column bookkeeping: nothing here reports positions, and it costs ~10%."""
        return j

    def read(self, html: str) -> None:
        """Feed the whole document; on what html.parser still trips over, keep what was read.

        A ``<`` that cannot start markup is text; written as ``&lt;`` it reaches the
        handlers with the text around it instead of one call per character (the same
        text: character references are decoded in text and in attribute values, and
        what ``script`` or ``style`` hold is never shown).
        """
        if "<" in html:
            html = _LONE_LT.sub("&lt;", html)
        try:
            self.feed(html)
            self.close()
        except Exception:
            pass

    def close(self) -> None:
        self._closing = True
        try:
            super().close()
        finally:
            self._closing = False

    def _open_at_end(self, i: int, end: int) -> int:
        """``end``, or, when a construct at ``i`` is still open at the end, the end of input."""
        if end >= 0 or not self._closing:
            return end
        if self.rawdata[i:] == "</":
            self.handle_data("</")  # a bare "</" at the very end is text (HTML5)
        return len(self.rawdata)

    def parse_starttag(self, i: int) -> int:
        return self._open_at_end(i, super().parse_starttag(i))

    def parse_endtag(self, i: int) -> int:
        return self._open_at_end(i, super().parse_endtag(i))

    def parse_comment(self, i: int, report: int = 1) -> int:
        return self._open_at_end(i, super().parse_comment(i, report))

    def parse_pi(self, i: int) -> int:
        return self._open_at_end(i, super().parse_pi(i))

    def parse_html_declaration(self, i: int) -> int:
        return self._open_at_end(i, super().parse_html_declaration(i))

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """Treat an unknown ``<![word …]>`` as a bogus comment instead of failing."""
        try:
            end = super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            end = -1 if end < 0 else end + 1
        return self._open_at_end(i, end)


class _Collector(LenientHTMLParser):
    """Builds the text and element spans in one pass; never raises on bad markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.last_char = ""
        self.pending_break = False
        self.pending_space = False
        # [tag, start, end, attrs]; start None until the element's first character is known.
        self.records: list[list] = []
        self.awaiting_start: list[list] = []
        self.stack: list[tuple[str, list]] = []
        self.open_count: dict[str, int] = {}  # tag -> how many are on the stack (O(1) misses)
        self.skip_depth = 0
        self.pre_depth = 0
        self.pre_fresh = False

    # -- output ---------------------------------------------------------------
    def _emit(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.length += len(chunk)
        self.last_char = chunk[-1]

    def _separators(self) -> None:
        """Write any pending block break or space, then anchor waiting elements."""
        if self.length:
            if self.pending_break:
                if self.last_char != "\n":
                    self._emit("\n")
            elif self.pending_space and self.last_char not in ("\n", " "):
                self._emit(" ")
        self.pending_break = False
        self.pending_space = False
        for record in self.awaiting_start:
            if record[1] is None:
                record[1] = self.length
        self.awaiting_start.clear()

    def _text(self, chunk: str) -> None:
        if not chunk:
            return
        self._separators()
        self._emit(chunk)

    def _block_boundary(self) -> None:
        if self.length:
            self.pending_break = True
        self.pending_space = False

    # -- elements -------------------------------------------------------------
    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> list:
        clean = tuple((name.lower(), value if value is not None else "")
                      for name, value in attrs) if attrs else ()
        record: list = [tag, None, None, clean]
        self.records.append(record)
        self.awaiting_start.append(record)
        return record

    def _close_record(self, record: list) -> None:
        if record[1] is None:  # never anchored: an empty element sits where it closed
            record[1] = self.length
        record[2] = self.length

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            tag, record = self.stack.pop()
            self.open_count[tag] -= 1
            self._close_record(record)
            if tag in SKIP_TAGS:
                self.skip_depth -= 1
            elif tag == "pre":
                self.pre_depth -= 1
            if tag in BLOCK_TAGS:
                self._block_boundary()
            elif tag in CELL_TAGS:
                self.pending_space = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag == "body":
            self._close_open("head")
        if tag in ("p", "li") or tag in ("tr", "td", "th"):
            self._close_implied(tag)
        if tag in BLOCK_TAGS:
            self._block_boundary()
        elif tag in CELL_TAGS:
            self.pending_space = True
        if tag == "br":
            record = self._open(tag, attrs)
            if not self.skip_depth and self.length:
                self._separators()
                self._emit("\n")
            self._close_record(record)
            return
        if tag == "img":
            record = self._open(tag, attrs)
            if not self.skip_depth:
                self._text(OBJECT_CHAR)
                record[1] = self.length - 1
            self._close_record(record)
            return
        record = self._open(tag, attrs)
        if tag in VOID_TAGS:
            self._close_record(record)
            if tag == "hr":
                self._block_boundary()
            return
        self.stack.append((tag, record))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if tag in SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "pre":
            self.pre_depth += 1
            self.pre_fresh = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``<p/>`` is a start tag in HTML; only void elements close themselves."""
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "br":  # browsers treat </br> as <br>
            self.handle_starttag("br", [])
            return
        if not self.open_count.get(tag):
            if tag in BLOCK_TAGS:
                self._block_boundary()
            return
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                self._pop_to(index)
                return
        if tag in BLOCK_TAGS:
            self._block_boundary()

    def _close_open(self, tag: str) -> None:
        if not self.open_count.get(tag):
            return
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                self._pop_to(index)
                return

    def _close_implied(self, tag: str) -> None:
        """A new <p>/<li>/<tr>/<td> closes an open one of its kind (a common omission)."""
        scope = {
            "p": ("p",),
            "li": ("li",),
            "tr": ("tr",),
            "td": ("td", "th"),
            "th": ("td", "th"),
        }[tag]
        barrier = {
            "li": ("ul", "ol"),
            "tr": ("table",),
            "td": ("tr", "table"),
            "th": ("tr", "table"),
            "p": ("div", "li", "td", "th", "blockquote"),
        }[tag]
        # Look only a short way down the stack: keeps the pass linear on deep nesting.
        for index in range(len(self.stack) - 1, max(-1, len(self.stack) - 9), -1):
            name = self.stack[index][0]
            if name in scope:
                self._pop_to(index)
                return
            if name in barrier:
                return

    # -- content --------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        if self.pre_depth:
            if self.pre_fresh and data.startswith("\n"):
                data = data[1:]
            self.pre_fresh = False
            self._text(data)
            return
        self.pre_fresh = False
        words = _SPACE_RUN.split(data)
        if words[0] == "":
            self.pending_space = True
        for position, word in enumerate(words):
            if not word:
                continue
            if position > 0:
                self.pending_space = True
            self._text(word)
            self.pending_space = False
        if words[-1] == "":
            self.pending_space = True

    def handle_comment(self, data: str) -> None:
        """Comments, conditional ones included, show nothing."""

    def handle_decl(self, decl: str) -> None:
        """``<!DOCTYPE …>`` shows nothing."""

    def unknown_decl(self, data: str) -> None:
        """``<![if !supportLists]>`` / ``<![endif]>`` markers show nothing."""

    def handle_pi(self, data: str) -> None:
        """``<?xml …>`` (Word's namespace declarations) shows nothing."""

    # -- result ---------------------------------------------------------------
    def result(self) -> HtmlText:
        self._pop_to(0)
        text = "".join(self.parts)
        trimmed = text.rstrip(" \n")
        size = len(trimmed)
        elements = []
        for tag, start, end, attrs in self.records:
            start = min(size, start if start is not None else size)
            end = max(start, min(size, end if end is not None else size))
            elements.append(Element(tag, start, end, attrs))
        return HtmlText(trimmed, tuple(elements))


#: One piece of serializer-shaped HTML: text without ``<``, ``<tag a="v">`` or ``</tag>``.
_SIMPLE_PIECE = re.compile(
    r'([^<]+)|<([a-z][a-z0-9]*)((?: [a-z][a-z0-9-]*="[^"<]*")*)>|</([a-z][a-z0-9]*)>'
)
_SIMPLE_ATTRIBUTE = re.compile(r' ([a-z][a-z0-9-]*)="([^"]*)"')
#: Tags whose content html.parser reads raw (in some Python version): never on the fast path.
RAW_CONTENT_TAGS = frozenset(
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
     "noscript", "plaintext"]
)


def feed_simple(parser: HTMLParser, html: str) -> bool:
    """Call ``parser``'s handlers for HTML shaped like bleach's output; False for other HTML.

    On such input html.parser would call exactly these handlers with exactly these
    values (text and attribute values with character references decoded), so calling
    them directly skips its slower general machinery: 333,000 line breaks took three
    seconds through it. Anything else (comments, a bare ``<``, unquoted or valueless
    attributes, raw-content tags) gives False, and the parser must be thrown away.
    """
    position = 0
    for piece in _SIMPLE_PIECE.finditer(html):
        if piece.start() != position:
            return False
        position = piece.end()
        text, tag, attributes, end = piece.groups()
        if text is not None:
            parser.handle_data(unescape(text) if "&" in text else text)
        elif tag is not None:
            if tag in RAW_CONTENT_TAGS:
                return False
            parser.handle_starttag(tag, [
                (name, unescape(value) if "&" in value else value)
                for name, value in _SIMPLE_ATTRIBUTE.findall(attributes)
            ] if attributes else [])
        else:
            if end in RAW_CONTENT_TAGS:
                return False
            parser.handle_endtag(end)
    return position == len(html)


def parse_html(html: str) -> HtmlText:
    """Return the visible text of ``html`` and its elements; never raises."""
    collector = _Collector()
    if feed_simple(collector, html):
        return collector.result()
    collector = _Collector()
    collector.read(html)
    return collector.result()


def _parse_general(html: str) -> HtmlText:
    """Read through html.parser, whatever the markup (the yardstick in tests)."""
    collector = _Collector()
    collector.read(html)
    return collector.result()


def message_from_html(html: str, **header: object) -> Message:
    """Build a :class:`Message` from HTML, e.g. ``message_from_html(h, subject="Hi")``."""
    parsed = parse_html(html)
    return Message(text=parsed.text, elements=parsed.elements, **header)  # type: ignore[arg-type]
