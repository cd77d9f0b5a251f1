"""Counts, days and times in the app's language, for the windows around the open message.

Counts go through ``translations.plural_s`` (English has no .qm to choose the form).
Days go through QLocale with a pattern each language translates (3 Nov 2026,
3. Nov. 2026, 3 nov. 2026).
"""

from __future__ import annotations

from datetime import date, datetime, timezone, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from composer.ui.translations import current_language

if TYPE_CHECKING:
    from composer.appdata.settings import Settings


def day(value: date) -> str:
    """A day as a seller writes it in the app's language: 3 Nov 2026, 3. Nov. 2026."""
    pattern = QCoreApplication.translate("LocalWords", "d MMM yyyy")
    return QLocale(current_language()).toString(QDate(value.year, value.month, value.day),
                                                pattern)


_SETTINGS: list[Settings] = []  # the window's Settings: its time zone is the seller's


def use_settings(settings: Settings) -> None:
    """Times are shown in the time zone chosen in ``settings`` (read each time: a change in
    Settings shows at once)."""
    _SETTINGS[:] = [settings]


def seller_zone() -> tzinfo | None:
    """The seller's time zone from Settings; None for this computer's own."""
    if not _SETTINGS:
        return None
    from composer.clock.quota import settings_zone

    try:
        return settings_zone(_SETTINGS[0])
    except ValueError:  # a name Settings would refuse: the computer's zone
        return None


def seller_time(value: datetime) -> datetime:
    """``value`` (aware; naive is UTC) in the seller's time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(seller_zone())


def zone_words() -> str:
    """The seller's zone as a person names it: "Berlin", or "this computer's time zone"."""
    zone = seller_zone()
    if zone is None:
        return QCoreApplication.translate("LocalWords", "this computer's time zone")
    return str(zone).rsplit("/", 1)[-1].replace("_", " ")


def zone_differs(value: datetime) -> bool:
    """The seller's zone is not the computer's at ``value``: a time could be doubted."""
    zone = seller_zone()
    return zone is not None and seller_time(value).utcoffset() != value.astimezone().utcoffset()


def moment(value: datetime) -> str:
    """A time in the seller's zone: 3 Nov 2026, 15:22; "15:22 (Berlin)" when the computer's
    clock is in another zone, so the seller can tell which it is."""
    local = seller_time(value)
    said = f"{day(local.date())}, {local:%H:%M}"
    if zone_differs(value):
        said += f" ({zone_words()})"
    return said


def zone_tip() -> str:
    """A tooltip naming the zone times are shown in."""
    return QCoreApplication.translate(
        "LocalWords", "Times in %1 (File › Settings › General)").replace("%1", zone_words())


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
