"""The calendar that drops down under a date field (composer.ui.datefield).

Built on first use, not with the window. It opens at the month of the date it is
given, with that day selected; a click, Enter or Space picks a day, Escape closes
it and gives the focus back to the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget


class CalendarPopup(QFrame):
    """A month calendar in a pop-up window; emits ``picked`` with the chosen day."""

    picked = Signal(object)  # a datetime.date

    def __init__(self, field: QWidget) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._chosen)  # Enter or a double-click
        self.calendar.clicked.connect(self._chosen)

    def show_at(self, field: QWidget, day: date) -> None:
        """Open under ``field`` at ``day``'s month, with that day selected."""
        shown = QDate(day.year, day.month, day.day)
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        below = field.mapToGlobal(QPoint(0, field.height()))
        screen = field.screen().availableGeometry() if field.screen() else None
        if screen is not None:
            x = min(below.x(), screen.right() - self.width())
            y = below.y() if below.y() + self.height() <= screen.bottom() else \
                field.mapToGlobal(QPoint(0, 0)).y() - self.height()
            below = QPoint(max(screen.left(), x), max(screen.top(), y))
        self.move(below)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _chosen(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(date(day.year(), day.month(), day.day()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.field.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        super().keyPressEvent(event)
