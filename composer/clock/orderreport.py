"""Average daily orders from Amazon's "All Orders" report (tab-separated text).

Seller Central's report has one line per *item*, so an order with three items
is three lines; it is counted once, by ``amazon-order-id``. Decisions:

* Cancelled orders (``order-status`` "Cancelled") are left out: the quota is
  about order volume, and counting them would raise the limit above what Amazon
  may grant. How many were left out is reported.
* The period is the last 7 or 30 **whole** days before today, in the seller's
  time zone; today is left out because it is not over. Each order counts on the
  day of its ``purchase-date`` in that zone.
* Other columns, a byte-order mark, Windows line ends and blank lines are
  accepted. Text that is not UTF-8 is read as Windows-1252, which older
  European reports use.
* A problem names the line and the column in plain words.

No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from composer.words import Words

# The report's sentences, in English: the Settings window says them in the app's language.
_WORDS = Words("clock")


PERIODS = (7, 30)
ORDER_ID = "amazon-order-id"
PURCHASE_DATE = "purchase-date"
STATUS = "order-status"
CANCELLED = frozenset({"cancelled", "canceled"})
_EXAMPLE = "2026-11-20T14:03:11+00:00"
_LINE_END = re.compile(r"\r\n|\r|\n")


class OrderReportError(ValueError):
    """The report cannot be used; ``str()`` says why in plain words."""

    def __init__(self, message: str, line: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Order:
    order_id: str
    purchased: datetime  # timezone-aware
    cancelled: bool
    line: int


@dataclass(frozen=True)
class OrderAverage:
    """The average and every figure used to get it, so the seller can check it."""

    average: float  # orders per day over the period
    orders: int  # distinct, not cancelled orders in the period
    days: int  # length of the period
    first_day: date  # the period's first day
    last_day: date  # the period's last day (yesterday)
    first_order: date | None  # earliest purchase date in the whole report
    last_order: date | None  # latest purchase date in the whole report
    cancelled: int  # cancelled orders left out (in the period)
    lines: int  # data lines read
    notes: tuple[str, ...] = ()

    @property
    def setting_value(self) -> float:
        """The average for Settings, rounded *down* to one decimal (never a higher limit)."""
        return int(self.average * 10 + 1e-9) / 10


def read_text(path: Path) -> str:
    """The report's text: UTF-8 (with or without a byte-order mark), else Windows-1252."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise OrderReportError(_WORDS("report.unreadable", error=exc.strerror or exc)) from None
    if b"\x00" in raw[:4096]:
        raise OrderReportError(_WORDS("report.binary"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_purchase_date(value: str) -> datetime | None:
    """An ISO date and time such as 2026-11-20T14:03:11+00:00; ``None`` if unreadable.

    "Z" is read as UTC; a time without an offset is taken as UTC (Amazon writes UTC).
    """
    text = value.strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    if text.upper().endswith(" UTC"):
        text = text[:-4] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def parse_orders(text: str) -> list[Order]:
    """Every data line of the report, with its line number; raises on a broken line."""
    # Only CR, LF and CRLF end a line: str.splitlines() would also break inside a product
    # name holding U+2028, U+0085 or a form feed, and blame the wrong line.
    lines = _LINE_END.split(text.lstrip("\ufeff"))
    header_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_index is None:
        raise OrderReportError(_WORDS("report.empty"))
    names = [name.strip().lstrip("\ufeff").lower() for name in lines[header_index].split("\t")]
    header_line = header_index + 1
    missing = [name for name in (ORDER_ID, PURCHASE_DATE) if name not in names]
    if missing:
        found = ", ".join(n for n in names[:6] if n) or _WORDS("report.nothing")
        if len(names) == 1:
            detail = _WORDS("report.no_tabs")
        else:
            detail = _WORDS("report.columns", value=found + ("…" if len(names) > 6 else ""))
        raise OrderReportError(
            _WORDS("report.missing_column", line=header_line, column=missing[0], detail=detail),
            line=header_line, column=missing[0])
    id_col, date_col = names.index(ORDER_ID), names.index(PURCHASE_DATE)
    status_col = names.index(STATUS) if STATUS in names else None
    orders: list[Order] = []
    for index in range(header_index + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        number = index + 1
        fields = line.split("\t")

        def cell(col: int, name: str, fields: list[str] = fields, number: int = number) -> str:
            if col >= len(fields):
                raise OrderReportError(
                    _WORDS.plural("report.short_line", len(fields), line=number, column=name,
                                  position=col + 1), line=number, column=name)
            return fields[col].strip()

        order_id = cell(id_col, ORDER_ID)
        if not order_id:
            raise OrderReportError(_WORDS("report.no_order_id", line=number, column=ORDER_ID),
                                   line=number, column=ORDER_ID)
        raw_date = cell(date_col, PURCHASE_DATE)
        purchased = parse_purchase_date(raw_date)
        if purchased is None:
            shown = raw_date if len(raw_date) <= 40 else raw_date[:39] + "…"
            what = (_WORDS("report.bad_date", value=shown) if raw_date
                    else _WORDS("report.empty_date"))
            raise OrderReportError(
                _WORDS("report.date_problem", line=number, column=PURCHASE_DATE, what=what,
                       example=_EXAMPLE),
                line=number, column=PURCHASE_DATE)
        status = ""
        if status_col is not None and status_col < len(fields):
            status = fields[status_col].strip().lower()
        orders.append(Order(order_id, purchased, status in CANCELLED, number))
    return orders


def average_orders(orders: Iterable[Order], today: date, days: int,
                   tz: ZoneInfo | None = None, lines: int | None = None) -> OrderAverage:
    """Distinct, not cancelled orders per day over the ``days`` whole days before ``today``."""
    if days < 1:
        raise ValueError(_WORDS("report.period"))
    items = list(orders)
    first_day, last_day = today - timedelta(days=days), today - timedelta(days=1)
    first_seen: dict[str, Order] = {}
    live: set[str] = set()  # orders with at least one line not cancelled
    for order in items:
        first_seen.setdefault(order.order_id, order)
        if not order.cancelled:
            live.add(order.order_id)
    counted: set[str] = set()
    cancelled: set[str] = set()
    all_days: list[date] = []
    for order_id, order in first_seen.items():
        day = order.purchased.astimezone(tz).date()
        all_days.append(day)
        if not first_day <= day <= last_day:
            continue
        # One item line may say Cancelled while another of the same order shipped.
        (counted if order_id in live else cancelled).add(order_id)
    first_order = min(all_days) if all_days else None
    last_order = max(all_days) if all_days else None
    notes: list[str] = []
    if not items:
        notes.append(_WORDS("report.no_orders"))
    else:
        if first_order is not None and first_order > first_day:
            covered = (last_day - first_order).days + 1
            notes.append(_WORDS("report.starts_late", start=f"{first_order:%d %b %Y}",
                                covered=max(covered, 0), days=days))
        if last_order is not None and last_order < last_day - timedelta(days=1):
            notes.append(_WORDS("report.old", newest=f"{last_order:%d %b %Y}"))
    return OrderAverage(
        average=len(counted) / days, orders=len(counted), days=days, first_day=first_day,
        last_day=last_day, first_order=first_order, last_order=last_order,
        cancelled=len(cancelled), lines=len(items) if lines is None else lines,
        notes=tuple(notes))


def import_report(path: Path, today: date, days: int = 30,
                  tz: ZoneInfo | None = None) -> OrderAverage:
    """Read a report file and return the average over the chosen period (7 or 30 days)."""
    orders = parse_orders(read_text(path))
    return average_orders(orders, today, days, tz)
