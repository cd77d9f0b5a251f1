"""The order of the buyer messages list, one rule for the app and ``inbox list``. No Qt.

Waiting messages come first, the one due soonest (or most overdue) first; then answered
ones, newest first; then those marked "No response needed", newest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

GROUPS = {"waiting": 0, "answered": 1, "no-response": 2}


class Row(Protocol):
    @property
    def state(self) -> str: ...
    @property
    def received_at(self) -> datetime: ...
    @property
    def due_at(self) -> datetime: ...


def sort_for_list(rows: Iterable[Row], now: datetime) -> list:
    """``rows`` in list order (``now`` is kept for a clock that sorts by time left)."""
    def key(row: Row) -> tuple[int, float]:
        group = GROUPS.get(row.state, 3)
        if group == 0:
            return (0, (row.due_at - now).total_seconds())
        return (group, -row.received_at.timestamp())

    return sorted(rows, key=key)


def waiting_count(rows: Sequence[Row]) -> int:
    return sum(1 for row in rows if row.state == "waiting")
