"""The draft store: one SQLite database in the data folder (no Qt).

Durability: WAL journal with ``synchronous=NORMAL``. Every save is one
transaction, so a crash or ``kill -9`` leaves each draft as it was at its last
committed save; WAL keeps the file consistent. On *power loss* NORMAL may lose
the last transaction or two (FULL would fsync every commit); an autosave every
couple of seconds makes that a few seconds of typing, and saves stay cheap.

The connection is injected (``Store(connection)``) so tests can use a temporary
database; :func:`open_store` makes the real one.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from composer.message.header import Header
from composer.store.errors import (
    DraftNotFoundError,
    NewerDatabaseError,
    ReadOnlyStoreError,
    StoreError,
)
from composer.store.health import (
    SIDE_FILES,
    check_ours,
    check_pages,
    classify,
    inspect_file,
    probe_write,
    side_file,
    tighten,
)
from composer.store.inboxstore import InboxMixin
from composer.store.library import LibraryMixin
from composer.store.problems import (
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    StoreProblem,
    StoreProblemError,
    folder_problem,
    writable,
)
from composer.store.records import (
    VERDICTS,
    AttachmentRecord,
    Draft,
    DraftSummary,
    derive_title,
)
from composer.store.schema import check_not_newer, migrate
from composer.store.sending import SentLogMixin

DB_NAME = "drafts.sqlite3"
BUSY_TIMEOUT_MS = 5000
OPEN_DRAFT_KEY = "open_draft_id"
LAST_DRAFT_ID_KEY = "last_draft_id"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """One timestamp format everywhere (UTC, microseconds), so text order is time order."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _fold(value: object) -> str:
    """Case-insensitive search that also works for Ä, É, ß (SQLite's LIKE only folds ASCII)."""
    return str(value).casefold() if value is not None else ""


_DRAFT_COLUMNS = (
    "id, to_addr, order_id, order_date, message_type, buyer_language, subject, product_name, "
    "delivery_date, buyer_message_at, body_html, body_text, cursor_position, title, "
    "created_at, updated_at, deleted_at, verdict, extra"
)
_HEADER_COLUMNS = ("to_addr", "order_id", "order_date", "message_type", "buyer_language",
                   "subject", "product_name", "delivery_date", "buyer_message_at")


def connect(path: Path | str) -> sqlite3.Connection:
    """Open a connection with the settings the store relies on."""
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                                 isolation_level=None, check_same_thread=False)
    return connection


def open_store(data_dir: Path, clock: Clock = utc_now, *, busy_ms: int = BUSY_TIMEOUT_MS,
               opener: Callable[[Path], sqlite3.Connection] | None = None) -> Store:
    """Create the data folder and the database if needed, upgrade it, and return the store.

    Before anything is written the file is checked (see :mod:`composer.store.health`):
    an empty or foreign file, damaged pages, a read-only file or folder, or another
    program holding the write lock raise :class:`StoreProblemError`, whose ``problem``
    says what is wrong and where. A 0-byte or foreign file is never replaced.
    ``opener`` replaces :func:`connect` (tests open the file ``mode=ro`` with it, since
    file modes do not stop root).
    """
    data_dir = Path(data_dir)
    from composer.appdata.paths import ensure_data_dir

    try:
        ensure_data_dir(data_dir)
    except OSError as exc:
        raise StoreProblemError(folder_problem(data_dir, exc)) from exc
    path = data_dir / DB_NAME
    problem = inspect_file(path) or _permission_problem(path)
    if problem is not None:
        raise StoreProblemError(problem)
    try:
        if not path.exists():
            create_database(path)
        tighten(path)
        connection = (opener or connect)(path)
    except (sqlite3.Error, OSError) as exc:
        raise StoreProblemError(classify(exc, path)) from exc
    try:
        check_ours(connection, path)
        check_not_newer(connection)
        check_pages(connection, path)
        probe_write(connection, busy_ms)
        return Store(connection, clock=clock)
    except NewerDatabaseError:
        connection.close()
        raise
    except (sqlite3.Error, OSError) as exc:
        connection.close()
        raise StoreProblemError(classify(exc, path)) from exc
    except BaseException:
        connection.close()
        raise


def _permission_problem(path: Path) -> StoreProblem | None:
    """A read-only folder or file, said before SQLite leaves a WAL and SHM beside it.

    The write probe in :func:`open_store` still catches what permissions do not show.
    """
    if not writable(path.parent):
        return StoreProblem(READ_ONLY_FOLDER, path.parent, "No permission to write here.")
    if path.exists() and not writable(path):
        return StoreProblem(READ_ONLY_FILE, path, "No permission to change the file.")
    return None


def create_database(path: Path) -> None:
    """Make a new, empty, up-to-date drafts file, readable by its owner only (0600).

    It is built under a temporary name and renamed into place, so a crash never
    leaves a 0-byte ``drafts.sqlite3`` behind (which would then, rightly, be refused).
    The WAL and SHM files SQLite makes later take the file's mode.
    """
    temporary = path.with_name(f"{path.name}.new-{os.getpid()}")
    for stale in (temporary, *(side_file(temporary, s) for s in SIDE_FILES)):
        stale.unlink(missing_ok=True)
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        connection = connect(temporary)
        try:
            Store(connection)
        finally:
            connection.close()
        if not path.exists():
            os.replace(temporary, path)
    finally:
        for leftover in (temporary, *(side_file(temporary, s) for s in SIDE_FILES)):
            leftover.unlink(missing_ok=True)


T = TypeVar("T")
# What opening or reading a store can raise: a command says so in words instead.
STORE_ERRORS: tuple[type[BaseException], ...] = (StoreError, sqlite3.Error, OSError)


def with_existing_store(data_dir: Path, use: Callable[[Store], T]) -> T | None:
    """Run ``use`` on the folder's store if the folder already has one; None when not.

    The command-line tools read and log through this, so checking or exporting a file
    never creates a database. Errors (see :data:`STORE_ERRORS`) are the caller's to word.
    """
    if not (Path(data_dir) / DB_NAME).exists():
        return None
    with open_store(Path(data_dir)) as store:
        return use(store)


class Store(SentLogMixin, LibraryMixin, InboxMixin):
    """Drafts, templates, the dictionary, the sent log and outbox, buyer messages, app state.

    Each public method is one transaction. The connection is switched to
    autocommit mode so the store decides where transactions begin and end.
    Use it from one thread at a time.

    ``read_only``: the connection is a private snapshot (see ``open_read_only``) and
    every change raises :class:`ReadOnlyStoreError`, except the app's own tidying
    (emptying old trash, pruning the sent log, dropping an untouched empty draft,
    remembering the open draft, the last check's verdict), which is skipped quietly:
    none of it is the seller's work, and nothing pretends to be saved.
    """

    def __init__(self, connection: sqlite3.Connection, clock: Clock = utc_now, *,
                 read_only: bool = False, read_only_reason: str = "") -> None:
        self.connection = connection
        self._clock = clock
        self._depth = 0
        self.read_only = read_only
        self.read_only_reason = read_only_reason  # for the window's banner
        connection.isolation_level = None
        connection.row_factory = sqlite3.Row
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        connection.execute("PRAGMA foreign_keys = ON")
        check_not_newer(connection)  # before WAL: a newer app's file is left byte for byte
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] \
            if not read_only else "memory"
        self.journal_mode = str(mode).lower()  # "memory" for in-memory databases
        if not read_only:
            connection.execute("PRAGMA synchronous = NORMAL")
        connection.create_function("sc_fold", 1, _fold, deterministic=True)
        self.migrated_from = migrate(connection)

    # ------------------------------------------------------------------ plumbing

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested uses join the outer one."""
        if self.read_only:
            raise ReadOnlyStoreError()
        if self._depth:
            self._depth += 1
            try:
                yield self.connection
            finally:
                self._depth -= 1
            return
        self.connection.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.connection
        except BaseException:
            self._depth = 0
            self.connection.execute("ROLLBACK")
            raise
        self._depth = 0
        self.connection.execute("COMMIT")

    def _now(self) -> str:
        return iso(self._clock())

    def integrity_ok(self) -> bool:
        return self.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # ------------------------------------------------------------------ drafts

    def create_draft(self, header: Header | None = None, body_html: str = "",
                     body_text: str = "") -> Draft:
        """Start a new draft and store it at once, so even an empty draft survives a crash."""
        header = header or Header()
        now = self._now()
        with self.transaction() as db:
            # Numbers are never reused, even after a draft is deleted for good, so a number
            # seen in `drafts list` always means the same draft.
            row = db.execute("SELECT value FROM app_state WHERE key = ?",
                             (LAST_DRAFT_ID_KEY,)).fetchone()
            highest = db.execute("SELECT COALESCE(MAX(id), 0) FROM drafts").fetchone()[0]
            draft_id = max(int(row[0]) if row else 0, int(highest)) + 1
            columns = ("id", *_HEADER_COLUMNS, "body_html", "body_text", "created_at",
                       "updated_at")
            db.execute(
                f"INSERT INTO drafts ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                (draft_id, *_header_values(header), body_html, body_text, now, now),
            )
            db.execute("INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)",
                       (LAST_DRAFT_ID_KEY, str(draft_id)))
        return self.get_draft(draft_id)

    def get_draft(self, draft_id: int) -> Draft:
        """The whole draft, with its attachments and ignored findings."""
        row = self.connection.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)
        ).fetchone()
        if row is None:
            raise DraftNotFoundError(draft_id)
        attachments = [
            AttachmentRecord(path=r["path"], name=r["name"], size=r["size"],
                             sha256=r["sha256"], added_at=r["added_at"])
            for r in self.connection.execute(
                "SELECT path, name, size, sha256, added_at FROM draft_attachments "
                "WHERE draft_id = ? ORDER BY position", (draft_id,))
        ]
        ignored = {r[0] for r in self.connection.execute(
            "SELECT key FROM draft_ignores WHERE draft_id = ?", (draft_id,))}
        return Draft(
            id=row["id"],
            header=_header(row),
            body_html=row["body_html"],
            body_text=row["body_text"],
            cursor_position=row["cursor_position"],
            title=row["title"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            deleted_at=row["deleted_at"],
            verdict=row["verdict"],
            attachments=attachments,
            ignored=ignored,
            extra=_load_extra(row["extra"]),
        )

    def has_draft(self, draft_id: int) -> bool:
        return self.connection.execute(
            "SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone() is not None

    def save_draft(self, draft: Draft) -> Draft:
        """Write the whole draft in one transaction and stamp ``updated_at`` (also on ``draft``)."""
        if draft.verdict is not None and draft.verdict not in VERDICTS:
            raise StoreError(f"Unknown verdict {draft.verdict!r}; use one of {VERDICTS}.")
        now = self._now()
        with self.transaction() as db:
            cursor = db.execute(
                f"UPDATE drafts SET {', '.join(c + ' = ?' for c in _HEADER_COLUMNS)}, "
                "body_html = ?, body_text = ?, "
                "cursor_position = ?, title = ?, verdict = ?, extra = ?, updated_at = ? "
                "WHERE id = ?",
                (*_header_values(draft.header), draft.body_html, draft.body_text,
                 int(draft.cursor_position), draft.title, draft.verdict,
                 json.dumps(draft.extra, ensure_ascii=False), now, draft.id),
            )
            if cursor.rowcount == 0:
                raise DraftNotFoundError(draft.id)
            self._write_children(draft.id, draft.attachments, draft.ignored)
        draft.updated_at = now
        return draft

    def _write_children(self, draft_id: int, attachments: Iterable[AttachmentRecord],
                        ignored: Iterable[str]) -> None:
        db = self.connection
        db.execute("DELETE FROM draft_attachments WHERE draft_id = ?", (draft_id,))
        db.executemany(
            "INSERT INTO draft_attachments (draft_id, position, path, name, size, sha256, "
            "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(draft_id, position, a.path, a.name, a.size, a.sha256, a.added_at)
             for position, a in enumerate(attachments)],
        )
        db.execute("DELETE FROM draft_ignores WHERE draft_id = ?", (draft_id,))
        db.executemany("INSERT INTO draft_ignores (draft_id, key) VALUES (?, ?)",
                       [(draft_id, key) for key in sorted(set(ignored))])

    def list_drafts(self, search: str = "", include_deleted: bool = False) -> list[DraftSummary]:
        """The drafts panel, newest change first.

        ``search`` matches any part of the title, subject, text, order ID or To
        address, ignoring case (also for non-English letters). Trashed drafts
        are left out unless ``include_deleted``.
        """
        where: list[str] = []
        params: list[Any] = []
        if not include_deleted:
            where.append("deleted_at IS NULL")
        needle = _fold(search.strip())
        if needle:
            where.append(
                "(instr(sc_fold(subject), ?) OR instr(sc_fold(body_text), ?) OR "
                "instr(sc_fold(order_id), ?) OR instr(sc_fold(to_addr), ?) OR "
                "instr(sc_fold(coalesce(title, '')), ?))"
            )
            params += [needle] * 5
        # Only the text's start is needed for a title; the whole text stays in the database.
        sql = ("SELECT id, title, subject, substr(body_text, 1, 1000) AS body_text, order_id, "
               "message_type, updated_at, verdict, deleted_at, buyer_message_at, "
               "(SELECT MIN(s.sent_at) FROM sent_log s WHERE s.draft_id = drafts.id "
               "AND s.route != 'request-a-review') AS answered_at FROM drafts")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY updated_at DESC, id DESC"
        return [
            DraftSummary(
                id=r["id"],
                title=derive_title(r["title"], r["subject"], r["body_text"]),
                order_id=r["order_id"],
                message_type=r["message_type"],
                updated_at=r["updated_at"],
                verdict=r["verdict"],
                deleted_at=r["deleted_at"],
                buyer_message_at=_moment(r["buyer_message_at"]),
                answered_at=_moment(r["answered_at"]),
            )
            for r in self.connection.execute(sql, params)
        ]

    def trash(self) -> list[DraftSummary]:
        """Drafts in the trash, most recently deleted first."""
        items = [s for s in self.list_drafts(include_deleted=True) if s.deleted_at]
        return sorted(items, key=lambda s: s.deleted_at or "", reverse=True)

    def attachment_in_use(self, path: str, except_draft: int) -> bool:
        """Whether a draft other than ``except_draft`` has the file at ``path`` attached."""
        return self.connection.execute(
            "SELECT 1 FROM draft_attachments WHERE path = ? AND draft_id != ? LIMIT 1",
            (path, except_draft)).fetchone() is not None

    def answered_at(self, draft_id: int) -> datetime | None:
        """When a draft first left as an answer (copied, exported or sent), else None."""
        row = self.connection.execute(
            "SELECT MIN(sent_at) FROM sent_log WHERE draft_id = ? "
            "AND route != 'request-a-review'", (draft_id,)).fetchone()
        return _moment(row[0] if row else None)

    def duplicate_draft(self, draft_id: int) -> Draft:
        """A new draft with the same header, text, files and ignores; titled "… (copy)"."""
        source = self.get_draft(draft_id)
        with self.transaction():
            copy = self.create_draft(source.header, source.body_html, source.body_text)
            copy.cursor_position = source.cursor_position
            copy.title = f"{source.display_title} (copy)"
            copy.verdict = source.verdict
            copy.attachments = list(source.attachments)
            copy.ignored = set(source.ignored)
            copy.extra = dict(source.extra)
            self.save_draft(copy)
        return copy

    def rename_draft(self, draft_id: int, title: str) -> None:
        """Give the draft a name of its own; an empty name goes back to the derived title."""
        cleaned = " ".join(title.split()) or None
        self._update(draft_id, "title = ?, updated_at = ?", (cleaned, self._now()))

    def set_verdict(self, draft_id: int, verdict: str | None) -> None:
        """Remember the last check's outcome without touching ``updated_at``."""
        if self.read_only:
            return
        if verdict is not None and verdict not in VERDICTS:
            raise StoreError(f"Unknown verdict {verdict!r}; use one of {VERDICTS}.")
        self._update(draft_id, "verdict = ?", (verdict,))

    def delete_draft(self, draft_id: int) -> None:
        """Move the draft to the trash (undo with :meth:`restore_draft`)."""
        self._update(draft_id, "deleted_at = ?", (self._now(),))

    def restore_draft(self, draft_id: int) -> None:
        self._update(draft_id, "deleted_at = NULL", ())

    def _update(self, draft_id: int, assignments: str, params: tuple[Any, ...]) -> None:
        with self.transaction() as db:
            cursor = db.execute(f"UPDATE drafts SET {assignments} WHERE id = ?",
                                (*params, draft_id))
            if cursor.rowcount == 0:
                raise DraftNotFoundError(draft_id)

    def purge_draft(self, draft_id: int) -> None:
        """Delete a draft for good, with its attachments list and ignores."""
        if self.read_only:  # only ever used to drop an untouched empty draft
            return
        with self.transaction() as db:
            if db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount == 0:
                raise DraftNotFoundError(draft_id)

    def purge_trash(self, older_than_days: float = 30) -> int:
        """Empty the trash of drafts deleted at least ``older_than_days`` ago; return how many."""
        if self.read_only:
            return 0
        cutoff = iso(self._clock() - timedelta(days=older_than_days))
        with self.transaction() as db:
            cursor = db.execute(
                "DELETE FROM drafts WHERE deleted_at IS NOT NULL AND deleted_at <= ?", (cutoff,))
            return cursor.rowcount

    # ------------------------------------------------------------------ app state

    def set_state(self, key: str, value: str | None) -> None:
        """Remember a small value across runs (None forgets it)."""
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM app_state WHERE key = ?", (key,))
            else:
                db.execute("INSERT INTO app_state (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self.connection.execute("SELECT value FROM app_state WHERE key = ?",
                                      (key,)).fetchone()
        return default if row is None else row[0]

    def remember_open_draft(self, draft_id: int | None) -> None:
        if self.read_only:
            return
        self.set_state(OPEN_DRAFT_KEY, None if draft_id is None else str(draft_id))

    def open_draft_id(self) -> int | None:
        """The draft that was open last time, if it still exists and is not in the trash."""
        value = self.get_state(OPEN_DRAFT_KEY)
        if value is None or not value.isdigit():
            return None
        row = self.connection.execute(
            "SELECT 1 FROM drafts WHERE id = ? AND deleted_at IS NULL", (int(value),)).fetchone()
        return int(value) if row else None


def _header_values(header: Header) -> tuple[Any, ...]:
    """The header as values for :data:`_HEADER_COLUMNS`, in that order."""
    return (
        header.to,
        header.order_id,
        header.order_date.isoformat() if header.order_date else None,
        header.message_type,
        header.buyer_language,
        header.subject,
        header.product_name,
        header.delivery_date.isoformat() if header.delivery_date else None,
        iso(header.buyer_message_at) if header.buyer_message_at else None,
    )


def _day(text: str | None) -> date | None:
    """A stored date; a damaged one is dropped rather than losing the draft."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _moment(text: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def _header(row: sqlite3.Row) -> Header:
    return Header(
        to=row["to_addr"],
        order_id=row["order_id"],
        order_date=_day(row["order_date"]),
        message_type=row["message_type"],
        buyer_language=row["buyer_language"],
        subject=row["subject"],
        product_name=row["product_name"],
        delivery_date=_day(row["delivery_date"]),
        buyer_message_at=_moment(row["buyer_message_at"]),
    )


def _load_extra(text: str | None) -> dict[str, Any]:
    """Unknown keys from a newer app are kept, and a damaged value does not lose the draft."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
