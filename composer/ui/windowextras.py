"""Menu items added to the main window's menus, and the behaviour behind them.

Edit › Paste as Plain Text (Ctrl+Shift+V) and Find (Ctrl+F), the paste note that stays
in the status bar until the seller's next edit, and Help (a quick guide, the keyboard
shortcuts, the policy rules). Kept apart so the window stays what it builds and how
it is wired. Nothing here builds PySide6's whole ``Qt`` namespace (it runs in the first
frame, see FIRST_FRAME_NOTE in ``headerform.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from composer.ui.windowparts import named_action, set_keys, show_about

if TYPE_CHECKING:
    from composer.ui.findbar import FindBar
    from composer.ui.helpdialog import HelpDialog
    from composer.ui.mainwindow import MainWindow


class WindowExtras(QObject):
    """Owns the extra menu items of one window."""

    def __init__(self, window: MainWindow, edit_menu: QMenu, help_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.paste_note = ""
        self.paste_plain_action = named_action(self.tr("Paste as Plain Te&xt"), window)
        set_keys(self.paste_plain_action, "Ctrl+Shift+V")
        self.paste_plain_action.setStatusTip(
            self.tr("Paste the words only, without any formatting"))
        self.paste_plain_action.triggered.connect(window.editor.paste_plain)
        edit_menu.addAction(self.paste_plain_action)
        window.editor.pasteCleaned.connect(self.show_paste_note)
        window.editor.textChanged.connect(self.clear_paste_note)
        window.header.changed.connect(lambda _header: self.clear_paste_note())
        # Find: the bar is built on first use, under the editor.
        self.find_bar: FindBar | None = None
        self.find_action = named_action(self.tr("&Find…"), window)
        set_keys(self.find_action, QKeySequence.StandardKey.Find, "Ctrl+F")
        self.find_action.setStatusTip(self.tr("Find words in the message"))
        self.find_action.triggered.connect(self.open_find)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.help_dialog: HelpDialog | None = None
        self.guide_action = self._help(help_menu, self.tr("&Quick guide"), "F1", "guide")
        self.shortcuts_action = self._help(help_menu, self.tr("&Keyboard shortcuts"), "Ctrl+/",
                                           "shortcuts")
        self.rules_action = self._help(help_menu, self.tr("&Policy rules"), None, "rules")
        help_menu.addSeparator()
        about = named_action(self.tr("&About Seller Composer"), window)
        about.triggered.connect(lambda: show_about(window))
        help_menu.addAction(about)

    def _help(self, menu: QMenu, text: str, keys: str | None, page: str) -> QAction:
        action = named_action(text, self.window)
        if keys:
            set_keys(action, keys)
        action.triggered.connect(lambda _checked=False: self.open_help(page))
        menu.addAction(action)
        return action

    def open_help(self, page: str) -> None:
        from composer.ui.helpdialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.window)
        self.help_dialog.show_page(page)

    def open_find(self) -> None:
        from composer.ui.findbar import FindBar

        window = self.window
        window.tabs.setCurrentIndex(0)  # the words are found in the Write tab
        if self.find_bar is None:
            page = window.editor.parentWidget()
            self.find_bar = FindBar(window.editor, page)
            page.layout().addWidget(self.find_bar)
        self.find_bar.open()

    def show_paste_note(self, text: str) -> None:
        """What the paste left out stays in view until the seller's next edit (not 8 s)."""
        self.window.status.showMessage(text)
        self.paste_note = text

    def clear_paste_note(self) -> None:
        if self.paste_note and self.window.status.currentMessage() == self.paste_note:
            self.window.status.clearMessage()
        self.paste_note = ""
