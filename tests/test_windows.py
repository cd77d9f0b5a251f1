"""Time-window rules at their edges, review/feedback request detection, and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from composer.compose.engine import check
from composer.policy import Message
from composer.policy.requests import requests_in

ORDER = "Order 113-4567890-1234567: the lamp you ordered has a fault; a new one is on its way."
REVIEW = "If you have a moment, could you leave a review of the lamp on Amazon?"
FEEDBACK = "Would you mind leaving seller feedback for us?"
TODAY = date(2026, 11, 26)


def rules(text: str, message_type: str | None = "unexpectedProblem", **extra) -> dict:
    extra.setdefault("today", TODAY)
    found = check(Message(text=text, message_type=message_type, extra=extra))
    return {f.rule: f for f in found if f.rule in
            ("outside-window", "review-window", "feedback-window", "repeat-request")}


# ------------------------------------------------------------------ outside-window


@pytest.mark.parametrize(("days_ago", "blocked"), [(0, False), (30, False), (31, True)])
def test_a_proactive_message_is_blocked_after_day_30(days_ago: int, blocked: bool) -> None:
    found = rules(ORDER, order_date=TODAY - timedelta(days=days_ago))
    assert ("outside-window" in found) is blocked


def test_the_delivery_date_wins_and_the_message_names_the_dates() -> None:
    found = rules(ORDER, order_date=date(2026, 10, 1), delivery_date=date(2026, 10, 26))
    item = found["outside-window"]
    assert item.severity == "block"
    assert "delivered on 26 Oct 2026, 31 days ago" in item.message
    assert "closed at the end of 25 Nov 2026" in item.message
    assert item.fix is not None and item.fix.field == "delivery_date"
    # Delivered 30 days ago: still inside, even though the order is older.
    assert not rules(ORDER, order_date=date(2026, 10, 1), delivery_date=date(2026, 10, 27))


def test_replies_and_unknown_types_have_no_30_day_window() -> None:
    old = TODAY - timedelta(days=200)
    assert not rules(ORDER, "reply", order_date=old)
    assert not rules(ORDER, None, order_date=old)


def test_without_dates_there_is_no_window_finding() -> None:
    assert not rules(f"{ORDER} {REVIEW}", prior_requests=())


# ------------------------------------------------------------------ review-window


@pytest.mark.parametrize(("delivered_ago", "warned", "words"), [
    (4, True, "opens on 27 Nov 2026 (tomorrow)"),
    (5, False, ""),
    (30, False, ""),
    (31, True, "closed at the end of 25 Nov 2026"),
])
def test_review_requests_between_5_and_30_days_after_delivery(
        delivered_ago: int, warned: bool, words: str) -> None:
    found = rules(f"{ORDER}\n{REVIEW}", "reply",
                  delivery_date=TODAY - timedelta(days=delivered_ago))
    assert ("review-window" in found) is warned
    if warned:
        item = found["review-window"]
        assert item.severity == "warn"
        assert words in item.message
        assert item.excerpt == "leave a review"


def test_too_early_is_known_from_the_order_date_alone() -> None:
    found = rules(f"{ORDER}\n{REVIEW}", "reply", order_date=TODAY - timedelta(days=4))
    assert "opens on 27 Nov 2026 at the earliest" in found["review-window"].message
    assert not rules(f"{ORDER}\n{REVIEW}", "reply", order_date=TODAY - timedelta(days=5))


def test_a_message_without_a_request_has_no_review_window() -> None:
    assert not rules(ORDER, "reply", delivery_date=TODAY)


# ------------------------------------------------------------------ feedback-window


@pytest.mark.parametrize(("ordered_ago", "warned"), [(90, False), (91, True)])
def test_feedback_requests_up_to_90_days_after_the_order(ordered_ago: int, warned: bool) -> None:
    found = rules(f"{ORDER}\n{FEEDBACK}", "reply", order_date=TODAY - timedelta(days=ordered_ago))
    assert ("feedback-window" in found) is warned
    if warned:
        assert "closed at the end of 25 Nov 2026" in found["feedback-window"].message
        assert "review-window" not in found  # feedback is not a product review


# ------------------------------------------------------------------ repeat-request


def test_a_second_request_for_the_same_order_blocks() -> None:
    prior = ((date(2026, 11, 20), "review"),)
    found = rules(f"{ORDER}\n{FEEDBACK}", "reply", prior_requests=prior)
    item = found["repeat-request"]
    assert item.severity == "block"
    assert "for a review on 20 Nov 2026" in item.message
    assert item.fix is not None
    assert item.fix.apply(f"{ORDER}\n{FEEDBACK}").strip() == ORDER


def test_no_repeat_without_a_prior_request_or_without_a_request_now() -> None:
    assert not rules(f"{ORDER}\n{REVIEW}", "reply", prior_requests=())
    assert not rules(ORDER, "reply", prior_requests=((date(2026, 11, 20), "review"),))


# ------------------------------------------------------------------ requests_in


@pytest.mark.parametrize(("text", "kinds"), [
    (REVIEW, ("review",)),
    (FEEDBACK, ("feedback",)),
    ("Please leave us a review. Also please leave feedback.", ("review", "feedback")),
    ("We would appreciate an honest review of the product.", ("review",)),
    ("Thank you for your feedback. The replacement is on its way.", ()),
    ("Please review the attached instructions before use.", ()),
    ("Every review helps small businesses.", ()),
    ("We will never ask you for a review.", ()),
    (ORDER, ()),
])
def test_requests_in(text: str, kinds: tuple[str, ...]) -> None:
    assert requests_in(Message(text=text)) == kinds


def test_asking_to_remove_feedback_is_not_a_feedback_request() -> None:
    text = "Now that it is solved, would you consider removing your feedback?"
    assert requests_in(Message(text=text, message_type="negativeFeedbackRemoval")) == ()


# ------------------------------------------------------------------ command line


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "composer", *args],
                          capture_output=True, text=True, timeout=60)


def test_check_takes_order_and_delivery_dates(tmp_path) -> None:
    message = tmp_path / "m.txt"
    message.write_text(ORDER + "\n", encoding="utf-8")
    base = ["check", "--json", "--type", "unexpectedProblem", "--today", "2026-11-26"]
    late = run_cli(*base, "--order-date", "2026-10-26", str(message))
    assert late.returncode == 1
    assert [f["rule"] for f in json.loads(late.stdout)[0]["findings"]] == ["outside-window"]
    edge = run_cli(*base, "--order-date", "2026-10-27", "--delivery-date", "2026-10-30",
                   str(message))
    assert edge.returncode == 0, edge.stdout


@pytest.mark.parametrize("flag", ["--order-date", "--delivery-date"])
def test_a_bad_date_is_bad_usage_in_one_line(tmp_path, flag: str) -> None:
    message = tmp_path / "m.txt"
    message.write_text(ORDER, encoding="utf-8")
    result = run_cli("check", flag, "26/11/2026", str(message))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "YYYY-MM-DD" in result.stderr


def test_quota_command_json_and_text(tmp_path) -> None:
    data = tmp_path / "fresh"
    result = run_cli("quota", "--data-dir", str(data), "--orders", "2.5", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"limit": 612, "used": 0, "left": 612, "orders": 2.5}
    assert not data.exists()  # nothing created just to say nothing was sent
    text = run_cli("quota", "--data-dir", str(data))
    assert "0 of 600 messages used, 600 left." in text.stdout
    assert run_cli("quota", "--orders", "-3").returncode == 2


def test_quota_command_counts_todays_sent_log(tmp_path) -> None:
    from datetime import datetime, timezone

    from composer.appdata.settings import Settings
    from composer.store import SentRecord, open_store

    Settings(tmp_path).set("avg_daily_orders", 100.0)
    now = datetime.now(timezone.utc)
    with open_store(tmp_path) as store:
        for n in range(3):
            store.record_sent(SentRecord(sent_at=now, route="seller-central",
                                         order_id="113-4567890-1234567", body_sha256=str(n)))
        store.record_sent(SentRecord(sent_at=now - timedelta(days=2), route="smtp"))
    result = run_cli("quota", "--data-dir", str(tmp_path), "--json")
    assert json.loads(result.stdout) == {"limit": 1100, "used": 3, "left": 1097, "orders": 100.0}


# ------------------------------------------------------------------ odd dates (review R1)


@pytest.mark.parametrize("field", ["order_date", "delivery_date"])
def test_a_date_at_the_end_of_the_calendar_does_not_crash(field: str) -> None:
    last = date(9999, 12, 31)
    rules(ORDER, **{field: last})  # outside-window adds 30 days to it
    rules(f"{ORDER} {REVIEW} {FEEDBACK}", message_type="reply", **{field: last})
    found = rules(ORDER, order_date=date(9999, 11, 1), today=last)
    assert "closed at the end of 1 Dec 9999" in found["outside-window"].message


def test_a_date_in_the_future_is_never_minus_days_ago() -> None:
    found = rules(f"{ORDER} {REVIEW}", message_type="reply",
                  order_date=TODAY + timedelta(days=3))
    words = found["review-window"].message
    assert "-3 days ago" not in words and "3 days from now" in words


@pytest.mark.parametrize(("delivered_ago", "warned"), [(90, False), (91, True)])
def test_feedback_window_from_the_delivery_date_alone(delivered_ago: int, warned: bool) -> None:
    # The order was placed on or before delivery, so 91 days after delivery is too late too.
    found = rules(f"{ORDER}\n{FEEDBACK}", "reply",
                  delivery_date=TODAY - timedelta(days=delivered_ago))
    assert ("feedback-window" in found) is warned
    if warned:
        words = found["feedback-window"].message
        assert "delivered on 27 Aug 2026" in words and "by the end of 25 Nov 2026" in words


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_the_apps_own_review_request_template_is_a_review_request(language: str) -> None:
    """The built-in review request ('share your experience … on Amazon') was never recognised,
    so a seller sending it two days after delivery got no review-window warning and the
    sent log never recorded it for repeat-request."""
    from composer.appdata.resources import load_json

    templates = load_json("templates", f"{language}.json")["templates"]
    body = next(t["body"] for t in templates if t.get("purpose") == "review-request")
    text = body.replace("{order_id}", "113-4567890-1234567").replace("{product}", "lamp")
    assert requests_in(Message(text=text, buyer_language=language)) == ("review",)
    found = check(Message(text=text, message_type=None, buyer_language=language,
                          extra={"today": TODAY, "delivery_date": TODAY - timedelta(days=2)}))
    assert "review-window" in {f.rule for f in found}


# ------------------------------------------------------------------ review-date (no delivery date)


def _date_hint(text: str, message_type: str | None = "otherProactive", **extra):
    extra.setdefault("today", TODAY)
    found = check(Message(text=text, message_type=message_type, extra=extra))
    return [f for f in found if f.rule == "review-date"]


def test_a_review_request_without_a_delivery_date_asks_for_it() -> None:
    hints = _date_hint(f"{ORDER}\n{REVIEW}")
    assert len(hints) == 1
    hint = hints[0]
    assert hint.severity == "warn"
    assert hint.message.startswith("Enter the delivery date to check the review window "
                                   "(5–30 days after delivery)")
    assert hint.fix is not None and hint.fix.field == "delivery_date"
    assert hint.fix.label == "Enter the delivery date"
    # With an order date alone it still asks; once Delivered is set it goes away.
    assert _date_hint(f"{ORDER}\n{REVIEW}", order_date=TODAY - timedelta(days=9))
    assert not _date_hint(f"{ORDER}\n{REVIEW}", delivery_date=TODAY - timedelta(days=9))
    assert not _date_hint(ORDER)


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_the_review_request_template_asks_for_the_delivery_date(language: str) -> None:
    from composer.message.templates import all_templates, fill_template

    template = next(t for t in all_templates() if t.id == f"review-request.{language}")
    text = fill_template(template, {"order_id": "113-4567890-1234567",
                                    "product": "Lamp", "seller_name": "Lindenholz"}).body
    found = check(Message(text=text, message_type="otherProactive", buyer_language=language,
                          extra={"today": TODAY}))
    assert "review-date" in {f.rule for f in found}
