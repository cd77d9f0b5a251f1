"""The message header: who it goes to, which order, what kind of message, in which language.

Each field checks itself as the seller types and says what is wrong in plain
words right under it. The checks themselves live in :mod:`composer.header`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from composer import header as checks
from composer.header import Header, Problem
from composer.messagetypes import message_types

NO_DATE = QDate(2000, 1, 1)
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
# FIRST_FRAME_NOTE: touching PySide6's ``Qt`` namespace builds all of its enums (about
# 45 ms), so widgets in the first frame avoid it; later code uses it freely.


class OptionalDateEdit(QDateEdit):
    """A date field that may be "Not set" and still lets Tab move on.

    QDateEdit uses Tab to step through day, month and year; while it shows its
    "Not set" text it never reaches the last step, so Tab was trapped there.
    """

    def focusNextPrevChild(self, next_: bool) -> bool:
        if self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next_)
        return super().focusNextPrevChild(next_)


class FieldMessage(QLabel):
    """A one-line explanation under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, problem: Problem | None) -> None:
        if problem is None:
            self.clear()
            self.hide()
            return
        colour = "#b71c1c" if problem.blocking else "#8a5300"
        prefix = "✖ " if problem.blocking else "⚠ "
        self.setStyleSheet(f"color: {colour};")
        self.setText(html.escape(prefix + problem.text))  # shown as rich text: escape it
        self.show()


class HeaderForm(QWidget):
    """Editable header fields; emits ``changed`` with a :class:`Header` after every edit."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header-form")
        self.to = QLineEdit(self)
        self.to.setPlaceholderText("buyer alias, e.g. abc123xyz@marketplace.amazon.com")
        self.order_id = QLineEdit(self)
        self.order_id.setPlaceholderText("e.g. 113-4567890-1234567")
        self.order_id.setMaxLength(40)
        self.order_id.setMinimumWidth(
            self.order_id.fontMetrics().horizontalAdvance("000-0000000-0000000") + 18)
        self.order_date = OptionalDateEdit(self)
        self.order_date.setCalendarPopup(True)
        self.order_date.setMinimumDate(NO_DATE)
        self.order_date.setSpecialValueText("Not set")
        self.order_date.setDate(NO_DATE)
        self.order_date.setDisplayFormat("d MMM yyyy")
        self.message_type = QComboBox(self)
        for entry in message_types():
            self.message_type.addItem(entry.label, entry.id)
            self.message_type.setItemData(self.message_type.count() - 1, entry.purpose,
                                          TOOLTIP_ROLE)
        self.language = QComboBox(self)
        for code, label in checks.buyer_languages():
            self.language.addItem(label, code)
        for combo in (self.message_type, self.language):
            # Long labels must not force the window wider than a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText("A short, clear subject, e.g. Delivery date for your order")

        self.messages: dict[str, FieldMessage] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self._row = 0
        self._add(grid, "to", "&To:", self.to, 0, 3,
                  "The buyer's Amazon alias address, from the order page in Seller Central")
        self._add(grid, "order_id", "&Order ID:", self.order_id, 4, 1,
                  "The 17-digit Amazon order ID (3-7-7 digits)")
        self._row += 2
        self._add(grid, "message_type", "T&ype:", self.message_type, 0, 3,
                  "What the message is for. Amazon allows only certain reasons to write.")
        self._add(grid, "order_date", "Order &date:", self.order_date, 4, 1,
                  "The date the order was placed")
        self._row += 2
        self._add(grid, "subject", "&Subject:", self.subject, 0, 3,
                  "The subject line the buyer sees")
        self._add(grid, "language", "&Language:", self.language, 4, 1,
                  "The buyer's preferred language. Amazon requires messages in it.")
        grid.setColumnStretch(1, 1)

        self.to.textChanged.connect(lambda: self._validate("to"))
        self.order_id.textChanged.connect(lambda: self._validate("order_id"))
        self.order_id.editingFinished.connect(self._tidy_order_id)
        self.order_date.dateChanged.connect(lambda: self._validate("order_date"))
        self.subject.textChanged.connect(lambda: self._validate("subject"))
        self.message_type.currentIndexChanged.connect(self._emit)
        self.language.currentIndexChanged.connect(self._emit)
        self._updating = False

    def _add(self, grid: QGridLayout, key: str, text: str, field: QWidget, column: int,
             span: int, description: str) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        # A style-sheet property, not Qt.AlignmentFlag: see FIRST_FRAME_NOTE.
        label.setStyleSheet("qproperty-alignment: 'AlignRight | AlignVCenter';")
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        field.setAccessibleDescription(description)
        field.setToolTip(description)
        message = FieldMessage(self)
        self.messages[key] = message
        grid.addWidget(label, self._row, column)
        grid.addWidget(field, self._row, column + 1, 1, span)
        grid.addWidget(message, self._row + 1, column + 1, 1, span)

    # --- validation ---------------------------------------------------------------------------
    def _validators(self) -> dict[str, Callable[[], Problem | None]]:
        return {
            "to": lambda: checks.check_alias(self.to.text()),
            "order_id": lambda: checks.check_order_id(self.order_id.text()),
            "order_date": lambda: checks.check_order_date(self._date(), date.today()),
            "subject": lambda: checks.check_subject(self.subject.text()),
        }

    def _validate(self, key: str) -> None:
        problem = self._validators()[key]()
        self.messages[key].show_problem(problem)
        field = getattr(self, key)
        field.setProperty("invalid", problem is not None and problem.blocking)
        self._emit()

    def problems(self) -> dict[str, Problem]:
        """Every field's current problem, for the export guard and tests."""
        found = {}
        for key, validate in self._validators().items():
            problem = validate()
            if problem is not None:
                found[key] = problem
        return found

    def _tidy_order_id(self) -> None:
        tidy = checks.normalise_order_id(self.order_id.text())
        if tidy != self.order_id.text():
            self.order_id.setText(tidy)

    def _date(self) -> date | None:
        value = self.order_date.date()
        if value == NO_DATE:
            return None
        return date(value.year(), value.month(), value.day())

    # --- values -------------------------------------------------------------------------------
    def value(self) -> Header:
        return Header(
            to=self.to.text().strip(),
            order_id=self.order_id.text().strip(),
            order_date=self._date(),
            message_type=self.message_type.currentData(),
            buyer_language=self.language.currentData(),
            subject=self.subject.text(),
        )

    def set_value(self, value: Header) -> None:
        self._updating = True
        try:
            self.to.setText(value.to)
            self.order_id.setText(value.order_id)
            if value.order_date is None:
                self.order_date.setDate(NO_DATE)
            else:
                d = value.order_date
                self.order_date.setDate(QDate(d.year, d.month, d.day))
            index = self.message_type.findData(value.message_type)
            self.message_type.setCurrentIndex(max(index, 0))
            index = self.language.findData(value.buyer_language)
            self.language.setCurrentIndex(max(index, 0))
            self.subject.setText(value.subject)
        finally:
            self._updating = False
        for key in self._validators():
            self._validate(key)

    def focus_field(self, key: str) -> bool:
        """Move the keyboard focus to a field (a fix can ask for this). False if unknown."""
        widget = {"to": self.to, "order_id": self.order_id, "order_date": self.order_date,
                  "message_type": self.message_type, "subject": self.subject,
                  "language": self.language}.get(key)
        if widget is None:
            return False
        from PySide6.QtCore import Qt

        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def _emit(self) -> None:
        if not self._updating:
            self.changed.emit(self.value())
