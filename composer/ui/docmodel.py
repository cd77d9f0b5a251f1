"""Read the editor's QTextDocument into the plain records the core understands."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from composer.header import Header
from composer.policy.model import Element, Message
from composer.textpos import Utf16Index


def document_text(document: QTextDocument) -> str:
    """The plain text that findings' offsets refer to (paragraphs joined by newlines)."""
    return document.toPlainText()


def document_elements(document: QTextDocument, index: Utf16Index) -> tuple[Element, ...]:
    """HTML-only facts in the document: link targets and images, tied to their text spans."""
    elements: list[Element] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                start = index.from_utf16(fragment.position())
                end = index.from_utf16(fragment.position() + fragment.length())
                if fmt.isImageFormat():
                    name = fmt.toImageFormat().name()
                    elements.append(Element("img", start, end, (("src", name),)))
                elif fmt.isAnchor() and fmt.anchorHref():
                    elements.append(Element("a", start, end, (("href", fmt.anchorHref()),)))
            iterator += 1
        block = block.next()
    return tuple(elements)


def document_message(document: QTextDocument, header: Header, business_name: str) -> Message:
    """Everything the checker needs, as an immutable snapshot safe to hand to a worker thread."""
    text = document_text(document)
    index = Utf16Index(text)
    return Message(
        text=text,
        elements=document_elements(document, index),
        message_type=header.message_type,
        subject=header.subject,
        business_name=business_name,
        order_id=header.order_id,
        buyer_language=header.buyer_language,
    )
