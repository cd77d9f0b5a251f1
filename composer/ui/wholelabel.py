"""A wrapping label is never cut top and bottom.

A word-wrapped QLabel in a row of fixed-height fields got the row's height: at
1024 px the reply clock ("21 h 49 min left to reply · due Sun 19:14") wrapped to two
lines in the room of one, cut at the top and the bottom. ``keep_whole`` makes the
label ask, at its width, for the height its lines need, so its row grows instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QLabel

# Qt.TextFlag.TextWordWrap as a plain number: the header is built before the first paint,
# and touching the Qt namespace then costs 45 ms (tests/test_startup_imports.py).
TEXT_WORD_WRAP = 0x1000


class _Whole(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() in (QEvent.Type.Resize,
                                                            QEvent.Type.Show):
            said = watched.property(BRIEF)
            if isinstance(said, str):
                _brief(watched, said, watched.property(SHORT) or None)
            fit(watched)
        return False


BRIEF = "whole-text"  # the label's whole text, when keep_brief may show its first sentence
SHORT = "short-text"  # what keep_brief shows instead of the first sentence, if given
TIP = "own-tip"  # a label's own tooltip, which keep_brief keeps under the whole text
BRIEF_LINES = 2


def _lines_needed(label: QLabel, text: str) -> int:
    margins = label.contentsMargins()
    inner = label.width() - margins.left() - margins.right() - 2 * label.margin()
    box = label.fontMetrics().boundingRect(QRect(0, 0, max(1, inner), 100_000),
                                           TEXT_WORD_WRAP, text)
    return -(-box.height() // max(1, label.fontMetrics().lineSpacing()))


def first_sentence(text: str) -> str:
    """The first sentence of ``text``: up to a full stop (or ! or ?) before a capital.

    A stop after a number of one or two digits (a German date, "3. Nov. 2026") or before a
    small letter or a digit ("Nov. 2026", "e.g. the") ends no sentence; after a year it does.
    """
    import re

    for end in re.finditer(r"(\d*)[.!?](?=\s+(\S))", text):
        if end.group(2)[0].isupper() and not 0 < len(end.group(1)) <= 2:
            return text[: end.end()]
    return text


def _brief(label: QLabel, text: str, short: str | None = None) -> None:
    shown = text
    if label.width() > 0 and _lines_needed(label, text) > BRIEF_LINES:
        shown = short or first_sentence(text)
    if shown != label.text():
        label.setText(shown)
    own = label.property(TIP) or ""
    label.setToolTip("\n\n".join(part for part in (text if shown != text else "", own) if part))


def keep_brief(label: QLabel, text: str, short: str | None = None) -> None:
    """Show ``text`` in ``label`` (word-wrapped, kept whole) when it takes two lines at most
    at the label's width, else its first sentence, with the whole text in the tooltip.

    A note over the writing column (Amazon's restriction, a retired message type) took six
    lines at 1024 px, and with a reply and its files the window no longer fitted a 700 px
    screen. The first sentence says what happened; the rest explains it. ``short``, when
    given, is shown instead of the first sentence.
    """
    if not label.property("keeps-whole"):
        keep_whole(label)
    label.setProperty(BRIEF, text)
    label.setProperty(SHORT, short or "")
    label.setAccessibleDescription(text)
    _brief(label, text, short)
    fit(label)


def fit(label: QLabel) -> None:
    """The label's least height: what its text needs at its present width."""
    need = 0
    if label.text() and label.width() > 0:
        # Measured from the text, not heightForWidth, which answers no less than the least
        # height already set (so a height set while the label was narrow would stick).
        margins = label.contentsMargins()
        inner = label.width() - margins.left() - margins.right() - 2 * label.margin()
        lines = label.fontMetrics().boundingRect(QRect(0, 0, max(1, inner), 100_000),
                                                 TEXT_WORD_WRAP, label.text())
        need = lines.height() + margins.top() + margins.bottom() + 2 * label.margin()
    if need != label.minimumHeight():
        label.setMinimumHeight(need)


def keep_whole(label: QLabel) -> None:
    """Keep ``label`` (word-wrapped) tall enough for its lines, at any width, any text."""
    watcher = _Whole(label)
    label.installEventFilter(watcher)
    label.setProperty("keeps-whole", True)
