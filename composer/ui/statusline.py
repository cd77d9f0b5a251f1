"""The status bar: characters used against the message type's limit, and the rules' date.

A passing message shows its first line, cut with "…" when the bar is too narrow; the whole
message is then its tooltip (a copy's instructions name every file there). A removed file
is offered back with an Undo button until something else is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from composer.message.messagetypes import MessageType
from composer.ui.translations import number

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

# The status bar is part of the first frame: the Qt namespace (its enums, ~45 ms) and the
# Undo note are made when first needed (FIRST_FRAME_NOTE in composer/ui/headerform.py).


def count_text(length: int, kind: MessageType) -> tuple[str, str]:
    """Words and a state ("ok", "near", "over", "none") for the character counter."""
    return _CharacterCount().words(length, kind)


class _CharacterCount(QObject):
    """The counter's words (a QObject for Qt's plural forms: "%n characters")."""

    def words(self, length: int, kind: MessageType) -> tuple[str, str]:
        limit = kind.text_limit
        used = number(length)
        if limit is None:
            return self.tr("%n characters (no limit for this type)", "", length).replace(
                str(length), used), "ok"
        if limit == 0:
            if length:
                return self.tr("%n characters: this type takes no message text", "",
                               length).replace(str(length), used), "over"
            return self.tr("No message text for this type: Amazon sends its own"), "ok"
        words = {"used": used, "limit": number(limit)}
        if length > limit:
            return self.tr("{used} / {limit} characters: {over} too many").format(
                over=number(length - limit), **words), "over"
        if length >= limit * 0.9:
            return self.tr("{used} / {limit} characters: nearly full").format(**words), "near"
        return self.tr("{used} / {limit} characters").format(**words), "ok"


_STATE_STYLE = {
    "ok": "",
    "near": "color: #8a5300; font-weight: 600;",
    "over": "color: #b71c1c; font-weight: 600;",
}


class UndoNote(QWidget):
    """ "Removed “x.pdf”. Undo": on the left of the status bar while the undo is the next one."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setToolTip(self.tr("The file itself is not deleted. Ctrl+Z also brings "
                                      "it back."))
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setStyleSheet("QPushButton { color: #1565c0; text-decoration: underline;"
                                  " padding: 0 4px; border: none; }"
                                  "QPushButton:focus { border: 1px solid #1565c0; }")
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)


class StatusLine(QStatusBar):
    """Shows the character count permanently; passing notices (paste cleaned) on the left."""

    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._said = ""  # the whole of the message shown (it may be shown cut)
        self._permanent: list[QWidget] = []
        self._undo_note: UndoNote | None = None
        self.messageChanged.connect(self._message_changed)
        self.counter = QLabel(self)
        self.counter.setObjectName("char-counter")
        self.counter.setAccessibleName(self.tr("Character count"))
        self.rules = QLabel(self)
        self.rules.setObjectName("rules-dated")
        self.rules.setStyleSheet("color: #546e7a;")
        self.addPermanentWidget(self.rules)
        self.addPermanentWidget(self.counter)
        self.state = "ok"
        self._timeout = 0
        self._note = 0  # which timed note is shown; it goes at the next edit (noted_edit)
        self._note_armed = False

    # --- passing messages: whole, or cut with "…" and the whole in the tooltip --------------
    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int = 0) -> int:
        self._permanent.append(widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def showMessage(self, text: str, timeout: int = 0) -> None:
        """Show ``text``'s first line, fitted to the bar; the whole text is the tooltip."""
        self._said = text
        self._timeout = timeout
        shown = self._fitted(text)
        super().showMessage(shown, timeout)
        self.setToolTip(_tip(text, shown))
        # A timed note speaks of an action ("Fixed: …", "… moved to the trash"): it goes at
        # the seller's next edit. Edits the same action makes after saying it (a template's
        # text) come before the event loop runs again, so the note is armed only then.
        self._note += 1
        self._note_armed = False
        if timeout:
            from PySide6.QtCore import QTimer

            note = self._note
            QTimer.singleShot(0, lambda: self._arm(note))

    def _arm(self, note: int) -> None:
        self._note_armed = note == self._note

    def noted_edit(self, *_args: object) -> None:
        """The text or the header changed: a timed note about the last action goes."""
        if self._note_armed and super().currentMessage():
            self._note_armed = False
            self.clearMessage()

    def currentMessage(self) -> str:
        """The message as it was said (the bar may show it cut)."""
        return self._said if super().currentMessage() else ""

    def _room(self) -> int:
        """The message's width, as QStatusBar lays it out: up to the first permanent widget."""
        right = self.width() - 12
        lefts = [w.x() for w in self._permanent if w.isVisible()]
        if lefts:
            right = min(right, min(lefts) - 2)
        return right - 6

    def _fitted(self, text: str) -> str:
        line = text.split("\n", 1)[0]
        if not self.isVisible():
            return line
        from PySide6.QtCore import Qt

        return self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight,
                                             max(0, self._room()))

    def _message_changed(self, shown: str) -> None:
        if not shown:
            self._said = ""
            self.setToolTip("")
        elif shown != self._fitted(self._said):  # a menu's status tip, shown by Qt itself
            self._said = shown
            self.setToolTip("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._said and super().currentMessage() and not self._timeout:
            shown = self._fitted(self._said)  # a lasting note is fitted again (not a timed one)
            if shown != super().currentMessage():
                super().showMessage(shown, 0)
                self.setToolTip(_tip(self._said, shown))

    # --- "Removed “x.pdf”. Undo" --------------------------------------------------------------
    @property
    def undo_note(self) -> UndoNote:
        if self._undo_note is None:
            self._undo_note = UndoNote(self)
            self._undo_note.button.clicked.connect(self.undoRequested)
            self.addWidget(self._undo_note, 1)
            self._undo_note.hide()
        return self._undo_note

    def offer_undo(self, text: str) -> None:
        self.clearMessage()  # a passing message would hide the note
        self.undo_note.label.setText(text)
        self.undo_note.show()

    def withdraw_undo(self) -> None:
        if self._undo_note is not None:
            self._undo_note.hide()

    def show_count(self, length: int, kind: MessageType) -> None:
        text, state = count_text(length, kind)
        if state == "over" and kind.limit_is_warning:
            text += self.tr(" (Amazon may cut long replies)")
        self.state = state
        self.counter.setText(text)
        self.counter.setStyleSheet(_STATE_STYLE[state])

    def show_rules_dated(self, stamp: str) -> None:
        self.rules.setText(self.tr("Rules dated {date}").format(date=stamp))
        self.rules.setToolTip(self.tr("The date of the policy rules this copy of Seller Composer "
                                      "checks against. They are summarised from Amazon's "
                                      "guidelines."))


def _tip(said: str, shown: str) -> str:
    """The tooltip of a message: what follows its first line, or all of it when cut."""
    first, _, rest = said.partition("\n")
    if shown == first:
        return rest
    return said
