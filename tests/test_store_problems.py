"""The store never looks empty when it is not: each broken state is made for real, and named.

Root ignores file modes, and CI runs as root. So the read-only and unreadable cases
are made twice: with an opener that opens the file ``mode=ro`` (SQLite then refuses
writes exactly as for a read-only file), and with real file modes, checked by an
ordinary user (the tests switch to ``nobody`` for that block when they run as root).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import stat
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from composer.message.header import Header
from composer.store import (
    DB_NAME,
    InstanceLock,
    ReadOnlyStoreError,
    SentRecord,
    Store,
    StoreProblemError,
    open_read_only,
    open_store,
)
from composer.store import salvage as salvage_module
from composer.store.problems import (
    DAMAGED,
    EMPTY,
    FOREIGN,
    LOCK_UNUSABLE,
    LOCKED,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    UNREADABLE,
    StoreProblem,
)
from composer.store.salvage import make_repaired_copy

POSIX = os.name == "posix"
NOBODY = 65534
PAGE = 4096


# ---------------------------------------------------------------------------- helpers


def make_store(folder: Path, drafts: int = 6) -> list[int]:
    """A real store with drafts long enough to fill several pages; their ids."""
    with open_store(folder) as store:
        ids = [store.create_draft(Header(subject=f"Parcel {n}", order_id=f"113-{n:07d}-0000000"),
                                  f"<p>Hello {n}</p>", f"Hello {n}. " + "words " * 400).id
               for n in range(drafts)]
        store.create_template("Thanks", "Thank you for your order.")
        store.add_word("en", "Oakfield")
    return ids


def garble_page(path: Path, page: int) -> None:
    """Write garbage over one page (numbered from 1, as SQLite does)."""
    with open(path, "r+b") as handle:
        handle.seek(PAGE * (page - 1))
        handle.write(bytes(range(256)) * (PAGE // 256))


def root_page(path: Path, name: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                              (name,)).fetchone()[0])
    finally:
        db.close()


def read_only_opener(path: Path) -> sqlite3.Connection:
    """What SQLite does with a file it may not write: open it, then refuse every write."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                           isolation_level=None, check_same_thread=False)


def problem_of(call) -> StoreProblem:
    with pytest.raises(StoreProblemError) as info:
        call()
    return info.value.problem


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def drafts_cli(folder: Path, action: str = "list", draft_id: int = 0,
               capsys: pytest.CaptureFixture[str] | None = None) -> tuple[int, str, str]:
    from composer.commands import drafts

    args = argparse.Namespace(data_dir=str(folder), action=action, json=False, search="",
                              id=draft_id)
    code = drafts.run(args)
    out, err = capsys.readouterr() if capsys else ("", "")
    return code, out, err


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder an ordinary user owns (tmp_path's parents are closed to other users)."""
    base = Path(tempfile.mkdtemp(prefix="sc-store-"))
    os.chmod(base, 0o755)
    folder = base / "data"
    folder.mkdir()
    if POSIX and os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    yield folder
    for path in sorted(base.rglob("*"), reverse=True):
        os.chmod(path, 0o700)
    import shutil

    shutil.rmtree(base, ignore_errors=True)


def give_to_nobody(folder: Path) -> None:
    if os.geteuid() == 0:
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)


@contextmanager
def ordinary_user() -> Iterator[None]:
    """Run the block as a user that file modes apply to (``nobody`` when we are root)."""
    if os.geteuid() != 0:
        yield
        return
    try:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    except PermissionError:  # a container without setuid: a failure in CI, as test_frozen
        reason = "running as root and cannot switch to an ordinary user here"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


# ---------------------------------------------------------------------------- read-only


def test_a_read_only_file_is_named_before_anything_writes(tmp_path: Path) -> None:
    ids = make_store(tmp_path)
    before = (tmp_path / DB_NAME).read_bytes()
    problem = problem_of(lambda: open_store(tmp_path, opener=read_only_opener))
    assert problem.kind == READ_ONLY_FILE and problem.path == tmp_path / DB_NAME
    assert str(tmp_path / DB_NAME) in problem.explanation
    assert "read-only" in problem.explanation and problem.can_read
    assert (tmp_path / DB_NAME).read_bytes() == before
    with open_read_only(tmp_path, reason=problem.words.summary) as store:
        assert [s.id for s in store.list_drafts()] == ids[::-1]
        assert store.read_only and store.read_only_reason == "the drafts file is read-only"


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_real_file_modes_read_only_file(shared_dir: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    ids = make_store(shared_dir)
    give_to_nobody(shared_dir)
    os.chmod(shared_dir / DB_NAME, 0o444)
    before = snapshot(shared_dir)
    with ordinary_user():
        problem = problem_of(lambda: open_store(shared_dir))
        code, out, err = drafts_cli(shared_dir, capsys=capsys)
    assert problem.kind == READ_ONLY_FILE
    assert code == 0 and f"Parcel {len(ids) - 1}" in out and err == ""
    assert snapshot(shared_dir) == before  # nothing written, no lock, no WAL left behind


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_real_file_modes_read_only_folder(shared_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    ids = make_store(shared_dir)
    give_to_nobody(shared_dir)
    os.chmod(shared_dir, 0o555)
    with ordinary_user():
        problem = problem_of(lambda: open_store(shared_dir))
        lock_problem = problem_of(lambda: InstanceLock(shared_dir).acquire())
        code, out, err = drafts_cli(shared_dir, capsys=capsys)
        with open_read_only(shared_dir) as store:
            listed = [s.id for s in store.list_drafts()]
    assert problem.kind == READ_ONLY_FOLDER and problem.path == shared_dir
    assert str(shared_dir) in problem.explanation
    assert lock_problem.kind == READ_ONLY_FOLDER
    assert code == 0 and "Parcel 0" in out and err == ""
    assert listed == ids[::-1]
    assert sorted(p.name for p in shared_dir.iterdir()) == [DB_NAME]


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_real_file_modes_unreadable_file(shared_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    make_store(shared_dir)
    give_to_nobody(shared_dir)
    os.chmod(shared_dir / DB_NAME, 0o000)
    with ordinary_user():
        problem = problem_of(lambda: open_store(shared_dir))
        read_problem = problem_of(lambda: open_read_only(shared_dir))
        code, out, err = drafts_cli(shared_dir, capsys=capsys)
    assert problem.kind == read_problem.kind == UNREADABLE and not problem.can_read
    assert code == 2 and out == ""
    assert err.startswith("seller-composer drafts: the drafts file cannot be read: ")
    assert str(shared_dir / DB_NAME) in err and "Traceback" not in err


# ---------------------------------------------------------------------------- damage


def test_a_damaged_page_is_damage_not_an_empty_list(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    make_store(tmp_path)
    garble_page(tmp_path / DB_NAME, root_page(tmp_path / DB_NAME, "drafts"))
    problem = problem_of(lambda: open_store(tmp_path))
    assert problem.kind == DAMAGED and problem.can_repair and problem.can_read
    for action in ("list", "show"):
        code, out, err = drafts_cli(tmp_path, action, 1, capsys)
        assert code == 2 and out == ""
        assert err == (f"seller-composer drafts: the drafts file is damaged: {tmp_path / DB_NAME}. "
                       "Open Seller Composer to make a repaired copy; the original is kept.\n")


def test_damage_the_list_does_not_touch_is_still_found(tmp_path: Path) -> None:
    """A broken page under the dictionary: the drafts list works, the quick check does not."""
    make_store(tmp_path)
    garble_page(tmp_path / DB_NAME, root_page(tmp_path / DB_NAME, "dictionary"))
    assert problem_of(lambda: open_store(tmp_path)).kind == DAMAGED


def test_read_only_view_of_a_damaged_file_shows_what_can_be_read(tmp_path: Path) -> None:
    ids = make_store(tmp_path, drafts=40)  # the drafts table spans several pages
    path = tmp_path / DB_NAME
    leaves = _leaf_pages(path, "drafts")
    garble_page(path, leaves[1])
    before = path.read_bytes()
    with open_read_only(tmp_path) as store:
        shown = [s.id for s in store.list_drafts()]
        assert store.read_only and store.read_only_reason == "the drafts file is damaged"
        for draft_id in shown:
            assert store.get_draft(draft_id).body_text.startswith(f"Hello {draft_id - 1}.")
    assert 0 < len(shown) < len(ids)
    assert path.read_bytes() == before


def _leaf_pages(path: Path, table: str) -> list[int]:
    db = sqlite3.connect(path)
    try:
        return [int(r[0]) for r in db.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,))]
    except sqlite3.OperationalError:  # SQLite built without dbstat: leaves follow the root
        return [root_page(path, table) + n for n in range(1, 6)]
    finally:
        db.close()


def test_a_repaired_copy_works_and_the_original_is_kept(tmp_path: Path) -> None:
    ids = make_store(tmp_path, drafts=40)
    path = tmp_path / DB_NAME
    garble_page(path, _leaf_pages(path, "drafts")[1])
    damaged = path.read_bytes()
    problem = problem_of(lambda: open_store(tmp_path))
    report = make_repaired_copy(tmp_path, problem, now=datetime(2026, 12, 5, 9, 30, 12))
    assert report.kept == tmp_path / "drafts-damaged-2026-12-05-093012.sqlite3"
    assert report.kept.read_bytes() == damaged
    assert report.method in ("salvage", "recover")
    with open_store(tmp_path) as store:  # a working store again, writable
        kept_ids = [s.id for s in store.list_drafts()]
        assert store.integrity_ok()
        assert [t.name for t in store.list_templates()] == ["Thanks"]
        assert store.words("en") == ["Oakfield"]
        new = store.create_draft(body_text="after the repair")
        assert new.id > max(ids)  # numbers are never reused
    assert 0 < len(kept_ids) < len(ids) and set(kept_ids) <= set(ids)
    assert report.counts["drafts"] == len(kept_ids)
    assert f"holds {len(kept_ids)} drafts, 1 template of your own" in report.summary()
    assert "drafts-damaged-2026-12-05-093012.sqlite3" in report.summary()


def test_repair_keeps_the_wal_with_the_original(tmp_path: Path) -> None:
    make_store(tmp_path)
    store = open_store(tmp_path)
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")
    store.create_draft(body_text="only in the WAL")
    wal = (tmp_path / f"{DB_NAME}-wal").read_bytes()
    assert wal
    garble_page(tmp_path / DB_NAME, root_page(tmp_path / DB_NAME, "dictionary"))
    report = make_repaired_copy(tmp_path, StoreProblem(DAMAGED, tmp_path / DB_NAME))
    store.connection.close()
    assert Path(f"{report.kept}-wal").read_bytes()[:len(wal)] == wal
    with open_store(tmp_path) as repaired:
        assert "only in the WAL" in [repaired.get_draft(s.id).body_text
                                     for s in repaired.list_drafts()]


FAKE_RECOVER = textwrap.dedent("""
    import sqlite3, sys
    good, damaged, command = sys.argv[1:]
    assert command == ".recover", command
    print("\\n".join(sqlite3.connect(good).iterdump()))
""")


def test_sqlite_recover_is_used_when_it_gets_more_back(tmp_path: Path, monkeypatch) -> None:
    ids = make_store(tmp_path / "data")
    good = tmp_path / "good.sqlite3"
    sqlite3.connect(tmp_path / "data" / DB_NAME).backup(sqlite3.connect(good))
    garble_page(tmp_path / "data" / DB_NAME, root_page(tmp_path / "data" / DB_NAME, "drafts"))
    script = tmp_path / "recover.py"
    script.write_text(FAKE_RECOVER)
    monkeypatch.setattr(salvage_module, "RECOVER_COMMAND", [sys.executable, str(script), str(good)])
    report = make_repaired_copy(tmp_path / "data", StoreProblem(DAMAGED, tmp_path / DB_NAME))
    assert report.method == "recover" and report.counts["drafts"] == len(ids)
    with open_store(tmp_path / "data") as store:
        assert [s.id for s in store.list_drafts()] == ids[::-1]


def test_a_recover_program_that_fails_falls_back_to_row_salvage(tmp_path: Path,
                                                                monkeypatch) -> None:
    make_store(tmp_path, drafts=40)
    garble_page(tmp_path / DB_NAME, _leaf_pages(tmp_path / DB_NAME, "drafts")[1])
    failing = [sys.executable, "-c", "import sys; print('BEGIN;'); sys.exit(1)"]
    monkeypatch.setattr(salvage_module, "RECOVER_COMMAND", failing)
    report = make_repaired_copy(tmp_path, StoreProblem(DAMAGED, tmp_path / DB_NAME))
    assert report.method == "salvage" and report.counts["drafts"] > 0


# ---------------------------------------------------------------------------- odd files


def test_a_zero_byte_file_is_never_replaced(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(b"")
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"not empty")  # SQLite would delete this beside a 0-byte file
    problem = problem_of(lambda: open_store(tmp_path))
    assert problem.kind == EMPTY and not problem.can_read and problem.can_repair
    assert path.read_bytes() == b"" and wal.read_bytes() == b"not empty"
    code, _out, err = drafts_cli(tmp_path, capsys=capsys)
    assert code == 2 and "the drafts file is empty (0 bytes)" in err
    report = make_repaired_copy(tmp_path, problem, now=datetime(2026, 1, 2, 3, 4, 5))
    assert report.kept.name == "drafts-empty-2026-01-02-030405.sqlite3"
    assert report.kept.read_bytes() == b""
    assert Path(f"{report.kept}-wal").read_bytes() == b"not empty"
    assert report.summary().startswith("Seller Composer started a new, empty drafts file.")
    with open_store(tmp_path) as store:
        assert store.list_drafts() == []


@pytest.mark.parametrize("content", [b"Dear buyer, this is a letter.\n" * 40,
                                     b"SQLite format 3\x00" + b"\x00" * 20])
def test_a_foreign_or_cut_file_is_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(content)
    problem = problem_of(lambda: open_store(tmp_path))
    assert problem.kind in (FOREIGN, DAMAGED)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def test_another_programs_database_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    db.commit()
    db.close()
    before = path.read_bytes()
    problem = problem_of(lambda: open_store(tmp_path))
    assert problem.kind == FOREIGN and "another program" in problem.detail
    assert problem_of(lambda: open_read_only(tmp_path)).kind == FOREIGN
    assert path.read_bytes() == before  # no drafts table was added to it
    report = make_repaired_copy(tmp_path, problem, now=datetime(2026, 1, 2, 3, 4, 5))
    assert report.kept.name == "drafts-not-drafts-2026-01-02-030405.sqlite3"
    assert report.kept.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_folder_in_place_of_the_file_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / DB_NAME)
    assert problem_of(lambda: open_store(tmp_path)).kind == FOREIGN
    assert problem_of(lambda: open_read_only(tmp_path)).kind == FOREIGN
    (tmp_path / DB_NAME).unlink()
    (tmp_path / DB_NAME).mkdir()
    assert problem_of(lambda: open_store(tmp_path)).kind == FOREIGN


def test_a_folder_where_the_lock_belongs(tmp_path: Path) -> None:
    make_store(tmp_path)
    (tmp_path / "instance.lock").mkdir()
    problem = problem_of(lambda: InstanceLock(tmp_path).acquire())
    assert problem.kind == LOCK_UNUSABLE and problem.path == tmp_path / "instance.lock"
    assert "It is a folder" in problem.detail and problem.can_read
    with open_read_only(tmp_path) as store:  # reading needs no lock
        assert len(store.list_drafts()) == 6


def test_a_database_locked_by_another_program(tmp_path: Path) -> None:
    ids = make_store(tmp_path)
    other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a database tool with unsaved changes
    other.execute("INSERT INTO app_state (key, value) VALUES ('x', 'y')")
    try:
        problem = problem_of(lambda: open_store(tmp_path, busy_ms=50))
        assert problem.kind == LOCKED and problem.can_read
        with open_read_only(tmp_path) as store:
            assert [s.id for s in store.list_drafts()] == ids[::-1]
    finally:
        other.execute("ROLLBACK")
        other.close()
    open_store(tmp_path).close()  # free again: opens normally


def test_list_and_show_only_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An old-version file is listed without being upgraded, and nothing appears beside it."""
    from tests.test_store_migrations import make_v1

    make_v1(tmp_path / DB_NAME)
    db = sqlite3.connect(tmp_path / DB_NAME)
    old_id = db.execute("INSERT INTO drafts (subject, created_at, updated_at) "
                        "VALUES ('Old one', '2025-01-01', '2025-01-01')").lastrowid
    db.commit()
    db.close()
    before = snapshot(tmp_path)
    mtime = (tmp_path / DB_NAME).stat().st_mtime_ns
    code, out, _ = drafts_cli(tmp_path, capsys=capsys)
    assert code == 0 and "Old one" in out
    code, out, _ = drafts_cli(tmp_path, "show", old_id, capsys)
    assert code == 0 and "Old one" in out
    assert snapshot(tmp_path) == before and (tmp_path / DB_NAME).stat().st_mtime_ns == mtime
    version = sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA user_version").fetchone()[0]
    assert version == 1


# ---------------------------------------------------------------------------- read-only store


def test_a_read_only_store_refuses_changes_and_skips_tidying(tmp_path: Path) -> None:
    ids = make_store(tmp_path)
    with open_read_only(tmp_path) as store:
        for change in (lambda: store.create_draft(), lambda: store.save_draft(
                store.get_draft(ids[0])), lambda: store.delete_draft(ids[0]),
                lambda: store.add_word("en", "x"), lambda: store.record_sent(SentRecord(
                    sent_at=datetime(2026, 1, 1).astimezone(), order_id="1", message_type=None,
                    subject="s", route="smtp"))):
            with pytest.raises(ReadOnlyStoreError, match="open read-only"):
                change()
        assert store.purge_trash(0) == 0 and store.prune_sent_log(1) == 0
        store.remember_open_draft(ids[0])
        store.set_verdict(ids[0], "ready")
        store.purge_draft(ids[0])
        assert store.has_draft(ids[0]) and store.get_draft(ids[0]).verdict is None


# ---------------------------------------------------------------------------- permissions


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_new_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    lock = InstanceLock(folder)
    assert lock.acquire()
    with open_store(folder) as store:
        store.create_draft(body_text="private")
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    lock.release()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert modes == {DB_NAME: 0o600, f"{DB_NAME}-wal": 0o600, f"{DB_NAME}-shm": 0o600,
                     "instance.lock": 0o600}


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_files_an_older_copy_made_are_tightened_but_never_made_writable(
        tmp_path: Path) -> None:
    make_store(tmp_path)
    (tmp_path / "instance.lock").write_text("")
    os.chmod(tmp_path / "instance.lock", 0o644)
    os.chmod(tmp_path / DB_NAME, 0o644)
    open_store(tmp_path).close()
    with InstanceLock(tmp_path) as lock:
        assert lock.acquire()
    assert stat.S_IMODE((tmp_path / DB_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "instance.lock").stat().st_mode) == 0o600
    os.chmod(tmp_path / DB_NAME, 0o444)
    with pytest.raises(StoreProblemError):
        open_store(tmp_path, opener=read_only_opener)
    assert stat.S_IMODE((tmp_path / DB_NAME).stat().st_mode) == 0o400


def test_a_crash_while_creating_leaves_no_empty_file(tmp_path: Path, monkeypatch) -> None:
    from composer.store import db as db_module

    def crash(*_args, **_kwargs):
        raise OSError("power cut")

    monkeypatch.setattr(db_module.Store, "__init__", crash)
    with pytest.raises(StoreProblemError):
        open_store(tmp_path)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    with open_store(tmp_path) as store:
        assert isinstance(store, Store)
