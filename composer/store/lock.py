"""Tell a second copy of the app that the data folder is already in use.

SQLite keeps the database safe with two copies open, but two windows editing
the same drafts would overwrite each other's work, so the second copy is told.
An OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``instance.lock`` is used rather than a PID file: the OS drops the lock when the
process dies, even after ``kill -9``, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import IO

from composer.store.problems import (
    LOCK_UNUSABLE,
    READ_ONLY_FOLDER,
    StoreProblem,
    StoreProblemError,
    folder_problem,
    writable,
)
from composer.words import Words

LOCK_NAME = "instance.lock"

def already_open_words(language: str = "en") -> str:
    """What a second copy of the app is told, in ``language``."""
    return Words("store", language)("error.already_open")


ALREADY_OPEN_MESSAGE = already_open_words()


class InstanceLock:
    """A non-blocking, process-wide lock on ``data_dir/instance.lock`` (created 0600)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it. Returns False at once if another copy does.

        A lock file that cannot be used (a folder in its place, no permission, a
        read-only data folder) raises :class:`StoreProblemError` saying so.
        """
        if self._handle is not None:
            return True
        from composer.appdata.paths import ensure_data_dir

        try:
            ensure_data_dir(self.path.parent)
        except OSError as exc:
            raise StoreProblemError(folder_problem(self.path.parent, exc)) from exc
        handle = self._open()
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

    def _open(self) -> IO[str]:
        """Open (or create, owner-only) the lock file, or say why it cannot be used."""
        if self.path.is_dir():
            raise StoreProblemError(StoreProblem(LOCK_UNUSABLE, self.path,
                                                 "It is a folder, not a file."))
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            folder = self.path.parent
            if isinstance(exc, PermissionError) and not writable(folder):
                problem = StoreProblem(READ_ONLY_FOLDER, folder, exc.strerror or str(exc))
            else:
                problem = StoreProblem(LOCK_UNUSABLE, self.path, exc.strerror or str(exc))
            raise StoreProblemError(problem) from exc
        if os.name != "nt":
            with contextlib.suppress(OSError):  # an older copy made it 0644
                mode = stat.S_IMODE(os.fstat(descriptor).st_mode)
                if mode & 0o077:
                    os.fchmod(descriptor, mode & 0o700)
        return os.fdopen(descriptor, "r+", encoding="utf-8")

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
