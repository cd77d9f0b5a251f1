"""``drafts list`` and ``drafts show``: text for people, JSON for scripts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from composer.message.header import Header
from composer.store import AttachmentRecord, DraftNotFoundError, Store, open_store
from composer.store.listing import drafts_list, drafts_show


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path)
    yield opened
    opened.close()


def test_list_json_has_the_agreed_fields(store: Store) -> None:
    first = store.create_draft(Header(order_id="113-4567890-1234567", message_type="invoice",
                                      subject="Invoice"))
    store.set_verdict(first.id, "ready")
    second = store.create_draft(body_text="Hello\nthere")
    trashed = store.create_draft(body_text="bin me")
    store.delete_draft(trashed.id)
    rows = json.loads(drafts_list(store, as_json=True))
    assert [r["id"] for r in rows] == [second.id, first.id]
    assert set(rows[0]) == {"id", "title", "order_id", "type", "updated", "verdict"}
    assert rows[1] == {"id": first.id, "title": "Invoice", "order_id": "113-4567890-1234567",
                       "type": "invoice", "updated": store.get_draft(first.id).updated_at,
                       "verdict": "ready"}
    assert rows[0]["title"] == "Hello" and rows[0]["verdict"] is None


def test_list_text_is_a_table(store: Store) -> None:
    assert drafts_list(store, as_json=False) == "No drafts yet."
    draft = store.create_draft(Header(order_id="113-4567890-1234567", subject="Late parcel"))
    lines = drafts_list(store, as_json=False).splitlines()
    assert lines[0].split()[:3] == ["ID", "Updated", "Type"]
    assert lines[1].split()[0] == str(draft.id)
    assert "113-4567890-1234567" in lines[1] and lines[1].endswith("Late parcel")


def test_show_json_has_header_text_and_html(store: Store) -> None:
    header = Header(to="x@marketplace.amazon.com", order_id="113-4567890-1234567",
                    order_date=date(2026, 11, 2), message_type="warranty", buyer_language="en",
                    subject="Warranty")
    draft = store.create_draft(header, "<p>Your <b>warranty</b></p>", "Your warranty")
    draft.attachments = [AttachmentRecord("/w.pdf", "w.pdf", 10)]
    store.save_draft(draft)
    data = json.loads(drafts_show(store, draft.id, as_json=True))
    assert data["id"] == draft.id and data["title"] == "Warranty"
    assert (data["to"], data["order_id"], data["order_date"]) == (
        "x@marketplace.amazon.com", "113-4567890-1234567", "2026-11-02")
    assert (data["type"], data["language"], data["subject"]) == ("warranty", "en", "Warranty")
    assert data["text"] == "Your warranty"
    assert "warranty" in data["html"]
    assert data["attachments"] == ["w.pdf"]


def test_show_text_lists_fields_then_the_text(store: Store) -> None:
    draft = store.create_draft(Header(subject="Hi"), body_text="Line one\nLine two\n")
    out = drafts_show(store, draft.id, as_json=False)
    assert "Subject:    Hi" in out
    assert out.endswith("Line one\nLine two")


def test_unknown_id_is_a_clear_error(store: Store) -> None:
    with pytest.raises(DraftNotFoundError, match="no draft number 42"):
        drafts_show(store, 42, as_json=True)


def test_show_gives_the_clean_html_when_the_sanitiser_exists(store: Store) -> None:
    draft = store.create_draft(body_html='<p onclick="steal()">Hello</p><script>bad()</script>',
                               body_text="Hello")
    html = json.loads(drafts_show(store, draft.id, as_json=True))["html"]
    assert "Hello" in html
    assert "onclick" not in html and "bad()" not in html
    assert store.get_draft(draft.id).body_html.count("script") == 2  # stored HTML untouched
