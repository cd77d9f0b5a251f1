"""Amazon's daily message limit and how much of it the seller has used today.

Amazon caps Buyer-Seller messages at (average daily orders × 5) + 600 a day
(POLICY.md §7). Decisions, all on the cautious side so the meter never
promises a message Amazon would refuse:

* A fractional product is rounded **down**: 2.5 orders a day give
  floor(12.5) + 600 = 612. The average is read as a decimal (``Decimal(str(x))``)
  so 1.4 × 5 is exactly 7, not 6.999….
* "Today" runs from midnight to midnight in the seller's chosen IANA time zone,
  or in the computer's own zone when none is chosen. Amazon does not say which
  day it counts in.
* Usage comes from the sent log. The same message exported twice on one day
  (same order ID and same body hash, say copied once for Seller Central and
  once more by mistake) counts once: Amazon receives only what is sent, and a
  copy is usually pasted once. Records without an order ID or a body hash
  always count.

The clock is injected everywhere (``now``) so day rollover is testable. No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from composer.words import Words

PER_ORDER = 5
BASE = 600
NEAR_SHARE = 0.8  # the meter turns amber at 80 % of the limit

Level = Literal["ok", "near", "full"]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class SentLike(Protocol):
    """What the quota needs of a sent-log record (``composer.store.records.SentRecord``)."""

    sent_at: datetime
    order_id: str
    body_sha256: str


def daily_limit(avg_daily_orders: float) -> int:
    """Messages allowed per day: floor(average × 5) + 600, a whole number.

    Raises ``ValueError`` for a negative, infinite or non-numeric average.
    """
    try:
        average = Decimal(str(avg_daily_orders))
    except InvalidOperation:
        raise ValueError(Words("clock")("quota.not_a_number",
                                        value=repr(avg_daily_orders))) from None
    if not average.is_finite():
        raise ValueError(Words("clock")("quota.not_finite"))
    if average < 0:
        raise ValueError(Words("clock")("quota.negative"))
    return math.floor(average * PER_ORDER) + BASE


def formula_text(avg_daily_orders: float, limit: int | None = None) -> str:
    """The formula with the seller's numbers, for tooltips and the CLI."""
    limit = daily_limit(avg_daily_orders) if limit is None else limit
    product = Decimal(str(avg_daily_orders)) * PER_ORDER
    orders = format_number(avg_daily_orders)
    if product == product.to_integral_value():
        return f"({orders} orders a day × {PER_ORDER}) + {BASE} = {limit:,} messages a day"
    whole = math.floor(product)
    return (f"{orders} orders a day × {PER_ORDER} = {product.normalize():,f}, "
            f"rounded down to {whole:,}, + {BASE} = {limit:,} messages a day")


def format_number(value: float) -> str:
    """2 → "2", 2.5 → "2.5", 1234.25 → "1,234.25"; 0.001 → "0.001", never "0" or "-0"."""
    if value == 0:
        return "0"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.2g}" if text in ("", "0", "-0") else text


def zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``; ``None`` (the computer's own zone) for "".

    Raises ``ValueError`` with plain words for an unknown name.
    """
    if not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            Words("clock")("quota.unknown_zone", value=name)
        ) from None


def local_date(moment: datetime, tz: ZoneInfo | None) -> date:
    """The calendar day of ``moment`` (aware) in ``tz`` (``None``: the computer's zone)."""
    return moment.astimezone(tz).date()


def day_bounds(day: date, tz: ZoneInfo | None) -> tuple[datetime, datetime]:
    """Local midnight to the next local midnight, as aware UTC datetimes.

    A day can be 23 or 25 hours long when the clocks change; both ends are
    computed separately so that is handled.
    """
    def midnight(d: date) -> datetime:
        naive = datetime.combine(d, time())
        aware = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
        return aware.astimezone(timezone.utc)

    return midnight(day), midnight(day + timedelta(days=1))


def today_bounds(now: datetime, tz: ZoneInfo | None) -> tuple[datetime, datetime]:
    """The start and end (UTC) of the seller's "today" at ``now``."""
    return day_bounds(local_date(now, tz), tz)


NOT_MESSAGES = ("request-a-review",)


def count_used(records: Iterable[SentLike], start: datetime, end: datetime) -> int:
    """Messages sent in [start, end), one export per (order ID, body hash) pair."""
    seen: set[tuple[str, str]] = set()
    used = 0
    for record in records:
        if not (start <= record.sent_at < end):
            continue
        if getattr(record, "route", "") in NOT_MESSAGES:  # Amazon's own button, no message
            continue
        if record.order_id and record.body_sha256:
            key = (record.order_id, record.body_sha256)
            if key in seen:
                continue
            seen.add(key)
        used += 1
    return used


@dataclass(frozen=True)
class QuotaStatus:
    """Today's figures: the limit, how many were used and are left, and the average used."""

    limit: int
    used: int
    left: int
    orders: float
    level: Level
    day: date | None = None

    def to_dict(self) -> dict[str, float | int]:
        """The ``quota --json`` contract: ``{"limit", "used", "left", "orders"}``."""
        return {"limit": self.limit, "used": self.used, "left": self.left,
                "orders": self.orders}

    @property
    def share(self) -> float:
        return self.used / self.limit if self.limit else 1.0


def level_for(used: int, limit: int) -> Level:
    if used >= limit:
        return "full"
    if used >= NEAR_SHARE * limit:
        return "near"
    return "ok"


def quota_status(avg_daily_orders: float, records: Iterable[SentLike], now: datetime,
                 tz: ZoneInfo | None = None) -> QuotaStatus:
    """Today's quota from the average and the sent log (``now`` must be timezone-aware)."""
    limit = daily_limit(avg_daily_orders)
    start, end = today_bounds(now, tz)
    used = count_used(records, start, end)
    return QuotaStatus(limit=limit, used=used, left=max(0, limit - used),
                       orders=float(avg_daily_orders), level=level_for(used, limit),
                       day=local_date(now, tz))


class SentLog(Protocol):
    def sent_log(self, since: datetime | None = None,
                 until: datetime | None = None) -> list[SentLike]: ...


def store_status(store: SentLog | None, avg_daily_orders: float, now: datetime,
                 tz: ZoneInfo | None = None) -> QuotaStatus:
    """Today's quota read from a store's sent log; no store means nothing sent yet."""
    records: list[SentLike] = []
    if store is not None:
        start, end = today_bounds(now, tz)
        records = list(store.sent_log(since=start, until=end))
    return quota_status(avg_daily_orders, records, now, tz)


Gate = Literal["ok", "warn", "refuse"]


@dataclass(frozen=True)
class QuotaCheck:
    """What export or send should do about the limit before ``count`` more messages."""

    gate: Gate
    message: str
    status: QuotaStatus


def before_sending(status: QuotaStatus, count: int = 1, language: str = "en") -> QuotaCheck:
    """Refuse at the limit; warn when these messages take the day past 80 % of it.

    Amazon stops delivering past the limit and repeated breaches can cost the
    seller messaging, so the app refuses rather than let a message get lost. The
    message is in ``language`` (resources/messages/clock.json "quota").
    """
    said = Words("clock", language)
    after = status.used + count
    limit = said.number(status.limit)
    if after > status.limit:
        return QuotaCheck("refuse", said("quota.refuse", used=said.number(status.used),
                                         limit=limit), status)
    if after == status.limit:
        return QuotaCheck("warn", said("quota.last", after=said.number(after), limit=limit),
                          status)
    if after >= NEAR_SHARE * status.limit:
        return QuotaCheck("warn", said("quota.near", after=said.number(after), limit=limit,
                                       left=said.number(status.limit - after)), status)
    return QuotaCheck("ok", "", status)


class _SettingsLike(Protocol):
    def get(self, key: str) -> object: ...


def settings_zone(settings: _SettingsLike) -> ZoneInfo | None:
    """The seller's time zone from Settings; an unknown name falls back to the computer's."""
    try:
        return zone(str(settings.get("time_zone") or ""))
    except ValueError:
        return None


def quota_left(store: SentLog | None, settings: _SettingsLike,
               now: datetime | None = None) -> QuotaStatus:
    """Today's quota for the app and the export flow: Settings' average, the store's log.

    Call :func:`before_sending` on the result before an export or a send.
    """
    average = float(settings.get("avg_daily_orders") or 0.0)  # type: ignore[arg-type]
    return store_status(store, average, now or utc_now(), settings_zone(settings))
