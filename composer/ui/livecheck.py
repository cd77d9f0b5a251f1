"""Run the policy check after the seller pauses typing, off the UI thread, dropping stale results.

Threading rule: :meth:`LiveChecker.schedule` and the ``checked`` signal live on
the UI thread. Only the checker (by default :func:`composer.review.review`, a
pure function of an immutable :class:`Message`) runs on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from composer.policy.model import Message

DEBOUNCE_MS = 250


class LiveChecker(QObject):
    """Debounces edits, checks the newest snapshot, emits ``checked(revision, result)``."""

    checked = Signal(int, object)
    _delivered = Signal(int, object)

    def __init__(self, snapshot: Callable[[], Message],
                 checker: Callable[[Message], Any],
                 parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._checker = checker
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policy-check")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_now)
        self.revision = 0
        self._running = False
        self._rerun = False
        self._delivered.connect(self._on_delivered)

    def schedule(self) -> None:
        """Note an edit: results older than this are stale, and a check runs after the pause."""
        self.revision += 1
        self._timer.start()

    def run_now(self) -> None:
        """Check the current snapshot now (one at a time: a newer edit waits its turn)."""
        self._timer.stop()
        if self._running:
            self._rerun = True
            return
        self._running = True
        revision = self.revision
        message = self._snapshot()
        future = self._pool.submit(self._checker, message)
        future.add_done_callback(lambda done, rev=revision: self._delivered.emit(rev, done))

    def _on_delivered(self, revision: int, future: Future) -> None:
        self._running = False
        error = future.exception()
        if revision == self.revision and error is None:
            self.checked.emit(revision, future.result())
        if self._rerun or revision != self.revision:
            self._rerun = False
            if not self._timer.isActive():
                self.run_now()
        if error is not None:
            raise error

    def shutdown(self) -> None:
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
