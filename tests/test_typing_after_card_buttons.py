"""What the next keys do after a card's button (issue 15, eighth walkthrough).

After "Ignore here" on a "Changed by a fix" card, words were still selected (unseen) and
the next key replaced them ("Enjoy!Z Your"). Shift, pressed for a capital, used up the
point where a fix took words out, so "Enjoy!" touched the next sentence ("Enjoy!If").
And the first letter typed after a fix was an undo step of its own: one Ctrl+Z of
"kindly" left "k".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.uihelpers import active_window, check_now

LINK = "Hello. Check www.shop.com for updates. Bye."
COUPON = ("Thanks for your order. Use coupon SAVE10 for 10% off your next order. "
          "If you loved the candle, tell us. Your lamp ships today.")


@pytest.fixture
def window(qtbot, tmp_path):
    return active_window(qtbot, tmp_path / "data")


def settle(qtbot, window) -> None:
    check_now(qtbot, window)
    qtbot.wait(50)


def card_for(window, rule: str):
    return next(c for c in window.findings_panel.cards if c.card.findings[0].rule == rule)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)


def type_now(qtbot, text: str, shift: bool = False) -> None:
    """Type where the keyboard is, like a person: Shift goes down before a capital."""
    focus = QApplication.focusWidget()
    assert focus is not None
    if shift:
        qtbot.keyPress(focus, Qt.Key.Key_Shift)
    qtbot.keyClicks(focus, text)


def ctrl_z(qtbot, window) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def reread_card(window, qtbot):
    """"Remove the link", then a click on the "Changed by a fix" card's words, which
    selects them in the editor."""
    window.editor.setPlainText(LINK)
    settle(qtbot, window)
    click(qtbot, card_for(window, "link").fix_buttons[0])
    settle(qtbot, window)
    card = card_for(window, "reread")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert window.editor.textCursor().hasSelection()
    return card


def test_ignore_here_leaves_nothing_selected(window, qtbot) -> None:
    card = reread_card(window, qtbot)
    click(qtbot, card.ignore_button)
    settle(qtbot, window)
    assert not window.editor.textCursor().hasSelection()
    type_now(qtbot, "Z", shift=True)
    assert window.editor.toPlainText().replace("Z", "") == "Hello. Check for updates. Bye."


def test_it_reads_right_leaves_nothing_selected(window, qtbot) -> None:
    card = reread_card(window, qtbot)
    click(qtbot, card.fix_buttons[0])
    settle(qtbot, window)
    assert not window.editor.textCursor().hasSelection()
    type_now(qtbot, "Z", shift=True)
    assert window.editor.toPlainText().replace("Z", "") == "Hello. Check for updates. Bye."


def test_a_capital_after_remove_this_sentence_keeps_apart(window, qtbot) -> None:
    window.editor.setPlainText(COUPON)
    settle(qtbot, window)
    click(qtbot, card_for(window, "marketing").fix_buttons[0])
    type_now(qtbot, "Enjoy!", shift=True)
    assert window.editor.toPlainText() == (
        "Thanks for your order. Enjoy! If you loved the candle, tell us. Your lamp ships today.")


def test_words_typed_at_a_fix_point_are_one_undo_step(window, qtbot) -> None:
    window.editor.setPlainText(COUPON)
    settle(qtbot, window)
    click(qtbot, card_for(window, "marketing").fix_buttons[0])
    fixed = window.editor.toPlainText()
    type_now(qtbot, "kindly")
    assert window.editor.toPlainText() == fixed.replace("If you", "kindly If you")
    ctrl_z(qtbot, window)
    assert window.editor.toPlainText() == fixed  # all of "kindly", not "k" left
    ctrl_z(qtbot, window)
    assert window.editor.toPlainText() == COUPON
