"""The editor's document as plain records, and their export to minimal semantic HTML.

The editor walks its QTextDocument into :class:`Block` and :class:`Run` records,
so export never sends Qt's own ``toHtml()`` (full of inline styles that Amazon
strips or flags). This module is pure: no Qt, easy to test.

Decisions: a block of the editor is a line (one Return is a line break), and an
empty block is a blank line, as in a plain-text e-mail. So neighbouring lines go out
as one ``<p>`` joined by ``<br>``, and an empty line ends the paragraph: the buyer's
mail program shows the paragraph's gap where the seller left a blank line, and the
plain rendering writes that blank line. A second empty line in a row is kept (as
``<p><br></p>``, the way browsers write an empty line) because the seller typed it;
the styling rule warns about too many blank lines instead of the export hiding them.
``align`` is never emitted (cleaning would drop it anyway); the styling rule
reports it from the editor's document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from itertools import groupby
from typing import Literal

LINE_SEPARATORS = ("\u2028", "\n")


@dataclass(frozen=True)
class Run:
    """A stretch of text with one set of character formats."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    href: str | None = None
    image: str | None = None  # an image's address: the run is the picture, not text
    alt: str = ""
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph, heading or list item; list items with one ``list_id`` form one list."""

    kind: Literal["p", "h1", "h2", "h3", "li"]
    runs: tuple[Run, ...] = ()
    list_kind: Literal["ul", "ol"] | None = None
    list_id: int | None = None
    align: str | None = None

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _image_html(run: Run) -> str:
    attrs = [f'src="{escape(run.image or "", quote=True)}"', f'alt="{escape(run.alt, quote=True)}"']
    if run.width:
        attrs.append(f'width="{run.width}"')
    if run.height:
        attrs.append(f'height="{run.height}"')
    return f"<img {' '.join(attrs)}>"


def _run_html(run: Run) -> str:
    if run.image is not None:
        return _image_html(run)
    text = run.text
    for separator in LINE_SEPARATORS[1:]:
        text = text.replace(separator, LINE_SEPARATORS[0])
    html = "<br>".join(escape(part, quote=False) for part in text.split(LINE_SEPARATORS[0]))
    if not html:
        return ""
    if run.underline:
        html = f"<u>{html}</u>"
    if run.italic:
        html = f"<em>{html}</em>"
    if run.bold:
        html = f"<strong>{html}</strong>"
    if run.href is not None:
        html = f'<a href="{escape(run.href, quote=True)}">{html}</a>'
    return html


def _runs_html(runs: Sequence[Run]) -> str:
    """Join runs, merging neighbours that link to the same place into one ``<a>``."""
    parts: list[str] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        if run.href is None:
            parts.append(_run_html(run))
            index += 1
            continue
        group = [run]
        index += 1
        while index < len(runs) and runs[index].href == run.href:
            group.append(runs[index])
            index += 1
        inner = "".join(
            _run_html(Run(r.text, r.bold, r.italic, r.underline, None, r.image, r.alt,
                          r.width, r.height)) for r in group
        )
        parts.append(f'<a href="{escape(run.href, quote=True)}">{inner}</a>')
    return "".join(parts)


def blank(block: Block) -> bool:
    """An empty line: a paragraph with no words and no picture (spaces alone count as none)."""
    return block.kind == "p" and all(run.image is None and not run.text.strip(" \t\u00a0")
                                     for run in block.runs)


def blocks_to_html(blocks: Sequence[Block]) -> str:
    """Return minimal semantic HTML: p, br, strong, em, u, a, h1–h3, ul/ol/li.

    Lines (paragraph blocks) next to each other make one ``<p>``, joined by ``<br>``; an
    empty line ends it, and each further empty line in a row is a ``<p><br></p>``.
    """
    out: list[str] = []
    open_list: tuple[str, int | None] | None = None
    lines: list[str] = []  # the lines of the paragraph being gathered

    def end_paragraph() -> None:
        if lines:
            out.append(f"<p>{'<br>'.join(lines)}</p>")
            lines.clear()

    for block in blocks:
        if block.kind == "p":
            if open_list is not None:
                out.append(f"</{open_list[0]}>")
                open_list = None
            if not blank(block):
                lines.append(_runs_html(block.runs))
            elif lines:
                end_paragraph()  # the blank line is the gap between two paragraphs
            elif out and out[-1].startswith("<p>"):
                out.append("<p><br></p>")  # one more blank line than the gap
            continue
        end_paragraph()
        if block.kind == "li":
            kind = block.list_kind or "ul"
            key = (kind, block.list_id)
            if open_list != key:
                if open_list is not None:
                    out.append(f"</{open_list[0]}>")
                out.append(f"<{kind}>")
                open_list = key
            out.append(f"<li>{_runs_html(block.runs)}</li>")
            continue
        if open_list is not None:
            out.append(f"</{open_list[0]}>")
            open_list = None
        out.append(f"<{block.kind}>{_runs_html(block.runs)}</{block.kind}>")
    end_paragraph()
    if open_list is not None:
        out.append(f"</{open_list[0]}>")
    return "\n".join(out)


def blocks_to_plain(blocks: Sequence[Block]) -> str:
    """Return the text as the seller typed it: one line per block, list markers added.

    Links keep their words and show the address in angle brackets, so nothing
    the buyer would see is silently lost.
    """
    lines: list[str] = []
    counters: dict[tuple[str, int | None], int] = {}
    previous_key: tuple[str, int | None] | None = None
    for block in blocks:
        pieces = []
        for href, group in groupby(block.runs, key=lambda run: run.href):
            text = "".join(f"[image: {run.alt or run.image}]" if run.image is not None
                           else run.text for run in group).replace("\u2028", "\n")
            if href and href != text:
                text = f"{text} <{href}>"
            pieces.append(text)
        text = "".join(pieces)
        if block.kind == "li":
            key = (block.list_kind or "ul", block.list_id)
            if key != previous_key and key not in counters:
                counters[key] = 0
            counters[key] = counters.get(key, 0) + 1
            marker = f"{counters[key]}. " if key[0] == "ol" else "- "
            text = marker + text
            previous_key = key
        else:
            previous_key = None
        lines.append(text)
    return "\n".join(lines)
