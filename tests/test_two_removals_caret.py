"""Two removals in one sentence leave the caret between whole words (issue 15, seventh
walkthrough, A1).

"… visit our site at x.com or write to a@x.com and we reply …": after Remove the link,
Remove the email address shared "tips w" with the sentence it left ("tips we reply") and
cut one letter too far right, keeping the "w" of "write". The text read right, but the
caret sat inside "we", so typed words gave "w<typed>e reply", after Redo too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.uihelpers import active_window, check_now

TEXT = ("For care tips visit our site at lindenholz-shop.com or write to "
        "help@lindenholz-shop.com and we reply the same day.")
LEFT = "We reply the same day."  # the words before "write to … and" go with it
GAP = 0


@pytest.fixture
def window(qtbot, tmp_path):
    return active_window(qtbot, tmp_path / "data")


def click_fix(qtbot, window, label: str) -> None:
    """Check the text as it is now, then click the card button that reads ``label``."""
    check_now(qtbot, window)
    qtbot.wait(50)
    button = next(b for c in window.findings_panel.cards for b in c.fix_buttons
                  if b.text().replace("&", "") == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)


def remove_both(qtbot, window, first: str, second: str) -> None:
    window.editor.setPlainText(TEXT)
    click_fix(qtbot, window, first)
    click_fix(qtbot, window, second)
    assert window.editor.toPlainText() == LEFT


@pytest.mark.parametrize("first, second", [
    ("Remove the link", "Remove the email address"),
    ("Remove the email address", "Remove the link"),
])
def test_typing_after_both_removals_keeps_words_whole(window, qtbot, first, second) -> None:
    remove_both(qtbot, window, first, second)
    assert window.editor.textCursor().position() == GAP
    assert QApplication.focusWidget() is window.editor
    qtbot.keyClicks(window.editor, "Ask me here.")
    assert window.editor.toPlainText().startswith("Ask me here. We reply")


def test_undo_and_redo_of_the_second_removal_cut_between_words(window, qtbot) -> None:
    remove_both(qtbot, window, "Remove the link", "Remove the email address")
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == \
        "For care tips write to help@lindenholz-shop.com and we reply the same day."
    # Undo brings back whole words, the caret after them ("we" was "We"): not "and w|e"
    assert window.editor.textCursor().position() == len(
        "For care tips write to help@lindenholz-shop.com and we")
    qtbot.keyClick(window.editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.toPlainText() == LEFT
    assert window.editor.textCursor().position() == GAP
    qtbot.keyClicks(window.editor, "Ask me here.")
    assert window.editor.toPlainText().startswith("Ask me here. We reply")
