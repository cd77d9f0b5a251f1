"""Counts, days and times in the app's language, for the windows around the open message.

Qt's plural forms come from the translations, and English has none loaded: ``english``
says an untranslated "%n message(s)" as "1 message" or "2 messages". Days go through
QLocale with a pattern each language translates (3 Nov 2026, 3. Nov. 2026, 3 nov. 2026).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from composer.ui.translations import current_language


def english(text: str, n: int) -> str:
    """``text`` from ``tr("%n message(s)", "", n)``: right in English, as is when translated."""
    return text.replace("(s)", "" if n == 1 else "s")


def day(value: date) -> str:
    """A day as a seller writes it in the app's language: 3 Nov 2026, 3. Nov. 2026."""
    pattern = QCoreApplication.translate("LocalWords", "d MMM yyyy")
    return QLocale(current_language()).toString(QDate(value.year, value.month, value.day),
                                                pattern)


def moment(value: datetime) -> str:
    """A time in the seller's own zone: 3 Nov 2026, 15:22."""
    local = value.astimezone()
    return f"{day(local.date())}, {local:%H:%M}"


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2 … replaced at once (a value holding "%2" stays as it is)."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def decimal(value: float) -> str:
    """2 → "2", 4.7 → "4.7" (4,7 in German), 1234.25 → "1,234.25", with QLocale."""
    locale = QLocale(current_language())
    if float(value).is_integer():
        return locale.toString(int(value))
    text = locale.toString(float(value), "f", 2)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text
