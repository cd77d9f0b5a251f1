"""The window's quota glue: earlier requests from the log and Outbox, cached until a send."""

from __future__ import annotations

from datetime import datetime, timezone

from composer.appdata.settings import Settings
from composer.store import SentRecord, open_store
from composer.ui.quotasupport import QuotaSupport

ORDER = "113-4567890-1234567"


def test_earlier_requests_leave_out_the_open_draft_and_refresh_after_forget(tmp_path) -> None:
    store = open_store(tmp_path)
    settings = Settings(tmp_path)
    settings.set("time_zone", "UTC")
    current = {"id": 7}
    quota = QuotaSupport(store, settings, lambda: current["id"])
    when = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
    store.record_sent(SentRecord(sent_at=when, route="smtp", order_id=ORDER,
                                 requests=("review",), draft_id=7))
    assert quota.prior_requests(ORDER) == ()  # the open draft itself: not a second request
    store.enqueue(b"x", SentRecord(sent_at=when, route="smtp", order_id=ORDER,
                                   requests=("feedback",), draft_id=9))
    assert quota.prior_requests(ORDER) == ()  # cached until the log changes
    quota.forget()
    assert quota.prior_requests(ORDER) == ((when.date(), "feedback"),)
    current["id"] = 8
    quota.forget()
    assert sorted(kind for _day, kind in quota.prior_requests(ORDER)) == ["feedback", "review"]
    assert (quota.status().used, quota.status().limit) == (0, 600)  # the 20th is not today
    store.record_sent(SentRecord(sent_at=datetime.now(timezone.utc), route="smtp"))
    assert quota.status().used == 1
    store.close()
