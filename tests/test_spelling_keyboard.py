"""The spelling menu from the keyboard: the Menu key opens it for the word at the text cursor."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent, QTextCursor

from composer.ui.spellmenu import SpellingActions
from tests.uihelpers import make_window


def test_menu_key_opens_suggestions_for_the_word_at_the_cursor(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setPlainText("Hello Sarah,\n\nThe parcle will come on Friday.")
    window.check_now()
    marks = window.compose.underlines
    qtbot.waitUntil(lambda: any(m.finding.rule == "spelling" for m in marks.marks),
                    timeout=10_000)
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(window.editor.toPlainText().index("parcle") + 3)
    window.editor.setTextCursor(cursor)
    # The mouse is far away (top-left corner); the keyboard menu must follow the text cursor.
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    window.editor.contextMenuEvent(event)
    actions = window.editor.last_spelling
    assert isinstance(actions, SpellingActions)
    assert actions.finding.excerpt == "parcle"
    window.editor.last_menu.close()
