"""After a dialog closes, the keyboard goes back to the main window.

A window manager does not always hand the focus back: after Settings › OK and the box
that followed it (parented to Settings, gone by then), no window had the keyboard and
Ctrl+Q did nothing until something was clicked. When the last dialog closes, the window
is activated again and the editor (or the widget that had the keyboard) gets it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FocusReturn(QObject):
    """Follows which window has the keyboard and, when a window of the app other than the
    main one gives it up and is gone (a dialog closed), gives the window the keys.

    A signal, not an application-wide event filter: such a filter runs Python for every
    event of every widget, and it cost a fifth of the start-up time before the first paint.
    """

    def __init__(self, window: QMainWindow, editor: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self._focused: QWindow | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)

    def _focus_window_changed(self, now: QWindow | None) -> None:
        before, self._focused = self._focused, now
        if before is None or before is self.window.windowHandle():
            return
        QTimer.singleShot(0, lambda: self._gone(before))

    def _gone(self, before: QWindow) -> None:
        try:
            still_there = before.isVisible()
        except RuntimeError:  # the dialog and its window were deleted meanwhile
            still_there = False
        if not still_there:
            self.give_back()

    def give_back(self) -> None:
        """The keyboard to the window, unless another dialog is still open over it."""
        window = self.window
        if not window.isVisible() or QApplication.activeModalWidget() is not None:
            return
        active = QApplication.activeWindow()
        if active is not None and active is not window and active.isVisible():
            return  # the seller is in another window of the app (a list left open)
        if not window.isActiveWindow():
            window.activateWindow()
        kept = window.focusWidget()
        target = kept if kept is not None and kept is not window and kept.isVisible() \
            and kept.isEnabled() else self.editor
        if QApplication.focusWidget() is None or not window.isAncestorOf(
                QApplication.focusWidget()):
            target.setFocus()
