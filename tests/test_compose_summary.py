"""One verdict: the badge, the drafts list, the export bar and the guard read the same Summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from composer.compose.summary import summarise
from composer.message.header import Header, Problem, problems
from composer.policy.model import Finding

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=timezone.utc)
TODAY = date(2025, 3, 10)


def finding(severity: str, title: str = "Link") -> Finding:
    return Finding("rule", severity, 0, 1, "x", f"{title} is the matter. More.",  # type: ignore[arg-type]
                   title=title)


def test_badge_words_and_tones() -> None:
    ready = summarise([])
    assert (ready.badge, ready.tone, ready.state) == ("✔ Ready to send", "ok", "ready")
    assert ready.sendable and ready.stored == "ready"
    mixed = summarise([finding("block"), finding("block"), finding("warn")])
    assert mixed.badge == "✖ 2 problems block sending · 1 warning" and mixed.tone == "block"
    assert summarise([finding("block"), *[finding("info")] * 3]).badge == (
        "✖ 1 problem blocks sending")
    warned = summarise([finding("warn"), finding("warn")])
    assert (warned.badge, warned.tone) == ("⚠ Can be sent · 2 warnings to review", "warn")
    assert warned.sendable and warned.stored == "warnings"


def test_the_reason_that_blocks_counts_header_fields_too() -> None:
    header = {"order_id": Problem("bad", blocking=True), "subject": Problem("long")}
    summary = summarise([finding("block", "Link"), finding("block", "Phone")], header)
    assert summary.reason == ("Fix “Link” and 2 more problems first: "
                              "Amazon would block this message.")
    assert not summary.sendable and summary.stored == "blocked" and summary.header_blocks == 1
    only_header = summarise([], header)
    assert only_header.badge == "✖ Correct 1 header field before sending"
    assert only_header.reason is not None and "header field marked in red" in only_header.reason
    assert only_header.stored == "blocked"


def test_an_empty_message_is_idle_and_not_stored() -> None:
    empty = summarise([], empty=True)
    assert empty.tone == "idle" and empty.stored is None and empty.empty
    assert empty.reason == "Write the message first: there is nothing to send yet."


def test_header_problems_in_the_core() -> None:
    header = Header(order_id="12345", order_date=TODAY + timedelta(days=1),
                    delivery_date=TODAY - timedelta(days=3), message_type="reply",
                    buyer_message_at=NOW + timedelta(hours=2))
    found = problems(header, TODAY, NOW)
    assert set(found) == {"order_id", "order_date", "delivery_date", "buyer_message_at"}
    assert found["buyer_message_at"].blocking and not found["delivery_date"].blocking
    # "Buyer wrote at" belongs to replies only.
    other = Header(message_type="confirmOrderDetails", buyer_message_at=NOW + timedelta(hours=2))
    assert "buyer_message_at" not in problems(other, TODAY, NOW)
    # "Today" is the one given (the seller's day), not the computer's.
    tomorrow = Header(order_date=TODAY + timedelta(days=1))
    assert "order_date" in problems(tomorrow, TODAY, NOW)
    assert "order_date" not in problems(tomorrow, TODAY + timedelta(days=1), NOW)
