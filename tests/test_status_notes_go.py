"""A status-bar note about an action ("Fixed: … Press Ctrl+Z to undo.", "… moved to the
trash") goes at the seller's next edit; it does not stay beside words it no longer fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.uihelpers import check_now, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.header.to.setText("abc123@marketplace.amazon.de")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def settle(qtbot, window) -> None:
    check_now(qtbot, window)
    qtbot.wait(50)


def card_for(window, rule: str):
    return next(c for c in window.findings_panel.cards if c.card.findings[0].rule == rule)


@pytest.mark.parametrize("text", ["For the manual, visit www.shop.com. Thanks!",
                                  "Hello. Check www.shop.com for updates. Bye."])
def test_a_fix_note_goes_when_the_seller_types_on(window, qtbot, text) -> None:
    window.editor.setPlainText(text)
    settle(qtbot, window)
    qtbot.mouseClick(card_for(window, "link").fix_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    said = window.status.currentMessage()
    assert "Ctrl+Z" in said  # the note about the fix is shown, and stays while nothing happens
    qtbot.keyClicks(window.editor, "Q")
    assert window.status.currentMessage() == ""


def test_a_note_stays_through_the_edits_of_its_own_action(window, qtbot) -> None:
    window.status.showMessage("Started a new draft from a template.", 8000)
    window.editor.setPlainText("Filled in by the same action")  # before the event loop runs
    qtbot.wait(20)
    assert window.status.currentMessage() == "Started a new draft from a template."
    window.header.subject.setFocus()
    qtbot.keyClicks(window.header.subject, "Re")  # an edit in the header counts too
    assert window.status.currentMessage() == ""


def test_the_trash_note_goes_after_undo(window, qtbot) -> None:
    window.editor.setPlainText("A draft to throw away")
    window.session.touch()
    first = window.session.current.id
    window.draft_actions.delete_draft(first)
    qtbot.wait(20)
    assert "moved to the trash" in window.status.currentMessage()
    window.draft_actions.restore_draft(first)
    qtbot.wait(20)
    assert "moved to the trash" not in window.status.currentMessage()


def test_a_lasting_warning_stays_while_typing(window, qtbot) -> None:
    window.status.showMessage("⚠ The draft could not be saved")
    qtbot.wait(20)
    qtbot.keyClicks(window.editor, "Q")
    assert window.status.currentMessage() == "⚠ The draft could not be saved"
