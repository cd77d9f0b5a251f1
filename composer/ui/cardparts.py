"""Pieces of a finding card that never make it wider than the panel.

A push button sizes itself to its whole label and a word-wrapped label cannot break a
long address or file name, so one long fix ("Make a smaller copy of 'Foto_Schaden.jpg'")
or one quoted web address would widen every card past the panel's edge. The button here
wraps its label to a second line when it has less room, shortens what still does not fit
with "…", and then says the whole label in its tooltip; long words get invisible break
points.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

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
