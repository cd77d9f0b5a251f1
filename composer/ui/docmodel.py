"""Read the editor's QTextDocument into the plain records the core understands.

One walk over the document gives both what the checker needs (the plain text
and the HTML-only facts: links, images, alignment, fonts) and what export
sends (the semantic :class:`~composer.message.richtext.Block` records). Qt's own
``toHtml()`` is never sent: it styles everything inline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextDocument, QTextFormat, QTextListFormat

from composer.message.header import Header
from composer.message.richtext import Block, Run
from composer.message.textpos import Utf16Index
from composer.policy.model import Element, Message

_ORDERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman}
_ALIGN_WORDS = {Qt.AlignmentFlag.AlignHCenter: "center", Qt.AlignmentFlag.AlignRight: "right"}


@dataclass
class DocumentSnapshot:
    """The document as plain data: safe to hand to a worker thread."""

    text: str
    elements: tuple[Element, ...]
    blocks: tuple[Block, ...]
    # What export leaves out (alignment, fonts, colours, sizes), with examples.
    dropped: dict[str, list[str]] = field(default_factory=dict)


def _align(block: QTextBlock) -> str | None:
    fmt = block.blockFormat()
    if not fmt.hasProperty(QTextFormat.Property.BlockAlignment):
        return None
    horizontal = fmt.alignment() & ~Qt.AlignmentFlag.AlignAbsolute
    for flag, word in _ALIGN_WORDS.items():
        if horizontal & flag:
            return word
    return None


def _style_of(fmt: QTextCharFormat) -> str:
    """The explicit character styling the seller's text carries (not the editor defaults)."""
    parts = []
    families = fmt.fontFamilies() if fmt.hasProperty(QTextFormat.Property.FontFamilies) else None
    if families:
        parts.append(f"font-family: {', '.join(str(f) for f in families)}")
    elif fmt.hasProperty(QTextFormat.Property.FontFamily) and fmt.fontFamily():
        parts.append(f"font-family: {fmt.fontFamily()}")
    # Qt colours links itself (blue, underlined): that is not the seller's styling.
    if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) and not fmt.isAnchor():
        parts.append(f"color: {fmt.foreground().color().name()}")
    if fmt.hasProperty(QTextFormat.Property.FontPointSize):
        parts.append(f"font-size: {fmt.fontPointSize():g}pt")
    elif fmt.hasProperty(QTextFormat.Property.FontPixelSize):
        parts.append(f"font-size: {fmt.intProperty(QTextFormat.Property.FontPixelSize)}px")
    return "; ".join(parts)


def _only_plain_text(document: QTextDocument) -> bool:
    """True when no format in the document is more than plain paragraphs (a big plain paste).

    ``allFormats`` lists every distinct format in use, usually a handful, so this
    is far cheaper than visiting each paragraph.
    """
    for fmt in document.allFormats():
        if fmt.isListFormat() or fmt.isImageFormat() or fmt.isTableFormat():
            return False
        if fmt.isCharFormat():
            char = fmt.toCharFormat()
            if (char.fontWeight() >= 600 or char.fontItalic() or char.fontUnderline()
                    or char.isAnchor() or _style_of(char)):
                return False
        if fmt.isBlockFormat():
            block = fmt.toBlockFormat()
            if block.headingLevel() or block.hasProperty(QTextFormat.Property.BlockAlignment):
                return False
    return True


def snapshot_document(document: QTextDocument) -> DocumentSnapshot:
    """Walk the document once: text, HTML-only facts, semantic blocks, and what export drops."""
    text = document.toPlainText()
    if _only_plain_text(document):
        # Nothing but paragraphs: no need to visit them one by one (1 MB: 5 ms, not 200).
        # The raw text keeps a line break inside a paragraph (U+2028) apart from the end of
        # a paragraph (U+2029), as the block walk below does.
        lines = document.toRawText().split("\u2029")
        return DocumentSnapshot(text, (), tuple(Block("p", (Run(line),) if line else ())
                                                for line in lines))
    index = Utf16Index(text)
    elements: list[Element] = []
    blocks: list[Block] = []
    dropped: dict[str, list[str]] = {}
    block = document.begin()
    while block.isValid():
        start = index.from_utf16(block.position())
        end = index.from_utf16(block.position() + block.length() - 1)
        level = min(block.blockFormat().headingLevel(), 3)
        align = _align(block)
        if align is not None:
            elements.append(Element("p", start, end, (("align", align),)))
            dropped.setdefault("alignment", []).append(f"{align}: {block.text()[:40]}")
        if level:
            elements.append(Element(f"h{level}", start, end))
        runs: list[Run] = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            iterator += 1
            if not fragment.isValid():
                continue
            fmt = fragment.charFormat()
            f_start = index.from_utf16(fragment.position())
            f_end = index.from_utf16(fragment.position() + fragment.length())
            if fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                attrs = [("src", name)]
                image = fmt.toImageFormat()
                if image.width() > 0:
                    attrs.append(("width", f"{image.width():g}"))
                if image.height() > 0:
                    attrs.append(("height", f"{image.height():g}"))
                alt = fmt.property(QTextFormat.Property.ImageAltText)
                if alt:
                    attrs.append(("alt", str(alt)))
                elements.append(Element("img", f_start, f_end, tuple(attrs)))
                runs.append(Run("", image=name, alt=str(alt or ""),
                                width=round(image.width()) if image.width() > 0 else None,
                                height=round(image.height()) if image.height() > 0 else None))
                continue
            href = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
            if href is not None:
                elements.append(Element("a", f_start, f_end, (("href", href),)))
            style = _style_of(fmt)
            if style:
                elements.append(Element("span", f_start, f_end, (("style", style),)))
                dropped.setdefault("text styling", []).append(style)
            runs.append(Run(fragment.text(), bold=fmt.fontWeight() >= 600 and not level,
                            italic=fmt.fontItalic(), underline=fmt.fontUnderline() and not href,
                            href=href))
        text_list = block.textList()
        if text_list is not None:
            kind = "ol" if text_list.format().style() in _ORDERED else "ul"
            blocks.append(Block("li", tuple(runs), list_kind=kind,
                                list_id=text_list.item(0).position(), align=align))
        else:
            blocks.append(Block(f"h{level}" if level else "p", tuple(runs),  # type: ignore[arg-type]
                                align=align))
        block = block.next()
    return DocumentSnapshot(text, tuple(elements), tuple(blocks), dropped)


def document_message(document: QTextDocument, header: Header, business_name: str,
                     snapshot: DocumentSnapshot | None = None) -> Message:
    """Everything the checker needs, as an immutable snapshot safe to hand to a worker thread."""
    snap = snapshot or snapshot_document(document)
    return Message(
        text=snap.text,
        elements=snap.elements,
        message_type=header.message_type,
        subject=header.subject,
        business_name=business_name,
        order_id=header.order_id,
        buyer_language=header.buyer_language,
        product_name=header.product_name,
    )
