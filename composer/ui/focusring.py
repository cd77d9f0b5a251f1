"""A ring over a widget while it has the keyboard, for Tab stops whose style draws none.

The verdict badge, the findings list, the drafts list, the attachment rows' list and the
messages-today meter took the focus with Tab and showed nothing: a seller could not see
where the keyboard was. A frame drawn over the widget (mouse clicks pass through it)
shows it the same way on each, whatever the widget paints itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QWidget

RING_STYLE = ("QFrame#focus-ring { border: 2px solid #1565c0; border-radius: 4px;"
              " background: transparent; }")


class FocusRing(QObject):
    """Shows ``ring`` over its widget from FocusIn to FocusOut, as large as the widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.ring = QFrame(widget)
        self.ring.setObjectName("focus-ring")
        self.ring.setStyleSheet(RING_STYLE)
        self.ring.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.ring.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ring.hide()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.ring.setGeometry(watched.rect())
            self.ring.raise_()
            self.ring.show()
        elif kind == QEvent.Type.FocusOut:
            self.ring.hide()
        elif kind == QEvent.Type.Resize and self.ring.isVisible() and \
                isinstance(watched, QWidget):
            self.ring.setGeometry(watched.rect())
        return False


def show_focus(*widgets: QWidget) -> None:
    """Give each widget a ring while it has the keyboard."""
    for widget in widgets:
        FocusRing(widget)
