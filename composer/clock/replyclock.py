"""The 24-hour reply clock: how long the seller has left to answer a buyer.

Amazon counts a reply as late after 24 hours, weekends and holidays included
(POLICY.md §1). The clock is amber in the last 4 hours and "late" after 24.
Every state has words, so colour is never the only signal. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Literal

from composer.words import Words

REPLY_WITHIN = timedelta(hours=24)
AMBER_UNDER = timedelta(hours=4)

ClockState = Literal["ok", "amber", "late"]
ICONS: dict[str, str] = {"ok": "◷", "amber": "⚠", "late": "✖"}


@dataclass(frozen=True)
class ReplyClock:
    state: ClockState
    left: timedelta  # negative once late
    due: datetime  # when the 24 hours run out (aware)

    @property
    def text(self) -> str:
        """Short words for a label: "5 h 20 min left to reply", "Late by 2 h"."""
        return self.words()

    @property
    def short(self) -> str:
        """For the drafts list: "⚠ 3 h 10 min", "✖ late"."""
        return self.short_words()

    def words(self, language: str = "en") -> str:
        """:attr:`text` in ``language`` (resources/messages/clock.json "reply")."""
        said = Words("clock", language)
        if self.state == "late":
            return f"{ICONS['late']} " + said("reply.late_by", span=duration(-self.left, language))
        return f"{ICONS[self.state]} " + said("reply.left", span=duration(self.left, language))

    def short_words(self, language: str = "en") -> str:
        """:attr:`short` in ``language``."""
        if self.state == "late":
            return f"{ICONS['late']} " + Words("clock", language)("reply.late")
        return f"{ICONS[self.state]} {duration(self.left, language)}"


def duration(span: timedelta, language: str = "en") -> str:
    """A time span the way a person says it: "45 min", "3 h 5 min", "2 days 4 h"."""
    said = Words("clock", language)
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        larger = said.plural("reply.days", days)  # each language writes "2 days 4 h" so
        return f"{larger} {said('reply.hours', n=hours)}" if hours else larger
    if hours:
        larger = said("reply.hours", n=hours)
        return f"{larger} {said('reply.minutes', n=mins)}" if mins else larger
    return said("reply.minutes", n=mins) if mins else said("reply.under_a_minute")


def reply_clock(received_at: datetime, now: datetime | None = None) -> ReplyClock:
    """The clock for a buyer message received at ``received_at`` (naive means UTC)."""
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=timezone.utc)
    current = now or datetime.now(timezone.utc)
    due = received_at + REPLY_WITHIN
    left = due - current
    if left <= timedelta(0):
        state: ClockState = "late"
    elif left < AMBER_UNDER:
        state = "amber"
    else:
        state = "ok"
    return ReplyClock(state=state, left=left, due=due)


URGENCY = {"late": 0, "amber": 1, "ok": 2}


def urgency_key(clock: ReplyClock | None) -> tuple[int, float]:
    """Sort key: late first, then the least time left; drafts without a clock last."""
    if clock is None:
        return (3, 0.0)
    return (URGENCY[clock.state], clock.left.total_seconds())
