"""Attachment fixes (shrink, convert, strip location, rename) on a worker thread.

Shrinking a 14 MB photo takes about a second: far too long for the UI
thread. Results come back through ``finished(original_path, copy_path or error)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from composer.attachments.inspection import AttachmentInfo


def run_fix(path: Path, action: str, out_dir: Path, infos: Sequence[AttachmentInfo]) -> Path:
    """Pure core work: write the fixed copy into ``out_dir`` and return its path."""
    from composer.attachments import (
        convert_image,
        remaining_budget,
        rename_copy,
        shrink_image,
        strip_metadata,
    )

    out_dir.mkdir(parents=True, exist_ok=True)
    if action == "shrink":
        return shrink_image(path, out_dir, remaining_budget(infos, for_name=path.name))
    if action == "convert":
        return convert_image(path, out_dir)
    if action == "strip-metadata":
        return strip_metadata(path, out_dir)
    if action == "rename":
        return rename_copy(path, out_dir)
    raise ValueError(f"Unknown attachment fix {action!r}")


class FileJobs(QObject):
    finished = Signal(str, object)
    _done = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._done.connect(self._deliver)

    def run(self, path: Path, action: str, out_dir: Path,
            infos: Sequence[AttachmentInfo]) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="file-fixes")
        future = self._pool.submit(run_fix, path, action, out_dir, list(infos))
        future.add_done_callback(lambda done, p=str(path): self._done.emit(p, done))

    def _deliver(self, original: str, future: Future) -> None:
        error = future.exception()
        self.finished.emit(original, error if error is not None else future.result())

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
