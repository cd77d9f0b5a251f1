"""The main window's menu bar: File, Edit, Format, View, Send and Help, in the app's language.

Every word goes through Qt's translation (context "MainWindow", see ``make translations``);
the actions are stored on the window, which connects them once its parts exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from composer.ui.icons import Icon, when_ready
from composer.ui.windowextras import WindowExtras
from composer.ui.windowparts import named_action, set_keys

if TYPE_CHECKING:
    from composer.ui.mainwindow import MainWindow

translate = QCoreApplication.translate


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar; the File actions are connected in MainWindow._connect."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.new_action, window.template_action, window.open_action = (
        _menu_action(window, file_menu, *row) for row in (
            (translate("MainWindow", "&New Draft"), "Ctrl+N",
             translate("MainWindow", "Start a new, empty message")),
            (translate("MainWindow", "New from &Template…"), "Ctrl+Shift+N",
             translate("MainWindow", "Start from a compliant template in the buyer's language")),
            (translate("MainWindow", "&Open Message File…"), "Ctrl+O",
             translate("MainWindow",
                       "Open an HTML or text file as a new draft, with its formatting"))))
    file_menu.addSeparator()
    (window.duplicate_action, window.rename_action, window.save_template_action,
     window.delete_action) = (_menu_action(window, file_menu, *row) for row in (
         (translate("MainWindow", "&Duplicate Draft"), "Ctrl+Shift+D",
          translate("MainWindow", "Make a copy of this draft")),
         (translate("MainWindow", "&Rename Draft…"), "F2",
          translate("MainWindow", "Give this draft a name in the list")),
         (translate("MainWindow", "Save as Te&mplate…"), None,
          translate("MainWindow", "Keep this message as one of your templates")),
         (translate("MainWindow", "Move Draft to Tras&h"), None,
          translate("MainWindow", "Delete this draft (it can be restored)"))))
    file_menu.addSeparator()
    window.settings_action = named_action(translate("MainWindow", "&Settings…"), window)
    set_keys(window.settings_action, QKeySequence.StandardKey.Preferences, "Ctrl+,")
    window.settings_action.setStatusTip(translate(
        "MainWindow", "Business name, orders per day, time zone and how messages are sent"))
    when_ready(Icon.SETTINGS, window.settings_action.setIcon)
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    window.quit_action = named_action(translate("MainWindow", "&Quit"), window)
    set_keys(window.quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    formats, editor = window.formats, window.editor
    edit_menu.addActions([formats.undo, formats.redo])
    edit_menu.addSeparator()
    for text, slot, keys in (
            (translate("MainWindow", "Cu&t"), editor.cut, QKeySequence.StandardKey.Cut),
            (translate("MainWindow", "&Copy"), editor.copy, QKeySequence.StandardKey.Copy),
            (translate("MainWindow", "&Paste"), editor.paste, QKeySequence.StandardKey.Paste),
            (translate("MainWindow", "Select &All"), editor.selectAll,
             QKeySequence.StandardKey.SelectAll)):
        # The editor handles these keys itself, so the menu only shows them (after a tab)
        # instead of registering a second, ambiguous shortcut.
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action = named_action(f"{text}\t{shown}", window)
        action.triggered.connect(slot)
        edit_menu.addAction(action)
    format_menu = bar.addMenu(translate("MainWindow", "Fo&rmat"))
    format_menu.addActions([formats.bold, formats.italic, formats.underline])
    format_menu.addSeparator()
    format_menu.addActions([formats.bullets, formats.numbers])
    format_menu.addSeparator()
    format_menu.addActions([*formats.headings, formats.normal_text])

    view_menu = bar.addMenu(translate("MainWindow", "V&iew"))
    window.buyer_view_action = named_action(translate("MainWindow", "&Buyer's View"), window)
    set_keys(window.buyer_view_action, "Ctrl+Shift+B")
    window.buyer_view_action.setStatusTip(
        translate("MainWindow", "Switch between writing and the buyer's view"))
    window.buyer_view_action.triggered.connect(window.toggle_buyer_view)
    view_menu.addAction(window.buyer_view_action)

    # Filled after the first paint with the export bar's own actions (one set of
    # actions, two ways in: the bar under the text and this menu).
    window.send_menu = bar.addMenu(translate("MainWindow", "Se&nd"))

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.help_menu = help_menu  # found by this, not by its (translated) title
    window.extras = WindowExtras(window, edit_menu, help_menu)  # Paste as Plain Text, Help


def _menu_action(window: MainWindow, menu: QMenu, text: str, keys: str | None,
                 tip: str) -> QAction:
    action = named_action(text, window)
    if keys:
        set_keys(action, keys)
    action.setStatusTip(tip)
    menu.addAction(action)
    return action
