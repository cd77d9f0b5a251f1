"""The sent log and the outbox: what left the app, and what is waiting to leave.

Kept apart from the drafts code because its rules differ: the log is
append-only (pruned only by age, as Amazon keeps records for two years), and an
outbox item leaves the outbox only by being delivered (then it enters the log in
the same transaction) or by the seller's explicit request.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

from composer.store.errors import StoreError
from composer.store.records import ROUTES, OutboxItem, SentRecord


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise StoreError("Times in the sent log must carry a time zone.")
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _strings(text: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _record_fields(record: SentRecord) -> dict[str, Any]:
    if record.route not in ROUTES:
        raise StoreError(f"Unknown route {record.route!r}; use one of {ROUTES}.")
    return {
        "sent_at": _iso(record.sent_at),
        "order_id": record.order_id,
        "message_type": record.message_type,
        "subject": record.subject,
        "route": record.route,
        "body_sha256": record.body_sha256,
        "attachment_names": json.dumps(list(record.attachment_names), ensure_ascii=False),
        "recipient": record.recipient,
        "requests": json.dumps(list(record.requests)),
        "draft_id": record.draft_id,
        "buyer_message_id": record.buyer_message_id,
        "ignored": json.dumps(list(record.ignored), ensure_ascii=False),
    }


def _record_from(data: sqlite3.Row | dict[str, Any]) -> SentRecord:
    sent_at = _time(data["sent_at"])
    assert sent_at is not None
    keys = set(data.keys())  # an Outbox record from before version 4 lacks the newer fields
    return SentRecord(
        sent_at=sent_at,
        route=data["route"],
        order_id=data["order_id"],
        message_type=data["message_type"],
        subject=data["subject"],
        body_sha256=data["body_sha256"],
        attachment_names=_strings(data["attachment_names"]),
        recipient=data["recipient"],
        requests=_strings(data["requests"]),
        draft_id=data["draft_id"],
        id=data["id"] if "id" in keys else None,
        buyer_message_id=data["buyer_message_id"] if "buyer_message_id" in keys else None,
        refused_by=data["refused_by"] if "refused_by" in keys else None,
        ignored=_strings(data["ignored"]) if "ignored" in keys else (),
    )


class SentLogMixin:
    """Sent-log and outbox methods of :class:`composer.store.db.Store`."""

    connection: sqlite3.Connection
    read_only: bool
    _clock: Callable[[], datetime]
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    # ------------------------------------------------------------------ sent log

    def record_sent(self, record: SentRecord) -> SentRecord:
        """Add one export or send to the log; return it with its id."""
        fields = _record_fields(record)
        with self.transaction() as db:
            cursor = db.execute(
                f"INSERT INTO sent_log ({', '.join(fields)}) "
                f"VALUES ({', '.join('?' * len(fields))})", tuple(fields.values()))
        return replace(record, id=cursor.lastrowid)

    def sent_log(self, since: datetime | None = None, until: datetime | None = None,
                 order_id: str | None = None) -> list[SentRecord]:
        """Log entries, newest first; ``since`` is inclusive, ``until`` exclusive."""
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("sent_at >= ?")
            params.append(_iso(since))
        if until is not None:
            where.append("sent_at < ?")
            params.append(_iso(until))
        if order_id is not None:
            where.append("order_id = ?")
            params.append(order_id)
        sql = "SELECT * FROM sent_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY sent_at DESC, id DESC"
        return [_record_from(row) for row in self.connection.execute(sql, params)]

    def prune_sent_log(self, keep_days: float = 730) -> int:
        """Forget entries older than ``keep_days`` (Amazon keeps two years); return how many."""
        if self.read_only:  # tidying, not the seller's work
            return 0
        cutoff = _iso(self._clock() - timedelta(days=keep_days))
        with self.transaction() as db:
            return db.execute("DELETE FROM sent_log WHERE sent_at < ?", (cutoff,)).rowcount

    # ------------------------------------------------------------------ outbox

    def enqueue(self, eml: bytes, record: SentRecord) -> OutboxItem:
        """Keep a message until it can be sent. The bytes are exactly what will go out."""
        fields = _record_fields(record)
        now = self._clock()
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO outbox (created_at, eml, record) VALUES (?, ?, ?)",
                (_iso(now), sqlite3.Binary(bytes(eml)), json.dumps(fields, ensure_ascii=False)))
        return OutboxItem(eml=bytes(eml), record=record, created_at=now, id=cursor.lastrowid)

    def outbox(self) -> list[OutboxItem]:
        """Everything waiting to be sent, oldest first."""
        return [self._outbox_item(row) for row in self.connection.execute(
            "SELECT * FROM outbox ORDER BY created_at, id")]

    def outbox_failed(self, item_id: int, error: str, next_try_at: datetime | None) -> None:
        """Note a failed attempt and when to try again (None: only when the seller asks)."""
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_try_at = ? "
                "WHERE id = ?",
                (error, _iso(next_try_at) if next_try_at else None, item_id))
            if cursor.rowcount == 0:
                raise StoreError(f"Outbox item {item_id} no longer exists.")

    def outbox_delivered(self, item_id: int, sent_at: datetime) -> SentRecord:
        """Move a delivered item into the sent log, in one transaction."""
        with self.transaction() as db:
            row = db.execute("SELECT * FROM outbox WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise StoreError(f"Outbox item {item_id} no longer exists.")
            record = replace(self._outbox_item(row).record, sent_at=sent_at)
            db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
            return self.record_sent(record)

    def outbox_discard(self, item_id: int) -> None:
        """Remove an item the seller chose not to send."""
        with self.transaction() as db:
            if db.execute("DELETE FROM outbox WHERE id = ?", (item_id,)).rowcount == 0:
                raise StoreError(f"Outbox item {item_id} no longer exists.")

    @staticmethod
    def _outbox_item(row: sqlite3.Row) -> OutboxItem:
        data = json.loads(row["record"])
        data["id"] = None
        created = _time(row["created_at"])
        assert created is not None
        return OutboxItem(
            eml=bytes(row["eml"]),
            record=_record_from(data),
            created_at=created,
            attempts=row["attempts"],
            last_error=row["last_error"],
            next_try_at=_time(row["next_try_at"]),
            id=row["id"],
        )

