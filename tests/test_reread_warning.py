"""A sentence a removal fix left to read again is a warning until the seller has read it.

After "Remove the link" the sentence left ("For the manual or write to us …") may no longer
make sense, but only a yellow highlight said so and the badge read "Ready to send". Now it
counts as one warning in the one verdict (badge, export bar) with a card "Read the changed
sentence again" whose "It reads right" clears it; an edit inside the sentence, or Ctrl+Z of
the fix, clears it too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from composer.policy import Finding, Fix
from tests.uihelpers import make_window

TEXT = "Hello Sarah,\nThe manual is at www.lamp-shop.de/manual and it helps.\nBest wishes\nAnna"
LINK = "www.lamp-shop.de/manual"


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.header.to.setText("abc123@marketplace.amazon.de")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def link_fix() -> Finding:
    start = TEXT.index("The manual")
    end = TEXT.index(" it helps.") + len(" it helps.")
    at = TEXT.index(LINK)
    return Finding("link", "block", at, at + len(LINK), LINK, "A link.",
                   fix=Fix("Remove the link", start, end, "The manual and it helps.",
                           select=True))


def fixed(window) -> None:
    window.editor.setPlainText(TEXT)
    window.compose.apply_fix(link_fix())
    window.compose.check_now()


def reread_cards(window):
    return [c for c in window.findings_panel.cards if c.card.first.rule == "reread"]


def test_the_sentence_to_read_again_is_a_warning(window) -> None:
    fixed(window)
    summary = window.compose.summary
    assert summary.state == "warnings" and summary.warnings == 1
    assert "Ready" not in window.findings_panel.badge.text()
    cards = reread_cards(window)
    assert len(cards) == 1
    assert "Read the changed sentence again: “The manual and it helps.”" in \
        cards[0].message_label.text().replace("\u200b", "")
    assert [b.text() for b in cards[0].fix_buttons] == ["It reads right"]


def test_it_reads_right_clears_the_warning_and_the_highlight(window, qtbot) -> None:
    fixed(window)
    button = reread_cards(window)[0].fix_buttons[0]
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by keyboard
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.compose.summary.state == "ready")
    assert window.compose.underlines.reread is None
    assert not reread_cards(window)


def test_an_edit_inside_the_sentence_clears_it(window, qtbot) -> None:
    fixed(window)
    qtbot.keyClicks(window.editor, " really")
    window.compose.check_now()
    assert window.compose.summary.state == "ready"
    assert not reread_cards(window)


def test_moving_away_does_not_clear_it(window, qtbot) -> None:
    fixed(window)
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    window.compose.check_now()
    assert window.compose.summary.state == "warnings"
    assert len(reread_cards(window)) == 1


def test_undo_of_the_fix_clears_it(window, qtbot) -> None:
    fixed(window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == TEXT
    window.compose.check_now()
    assert not reread_cards(window)


def test_the_check_first_box_lists_the_sentence_to_read_again(window, qtbot) -> None:
    asked: list[list[str]] = []
    window.export.confirm = lambda route, lines: asked.append(lines) or False
    fixed(window)
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    assert asked, "the warning went without the Check first box"
    assert [line for line in asked[0] if "Read the changed sentence again" in line] == [
        "Changed by a fix: Read the changed sentence again: “The manual and it helps.”"]


def test_once_read_the_check_first_box_does_not_list_it(window, qtbot) -> None:
    asked: list[list[str]] = []
    window.export.confirm = lambda route, lines: asked.append(lines) or False
    fixed(window)
    reread_cards(window)[0].fix_buttons[0].click()
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    assert not any("Read the changed sentence again" in line for lines in asked
                   for line in lines)


def test_redo_of_the_removal_counts_the_sentence_again(window, qtbot) -> None:
    fixed(window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.compose.check_now()
    assert not reread_cards(window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.toPlainText() == TEXT.replace(
        "The manual is at www.lamp-shop.de/manual and it helps.", "The manual and it helps.")
    window.compose.check_now()
    summary = window.compose.summary
    assert summary.state == "warnings" and summary.warnings == 1
    cards = reread_cards(window)
    assert len(cards) == 1
    assert "“The manual and it helps.”" in cards[0].message_label.text().replace("\u200b", "")
    assert window.compose.underlines.reread.selectedText() == "The manual and it helps."
