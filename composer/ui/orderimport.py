"""Import Amazon's "All Orders" report to set the average orders per day.

The seller chooses the report and 7 or 30 days; the dialog shows the figures it
used (orders, days, dates, cancelled orders left out) and the limit that
follows. "Use this average" hands the average back (:attr:`chosen_average`).
The file is read on a worker thread: a large report never freezes the window.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from composer.clock.orderreport import (
    OrderAverage,
    OrderReportError,
    average_orders,
    parse_orders,
    read_text,
)
from composer.clock.quota import daily_limit
from composer.ui.background import Background
from composer.ui.localwords import day, decimal, fill
from composer.ui.translations import number, plural_s, say


def _day(value: date | None) -> str:
    return day(value) if value else "–"


def figures_text(result: OrderAverage) -> str:
    """The figures the average rests on, in plain words (HTML for a label)."""
    return OrderFigures().text(result)


class OrderFigures(QObject):
    """The figures' words: a QObject for Qt's tr and its plural forms."""

    def text(self, result: OrderAverage) -> str:
        value = result.setting_value
        rounded = "" if abs(value - result.average) < 1e-9 else self.tr(
            " (%1, rounded down so the limit is never too high)").replace(
                "%1", decimal(round(result.average, 2)))
        orders = plural_s(self.tr("<b>%1 orders a day</b>%2: %Ln order(s) from %3 to %4 (%5 "
                                 "days, today left out because it is not over).", "",
                                 result.orders), result.orders)
        lines = [
            fill(orders, decimal(value), rounded, _day(result.first_day),
                 _day(result.last_day), number(result.days)),
            fill(self.tr("Your daily message limit would be (%1 × 5) + 600 = <b>%2</b> "
                         "messages."), decimal(value), number(daily_limit(value))),
        ]
        if result.first_order:
            details = fill(plural_s(self.tr(
                "The report has %Ln line(s) with orders from %1 to %2; an order with several "
                "items is counted once.", "", result.lines), result.lines),
                _day(result.first_order), _day(result.last_order))
        else:
            details = plural_s(self.tr("The report has %Ln line(s); an order with several "
                                      "items is counted once.", "", result.lines), result.lines)
        if result.cancelled:
            details += " " + plural_s(self.tr("%Ln cancelled order(s) left out.", "",
                                             result.cancelled), result.cancelled)
        lines.append(details)
        for note in result.notes:
            lines.append(f"<span style='color:#8a5300'>⚠ {html.escape(say(note))}</span>")
        return "<br>".join(lines)


def _read_both(path: Path, today: date, tz: ZoneInfo | None) -> dict[int, OrderAverage]:
    """Worker: both periods at once, so switching between them is instant."""
    orders = parse_orders(read_text(path))
    return {days: average_orders(orders, today, days, tz) for days in (7, 30)}


class OrderImportDialog(QDialog):
    """Choose the report, 7 or 30 days, see the figures, use the average."""

    def __init__(self, parent: QWidget | None = None, days: int = 30,
                 tz: ZoneInfo | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import your order report"))
        self.setMinimumWidth(560)
        self.tz = tz
        self.today = today
        self.results: dict[int, OrderAverage] | None = None
        self.chosen_average: float | None = None
        self.worker = Background(self, "order-report")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("In Seller Central, open <b>Reports › Fulfilment › All Orders</b>, download "
                    "the report for at least the last 30 days as a text file, and choose it "
                    "here. Seller Composer counts your orders; nothing is sent anywhere."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No report chosen"))
        self.path.setAccessibleName(self.tr("Order report file"))
        self.choose = QPushButton(self.tr("&Choose report…"), self)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Average over:"), self))
        self.week = QRadioButton(self.tr("the last &7 days"), self)
        self.month = QRadioButton(self.tr("the last &30 days"), self)
        self.periods = QButtonGroup(self)
        self.periods.addButton(self.week, 7)
        self.periods.addButton(self.month, 30)
        (self.week if days == 7 else self.month).setChecked(True)
        period.addWidget(self.week)
        period.addWidget(self.month)
        period.addStretch(1)
        layout.addLayout(period)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("Figures used"))
        self.figures.setMinimumHeight(90)
        layout.addWidget(self.figures, 1)
        self.buttons = QDialogButtonBox(self)
        self.use = self.buttons.addButton(self.tr("&Use this average"),
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use.setEnabled(False)
        layout.addWidget(self.buttons)
        self.choose.clicked.connect(self._choose)
        self.periods.idClicked.connect(lambda _id: self._show())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def days(self) -> int:
        return 7 if self.week.isChecked() else 30

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the All Orders report"), "",
            self.tr("Amazon order reports (*.txt *.tsv *.csv);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read ``path`` on the worker; the figures appear when it is done."""
        self.path.setText(str(path))
        self.results = None
        self.use.setEnabled(False)
        self.figures.setStyleSheet("")
        self.figures.setText(self.tr("Reading the report…"))
        today = self.today or date.today()
        self.worker.submit(_read_both, path, today, self.tz,
                           on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, results: dict[int, OrderAverage]) -> None:
        self.results = results
        self._show()

    def _failed(self, error: BaseException) -> None:
        self.results = None
        self.use.setEnabled(False)
        if isinstance(error, OrderReportError):
            words = say(str(error))
        else:
            words = self.tr("The report could not be read: %1").replace("%1", str(error))
        self.figures.setStyleSheet("color: #b71c1c;")
        self.figures.setText(f"✖ {html.escape(words)}")

    def _show(self) -> None:
        if self.results is None:
            return
        result = self.results[self.days]
        self.figures.setStyleSheet("")
        self.figures.setText(figures_text(result))
        self.use.setEnabled(True)

    def accept(self) -> None:
        if self.results is not None:
            self.chosen_average = self.results[self.days].setting_value
        super().accept()

    def done(self, result: int) -> None:
        self.worker.shutdown()
        super().done(result)


def import_average(parent: QWidget, days: int, tz: ZoneInfo | None) -> tuple[float, int] | None:
    """Run the dialog; the chosen (average, period in days), or ``None`` if cancelled."""
    dialog = OrderImportDialog(parent, days=days, tz=tz)
    if dialog.exec() and dialog.chosen_average is not None:
        return dialog.chosen_average, dialog.days
    return None


