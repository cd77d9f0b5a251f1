"""Buyer messages in the store: Amazon's notification e-mails, read by :mod:`composer.inbox`.

One table, ``inbox``, holds buyer messages, customer-service relays and delivery notices
(``kind``). A buyer message is *waiting* until a reply linked to it leaves the app (the
sent log's ``buyer_message_id``: then it is *answered*), or the seller marks it "No
response needed". Delivery notices act on the rest: an opt-out blocks proactive messages
to that order or buyer, a refusal marks the sent-log entry Amazon did not deliver, and a
restriction pauses proactive messages until its last day or until the seller clears it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, timezone

from composer.inbox.buyermessage import (
    BUYER_MESSAGE,
    CUSTOMER_SERVICE,
    DELIVERY_NOTICE,
    OPT_OUT,
    REFUSED,
    REPLY_WITHIN,
    RESTRICTED,
    BuyerMail,
    SavedFile,
)
from composer.store.errors import StoreError

WAITING, ANSWERED, NO_RESPONSE, CLEARED = "waiting", "answered", "no-response", "cleared"
STATES = (WAITING, ANSWERED, NO_RESPONSE)
CONVERSATION_KINDS = (BUYER_MESSAGE, CUSTOMER_SERVICE)
NOT_A_MESSAGE_ROUTES = ("request-a-review",)  # Amazon's own button: no buyer-seller message


class InboxItemNotFoundError(StoreError):
    def __init__(self, item_id: int) -> None:
        super().__init__(f"There is no buyer message number {item_id}. "
                         "'seller-composer inbox list' shows the numbers.")
        self.item_id = item_id


@dataclass(frozen=True)
class InboxSummary:
    """One row of the buyer messages list."""

    id: int
    kind: str
    received_at: datetime
    order_id: str
    buyer_name: str
    relay: str
    marketplace: str
    language: str
    topic: str
    subject: str
    state: str  # waiting | answered | no-response (notices: waiting | cleared)
    answered_at: datetime | None = None
    answered_route: str = ""  # how the first answer left: "seller-central" is a copy to paste
    notice: str = ""
    notice_until: date | None = None

    @property
    def due_at(self) -> datetime:
        return self.received_at + REPLY_WITHIN


def waiting_for_order(items: Sequence[InboxSummary], order_id: str) -> InboxSummary | None:
    """The one buyer message still waiting for an answer about ``order_id``, if exactly one.

    A reply written as a new draft (not with Reply) can be linked to it, so the e-mail
    answers it and the message counts as answered. Two waiting messages of one order are
    not guessed between.
    """
    key = order_id.strip()
    if not key:
        return None
    found = [item for item in items
             if item.state == WAITING and item.relay and item.order_id.strip() == key]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class InboxItem:
    """A stored e-mail with everything read from it and its files."""

    summary: InboxSummary
    mail: BuyerMail
    files: tuple[SavedFile, ...] = ()
    source: str = ""
    imported_at: str = ""

    @property
    def id(self) -> int:
        return self.summary.id


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _strings(text: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


_SUMMARY_SQL = (
    "SELECT i.id, i.kind, i.received_at, i.order_id, i.buyer_name, i.relay, i.marketplace, "
    "i.language, i.topic, i.subject, i.state, i.notice, i.notice_until, "
    "(SELECT MIN(s.sent_at) FROM sent_log s WHERE s.buyer_message_id = i.id) AS answered_at, "
    "(SELECT s.route FROM sent_log s WHERE s.buyer_message_id = i.id "
    "ORDER BY s.sent_at, s.id LIMIT 1) AS answered_route "
    "FROM inbox i")


def _summary(row: sqlite3.Row) -> InboxSummary:
    answered = _moment(row["answered_at"])
    state = row["state"]
    if row["kind"] != DELIVERY_NOTICE and state != NO_RESPONSE and answered is not None:
        state = ANSWERED
    return InboxSummary(
        id=row["id"], kind=row["kind"], received_at=_moment(row["received_at"])
        or datetime.fromtimestamp(0, timezone.utc), order_id=row["order_id"],
        buyer_name=row["buyer_name"], relay=row["relay"], marketplace=row["marketplace"],
        language=row["language"], topic=row["topic"], subject=row["subject"], state=state,
        answered_at=answered, answered_route=row["answered_route"] or "",
        notice=row["notice"], notice_until=_day(row["notice_until"]))


class InboxMixin:
    """Buyer-message methods of :class:`composer.store.db.Store`."""

    connection: sqlite3.Connection
    read_only: bool
    _clock: Callable[[], datetime]
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]

    # ------------------------------------------------------------------ adding

    def known_mail(self, fingerprint: str, message_id: str = "") -> int | None:
        """The stored e-mail with these bytes or this Message-ID, if any."""
        row = self.connection.execute(
            "SELECT id FROM inbox WHERE fingerprint = ? OR (? != '' AND message_id = ?) "
            "LIMIT 1", (fingerprint, message_id, message_id)).fetchone()
        return int(row[0]) if row else None

    def add_mails(self, entries: Sequence[tuple[BuyerMail, str, Sequence[SavedFile]]]
                  ) -> list[int | None]:
        """Store e-mails with their saved files, all in one transaction.

        ``entries`` are (mail, where it came from, its files). Returns each one's id, or
        None for one already stored (the same bytes or the same Message-ID). Delivery
        notices take effect here: a refusal marks the matching sent-log entry.
        """
        ids: list[int | None] = []
        now = _iso(self._clock())
        with self.transaction() as db:
            for mail, source, files in entries:
                if self.known_mail(mail.fingerprint, mail.message_id) is not None:
                    ids.append(None)
                    continue
                item_id = self._insert(db, mail, source, files, now)
                ids.append(item_id)
                if mail.notice == REFUSED:
                    self._mark_refused(db, item_id, mail)
        return ids

    def _insert(self, db: sqlite3.Connection, mail: BuyerMail, source: str,
                files: Sequence[SavedFile], now: str) -> int:
        cursor = db.execute(
            "INSERT INTO inbox (kind, fingerprint, message_id, received_at, subject, relay, "
            "buyer_name, marketplace, language, topic, order_id, asin, product_title, body, "
            "refs, delivered_to, notice, notice_until, notice_subject, imported_at, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (mail.kind, mail.fingerprint, mail.message_id, _iso(mail.received_at),
             mail.subject, mail.relay, mail.buyer_name, mail.marketplace, mail.language,
             mail.topic, mail.order_id, mail.asin, mail.product_title, mail.text,
             json.dumps(list(mail.references)), mail.delivered_to, mail.notice,
             mail.notice_until.isoformat() if mail.notice_until else None,
             mail.notice_subject, now, source))
        item_id = int(cursor.lastrowid or 0)
        db.executemany("INSERT OR IGNORE INTO inbox_orders (inbox_id, order_id) VALUES (?, ?)",
                       [(item_id, order) for order in mail.order_ids])
        db.executemany(
            "INSERT INTO inbox_files (inbox_id, position, name, path, content_type, size, "
            "sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(item_id, n, f.name, f.path, f.content_type, f.size, f.sha256)
             for n, f in enumerate(files)])
        return item_id

    def _mark_refused(self, db: sqlite3.Connection, notice_id: int, mail: BuyerMail) -> None:
        """The sent-log entry Amazon refused: this order's (or this buyer's) latest message
        before the notice, the one with the quoted subject first."""
        where, params = ["refused_by IS NULL", "sent_at <= ?",
                         f"route NOT IN ({', '.join('?' * len(NOT_A_MESSAGE_ROUTES))})"], \
            [_iso(mail.received_at), *NOT_A_MESSAGE_ROUTES]
        if mail.order_ids:
            where.append(f"order_id IN ({', '.join('?' * len(mail.order_ids))})")
            params += list(mail.order_ids)
        elif mail.relay:
            where.append("recipient = ?")
            params.append(mail.relay)
        else:
            return
        row = db.execute(
            f"SELECT id FROM sent_log WHERE {' AND '.join(where)} "
            "ORDER BY (subject = ?) DESC, sent_at DESC, id DESC LIMIT 1",
            (*params, mail.notice_subject)).fetchone()
        if row is not None:
            db.execute("UPDATE sent_log SET refused_by = ? WHERE id = ?", (notice_id, row[0]))

    # ------------------------------------------------------------------ reading

    def inbox_list(self, kinds: Iterable[str] = CONVERSATION_KINDS) -> list[InboxSummary]:
        """Stored e-mails of ``kinds``, newest first (the list view sorts them further)."""
        kinds = tuple(kinds)
        sql = (f"{_SUMMARY_SQL} WHERE i.kind IN ({', '.join('?' * len(kinds))}) "
               "ORDER BY i.received_at DESC, i.id DESC")
        return [_summary(row) for row in self.connection.execute(sql, kinds)]

    def inbox_item(self, item_id: int) -> InboxItem:
        row = self.connection.execute(
            f"{_SUMMARY_SQL} WHERE i.id = ?", (item_id,)).fetchone()
        if row is None:
            raise InboxItemNotFoundError(item_id)
        full = self.connection.execute("SELECT * FROM inbox WHERE id = ?", (item_id,)).fetchone()
        orders = tuple(r[0] for r in self.connection.execute(
            "SELECT order_id FROM inbox_orders WHERE inbox_id = ? ORDER BY rowid", (item_id,)))
        files = tuple(SavedFile(r["name"], r["path"], r["content_type"], r["size"], r["sha256"])
                      for r in self.connection.execute(
                          "SELECT * FROM inbox_files WHERE inbox_id = ? ORDER BY position",
                          (item_id,)))
        summary = _summary(row)
        mail = BuyerMail(
            kind=full["kind"], received_at=summary.received_at, subject=full["subject"],
            relay=full["relay"], buyer_name=full["buyer_name"],
            marketplace=full["marketplace"], language=full["language"], topic=full["topic"],
            order_ids=orders or ((full["order_id"],) if full["order_id"] else ()),
            asin=full["asin"], product_title=full["product_title"], text=full["body"],
            message_id=full["message_id"], references=_strings(full["refs"]),
            delivered_to=full["delivered_to"], fingerprint=full["fingerprint"],
            notice=full["notice"], notice_until=_day(full["notice_until"]),
            notice_subject=full["notice_subject"])
        return InboxItem(summary, mail, files, full["source"], full["imported_at"])

    def inbox_count(self) -> int:
        return int(self.connection.execute("SELECT COUNT(*) FROM inbox").fetchone()[0])

    # ------------------------------------------------------------------ the seller's marks

    def mark_no_response(self, item_id: int, needed: bool = False) -> None:
        """"No response needed" (or back to waiting with ``needed``)."""
        state, marked = (WAITING, None) if needed else (NO_RESPONSE, _iso(self._clock()))
        with self.transaction() as db:
            cursor = db.execute("UPDATE inbox SET state = ?, marked_at = ? WHERE id = ? AND "
                                "kind != ?", (state, marked, item_id, DELIVERY_NOTICE))
            if cursor.rowcount == 0:
                raise InboxItemNotFoundError(item_id)

    # ------------------------------------------------------------------ notices

    def opt_out_for(self, order_id: str = "", relay: str = "") -> InboxSummary | None:
        """The latest opt-out notice for this order or this buyer's address, if any."""
        order_id, relay = order_id.strip(), relay.strip().lower()
        if not order_id and not relay:
            return None
        row = self.connection.execute(
            f"{_SUMMARY_SQL} WHERE i.kind = ? AND i.notice = ? AND ("
            "(? != '' AND i.id IN (SELECT inbox_id FROM inbox_orders WHERE order_id = ?)) OR "
            "(? != '' AND lower(i.relay) = ?)) ORDER BY i.received_at DESC LIMIT 1",
            (DELIVERY_NOTICE, OPT_OUT, order_id, order_id, relay, relay)).fetchone()
        return _summary(row) if row else None

    def restriction(self, today: date) -> InboxSummary | None:
        """The restriction on proactive messages in force on ``today``, if any."""
        row = self.connection.execute(
            f"{_SUMMARY_SQL} WHERE i.kind = ? AND i.notice = ? AND i.state != ? AND "
            "i.notice_until >= ? ORDER BY i.notice_until DESC LIMIT 1",
            (DELIVERY_NOTICE, RESTRICTED, CLEARED, today.isoformat())).fetchone()
        return _summary(row) if row else None

    def clear_restriction(self, item_id: int) -> None:
        """The seller says the restriction is over (Amazon lifted it early, say)."""
        with self.transaction() as db:
            cursor = db.execute("UPDATE inbox SET state = ?, marked_at = ? WHERE id = ? AND "
                                "notice = ?", (CLEARED, _iso(self._clock()), item_id,
                                               RESTRICTED))
            if cursor.rowcount == 0:
                raise InboxItemNotFoundError(item_id)

    def refusal_for(self, sent_id: int) -> InboxSummary | None:
        """The notice that says Amazon did not deliver this sent-log entry, if one did."""
        row = self.connection.execute(
            f"{_SUMMARY_SQL} WHERE i.id = (SELECT refused_by FROM sent_log WHERE id = ?)",
            (sent_id,)).fetchone()
        return _summary(row) if row else None

    def notices(self) -> list[tuple[InboxSummary, int | None]]:
        """Amazon's notices, newest first, each with the sent-log entry it refused (if any)."""
        refused = {int(r[0]): int(r[1]) for r in self.connection.execute(
            "SELECT refused_by, MAX(id) FROM sent_log WHERE refused_by IS NOT NULL "
            "GROUP BY refused_by")}
        return [(s, refused.get(s.id)) for s in self.inbox_list((DELIVERY_NOTICE,))]

    def refusal_of_draft(self, draft_id: int) -> InboxSummary | None:
        """The latest notice that Amazon did not deliver a message made from this draft."""
        row = self.connection.execute(
            f"{_SUMMARY_SQL} WHERE i.id = (SELECT refused_by FROM sent_log WHERE draft_id = ? "
            "AND refused_by IS NOT NULL ORDER BY sent_at DESC LIMIT 1)", (draft_id,)).fetchone()
        return _summary(row) if row else None

    def reply_draft_for(self, item_id: int) -> int | None:
        """The newest reply draft (not in the trash) that answers buyer message ``item_id``."""
        row = self.connection.execute(
            "SELECT id FROM drafts WHERE deleted_at IS NULL AND CASE WHEN json_valid(extra) "
            "THEN json_extract(extra, '$.reply_to.buyer_message_id') END = ? "
            "ORDER BY updated_at DESC LIMIT 1", (item_id,)).fetchone()
        return int(row[0]) if row else None

    # ------------------------------------------------------------------ the mailbox check

    def mailbox_position(self, account: str, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, the last UID read) for a mailbox folder, if it was read before."""
        row = self.connection.execute(
            "SELECT uidvalidity, last_uid FROM mailbox_sync WHERE account = ? AND folder = ?",
            (account, folder)).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def set_mailbox_position(self, account: str, folder: str, uidvalidity: int,
                             last_uid: int) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO mailbox_sync (account, folder, uidvalidity, last_uid, checked_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(account, folder) DO UPDATE SET "
                "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
                "checked_at = excluded.checked_at",
                (account, folder, int(uidvalidity), int(last_uid), _iso(self._clock())))

