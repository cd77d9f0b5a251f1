"""The lines under the header's fields follow the typing: at a pause, not only on leaving.

Found in a walkthrough: "31.11.2026" in Order date said nothing until Tab, and then was cut
("…is not a date Seller Composer can read…."; "Check both…"); and when Product's warning
went while the seller typed in it, an empty row stayed under Product.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from composer.ui.fieldmessage import ELLIPSIS
from tests.uihelpers import app_language, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ORDER, OTHER = "302-1234567-1234567", "405-7812345-6789012"


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.header.today = lambda: date(2026, 12, 6)
    return win


def type_into(qtbot, line, text: str) -> None:
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    qtbot.keyClicks(line, text)


def test_a_wrong_date_is_said_at_a_pause_while_the_field_keeps_the_keyboard(window, qtbot):
    field, message = window.header.order_date, window.header.messages["order_date"]
    type_into(qtbot, field.edit, "31.11.2")
    assert message.isHidden() and field.problem() is None  # half-typed: not flagged
    qtbot.keyClicks(field.edit, "026")
    qtbot.waitUntil(lambda: message.isVisible(), timeout=5000)  # the pause, no Tab
    assert QApplication.focusWidget() is field.edit
    assert message.text() == "⚠ Not a date (e.g. 20 Nov 2026)."
    assert "“31.11.2026” is not a date Seller Composer can read" in message.toolTip()
    assert "Until then the date counts as not set" in message.toolTip()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "30.11.2026")  # a date: the line goes at the pause
    qtbot.waitUntil(lambda: message.isHidden(), timeout=5000)


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_date_messages_are_whole_in_two_lines_at_1024(qapp, qtbot, tmp_path, language):
    with app_language(qapp, language):
        window = make_window(qtbot, tmp_path / "data")
        window.resize(1024, 700)
        header = window.header
        header.today = lambda: date(2026, 12, 6)
        type_into(qtbot, header.order_date.edit, "31.11.2026")
        qtbot.keyClick(header.order_date.edit, Qt.Key.Key_Tab)
        header.delivery_date.setDate(date(2026, 11, 2))
        header.order_date.setDate(date(2026, 11, 20))  # delivered before ordered
        qtbot.waitUntil(lambda: header.messages["delivery_date"].isVisible())
        for key in ("delivery_date",):
            message = header.messages[key]
            assert not message.text().endswith(ELLIPSIS), message.text()
            assert message.toolTip()  # the whole sentence is still there
        header.order_date.edit.setText("31.11.2026")
        header.order_date.edit.setFocus()
        qtbot.keyClick(header.order_date.edit, Qt.Key.Key_Tab)
        message = header.messages["order_date"]
        qtbot.waitUntil(lambda: message.isVisible())
        assert not message.text().endswith(ELLIPSIS), message.text()
        assert "31.11.2026" in message.toolTip()  # the whole sentence, with what was typed


def test_no_empty_row_stays_when_products_warning_goes_while_typing(window, qtbot):
    header = window.header
    header.product_filled_for = (ORDER, "Schneidebrett Eiche")
    header.product_name.setText("Schneidebrett Eiche")
    header.order_id.setText(ORDER)
    QApplication.processEvents()
    before = header.sizeHint().height()
    header.order_id.setText(OTHER)
    message = header.messages["product_name"]
    assert message.isVisible()
    QApplication.processEvents()
    assert header.sizeHint().height() > before
    type_into(qtbot, header.product_name, " groß")  # the warning goes while typing
    qtbot.waitUntil(lambda: message.isHidden(), timeout=5000)
    assert QApplication.focusWidget() is header.product_name
    header.layout().activate()
    assert header.sizeHint().height() == before
