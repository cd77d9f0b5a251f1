"""The words a header field filled into the text change when the field changes.

Found in a walkthrough: a template filled "Schneidebrett Eiche" from the header's Product;
the seller changed Product to "Walnut Serving Board" and the message still named the old
item, with no finding about it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from composer.message.header import Header
from composer.message.templates import get_template
from tests.uihelpers import make_window

ORDER_ID = "405-7812345-6789012"
OLD, NEW = "Schneidebrett Eiche", "Walnut Serving Board"
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.header.set_value(Header(order_id=ORDER_ID, product_name=OLD,
                                message_type="otherProactive"))
    win.draft_actions.use_template(get_template("product-question.en"))
    assert OLD in win.editor.toPlainText()
    assert win.header.subject.text() == f"Your question about {OLD}"
    return win


def change(qtbot, window, field, text: str) -> None:
    """Select the field's words, type new ones and go back to the message (Tab)."""
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    field.selectAll()
    qtbot.keyClicks(field, text)
    window.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    field.editingFinished.emit()  # offscreen windows may not send the focus-out


def test_a_new_product_replaces_the_filled_name_as_one_undo_step(window, qtbot) -> None:
    editor, header = window.editor, window.header
    before = editor.toPlainText()
    change(qtbot, window, header.product_name, NEW)
    assert OLD not in editor.toPlainText()
    assert editor.toPlainText() == before.replace(OLD, NEW)
    assert header.subject.text() == f"Your question about {NEW}"
    said = window.status.currentMessage()
    assert f"“{OLD}” to “{NEW}”" in said and "Ctrl+Z" in said
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == before  # one step: every place at once
    assert header.subject.text() == f"Your question about {OLD}"


def test_words_the_seller_rewrote_are_left_alone(window, qtbot) -> None:
    editor, header = window.editor, window.header
    editor.setPlainText("Hello, the oak board you asked about is back in stock.")
    header.subject.setText("Your question")
    change(qtbot, window, header.product_name, NEW)
    assert editor.toPlainText() == "Hello, the oak board you asked about is back in stock."
    assert header.subject.text() == "Your question"
    assert "Changed" not in window.status.currentMessage()


def test_a_longer_word_holding_the_old_name_is_not_touched(window, qtbot) -> None:
    editor, header = window.editor, window.header
    editor.setPlainText(f"{OLD}s and {OLD} are different.")
    change(qtbot, window, header.product_name, NEW)
    assert editor.toPlainText() == f"{OLD}s and {NEW} are different."
