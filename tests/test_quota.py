"""The daily limit, "today" in a time zone, counting the sent log, and the 24-hour reply clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from composer.clock.quota import (
    before_sending,
    count_used,
    daily_limit,
    day_bounds,
    formula_text,
    quota_left,
    quota_status,
    store_status,
    today_bounds,
    zone,
)
from composer.clock.replyclock import reply_clock, urgency_key

UTC = timezone.utc
LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")
LA = ZoneInfo("America/Los_Angeles")


@dataclass(frozen=True)
class Sent:
    sent_at: datetime
    order_id: str = ""
    body_sha256: str = ""


# ------------------------------------------------------------------ the formula


@pytest.mark.parametrize(("orders", "limit"), [
    (0, 600), (0.0, 600), (1, 605), (100, 1100),
    (2.5, 612),      # 12.5 rounds down
    (0.1, 600),      # 0.5 rounds down
    (0.2, 601),      # exactly 1, not 0.999…
    (1.4, 607),      # float 1.4 × 5 is 6.9999…; read as a decimal it is 7
    (2.2, 611),
    (3.99, 619),     # 19.95 → 19
])
def test_the_limit_is_a_whole_number_rounded_down(orders: float, limit: int) -> None:
    assert daily_limit(orders) == limit
    assert isinstance(daily_limit(orders), int)


def test_huge_averages_stay_exact() -> None:
    assert daily_limit(1_000_000) == 5_000_600
    assert daily_limit(10**15 + 0.5) == 5 * 10**15 + 2 + 600
    assert daily_limit(1e300) == 5 * 10**300 + 600


@pytest.mark.parametrize("bad", [-1, -0.01, float("inf"), float("nan"), "many"])
def test_impossible_averages_are_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        daily_limit(bad)  # type: ignore[arg-type]


def test_the_formula_text_shows_the_sellers_numbers() -> None:
    assert formula_text(100) == "(100 orders a day × 5) + 600 = 1,100 messages a day"
    assert formula_text(2.5) == ("2.5 orders a day × 5 = 12.5, rounded down to 12, + 600 "
                                 "= 612 messages a day")


# ------------------------------------------------------------------ "today"


def test_today_runs_from_local_midnight_in_the_chosen_zone() -> None:
    now = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # already the 27th in Tokyo
    start, end = today_bounds(now, TOKYO)
    assert start == datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    start, end = today_bounds(now, LA)
    assert start == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def test_a_day_when_the_clocks_change_is_23_or_25_hours() -> None:
    spring = day_bounds(date(2026, 3, 29), LONDON)
    autumn = day_bounds(date(2026, 10, 25), LONDON)
    assert spring[1] - spring[0] == timedelta(hours=23)
    assert autumn[1] - autumn[0] == timedelta(hours=25)


def test_usage_rolls_over_at_midnight_in_the_zone() -> None:
    log = [Sent(datetime(2026, 11, 26, 14, 0, tzinfo=UTC), "A", "1"),
           Sent(datetime(2026, 11, 26, 23, 59, tzinfo=UTC), "B", "2")]
    before = quota_status(0, log, datetime(2026, 11, 26, 23, 59, 30, tzinfo=UTC), LONDON)
    after = quota_status(0, log, datetime(2026, 11, 27, 0, 0, tzinfo=UTC), LONDON)
    assert (before.used, after.used) == (2, 0)
    assert after.day == date(2026, 11, 27)
    # In Tokyo the 27th began at 15:00 UTC on the 26th: only the late message is "today".
    tokyo = quota_status(0, log, datetime(2026, 11, 27, 0, 0, tzinfo=UTC), TOKYO)
    assert tokyo.used == 1


def test_the_computers_own_zone_is_used_when_none_is_chosen(monkeypatch) -> None:
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        start, _ = today_bounds(datetime(2026, 11, 26, 3, 0, tzinfo=UTC), None)
        assert start == datetime(2026, 11, 25, 5, 0, tzinfo=UTC)  # midnight EST
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_an_unknown_zone_is_named_in_plain_words() -> None:
    assert zone("") is None
    with pytest.raises(ValueError, match="Mars/Olympus"):
        zone("Mars/Olympus")


# ------------------------------------------------------------------ counting


def test_the_same_message_exported_twice_the_same_day_counts_once() -> None:
    at = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    log = [Sent(at, "111-1111111-1111111", "abc"),
           Sent(at + timedelta(minutes=1), "111-1111111-1111111", "abc"),  # copied twice
           Sent(at, "111-1111111-1111111", "def"),  # another message to the same buyer
           Sent(at, "", "abc"), Sent(at, "", "abc")]  # no order ID: each counts
    assert count_used(log, at - timedelta(hours=1), at + timedelta(hours=1)) == 4


def test_status_levels_at_80_and_100_percent() -> None:
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

    def status(used: int):
        return quota_status(0, [Sent(now, str(i), "x") for i in range(used)], now, UTC)

    assert (status(479).level, status(480).level) == ("ok", "near")
    assert (status(599).level, status(600).level) == ("near", "full")
    over = status(650)
    assert (over.left, over.level) == (0, "full")
    assert status(10).to_dict() == {"limit": 600, "used": 10, "left": 590, "orders": 0.0}


def test_export_warns_before_the_limit_and_refuses_at_it() -> None:
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

    def gate(used: int) -> str:
        log = [Sent(now, str(i), "x") for i in range(used)]
        return before_sending(quota_status(0, log, now, UTC)).gate

    assert gate(0) == "ok"
    assert gate(478) == "ok"
    assert gate(479) == "warn"   # the 480th message reaches 80 %
    assert gate(599) == "warn"   # the last one
    assert gate(600) == "refuse"
    last = before_sending(quota_status(0, [Sent(now, str(i), "x") for i in range(599)],
                                       now, UTC))
    assert "last message today" in last.message


def test_the_store_is_read_for_today_only(tmp_path) -> None:
    from composer.appdata.settings import Settings
    from composer.store import SentRecord, open_store

    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    store = open_store(tmp_path)
    try:
        for sent_at in (now - timedelta(days=1), now - timedelta(hours=1), now):
            store.record_sent(SentRecord(sent_at=sent_at, route="seller-central",
                                         order_id="113-4567890-1234567",
                                         body_sha256=str(sent_at)))
        settings = Settings(tmp_path)
        settings.set("avg_daily_orders", 20.0)
        settings.set("time_zone", "Europe/London")
        status = quota_left(store, settings, now)
        assert (status.limit, status.used, status.left) == (700, 2, 698)
    finally:
        store.close()
    assert store_status(None, 0, now).used == 0


# ------------------------------------------------------------------ reply clock


def test_reply_clock_states_at_their_edges() -> None:
    got = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert reply_clock(got, got + timedelta(hours=19, minutes=59)).state == "ok"
    amber = reply_clock(got, got + timedelta(hours=20, minutes=1))
    assert amber.state == "amber"
    assert amber.text == "⚠ 3 h 59 min left to reply"
    assert reply_clock(got, got + timedelta(hours=24) - timedelta(seconds=1)).state == "amber"
    late = reply_clock(got, got + timedelta(hours=26))
    assert (late.state, late.short) == ("late", "✖ late")
    assert late.text == "✖ Late by 2 h"
    assert reply_clock(got, got + timedelta(hours=24)).state == "late"
    assert reply_clock(got, got + timedelta(hours=1)).text == "◷ 23 h left to reply"


def test_the_most_urgent_reply_sorts_first() -> None:
    got = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    now = got + timedelta(hours=22)
    clocks = [reply_clock(got + timedelta(hours=h), now) for h in (5, -10, 0, 1)]
    ordered = sorted([None, *clocks], key=urgency_key)
    assert [c.state if c else None for c in ordered] == ["late", "amber", "amber", "ok", None]
    assert ordered[1].left < ordered[2].left


def test_tiny_and_negative_zero_averages_are_written_as_numbers() -> None:
    from composer.clock.quota import format_number

    assert format_number(-0.0) == "0" and format_number(0.0) == "0"
    assert format_number(0.001) == "0.001"  # not "0", which the formula text then rounds
    assert format_number(2.5) == "2.5" and format_number(1234.25) == "1,234.25"
    assert formula_text(0.001).startswith("0.001 orders a day × 5 = 0.005, rounded down to 0,")


def test_quota_command_reads_minus_zero_as_zero(tmp_path, capsys) -> None:
    import json

    from composer.cli import main

    assert main(["quota", "--orders", "-0", "--json", "--data-dir", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert json.loads(printed)["orders"] == 0 and "-0" not in printed
    assert main(["quota", "--orders", "-0", "--data-dir", str(tmp_path)]) == 0
    assert "-0" not in capsys.readouterr().out
