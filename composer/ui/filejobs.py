"""Attachment fixes (shrink, convert, strip location, rename) on a worker thread.

Shrinking a 14 MB photo takes about a second: far too long for the UI
thread. Results come back on the UI thread through ``finished(original_path, copy_path or
error)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from composer.policy.fixaction import FileAction
from composer.ui.background import Background

if TYPE_CHECKING:
    from composer.attachments.inspection import AttachmentInfo


def run_fix(path: Path, action: FileAction, out_dir: Path,
            infos: Sequence[AttachmentInfo]) -> Path:
    """Pure core work: write the fixed copy into ``out_dir`` and return its path."""
    from composer.attachments import (
        convert_image,
        remaining_budget,
        rename_copy,
        shrink_image,
        strip_metadata,
    )

    out_dir.mkdir(parents=True, exist_ok=True)
    match FileAction(action):
        case FileAction.SHRINK:
            return shrink_image(path, out_dir, remaining_budget(infos, for_name=path.name))
        case FileAction.CONVERT:
            return convert_image(path, out_dir)
        case FileAction.STRIP_METADATA:
            return strip_metadata(path, out_dir)
        case FileAction.RENAME:
            return rename_copy(path, out_dir)
    raise ValueError(f"Unknown attachment fix {action!r}")


class FileJobs(QObject):
    """Runs :func:`run_fix` in the background; ``finished(original, copy path or error)``."""

    finished = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = Background(self, "file-fixes")

    def run(self, path: Path, action: FileAction, out_dir: Path,
            infos: Sequence[AttachmentInfo]) -> None:
        self._worker.submit(
            run_fix, path, action, out_dir, list(infos),
            on_success=lambda copy, p=str(path): self.finished.emit(p, copy),
            on_failure=lambda error, p=str(path): self.finished.emit(p, error),
        )

    def shutdown(self) -> None:
        self._worker.shutdown()
