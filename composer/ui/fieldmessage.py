"""The line under a header field that says what is wrong with it.

Plain text, never HTML: the words come from the core as they are ("buyer's alias"
stays "buyer's alias", not "buyer&#x27;s alias"). At most two lines, so a long
explanation never pushes the editor down; the whole text is in the tooltip and in
the accessible description, and the shown text ends with "…" when it was cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from composer.message.header import Problem

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

MAX_LINES = 2
ELLIPSIS = "…"
# While the seller types, the line waits for a pause this long before it appears or goes
# (not until the field is left: a wrong date said nothing while the seller looked at it).
PAUSE_MS = 800


def fit_lines(text: str, font: QFont, width: int, lines: int = MAX_LINES) -> str:
    """``text`` as it fits in ``lines`` lines of ``width`` pixels, cut at a word with "…"."""
    if width <= 0 or not text:
        return text
    # Here, not at the top: the first frame's fields are empty, and these classes' enums
    # cost about 1 ms before the first paint.
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    ends: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    if len(ends) <= lines:
        return text
    start = ends[lines - 2] if lines > 1 else 0
    last = text[start:ends[lines - 1]].rstrip()
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font)
    while last and metrics.horizontalAdvance(last + ELLIPSIS) > width:
        cut = last.rstrip().rfind(" ")
        last = last[:cut] if cut > 0 else last[:-1]
    return text[:start] + last.rstrip(" ,;:") + ELLIPSIS


class FieldMessage(QLabel):
    """A short explanation under a field (two lines at most); hidden while the field is fine."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # Its width is the field's: a long text wraps (and is cut), never widening a column.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""  # what it says in full (the tooltip when the line is cut)
        self._short = ""  # what the line shows before fitting: the short form, if any
        self._plain = False
        self._field: QWidget | None = None
        self._waiting: tuple[Problem | None] | None = None  # what to show once typing stops
        self.hide()

    def follow(self, field: QWidget) -> None:
        """While the seller types in ``field``, this line neither appears nor goes: the
        fields below would jump under the pointer (an order ID is wrong until its last
        digit). Its words still change; what it becomes shows at a pause in the typing
        (:data:`PAUSE_MS`) or when the field is left."""
        from PySide6.QtCore import QTimer

        self._field = field
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.settle)
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field:
            kind = event.type()
            if kind == QEvent.Type.KeyPress:
                self.pause.start()  # the seller is typing: wait for a pause
            elif kind == QEvent.Type.FocusOut:
                self.settle()
        return False

    def settle(self) -> None:
        """Show what the line waited to become (a pause in the typing, or the field left)."""
        self.pause.stop()
        waiting = self._waiting
        if waiting is not None:
            self._show(waiting[0])

    def show_problem(self, problem: Problem | None) -> None:
        typing = self._field is not None and self._field.hasFocus() and self.pause.isActive()
        if typing and (problem is None) == self.isVisible():  # it would appear or go
            self._waiting = (problem,)
            if problem is None:  # the words go, the line keeps its room
                self.setMinimumHeight(self.height())
                self.clear()
                self.setToolTip("")
            return
        self._show(problem)

    def _show(self, problem: Problem | None) -> None:
        self._waiting = None
        self.setMinimumHeight(0)
        if problem is None:
            self.full_text = self._short = ""
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        if not self._plain:  # here, not in __init__: the first frame avoids the Qt namespace
            from PySide6.QtCore import Qt

            self.setTextFormat(Qt.TextFormat.PlainText)
            self._plain = True
        colour = "#b71c1c" if problem.blocking else "#8a5300"
        prefix = "✖ " if problem.blocking else "⚠ "
        self.setStyleSheet(f"color: {colour};")
        self._short = prefix + problem.text
        self.full_text = prefix + (problem.detail or problem.text)
        self.setAccessibleDescription(problem.detail or problem.text)
        self._fit()
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.full_text:
            self._fit()

    def _fit(self) -> None:
        shown = fit_lines(self._short, self.font(), self.contentsRect().width())
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")
