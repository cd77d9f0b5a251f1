"""Render HTML as the plain text a seller pastes into Seller Central's plain-text form.

Nothing the buyer would have seen is dropped silently: a link keeps its words
and shows its address (``link text <https://…>``), an image becomes
``[image: alt text]``. Lists become ``- `` or ``1. `` lines, paragraphs and
headings are separated by one blank line, table rows become lines with cells
joined by `` | ``, and there are never more than two line breaks in a row.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from composer.sanitize.htmltext import SKIP_TAGS, LenientHTMLParser, feed_simple

_PARAGRAPH_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "address",
        "figure",
        "hr",
        "center",
        "form",
        "fieldset",
        "dl",
        "main",
        "aside",
        "nav",
    ]
)
_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
# Lists and quotes deeper than this are drawn at this depth: each level indents every line
# it holds, so 2,000 nested lists had written 4 MB of spaces (nothing is left out).
MAX_DRAWN_DEPTH = 10
_TOO_MANY_BREAKS = re.compile(r"\n{3,}")
# Tried only where a run of spaces starts: from each space of a long run it was quadratic.
_TRAILING_SPACE = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+\n")
_BLANK_LINE = re.compile(r"^[ \t\u00a0]+$", re.MULTILINE)


class _Renderer(LenientHTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.last = ""
        self.newlines = 0  # how many line breaks end the output so far
        self.pending = 0  # 0: nothing, 1: line break, 2: blank line
        self.pending_space = False
        self.lists: list[list] = []  # [kind, counter]
        self.links: list[tuple[str, int]] = []  # (href, index into parts)
        self.cells = 0
        self.skip = 0
        self.pre = 0
        self.quote = 0

    def _put(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.last = chunk[-1]
        stripped = chunk.rstrip("\n")
        trailing = len(chunk) - len(stripped)
        self.newlines = self.newlines + trailing if not stripped else trailing

    def _flush(self) -> None:
        if self.parts:
            if self.pending > self.newlines:
                self._put("\n" * (self.pending - self.newlines))
            elif self.pending_space and self.last not in (" ", "\n"):
                self._put(" ")
        self.pending = 0
        self.pending_space = False
        if self.quote and (not self.parts or self.last == "\n"):
            self._put("> " * min(self.quote, MAX_DRAWN_DEPTH))

    def _write(self, text: str) -> None:
        if text:
            self._flush()
            self._put(text)

    def _break(self, level: int) -> None:
        self.pending = max(self.pending, level)
        self.pending_space = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs} if attrs else {}
        if tag in SKIP_TAGS:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in ("ul", "ol"):
            self._break(1 if self.lists else 2)
            self.lists.append([tag, 0])
        elif tag == "li":
            self._break(1)
            kind, count = self.lists[-1] if self.lists else ("ul", 0)
            if self.lists:
                self.lists[-1][1] = count + 1
            marker = f"{count + 1}. " if kind == "ol" else "- "
            self._write("  " * min(max(0, len(self.lists) - 1), MAX_DRAWN_DEPTH - 1) + marker)
        elif tag == "br":
            self._flush()
            self._put("\n")
        elif tag == "tr":
            self._break(1)
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self._write(" | ")
            self.cells += 1
        elif tag == "a":
            self.links.append((attr.get("href", "").strip(), len(self.parts)))
        elif tag == "img":
            alt = " ".join(attr.get("alt", "").split())
            self._write(f"[image: {alt}]" if alt else "[image]")
        elif tag in _PARAGRAPH_TAGS:
            self._break(2)
            if tag == "hr":
                self._write("----")
                self._break(2)
            elif tag == "blockquote":
                self.quote += 1
            elif tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._break(1 if self.lists else 2)
        elif tag == "li":
            self._break(1)
        elif tag == "a" and self.links:
            href, index = self.links.pop()
            shown = "".join(self.parts[index:]).strip()
            if href and shown != href:
                self._write(f" <{href}>" if shown else f"<{href}>")
        elif tag in _PARAGRAPH_TAGS:
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._break(2)

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if self.pre:
            self._write(data)
            return
        # Words never contain a space or line break, so writing the run already joined by
        # single spaces gives what writing word by word with a pending space would.
        words = _SPACE_RUN.split(data)
        if words[0] == "":
            self.pending_space = True
        joined = " ".join(word for word in words if word)
        if joined:
            self._write(joined)
        if words[-1] == "":
            self.pending_space = True

    def result(self) -> str:
        text = "".join(self.parts)
        text = _BLANK_LINE.sub("", _TRAILING_SPACE.sub("\n", text))
        text = _TOO_MANY_BREAKS.sub("\n\n", text)
        return text.strip("\n ")


_CACHE_ENTRIES = 16
_CACHE_MAX_CHARS = 100_000  # keep memory small; bigger inputs are simply cleaned again
_cache: OrderedDict[str, str] = OrderedDict()
_cache_lock = threading.Lock()


def _render_general(html: str) -> str:
    """Render through html.parser: any markup at all (also the yardstick in tests)."""
    renderer = _Renderer()
    renderer.read(html)
    return renderer.result()


def _render_simple(html: str) -> str | None:
    """Render HTML shaped like bleach's output (what render_plain is given), else ``None``.

    See :func:`composer.sanitize.htmltext.feed_simple`: the same handler calls, without
    html.parser's slower general machinery.
    """
    renderer = _Renderer()
    return renderer.result() if feed_simple(renderer, html) else None


def _render(html: str) -> str:
    text = _render_simple(html)
    return _render_general(html) if text is None else text


def render_plain(html: str) -> str:
    """Return ``html`` as plain text for Seller Central's plain-text form; never raises.

    The last few results are remembered: the preview renders unchanged text often.
    """
    with _cache_lock:
        found = _cache.get(html)
        if found is not None:
            _cache.move_to_end(html)
            return found
    text = _render(html)
    if len(html) <= _CACHE_MAX_CHARS:
        with _cache_lock:
            _cache[html] = text
            if len(_cache) > _CACHE_ENTRIES:
                _cache.popitem(last=False)
    return text
