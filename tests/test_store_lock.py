"""One copy of the app per data folder: a second copy is told, a dead copy frees the folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from composer.store import ALREADY_OPEN_MESSAGE, InstanceLock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from composer.store import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    print("got" if lock.acquire() else "busy", flush=True)
    sys.stdin.readline()  # hold until the test says so (or kills us)
    """
)


def start_holder(data_dir: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "got"
    return process


def test_a_second_lock_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire() is True
    assert second.acquire() is False
    assert first.held and not second.held
    first.release()
    assert second.acquire() is True
    second.close()


def test_locks_on_different_folders_do_not_meet(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "a") as a, InstanceLock(tmp_path / "b") as b:
        assert a.acquire() and b.acquire()


def test_acquiring_twice_from_the_same_object_is_fine(tmp_path: Path) -> None:
    with InstanceLock(tmp_path) as lock:
        assert lock.acquire() and lock.acquire()
    assert InstanceLock(tmp_path).acquire()


def test_another_process_holding_the_lock_is_seen(tmp_path: Path) -> None:
    holder = start_holder(tmp_path)
    try:
        assert InstanceLock(tmp_path).acquire() is False
    finally:
        assert holder.stdin is not None
        holder.stdin.write("done\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    lock = InstanceLock(tmp_path)
    assert lock.acquire() is True
    lock.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_process_leaves_no_stale_lock(tmp_path: Path) -> None:
    holder = start_holder(tmp_path)
    assert InstanceLock(tmp_path).acquire() is False
    holder.kill()
    holder.wait(timeout=10)
    lock = InstanceLock(tmp_path)
    assert lock.acquire() is True
    lock.release()


def test_the_message_speaks_plainly() -> None:
    assert ALREADY_OPEN_MESSAGE.startswith("Seller Composer is already open with this data folder")


def test_the_second_copy_is_told_in_the_sellers_language(tmp_path: Path) -> None:
    """The message comes before any window or translator: it reads the language setting."""
    from composer.appdata.settings import Settings
    from composer.ui.app import already_open_message

    Settings(tmp_path).set("ui_language", "de")
    assert already_open_message(tmp_path).startswith("Seller Composer ist mit diesem Datenordner")
    Settings(tmp_path).set("ui_language", "fr")
    assert already_open_message(tmp_path).startswith("Seller Composer est déjà ouvert")
