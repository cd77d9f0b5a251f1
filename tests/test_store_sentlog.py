"""The sent log and the outbox: append-only history and a queue that never loses a message."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from composer.message.header import Header
from composer.store import OutboxItem, SentRecord, StoreError, open_store

T0 = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


class Clock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def record(**changes: object) -> SentRecord:
    values: dict[str, object] = {
        "sent_at": T0, "route": "smtp", "order_id": "113-4567890-1234567",
        "message_type": "warranty", "subject": "Your warranty", "body_sha256": "ab" * 32,
        "attachment_names": ("warranty.pdf", "Größe.png"), "recipient": "x@marketplace.amazon.de",
        "requests": ("review",), "draft_id": 4,
    }
    values.update(changes)
    return SentRecord(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock):
    with open_store(tmp_path, clock=clock) as opened:
        yield opened


def test_a_recorded_send_reads_back_whole(store) -> None:
    saved = store.record_sent(record())
    assert saved.id is not None
    [read] = store.sent_log()
    assert read == saved
    assert read.attachment_names == ("warranty.pdf", "Größe.png")
    assert read.requests == ("review",)
    assert read.sent_at == T0 and read.sent_at.tzinfo is not None


def test_log_filters_by_time_and_order_newest_first(store) -> None:
    for hours in (0, 1, 2, 3):
        store.record_sent(record(sent_at=T0 + timedelta(hours=hours),
                                 order_id="111-1111111-1111111" if hours == 2 else "x"))
    times = [r.sent_at for r in store.sent_log()]
    assert times == sorted(times, reverse=True)
    window = store.sent_log(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=3))
    assert [r.sent_at for r in window] == [T0 + timedelta(hours=2), T0 + timedelta(hours=1)]
    assert len(store.sent_log(order_id="111-1111111-1111111")) == 1


def test_times_in_other_zones_compare_as_instants(store) -> None:
    berlin = timezone(timedelta(hours=1))
    store.record_sent(record(sent_at=datetime(2026, 11, 20, 10, 0, tzinfo=berlin)))  # 09:00 UTC
    assert store.sent_log(since=T0) == []
    assert len(store.sent_log(until=T0)) == 1


def test_naive_times_and_unknown_routes_are_refused(store) -> None:
    with pytest.raises(StoreError):
        store.record_sent(record(sent_at=datetime(2026, 1, 1)))
    with pytest.raises(StoreError):
        store.record_sent(record(route="carrier-pigeon"))
    assert store.sent_log() == []


def test_pruning_keeps_two_years(store, clock: Clock) -> None:
    clock.now = T0 + timedelta(days=731)
    store.record_sent(record())  # 731 days old by the clock
    store.record_sent(record(sent_at=T0 + timedelta(days=2)))  # 729 days old
    assert store.prune_sent_log() == 1
    assert [r.sent_at for r in store.sent_log()] == [T0 + timedelta(days=2)]


def test_outbox_keeps_exact_bytes_until_delivered(store, clock: Clock) -> None:
    eml = b"To: x@marketplace.amazon.de\r\nSubject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n\r\n\x00\xff"
    item = store.enqueue(eml, record(sent_at=T0))
    assert isinstance(item, OutboxItem) and item.id is not None
    clock.now = T0 + timedelta(minutes=5)
    store.outbox_failed(item.id, "No network", T0 + timedelta(minutes=10))
    [waiting] = store.outbox()
    assert waiting.eml == eml
    assert (waiting.attempts, waiting.last_error) == (1, "No network")
    assert waiting.next_try_at == T0 + timedelta(minutes=10)
    assert store.sent_log() == []

    delivered = store.outbox_delivered(item.id, T0 + timedelta(hours=1))
    assert store.outbox() == []
    assert store.sent_log() == [delivered]
    assert delivered.sent_at == T0 + timedelta(hours=1)
    assert delivered.subject == "Your warranty" and delivered.requests == ("review",)


def test_a_failed_delivery_move_leaves_the_item_queued(store, monkeypatch) -> None:
    item = store.enqueue(b"eml", record())

    def broken(_record: SentRecord) -> SentRecord:
        raise OSError("disk full")

    monkeypatch.setattr(store, "record_sent", broken)
    with pytest.raises(OSError):
        store.outbox_delivered(item.id, T0)
    monkeypatch.undo()
    assert [i.id for i in store.outbox()] == [item.id]
    assert store.sent_log() == []


def test_outbox_survives_reopening_and_is_oldest_first(tmp_path: Path, clock: Clock) -> None:
    with open_store(tmp_path, clock=clock) as first:
        first.enqueue(b"one", record(subject="one"))
        clock.now = T0 + timedelta(seconds=1)
        first.enqueue(b"two", record(subject="two"))
    with open_store(tmp_path, clock=clock) as again:
        assert [i.record.subject for i in again.outbox()] == ["one", "two"]


def test_discard_and_missing_items(store) -> None:
    item = store.enqueue(b"x", record())
    store.outbox_discard(item.id)
    assert store.outbox() == []
    for call in (lambda: store.outbox_discard(item.id),
                 lambda: store.outbox_failed(item.id, "x", None),
                 lambda: store.outbox_delivered(item.id, T0)):
        with pytest.raises(StoreError):
            call()


def test_new_header_fields_round_trip(store) -> None:
    received = datetime(2026, 11, 25, 22, 15, tzinfo=timezone(timedelta(hours=-5)))
    header = Header(order_id="113-4567890-1234567", product_name="Oak lamp",
                    delivery_date=date(2026, 11, 18), buyer_message_at=received)
    draft = store.create_draft(header)
    read = store.get_draft(draft.id).header
    assert read.product_name == "Oak lamp"
    assert read.delivery_date == date(2026, 11, 18)
    assert read.buyer_message_at == received
    [summary] = store.list_drafts()
    assert summary.buyer_message_at == received


def test_with_existing_store_never_creates_a_database(tmp_path: Path) -> None:
    from composer.store import DB_NAME, with_existing_store

    assert with_existing_store(tmp_path, lambda store: store.sent_log()) is None
    assert not (tmp_path / DB_NAME).exists()
    open_store(tmp_path).close()
    assert with_existing_store(tmp_path, lambda store: store.sent_log()) == []
