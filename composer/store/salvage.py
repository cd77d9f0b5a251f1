"""Reading drafts that cannot be opened normally, and making a repaired copy (no Qt).

- :func:`open_read_only` gives a :class:`Store` on a private in-memory snapshot. The
  drafts file is opened with SQLite's ``mode=ro`` (``immutable`` when no WAL is beside
  it), so nothing is written, locked or migrated on disk; when even that is refused (a
  read-only folder cannot hold SQLite's ``-shm``) a private copy is read instead.
  ``drafts list`` / ``drafts show`` and the app's "Open read-only" use it.
- :func:`make_repaired_copy` saves every row that can still be read into a new drafts
  file and keeps the original beside it under a dated name. SQLite's own ``.recover``
  (the ``sqlite3`` program) is tried when it is installed; the row-by-row salvage here
  always runs, and whichever gets more drafts back is used.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from composer.store.db import DB_NAME, Store, connect, create_database
from composer.store.errors import NewerDatabaseError
from composer.store.health import (
    SIDE_FILES,
    check_ours,
    check_pages,
    classify,
    error_name,
    inspect_file,
    side_file,
)
from composer.store.problems import (
    DAMAGED,
    EMPTY,
    FOREIGN,
    NEWER,
    READ_ONLY_FOLDER,
    StoreProblem,
    StoreProblemError,
    writable,
)
from composer.words import Words

# The program that runs SQLite's ``.recover``; None means "the sqlite3 program, if installed".
RECOVER_COMMAND: list[str] | None = None
RECOVER_TIMEOUT_S = 120
_FIRST_ROWID = -(2 ** 63)
_LAST_ROWID = 2 ** 63 - 1
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")

# The tables the repair report counts, in its order (store.json "repair.<table>_one/_many").
_ROW_NAMES = ("drafts", "templates", "dictionary", "sent_log", "outbox", "inbox")


# ---------------------------------------------------------------------------- reading


def _memory() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)


@contextmanager
def _private_copy(path: Path) -> Iterator[sqlite3.Connection]:
    """The drafts file (with its WAL) copied into a private temporary folder, opened there.

    SQLite may then replay the WAL and take its locks on the copy, never on the original.
    """
    with tempfile.TemporaryDirectory(prefix="seller-composer-") as scratch:
        copy = Path(scratch) / DB_NAME
        try:
            shutil.copyfile(path, copy)
            for suffix in ("-wal", "-journal"):
                if side_file(path, suffix).exists():
                    shutil.copyfile(side_file(path, suffix), side_file(copy, suffix))
        except OSError as exc:
            raise StoreProblemError(classify(exc, path)) from exc
        connection = connect(copy)
        try:
            yield connection
        finally:
            connection.close()


@contextmanager
def _readable(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that reads the drafts file and writes nothing at all beside it."""
    connection = _open_directly(path)
    if connection is None:  # refused (a read-only folder, a lock): read a private copy
        with _private_copy(path) as copy:
            yield copy
        return
    try:
        yield connection
    finally:
        connection.close()


def _open_directly(path: Path) -> sqlite3.Connection | None:
    """``mode=ro`` (``immutable`` with no WAL or journal beside it); None when refused.

    A damaged file is still returned: what can be read of it is wanted.
    """
    wal = side_file(path, "-wal")
    busy = (wal.exists() and wal.stat().st_size > 0) or side_file(path, "-journal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro" if busy else "?mode=ro&immutable=1")
    connection: sqlite3.Connection | None = None
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None,
                                     check_same_thread=False)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if connection is not None and error_name(exc).startswith(_DAMAGE):
            return connection
        if connection is not None:
            connection.close()
        return None
    return connection


def open_read_only(data_dir: Path, *, salvage: bool = True, reason: str = "") -> Store:
    """The drafts as they are now, in memory, for reading only (see the module docstring).

    With ``salvage`` a damaged file gives what can still be read; without it (the
    command line) a damaged file raises :class:`StoreProblemError`, as do an empty, a
    foreign, an unreadable file and one from a newer app. ``reason`` is kept on the
    store for the window to show.
    """
    path = Path(data_dir) / DB_NAME
    problem = inspect_file(path)
    if problem is not None and not (problem.kind == DAMAGED and salvage):
        raise StoreProblemError(problem)
    if not path.exists():  # nothing saved yet: an empty list is the truth
        return Store(_memory(), read_only=True, read_only_reason=reason)
    memory = _memory()
    try:
        with _readable(path) as source:
            if problem is None:
                problem = _snapshot(source, memory, path)
            if problem is None:
                return Store(memory, read_only=True, read_only_reason=reason)
            if not salvage:
                raise StoreProblemError(problem)
            memory.close()
            memory = _memory()
            store = Store(memory)  # builds the current schema, then gets what can be read
            copy_rows(source, memory)
            store.read_only = True
            store.read_only_reason = reason or problem.words.summary
            return store
    except NewerDatabaseError as exc:
        memory.close()
        raise StoreProblemError(StoreProblem(NEWER, path, str(exc))) from exc
    except (sqlite3.Error, OSError) as exc:
        memory.close()
        raise StoreProblemError(classify(exc, path)) from exc
    except BaseException:
        memory.close()
        raise


def _snapshot(source: sqlite3.Connection, memory: sqlite3.Connection,
              path: Path) -> StoreProblem | None:
    """Copy the file into memory; a damaged file is returned as a problem, others raise."""
    try:
        source.backup(memory)
        check_ours(memory, path)
        check_pages(memory, path)
    except StoreProblemError as exc:
        if exc.problem.kind != DAMAGED:
            raise
        return exc.problem
    except sqlite3.DatabaseError as exc:
        found = classify(exc, path)
        if found.kind != DAMAGED:
            raise StoreProblemError(found) from exc
        return found
    return None


# ---------------------------------------------------------------------------- salvage


def _rows(source: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple]:
    """Every row that can still be read, in rowid order, stepping over damaged stretches."""
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'SELECT rowid, {names} FROM "{table}" WHERE rowid >= ? ORDER BY rowid'
    start = _FIRST_ROWID
    while True:
        try:
            for row in source.execute(sql, (start,)):
                start = int(row[0]) + 1
                yield tuple(row[1:])
            return
        except (sqlite3.DatabaseError, OverflowError, ValueError):
            following = _next_readable(source, table, start)
            if following is None:
                return
            start = following


def _next_readable(source: sqlite3.Connection, table: str, after: int) -> int | None:
    """The first rowid past ``after`` that SQLite can reach, looking ever further ahead."""
    step = 1
    while after + step <= _LAST_ROWID:
        try:
            row = source.execute(f'SELECT rowid FROM "{table}" WHERE rowid >= ? '
                                 "ORDER BY rowid LIMIT 1", (after + step,)).fetchone()
        except sqlite3.DatabaseError:
            step *= 2
            continue
        return None if row is None else int(row[0])
    return None


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def copy_rows(source: sqlite3.Connection, target: sqlite3.Connection) -> dict[str, int]:
    """Copy every readable row of our tables from ``source`` into ``target``'s schema.

    ``target`` already has the current schema. Columns are matched by name, so an
    older file's rows fit; a row that breaks a rule (an attachment of a lost draft)
    is left out. Returns how many rows each table got.
    """
    try:
        present = {row[0] for row in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return {}
    tables = [row[0] for row in target.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name != 'drafts', rowid")]
    counts: dict[str, int] = {}
    target.execute("PRAGMA foreign_keys = ON")  # an attachment of a lost draft stays out
    target.execute("BEGIN")
    try:
        for table in tables:
            if table not in present:
                continue
            try:
                available = set(_columns(source, table))
            except sqlite3.DatabaseError:
                continue
            columns = [c for c in _columns(target, table) if c in available]
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
            counts[table] = 0
            for values in _rows(source, table, columns):
                try:
                    target.execute(insert, values)
                except sqlite3.Error:
                    continue
                counts[table] += 1
        target.execute("COMMIT")
    except BaseException:
        target.execute("ROLLBACK")
        raise
    return counts


def _recovered(copy: sqlite3.Connection, scratch: Path) -> sqlite3.Connection | None:
    """SQLite's ``.recover`` of the copy, loaded into a new database; None if unavailable.

    Its output is checked (exit status 0, ends with COMMIT) before it is used: some
    builds of the program print a partial script and an error instead.
    """
    command = RECOVER_COMMAND
    if command is None:
        program = shutil.which("sqlite3")
        command = [program] if program else None
    if not command:
        return None
    copy_path = Path(copy.execute("PRAGMA database_list").fetchone()[2])
    try:
        result = subprocess.run([*command, str(copy_path), ".recover"], capture_output=True,
                                timeout=RECOVER_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    script = result.stdout.decode("utf-8", errors="replace")
    if result.returncode != 0 or not script.rstrip().endswith("COMMIT;"):
        return None
    recovered = connect(scratch / "recovered.sqlite3")
    try:
        recovered.executescript(script)
    except sqlite3.Error:
        recovered.close()
        return None
    return recovered


def _count_drafts(source: sqlite3.Connection) -> int:
    try:
        if source.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'drafts'").fetchone() is None:
            return 0
        return sum(1 for _ in _rows(source, "drafts", ["id"]))
    except sqlite3.Error:
        return 0


# ---------------------------------------------------------------------------- repair


@dataclass(frozen=True)
class RepairReport:
    """What a repair did: where the original is kept and what the new file holds."""

    kept: Path
    counts: dict[str, int] = field(default_factory=dict)
    method: str = "new"  # "recover" (SQLite's .recover), "salvage" (row by row) or "new"

    def summary(self, language: str = "en") -> str:
        """One or two sentences for the seller, in ``language``."""
        said = Words("store", language)
        kept = said("repair.kept", file=self.kept.name, path=self.kept.parent)
        if self.method == "new":
            return said("repair.new_file", kept=kept)
        parts = [said.plural(f"repair.{table}", self.counts.get(table, 0))
                 for table in _ROW_NAMES if self.counts.get(table, 0) or table == "drafts"]
        listed = parts[0] if len(parts) == 1 else said("repair.and", first=", ".join(parts[:-1]),
                                                      last=parts[-1])
        return said("repair.holds", listed=listed, kept=kept)


def make_repaired_copy(data_dir: Path, problem: StoreProblem,
                       now: datetime | None = None) -> RepairReport:
    """Put a working drafts file in place of a damaged, empty or foreign one, keeping it.

    A damaged file's readable rows are saved into the new file; an empty or foreign
    file gives a new, empty one. The original (with its WAL) gets a dated name in
    the same folder: nothing is deleted. At every moment a ``drafts.sqlite3`` exists.
    """
    folder = Path(data_dir)
    path = folder / DB_NAME
    if problem.kind not in (DAMAGED, EMPTY, FOREIGN):
        raise ValueError(f"nothing to repair for {problem.kind!r}")
    if not writable(folder):
        raise StoreProblemError(StoreProblem(READ_ONLY_FOLDER, folder,
                                             "A repaired copy needs a folder that can be "
                                             "written to."))
    kept = _kept_name(path, problem.words.kept_label, now or datetime.now())
    fresh = folder / f"{DB_NAME}.repairing-{os.getpid()}"
    try:
        create_database(fresh)
        counts: dict[str, int] = {}
        method = "new"
        if problem.kind == DAMAGED:
            counts, method = _salvage_into(path, fresh)
        _set_aside(path, kept)
        os.replace(fresh, path)
    except OSError as exc:
        raise StoreProblemError(classify(exc, path)) from exc
    finally:
        for leftover in (fresh, *(side_file(fresh, s) for s in SIDE_FILES)):
            leftover.unlink(missing_ok=True)
    return RepairReport(kept, counts, method)


def _salvage_into(path: Path, fresh: Path) -> tuple[dict[str, int], str]:
    """Fill ``fresh`` from the better of SQLite's .recover and the row-by-row salvage."""
    with _private_copy(path) as copy, tempfile.TemporaryDirectory(
            prefix="seller-composer-") as scratch:
        recovered = _recovered(copy, Path(scratch))
        source, method = copy, "salvage"
        if recovered is not None and _count_drafts(recovered) > _count_drafts(copy):
            source, method = recovered, "recover"
        target = connect(fresh)
        try:
            counts = copy_rows(source, target)
            if target.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreProblemError(StoreProblem(DAMAGED, path,
                                                     "The repaired copy did not pass "
                                                     "SQLite's check."))
        finally:
            target.close()
            if recovered is not None:
                recovered.close()
    return counts, method


def _kept_name(path: Path, label: str, now: datetime) -> Path:
    stem = f"drafts-{label}-{now.strftime('%Y-%m-%d-%H%M%S')}"
    candidate = path.with_name(f"{stem}.sqlite3")
    number = 2
    while candidate.exists() or side_file(candidate, "-wal").exists():
        candidate = path.with_name(f"{stem}-{number}.sqlite3")
        number += 1
    return candidate


def _set_aside(path: Path, kept: Path) -> None:
    """Give the original (and its WAL) the kept name; the main file stays until replaced."""
    if path.is_dir() or not path.exists():
        if path.exists():
            os.replace(path, kept)
    else:
        try:
            os.link(path, kept)  # same bytes under a second name, no copy
        except OSError:
            shutil.copy2(path, kept)
    for suffix in SIDE_FILES:  # a WAL must never meet the new file: it would be replayed
        if side_file(path, suffix).exists():
            os.replace(side_file(path, suffix), side_file(kept, suffix))
