"""Messages waiting to be sent: queued when offline, delivered later, never dropped.

Every SMTP send goes through the outbox: the exact ``.eml`` bytes are stored
first, then sent, then moved to the sent log in one store transaction
(``outbox_delivered``). A crash at any point leaves the message either waiting
or logged, never lost; the worst case is a crash in the instant between the
server's "accepted" and the log, which can send it twice (at least once beats
at most once for a message a buyer is waiting for).

Failures that can pass (no network, a timeout, a busy server) are tried again
with a growing pause (1 minute doubling up to an hour). Failures only the seller
can fix (a wrong password, a refused address) wait for "Send now".
When the daily quota is used up (``quota_left() == 0``) nothing is sent and
everything waits, for the quota to free up the next day. Only the seller's
explicit "Delete" removes an item (``Store.outbox_discard``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Protocol

from composer.export.smtp import SendError
from composer.words import Words

if TYPE_CHECKING:
    from composer.store.records import OutboxItem, SentRecord

FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=1)

QUOTA_FULL = Words("export")("outbox.waits")


class OutboxStore(Protocol):
    def enqueue(self, eml: bytes, record: SentRecord) -> OutboxItem: ...
    def outbox(self) -> list[OutboxItem]: ...
    def outbox_failed(self, item_id: int, error: str,
                      next_try_at: datetime | None) -> None: ...
    def outbox_delivered(self, item_id: int, sent_at: datetime) -> SentRecord: ...


Sender = Callable[[bytes], None]  # sends the .eml or raises SendError
QuotaLeft = Callable[[], "int | None"]


def retry_delay(attempts: int, error: SendError) -> timedelta | None:
    """How long to wait after the ``attempts``-th failure; None: until the seller asks."""
    if not error.retryable:
        return None
    return min(MAX_RETRY, FIRST_RETRY * (2 ** max(0, attempts - 1)))


@dataclass
class Delivery:
    """What one round of delivery did, for the status line and the dialog."""

    delivered: list[SentRecord] = field(default_factory=list)
    failed: list[tuple[OutboxItem, SendError]] = field(default_factory=list)
    waiting: int = 0
    quota_full: bool = False

    def summary(self) -> str:
        parts = []
        if self.delivered:
            n = len(self.delivered)
            parts.append(f"{n} message{'s' if n != 1 else ''} sent from the Outbox")
        if self.quota_full:
            parts.append(QUOTA_FULL)
        elif self.waiting:
            parts.append(f"{self.waiting} still waiting")
        return ". ".join(parts)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Outbox:
    """Queue and deliver; the store, the sender, the quota and the clock are all injected."""

    def __init__(self, store: OutboxStore, send: Sender,
                 quota_left: QuotaLeft | None = None,
                 clock: Callable[[], datetime] = _now) -> None:
        self.store = store
        self.send = send
        self.quota_left = quota_left or (lambda: None)
        self.clock = clock

    def _quota_full(self) -> bool:
        left = self.quota_left()
        return left is not None and left <= 0

    def submit(self, eml: bytes, record: SentRecord) -> tuple[OutboxItem, SentRecord | None,
                                                               SendError | None]:
        """Store the message, then try to send it now.

        Returns the item, its sent-log record if it went out, and the error if it did not
        (a ``quota`` error when the daily limit is reached). The item stays in the outbox
        whenever the record is None.
        """
        item = self.store.enqueue(eml, record)
        if self._quota_full():
            return item, None, SendError("quota", QUOTA_FULL)
        sent, error = self._attempt(item)
        return item, sent, error

    def _attempt(self, item: OutboxItem) -> tuple[SentRecord | None, SendError | None]:
        try:
            self.send(item.eml)
        except SendError as error:
            self.settle(item, error)
            return None, error
        return self.settle(item, None), None

    def settle(self, item: OutboxItem, error: SendError | None) -> SentRecord | None:
        """Record how one attempt ended: delivered (into the sent log) or failed (retry later).

        Separate from sending so the UI can send on a worker thread and touch the store
        only on its own thread.
        """
        assert item.id is not None
        if error is None:
            return self.store.outbox_delivered(item.id, self.clock())
        if error.kind not in ("cancelled", "quota"):
            delay = retry_delay(item.attempts + 1, error)
            self.store.outbox_failed(item.id, str(error),
                                     None if delay is None else self.clock() + delay)
        return None

    def quota_full(self) -> bool:
        """True when today's limit is used up: nothing may be sent now."""
        return self._quota_full()

    def due(self, force: bool = False) -> list[OutboxItem]:
        """Items to try now: new ones, and failed ones whose pause is over (all if forced).

        A failed item with no next try waits for the seller's "Send now".
        """
        now = self.clock()
        return [i for i in self.store.outbox()
                if force or (i.next_try_at is None and i.attempts == 0)
                or (i.next_try_at is not None and i.next_try_at <= now)]

    def deliver_pending(self, force: bool = False,
                        only: int | None = None) -> Delivery:
        """Send what is due (everything with ``force``: "Send now"), oldest first.

        Stops at the first network-type failure (the rest would fail the same way) and
        whenever the quota runs out; nothing is ever removed without being delivered.
        """
        report = Delivery()
        items = [i for i in self.due(force) if only is None or i.id == only]
        for item in items:
            if self._quota_full():
                report.quota_full = True
                break
            sent, error = self._attempt(item)
            if sent is not None:
                report.delivered.append(sent)
                continue
            assert error is not None
            report.failed.append((item, error))
            if error.retryable or error.kind == "cancelled":
                break
        report.waiting = len(self.store.outbox())
        return report

    def pending_count(self) -> int:
        return len(self.store.outbox())
