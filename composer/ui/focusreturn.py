"""After a dialog closes, the keyboard goes back to the main window.

A window manager does not always hand the focus back: after Settings › OK and the box
that followed it (parented to Settings, gone by then), no window had the keyboard and
Ctrl+Q did nothing until something was clicked. When the last dialog closes, the window
is activated again and the editor (or the widget that had the keyboard) gets it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget


class FocusReturn(QObject):
    """Watches dialogs hide (an application-wide filter) and gives the window the keys."""

    def __init__(self, window: QMainWindow, editor: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Hide and isinstance(watched, QDialog)
                and watched.isWindow()):
            QTimer.singleShot(0, self.give_back)
        return False

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
