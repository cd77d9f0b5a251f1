"""Run pure functions on a worker thread and hand their results back on the UI thread.

Threading rule: a worker runs only pure-core code and never touches Qt. The UI
thread polls finished futures (every few milliseconds, and only while work is
pending) and calls ``on_success`` or ``on_failure`` there. No Qt signal ever
crosses threads carrying a Python object: PySide6 has had crashes in exactly
that (PYSIDE-3124), and polling costs nothing noticeable.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer

POLL_MS = 5


class Background(QObject):
    """A one-thread worker (by default) whose results are delivered in order on the UI thread."""

    def __init__(self, parent: QObject | None = None, name: str = "worker",
                 workers: int = 1) -> None:
        super().__init__(parent)
        self._name = name
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[tuple[Future, Callable[[Any], None],
                                  Callable[[BaseException], None] | None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def submit(self, fn: Callable[..., Any], *args: Any,
               on_success: Callable[[Any], None],
               on_failure: Callable[[BaseException], None] | None = None) -> Future:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self._workers,
                                            thread_name_prefix=self._name)
        future = self._pool.submit(fn, *args)
        self._pending.append((future, on_success, on_failure))
        if not self._timer.isActive():
            self._timer.start()
        return future

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def poll(self) -> None:
        """Deliver every finished result (called by the timer; tests may call it directly)."""
        still: list[tuple[Future, Callable[[Any], None],
                          Callable[[BaseException], None] | None]] = []
        finished = []
        for item in self._pending:
            (finished if item[0].done() else still).append(item)
        self._pending = still
        if not still:
            self._timer.stop()
        for future, on_success, on_failure in finished:
            try:
                error = future.exception()
            except CancelledError:
                continue
            if error is None:
                on_success(future.result())
            elif on_failure is not None:
                on_failure(error)
            else:
                raise error

    def shutdown(self) -> None:
        self._timer.stop()
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
