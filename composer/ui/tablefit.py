"""Fit a table's columns into its width, so a longer language never scrolls sideways.

German and French column texts run a third longer than English. The columns that can end
in "…" (their whole text is in the tooltip) give up width, in proportion, until the rest
fits; the stretching column keeps at least ``reserve`` pixels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


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
