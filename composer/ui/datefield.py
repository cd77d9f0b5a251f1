"""A date (or date and time) field a seller can type into, with a calendar beside it.

Qt's QDateEdit shows "Not set" as text and edits it in sections, so typing
"2026-11-20" became "Not set2026-11-20" and was dropped on Tab. Here the field is a
line edit: "Not set" is its placeholder, anything typed is read by
:mod:`composer.clock.datetext` (the computer's own order and month names, ISO, and
the five buyer languages' month names), and text that is not a date stays as typed
with a line under the field saying so. The calendar (the button, or Alt+Down) opens
at the date in the field, else at a start date the form gives (today, or the order
date for "Delivered").

Built in the first frame: nothing here touches PySide6's ``Qt`` namespace until the
calendar first opens (see FIRST_FRAME_NOTE in ``headerform.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QSize, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from composer.clock.datetext import DateTextError, numeric_order, parse_date, parse_date_time
from composer.ui.icons import Icon, when_ready

NOT_SET = QT_TRANSLATE_NOOP("DateField", "Not set")
DATE_FORMAT = "d MMM yyyy"
DATE_TIME_FORMAT = "d MMM yyyy  HH:mm"
BUYER_LOCALES = ("en_GB", "de_DE", "fr_FR", "es_ES", "it_IT")


@cache
def _month_names(locale_name: str) -> dict[str, int]:
    """Month names (long and short, lower case, no final dot) of a locale and the buyers'."""
    names: dict[str, int] = {}
    for name in (locale_name, *BUYER_LOCALES):
        locale = QLocale(name)
        for month in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for text in (locale.monthName(month, kind),
                             locale.standaloneMonthName(month, kind)):
                    key = text.lower().rstrip(".")
                    if key:
                        names.setdefault(key, month)
    return names


def locale_reading() -> tuple[str, dict[str, int]]:
    """The seller's numeric date order and the month names to read (from QLocale())."""
    locale = QLocale()
    return (numeric_order(locale.dateFormat(QLocale.FormatType.ShortFormat)),
            _month_names(locale.name()))


class DateField(QWidget):
    """A typed date with a calendar button; ``date()`` is None while it is "Not set"."""

    dateChanged = Signal(object)  # the date (or datetime) now in the field, or None

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.edit = _DateLine(self)
        self.edit.setPlaceholderText(self.tr(NOT_SET))
        self.edit.setClearButtonEnabled(True)
        self.edit.longest = self._longest
        self._widest: dict[str, str] = {}
        self.button = QToolButton(self)
        self.button.setAccessibleName(self.tr("Pick from a calendar"))
        self.button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.button.setText("…")
        when_ready(Icon.CALENDAR, self.button.setIcon)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        # Where the calendar opens when the field is empty (the form sets it).
        self.calendar_start: Callable[[], date] = date.today
        self.today: Callable[[], date] = date.today
        self._value: date | datetime | None = None
        self._problem: str | None = None
        self._typing = False  # no "not a date" while the seller is still typing it
        self._short: str | None = None  # the problem in a few words (under the field)
        # "Not a date" is said at a pause in the typing, as the form's line appears then.
        from PySide6.QtCore import QTimer

        from composer.ui.fieldmessage import PAUSE_MS

        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self._paused)
        self._popup: object | None = None
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._read)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.calendarRequested.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)

    def setAccessibleName(self, name: str) -> None:
        """The name is the text field's, which takes the focus (screen readers read it)."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:
        super().setAccessibleDescription(text)
        self.edit.setAccessibleDescription(text)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.edit.setToolTip(text)

    # --- value --------------------------------------------------------------------------------
    def date(self) -> date | datetime | None:
        """What the field holds: None while empty or while its text is not a date."""
        return self._value

    def problem(self) -> str | None:
        """Why the typed text is not a date (plain words), or None (also while typing)."""
        return None if self._typing else self._problem

    def short_problem(self) -> str | None:
        """:meth:`problem` in a few words, for the line under the field."""
        return None if self._typing else self._short

    def text(self) -> str:
        return self.edit.text()

    def setDate(self, value: date | datetime | None) -> None:
        self.edit.setText(self.format(value))
        self.edit.setCursorPosition(0)

    def format(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        locale = QLocale()
        if self.with_time and isinstance(value, datetime):
            return locale.toString(_qdatetime(value), DATE_TIME_FORMAT)
        return locale.toString(QDate(value.year, value.month, value.day), DATE_FORMAT)

    def _longest(self) -> str:
        """The widest date this field can show in the app's language (its month names)."""
        known = self._widest.get(QLocale().name())
        if known is None:  # asked at each layout: the twelve months once per language
            # Dates alone ("HH:mm" is two digits, a colon and two digits in every language
            # here): a QDateTime would load its types before the first frame (~1 ms).
            texts = [self.format(date(2026, month, 28)) for month in range(1, 13)]
            known = max(texts, key=self.edit.fontMetrics().horizontalAdvance)
            if self.with_time:
                known += "  22:58"
            self._widest[QLocale().name()] = known
        return known

    def _read(self, text: str) -> None:
        order, months = locale_reading()
        try:
            if self.with_time:
                value: date | datetime | None = parse_date_time(text, order, months, self.today())
            else:
                value = parse_date(text, order, months, self.today())
            problem = short = None
        except DateTextError as exc:
            value, problem, short = None, str(exc), exc.short
        if value == self._value and problem == self._problem:
            return
        self._value, self._problem, self._short = value, problem, short
        self.dateChanged.emit(value)

    def _typed(self, _text: str) -> None:
        self._typing = True
        self.pause.start()

    def _paused(self) -> None:
        """The seller stopped typing: what is not a date is said now, the field still
        being typed in."""
        if self._typing:
            self._typing = False
            if self._problem is not None:
                self.dateChanged.emit(None)

    def _tidy(self) -> None:
        """On Tab or Enter, a date that was read is written out the one clear way; text that
        is not a date stays as typed, and the form says what is wrong with it."""
        was_typing, self._typing = self._typing, False
        self.pause.stop()
        if self._value is not None and self.format(self._value) != self.edit.text():
            self.setDate(self._value)
        elif was_typing and self._problem is not None:
            self.dateChanged.emit(None)

    # --- calendar -----------------------------------------------------------------------------
    def open_calendar(self) -> None:
        from composer.ui.calendarpopup import CalendarPopup

        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)  # type: ignore[attr-defined]
        shown = self._value if self._value is not None else self.calendar_start()
        self._popup.show_at(self, shown)  # type: ignore[attr-defined]

    @property
    def popup(self) -> object | None:
        return self._popup

    def _picked(self, day: date) -> None:
        if self.with_time:
            at = self._value.time() if isinstance(self._value, datetime) else \
                datetime.now().time().replace(second=0, microsecond=0)
            self.setDate(datetime.combine(day, at))
        else:
            self.setDate(day)
        self.edit.setFocus()


class _DateLine(QLineEdit):
    """The text part: Alt+Down or F4 opens the calendar, as in Qt's own date fields."""

    calendarRequested = Signal()
    longest: Callable[[], str] | None = None  # the field's widest date, set by its DateField

    def minimumSizeHint(self) -> QSize:
        """Room for the whole of the widest date beside the clear button: "28 sept. 2026"
        was cut in a French header at 1024 px."""
        hint = super().minimumSizeHint()
        if self.longest is not None:
            metrics = self.fontMetrics()
            # Qt's own hint is one widest character plus the margins and the clear button
            need = hint.width() - metrics.maxWidth() + metrics.horizontalAdvance(self.longest())
            hint.setWidth(max(hint.width(), need + 4))
        return hint

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.calendarRequested.emit()
            return
        super().keyPressEvent(event)


def _qdatetime(value: datetime) -> object:
    from PySide6.QtCore import QDateTime, QTime

    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))
