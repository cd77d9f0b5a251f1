"""Character formats the editor gives its headings, shared by the toolbar and paste cleaning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextDocument

# The format classes are imported where they are made, not here: their enums cost about
# 3 ms before the first paint, and the first frame formats nothing (FIRST_FRAME_NOTE in
# composer/ui/headerform.py).


def heading_char_format(level: int) -> QTextCharFormat:
    """The look of a heading: bold and larger, as Qt's own HTML headings are (0: normal text)."""
    from PySide6.QtGui import QFont, QTextCharFormat, QTextFormat

    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - level if level else 0)
    return fmt


# The space above and below a paragraph: what Qt gives a <p> read from HTML, so the editor
# shows the paragraph spacing the buyer's view (and the buyer's email app) shows.
PARAGRAPH_MARGIN = 12.0


HEADING_TOP_MARGIN = {1: 18.0, 2: 16.0, 3: 14.0}  # Qt's <h1>–<h3>, as the buyer's view


def block_margins(level: int) -> tuple[float, float]:
    """The space above and below a paragraph (level 0) or a heading, as the buyer's view has."""
    return HEADING_TOP_MARGIN.get(level, PARAGRAPH_MARGIN), PARAGRAPH_MARGIN


def paragraph_block_format(level: int = 0) -> QTextBlockFormat:
    """A paragraph's (or heading's) block format, spaced as in the buyer's view."""
    from PySide6.QtGui import QTextBlockFormat

    fmt = QTextBlockFormat()
    top, bottom = block_margins(level)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    if level:
        fmt.setHeadingLevel(level)
    return fmt


def space_paragraphs(document: QTextDocument, first: int = 0, last: int = -1) -> None:
    """Space the paragraphs and headings from block ``first`` to ``last`` as the buyer sees.

    Lists keep their own spacing. Text typed after Enter inherits its paragraph's
    format, so spacing what a draft, a file or a paste brings is enough.
    """
    block = document.findBlockByNumber(first)
    while block.isValid() and (last < 0 or block.blockNumber() <= last):
        fmt = block.blockFormat()
        wanted = block_margins(min(fmt.headingLevel(), 3))
        if block.textList() is None and (fmt.topMargin(), fmt.bottomMargin()) != wanted:
            fmt.setTopMargin(wanted[0])
            fmt.setBottomMargin(wanted[1])
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
