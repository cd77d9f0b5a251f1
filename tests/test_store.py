"""The draft store: drafts, the list and its search, trash, state, templates, dictionary."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from composer.message.header import Header
from composer.store import (
    UNTITLED,
    AttachmentRecord,
    DraftNotFoundError,
    Store,
    StoreError,
    TemplateNotFoundError,
    open_store,
)


class FakeClock:
    """A clock the test moves by hand, so trash ages and list order are exact."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)  # every call is a distinct, later moment
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Store:
    opened = open_store(tmp_path / "data", clock=clock)
    yield opened
    opened.close()


HEADER = Header(to="abc123@marketplace.amazon.co.uk", order_id="113-4567890-1234567",
                order_date=date(2026, 10, 28), message_type="unexpectedProblem",
                buyer_language="de", subject="Ihre Bestellung")


def test_open_store_creates_the_folder_and_a_wal_database(tmp_path: Path) -> None:
    with open_store(tmp_path / "new" / "folder") as opened:
        assert (tmp_path / "new" / "folder" / "drafts.sqlite3").is_file()
        assert opened.journal_mode == "wal"
        assert opened.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert opened.connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert opened.integrity_ok()


def test_a_draft_round_trips_with_everything(store: Store) -> None:
    draft = store.create_draft(HEADER, "<p>Hallo <b>Welt</b></p>", "Hallo Welt")
    draft.cursor_position = 7
    draft.verdict = "warnings"
    draft.attachments = [
        AttachmentRecord("/tmp/b.pdf", "b.pdf", 1200, "ab" * 32, "2026-11-01T09:00:00+00:00"),
        AttachmentRecord("/tmp/a.png", "a.png", 99, "cd" * 32, "2026-11-01T09:01:00+00:00"),
    ]
    draft.ignored = {"phone-number:0123 456789", "spelling:Welt"}
    draft.extra = {"future_field": [1, 2], "ünïcode": "ok"}
    store.save_draft(draft)

    again = store.get_draft(draft.id)
    assert again.header == HEADER
    assert (again.body_html, again.body_text) == ("<p>Hallo <b>Welt</b></p>", "Hallo Welt")
    assert again.cursor_position == 7
    assert again.verdict == "warnings"
    assert [a.name for a in again.attachments] == ["b.pdf", "a.png"]  # order kept
    assert again.attachments[0] == draft.attachments[0]
    assert again.ignored == draft.ignored
    assert again.extra == draft.extra
    assert again.updated_at == draft.updated_at


def test_saving_stamps_updated_at_and_replaces_children(store: Store) -> None:
    draft = store.create_draft()
    created = draft.updated_at
    draft.attachments = [AttachmentRecord("/x/1.pdf", "1.pdf")]
    draft.ignored = {"k1"}
    store.save_draft(draft)
    assert draft.updated_at > created
    draft.attachments = []
    draft.ignored = {"k2"}
    store.save_draft(draft)
    again = store.get_draft(draft.id)
    assert again.attachments == [] and again.ignored == {"k2"}
    assert again.created_at == created


def test_a_failed_save_changes_nothing(store: Store) -> None:
    draft = store.create_draft(body_text="first version")
    draft.body_text = "second version"
    draft.verdict = "perfect"  # not a verdict the store knows
    with pytest.raises(StoreError):
        store.save_draft(draft)
    assert store.get_draft(draft.id).body_text == "first version"


def test_saving_a_purged_draft_says_so(store: Store) -> None:
    draft = store.create_draft()
    store.purge_draft(draft.id)
    with pytest.raises(DraftNotFoundError, match="no draft number"):
        store.save_draft(draft)
    with pytest.raises(DraftNotFoundError):
        store.get_draft(draft.id)


def test_list_titles_come_from_title_then_subject_then_first_line(store: Store) -> None:
    empty = store.create_draft()
    by_text = store.create_draft(body_text="\n\n  Your parcel is late  \nsecond line")
    by_subject = store.create_draft(Header(subject="Delay with order"), body_text="Hello")
    renamed = store.create_draft(Header(subject="Subject"))
    store.rename_draft(renamed.id, "  Smith   table  ")
    titles = {s.id: s.title for s in store.list_drafts()}
    assert titles == {
        empty.id: UNTITLED,
        by_text.id: "Your parcel is late",
        by_subject.id: "Delay with order",
        renamed.id: "Smith table",
    }
    store.rename_draft(renamed.id, "   ")  # an empty name: back to the derived title
    assert store.get_draft(renamed.id).display_title == "Subject"


def test_long_first_lines_are_shortened(store: Store) -> None:
    store.create_draft(body_text="word " * 100)
    (summary,) = store.list_drafts()
    assert len(summary.title) <= 80 and summary.title.endswith("…")


def test_list_is_newest_change_first(store: Store) -> None:
    first = store.create_draft(body_text="first")
    second = store.create_draft(body_text="second")
    assert [s.id for s in store.list_drafts()] == [second.id, first.id]
    store.save_draft(store.get_draft(first.id))
    assert [s.id for s in store.list_drafts()] == [first.id, second.id]


def test_search_covers_subject_text_order_id_and_to_ignoring_case(store: Store) -> None:
    a = store.create_draft(Header(subject="Lieferung VERZÖGERT"))
    b = store.create_draft(body_text="The oak TABLE is delayed")
    c = store.create_draft(Header(order_id="205-1111111-2222222"))
    d = store.create_draft(Header(to="Zed99@marketplace.amazon.de"))

    def ids(query: str) -> set[int]:
        return {s.id for s in store.list_drafts(query)}

    assert ids("verzögert") == {a.id}
    assert ids("oak table") == {b.id}
    assert ids("1111111") == {c.id}
    assert ids("zed99@") == {d.id}
    assert ids("") == {a.id, b.id, c.id, d.id}
    assert ids("nothing like this") == set()


def test_search_treats_wildcards_as_plain_characters(store: Store) -> None:
    percent = store.create_draft(body_text="We refunded 100% of the price")
    store.create_draft(body_text="We refunded 100 pounds")
    under = store.create_draft(body_text="file_name.pdf")
    store.create_draft(body_text="filexname.pdf")
    assert [s.id for s in store.list_drafts("100%")] == [percent.id]
    assert [s.id for s in store.list_drafts("file_")] == [under.id]


def test_delete_restore_and_the_trash(store: Store) -> None:
    keep = store.create_draft(body_text="keep")
    gone = store.create_draft(body_text="gone")
    store.delete_draft(gone.id)
    assert [s.id for s in store.list_drafts()] == [keep.id]
    assert [s.id for s in store.trash()] == [gone.id]
    assert {s.id for s in store.list_drafts(include_deleted=True)} == {keep.id, gone.id}
    assert store.get_draft(gone.id).in_trash
    store.restore_draft(gone.id)
    assert {s.id for s in store.list_drafts()} == {keep.id, gone.id}
    with pytest.raises(DraftNotFoundError):
        store.delete_draft(999)


def test_purge_trash_removes_only_old_deletions(store: Store, clock: FakeClock) -> None:
    old = store.create_draft(body_text="old")
    old.attachments = [AttachmentRecord("/a.pdf", "a.pdf")]
    old.ignored = {"x"}
    store.save_draft(old)
    store.delete_draft(old.id)
    clock.advance(days=20)
    recent = store.create_draft(body_text="recent")
    store.delete_draft(recent.id)
    alive = store.create_draft(body_text="alive")
    clock.advance(days=11)
    assert store.purge_trash(older_than_days=30) == 1
    assert not store.has_draft(old.id)
    assert store.has_draft(recent.id) and store.has_draft(alive.id)
    # Attachments and ignores went with the draft (foreign keys cascade).
    db = store.connection
    assert db.execute("SELECT count(*) FROM draft_attachments").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM draft_ignores").fetchone()[0] == 0
    assert store.purge_trash(older_than_days=0) == 1
    assert [s.id for s in store.list_drafts(include_deleted=True)] == [alive.id]


def test_duplicate_copies_everything_under_a_new_id(store: Store) -> None:
    source = store.create_draft(HEADER, "<p>x</p>", "x")
    source.attachments = [AttachmentRecord("/a.pdf", "a.pdf", 5, "e" * 64)]
    source.ignored = {"k"}
    source.cursor_position = 1
    store.save_draft(source)
    copy = store.duplicate_draft(source.id)
    assert copy.id != source.id
    again = store.get_draft(copy.id)
    assert again.header == HEADER and again.body_html == "<p>x</p>"
    assert again.attachments == source.attachments and again.ignored == {"k"}
    assert again.display_title == "Ihre Bestellung (copy)"
    assert store.get_draft(source.id).display_title == "Ihre Bestellung"


def test_set_verdict_does_not_reorder_the_list(store: Store) -> None:
    first = store.create_draft()
    second = store.create_draft()
    store.set_verdict(first.id, "blocked")
    assert [s.id for s in store.list_drafts()] == [second.id, first.id]
    assert store.list_drafts()[1].verdict == "blocked"
    with pytest.raises(StoreError):
        store.set_verdict(first.id, "fine")


def test_app_state_and_the_open_draft(store: Store) -> None:
    assert store.get_state("missing", "default") == "default"
    store.set_state("k", "v1")
    store.set_state("k", "v2")
    assert store.get_state("k") == "v2"
    store.set_state("k", None)
    assert store.get_state("k") is None

    draft = store.create_draft()
    assert store.open_draft_id() is None
    store.remember_open_draft(draft.id)
    assert store.open_draft_id() == draft.id
    store.delete_draft(draft.id)
    assert store.open_draft_id() is None  # a trashed draft is not reopened


def test_reopening_finds_the_saved_draft_and_cursor(tmp_path: Path) -> None:
    with open_store(tmp_path) as first:
        draft = first.create_draft(body_text="Hello there")
        draft.cursor_position = 5
        first.save_draft(draft)
        first.remember_open_draft(draft.id)
    with open_store(tmp_path) as second:
        draft_id = second.open_draft_id()
        assert draft_id == draft.id
        assert second.get_draft(draft_id).cursor_position == 5


def test_injected_in_memory_connection_works() -> None:
    store = Store(sqlite3.connect(":memory:"))
    draft = store.create_draft(body_text="in memory")
    assert store.get_draft(draft.id).body_text == "in memory"
    assert store.journal_mode == "memory"


def test_seller_templates_crud(store: Store) -> None:
    mine = store.create_template("Late parcel", "Hello {buyer_name},\n\nSorry.",
                                 purpose="delivery-problem", language="de",
                                 subject="Order {order_id}", message_type="unexpectedProblem")
    other = store.create_template("Answer", "Thanks", language="en")
    assert [t.id for t in store.list_templates()] == [other.id, mine.id]  # by name
    assert [t.id for t in store.list_templates("de")] == [mine.id]
    changed = store.save_template(
        type(mine)(**{**mine.__dict__, "name": "Late parcel v2", "body": "New body"}))
    again = store.get_template(mine.id)
    assert (again.name, again.body) == ("Late parcel v2", "New body")
    assert again.updated_at == changed.updated_at > mine.updated_at
    store.delete_template(mine.id)
    with pytest.raises(TemplateNotFoundError):
        store.get_template(mine.id)
    with pytest.raises(TemplateNotFoundError):
        store.delete_template(mine.id)


def test_dictionary_add_list_remove(store: Store) -> None:
    store.add_word("en", "Oakfield")
    store.add_word("en", "Oakfield")
    store.add_word("en", "  ")
    store.add_word("de", "Spedition")
    assert store.words("en") == ["Oakfield"]
    assert store.words("de") == ["Spedition"]
    assert store.remove_word("en", "Oakfield") is True
    assert store.remove_word("en", "Oakfield") is False
    assert store.words("en") == []


def test_two_stores_on_one_file_see_each_others_saves(tmp_path: Path) -> None:
    with open_store(tmp_path) as one, open_store(tmp_path) as two:
        draft = one.create_draft(body_text="from one")
        assert two.get_draft(draft.id).body_text == "from one"
        copy = two.get_draft(draft.id)
        copy.body_text = "from two"
        two.save_draft(copy)
        assert one.get_draft(draft.id).body_text == "from two"


def test_draft_numbers_are_never_reused(tmp_path) -> None:
    from composer.store import open_store

    store = open_store(tmp_path)
    first = store.create_draft()
    second = store.create_draft()
    store.purge_draft(second.id)
    third = store.create_draft()
    assert third.id == second.id + 1 and first.id < second.id
    store.close()
    assert open_store(tmp_path).create_draft().id == third.id + 1
