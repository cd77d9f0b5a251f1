"""Times the way a seller says them: "just now", "5 min ago", "yesterday"."""

from __future__ import annotations

from datetime import datetime, timezone


def ago(moment: str | datetime, now: datetime | None = None) -> str:
    """A short relative time for a UTC ISO timestamp (or aware datetime)."""
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = now or datetime.now(timezone.utc)
    seconds = (current - when).total_seconds()
    if seconds < 45:
        return "just now"
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min ago"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h ago"
    local = when.astimezone()
    if seconds < 2 * 86400:
        return "yesterday"
    if seconds < 7 * 86400:
        return local.strftime("%A")
    return f"{local.day} {local.strftime('%b %Y')}"
