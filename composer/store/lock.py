"""Tell a second copy of the app that the data folder is already in use.

SQLite keeps the database safe with two copies open, but two windows editing
the same drafts would overwrite each other's work, so the second copy is told.
An OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``instance.lock`` is used rather than a PID file: the OS drops the lock when the
process dies, even after ``kill -9``, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_NAME = "instance.lock"

ALREADY_OPEN_MESSAGE = (
    "Seller Composer is already open with this data folder. Switch to the window that is "
    "already open, or close it and try again. Two copies working on the same drafts could "
    "overwrite each other's changes."
)


class InstanceLock:
    """A non-blocking, process-wide lock on ``data_dir/instance.lock``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it. Returns False at once if another copy does."""
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open on purpose
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        try:  # for people looking at the folder; nothing relies on it
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        except OSError:
            pass
        return True

    def release(self) -> None:
        """Let go of the lock (also happens when the process ends, however it ends)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _unlock(handle)
        finally:
            handle.close()

    close = release

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
