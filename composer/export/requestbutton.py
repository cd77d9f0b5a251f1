""""I used Request a Review": Amazon's own button, recorded as that order's one request.

Amazon allows one review request per order, a free-form message or its Request a Review
button alike (the Solicitations API: "Send only one productReviewAndSellerFeedback or free
form proactive message per order"). The app cannot see the button being pressed, so the
seller records it; it goes into the sent log as route ``request-a-review`` with request
"review" and no message, which ``repeat-request`` then counts and the quota leaves out.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Protocol

from composer.store.records import SentRecord

ROUTE = "request-a-review"
SUBJECT = "Amazon's Request a Review button"


class _Log(Protocol):
    def sent_log(self, since: datetime | None = None, until: datetime | None = None,
                 order_id: str | None = None) -> list[SentRecord]: ...
    def record_sent(self, record: SentRecord) -> SentRecord: ...


def record_button(store: _Log, order_id: str, now: datetime | None = None) -> str:
    """Log the button for ``order_id``; return the date of an earlier request ("" if none)."""
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    earlier = [r for r in store.sent_log(order_id=order_id) if r.requests]
    store.record_sent(SentRecord(sent_at=moment, route=ROUTE, order_id=order_id,
                                 subject=SUBJECT, requests=("review",)))
    if not earlier:
        return ""
    first = min(r.sent_at for r in earlier)
    return f"{first.day} {first:%b %Y}"
