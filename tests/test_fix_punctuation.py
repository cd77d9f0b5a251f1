"""A fix tidies the punctuation it leaves (issue 15, eighth walkthrough).

"Remove this part of the sentence" on "Enjoy!If you loved it … unsubscribe." left
"Enjoy!. Your …": the clause went, its full stop stayed after the "!" before it. Nothing
flagged it, and the message read as ready to send.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from composer.compose.engine import check
from composer.policy import Message
from composer.policy.tidy import removal_span
from tests.uihelpers import active_window, check_now

WALK = ("Thanks for your order. Enjoy!If you loved it please give us 5 stars and tell your "
        "friends and we will send you a free gift and you can reply STOP to unsubscribe. "
        "Your lamp ships today.")


def cut(text: str, words: str) -> str:
    start = text.index(words)
    first, last = removal_span(text, start, start + len(words))
    return text[:first] + text[last:]


@pytest.mark.parametrize(("text", "words", "left"), [
    ("Enjoy!If you loved it. Bye", "If you loved it", "Enjoy! Bye"),  # "!."
    ("Thanks. \U0001F60A. Bye", "\U0001F60A", "Thanks. Bye"),  # ". ."
    ("Thanks, \U0001F60A. Bye", "\U0001F60A", "Thanks. Bye"),  # ",."
    ("Thanks \U0001F60A, and bye", "\U0001F60A", "Thanks, and bye"),  # " ,"
    ("Thanks, \U0001F60A, and bye", "\U0001F60A", "Thanks, and bye"),  # ", ,"
    ("Thanks! \U0001F60A! Bye", "\U0001F60A", "Thanks! Bye"),  # "! !"
    ("Call me \U0001F60A  today", "\U0001F60A", "Call me today"),  # "  "
])
def test_a_removal_leaves_no_double_punctuation(text: str, words: str, left: str) -> None:
    assert cut(text, words) == left


@pytest.mark.parametrize(("text", "words", "left"), [
    ("Version 2.5 \U0001F60A is out.", "\U0001F60A", "Version 2.5 is out."),
    ("Wait… \U0001F60A and see", "\U0001F60A", "Wait… and see"),
    ("Hi,\n\U0001F60A\nBye", "\U0001F60A", "Hi,\nBye"),
])
def test_other_punctuation_stays(text: str, words: str, left: str) -> None:
    assert cut(text, words) == left


def test_remove_this_part_of_the_walkthrough_sentence() -> None:
    fixes = [f.fix for f in check(Message(text=WALK, message_type="reply"))
             if f.fix is not None and f.fix.label == "Remove this part of the sentence"]
    assert fixes
    assert fixes[0].apply(WALK) == "Thanks for your order. Enjoy! Your lamp ships today."


@pytest.fixture
def window(qtbot, tmp_path):
    return active_window(qtbot, tmp_path / "data")


def test_the_card_button_leaves_one_end_mark(window, qtbot) -> None:
    window.editor.setPlainText(WALK)
    check_now(qtbot, window)
    qtbot.wait(50)
    button = next(b for c in window.findings_panel.cards for b in c.fix_buttons
                  if b.text() == "Remove this part of the sentence")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == "Thanks for your order. Enjoy! Your lamp ships today."
