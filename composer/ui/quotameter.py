"""The status-bar quota meter: "Today 37 / 1,100 messages" with a small bar.

Amber at 80 % and red at the limit, always with a word or icon as well, so
colour is never the only signal. Hover for the formula with the seller's own
numbers; a click asks for Settings (``settingsRequested``), where the average
orders per day and the time zone live. The figures come from
:func:`composer.clock.quota.quota_left`; the window refreshes them.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from composer.clock.quota import BASE, PER_ORDER, QuotaStatus, format_number, formula_text
from composer.ui.translations import current_language, number

LEVEL_ICON = {"ok": "", "near": "⚠ ", "full": "✖ "}
LEVEL_WORDS = {"ok": "", "near": QT_TRANSLATE_NOOP("QuotaMeter", " · nearly used up"),
               "full": QT_TRANSLATE_NOOP("QuotaMeter", " · limit reached")}
LEVEL_COLOUR = {"ok": "#2e7d32", "near": "#b26a00", "full": "#c62828"}
LEVEL_TEXT_STYLE = {"ok": "", "near": "color: #8a5300; font-weight: 600;",
                    "full": "color: #b71c1c; font-weight: 600;"}
translate = QCoreApplication.translate


def meter_text(status: QuotaStatus) -> str:
    """The words on the meter, e.g. "⚠ Today 900 / 1,100 messages · nearly used up"."""
    words = translate("QuotaMeter", LEVEL_WORDS[status.level]) if status.level != "ok" else ""
    return LEVEL_ICON[status.level] + translate(
        "QuotaMeter", "Today {used} / {limit} messages").format(
            used=number(status.used), limit=number(status.limit)) + words


def _formula(status: QuotaStatus) -> str:
    """The formula with the seller's numbers, in the app's language where it is a whole one."""
    product = status.orders * PER_ORDER
    if current_language() == "en":
        return formula_text(status.orders, status.limit)
    if float(product).is_integer():
        return translate("QuotaMeter", "({orders} orders a day × {per_order}) + {base} = "
                         "{limit} messages a day").format(
            orders=_decimal(status.orders), per_order=PER_ORDER, base=number(BASE),
            limit=number(status.limit))
    return translate("QuotaMeter", "{orders} orders a day × {per_order} = {product}, rounded "
                     "down to {whole}, + {base} = {limit} messages a day").format(
        orders=_decimal(status.orders), per_order=PER_ORDER, product=_decimal(product),
        whole=number(math.floor(product)), base=number(BASE), limit=number(status.limit))


def _decimal(value: float) -> str:
    """2.5 as the app language writes it (2,5), without grouping, never rounded to 0."""
    point = QLocale(current_language()).decimalPoint()
    return format_number(value).replace(",", "").replace(".", point)


def meter_tooltip(status: QuotaStatus, zone_name: str = "") -> str:
    """The formula with the seller's numbers, what was used since when, and what a click does."""
    zone = zone_name or translate("QuotaMeter", "your computer's time zone")
    lines = [
        translate("QuotaMeter", "<b>Amazon's daily message limit</b>: (average orders per day "
                  "× {per_order}) + {base}.").format(per_order=PER_ORDER, base=BASE),
        translate("QuotaMeter", "Yours: {formula}.").format(formula=html.escape(_formula(status))),
        translate("QuotaMeter", "Sent today (since midnight, {zone}): {used}; left: {left}."
                  ).format(zone=html.escape(zone), used=number(status.used),
                           left=number(status.left)),
    ]
    if status.orders == 0:
        lines.append(translate("QuotaMeter", "Your average orders per day is not set, so this "
                               "is Amazon's base limit."))
    if status.level == "full":
        lines.append(translate("QuotaMeter", "Amazon does not deliver messages past the limit: "
                               "sending is refused until tomorrow."))
    lines.append(translate("QuotaMeter", "Click to change your average orders per day or import "
                           "your order report."))
    return "<br>".join(lines)


class QuotaMeter(QWidget):
    """A compact, clickable meter for the status bar."""

    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quota-meter")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Messages sent today"))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(6)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(72, 8)
        self.bar.setRange(0, 1000)
        row.addWidget(self.bar)
        row.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.status: QuotaStatus | None = None
        self.level = "ok"

    def refresh(self, status: Callable[[], QuotaStatus], zone_name: str = "") -> None:
        """Read today's figures and show them; a damaged log or setting only says so here."""
        try:
            self.show_status(status(), zone_name)
        except Exception as exc:  # it must never take the window down
            self.setToolTip(self.tr("The sent log could not be read: {error}").format(error=exc))

    def show_status(self, status: QuotaStatus, zone_name: str = "") -> None:
        self.status = status
        self.level = status.level
        text = meter_text(status)
        # Style first: a bold font changes the width the text needs.
        self.label.setStyleSheet(LEVEL_TEXT_STYLE[status.level])
        self.label.setText(text)
        self.label.updateGeometry()
        self.bar.setValue(min(1000, round(1000 * status.share)))
        colour = LEVEL_COLOUR[status.level]
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid #90a4ae; border-radius: 3px; background: #eceff1; }"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}")
        tip = meter_tooltip(status, zone_name)
        self.setToolTip(tip)
        self.label.setToolTip(tip)
        self.bar.setToolTip(tip)
        self.setAccessibleDescription(self.tr("{meter}. {left} left today.").format(
            meter=text, left=number(status.left)))

    def text(self) -> str:
        return self.label.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.settingsRequested.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.settingsRequested.emit()
            return
        super().keyPressEvent(event)
