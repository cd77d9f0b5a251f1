"""How the editor formats and spaces its blocks, shared by the editor, the toolbar and paste.

A paragraph block is one line: one Return is a line break and an empty block a blank
line, exactly as the buyer gets them (``composer.message.richtext``: neighbouring lines
go out as one ``<p>`` with ``<br>``, a blank line is the gap between paragraphs). So
paragraph blocks have no space above or below; only headings keep the space the
buyer's view gives them. HTML from outside the editor (a draft saved before this was
so, a template, a message file, a rich paste) spaces paragraphs with margins instead:
:func:`blank_lines_for_gaps` turns each such gap into the blank line it stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextDocument

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


# A line (a paragraph block) has no space above or below: a blank line is an empty block.
LINE_MARGIN = 0.0
# Headings keep the space Qt gives <h1>–<h3> read from HTML, as the buyer's view shows them.
HEADING_TOP_MARGIN = {1: 18.0, 2: 16.0, 3: 14.0}
HEADING_BOTTOM_MARGIN = 12.0
LIST_GAP = 12.0  # above a list's first item and below its last, as Qt reads a <ul>
_BLANK = " \t\u00a0\u2028"  # a block of only these is a blank line


def block_margins(level: int) -> tuple[float, float]:
    """The space above and below a line (level 0) or a heading, as the buyer's view has."""
    if level in HEADING_TOP_MARGIN:
        return HEADING_TOP_MARGIN[level], HEADING_BOTTOM_MARGIN
    return LINE_MARGIN, LINE_MARGIN


def is_line(block: QTextBlock) -> bool:
    """A block of text that is neither a heading nor a list item."""
    return block.textList() is None and not block.blockFormat().headingLevel()


def is_blank(block: QTextBlock) -> bool:
    return not block.text().strip(_BLANK)


def gap_between(before: QTextBlock, after: QTextBlock) -> bool:
    """Two lines of words that HTML set apart with a margin: a blank line between them."""
    if not (is_line(before) and is_line(after)) or is_blank(before) or is_blank(after):
        return False
    return before.blockFormat().bottomMargin() > 0 or after.blockFormat().topMargin() > 0


def blank_lines_for_gaps(document: QTextDocument) -> None:
    """Put a blank line where HTML spaced two paragraphs apart (before spacing them as lines).

    ``<p>Hello</p><p>Bye</p>`` reads as two blocks with margins: the seller saw (and the
    buyer got) a gap between them, which is now an empty block. Lines a ``<br>`` or a
    ``<div>`` set apart keep no gap, nor do lists and headings, which have their own.
    """
    from PySide6.QtGui import QTextCharFormat

    block = document.begin()
    while block.isValid():
        after = block.next()
        if after.isValid() and gap_between(block, after):
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
        block = after


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


def wanted_margins(block: QTextBlock) -> tuple[float, float]:
    """The space above and below ``block``: none for a line, a heading's own, and for a list
    the gap the buyer's view puts above its first item and below its last (as Qt reads a
    ``<ul>`` from HTML), none between its items."""
    text_list = block.textList()
    if text_list is None:
        return block_margins(min(block.blockFormat().headingLevel(), 3))
    number = text_list.itemNumber(block)
    return (LIST_GAP if number == 0 else LINE_MARGIN,
            LIST_GAP if number == text_list.count() - 1 else LINE_MARGIN)


def _respace(block: QTextBlock) -> bool:
    """Give ``block`` its margins; whether it needed it."""
    fmt = block.blockFormat()
    wanted = wanted_margins(block)
    if (fmt.topMargin(), fmt.bottomMargin()) == wanted:
        return False
    fmt.setTopMargin(wanted[0])
    fmt.setBottomMargin(wanted[1])
    QTextCursor(block).setBlockFormat(fmt)
    return True


def space_paragraphs(document: QTextDocument, first: int = 0, last: int = -1) -> None:
    """Space the lines, headings and lists from block ``first`` to ``last`` as the buyer sees.

    Text typed after Enter inherits its block's format, so spacing what a draft, a file
    or a paste brings is enough; a list changed by a key is spaced by :func:`space_near`.
    """
    block = document.findBlockByNumber(first)
    while block.isValid() and (last < 0 or block.blockNumber() <= last):
        _respace(block)
        block = block.next()


def near_list(block: QTextBlock) -> bool:
    """Whether ``block`` or a neighbour is a list item (a key there may change the list)."""
    return any(b.isValid() and b.textList() is not None
               for b in (block, block.previous(), block.next()))


def space_near(cursor: QTextCursor, reach: int = 2) -> None:
    """Space the blocks around ``cursor`` after an edit that may have begun or ended a list
    item there (the caller makes it part of that edit's undo step)."""
    document = cursor.document()
    number = cursor.blockNumber()
    for n in range(max(0, number - reach), number + reach + 1):
        block = document.findBlockByNumber(n)
        if block.isValid():
            _respace(block)
