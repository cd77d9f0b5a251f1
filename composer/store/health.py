"""Tell what state the drafts file is in before anything writes to it.

:func:`inspect_file` looks at the file without SQLite (a folder or a pipe where the
file should be, no permission to read it, 0 bytes, not SQLite at all), because SQLite
would happily turn an empty or foreign file into a new database, or block on a pipe.
:func:`check_ours`, :func:`check_pages` and :func:`probe_write` then ask SQLite, and
:func:`classify` turns whatever SQLite or the OS raised into a :class:`StoreProblem`.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from composer.store.problems import (
    DAMAGED,
    EMPTY,
    FOREIGN,
    LOCKED,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    UNREADABLE,
    UNUSABLE,
    StoreProblem,
    StoreProblemError,
    writable,
)
from composer.store.schema import CURRENT_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")

# Python 3.10 has no ``sqlite_errorname``: the same decision from SQLite's words.
_NAMES_BY_WORDS = (
    ("readonly database", "SQLITE_READONLY"),
    ("database is locked", "SQLITE_BUSY"),
    ("database table is locked", "SQLITE_LOCKED"),
    ("malformed", "SQLITE_CORRUPT"),
    ("not a database", "SQLITE_NOTADB"),
    ("unable to open", "SQLITE_CANTOPEN"),
    ("disk i/o error", "SQLITE_IOERR"),
    ("database or disk is full", "SQLITE_FULL"),
)


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def inspect_file(path: Path) -> StoreProblem | None:
    """Problems visible without SQLite; None for a plausible database or no file at all."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return StoreProblem(UNREADABLE, path, exc.strerror or str(exc))
    if stat.S_ISDIR(info.st_mode):
        return StoreProblem(FOREIGN, path, "It is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        return StoreProblem(FOREIGN, path, "It is not an ordinary file (a device or a pipe).")
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        return StoreProblem(UNREADABLE, path, exc.strerror or str(exc))
    if not head:
        # SQLite would take an empty file for a new database, and delete a WAL beside it.
        return StoreProblem(EMPTY, path, "The file is 0 bytes long.")
    if not head.startswith(SQLITE_MAGIC):
        return StoreProblem(FOREIGN, path, "It is not a database.")
    if len(head) < 100:
        return StoreProblem(DAMAGED, path, "The file is cut short.")
    return None


def error_name(error: BaseException) -> str:
    """SQLite's name for the error (``SQLITE_READONLY_DIRECTORY``), or a best guess."""
    name = getattr(error, "sqlite_errorname", "")
    if name:
        return str(name)
    text = str(error).lower()
    for words, guessed in _NAMES_BY_WORDS:
        if words in text:
            return guessed
    return ""


def classify(error: BaseException, path: Path) -> StoreProblem:
    """What an error from opening or probing the drafts file means for the seller."""
    folder = path.parent
    detail = str(error) or type(error).__name__
    if isinstance(error, StoreProblemError):
        return error.problem
    if isinstance(error, PermissionError):
        kind = READ_ONLY_FOLDER if folder.exists() and not writable(folder) else UNREADABLE
        return StoreProblem(kind, folder if kind == READ_ONLY_FOLDER else path, detail)
    name = error_name(error)
    if name:
        detail = f"{detail} ({name})"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreProblem(LOCKED, path, detail)
    if name == "SQLITE_READONLY_DIRECTORY" or (
            name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) and not writable(folder)):
        return StoreProblem(READ_ONLY_FOLDER, folder, detail)
    if name.startswith("SQLITE_READONLY"):
        return StoreProblem(READ_ONLY_FILE, path, detail)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreProblem(DAMAGED, path, detail)
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreProblem(UNREADABLE, path, detail)
    return StoreProblem(UNUSABLE, path, detail)


def check_ours(connection: sqlite3.Connection, path: Path) -> int:
    """Refuse a database of another program; return the schema version found.

    Version 0 with tables is someone else's database (ours get a version in the same
    transaction as their tables), and so is a versioned one with no drafts table.
    """
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if (version == 0 and tables) or (0 < version <= CURRENT_VERSION and "drafts" not in tables):
        raise StoreProblemError(StoreProblem(
            FOREIGN, path, "It is a database, but of another program."))
    return version


def check_pages(connection: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick check of every page (about 10 ms for 2,000 drafts)."""
    result = str(connection.execute("PRAGMA quick_check(1)").fetchone()[0])
    if result != "ok":
        lines = [line for line in result.splitlines() if not line.startswith("***")]
        detail = f"SQLite's check: {lines[0] if lines else result}"
        raise StoreProblemError(StoreProblem(DAMAGED, path, detail))


def probe_write(connection: sqlite3.Connection, busy_ms: int) -> None:
    """Take the write lock and change a header field, then roll back: nothing is written.

    ``BEGIN IMMEDIATE`` alone succeeds on a read-only file in WAL mode, so a real
    change is needed to hear "read-only" now rather than at the first autosave.
    """
    connection.execute(f"PRAGMA busy_timeout = {int(busy_ms):d}")
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(f"PRAGMA user_version = {version:d}")
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")


def tighten(path: Path) -> None:
    """Drop group and other access from the drafts file and its side files (POSIX).

    Only bits are removed: a read-only file stays read-only. SQLite gives a new WAL
    the main file's mode, so this also keeps the WAL and SHM private.
    """
    if os.name == "nt":
        return
    for candidate in (path, *(side_file(path, s) for s in SIDE_FILES)):
        try:
            info = os.stat(candidate)
            if info.st_uid == os.geteuid() and info.st_mode & 0o077:
                os.chmod(candidate, stat.S_IMODE(info.st_mode) & 0o700)
        except OSError:
            continue
