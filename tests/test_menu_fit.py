"""The editor's right-click menu stays whole on the screen and names its keys (walkthrough 2, #22).

The spelling menu grows while open (the full list arrives from a worker thread); on a word
low on the screen it ran off the bottom, hiding Copy, Paste and Select All. "Undo" showed no
key while "Redo" did, because Qt drops a key from the label while the window's Undo has it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QTextCursor

from composer.policy.model import Finding, Fix
from composer.ui import spellmenu
from composer.ui.editor import ComposerEdit
from composer.ui.menufit import menu_position
from tests.uihelpers import make_window

SCREEN = QRect(0, 0, 1280, 800)


def test_below_the_word_when_it_fits_else_above_it() -> None:
    word = QRect(300, 200, 1, 20)
    where, above = menu_position(QSize(290, 400), word, SCREEN)
    assert (where, above) == (QPoint(300, 220), False)
    low = QRect(1100, 600, 1, 20)
    where, above = menu_position(QSize(290, 400), low, SCREEN)
    assert above and where == QPoint(1280 - 290, 200)  # its bottom on the word, inside
    where, _ = menu_position(QSize(290, 450), low, SCREEN, above)  # it grew: still above
    assert where.y() == 150


def test_undo_names_its_key_like_redo(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.editor.insertPlainText("Your table ships on Friday.")  # Undo is on now
    assert window.formats.undo.isEnabled()
    menu = window.editor.context_menu_at(QPoint(5, 5))
    texts = {a.objectName(): a.text() for a in menu.actions()}
    undo_key = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert texts["edit-undo"].endswith("\t" + undo_key)
    assert "\t" in texts["edit-redo"] and "\t" in texts["select-all"]


def test_a_menu_low_on_the_screen_grows_upward_and_stays_whole(qtbot) -> None:
    text = "Hello Anna,\nYour replacmentzz ships on Monday."
    start = text.index("replacmentzz")
    finding = Finding("spelling", "warn", start, start + 12, "replacmentzz", "Misspelt",
                      fix=Fix("Change to “replacement”", start, start + 12, "replacement"))
    release = threading.Event()

    def slow_suggest(_word: str) -> list[str]:
        release.wait(5)  # the list arrives after the menu is open
        return ["replacement", "replacements", "repayment", "placement", "replace", "relent"]

    spellmenu._cache.pop("replacmentzz", None)
    editor = ComposerEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    editor.spelling_at = lambda pos: finding if start <= pos <= start + 12 else None
    editor.suggest = slow_suggest
    screen = editor.screen().availableGeometry()
    editor.setGeometry(screen.left() + 40, screen.bottom() - 160, 500, 120)
    editor.show()
    qtbot.waitExposed(editor)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start + 3)
    at = editor.cursorRect(cursor).center()
    editor.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                              editor.viewport().mapToGlobal(at)))
    menu = editor.last_menu
    qtbot.waitUntil(menu.isVisible)
    release.set()
    actions = editor.last_spelling
    qtbot.waitUntil(lambda: len(actions.suggestions) == 6, timeout=5000)
    qtbot.wait(50)
    assert screen.contains(menu.geometry()), (menu.geometry(), screen)
    word_top = editor.viewport().mapToGlobal(editor.cursorRect(cursor).topLeft()).y()
    assert menu.geometry().bottom() < word_top  # above the word, not over it
    menu.close()
