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
        self.full_text = ""
        self._plain = False
        self._field: QWidget | None = None
        self._waiting: tuple[Problem | None] | None = None  # what to show once typing stops
        self.hide()

    def follow(self, field: QWidget) -> None:
        """While the seller types in ``field``, this line neither appears nor goes: the
        fields below would jump under the pointer (an order ID is wrong until its last
        digit). Its words still change; what it becomes shows when the field is left."""
        self._field = field
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        waiting = self._waiting
        if waiting is not None and watched is self._field and \
                event.type() == QEvent.Type.FocusOut:
            self._show(waiting[0])
        return False

    def show_problem(self, problem: Problem | None) -> None:
        typing = self._field is not None and self._field.hasFocus()
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
            self.full_text = ""
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
        self.full_text = prefix + problem.text
        self.setAccessibleDescription(problem.text)
        self._fit()
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.full_text:
            self._fit()

    def _fit(self) -> None:
        shown = fit_lines(self.full_text, self.font(), self.contentsRect().width())
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")
