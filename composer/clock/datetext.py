"""Dates as a seller types them: "2026-11-20", "20 Nov 2026", "20.11.2026", "11/20/2026".

The header's date fields take typed text, not only a calendar. A date is read in
the ISO order (year first) when it starts with a four-digit year; otherwise the
numbers follow the seller's own order (``"DMY"`` or ``"MDY"``, from the computer's
locale), and month names are read in English plus whatever names the caller adds
(the UI adds the locale's and the five buyer languages'). When the seller's order
gives no valid date but the other one does ("20/11/2026" on a US computer), the
other one is taken: a month cannot be 20. A time ("14:30", "2:30 pm") may follow
the date where the field wants one. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time
from functools import cache

from composer.words import Words

ENGLISH_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec")), start=1)
    for name in names
}
ENGLISH_WEEKDAYS = frozenset({
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun"})
EXAMPLE = "20 Nov 2026 or 2026-11-20"  # in the words of resources/messages/clock.json

# Compiled at first use, not at import: the header's date fields are in the first frame,
# and reading a date is not (tests/test_startup_imports.py).
@cache
def _iso() -> re.Pattern[str]:
    return re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\.?$")


@cache
def _numeric() -> re.Pattern[str]:
    return re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{2}|\d{4}))?\.?$")


@cache
def _compact() -> re.Pattern[str]:
    return re.compile(r"^(\d{4})(\d{2})(\d{2})$")


@cache
def _time() -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s,T]|\bat\b|\bum\b|\bà\b|\ba las\b|\balle\b)\s*"
                      r"(\d{1,2})\s*[:h.]\s*(\d{2})(?:\s*([ap])\.?\s*m\.?)?\s*(?:uhr|h)?\s*$",
                      re.IGNORECASE)


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+\.?|\d+(?:st|nd|rd|th|er|e|º|°)?\.?", re.IGNORECASE)


class DateTextError(ValueError):
    """The text is not a date that can be read; ``str()`` says so in plain words, and
    ``short`` in a few (what fits under a field; the whole sentence is its tooltip)."""

    def __init__(self, message: str, short: str = "") -> None:
        super().__init__(message)
        self.short = short or message


def numeric_order(pattern: str) -> str:
    """"DMY", "MDY" or "YMD" from a locale's date pattern such as "dd/MM/yyyy" or "M/d/yy"."""
    found = []
    for letter in pattern:
        key = {"d": "D", "M": "M", "y": "Y"}.get(letter)
        if key and key not in found:
            found.append(key)
    order = "".join(found)
    return order if order in ("DMY", "MDY", "YMD") else "DMY"


def _year(text: str, today: date) -> int:
    number = int(text)
    if len(text) == 2:
        century = today.year // 100 * 100
        number += century
        if number > today.year + 20:  # "98" is 1998, not 2098
            number -= 100
    return number


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_numbers(first: int, second: int, year: int, order: str) -> date | None:
    """Day and month in the seller's order; the other order only if the first cannot be."""
    day, month = (second, first) if order == "MDY" else (first, second)
    return _make(year, month, day) or _make(year, day, month)


def _from_words(text: str, months: Mapping[str, int], today: date) -> date | None:
    """"20 Nov 2026", "Nov 20, 2026", "Friday, 20. November 2026", "20th of November"."""
    month: int | None = None
    numbers: list[str] = []
    for token in _word().findall(text):
        word = token.rstrip(".").lower()
        if word[:1].isdigit():
            numbers.append(re.sub(r"\D+$", "", word))
            continue
        if word in months and month is None:
            month = months[word]
        elif word in ENGLISH_WEEKDAYS or word in ("of", "de", "del", "di", "le", "el", "den"):
            continue
        elif word in months:
            return None  # two month names
        else:
            return None
    if month is None or not 1 <= len(numbers) <= 2:
        return None
    if len(numbers) == 1:
        return _make(today.year, month, int(numbers[0])) if len(numbers[0]) <= 2 else None
    first, second = numbers
    if len(first) == 4:  # "2026 Nov 20"
        return _make(int(first), month, int(second))
    if len(second) in (2, 4) and len(first) <= 2:
        return _make(_year(second, today), month, int(first))
    return None


def parse_date(text: str, order: str = "DMY", months: Mapping[str, int] | None = None,
               today: date | None = None) -> date | None:
    """The date in ``text``, or None when it is empty; :class:`DateTextError` otherwise.

    ``order`` is the seller's numeric order ("DMY", "MDY" or "YMD"), ``months`` extra
    month names (lower case, without a final dot) with their numbers.
    """
    today = today or date.today()
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    if not cleaned:
        return None
    found: date | None = None
    if (match := _iso().match(cleaned)) or (match := _compact().match(cleaned)):
        found = _make(int(match[1]), int(match[2]), int(match[3]))
    elif match := _numeric().match(cleaned):
        year = _year(match[3], today) if match[3] else today.year
        found = _from_numbers(int(match[1]), int(match[2]), year, order)
    else:
        names = dict(ENGLISH_MONTHS)
        names.update(months or {})
        found = _from_words(cleaned, names, today)
    if found is None:
        words = Words("clock")
        raise DateTextError(words("date.unreadable", text=cleaned),
                            words("date.unreadable_short", text=cleaned))
    return found


def parse_date_time(text: str, order: str = "DMY", months: Mapping[str, int] | None = None,
                    today: date | None = None) -> datetime | None:
    """A date with an optional time after it ("20 Nov 2026 14:30", "2026-11-20 2:30 pm").

    Without a time the moment is midnight. Returns a naive datetime (the caller's
    local time), None for empty text, and raises :class:`DateTextError` otherwise.
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    if not cleaned:
        return None
    at = time(0, 0)
    match = _time().search(cleaned)
    if match and match.start() > 0:
        hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").lower()
        if half:
            if not 1 <= hour <= 12:
                raise DateTextError(Words("clock")("date.not_a_time",
                                                   text=match.group(0).strip()))
            hour = hour % 12 + (12 if half == "p" else 0)
        if hour > 23 or minute > 59:
            raise DateTextError(Words("clock")("date.not_a_time_example",
                                               text=match.group(0).strip()))
        at = time(hour, minute)
        cleaned = cleaned[:match.start()].rstrip(" ,")
    day = parse_date(cleaned, order, months, today)
    assert day is not None
    return datetime.combine(day, at)
