"""Keep the editor's right-click menu whole on the screen, and its shortcuts named.

The spelling menu grows while it is open (the full list of suggestions arrives
from a worker thread), and Qt only places a menu when it opens: on a word low on
the screen the grown menu ran off the bottom. A ``MenuFit`` places the menu with
room for the items still to come, below the word when that fits and above it
otherwise, and keeps it there as it grows.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTextEdit

# The standard edit items Qt puts in a text field's menu, by their object names.
_KEYS = {"edit-undo": QKeySequence.StandardKey.Undo, "edit-redo": QKeySequence.StandardKey.Redo,
         "edit-cut": QKeySequence.StandardKey.Cut, "edit-copy": QKeySequence.StandardKey.Copy,
         "edit-paste": QKeySequence.StandardKey.Paste,
         "select-all": QKeySequence.StandardKey.SelectAll}


def show_shortcuts(menu: QMenu) -> None:
    """Name each edit item's key, as the Edit menu does.

    Qt leaves a key out of the label while another action of the window has it: so
    "Undo" lost its Ctrl+Z whenever the window's own Undo was on, while "Redo" kept
    its key. The window's Undo does the same thing, so the key is right to show.
    """
    for action in menu.actions():
        key = _KEYS.get(action.objectName())
        if key is None or "\t" in action.text():
            continue
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        if shown:
            action.setText(f"{action.text()}\t{shown}")


def menu_position(size: QSize, anchor: QRect, screen: QRect, above: bool | None = None,
                  ) -> tuple[QPoint, bool]:
    """Where a menu of ``size`` goes for a word at ``anchor``, and whether it is above it.

    Below the word when it fits, else above it, else as low as the screen allows;
    ``above`` keeps an earlier choice so that a growing menu does not jump sides.
    """
    x = max(screen.left(), min(anchor.left(), screen.right() + 1 - size.width()))
    if above is None:
        above = anchor.bottom() + 1 + size.height() > screen.bottom() + 1 \
            and anchor.top() - size.height() >= screen.top()
    y = anchor.top() - size.height() if above else anchor.bottom() + 1
    y = max(screen.top(), min(y, screen.bottom() + 1 - size.height()))
    return QPoint(x, y), above


class MenuFit:
    """Places ``menu`` at a word (``anchor``, in screen coordinates) and keeps it on screen."""

    def __init__(self, menu: QMenu, anchor: QRect) -> None:
        self.menu = menu
        self.anchor = anchor
        self.above: bool | None = None

    def _screen(self) -> QRect:
        screen = QGuiApplication.screenAt(self.anchor.center()) or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def popup(self, rows_to_come: int = 0) -> None:
        """Open the menu, leaving room for ``rows_to_come`` items that may still arrive."""
        size = self.menu.sizeHint()
        if rows_to_come:
            row = max((self.menu.actionGeometry(a).height() for a in self.menu.actions()
                       if not a.isSeparator() and a.isVisible()), default=0)
            size = QSize(size.width(), size.height() + rows_to_come * row)
        where, self.above = menu_position(size, self.anchor, self._screen())
        if self.above:  # the menu's bottom sits on the word while it has fewer items
            where.setY(where.y() + size.height() - self.menu.sizeHint().height())
        self.menu.popup(where)

    def refit(self) -> None:
        """After the items changed: the same side of the word, whole on the screen."""
        try:
            if not self.menu.isVisible():
                return
        except RuntimeError:  # closed and deleted
            return
        size = self.menu.sizeHint()
        where, _ = menu_position(size, self.anchor, self._screen(), self.above)
        self.menu.setGeometry(QRect(where, size))


def open_at_word(editor: QTextEdit, menu: QMenu, position: QPoint, x: int) -> MenuFit:
    """Open ``menu`` at the line under viewport ``position`` (``x`` on screen), whole on screen.

    The spelling items that are still being looked for get their room at once, and the
    menu keeps to the screen as they arrive.
    """
    line = editor.cursorRect(editor.cursorForPosition(position))
    top = editor.viewport().mapToGlobal(line.topLeft()).y()
    fit = MenuFit(menu, QRect(x, top, 1, max(1, line.height())))
    spelling = getattr(editor, "last_spelling", None)
    rows = 0
    if spelling is not None and getattr(spelling, "menu", None) is menu:
        spelling.on_change = fit.refit
        rows = spelling.rows_to_come()
    fit.popup(rows)
    return fit
