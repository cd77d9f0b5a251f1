"""Edits a fix makes to the editor's document, each one undoable step.

Functions of (document, span), testable without a window. Spans are Python string
offsets into the document's plain text, as findings have them; these functions
convert them to Qt's UTF-16 positions.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from composer.message.textpos import Utf16Index
from composer.policy.fixaction import FormatKind
from composer.policy.model import Finding
from composer.policy.sentences import SentenceIndex
from composer.policy.tidy import changed_part

_CHAR_PROPERTIES = {
    FormatKind.FONT: (QTextFormat.Property.FontFamilies, QTextFormat.Property.FontFamily,
                      QTextFormat.Property.ForegroundBrush, QTextFormat.Property.BackgroundBrush),
    FormatKind.SIZE: (QTextFormat.Property.FontPointSize, QTextFormat.Property.FontPixelSize),
}


def current_span(document: QTextDocument, finding: Finding) -> tuple[int, int] | None:
    """The finding's span in document positions, if the text there is still the same."""
    text = document.toPlainText()
    if text[finding.start:finding.end] != finding.excerpt:
        return None
    index = Utf16Index(text)
    return index.to_utf16(finding.start), index.to_utf16(finding.end)


def span_cursor(document: QTextDocument, start: int, end: int) -> QTextCursor:
    """A cursor over ``text[start:end]`` (Python offsets), to highlight, not to select."""
    index = Utf16Index(document.toPlainText())
    cursor = QTextCursor(document)
    cursor.setPosition(index.to_utf16(start))
    cursor.setPosition(index.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def utf16_length(text: str) -> int:
    """How many Qt positions ``text`` takes (a character outside the BMP takes two)."""
    return len(text.encode("utf-16-le")) // 2


def replace_text(document: QTextDocument, start: int, end: int,
                 replacement: str) -> QTextCursor:
    """Replace ``text[start:end]`` as an undo step of its own; the cursor ends after the
    new words (not past a line break they keep), where the old ones were.

    Only the part that changes is touched: a fix that keeps a paragraph break (it ends its
    span with one) no longer deletes and retypes it, which put the cursor at the start of
    the next paragraph and could take that paragraph's format.
    """
    text = document.toPlainText()
    index = Utf16Index(text)
    words_end = index.to_utf16(start) + utf16_length(replacement.rstrip())
    head, tail = changed_part(text[start:end], replacement)
    changed = replacement[head:len(replacement) - tail]
    cursor = QTextCursor(document)
    # Placed before the edit block: Qt's undo puts the cursor back where the block began
    # (a fresh cursor at 0 sent the seller to the top of the message on Ctrl+Z).
    cursor.setPosition(index.to_utf16(start + head))
    cursor.beginEditBlock()
    cursor.setPosition(index.to_utf16(end - tail), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(changed)
    if changed:
        # Qt merges the next typed letters into a block that ends with an insertion, so
        # one Ctrl+Z took back the fix and the typing together. A format record that
        # changes nothing ends the block instead.
        cursor.setPosition(cursor.position() - utf16_length(changed),
                           QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(QTextCharFormat())
        cursor.setPosition(cursor.selectionEnd())
    cursor.endEditBlock()
    cursor.setPosition(max(cursor.position(), words_end))  # "beschä|digt": after the word
    return cursor


def only_removes(old: str, new: str) -> bool:
    """True when ``new`` is ``old`` with words taken out (and nothing put in); a removal
    from a sentence's start may capitalise the word that now begins it ("… and we" → "We")."""
    def removes(changed: str) -> bool:
        head, tail = changed_part(old, changed)
        return len(changed) < len(old) and not changed[head:len(changed) - tail].strip()

    return removes(new) or (new[:1].isupper() and removes(new[:1].lower() + new[1:]))


def restored_span(text: str, start: int, end: int, replacement: str,
                  words: tuple[int, int]) -> tuple[int, int]:
    """What an undo of replacing ``text[start:end]`` brings back, as UTF-16 positions:
    the words that change together with the finding's ``words``, without the spaces
    around them (Ctrl+Z selects them)."""
    head, tail = changed_part(text[start:end], replacement)
    first, last = min(start + head, words[0]), max(end - tail, words[1])
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    index = Utf16Index(text)
    return index.to_utf16(first), index.to_utf16(last)


def reread_cursor(document: QTextDocument, start: int, old: str,
                  new: str) -> QTextCursor:
    """A cursor, with no selection, where ``old`` (at ``start``) and ``new`` first differ:
    the gap a removal left, where the seller may want to type (between words, as
    ``replace_text`` cut them)."""
    same, _ = changed_part(old, new)
    cursor = QTextCursor(document)
    cursor.setPosition(Utf16Index(document.toPlainText()).to_utf16(start + same))
    return cursor


def sentence_around(document: QTextDocument, at: QTextCursor) -> QTextCursor:
    """The sentence holding ``at``, never past its line (a line break ends it too)."""
    text = document.toPlainText()
    index = Utf16Index(text)
    position = index.from_utf16(at.position())
    s_start, s_end = SentenceIndex(text).span(min(position, max(0, len(text) - 1)))
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    s_start = max(s_start, line_start)
    s_end = min(s_end, line_end if line_end >= 0 else len(text))
    while s_end > s_start and text[s_end - 1] in " \t":
        s_end -= 1
    cursor = QTextCursor(document)
    cursor.setPosition(index.to_utf16(s_start))
    cursor.setPosition(index.to_utf16(s_end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def clear_format(document: QTextDocument, span: tuple[int, int], kind: FormatKind) -> None:
    """Styling fixes change formats, not words: clear ``kind`` on ``span`` (UTF-16)."""
    cursor = QTextCursor(document)
    cursor.setPosition(span[0])  # before the block: Ctrl+Z comes back here, not to the top
    cursor.beginEditBlock()
    cursor.setPosition(max(span[1], span[0]), QTextCursor.MoveMode.KeepAnchor)
    if kind is FormatKind.ALIGNMENT:
        fmt = cursor.blockFormat()
        fmt.clearProperty(QTextFormat.Property.BlockAlignment)
        cursor.setBlockFormat(fmt)
    else:
        properties = _CHAR_PROPERTIES.get(kind, ())
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = document.findBlock(start)
        while block.isValid() and block.position() <= end:
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                iterator += 1
                if fragment.position() + fragment.length() <= start or \
                        fragment.position() >= end:
                    continue
                piece = QTextCursor(document)
                piece.setPosition(max(start, fragment.position()))
                piece.setPosition(min(end, fragment.position() + fragment.length()),
                                  QTextCursor.MoveMode.KeepAnchor)
                fmt = fragment.charFormat()
                for prop in properties:
                    fmt.clearProperty(prop)
                piece.setCharFormat(fmt)
            block = block.next()
    cursor.endEditBlock()
