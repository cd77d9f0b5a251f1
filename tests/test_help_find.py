"""Help (a guide, the shortcuts, the policy rules) and Find (Ctrl+F) in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from composer.message.header import Header
from composer.policy.rulebook import rulebook
from tests.uihelpers import make_window

TEXT = ("<p>Hello Anna,</p><p>Your oak table ships on Monday.</p>"
        "<p>The Oak finish is oiled.</p>")


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(), TEXT)
    return window


def help_menu(window):
    return next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()


def test_help_has_a_guide_the_shortcuts_and_the_policy_rules(window, qtbot) -> None:
    extras = window.extras
    assert {extras.guide_action, extras.shortcuts_action, extras.rules_action} <= set(
        help_menu(window).actions())
    assert QKeySequence("Ctrl+/") in extras.shortcuts_action.shortcuts()
    assert QKeySequence("F1") in extras.guide_action.shortcuts()
    extras.shortcuts_action.trigger()
    dialog = extras.help_dialog
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    shortcuts = dialog.browsers["shortcuts"].toPlainText()
    assert "Ctrl+Shift+V" in shortcuts and "Ctrl+F" in shortcuts
    extras.guide_action.trigger()
    guide = dialog.browsers["guide"].toPlainText()
    assert "Ready to send" in guide and "Copy for Seller Central" in guide
    extras.rules_action.trigger()
    rules = dialog.browsers["rules"].toPlainText()
    assert "Blocks sending" in rules and "Warnings" in rules
    for rule in rulebook().rules.values():  # every rule the checker uses, by its title
        assert rule.title in rules
    dialog.close()


def test_find_selects_each_match_and_goes_round(window, qtbot) -> None:
    editor = window.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.extras.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "oak")
    assert bar.count.text() == "2 found"
    assert editor.textCursor().selectedText() == "oak"
    first = editor.textCursor().selectionStart()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "Oak"  # case is ignored
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert editor.textCursor().selectionStart() == first  # round to the start
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == "Oak"
    qtbot.keyClicks(bar.field, "xyz")
    assert bar.count.text() == "Not found"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editor.hasFocus()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_find_bar_fits_under_the_editor(window, qtbot, size) -> None:
    window.resize(*size)
    window.extras.find_action.trigger()
    bar = window.extras.find_bar
    qtbot.waitUntil(bar.isVisible)
    assert bar.geometry().top() >= window.editor.geometry().bottom()
    for button in (bar.previous_button, bar.next_button):
        assert button.geometry().right() <= bar.width()


def test_the_shortcuts_in_help_are_the_readme_s() -> None:
    from pathlib import Path

    from composer.ui.helpdialog import page_markdown

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Help and keyboard", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line
            and not line.startswith("| Keys")]
    shown = page_markdown("shortcuts")
    missing = [row for row in rows if row not in shown and not row.startswith("| F1, Ctrl+/")]
    assert not missing, missing
