"""The sent log's records: what left the app, when, by which route, with a hash of the body.

The hash covers the exact plain text and HTML that went out, so a seller can
later prove which words a buyer received. The CSV export is for the seller's own
records (and spreadsheet apps): cells that a spreadsheet would run as a formula
are quoted.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timezone, tzinfo
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from composer.message.header import Header
    from composer.store.records import OutboxItem, SentRecord

CSV_COLUMNS = ("sent_at_utc", "route", "order_id", "message_type", "subject", "recipient",
               "attachments", "requests", "body_sha256", "ignored_problems")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BUTTON_ROUTE = "request-a-review"  # the seller used Amazon's own button (export.requestbutton)
BUTTON = "button"  # its kind among an order's earlier requests


class SentLogStore(Protocol):
    def record_sent(self, record: SentRecord) -> SentRecord: ...
    def prune_sent_log(self, keep_days: float = 730) -> int: ...


def body_sha256(plain: str, html: str) -> str:
    """SHA-256 of the plain text and the HTML as sent (UTF-8, joined by a NUL)."""
    digest = hashlib.sha256()
    digest.update(plain.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(html.encode("utf-8"))
    return digest.hexdigest()


def make_record(route: str, header: Header, plain: str, html: str, *,
                attachment_names: Sequence[str] = (), requests: Sequence[str] = (),
                draft_id: int | None = None, now: datetime | None = None,
                buyer_message_id: int | None = None,
                ignored: Sequence[str] = ()) -> SentRecord:
    """The sent-log entry for one export or send of this content."""
    from composer.store.records import SentRecord

    return SentRecord(
        sent_at=(now or datetime.now(timezone.utc)).astimezone(timezone.utc),
        route=route,
        order_id=header.order_id.strip(),
        message_type=header.message_type or None,
        subject=header.subject.strip(),
        body_sha256=body_sha256(plain, html),
        attachment_names=tuple(attachment_names),
        recipient=header.to.strip() if route in ("email-app", "eml-file", "smtp") else "",
        requests=tuple(requests),
        draft_id=draft_id,
        buyer_message_id=buyer_message_id,
        ignored=tuple(ignored),
    )


def _cell(value: str) -> str:
    """Keep a spreadsheet from treating a subject like ``=HYPERLINK(…)`` as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_rows(records: Iterable[SentRecord]) -> list[list[str]]:
    rows = [list(CSV_COLUMNS)]
    for rec in records:
        rows.append([_cell(v) for v in (
            rec.sent_at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
            rec.route, rec.order_id, rec.message_type or "", rec.subject, rec.recipient,
            "; ".join(rec.attachment_names), "; ".join(rec.requests), rec.body_sha256,
            "; ".join(rec.ignored))])
    return rows


def to_csv(records: Iterable[SentRecord]) -> str:
    """The log as CSV text (UTF-8 with a BOM when written, so Excel reads accents right)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(csv_rows(records))
    return out.getvalue()


def write_csv(path: str, records: Iterable[SentRecord]) -> None:
    from pathlib import Path

    from composer.appdata.atomic import write_text_atomic

    write_text_atomic(Path(path), "\ufeff" + to_csv(records))


def prune(store: SentLogStore, keep_days: float) -> int:
    """Drop entries older than ``keep_days`` (the sent_log_keep_days setting)."""
    return store.prune_sent_log(keep_days=max(1.0, float(keep_days)))


def earlier_requests(log: Iterable[SentRecord], waiting: Iterable[OutboxItem] = (), *,
                     same_message: Callable[[SentRecord], bool] = lambda _record: False,
                     zone: tzinfo | None = None) -> tuple[tuple[date, str], ...]:
    """Review and feedback requests already made for an order: what ``repeat-request`` reads.

    Messages still waiting in the Outbox count too (they will go out). ``same_message``
    leaves out the message being checked (exporting it again is not a second request).
    Dates are the seller's own day in ``zone`` (None: the computer's).
    """
    records = [*log, *(item.record for item in waiting)]
    # Amazon's Request a Review button (``log-request``) is named as such in the finding.
    return tuple((record.sent_at.astimezone(zone).date(),
                  BUTTON if record.route == BUTTON_ROUTE else kind)
                 for record in records if not same_message(record) for kind in record.requests)
