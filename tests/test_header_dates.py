"""The header's dates take what a seller types: their own format, ISO, or the calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from composer.clock.datetext import DateTextError, numeric_order, parse_date, parse_date_time
from composer.message.header import Header
from composer.ui.headerform import HeaderForm

TODAY = date(2026, 11, 26)


@pytest.fixture
def form(qtbot):
    form = HeaderForm()
    form.today = lambda: TODAY
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


@pytest.fixture
def locale():
    """Set the app's locale for one test, and put the old one back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def type_into(qtbot, field, text: str) -> None:
    """Click into the field and type, as a seller would; the keys go where the focus is."""
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab_away(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


# ------------------------------------------------------------------ reading typed dates (core)

@pytest.mark.parametrize("text", ["2026-11-20", "2026/11/20", "20261120", "20 Nov 2026",
                                  "20 November 2026", "Nov 20, 2026", "Friday, 20 Nov 2026",
                                  "20th Nov 2026", "20.11.2026", "20/11/2026", "20-11-26"])
def test_a_day_month_seller_can_type_any_common_form(text: str) -> None:
    assert parse_date(text, "DMY", today=TODAY) == date(2026, 11, 20)


def test_a_us_seller_types_month_first_and_a_day_over_12_still_reads() -> None:
    assert parse_date("11/20/2026", "MDY", today=TODAY) == date(2026, 11, 20)
    assert parse_date("3/4/2026", "MDY", today=TODAY) == date(2026, 3, 4)
    assert parse_date("3/4/2026", "DMY", today=TODAY) == date(2026, 4, 3)
    assert parse_date("20/11/2026", "MDY", today=TODAY) == date(2026, 11, 20)  # no month 20


def test_month_names_of_other_languages_come_from_the_caller() -> None:
    months = {"november": 11, "nov": 11, "novembre": 11}
    assert parse_date("20. November 2026", "DMY", months, TODAY) == date(2026, 11, 20)
    assert parse_date("20 novembre 2026", "DMY", months, TODAY) == date(2026, 11, 20)


@pytest.mark.parametrize("text", ["Not set2026-11-20", "31.11.2026", "next week", "20 Nov Dec",
                                  "2026-13-01"])
def test_what_is_not_a_date_is_said_in_plain_words(text: str) -> None:
    with pytest.raises(DateTextError, match="not a date"):
        parse_date(text, "DMY", today=TODAY)


def test_empty_is_not_set_and_a_time_may_follow() -> None:
    assert parse_date("  ", today=TODAY) is None
    assert parse_date_time("20 Nov 2026 14:30", today=TODAY) == datetime(2026, 11, 20, 14, 30)
    assert parse_date_time("2026-11-20 2:30 pm", today=TODAY) == datetime(2026, 11, 20, 14, 30)
    with pytest.raises(DateTextError, match="time of day"):
        parse_date_time("20 Nov 2026 25:10", today=TODAY)


def test_the_numeric_order_comes_from_the_locale_pattern() -> None:
    assert numeric_order("M/d/yy") == "MDY"
    assert numeric_order("dd.MM.yy") == "DMY"
    assert numeric_order("yyyy-MM-dd") == "YMD"


# ------------------------------------------------------------------ the fields


@pytest.mark.parametrize("typed", ["2026-11-20", "20 Nov 2026"])
def test_typing_a_date_sets_it_and_tab_keeps_it(form, qtbot, typed: str) -> None:
    type_into(qtbot, form.order_date, typed)
    assert form.value().order_date == date(2026, 11, 20)
    tab_away(qtbot)
    assert not form.order_date.hasFocus()
    assert form.value().order_date == date(2026, 11, 20)  # nothing dropped on Tab
    assert "Not set" not in form.order_date.text()


def test_not_set_is_a_placeholder_not_text(form) -> None:
    assert form.order_date.text() == ""
    assert form.order_date.edit.placeholderText() == "Not set"
    assert form.value().order_date is None


@pytest.mark.parametrize(("name", "typed"), [("de_DE", "20.11.2026"), ("de_DE", "20. Nov. 2026"),
                                             ("en_US", "11/20/2026"), ("fr_FR", "20/11/2026"),
                                             ("fr_FR", "20 nov. 2026")])
def test_the_sellers_own_format_is_read(form, qtbot, locale, name: str, typed: str) -> None:
    locale(name)
    type_into(qtbot, form.delivery_date, typed)
    tab_away(qtbot)
    assert form.value().delivery_date == date(2026, 11, 20)


def test_text_that_is_not_a_date_stays_and_the_field_says_why(form, qtbot) -> None:
    type_into(qtbot, form.order_date, "next Tuesday")
    assert form.messages["order_date"].isHidden()  # not while the seller is still typing
    tab_away(qtbot)
    assert form.order_date.text() == "next Tuesday"
    assert form.value().order_date is None
    assert "not a date" in form.messages["order_date"].full_text
    assert not form.messages["order_date"].isHidden()
    form.order_date.setDate(date(2026, 11, 20))
    assert form.messages["order_date"].isHidden()


def test_the_calendar_opens_at_today(form) -> None:
    form.order_date.open_calendar()
    calendar = form.order_date.popup.calendar
    assert calendar.selectedDate().toPython() == TODAY
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)


def test_the_delivered_calendar_opens_at_the_order_date(form) -> None:
    form.set_value(Header(order_date=date(2026, 10, 3)))
    form.delivery_date.open_calendar()
    calendar = form.delivery_date.popup.calendar
    assert calendar.selectedDate().toPython() == date(2026, 10, 3)
    assert calendar.monthShown() == 10
    calendar.clicked.emit(calendar.selectedDate().addDays(4))
    assert form.value().delivery_date == date(2026, 10, 7)
    assert not form.delivery_date.popup.isVisible()


def test_alt_down_opens_the_calendar_and_escape_closes_it(form, qtbot) -> None:
    form.order_date.setDate(date(2026, 2, 14))
    form.order_date.setFocus()
    qtbot.keyClick(form.order_date.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = form.order_date.popup
    assert popup.isVisible() and popup.calendar.selectedDate().toPython() == date(2026, 2, 14)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_buyer_wrote_at_takes_a_typed_date_and_time(form, qtbot) -> None:
    form.message_type.setCurrentIndex(form.message_type.findData("reply"))
    type_into(qtbot, form.buyer_message_at, "2026-11-20 14:30")
    tab_away(qtbot)
    expected = datetime(2026, 11, 20, 14, 30).astimezone().astimezone(timezone.utc)
    assert form.value().buyer_message_at == expected


def test_a_typed_date_reaches_the_header_checks(form, qtbot) -> None:
    type_into(qtbot, form.order_date, (TODAY + timedelta(days=3)).isoformat())
    tab_away(qtbot)
    assert "in the future" in form.messages["order_date"].full_text
