"""The status bar: characters used against the message type's limit, and the rules' date."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from composer.message.messagetypes import MessageType


def count_text(length: int, kind: MessageType) -> tuple[str, str]:
    """Words and a state ("ok", "near", "over", "none") for the character counter."""
    limit = kind.text_limit
    if limit is None:
        return f"{length:,} characters (no limit for this type)", "ok"
    if limit == 0:
        if length:
            return f"{length:,} characters: this type takes no message text", "over"
        return "No message text for this type: Amazon sends its own", "ok"
    if length > limit:
        over = length - limit
        return f"{length:,} / {limit:,} characters: {over:,} too many", "over"
    if length >= limit * 0.9:
        return f"{length:,} / {limit:,} characters: nearly full", "near"
    return f"{length:,} / {limit:,} characters", "ok"


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
        self.counter.setAccessibleName("Character count")
        self.rules = QLabel(self)
        self.rules.setObjectName("rules-dated")
        self.rules.setStyleSheet("color: #546e7a;")
        self.addPermanentWidget(self.rules)
        self.addPermanentWidget(self.counter)
        self.state = "ok"

    def show_count(self, length: int, kind: MessageType) -> None:
        text, state = count_text(length, kind)
        if state == "over" and kind.limit_is_warning:
            text += " (Amazon may cut long replies)"
        self.state = state
        self.counter.setText(text)
        self.counter.setStyleSheet(_STATE_STYLE[state])

    def show_rules_dated(self, stamp: str) -> None:
        self.rules.setText(f"Rules dated {stamp}")
        self.rules.setToolTip("The date of the policy rules this copy of Seller Composer checks "
                              "against. They are summarised from Amazon's guidelines.")
