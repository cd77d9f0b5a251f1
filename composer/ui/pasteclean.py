"""Reduce pasted rich text to the formatting the editor offers.

Qt's own HTML reader understands Word's and web pages' HTML and CSS far better
than a hand-written parser would, so the pasted HTML is read into a scratch
document, and only bold, italic, underline, lists and headings 1–3 are copied
across. Everything else (colours, fonts, sizes, alignment, images, links) is
dropped, and what was dropped is reported so the seller knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from composer.ui.formats import gap_between, heading_char_format, paragraph_block_format

# Word writes list bullets as text ("·", "o", "§" in Symbol/Wingdings fonts) followed by
# non-breaking spaces, inside conditional comments that Qt shows. Turn them back into lists.
# Only in HTML that Word wrote (mso-list), and only with Word's run of non-breaking
# spaces, so "J. Smith will call" or Spanish "o sea" pasted from elsewhere stay as typed.
_WORD_BULLET = re.compile(r"^[·•▪◦o§\-–][ ]?\u00a0[\u00a0\s]*")
_WORD_NUMBER = re.compile(r"^(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)][ ]?\u00a0[\u00a0\s]*")
_ORDERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


# What a paste may lose, in the note's order (the keys are what the cleaner records).
_LOST = {"colours": QT_TRANSLATE_NOOP("PasteReport", "colours"),
         "fonts": QT_TRANSLATE_NOOP("PasteReport", "fonts"),
         "text sizes": QT_TRANSLATE_NOOP("PasteReport", "text sizes"),
         "alignment": QT_TRANSLATE_NOOP("PasteReport", "alignment"),
         "highlighting": QT_TRANSLATE_NOOP("PasteReport", "highlighting"),
         "images": QT_TRANSLATE_NOOP("PasteReport", "images"),
         "links": QT_TRANSLATE_NOOP("PasteReport", "links"),
         "tables": QT_TRANSLATE_NOOP("PasteReport", "tables")}


@dataclass
class PasteReport:
    """What the paste lost, in words a seller understands."""

    removed: set[str] = field(default_factory=set)

    def summary(self) -> str:
        if not self.removed:
            return ""
        items = [QCoreApplication.translate("PasteReport", words)
                 for name, words in _LOST.items() if name in self.removed]
        return QCoreApplication.translate(
            "PasteReport", "Pasted without {items}: Amazon does not allow them in messages."
        ).format(items=", ".join(items))


def _note_block(block: QTextBlock, report: PasteReport) -> None:
    fmt = block.blockFormat()
    if fmt.hasProperty(QTextFormat.Property.BlockAlignment):
        horizontal = fmt.alignment() & ~_ABSOLUTE
        if horizontal not in (_LEFT, _JUSTIFY):
            report.removed.add("alignment")
    if block.document().frameAt(block.position()) is not block.document().rootFrame():
        report.removed.add("tables")


def _note_char(fmt: QTextCharFormat, report: PasteReport) -> None:
    if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) and not fmt.isAnchor():
        report.removed.add("colours")  # Qt colours links itself; that is not the page's doing
    if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
        report.removed.add("highlighting")
    if fmt.hasProperty(QTextFormat.Property.FontFamilies) or fmt.hasProperty(
        QTextFormat.Property.FontFamily
    ):
        report.removed.add("fonts")
    if fmt.hasProperty(QTextFormat.Property.FontPointSize) or fmt.hasProperty(
        QTextFormat.Property.FontPixelSize
    ):
        report.removed.add("text sizes")
    if fmt.isAnchor() and fmt.anchorHref():
        report.removed.add("links")


_ABSOLUTE = Qt.AlignmentFlag.AlignAbsolute
_LEFT = Qt.AlignmentFlag.AlignLeft
_JUSTIFY = Qt.AlignmentFlag.AlignJustify


def clean_fragment(html: str) -> tuple[QTextDocumentFragment, PasteReport]:
    """Read pasted HTML and rebuild it with only the formats the editor offers."""
    source = QTextDocument()
    source.setHtml(html)
    target = QTextDocument()
    cursor = QTextCursor(target)
    report = PasteReport()
    lists: dict[int, QTextList] = {}
    word_list: QTextList | None = None
    from_word = "mso-list" in html or "MsoList" in html
    block = source.begin()
    first = True
    bold_line = False  # the block before stood alone in bold: a web page's heading
    while block.isValid():
        _note_block(block, report)
        level = min(block.blockFormat().headingLevel(), 3)
        text_list = block.textList()
        fragments = _fragments(block, report)
        plain = "".join(text for text, _ in fragments)

        list_style: QTextListFormat.Style | None = None
        if text_list is not None:
            ordered = text_list.format().style() in _ORDERED_STYLES
            list_style = (QTextListFormat.Style.ListDecimal if ordered
                          else QTextListFormat.Style.ListDisc)
        else:
            match = (_WORD_BULLET.match(plain) or _WORD_NUMBER.match(plain)) if from_word \
                else None
            if match and len(plain) > match.end():
                list_style = (QTextListFormat.Style.ListDisc if match.re is _WORD_BULLET
                              else QTextListFormat.Style.ListDecimal)
                fragments = _drop_prefix(fragments, match.end())

        # Each block is a line; where the page set two paragraphs apart (a <p>'s margin, not
        # Word's "margin:0"), a blank line stands for the gap, as the buyer will see it.
        block_format = (QTextBlockFormat() if list_style is not None
                        else paragraph_block_format(level))
        if first:
            cursor.setBlockFormat(block_format)
        else:
            if list_style is None and (gap_between(block.previous(), block) or (
                    bold_line and not level and plain.strip() and not _all_bold(fragments))):
                cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
            cursor.insertBlock(block_format, QTextCharFormat())
        first = False
        bold_line = (not from_word and not level and list_style is None
                     and bool(plain.strip()) and _all_bold(fragments))

        if list_style is not None:
            key = id(text_list) if text_list is not None else -1
            existing = lists.get(key) if text_list is not None else word_list
            if existing is not None and existing.format().style() == list_style:
                existing.add(cursor.block())
            else:
                created = cursor.createList(list_style)
                if text_list is not None:
                    lists[key] = created
                else:
                    word_list = created
        elif text_list is None:
            word_list = None

        base = heading_char_format(level) if level and list_style is None else QTextCharFormat()
        for text, fmt in fragments:
            out = QTextCharFormat(base)
            if fmt.fontWeight() >= QFont.Weight.DemiBold:
                out.setFontWeight(QFont.Weight.Bold)
            if fmt.fontItalic():
                out.setFontItalic(True)
            if fmt.fontUnderline() and not (fmt.isAnchor() and fmt.anchorHref()):
                out.setFontUnderline(True)
            cursor.insertText(text, out)
        block = block.next()
    return QTextDocumentFragment(target), report


def _all_bold(fragments: list[tuple[str, QTextCharFormat]]) -> bool:
    """Every word of the line is bold (a line a web page set apart as its heading)."""
    return all(fmt.fontWeight() >= QFont.Weight.DemiBold
               for text, fmt in fragments if text.strip())


def heading_level_first(fragment: QTextDocumentFragment) -> int:
    """The heading level (0: none) of the first paragraph a cleaned paste brings."""
    scratch = QTextDocument()
    QTextCursor(scratch).insertFragment(fragment)
    return min(scratch.begin().blockFormat().headingLevel(), 3)


def html_to_words(html: str) -> str:
    """The words of pasted HTML as plain text: one paragraph (or list item) per blank-line
    separated part, pictures gone without the spaces around them."""
    source = QTextDocument()
    source.setHtml(html)
    paragraphs = []
    block = source.begin()
    while block.isValid():
        text = "".join(text for text, _ in _fragments(block, PasteReport()))
        if text.strip():
            paragraphs.append(text.replace("\u2028", "\n"))
        block = block.next()
    return "\n\n".join(paragraphs)


def _fragments(block: QTextBlock, report: PasteReport) -> list[tuple[str, QTextCharFormat]]:
    parts: list[tuple[str, QTextCharFormat]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                report.removed.add("images")
                parts.append((_OBJECT, fmt))  # taken out below, with the spaces around it
            else:
                _note_char(fmt, report)
                if fragment.text():
                    parts.append((fragment.text(), fmt))
        iterator += 1
    return _close_gaps(parts)


_OBJECT = "\ufffc"  # what Qt's text holds where a picture (or other object) was
# A run of removed objects with the spaces around them (and between them).
_GAP = re.compile(r"[ \t\u00a0]*\ufffc(?:[ \t\u00a0\ufffc]*\ufffc)?[ \t\u00a0]*")


def _close_gaps(parts: list[tuple[str, QTextCharFormat]]) -> list[tuple[str, QTextCharFormat]]:
    """Take the removed objects out so that no space is left at the start or end of the
    paragraph, nor two where one object stood between words ("Hallo <img> Welt")."""
    text = "".join(piece for piece, _ in parts)
    if _OBJECT not in text:
        return parts
    owner = [number for number, (piece, _) in enumerate(parts) for _ in piece]
    kept: list[tuple[str, int]] = []
    position = 0
    for gap in _GAP.finditer(text):
        kept += [(text[k], owner[k]) for k in range(position, gap.start())]
        inside = gap.start() > 0 and gap.end() < len(text)
        spaces = [k for k in range(gap.start(), gap.end()) if text[k] != _OBJECT]
        if inside and spaces:
            kept.append((text[spaces[0]], owner[spaces[0]]))
        position = gap.end()
    kept += [(text[k], owner[k]) for k in range(position, len(text))]
    out: list[tuple[str, QTextCharFormat]] = []
    for char, number in kept:
        if out and out[-1][1] is parts[number][1]:
            out[-1] = (out[-1][0] + char, out[-1][1])
        else:
            out.append((char, parts[number][1]))
    return out


def _drop_prefix(
    fragments: list[tuple[str, QTextCharFormat]], count: int
) -> list[tuple[str, QTextCharFormat]]:
    out: list[tuple[str, QTextCharFormat]] = []
    for text, fmt in fragments:
        if count >= len(text):
            count -= len(text)
            continue
        out.append((text[count:], fmt))
        count = 0
    return out
