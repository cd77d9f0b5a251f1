"""The first words typed where a fix took words out do not glue to their neighbours.

After "Remove the link" the caret sat right before the next word, so "ABC" made
"visit ABCor write"; after "Remove the emoji" "!" made "review !Reply"; after "Remove
this sentence" a new sentence ended "well.Your order". The first text typed at the fix
point gets a separating space where a letter would touch a letter of the word beside it,
and punctuation attaches to the word on its left; never a double space.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from composer.policy import Finding, Fix
from tests.uihelpers import active_window


@pytest.fixture
def window(qtbot, tmp_path):
    return active_window(qtbot, tmp_path / "data")


def remove(window, text: str, words: str, replacement: str = "", *,
           select: bool = False, rule: str = "emoji") -> None:
    """Apply a fix that replaces ``words`` (first occurrence) with ``replacement``."""
    window.editor.setPlainText(text)
    start = text.index(words)
    end = start + len(words)
    window.compose.apply_fix(Finding(rule, "warn", start, end, words, "",
                                     fix=Fix("Remove it", start, end, replacement,
                                             select=select)))
    window.editor.setFocus()


def test_letters_typed_before_the_next_word_get_a_space(window, qtbot) -> None:
    text = "For the manual visit www.lamp-shop.de/manual or write to us.\nBest wishes"
    remove(window, text, "www.lamp-shop.de/manual or", "or", select=True, rule="link")
    qtbot.keyClicks(window.editor, "ABC")
    assert window.editor.toPlainText() == \
        "For the manual visit ABC or write to us.\nBest wishes"


def test_punctuation_attaches_to_the_word_on_its_left(window, qtbot) -> None:
    remove(window, "Thanks for your review 🙂 Reply any time.", "🙂 ")
    qtbot.keyClicks(window.editor, "!")
    assert window.editor.toPlainText() == "Thanks for your review! Reply any time."


def test_a_sentence_typed_where_one_was_removed_is_set_apart(window, qtbot) -> None:
    remove(window, "We are sorry. Buy more now! Your order ships today.", "Buy more now! ")
    qtbot.keyClicks(window.editor, "We hope the lamp works well.")
    assert window.editor.toPlainText() == \
        "We are sorry. We hope the lamp works well. Your order ships today."


def test_a_letter_after_a_word_gets_a_space_before_it(window, qtbot) -> None:
    remove(window, "Please see 🙂 soon.", " 🙂")
    qtbot.keyClicks(window.editor, "x")
    assert window.editor.toPlainText() == "Please see x soon."


def test_a_typed_space_or_a_moved_caret_changes_nothing(window, qtbot) -> None:
    remove(window, "Thanks for your review 🙂 Reply any time.", "🙂 ")
    qtbot.keyClicks(window.editor, " ")
    assert window.editor.toPlainText() == "Thanks for your review  Reply any time."
    remove(window, "Thanks for your review 🙂 Reply any time.", "🙂 ")
    qtbot.keyClick(window.editor, Qt.Key.Key_Right)
    qtbot.keyClick(window.editor, Qt.Key.Key_Left)
    qtbot.keyClicks(window.editor, "!")
    assert window.editor.toPlainText() == "Thanks for your review !Reply any time."
