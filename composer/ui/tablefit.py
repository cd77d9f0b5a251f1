"""Fit a table's columns into its width, so a longer language never scrolls sideways.

German and French column texts run a third longer than English. The columns that can end
in "…" (their whole text is in the tooltip) give up width, in proportion, until the rest
fits; the stretching column keeps at least ``reserve`` pixels.

Lists whose columns hold short facts (a date, a state, a type) use ``content_columns``
instead: those stay whole, and only the one free-text column is shortened, in the middle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)
from shiboken6 import isValid


def fit_columns(table: QTableView, preferred: dict[int, int], reserve: int,
                least: int = 60) -> None:
    """Give the columns in ``preferred`` their width, or less when the table is too narrow."""
    header = table.horizontalHeader()
    for column in preferred:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    room = table.viewport().width()
    others = sum(header.sectionSize(c) for c in range(header.count())
                 if c not in preferred
                 and header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch)
    wanted = sum(preferred.values()) or 1
    scale = min(1.0, max(0, room - others - reserve) / wanted)
    for column, width in preferred.items():
        header.resizeSection(column, max(least, int(width * scale)))


class _MiddleElide(QStyledItemDelegate):
    """Shortens its column's text in the middle: the start and the end stay readable."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class _Squeeze(QObject):
    """Keeps the stretching column at least ``floor`` px wide by narrowing ``column``."""

    def __init__(self, table: QTableView, stretch: int, column: int, floor: int) -> None:
        super().__init__(table)
        self.table, self.stretch, self.column, self.floor = table, stretch, column, floor
        table.viewport().installEventFilter(self)
        table.model().modelReset.connect(self.fit)
        table.model().rowsInserted.connect(self.fit)
        table.model().dataChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        if not isValid(self.table):  # the model and the viewport outlive their table a while
            return
        table, header = self.table, self.table.horizontalHeader()
        whole = max(header.sectionSizeHint(self.column), table.sizeHintForColumn(self.column))
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in (self.stretch, self.column))
        room = table.viewport().width() - others - self.floor
        header.resizeSection(self.column, max(header.sectionSizeHint(self.column),
                                              min(whole, room)))


def content_columns(table: QTableView, stretch: int, squeeze: int | None = None,
                    floor: int = 160) -> None:
    """Every column as wide as its header and its text; ``stretch`` (the longest free text)
    takes the rest and is shortened in the middle (its tooltip has it whole).

    In a narrow window column ``squeeze`` (an address, say) gives up width, also shortened in
    the middle, before ``stretch`` gets less than ``floor`` px.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    middle = _MiddleElide(table)
    table.setItemDelegateForColumn(stretch, middle)
    if squeeze is not None:
        header.setSectionResizeMode(squeeze, QHeaderView.ResizeMode.Interactive)
        table.setItemDelegateForColumn(squeeze, middle)
        _Squeeze(table, stretch, squeeze, floor)
