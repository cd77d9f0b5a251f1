"""Schema upgrades: an old data folder keeps every draft; a newer one is never touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from composer.store import CURRENT_VERSION, NewerDatabaseError, open_store, schema

# The first release's schema, written out by hand (not imported), as a v1 file holds it.
V1_SQL = """
CREATE TABLE drafts (id INTEGER PRIMARY KEY, to_addr TEXT NOT NULL DEFAULT '',
  order_id TEXT NOT NULL DEFAULT '', order_date TEXT, message_type TEXT NOT NULL DEFAULT 'reply',
  buyer_language TEXT NOT NULL DEFAULT 'en', subject TEXT NOT NULL DEFAULT '',
  body_html TEXT NOT NULL DEFAULT '', body_text TEXT NOT NULL DEFAULT '',
  cursor_position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  deleted_at TEXT, verdict TEXT, extra TEXT NOT NULL DEFAULT '{}');
CREATE TABLE draft_attachments (draft_id INTEGER NOT NULL REFERENCES drafts(id)
  ON DELETE CASCADE, position INTEGER NOT NULL, path TEXT NOT NULL, name TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0, sha256 TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL DEFAULT '', PRIMARY KEY (draft_id, position));
CREATE TABLE draft_ignores (draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  key TEXT NOT NULL, PRIMARY KEY (draft_id, key));
CREATE TABLE templates (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'en',
  subject TEXT NOT NULL DEFAULT '', body_text TEXT NOT NULL DEFAULT '', body_html TEXT,
  message_type TEXT, builtin INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE dictionary (language TEXT NOT NULL, word TEXT NOT NULL, UNIQUE (language, word));
CREATE TABLE sent_log (id INTEGER PRIMARY KEY, sent_at TEXT NOT NULL,
  order_id TEXT NOT NULL DEFAULT '', message_type TEXT, subject TEXT NOT NULL DEFAULT '',
  route TEXT NOT NULL DEFAULT '', body_sha256 TEXT NOT NULL DEFAULT '',
  attachment_names TEXT NOT NULL DEFAULT '[]');
CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT);
PRAGMA user_version = 1;
"""

V1_DRAFTS = [
    (1, "a@marketplace.amazon.de", "302-1234567-7654321", "2026-09-30", "unexpectedProblem", "de",
     "Lieferverzögerung", "<p>Guten Tag</p>", "Guten Tag", 4, "2026-10-01T08:00:00.000000+00:00",
     "2026-10-02T08:00:00.000000+00:00", None, "ready", '{"kept": true}'),
    (2, "", "", None, "reply", "en", "", "<p>Old reply</p>", "Old reply\nsecond", 0,
     "2026-10-03T08:00:00.000000+00:00", "2026-10-03T09:00:00.000000+00:00",
     "2026-10-04T08:00:00.000000+00:00", None, "{}"),
    (3, "", "113-4567890-1234567", None, "invoice", "en", "Invoice", "", "Please find attached",
     12, "2026-10-05T08:00:00.000000+00:00", "2026-10-05T08:30:00.000000+00:00", None, "blocked",
     "{}"),
]


def make_v1(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(V1_SQL)
    db.executemany("INSERT INTO drafts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", V1_DRAFTS)
    db.execute("INSERT INTO draft_attachments VALUES (3, 0, '/inv/1.pdf', '1.pdf', 2048, "
               "'ab', '2026-10-05T08:10:00+00:00')")
    db.execute("INSERT INTO draft_ignores VALUES (1, 'phone-number:0301234567')")
    db.execute("INSERT INTO templates VALUES (1, 'Mine', 'x', 'en', 'S', 'Body', NULL, 'reply', "
               "0, '2026-10-01', '2026-10-01')")
    db.execute("INSERT INTO dictionary VALUES ('en', 'Oakfield')")
    db.execute("INSERT INTO app_state VALUES ('open_draft_id', '3')")
    db.commit()
    db.close()


def test_a_version_1_database_upgrades_and_keeps_every_draft(tmp_path: Path) -> None:
    make_v1(tmp_path / "drafts.sqlite3")
    with open_store(tmp_path) as store:
        assert store.migrated_from == 1
        assert schema.user_version(store.connection) == CURRENT_VERSION
        assert store.integrity_ok()
        for row in V1_DRAFTS:
            draft = store.get_draft(row[0])
            assert draft.header.to == row[1]
            assert draft.header.order_id == row[2]
            assert (draft.header.order_date.isoformat() if draft.header.order_date
                    else None) == row[3]
            assert (draft.header.message_type, draft.header.buyer_language) == row[4:6]
            assert draft.header.subject == row[6]
            assert (draft.body_html, draft.body_text, draft.cursor_position) == row[7:10]
            assert (draft.created_at, draft.updated_at, draft.deleted_at) == row[10:13]
            assert draft.verdict == row[13]
            assert draft.title is None  # the column version 2 added
        assert store.get_draft(1).extra == {"kept": True}
        assert [a.name for a in store.get_draft(3).attachments] == ["1.pdf"]
        assert store.get_draft(1).ignored == {"phone-number:0301234567"}
        assert [t.name for t in store.list_templates()] == ["Mine"]
        assert store.words("en") == ["Oakfield"]
        assert store.open_draft_id() == 3
        assert [s.title for s in store.list_drafts()] == ["Invoice", "Lieferverzögerung"]
        store.rename_draft(2, "Renamed after upgrade")  # the new column works
        assert store.get_draft(2).title == "Renamed after upgrade"


def test_opening_twice_does_not_migrate_again(tmp_path: Path) -> None:
    make_v1(tmp_path / "drafts.sqlite3")
    open_store(tmp_path).close()
    with open_store(tmp_path) as store:
        assert store.migrated_from == CURRENT_VERSION


def test_a_fresh_database_runs_every_migration(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        # Built under a temporary name from version 0 and renamed into place, so the store
        # that opens it finds it up to date.
        assert store.migrated_from == CURRENT_VERSION
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        tables = {r[0] for r in store.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"drafts", "draft_attachments", "draft_ignores", "templates", "dictionary",
                "sent_log", "app_state"} <= tables


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    make_v1(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 5}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="written by a newer Seller Composer") as info:
        open_store(tmp_path)
    assert info.value.found == CURRENT_VERSION + 5
    assert "Your drafts have not been changed" in str(info.value)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION + 5
    assert "title" not in {r[1] for r in db.execute("PRAGMA table_info(drafts)")}
    assert db.execute("SELECT count(*) FROM drafts").fetchone()[0] == len(V1_DRAFTS)
    db.close()
    assert path.read_bytes() == before


def test_a_failing_migration_rolls_back_to_the_old_version(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    make_v1(tmp_path / "drafts.sqlite3")

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE drafts ADD COLUMN half_done TEXT")
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(RuntimeError):
        open_store(tmp_path)
    db = sqlite3.connect(tmp_path / "drafts.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = {r[1] for r in db.execute("PRAGMA table_info(drafts)")}
    assert "half_done" not in columns and "title" not in columns
    assert db.execute("SELECT count(*) FROM drafts").fetchone()[0] == len(V1_DRAFTS)
    db.close()
