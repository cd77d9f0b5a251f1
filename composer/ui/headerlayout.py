"""Where the header's fields sit: two columns when there is room, one when the window is narrow.

At 1280 px the long fields (To, Type, Subject, Product) sit on the left and the short
ones (Order ID, the dates, Language) beside them. At 1024 px the writing column is about
530 px wide, and two columns cut the buyer's address and the type's name in half. There
the long fields get a row each and the short ones share rows two by two, the two dates
together. Rows the form adds later are placed by the same rule: a field spanning the
left column is long, a field in the right column short, a field spanning both a full row.

The Tab order follows what the seller sees: row by row, left to right.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

LEFT, RIGHT = 0, 4  # the label columns; each field sits in the column after its label
LONG_SPAN = 3
FULL_SPAN = 5


class HeaderCell:
    """One field with its label and the message line under it, and its wide position.
    A plain class, not a dataclass: it is made before the first frame (0.5 ms less)."""

    __slots__ = ("column", "field", "key", "label", "message", "row", "span")

    def __init__(self, key: str, label: QLabel, field: QWidget, message: QWidget, row: int,
                 column: int, span: int) -> None:
        self.key = key
        self.label = label
        self.field = field
        self.message = message
        self.row = row
        self.column = column
        self.span = span


def _place(grid: QGridLayout, cell: HeaderCell, row: int, column: int, span: int) -> None:
    grid.addWidget(cell.label, row, column)
    grid.addWidget(cell.field, row, column + 1, 1, span)
    grid.addWidget(cell.message, row + 1, column + 1, 1, span)


def arrange(grid: QGridLayout, cells: list[HeaderCell], narrow: bool) -> list[HeaderCell]:
    """Put every cell in its place for a wide or a narrow header (idempotent); return the
    cells in reading order, for Tab (see :func:`tab_order`)."""
    for cell in cells:
        for widget in (cell.label, cell.field, cell.message):
            grid.removeWidget(widget)
    if not narrow:
        for cell in cells:
            _place(grid, cell, cell.row, cell.column, cell.span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(RIGHT + 1, 0)
        return sorted(cells, key=lambda c: (c.row, c.column))
    long = [c for c in cells if c.column == LEFT and c.span < FULL_SPAN]
    # The dates side by side, after the others: paired with the order ID, French "Date de
    # commande" left its date too little room at 1024 px.
    short = sorted((c for c in cells if c.column == RIGHT), key=lambda c: c.key.endswith("date"))
    full = [c for c in cells if c.span >= FULL_SPAN]
    row = 0
    order: list[HeaderCell] = []
    for cell in long:
        _place(grid, cell, row, LEFT, FULL_SPAN)
        order.append(cell)
        row += 2
    for index in range(0, len(short), 2):
        pair = short[index:index + 2]
        _place(grid, pair[0], row, LEFT, LONG_SPAN if len(pair) == 2 else FULL_SPAN)
        if len(pair) == 2:
            _place(grid, pair[1], row, RIGHT, 1)
        order.extend(pair)
        row += 2
    for cell in full:
        _place(grid, cell, row, LEFT, FULL_SPAN)
        order.append(cell)
        row += 2
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(RIGHT + 1, 1)
    return order


def tab_order(cells: list[HeaderCell]) -> list[QWidget]:
    """The controls of ``cells`` in order; :func:`next_in_order` follows it on Tab.

    Asked on the first Tab, not when the header is built: a widget's focus policy is a
    ``Qt`` enum, which the first frame avoids (FIRST_FRAME_NOTE in ``headerform.py``).

    ``QWidget.setTabOrder`` is not used: after a few rearrangements Qt's chain went astray
    around the date fields' focus proxies, and Tab jumped from Type to Order date.
    """
    widgets: list[QWidget] = []
    for cell in cells:
        for widget in (cell.field, *cell.field.findChildren(QWidget)):
            if widget.focusPolicy().value & 1 and widget.focusProxy() is None:
                widgets.append(widget)  # Qt.FocusPolicy.TabFocus
    return widgets


def next_in_order(order: list[QWidget], header: QWidget, current: QWidget | None,
                  forward: bool) -> QWidget | None:
    """The header's next (or previous) control after ``current`` that can take the focus now;
    None when ``current`` is the last (or first) one, or not one of them."""
    if current not in order:
        return None
    index = order.index(current)
    steps = order[index + 1:] if forward else order[:index][::-1]
    for widget in steps:
        if widget.isVisibleTo(header) and widget.isEnabled():
            return widget
    return None


def leave(order: list[QWidget], header: QWidget, forward: bool) -> QWidget | None:
    """The first control outside the header, after (or before) it in the window's chain."""
    if not order:
        return None
    start = order[-1] if forward else order[0]
    widget = start.nextInFocusChain() if forward else start.previousInFocusChain()
    while widget is not None and widget is not start:
        outside = not header.isAncestorOf(widget) and widget is not header
        if (outside and widget.focusPolicy().value & 1 and widget.isVisible()
                and widget.isEnabled() and widget.focusProxy() is None):
            return widget
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return None
