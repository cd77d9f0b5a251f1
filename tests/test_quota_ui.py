"""The quota meter, the reply clock in the header and the drafts list, the order import dialog."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt

from composer.clock.quota import QuotaStatus
from composer.message.header import Header
from composer.store import DraftSummary, SentRecord
from composer.ui.draftspanel import CLOCK_ROLE, ID_ROLE, DraftsPanel
from composer.ui.headerform import HeaderForm
from composer.ui.orderimport import OrderImportDialog
from composer.ui.quotameter import QuotaMeter
from tests.uihelpers import make_window

UTC = timezone.utc
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
REPORT = Path(__file__).parent / "data" / "orders" / "all_orders_gb.txt"


def status(used: int, limit: int = 1100, orders: float = 100.0) -> QuotaStatus:
    level = "full" if used >= limit else "near" if used >= 0.8 * limit else "ok"
    return QuotaStatus(limit, used, max(0, limit - used), orders, level)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the meter


def test_meter_words_change_with_the_level_not_only_the_colour(qtbot) -> None:
    meter = QuotaMeter()
    qtbot.addWidget(meter)
    meter.show_status(status(37))
    assert meter.text() == "Today 37 / 1,100 messages"
    assert meter.level == "ok"
    assert meter.bar.value() == round(1000 * 37 / 1100)
    meter.show_status(status(880))
    assert meter.text() == "⚠ Today 880 / 1,100 messages · nearly used up"
    assert "#b26a00" in meter.bar.styleSheet()
    meter.show_status(status(1100))
    assert meter.text() == "✖ Today 1,100 / 1,100 messages · limit reached"
    assert meter.bar.value() == 1000
    assert "#c62828" in meter.bar.styleSheet()


def test_meter_tooltip_has_the_formula_with_the_sellers_numbers(qtbot) -> None:
    meter = QuotaMeter()
    qtbot.addWidget(meter)
    meter.show_status(status(37), "Europe/London")
    tip = meter.toolTip()
    assert "(100 orders a day × 5) + 600 = 1,100 messages a day" in tip
    assert "since midnight, Europe/London" in tip
    meter.show_status(status(3, limit=600, orders=0))
    assert "not set" in meter.toolTip()


def test_clicking_the_meter_asks_for_settings(qtbot) -> None:
    meter = QuotaMeter()
    qtbot.addWidget(meter)
    meter.show_status(status(1))
    meter.show()
    with qtbot.waitSignal(meter.settingsRequested, timeout=1000):
        qtbot.mouseClick(meter, Qt.MouseButton.LeftButton)


def test_the_window_meter_counts_the_sent_log(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.settings.set("avg_daily_orders", 100.0)
    window.refresh_quota()
    assert window.quota_meter.text() == "Today 0 / 1,100 messages"
    window.store.record_sent(SentRecord(sent_at=datetime.now(UTC), route="seller-central",
                                        order_id="113-4567890-1234567", body_sha256="a",
                                        requests=("review",)))
    window.refresh_quota()
    assert window.quota_meter.text() == "Today 1 / 1,100 messages"
    # The earlier request reaches the window rules through Message.extra.
    window.header.order_id.setText("113-4567890-1234567")
    facts = window.compose.message().extra
    assert [kind for _day, kind in facts["prior_requests"]] == ["review"]
    assert isinstance(facts["today"], date)


# ------------------------------------------------------------------ the reply clock


def reply_form(qtbot, hours_ago: float) -> HeaderForm:
    form = HeaderForm()
    qtbot.addWidget(form)
    form.clock_now = lambda: NOW
    form.set_value(Header(message_type="reply",
                          buyer_message_at=NOW - timedelta(hours=hours_ago)))
    return form


def test_the_clock_shows_only_for_replies(qtbot) -> None:
    form = reply_form(qtbot, 2)
    form.show()
    assert form.reply_row.isVisible()
    form.message_type.setCurrentIndex(form.message_type.findData("unexpectedProblem"))
    assert not form.reply_row.isVisible()
    assert form.clock is None


def test_the_clock_states_in_words_and_colour(qtbot) -> None:
    ok = reply_form(qtbot, 2)
    assert ok.reply_clock.text().startswith("◷ 22 h left to reply")
    amber = reply_form(qtbot, 21)
    assert amber.reply_clock.text().startswith("⚠ 3 h left to reply")
    assert "#8a5300" in amber.reply_clock.styleSheet()
    late = reply_form(qtbot, 25.5)
    assert late.reply_clock.text().startswith("✖ Late by 1 h 30 min")
    assert "#b71c1c" in late.reply_clock.styleSheet()


def test_the_clock_ticks_each_minute(qtbot) -> None:
    form = reply_form(qtbot, 19.99)
    assert form.clock is not None and form.clock.state == "ok"
    assert form.clock_timer.isActive()
    form.clock_now = lambda: NOW + timedelta(minutes=1)
    form.clock_timer.timeout.emit()
    assert form.clock.state == "amber"


def test_header_keeps_the_new_fields(qtbot) -> None:
    form = HeaderForm()
    qtbot.addWidget(form)
    value = Header(message_type="reply", product_name="Brass desk lamp",
                   order_date=date(2026, 11, 18), delivery_date=date(2026, 11, 21),
                   buyer_message_at=datetime(2026, 11, 26, 9, 41, tzinfo=UTC))
    form.set_value(value)
    assert form.value() == value
    form.delivery_date.setDate(form.delivery_date.date() - timedelta(days=10))
    assert "before the order date" in form.messages["delivery_date"].full_text


# ------------------------------------------------------------------ the drafts list


def summary(draft_id: int, hours_ago: float | None, kind: str = "reply") -> DraftSummary:
    at = None if hours_ago is None else NOW - timedelta(hours=hours_ago)
    return DraftSummary(id=draft_id, title=f"Draft {draft_id}", order_id="", message_type=kind,
                        updated_at=NOW.isoformat(), verdict=None, buyer_message_at=at)


def test_the_most_urgent_reply_is_listed_first(qtbot) -> None:
    panel = DraftsPanel()
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    panel.show_drafts([summary(1, None, "unexpectedProblem"), summary(2, 1), summary(3, 22),
                       summary(4, 25), summary(5, 23), summary(6, 24 * 10)], current_id=None)
    order = [panel.list.item(i).data(ID_ROLE) for i in range(panel.list.count())]
    assert order == [4, 5, 3, 1, 2, 6]  # late, then the least time left; old late ones not pinned
    tip = panel.list.item(0).toolTip()
    assert "✖ Late by 1 h" in tip
    assert panel.list.item(3).data(CLOCK_ROLE) is None  # not a reply: no clock
    assert panel.clock_timer.isActive()


# ------------------------------------------------------------------ the order import


def test_the_import_dialog_shows_its_figures_and_gives_the_average(qtbot) -> None:
    dialog = OrderImportDialog(days=30, today=date(2026, 11, 26), tz=UTC)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.load(REPORT)
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=5000)
    text = dialog.figures.text()
    assert "4.6 orders a day" in text and "140 orders from 27 Oct 2026 to 25 Nov 2026" in text
    assert "6 cancelled orders left out" in text
    dialog.week.click()
    assert "4.7 orders a day" in dialog.figures.text()
    dialog.use.click()
    assert dialog.chosen_average == 4.7


def test_the_import_dialog_explains_a_broken_report(qtbot) -> None:
    dialog = OrderImportDialog(today=date(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.load(REPORT.parent / "broken_date.txt")
    qtbot.waitUntil(lambda: dialog.figures.text().startswith("✖"), timeout=5000)
    assert "Line 5, column “purchase-date”" in dialog.figures.text()
    assert not dialog.use.isEnabled()


def test_settings_offer_the_time_zone_and_the_order_import(qtbot, tmp_path, monkeypatch) -> None:
    from composer.appdata.settings import Settings
    from composer.ui import settingsdialog

    settings = Settings(tmp_path)
    dialog = settingsdialog.SettingsDialog(settings, data_dir=tmp_path)
    qtbot.addWidget(dialog)
    zone = dialog.editors["time_zone"]
    zone.setText("Mars/Olympus")
    dialog.accept()
    assert "Mars/Olympus" in dialog.error.text()
    assert settings.get("time_zone") == ""
    zone.setText("Europe/Berlin")
    monkeypatch.setattr("composer.ui.orderimport.import_average",
                        lambda parent, days, tz: (4.6, 7))
    dialog.import_button.click()
    assert dialog.editors["avg_daily_orders"].value() == 4.6
    dialog.accept()
    assert (settings.get("time_zone"), settings.get("avg_daily_orders"),
            settings.get("orders_period")) == ("Europe/Berlin", 4.6, 7)
