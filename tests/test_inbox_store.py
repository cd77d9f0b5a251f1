"""Buyer messages in the store: the version-4 migration, importing all or nothing, the notices."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from composer.inbox.importing import ImportProblem, import_files, safe_file_name
from composer.store import open_store, schema
from composer.store.db import Store
from composer.store.records import SentRecord

CORPUS = Path(__file__).parent / "data" / "inbox"
NOW = datetime(2026, 11, 3, 16, 0, tzinfo=timezone.utc)


def store_at(folder: Path) -> Store:
    return open_store(folder, clock=lambda: NOW)


def test_a_version_3_database_gains_the_inbox_and_keeps_its_sent_log(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "drafts.sqlite3", isolation_level=None)
    for migration in schema.MIGRATIONS[:3]:
        migration(db)
    db.execute("PRAGMA user_version = 3")
    db.execute("INSERT INTO sent_log (sent_at, order_id, route) VALUES "
               "('2026-11-01T10:00:00.000000+00:00', '114-3941689-8772232', 'eml-file')")
    db.close()
    with store_at(tmp_path) as store:
        assert store.migrated_from == 3
        assert store.inbox_count() == 0
        [record] = store.sent_log()
        assert record.order_id == "114-3941689-8772232"
        assert record.buyer_message_id is None and record.refused_by is None


def test_import_stores_every_field_and_the_buyers_files(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        report = import_files(store, [CORPUS / "en-com-photos.eml"], tmp_path)
        [(source, item_id)] = report.added
        assert source == "en-com-photos.eml"
        item = store.inbox_item(item_id)
    assert item.mail.order_ids == ("113-2222222-3333333",)
    assert item.summary.state == "waiting"
    assert item.summary.due_at == item.mail.received_at + timedelta(hours=24)
    assert [f.name for f in item.files] == ["broken-1.jpg", "broken 2.png"]
    for saved in item.files:
        path = Path(saved.path)
        assert path.is_file() and path.is_relative_to(tmp_path / "inbox")
        assert path.stat().st_size == saved.size


def test_hostile_file_names_stay_inside_the_data_folder(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        [(_, item_id)] = import_files(store, [CORPUS / "en-com-hostile-names.eml"],
                                      tmp_path).added
        item = store.inbox_item(item_id)
    assert [f.name for f in item.files] == ["passwd.jpg", "_CON.png", "a gnp.exe"]
    for saved in item.files:
        assert Path(saved.path).resolve().is_relative_to((tmp_path / "inbox").resolve())


def test_safe_names() -> None:
    assert safe_file_name("..\\..\\boot.ini") == "boot.ini"
    assert safe_file_name("nul") == "_nul"
    assert safe_file_name("   ") == "attachment"
    assert len(safe_file_name("x" * 500 + ".jpeg")) == 100
    assert safe_file_name("x" * 500 + ".jpeg").endswith(".jpeg")


def test_the_same_email_twice_is_one_message(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        first = import_files(store, [CORPUS / "en-com-text.eml"], tmp_path)
        again = import_files(store, [CORPUS / "en-com-text.eml", CORPUS / "folder.mbox"],
                             tmp_path)
        assert len(first.added) == 1
        assert len(again.added) == 2  # the German and Italian ones from the mbox
        assert len(again.duplicates) == 2  # the file again, and its copy in the mbox
        assert [s for s, _ in again.refused] == ["folder.mbox, message 3"]
        assert store.inbox_count() == 3


def test_a_bad_file_stops_the_import_before_anything_is_written(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        with pytest.raises(ImportProblem, match=r"foreign-newsletter\.eml") as info:
            import_files(store, [CORPUS / "en-com-photos.eml",
                                 CORPUS / "foreign-newsletter.eml"], tmp_path)
        assert "Nothing was imported" in str(info.value)
        assert store.inbox_count() == 0
    assert not (tmp_path / "inbox").exists()


def test_a_failing_store_leaves_no_files_behind(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with store_at(tmp_path) as store:
        def broken(_entries: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(store, "add_mails", broken)
        with pytest.raises(sqlite3.OperationalError):
            import_files(store, [CORPUS / "en-com-photos.eml"], tmp_path)
    assert list((tmp_path / "inbox").iterdir()) == []


def test_a_failure_inside_the_transaction_rolls_every_row_back(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        store.connection.execute(
            "CREATE TRIGGER no_italian BEFORE INSERT ON inbox WHEN NEW.marketplace = 'it' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END")
        with pytest.raises(sqlite3.IntegrityError):
            import_files(store, [CORPUS / "folder.mbox"], tmp_path)
        assert store.inbox_count() == 0


def test_answered_when_a_linked_reply_leaves_and_no_response_when_marked(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        report = import_files(store, [CORPUS / "en-com-text.eml", CORPUS / "it-text.eml"],
                              tmp_path)
        first, second = (item_id for _, item_id in report.added)
        store.record_sent(SentRecord(sent_at=NOW, route="eml-file", order_id="x",
                                     buyer_message_id=first))
        store.mark_no_response(second)
        states = {s.id: s.state for s in store.inbox_list()}
        assert states == {first: "answered", second: "no-response"}
        store.mark_no_response(second, needed=True)
        assert store.inbox_item(second).summary.state == "waiting"


def test_an_opt_out_is_found_by_order_or_by_the_buyers_address(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        import_files(store, [CORPUS / "notice-optout-en.eml"], tmp_path)
        assert store.opt_out_for(order_id="114-3941689-8772232") is not None
        assert store.opt_out_for(
            relay="K7X2M9Q4R8TW3VZ+A1B2C3D4E5F6G7@marketplace.amazon.com") is not None
        assert store.opt_out_for(order_id="114-0000000-0000000") is None
        assert store.opt_out_for() is None
        assert store.inbox_list() == []  # notices are not buyer messages


def test_a_refusal_marks_the_sent_log_entry_it_names(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        earlier = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
        other = store.record_sent(SentRecord(sent_at=earlier, route="eml-file",
                                             order_id="113-2222222-3333333", subject="Hello"))
        refused = store.record_sent(SentRecord(
            sent_at=earlier - timedelta(hours=1), route="smtp", order_id="113-2222222-3333333",
            subject="Thanks for your order - 10% off next time"))
        import_files(store, [CORPUS / "notice-refused-en.eml"], tmp_path)
        by_id = {r.id: r for r in store.sent_log()}
        assert by_id[refused.id].refused_by is not None
        assert by_id[other.id].refused_by is None
        notice = store.refusal_for(refused.id)
        assert notice is not None and notice.notice == "refused"


def test_a_restriction_holds_until_its_last_day_or_until_cleared(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        [(_, item_id)] = import_files(store, [CORPUS / "notice-restricted-en.eml"],
                                      tmp_path).added
        assert store.restriction(date(2027, 1, 15)) is not None
        assert store.restriction(date(2027, 1, 16)) is None
        store.clear_restriction(item_id)
        assert store.restriction(date(2026, 12, 1)) is None


def test_the_mailbox_position_is_remembered(tmp_path: Path) -> None:
    with store_at(tmp_path) as store:
        assert store.mailbox_position("anna@shop.example", "INBOX") is None
        store.set_mailbox_position("anna@shop.example", "INBOX", 77, 120)
        store.set_mailbox_position("anna@shop.example", "INBOX", 77, 130)
        assert store.mailbox_position("anna@shop.example", "INBOX") == (77, 130)


def test_the_request_a_review_button_is_no_message_for_the_quota() -> None:
    from composer.clock.quota import count_used

    start, end = NOW - timedelta(hours=1), NOW + timedelta(hours=1)
    records = [SentRecord(sent_at=NOW, route="request-a-review", order_id="1"),
               SentRecord(sent_at=NOW, route="eml-file", order_id="2", body_sha256="a")]
    assert count_used(records, start, end) == 1
