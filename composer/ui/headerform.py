"""The message header: who it goes to, which order, what kind of message, in which language.

Each field checks itself as the seller types and says what is wrong in plain
words right under it. The checks themselves live in :mod:`composer.message.header`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.message import header as checks
from composer.message.header import Header, Problem
from composer.message.messagetypes import REPLY, message_types
from composer.ui.datefield import DateField
from composer.ui.fieldmessage import FieldMessage
from composer.ui.headerlayout import HeaderCell, arrange, leave, next_in_order, tab_order
from composer.ui.listnames import language_label, type_label, type_purpose
from composer.ui.wholelabel import TIP, keep_brief, keep_whole

if TYPE_CHECKING:
    from composer.clock.replyclock import ReplyClock

CLOCK_STYLE = {"ok": "color: #37474f;", "amber": "color: #8a5300; font-weight: 600;",
               "late": "color: #b71c1c; font-weight: 600;"}
CLOCK_TICK_MS = 60_000
FIELDS = ("to", "order_id", "order_date", "subject", "delivery_date", "buyer_message_at",
          "product_name")
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
# FIRST_FRAME_NOTE: touching PySide6's ``Qt`` namespace builds all of its enums (about
# 45 ms), so widgets in the first frame avoid it; later code uses it freely.


class HeaderForm(QWidget):
    """Editable header fields; emits ``changed`` with a :class:`Header` after every edit."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header-form")
        self.to = QLineEdit(self)
        self.to.setPlaceholderText(
            self.tr("buyer alias, e.g. abc123xyz@marketplace.amazon.com"))
        self.order_id = QLineEdit(self)
        self.order_id.setPlaceholderText(self.tr("e.g. 113-4567890-1234567"))
        self.order_id.setMaxLength(40)
        self.order_id.setMinimumWidth(
            self.order_id.fontMetrics().horizontalAdvance("000-0000000-0000000") + 18)
        self.order_date = DateField(self)
        self.delivery_date = DateField(self)
        self.product_name = QLineEdit(self)
        self.product_name.setPlaceholderText(self.tr("e.g. Brass desk lamp (fills {product})"))
        self.clock_now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
        # The seller's day (Settings' time zone), as the guard and the window rules count it;
        # the main window sets it once the quota support is there.
        self.today: Callable[[], date] = date.today
        self.reply_row = QWidget(self)
        self.buyer_message_at = DateField(self.reply_row, with_time=True)
        # The calendar opens at today; for "Delivered", at the order date when there is one.
        for field in (self.order_date, self.delivery_date, self.buyer_message_at):
            field.today = field.calendar_start = lambda: self.today()
        self.delivery_date.calendar_start = lambda: self._date() or self.today()
        # QPushButton(text, parent) would make PySide6 load QIcon for its overloads (2 ms
        # before the first frame); the parent alone does not.
        self.just_now = QPushButton(self.reply_row)
        self.just_now.setText(self.tr("&Just now"))
        self.just_now.setToolTip(self.tr("The buyer's message arrived a moment ago"))
        self.reply_clock = QLabel(self.reply_row)
        self.reply_clock.setObjectName("reply-clock")
        self.reply_clock.setWordWrap(True)  # a long clock text must never widen the window
        keep_whole(self.reply_clock)  # its row grows when it wraps, never cut (wholelabel)
        self.reply_clock.setAccessibleName(self.tr("Time left to reply"))
        late = self.tr("Amazon counts a reply as late after 24 hours, weekends and holidays "
                       "included.")
        self.reply_clock.setProperty(TIP, late)  # kept under the whole clock when it is short
        self.reply_clock.setToolTip(late)
        rows = QVBoxLayout(self.reply_row)
        rows.setContentsMargins(0, 0, 0, 0)
        reply_line = QHBoxLayout()
        reply_line.addWidget(self.buyer_message_at)
        reply_line.addWidget(self.just_now)
        reply_line.addSpacing(8)
        reply_line.addWidget(self.reply_clock, 1)
        rows.addLayout(reply_line)
        # A line of its own under it for an offer about the buyer's message (replylink),
        # so a long button never widens the window.
        self.reply_offer = QHBoxLayout()
        rows.addLayout(self.reply_offer)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.clock_timer.timeout.connect(self.update_clock)
        self.clock: ReplyClock | None = None
        # When the open reply first left (copied, exported or sent): the clock has stopped.
        self.answered_at: datetime | None = None
        self.message_type = QComboBox(self)
        for entry in message_types():  # named in the app's language (listnames)
            self.message_type.addItem(type_label(entry.id, entry.label), entry.id)
            self.message_type.setItemData(self.message_type.count() - 1,
                                          type_purpose(entry.id, entry.purpose), TOOLTIP_ROLE)
        self.language = QComboBox(self)
        for code, label in checks.buyer_languages():
            self.language.addItem(language_label(code, label), code)
        for combo in (self.message_type, self.language):
            # Long labels must not force the window wider than a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(
            self.tr("A short, clear subject, e.g. Delivery date for your order"))

        self.messages: dict[str, FieldMessage] = {}
        self.cells: list[HeaderCell] = []
        self.narrow = False
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self._row = 0
        self._add(grid, "to", self.tr("&To:"), self.to, 0, 3,
                  self.tr("The buyer's Amazon alias address, from the order page in Seller "
                          "Central"))
        self._add(grid, "order_id", self.tr("&Order ID:"), self.order_id, 4, 1,
                  self.tr("The 17-digit Amazon order ID (3-7-7 digits)"))
        self._row += 2
        self._add(grid, "message_type", self.tr("T&ype:"), self.message_type, 0, 3,
                  self.tr("What the message is for. Amazon allows only certain reasons to write."))
        self._add(grid, "order_date", self.tr("Order &date:"), self.order_date, 4, 1,
                  self.tr("The date the order was placed"))
        self._row += 2
        self._add(grid, "subject", self.tr("&Subject:"), self.subject, 0, 3,
                  self.tr("The subject line the buyer sees"))
        self._add(grid, "language", self.tr("&Language:"), self.language, 4, 1,
                  self.tr("The buyer's preferred language. Amazon requires messages in it."))
        self._row += 2
        self._add(grid, "product_name", self.tr("&Product:"), self.product_name, 0, 3,
                  self.tr("The product's name: it fills {product} in templates and is never "
                          "marked as a spelling mistake"))
        self._add(grid, "delivery_date", self.tr("Deli&vered:"), self.delivery_date, 4, 1,
                  self.tr("The date the order was delivered: review requests may be sent "
                          "from 5 to 30 days after it"))
        self._row += 2
        self.reply_label = self._add(
            grid, "buyer_message_at", self.tr("&Buyer wrote at:"), self.reply_row, 0, 5,
            self.tr("When the buyer's message arrived (your computer's time). Amazon counts a "
                    "reply as late after 24 hours."))
        self.buyer_message_at.setAccessibleName(self.tr("Buyer's message received at"))
        # The labels keep their width when the reply row hides, so no field jumps sideways.
        grid.setColumnMinimumWidth(0, self.reply_label.sizeHint().width())
        self.grid = grid
        self.reading_order = arrange(grid, self.cells, narrow=False)

        self.to.textChanged.connect(lambda: self._validate("to"))
        self.order_id.textChanged.connect(lambda: self._validate("order_id"))
        self.order_id.editingFinished.connect(self._tidy_order_id)
        self.to.editingFinished.connect(self._tidy_alias)
        self.order_date.dateChanged.connect(lambda: self._validate("order_date"))
        self.delivery_date.dateChanged.connect(lambda: self._validate("delivery_date"))
        self.product_name.textChanged.connect(lambda: self._validate("product_name"))
        # The order a Product filled in for the seller was for (a reply's, a template's):
        # changing the order ID then warns on Product (composer.message.header.check_product).
        self.product_filled_for: tuple[str, str] | None = None
        self.to_filled_for: tuple[str, str] | None = None  # the same for To (a reply's buyer)
        self.buyer_message_at.dateChanged.connect(lambda: self._validate("buyer_message_at"))
        self.just_now.clicked.connect(self._set_just_now)
        self.message_type.currentIndexChanged.connect(self._show_reply_row)
        self.subject.textChanged.connect(lambda: self._validate("subject"))
        self.message_type.currentIndexChanged.connect(self._emit)
        self.language.currentIndexChanged.connect(self._emit)
        # A new draft's language follows the buyer's marketplace (from To) until chosen.
        self._language_free = False
        self.language.activated.connect(self._language_chosen)
        for line in (self.to, self.subject, self.product_name):
            line.editingFinished.connect(lambda line=line: self._show_start(line))
        self._updating = False
        self._show_reply_row()

    def show_files_notes(self) -> None:
        """"— no files" beside the types that take none, in the open Type list. After the
        first paint: the closed list never shows it, and its item delegate's Qt classes are
        not needed for the first frame (tests/test_startup_imports.py)."""
        from composer.ui.typefiles import mark_types

        mark_types(self.message_type)

    def _add(self, grid: QGridLayout, key: str, text: str, field: QWidget, column: int,
             span: int, description: str) -> QLabel:
        label = QLabel(text, self)
        # The buddy must take the focus itself: Qt moves no focus to a buddy whose own
        # policy is NoFocus, so a date field's label points at its line, and the reply
        # row's at the date in it (Alt+D, Alt+V and Alt+B did nothing before).
        target = self.buyer_message_at if field is self.reply_row else field
        typed_in = target.edit if isinstance(target, DateField) else target
        label.setBuddy(typed_in)
        # A style-sheet property, not Qt.AlignmentFlag: see FIRST_FRAME_NOTE.
        label.setStyleSheet("qproperty-alignment: 'AlignRight | AlignVCenter';")
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        field.setAccessibleDescription(description)
        field.setToolTip(description)
        message = FieldMessage(self)
        message.follow(typed_in)
        self.messages[key] = message
        self.cells.append(HeaderCell(key, label, field, message, self._row, column, span))
        return label

    # --- layout -------------------------------------------------------------------------------
    def wide_width(self) -> int:
        """The width two columns need for a whole buyer address and the longest type."""
        metrics = self.fontMetrics()
        long_field = max(metrics.horizontalAdvance("k7x2mq9dfl4wz8p@marketplace.amazon.co.uk")
                         + 24, max(metrics.horizontalAdvance(self.message_type.itemText(i))
                                   for i in range(self.message_type.count())) + 44)
        right_label = max(c.label.sizeHint().width() for c in self.cells if c.column == 4)
        right_field = max(max(c.field.minimumWidth(), c.field.minimumSizeHint().width())
                          for c in self.cells if c.column == 4) + 20
        margins = self.grid.contentsMargins()
        spacing = self.grid.horizontalSpacing()
        return (margins.left() + margins.right() + self.reply_label.sizeHint().width()
                + long_field + right_label + right_field + 3 * spacing)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab follows the rows as they are arranged now, then leaves the header."""
        from PySide6.QtWidgets import QApplication

        current = QApplication.focusWidget()
        order = tab_order(self.reading_order)
        target = next_in_order(order, self, current, next) or leave(order, self, next)
        if target is None:
            return super().focusNextPrevChild(next)
        from PySide6.QtCore import Qt

        target.setFocus(Qt.FocusReason.TabFocusReason if next
                        else Qt.FocusReason.BacktabFocusReason)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns when the address and the type fit whole beside the short fields."""
        super().resizeEvent(event)
        narrow = event.size().width() < self.wide_width()
        if narrow != self.narrow:
            self.narrow = narrow
            self.reading_order = arrange(self.grid, self.cells, narrow)

    # --- validation ---------------------------------------------------------------------------
    def problems(self) -> dict[str, Problem]:
        """Every field's current problem (:func:`composer.message.header.problems`): the badge
        counts the blocking ones, and the export guard finds the same), in the app's language."""
        from composer.ui.translations import current_language

        return checks.problems(self.value(), self.today(), self.clock_now(), current_language(),
                               self.product_filled_for, self.to_filled_for)

    def _validate(self, key: str) -> None:
        found = self.problems()
        field = getattr(self, key)
        problem = found.get(key)
        if problem is None and isinstance(field, DateField) and field.problem():
            from composer.ui.translations import say

            problem = Problem(say(field.short_problem() or field.problem()), detail=self.tr(
                "{problem} Until then the date counts as not set.").format(
                    problem=say(field.problem())))
        self.messages[key].show_problem(problem)
        field.setProperty("invalid", problem is not None and problem.blocking)
        if key == "buyer_message_at" and not self._updating:
            self.update_clock()
        if key == "order_date" and not self._updating:
            self.messages["delivery_date"].show_problem(found.get("delivery_date"))
        if key == "order_id" and not self._updating:
            self.messages["product_name"].show_problem(found.get("product_name"))
            self.messages["to"].show_problem(found.get("to"))
        self._emit()

    @staticmethod
    def _show_start(line: QLineEdit) -> None:
        """A long subject reads from its start once the seller has left the field."""
        if not line.hasFocus():
            line.setCursorPosition(0)

    def _tidy_order_id(self) -> None:
        tidy = checks.normalise_order_id(self.order_id.text())
        if tidy != self.order_id.text():
            self.order_id.setText(tidy)

    def _tidy_alias(self) -> None:
        tidy = checks.normalise_alias(self.to.text())
        if tidy != self.to.text().strip():
            self.to.setText(tidy)
        if self._language_free:
            self._language_from_marketplace(tidy)

    def _language_chosen(self) -> None:
        self._language_free = False

    def _language_from_marketplace(self, alias: str) -> None:
        """Set the marketplace's language (amazon.de: German) once, for a new draft."""
        from composer.inbox.formats import marketplaces, relay_ending

        ending = relay_ending(alias.rpartition("@")[2]) if "@" in alias else None
        if ending is None:
            return
        index = self.language.findData(marketplaces()[ending].language)
        if index >= 0:
            self.language.setCurrentIndex(index)
            self._language_free = False

    def _date(self, field: DateField | None = None) -> date | None:
        value = (field or self.order_date).date()
        return value.date() if isinstance(value, datetime) else value

    def _received_at(self) -> datetime | None:
        """The buyer's message time as an aware UTC datetime (the field shows local time)."""
        value = self.buyer_message_at.date()
        if not isinstance(value, datetime):
            return None
        from composer.ui.localwords import seller_zone

        zone = seller_zone()  # the field shows the seller's zone (Settings), not the computer's
        local = value.replace(tzinfo=zone) if zone is not None else value.astimezone()
        return local.astimezone(timezone.utc)

    def _set_received_at(self, value: datetime | None) -> None:
        if value is None:
            self.buyer_message_at.setDate(None)
            return
        from composer.ui.localwords import seller_time, zone_tip

        self.buyer_message_at.setDate(seller_time(value).replace(tzinfo=None, second=0,
                                                                 microsecond=0))
        self.buyer_message_at.setToolTip(zone_tip())

    def set_buyer_wrote_at(self, value: datetime | None) -> None:
        """Fill in (or clear) "Buyer wrote at", as a reply to a buyer's message does."""
        self._set_received_at(value)

    def _set_just_now(self) -> None:
        self._set_received_at(self.clock_now())

    def _is_reply(self) -> bool:
        return self.message_type.currentData() == REPLY

    def _show_reply_row(self) -> None:
        """"Buyer wrote at" and the clock belong to replies only."""
        reply = self._is_reply()
        self.reply_label.setVisible(reply)
        self.reply_row.setVisible(reply)
        if not reply:
            self.messages["buyer_message_at"].show_problem(None)
        else:
            self.messages["buyer_message_at"].show_problem(
                self.problems().get("buyer_message_at"))
        self.update_clock()

    def set_answered(self, when: datetime | None) -> None:
        """The open reply was answered at ``when`` (None: not yet); the clock follows."""
        if when != self.answered_at:
            self.answered_at = when
            self.update_clock()

    def update_clock(self) -> None:
        """Redraw the 24-hour clock; it ticks each minute while a reply has a time."""
        received = self._received_at() if self._is_reply() else None
        if self._is_reply() and self.answered_at is not None:
            self._show_answered(self.answered_at)
            return
        if received is None:
            self.clock = None
            self.clock_timer.stop()
            asked = self.tr("Enter when the buyer wrote to see the time left to reply.") \
                if self._is_reply() else ""
            keep_brief(self.reply_clock, asked, asked)
            self.reply_clock.setStyleSheet("color: #546e7a;")
            return
        if received > self.clock_now():
            # A typed time in the future (the field is red, the export note says why):
            # no clock is counted from it, as more than 24 hours left cannot be.
            self.clock = None
            self.clock_timer.stop()
            keep_brief(self.reply_clock, "—", "—")
            self.reply_clock.setStyleSheet("color: #546e7a;")
            return
        from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

        from composer.clock.replyclock import reply_clock  # a dataclass: not in the first frame
        from composer.ui.translations import current_language

        self.clock = reply_clock(received, self.clock_now())
        from composer.ui.localwords import seller_time

        language = current_language()
        due = seller_time(self.clock.due)  # the wall time in the seller's zone
        shown = QDateTime(QDate(due.year, due.month, due.day), QTime(due.hour, due.minute))
        when = QLocale(language).toString(shown, "ddd HH:mm")  # the weekday in the app language
        words = self.clock.words(language)
        if self.clock.state == "late":
            whole = self.tr("{clock} · was due {when}").format(clock=words, when=when)
        else:
            whole = self.tr("{clock} · due {when}").format(clock=words, when=when)
        # Two lines at most: in French at 1024 px it took four, and with Amazon's banner the
        # buyer's question kept a line and a half. Then the time left alone, all on hover.
        keep_brief(self.reply_clock, whole, words)
        self.reply_clock.setStyleSheet(CLOCK_STYLE[self.clock.state])
        if not self.clock_timer.isActive():
            self.clock_timer.start()

    def _show_answered(self, when: datetime) -> None:
        """No clock once answered: when it was, as the Buyer Messages list says it."""
        from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

        from composer.ui.localwords import seller_time
        from composer.ui.translations import current_language

        self.clock = None
        self.clock_timer.stop()
        local = seller_time(when)
        shown = QDateTime(QDate(local.year, local.month, local.day),
                          QTime(local.hour, local.minute))
        answered = self.tr("Answered {when}").format(
            when=QLocale(current_language()).toString(shown, "ddd d MMM HH:mm"))
        keep_brief(self.reply_clock, answered, answered)
        self.reply_clock.setStyleSheet(CLOCK_STYLE["ok"])

    # --- values -------------------------------------------------------------------------------
    def value(self) -> Header:
        return Header(
            to=self.to.text().strip(),
            order_id=self.order_id.text().strip(),
            order_date=self._date(),
            message_type=self.message_type.currentData(),
            buyer_language=self.language.currentData(),
            subject=self.subject.text(),
            product_name=self.product_name.text().strip(),
            delivery_date=self._date(self.delivery_date),
            buyer_message_at=self._received_at(),
        )

    def set_value(self, value: Header) -> None:
        self._language_free = (not value.to.strip()
                               and value.buyer_language == Header().buyer_language)
        self._updating = True
        try:
            self.to.setText(value.to)
            self.order_id.setText(value.order_id)
            self.order_date.setDate(value.order_date)
            index = self.message_type.findData(value.message_type)
            self.message_type.setCurrentIndex(max(index, 0))
            index = self.language.findData(value.buyer_language)
            self.language.setCurrentIndex(max(index, 0))
            self.subject.setText(value.subject)
            self.product_name.setText(value.product_name)
            for line in (self.to, self.subject, self.product_name):
                line.setCursorPosition(0)  # a long subject reads from its start
            self.delivery_date.setDate(value.delivery_date)
            self._set_received_at(value.buyer_message_at)
        finally:
            self._updating = False
        for key in FIELDS:
            self._validate(key)
        self._show_reply_row()

    def focus_field(self, key: str) -> bool:
        """Move the keyboard focus to a field (a fix can ask for this). False if unknown."""
        widget = {"to": self.to, "order_id": self.order_id, "order_date": self.order_date,
                  "message_type": self.message_type, "subject": self.subject,
                  "language": self.language, "product_name": self.product_name,
                  "delivery_date": self.delivery_date,
                  "buyer_message_at": self.buyer_message_at}.get(key)
        if widget is None:
            return False
        from PySide6.QtCore import Qt

        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def offer_to(self, address: str) -> None:
        """To stays empty, but one Ctrl+Z in it brings ``address`` back (the buyer of the
        reply open before, whom a new message from a template does not write to)."""
        self.to.insert(address)  # both steps are the field's own undo
        self.to.selectAll()
        self.to.del_()

    def replace_words(self, key: str, start: int, end: int, words: str,
                      replacement: str) -> bool:
        """Replace ``words`` at ``start``–``end`` (Python offsets) of a text field, as one
        step of the field's own undo, and leave the cursor after them. False when the
        field no longer holds those words there (it changed since the check)."""
        field = getattr(self, key, None)
        if not isinstance(field, QLineEdit) or field.text()[start:end] != words:
            return False
        from composer.message.textpos import Utf16Index

        index = Utf16Index(field.text())
        first = index.to_utf16(start)
        self.focus_field(key)
        field.setSelection(first, index.to_utf16(end) - first)
        field.insert(replacement)  # not setText: Ctrl+Z in the field takes it back
        return True

    def _emit(self) -> None:
        if not self._updating:
            self.changed.emit(self.value())
