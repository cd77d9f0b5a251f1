"""Parts of the attachments list: the rows' scroll area, dropped files, and Qt's own
attach dialog made readable (Size, Type and Date as wide as what they hold)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import QFileDialog, QScrollArea, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class ColumnFitter(QObject):
    """While the attach dialog is open: Qt's own file dialog (used where the desktop offers
    none) gets Size, Type and Date as wide as what they hold (Qt cut them: "147…KiB") and
    the name the rest. The desktop's own dialog is left as it is."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            fit_columns(watched)
        return False


def fit_columns(dialog: QFileDialog) -> None:
    from PySide6.QtWidgets import QHeaderView, QTreeView

    view = dialog.findChild(QTreeView)
    if view is None or view.property("columns-fitted"):
        return
    view.setProperty("columns-fitted", True)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    width, height = 780, max(dialog.height(), 460)  # a long name beside whole sizes and dates
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
    dialog.resize(max(dialog.width(), width), height)


class RowsScroll(QScrollArea):
    """The list of rows; it asks for the rows' present height.

    QScrollArea keeps the first size its widget asked for: with files attached one at a
    time, that was one row, and the list stayed a one-row strip with room to spare.
    """

    resized = Signal()  # another width: the rows' wrapped words take other heights

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        return QSize(hint.width(), min(self.maximumHeight(),
                                       height_at(inner, self.viewport().width())
                                       + 2 * self.frameWidth()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


def height_at(widget: QWidget, width: int) -> int:
    """The height ``widget`` needs at ``width``: its size hint's, or more where words wrap.

    A row's status wraps to two or three lines; its size hint counts them at the row's
    widest, and a list sized by it cut the last line off."""
    if width > 0 and widget.hasHeightForWidth():
        return max(widget.sizeHint().height(), widget.heightForWidth(width))
    return widget.sizeHint().height()


def local_files(mime) -> list[str]:
    """The local file paths in dropped data (web links and the like are ignored)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
