"""The window's side of the quota and the time windows: today's status and earlier requests.

Kept out of the main window so that it only connects signals. Reads the store on the
UI thread (small, indexed queries) and caches earlier requests per order until the
sent log changes (:meth:`QuotaSupport.forget`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from composer.appdata.settings import Settings
    from composer.clock.quota import QuotaStatus
    from composer.message.header import Header
    from composer.store import Store

Requests = tuple[tuple[date, str], ...]


class QuotaSupport:
    """Today's quota and the facts the window rules read, for one window."""

    def __init__(self, store: Store, settings: Settings,
                 current_draft: Callable[[], int | None]) -> None:
        self._store = store
        self._settings = settings
        self._current_draft = current_draft
        self._requests: dict[str, Requests] = {}

    def status(self) -> QuotaStatus:
        """Today's quota: "refuse" at the limit, "warn" past 80 % (``quota.before_sending``)."""
        from composer.clock.quota import quota_left

        return quota_left(self._store, self._settings)

    def forget(self) -> None:
        """The sent log changed (a send, Settings): read earlier requests again."""
        self._requests.clear()

    def today(self) -> date:
        """The seller's calendar day (their chosen time zone), as the windows count days."""
        from composer.clock.quota import local_date, settings_zone, utc_now

        return local_date(utc_now(), settings_zone(self._settings))

    def window_facts(self, header: Header) -> dict[str, object]:
        """What the time-window rules read (composer.policy.windows): dates and earlier asks."""
        return {"order_date": header.order_date, "delivery_date": header.delivery_date,
                "today": self.today(), "prior_requests": self.prior_requests(header.order_id)}

    def prior_requests(self, order_id: str) -> Requests:
        """Review and feedback requests already made for this order (sent log and Outbox).

        Sends of the open draft itself are left out: exporting the same message again
        is not a second request.
        """
        order_id = order_id.strip()
        if not order_id:
            return ()
        if order_id not in self._requests:
            from composer.clock.quota import settings_zone
            from composer.export.sentlog import earlier_requests

            current = self._current_draft()
            try:
                records = self._store.sent_log(order_id=order_id)
                waiting = [i for i in self._store.outbox() if i.record.order_id == order_id]
            except Exception:  # a damaged log must not stop the check
                records, waiting = [], []
            self._requests[order_id] = earlier_requests(
                records, waiting, zone=settings_zone(self._settings),
                same_message=lambda record: record.draft_id is not None
                and record.draft_id == current)
        return self._requests[order_id]
