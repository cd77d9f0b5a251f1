"""Pieces of a finding card that never make it wider than the panel, the stub that keeps
a fixed card's place, and what makes two cards the same.

A push button sizes itself to its whole label and a word-wrapped label cannot break a
long address or file name, so one long fix ("Make a smaller copy of 'Foto_Schaden.jpg'")
or one quoted web address would widen every card past the panel's edge. The button here
wraps its label to a second line when it has less room, shortens what still does not fit
with "…", and then says the whole label in its tooltip; long words get invisible break
points.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QIcon, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from composer.compose.cards import Card

BREAK = "\u200b"  # zero-width space: a place a line may break, invisible otherwise
_LONG_WORD = re.compile(r"\S{21,}")
_AFTER = re.compile(r"([/.@_\-?&=,;:])(?=\S)")
# Keyboard focus on a button, plain to see: the platform's own mark is a faint line or
# nothing (a seller tabbing from the message could not tell where the keyboard was).
FOCUS_RING = ("QPushButton:focus { border: 2px solid #1565c0; border-radius: 4px;"
              " background: #e3f2fd; }")
MIN_BUTTON_WIDTH = 90  # the least room a button asks for: its icon and a few letters


def breakable(text: str) -> str:
    """``text`` with break points in words over 20 characters (addresses, file names)."""
    def split(match: re.Match[str]) -> str:
        word = _AFTER.sub(lambda m: m.group(1) + BREAK, match.group(0))
        pieces = word.split(BREAK)
        # A piece still longer than 20 characters gets a break point every 20.
        return BREAK.join(BREAK.join(piece[n:n + 20] for n in range(0, len(piece), 20))
                          for piece in pieces)
    return _LONG_WORD.sub(split, text)


class ElidingButton(QPushButton):
    """A push button that fits any width: its label wraps to a second line, and what still
    has no room ends in "…", with the whole label in the tooltip."""

    LINES = 2

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._hint = ""
        self.elided = False
        # A push button's width policy is Minimum (never narrower than its label); this one
        # may be, down to its minimum size hint, and grows a line where it needs one.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setToolTip(self, text: str) -> None:
        self._hint = text
        self._update_tooltip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_BUTTON_WIDTH), hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        extra = len(self._lines(width)) - 1
        return super().sizeHint().height() + extra * self.fontMetrics().lineSpacing()

    def _room(self, width: int) -> tuple[QStyleOptionButton, int]:
        """The style option and the width the label has inside a button ``width`` wide."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect.setWidth(width)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                           self).width() - 8
        if not option.icon.isNull():
            room -= option.iconSize.width() + 4
        return option, max(room, 0)

    def _lines(self, width: int) -> list[str]:
        """The label cut into at most two lines at spaces; the last one elided if need be."""
        metrics = self.fontMetrics()
        _option, room = self._room(width)
        words, lines = self.text().split(" "), []
        while words and len(lines) < self.LINES - 1:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= room:
                line += " " + words.pop(0)
            if metrics.horizontalAdvance(line) > room:
                words.insert(0, line)  # one word too long for a line: elide it below
                break
            lines.append(line)
        if words:
            lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight,
                                            room))
        return lines or [""]

    def shown_text(self) -> str:
        """The label as drawn at the button's present width (lines joined by newlines)."""
        return "\n".join(self._lines(self.width()))

    def _update_tooltip(self) -> None:
        self.elided = self.shown_text().replace("\n", " ") != self.text()
        whole = f"{self.text()}\n{self._hint}" if self.elided else self._hint
        super().setToolTip(whole.strip())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        option, _room = self._room(self.width())
        option.rect = self.rect()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents,
                                               option, self).adjusted(4, 0, -4, 0)
        if not option.icon.isNull():
            size = option.iconSize
            top = contents.top() + (contents.height() - size.height()) // 2
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            painter.drawPixmap(contents.left(), top, option.icon.pixmap(size, mode))
            contents.setLeft(contents.left() + size.width() + 4)
        painter.drawItemText(contents, int(Qt.AlignmentFlag.AlignLeft
                                           | Qt.AlignmentFlag.AlignVCenter),
                             option.palette, self.isEnabled(), self.shown_text(),
                             QPalette.ColorRole.ButtonText)


class DoneStub(QFrame):
    """Where a card was, while the pointer is still over the list: nothing moves under it.

    Its words sit in a one-line box at the top; the room it keeps below for the pointer
    is left blank (a dashed box 200 px high round one line looked like a broken card)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done-stub")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QFrame(self)
        self.box.setObjectName("done-box")
        self.box.setStyleSheet("QFrame#done-box { background:#f5f7f8; border-radius:6px;"
                               " border: 1px dashed #b0bec5; }")
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(8, 2, 8, 2)
        label = QLabel(text, self.box)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        label.setStyleSheet("color:#546e7a;")
        label.setToolTip(text)
        inner.addWidget(label)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.label = label
        self.words: set[tuple[str, str]] = set()  # what its card was about (card_words)
        self.box.setFixedHeight(self.line_height())

    def line_height(self) -> int:
        """One line of its words with the margins: the stub's height when nothing needs more."""
        return self.label.fontMetrics().height() + 8


class StubKeeper(QObject):
    """Sizes the stubs of held cards by where the pointer is, and shrinks them (never grows
    them) while the pointer moves up over the list: nothing moves under the pointer."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.pressed: QPoint | None = None  # the press that holds the cards (screen)
        self.applying = False  # a card's fix is editing the message: not the seller's edit
        self._timer = QTimer(self)
        self._timer.setInterval(150)  # a pointer's pace; no mouse tracking on every child
        self._timer.timeout.connect(lambda: self.follow(QCursor.pos()))

    def hold(self, pressed: QPoint | None) -> None:
        self.pressed = pressed
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.pressed = None

    def fixing(self, fix: Callable[[], None]) -> None:
        """Run a card's fix: its own edit of the message keeps the pointer's place."""
        self.applying = True
        try:
            fix()
        finally:
            self.applying = False

    def edited(self) -> None:
        """The seller edited the message: the press no longer holds places. A card gone with
        the edit leaves one line, not a blank as tall as the card (the pointer had stayed
        over the panel while the seller typed)."""
        if not self.applying:
            self.pressed = None

    def make(self, text: str, top: int, height: int) -> DoneStub:
        """The stub of a card at ``top`` (where it is once the stubs above have shrunk)."""
        stub = DoneStub(text, self.host)
        pointer = self.host.mapFromGlobal(self.pressed).y() if self.pressed else None
        stub.setFixedHeight(stub_height(stub.line_height(), top, height, pointer))
        return stub

    def follow(self, at: QPoint) -> None:
        """The pointer is at ``at`` (screen): shrink what it no longer needs."""
        pointer, shift = self.host.mapFromGlobal(at).y(), 0
        stubs = [s for s in self.host.findChildren(DoneStub) if s.parent() is self.host]
        for stub in sorted(stubs, key=lambda s: s.y()):
            height = stub_height(stub.line_height(), stub.y() - shift, stub.height(), pointer)
            if height < stub.height():
                shift += stub.height() - height
                stub.setFixedHeight(height)


STUB_BELOW_POINTER = 12  # pixels of the stub kept below the pointer's press


def stub_height(line: int, top: int, height: int, pointer: int | None) -> int:
    """How tall the stub of a card (``top``, ``height`` in the list) must be.

    The cards below the stub move up by what the stub saves, so it is one line unless
    the pointer (its press, ``pointer`` in the list) is over or below the card: then it
    reaches just below the pointer (over the card) or keeps the card's whole height
    (below it), and no other card's button slides under the pointer.
    """
    if pointer is None or pointer < top:
        return min(line, height)
    if pointer >= top + height:
        return height
    return min(height, max(line, pointer - top + STUB_BELOW_POINTER))


def good_news_box(parent: QWidget) -> QWidget:
    """The box a message with no problems gets in place of cards (in the panel's words)."""
    from PySide6.QtCore import QCoreApplication

    from composer.ui.icons import Icon, when_ready

    box = QFrame(parent)
    box.setObjectName("good-news")
    box.setStyleSheet("QFrame#good-news { background:#f1f8e9; border-radius: 6px; }")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(14, 18, 14, 18)
    icon = QLabel(box)
    icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
    when_ready(Icon.OK, lambda qicon: icon.setPixmap(qicon.pixmap(40, 40)))
    layout.addWidget(icon)
    title = QLabel("<b>" + QCoreApplication.translate("FindingsPanel", "No problems found")
                   + "</b>", box)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(title)
    body = QLabel(QCoreApplication.translate(
        "FindingsPanel", "Nothing in this message breaks Amazon's messaging rules that "
        "Seller Composer knows of. Read it once more as your buyer would, then send it."), box)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(body)
    return box


def same_problems(a: Card, b: Card) -> bool:
    """The same problems, wherever they now sit in the text."""
    def key(card: Card) -> tuple[object, ...]:
        return tuple((f.rule, f.severity, f.excerpt, f.message, f.attachment, f.fix is None)
                     for f in card.findings)
    return key(a) == key(b)


def card_kind(card: Card) -> tuple[object, ...]:
    """What a card's shape depends on; the quote and words can be refreshed in place."""
    return (tuple((f.rule, f.severity, f.title, f.attachment) for f in card.findings),
            tuple(None if f.fix is None else len(f.fix.label) > 16 for f in card.fixes()),
            card.ignoring())


def card_words(card: Card) -> set[tuple[str, str]]:
    """(rule, words) of each of the card's findings: what a card is about."""
    return {(f.rule, f.excerpt) for f in card.findings}


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
