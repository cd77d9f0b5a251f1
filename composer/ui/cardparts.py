"""Pieces of a finding card that never make it wider than the panel.

A push button sizes itself to its whole label and a word-wrapped label cannot break a
long address or file name, so one long fix ("Make a smaller copy of 'Foto_Schaden.jpg'")
or one quoted web address would widen every card past the panel's edge. The button here
shortens its label with "…" when it has less room, and says the whole label in its
tooltip; long words get invisible break points.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
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
    """A push button that fits any width: its label ends in "…" and shows whole in the tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._hint = ""
        self.elided = False
        # A push button's width policy is Minimum (never narrower than its label); this one
        # may be, down to its minimum size hint.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setToolTip(self, text: str) -> None:
        self._hint = text
        self._update_tooltip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_BUTTON_WIDTH), hint.height())

    def shown_text(self) -> str:
        """The label as drawn at the button's present width."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                           self).width() - 8
        if not option.icon.isNull():
            room -= option.iconSize.width() + 4
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             max(room, 0))

    def _update_tooltip(self) -> None:
        self.elided = self.shown_text() != self.text()
        whole = f"{self.text()}\n{self._hint}" if self.elided else self._hint
        super().setToolTip(whole.strip())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
