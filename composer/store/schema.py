"""The database schema as a list of migrations, numbered by ``PRAGMA user_version``.

Migration *n* takes a version *n-1* database to version *n*. They run in order,
all inside one transaction, so a crash mid-upgrade leaves the old version intact.
Never edit a shipped migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from composer.store.errors import NewerDatabaseError

Migration = Callable[[sqlite3.Connection], None]

# Version 1: the first schema, as the first release wrote it.
SCHEMA_V1 = """
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    to_addr TEXT NOT NULL DEFAULT '',
    order_id TEXT NOT NULL DEFAULT '',
    order_date TEXT,
    message_type TEXT NOT NULL DEFAULT 'reply',
    buyer_language TEXT NOT NULL DEFAULT 'en',
    subject TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL DEFAULT '',
    cursor_position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    verdict TEXT,
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE draft_attachments (
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, position)
);
CREATE TABLE draft_ignores (
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (draft_id, key)
);
CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    subject TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL DEFAULT '',
    body_html TEXT,
    message_type TEXT,
    builtin INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE dictionary (
    language TEXT NOT NULL,
    word TEXT NOT NULL,
    UNIQUE (language, word)
);
CREATE TABLE sent_log (
    id INTEGER PRIMARY KEY,
    sent_at TEXT NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    message_type TEXT,
    subject TEXT NOT NULL DEFAULT '',
    route TEXT NOT NULL DEFAULT '',
    body_sha256 TEXT NOT NULL DEFAULT '',
    attachment_names TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""

# Version 2: "Rename" gets its own column (a renamed draft keeps its subject), and the
# drafts list, sorted by last change, gets an index.
SCHEMA_V2 = """
ALTER TABLE drafts ADD COLUMN title TEXT;
CREATE INDEX drafts_by_update ON drafts (deleted_at, updated_at);
"""


# Version 3: the header's product name, delivery date and the buyer's message time (the
# 24-hour reply clock); the sent log learns the recipient, what the message asked for and
# its draft; and the outbox keeps messages waiting for a connection, as the exact .eml bytes.
SCHEMA_V3 = """
ALTER TABLE drafts ADD COLUMN product_name TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN delivery_date TEXT;
ALTER TABLE drafts ADD COLUMN buyer_message_at TEXT;
ALTER TABLE sent_log ADD COLUMN recipient TEXT NOT NULL DEFAULT '';
ALTER TABLE sent_log ADD COLUMN requests TEXT NOT NULL DEFAULT '[]';
ALTER TABLE sent_log ADD COLUMN draft_id INTEGER;
CREATE INDEX sent_log_by_time ON sent_log (sent_at);
CREATE INDEX sent_log_by_order ON sent_log (order_id);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    eml BLOB NOT NULL,
    record TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_try_at TEXT
);
"""


# Version 4: buyer messages (issue 16). Amazon's notification e-mails, read by
# composer.inbox: buyer messages, customer-service relays and delivery notices in one table
# (``kind``), the orders each names, the buyer's files (kept in the data folder); the sent
# log learns which buyer message a reply answers and which notice refused a message; and
# the mailbox check remembers how far it read (UIDVALIDITY and the last UID per folder).
SCHEMA_V4 = """
CREATE TABLE inbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    message_id TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    relay TEXT NOT NULL DEFAULT '',
    buyer_name TEXT NOT NULL DEFAULT '',
    marketplace TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    order_id TEXT NOT NULL DEFAULT '',
    asin TEXT NOT NULL DEFAULT '',
    product_title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '[]',
    delivered_to TEXT NOT NULL DEFAULT '',
    notice TEXT NOT NULL DEFAULT '',
    notice_until TEXT,
    notice_subject TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'waiting',
    marked_at TEXT,
    imported_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inbox_by_message_id ON inbox (message_id);
CREATE INDEX inbox_by_kind ON inbox (kind, received_at);
CREATE INDEX inbox_by_relay ON inbox (relay);
CREATE TABLE inbox_orders (
    inbox_id INTEGER NOT NULL REFERENCES inbox(id) ON DELETE CASCADE,
    order_id TEXT NOT NULL,
    PRIMARY KEY (inbox_id, order_id)
);
CREATE INDEX inbox_orders_by_order ON inbox_orders (order_id);
CREATE TABLE inbox_files (
    inbox_id INTEGER NOT NULL REFERENCES inbox(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (inbox_id, position)
);
ALTER TABLE sent_log ADD COLUMN buyer_message_id INTEGER;
ALTER TABLE sent_log ADD COLUMN refused_by INTEGER;
CREATE INDEX sent_log_by_buyer_message ON sent_log (buyer_message_id);
CREATE TABLE mailbox_sync (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (account, folder)
);
"""

# Version 5: the sent log keeps the blocking problems the seller chose to ignore (issue 15).
SCHEMA_V5 = """
ALTER TABLE sent_log ADD COLUMN ignored TEXT NOT NULL DEFAULT '[]';
"""


def _script(sql: str) -> Migration:
    """A migration from SQL text. ``executescript`` would COMMIT; run statement by statement."""

    def run(connection: sqlite3.Connection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                connection.execute(statement)

    return run


MIGRATIONS: tuple[Migration, ...] = (_script(SCHEMA_V1), _script(SCHEMA_V2), _script(SCHEMA_V3),
                                      _script(SCHEMA_V4), _script(SCHEMA_V5))
CURRENT_VERSION = len(MIGRATIONS)


def user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(connection: sqlite3.Connection) -> int:
    """Refuse a database from a newer app before anything writes to it."""
    found = user_version(connection)
    if found > CURRENT_VERSION:
        raise NewerDatabaseError(found, CURRENT_VERSION)
    return found


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database up to :data:`CURRENT_VERSION`; return the version it had.

    A database from a newer app raises :class:`NewerDatabaseError` and is left as it is:
    an old app must never "downgrade" data it does not understand.
    The connection must be in autocommit mode (``isolation_level=None``).
    """
    found = check_not_newer(connection)
    if found == CURRENT_VERSION:
        return found  # the common case: no write lock taken at start-up
    connection.execute("BEGIN IMMEDIATE")
    try:
        found = user_version(connection)  # another copy may have upgraded it meanwhile
        if found > CURRENT_VERSION:
            raise NewerDatabaseError(found, CURRENT_VERSION)
        for number in range(found + 1, CURRENT_VERSION + 1):
            MIGRATIONS[number - 1](connection)
        if found != CURRENT_VERSION:
            connection.execute(f"PRAGMA user_version = {CURRENT_VERSION:d}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return found
