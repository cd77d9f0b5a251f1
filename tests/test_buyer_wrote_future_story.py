"""A typed "Buyer wrote at" in the future tells one story: the field is red, no reply clock
is counted from it (here or in the drafts list), and the export note names the field in
the seller's words instead of saying Amazon would not deliver the message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from composer.compose.summary import summarise
from composer.message.header import Header, Problem
from composer.store.records import DraftSummary
from composer.ui.draftspanel import clock_for
from composer.ui.headerform import HeaderForm
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
NOW = datetime(2026, 12, 5, 6, 5, tzinfo=UTC)
AHEAD = NOW + timedelta(hours=17)  # "6 Dec 23:00" typed at 06:05
ALIAS = "k2x9q7abc@marketplace.amazon.com"
FUTURE_REASON = "“Buyer wrote at” is in the future: correct it."


def test_no_clock_is_counted_from_a_time_in_the_future(qtbot) -> None:
    form = HeaderForm()
    qtbot.addWidget(form)
    form.clock_now = lambda: NOW
    form.set_value(Header(message_type="reply", buyer_message_at=AHEAD))
    assert "buyer_message_at" in form.problems()  # the field is marked
    text = form.reply_clock.text()
    assert "left to reply" not in text and "due" not in text, text
    assert form.clock is None and not form.clock_timer.isActive()
    # Corrected to a time in the past, the clock runs again.
    form.set_value(Header(message_type="reply", buyer_message_at=NOW - timedelta(hours=2)))
    assert form.reply_clock.text().startswith("◷ 22 h left to reply")


def test_the_drafts_list_counts_no_clock_from_the_future() -> None:
    row = DraftSummary(id=1, title="Re", order_id="", message_type="reply", updated_at="",
                       verdict="blocked", buyer_message_at=AHEAD)
    assert clock_for(row, NOW) is None
    past = DraftSummary(id=1, title="Re", order_id="", message_type="reply", updated_at="",
                        verdict="blocked", buyer_message_at=NOW - timedelta(hours=2))
    assert clock_for(past, NOW) is not None


def test_the_reason_names_the_field_not_amazon() -> None:
    future = {"buyer_message_at": Problem("This time is in the future.", blocking=True)}
    summary = summarise([], future)
    assert summary.reason == FUTURE_REASON
    # A field Amazon reads (the address) still says Amazon would not deliver it.
    both = {"to": Problem("Not an Amazon address", blocking=True), **future}
    assert "Amazon would not deliver" in summarise([], both).reason


def test_the_export_note_says_it_once(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.header.clock_now = lambda: datetime.now(UTC)
    window.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567", subject="Re: lamp",
                              message_type="reply",
                              buyer_message_at=datetime.now(UTC) + timedelta(days=1)),
                       "<p>Hello, yes it works with 230 V.</p>")
    window.check_now()
    note = window.export.bar.reason.text()
    assert FUTURE_REASON in note and "Amazon would not deliver" not in note, note
    assert "left to reply" not in window.header.reply_clock.text()
