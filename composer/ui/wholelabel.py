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
            fit(watched)
        return False


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
