"""Fit a table's columns into its width, so a longer language never scrolls sideways.

German and French column texts run a third longer than English. The columns that can end
in "…" (their whole text is in the tooltip) give up width, in proportion, until the rest
fits; the stretching column keeps at least ``reserve`` pixels.

Lists whose columns hold short facts (a date, a state, a type) use ``content_columns``
instead: those stay whole, and only the one free-text column is shortened, in the middle.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)
from shiboken6 import isValid

READABLE = 150  # px: about 20 characters of a shortened free-text column


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
    """Shares the width the short columns leave between the free-text columns.

    Each of ``columns`` and the stretching column gets its whole text if all fit; else each
    gets READABLE px first (an even share of less), then the shorter texts are made whole
    first (a long list of files took the whole width and left the subject "A……" and the
    address "k…k").
    """

    def __init__(self, table: QTableView, stretch: int, columns: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table, self.stretch, self.columns = table, stretch, columns
        table.viewport().installEventFilter(self)
        for changed in (table.model().modelReset, table.model().rowsInserted,
                        table.model().dataChanged):
            changed.connect(self.fit)
            changed.connect(lambda *_: QTimer.singleShot(0, self, self.fit))  # rows laid out
        # The short columns take their text's width later, as Qt lays them out: the first
        # share was made with their header widths (the buyer took 600 px at 1024 px).
        table.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.stretch and column not in self.columns:
            self.fit()

    def fit(self) -> None:
        if not isValid(self.table):  # the model and the viewport outlive their table a while
            return
        table, header = self.table, self.table.horizontalHeader()
        free = (self.stretch, *self.columns)
        room = table.viewport().width() - sum(header.sectionSize(c) for c in
                                              range(header.count()) if c not in free)
        wants = {c: max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in free}
        given = _share({c: min(want, READABLE) for c, want in wants.items()}, room)
        room -= sum(given.values())
        for column in sorted(wants, key=wants.__getitem__):  # the shorter text whole first
            more = max(0, min(wants[column] - given[column], room))
            given[column], room = given[column] + more, room - more
        given[self.stretch] += max(0, room)  # the free text takes what is left
        for column in free:
            header.resizeSection(column, max(header.minimumSectionSize(), given[column]))


def _share(wants: dict[int, int], room: int) -> dict[int, int]:
    """``room`` shared evenly; a column that wants less than its share gives the rest on."""
    left, given = len(wants), {}
    for column in sorted(wants, key=wants.__getitem__):
        given[column] = max(0, min(wants[column], room // left))
        room, left = room - given[column], left - 1
    return given


def content_columns(table: QTableView, stretch: int,
                    squeeze: int | tuple[int, ...] = ()) -> None:
    """Every column as wide as its header and its text; ``stretch`` (the longest free text)
    takes the rest and is shortened in the middle (its tooltip has it whole).

    In a narrow window the ``squeeze`` columns (an address, a list of files) share the width
    left with ``stretch``, also shortened in the middle.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)  # a wrapped cell shows its first words and "...", not the end
    middle = _MiddleElide(table)
    columns = (squeeze,) if isinstance(squeeze, int) else tuple(squeeze)
    for column in (stretch, *columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setItemDelegateForColumn(column, middle)
    _Squeeze(table, stretch, columns)
