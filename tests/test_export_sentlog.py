"""Sent-log records for exports, the CSV export and pruning."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import datetime, timedelta, timezone

from composer.export.sentlog import CSV_COLUMNS, body_sha256, make_record, prune, to_csv, write_csv
from composer.message.header import Header
from composer.store import open_store

T0 = datetime(2026, 11, 26, 8, 0, tzinfo=timezone.utc)
HEADER = Header(to="k2x9@marketplace.amazon.com", order_id="113-4567890-1234567",
                message_type="reply", subject="=HYPERLINK(\"x\") your order")


def test_hash_covers_exactly_the_plain_text_and_the_html():
    expected = hashlib.sha256(b"Hi\n" + b"\x00" + b"<p>Hi</p>").hexdigest()
    assert body_sha256("Hi\n", "<p>Hi</p>") == expected
    assert body_sha256("Hi\n", "<p>Hi!</p>") != expected


def test_record_keeps_route_order_type_and_files():
    record = make_record("seller-central", HEADER, "Hi", "<p>Hi</p>",
                         attachment_names=["a.pdf"], requests=["review"], draft_id=3, now=T0)
    assert (record.route, record.order_id, record.message_type) == \
        ("seller-central", "113-4567890-1234567", "reply")
    assert record.attachment_names == ("a.pdf",) and record.requests == ("review",)
    assert record.recipient == ""  # pasted into Seller Central: Amazon knows the buyer
    assert make_record("smtp", HEADER, "Hi", "", now=T0).recipient == HEADER.to


def test_csv_quotes_formulas_and_keeps_accents(tmp_path):
    record = make_record("eml-file", HEADER, "Hi", "<p>Hi</p>",
                         attachment_names=["Größe.pdf", "b.png"], now=T0)
    rows = list(csv.reader(io.StringIO(to_csv([record]))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1][0] == "2026-11-26 08:00:00"
    assert rows[1][4].startswith("'=HYPERLINK")
    assert rows[1][6] == "Größe.pdf; b.png"
    path = tmp_path / "log.csv"
    write_csv(str(path), [record])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_prune_uses_the_setting(tmp_path):
    store = open_store(tmp_path / "d", clock=lambda: T0)
    try:
        store.record_sent(make_record("smtp", HEADER, "a", "", now=T0 - timedelta(days=800)))
        store.record_sent(make_record("smtp", HEADER, "b", "", now=T0 - timedelta(days=10)))
        assert prune(store, 730) == 1
        assert len(store.sent_log()) == 1
    finally:
        store.close()


def test_earlier_requests_count_the_outbox_and_skip_the_same_message() -> None:
    from datetime import date, timedelta

    from composer.export.sentlog import earlier_requests
    from composer.store import OutboxItem, SentRecord

    tokyo = timezone(timedelta(hours=9))
    sent = SentRecord(sent_at=datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc), route="smtp",
                      order_id="113-4567890-1234567", requests=("review",), body_sha256="a")
    again = SentRecord(sent_at=datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc),
                       route="eml-file", requests=("review",), body_sha256="same")
    queued = OutboxItem(eml=b"x", created_at=datetime(2026, 11, 22, tzinfo=timezone.utc),
                        record=SentRecord(sent_at=datetime(2026, 11, 22, 1, tzinfo=timezone.utc),
                                          route="smtp", requests=("feedback",)))
    found = earlier_requests([sent, again], [queued], zone=tokyo,
                             same_message=lambda record: record.body_sha256 == "same")
    # 20:00 UTC is already the 21st in Tokyo; the waiting message counts; "same" does not.
    assert found == ((date(2026, 11, 21), "review"), (date(2026, 11, 22), "feedback"))
