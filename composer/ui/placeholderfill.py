"""Placeholders filled from the header after the template was chosen.

A template fills ``{order_id}``, ``{product}`` and ``{delivery_date}`` from what the
header holds when it is chosen. A seller who fills those fields afterwards gets the
open draft's placeholders filled too, in the message and in the subject, when the
field is left (a half-typed order ID is never put in). Each fill is one step of the
editor's undo: Ctrl+Z in the message brings the placeholders back, in the subject too.

The words a field filled in follow the field: when the seller changes the Product (or
the order ID, or the delivery date) after it filled the text, the filled words change with
it, in the message and the subject, as one undoable step. Where the text no longer holds
the old words (the seller rewrote them), nothing is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor

from composer.message.header import check_order_id
from composer.message.templates import header_placeholders, placeholder_spans, values_from_header
from composer.message.textpos import Utf16Index
from composer.ui.translations import plural_s

if TYPE_CHECKING:
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm



@dataclass(frozen=True)
class _Link:
    """A fill that changed the subject, by the message's undo count before and after it."""

    before: int
    after: int
    old_subject: str
    new_subject: str


class PlaceholderFill(QObject):
    """Fills the open draft's placeholders from header fields filled after the template."""

    statusMessage = Signal(str, int)

    def __init__(self, editor: ComposerEdit, header: HeaderForm,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor, self.header = editor, header
        self._links: list[_Link] = []
        self.filled: dict[str, str] = {}  # header field -> the words it put into the text
        header.order_id.editingFinished.connect(lambda: self.fill("order_id"))
        header.product_name.editingFinished.connect(lambda: self.fill("product_name"))
        header.delivery_date.edit.editingFinished.connect(lambda: self.fill("delivery_date"))
        document = editor.document()
        document.contentsChanged.connect(self._follow_undo)
        document.undoCommandAdded.connect(self._new_step)

    def forget(self) -> None:
        """Another draft is open: its undo history starts again."""
        self._links = []
        self.filled = {}

    def remember(self, template_text: str) -> None:
        """A template was just filled from the header: each field whose placeholders it
        held put its words into the text (which then follow the field)."""
        known = values_from_header(self.header.value())
        for field, names in header_placeholders().items():
            words = next((known[name] for name in names
                          if name in known and "{" + name + "}" in template_text), "")
            if words:
                self.filled[field] = words

    def fill(self, field: str) -> int:
        """Put ``field``'s value into the placeholders it fills, or in place of the words
        it filled in before; how many places changed."""
        value = self.header.value()
        if field == "order_id" and (not value.order_id or check_order_id(value.order_id)):
            return 0  # empty or not a whole order ID yet: nothing to put in
        known = values_from_header(value)
        names = {name: known.get(name, "") for name in header_placeholders().get(field, ())}
        words = next((known[name] for name in names if name in known), "")
        document = self.editor.document()
        subject = self.header.subject.text()
        old = self.filled.get(field, "")
        if old and words and old != words:
            body = _words_spans(document.toPlainText(), old, words)
            in_subject = _words_spans(subject, old, words)
            if body or in_subject:
                self.filled[field] = words
                count = self._apply(body, subject, in_subject)
                place = "subject" if not body else "both" if in_subject else "message"
                said = self._changed_words(place, count).format(old=old, new=words)
                self.statusMessage.emit(plural_s(said, count), 8000)
                return count
        body = placeholder_spans(document.toPlainText(), names)
        in_subject = placeholder_spans(subject, names)
        if not body and not in_subject:
            return 0
        if words:
            self.filled[field] = words
        count = self._apply(body, subject, in_subject)
        place = "subject" if not body else "both" if in_subject else "message"
        said = self._filled_words(field, place, count)
        if said:
            self.statusMessage.emit(plural_s(said, count), 8000)
        return count

    def _apply(self, body: list[tuple[int, int, str]], subject: str,
               in_subject: list[tuple[int, int, str]]) -> int:
        """Put the words at the spans, the message's as one step of its undo (the
        subject's follows it); how many places changed."""
        document = self.editor.document()
        before = document.availableUndoSteps()
        if body:
            index = Utf16Index(document.toPlainText())
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            for start, end, text in reversed(body):  # from the end: earlier offsets hold
                cursor.setPosition(index.to_utf16(start))
                cursor.setPosition(index.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(text)
            cursor.endEditBlock()
        if in_subject:
            new_subject = _filled(subject, in_subject)
            line = self.header.subject
            line.selectAll()
            line.insert(new_subject)  # the subject field's own Ctrl+Z undoes it too
            line.setCursorPosition(0)
            if body:
                self._links.append(_Link(before, document.availableUndoSteps(), subject,
                                         new_subject))
        return len(body) + len(in_subject)

    def _changed_words(self, place: str, n: int) -> str:
        """What changed where, when a field's new value took the place of its old words."""
        if place == "message":
            return self.tr("Changed “{old}” to “{new}” in the message (%n place(s)). Ctrl+Z "
                           "in the message undoes it.", "", n)
        if place == "subject":
            return self.tr("Changed “{old}” to “{new}” in the subject (%n place(s)). Ctrl+Z "
                           "in the message undoes it.", "", n)
        return self.tr("Changed “{old}” to “{new}” in the message and the subject "
                       "(%n place(s)). Ctrl+Z in the message undoes it.", "", n)

    def _filled_words(self, field: str, place: str, n: int) -> str:
        """What was put where, a whole sentence per field and place (each language its own)."""
        if field == "order_id":
            if place == "message":
                return self.tr("Put the order ID into the message (%n place(s)). Ctrl+Z in the "
                               "message undoes it.", "", n)
            if place == "subject":
                return self.tr("Put the order ID into the subject (%n place(s)). Ctrl+Z in the "
                               "message undoes it.", "", n)
            return self.tr("Put the order ID into the message and the subject (%n place(s)). "
                           "Ctrl+Z in the message undoes it.", "", n)
        if field == "product_name":
            if place == "message":
                return self.tr("Put the product's name into the message (%n place(s)). Ctrl+Z "
                               "in the message undoes it.", "", n)
            if place == "subject":
                return self.tr("Put the product's name into the subject (%n place(s)). Ctrl+Z "
                               "in the message undoes it.", "", n)
            return self.tr("Put the product's name into the message and the subject "
                           "(%n place(s)). Ctrl+Z in the message undoes it.", "", n)
        if field == "delivery_date":
            if place == "message":
                return self.tr("Put the delivery date into the message (%n place(s)). Ctrl+Z "
                               "in the message undoes it.", "", n)
            if place == "subject":
                return self.tr("Put the delivery date into the subject (%n place(s)). Ctrl+Z "
                               "in the message undoes it.", "", n)
            return self.tr("Put the delivery date into the message and the subject "
                           "(%n place(s)). Ctrl+Z in the message undoes it.", "", n)
        return ""

    def _follow_undo(self) -> None:
        """The message's undo (or redo) passed a fill: the subject follows."""
        if not self._links:
            return
        document = self.editor.document()
        steps, redo = document.availableUndoSteps(), document.availableRedoSteps()
        if steps == 0 and redo == 0:  # new text was set: the history is gone
            self._links = []
            return
        subject = self.header.subject.text()
        for link in reversed(self._links):
            if steps == link.before and redo > 0 and subject == link.new_subject:
                self._set_subject(link.old_subject)
                return
            if steps == link.after and subject == link.old_subject:
                self._set_subject(link.new_subject)
                return

    def _new_step(self) -> None:
        """A new edit: fills that were undone can no longer be redone."""
        steps = self.editor.document().availableUndoSteps()
        self._links = [link for link in self._links if steps > link.after]

    def _set_subject(self, text: str) -> None:
        self.header.subject.setText(text)
        self.header.subject.setCursorPosition(0)


def _filled(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, value in reversed(spans):
        text = text[:start] + value + text[end:]
    return text


def _words_spans(text: str, old: str, new: str) -> list[tuple[int, int, str]]:
    """Where ``text`` holds ``old`` as whole words, each to become ``new``."""
    pattern = r"(?<!\w)" + re.escape(old) + r"(?!\w)"
    return [(m.start(), m.end(), new) for m in re.finditer(pattern, text)]
