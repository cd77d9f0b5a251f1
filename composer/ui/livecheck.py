"""Run the policy check after the seller pauses typing, off the UI thread, dropping stale results.

Threading rule: :meth:`LiveChecker.schedule` and the ``checked`` signal live on
the UI thread. Only the checker (by default :func:`composer.compose.review.review`, a
pure function of an immutable :class:`Message`) runs on the worker thread.

The worker runs the checker in the live context (:data:`composer.compose.review.LIVE`): a long
text is checked in parts, the window's thread gets its turn between them, and a check
that a newer edit has made stale stops at the next part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from composer.policy.model import Message
from composer.ui.background import Background

DEBOUNCE_MS = 250


class LiveChecker(QObject):
    """Debounces edits, checks the newest snapshot, emits ``checked(revision, result)``."""

    checked = Signal(int, object)

    def __init__(self, snapshot: Callable[[], Message],
                 checker: Callable[[Message], Any],
                 parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._checker = checker
        self._worker = Background(self, "policy-check")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_now)
        self.revision = 0
        self._last_run = -1
        self._running = False
        self._rerun = False

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
        revision = self._last_run = self.revision
        message = self._snapshot()
        self._worker.submit(
            self._check, message, revision,
            on_success=lambda result, rev=revision: self._delivered(rev, result),
            on_failure=self._failed,
        )

    def _check(self, message: Message, revision: int) -> Any:
        """On the worker: the checker, told how to tell that its result is no longer wanted."""
        from composer.compose.review import LIVE, LiveContext

        token = LIVE.set(LiveContext(stale=lambda: self.revision != revision))
        try:
            return self._checker(message)
        finally:
            LIVE.reset(token)

    def _delivered(self, revision: int, result: Any) -> None:
        self._running = False
        if revision == self.revision:
            self.checked.emit(revision, result)
        self._next()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self._next()
        raise error  # a bug in a checker: let it be seen, the app keeps running

    def _next(self) -> None:
        if self._rerun or self._stale():
            self._rerun = False
            if not self._timer.isActive():
                self.run_now()

    def _stale(self) -> bool:
        return self._last_run != self.revision

    def shutdown(self) -> None:
        self._timer.stop()
        self._worker.shutdown()
