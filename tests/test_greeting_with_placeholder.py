"""Remove this sentence keeps a greeting whose name is a placeholder (issue 15, seventh
walkthrough, A2).

"Dear {buyer_name}, reply STOP to unsubscribe." → Remove this sentence left "Dear" alone
(the placeholder was not read as the name), typing glued to it ("DearEnjoy the board.")
and, the placeholder gone, the badge said Ready to send. The greeting stays whole, still
an unfilled placeholder that blocks, and typed words keep apart from it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.uihelpers import active_window, check_now


@pytest.fixture
def window(qtbot, tmp_path):
    return active_window(qtbot, tmp_path / "data")


def settle(qtbot, window) -> None:
    check_now(qtbot, window)
    qtbot.wait(50)


@pytest.mark.parametrize("line, greeting", [
    ("Dear {buyer_name}, reply STOP to unsubscribe.", "Dear {buyer_name},"),
    ("Hallo {name}, antworten Sie mit STOP, um keine Nachrichten mehr zu erhalten.",
     "Hallo {name},"),
])
def test_the_greeting_stays_whole_and_still_blocks(window, qtbot, line, greeting) -> None:
    window.editor.setPlainText(f"Thanks for your order.\n{line}\nBest wishes")
    settle(qtbot, window)
    button = next(b for c in window.findings_panel.cards for b in c.fix_buttons
                  if b.text().replace("&", "") == "Remove this sentence")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert window.editor.toPlainText() == f"Thanks for your order.\n{greeting}\nBest wishes"
    qtbot.keyClicks(window.editor, "Enjoy the board.")
    assert window.editor.toPlainText() == \
        f"Thanks for your order.\n{greeting} Enjoy the board.\nBest wishes"
    settle(qtbot, window)
    assert [f.rule for f in window.compose.last.findings
            if f.severity == "block"] == ["unfilled-placeholder"]
