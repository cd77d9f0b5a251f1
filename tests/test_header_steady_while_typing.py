"""Typing an order ID moves nothing below it: its error line appears or goes only when the
seller leaves the field (the fields below jumped under the pointer, walkthrough 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.uihelpers import make_window


def _y(window) -> int:
    return window.header.delivery_date.mapTo(window, window.header.delivery_date.rect()
                                              .topLeft()).y()


def _leave(qtbot, window) -> None:
    window.editor.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not window.header.order_id.hasFocus())
    window.header.layout().activate()


def test_the_fields_below_an_order_id_stay_still_while_it_is_typed(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.resize(1280, 800)
    window.activateWindow()
    field, message = window.header.order_id, window.header.messages["order_id"]
    field.clear()
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(field.hasFocus)
    window.header.layout().activate()
    before = _y(window)
    qtbot.keyClicks(field, "113-456")  # wrong until the last digit
    window.header.layout().activate()
    assert not message.isVisible() and _y(window) == before
    _leave(qtbot, window)  # left half typed: now it says what is wrong
    assert message.isVisible() and "17" in message.full_text
    shown = _y(window)
    assert shown > before
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "7890-1234567")  # right now: the line keeps its room meanwhile
    window.header.layout().activate()
    assert message.text() == "" and _y(window) == shown
    _leave(qtbot, window)
    assert not message.isVisible() and _y(window) == before
