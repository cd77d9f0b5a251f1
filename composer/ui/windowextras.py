"""Menu items added to the main window's menus, and the behaviour behind them.

Edit › Paste as Plain Text (Ctrl+Shift+V), and the paste note that stays in the status
bar until the seller's next edit. Kept apart so the window stays what it builds and how
it is wired. Nothing here builds PySide6's whole ``Qt`` namespace (it runs in the first
frame, see FIRST_FRAME_NOTE in ``headerform.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from composer.ui.windowparts import set_keys, show_about

if TYPE_CHECKING:
    from composer.ui.mainwindow import MainWindow


class WindowExtras(QObject):
    """Owns the extra menu items of one window."""

    def __init__(self, window: MainWindow, edit_menu: QMenu, help_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.paste_note = ""
        self.paste_plain_action = QAction("Paste as Plain Te&xt", window)
        set_keys(self.paste_plain_action, "Ctrl+Shift+V")
        self.paste_plain_action.setStatusTip("Paste the words only, without any formatting")
        self.paste_plain_action.triggered.connect(window.editor.paste_plain)
        edit_menu.addAction(self.paste_plain_action)
        window.editor.pasteCleaned.connect(self.show_paste_note)
        window.editor.textChanged.connect(self.clear_paste_note)
        window.header.changed.connect(lambda _header: self.clear_paste_note())
        about = QAction("&About Seller Composer", window)
        about.triggered.connect(lambda: show_about(window))
        help_menu.addAction(about)

    def show_paste_note(self, text: str) -> None:
        """What the paste left out stays in view until the seller's next edit (not 8 s)."""
        self.window.status.showMessage(text)
        self.paste_note = text

    def clear_paste_note(self) -> None:
        if self.paste_note and self.window.status.currentMessage() == self.paste_note:
            self.window.status.clearMessage()
        self.paste_note = ""
