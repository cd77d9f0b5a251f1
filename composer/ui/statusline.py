"""The status bar: characters used against the message type's limit, and the rules' date."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from composer.message.messagetypes import MessageType
from composer.ui.translations import number


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


class StatusLine(QStatusBar):
    """Shows the character count permanently; passing notices (paste cleaned) on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = QLabel(self)
        self.counter.setObjectName("char-counter")
        self.counter.setAccessibleName(self.tr("Character count"))
        self.rules = QLabel(self)
        self.rules.setObjectName("rules-dated")
        self.rules.setStyleSheet("color: #546e7a;")
        self.addPermanentWidget(self.rules)
        self.addPermanentWidget(self.counter)
        self.state = "ok"

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
