"""Open a file for reading only when it is an ordinary file, and never wait doing so.

Opening a named pipe (FIFO) that no program writes to waits forever; reading a
device such as ``/dev/zero`` never ends; a folder or a socket cannot be read at all.
So the kind is checked with ``stat`` before opening, the file is opened with
``O_NONBLOCK`` (a file swapped for a pipe in between still opens at once), and the
kind of what was really opened is checked again with ``fstat``. Only then is it read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

#: What a file that is not an ordinary file is, in words a seller or a script user reads.
KIND_WORDS = {
    "folder": "a folder",
    "pipe": "a named pipe (a channel between programs)",
    "device": "a device (such as a disk or a terminal), not a saved file",
    "socket": "a socket (a connection between programs)",
    "other": "not an ordinary file",
}


class NotAFile(OSError):
    """``path`` exists but is not an ordinary file; ``kind`` is a key of :data:`KIND_WORDS`."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        super().__init__(f"{os.fspath(path)} is {KIND_WORDS[kind]}")
        self.kind = kind
        self.words = KIND_WORDS[kind]


def special_kind(mode: int) -> str | None:
    """None for an ordinary file, else what it is (``"pipe"``, ``"device"``…)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def open_regular(path: str | os.PathLike[str], *, follow_link: bool = True) -> BinaryIO:
    """Open ``path`` for reading in binary; raise :class:`NotAFile` for anything but a file.

    ``follow_link=False`` refuses a path whose last part is a symbolic link (where the
    system supports it), for callers that resolved the link themselves and must read
    exactly the file they named.
    """
    kind = special_kind(os.stat(path, follow_symlinks=follow_link).st_mode)
    if kind is not None:
        raise NotAFile(path, kind)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NONBLOCK", 0)
    if not follow_link:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotAFile(path, kind)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of an ordinary file (at most ``limit`` of them); see :func:`open_regular`."""
    with open_regular(Path(path)) as handle:
        return handle.read() if limit is None else handle.read(limit)
