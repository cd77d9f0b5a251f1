"""Header fields filled after the template was chosen fill the open draft's placeholders.

The message and the subject both, as one step of the message's undo.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from composer.message.header import Header
from composer.message.templates import (
    get_template,
    placeholder_spans,
    values_from_header,
    write_date,
)
from tests.uihelpers import make_window

ORDER_ID = "113-4567890-1234567"


def test_dates_are_written_the_buyers_way() -> None:
    day = date(2026, 11, 20)
    assert write_date(day, "en") == "20 November 2026"
    assert write_date(day, "de") == "20. November 2026"
    assert write_date(day, "es") == "20 de noviembre de 2026"
    assert write_date(date(2026, 3, 1), "fr") == "1er mars 2026"
    assert write_date(day, "xx") == "20 November 2026"


def test_the_header_knows_product_and_delivery_date() -> None:
    header = Header(order_id=ORDER_ID, product_name="Brass lamp", buyer_language="de",
                    delivery_date=date(2026, 11, 20))
    values = values_from_header(header, "Lamp Shop")
    assert values["product"] == "Brass lamp"
    assert values["delivery_date"] == "20. November 2026"
    assert placeholder_spans("For {product}, {x} and {product}", {"product": "Lamp"}) == [
        (4, 13, "Lamp"), (23, 32, "Lamp")]


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.draft_actions.use_template(get_template("delivery-problem.en"))
    return win


def leave(qtbot, field, text: str, window) -> None:
    """Type into a header field and go back to the message, as a seller does."""
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    field.clear()
    qtbot.keyClicks(field, text)
    window.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    field.editingFinished.emit()  # offscreen windows may not send the focus-out


def test_an_order_id_filled_afterwards_fills_body_and_subject(window, qtbot) -> None:
    editor, header = window.editor, window.header
    assert "{order_id}" in editor.toPlainText() and "{order_id}" in header.subject.text()
    leave(qtbot, header.order_id, ORDER_ID[:9], window)
    assert "{order_id}" in editor.toPlainText()  # half an ID is never put in
    leave(qtbot, header.order_id, ORDER_ID, window)
    assert "{order_id}" not in editor.toPlainText()
    assert ORDER_ID in editor.toPlainText()
    assert header.subject.text() == f"Delay with your order {ORDER_ID}"
    assert "order ID" in window.status.currentMessage()
    editor.undo()  # one step: the message and the subject
    assert "{order_id}" in editor.toPlainText()
    assert header.subject.text() == "Delay with your order {order_id}"
    editor.redo()
    assert header.subject.text() == f"Delay with your order {ORDER_ID}"
    editor.undo()
    qtbot.keyClicks(editor, "x")  # a new edit: the undone fill stays undone
    assert header.subject.text() == "Delay with your order {order_id}"


def test_product_and_delivered_fill_their_placeholders(window, qtbot) -> None:
    editor, header = window.editor, window.header
    leave(qtbot, header.product_name, "Brass desk lamp", window)
    assert "{product}" not in editor.toPlainText()
    assert "for Brass desk lamp." in editor.toPlainText()
    editor.setPlainText("It was delivered on {delivery_date}; the new date is {new_date}.")
    leave(qtbot, header.delivery_date.edit, "2026-11-20", window)
    assert "delivered on 20 November 2026;" in editor.toPlainText()
    assert "{new_date}" in editor.toPlainText()  # not a header field: left for the seller
    editor.undo()
    assert "{delivery_date}" in editor.toPlainText()


def test_new_text_set_in_the_editor_leaves_the_filled_subject(window, qtbot) -> None:
    leave(qtbot, window.header.order_id, ORDER_ID, window)
    window.editor.setPlainText("Hello, your order is ready.")  # the undo history is gone
    assert window.header.subject.text() == f"Delay with your order {ORDER_ID}"
