"""The header shows its date and the chosen type whole at 1024×700 (issue 15).

In French the label "Date de commande" left the order date's field too narrow for
"20 nov. 2026", and the open Type list cut "Other message you start (no Amazon type)" and
its translations (with the files note after them). The date field is now as wide as its
longest date, the open list as wide as its longest entry, and the closed list shows the
chosen type whole (or its whole name in the tooltip).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox, QToolButton

from composer.message.header import Header
from tests.uihelpers import app_language, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


@pytest.fixture(params=["en", "de", "fr"])
def window(request, qapp, qtbot, tmp_path):
    with app_language(qapp, request.param):
        win = make_window(qtbot, tmp_path / "data")
        win.load_sample(Header(to="k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                               order_id="203-5839104-7712845", order_date=date(2026, 9, 28),
                               delivery_date=date(2026, 10, 2),
                               message_type="otherProactive", subject="Your lamp"),
                        "<p>Hello</p>")
        win.resize(1024, 700)
        for _ in range(3):
            QApplication.processEvents()
        yield win


def text_room(edit) -> int:
    """The pixels the line's text can use: up to its clear button, inside its frame."""
    clear = [b for b in edit.findChildren(QToolButton) if b.isVisible()]
    right = min((b.geometry().left() for b in clear), default=edit.width() - 4)
    return right - 4  # the frame and the text margin at the left


def test_the_dates_are_whole(window) -> None:
    for field in (window.header.order_date, window.header.delivery_date):
        edit = field.edit
        assert edit.text(), field
        need = edit.fontMetrics().horizontalAdvance(edit.text())
        assert text_room(edit) >= need, (edit.text(), text_room(edit), need)


def test_the_chosen_type_is_whole_or_in_the_tooltip(window) -> None:
    combo = window.header.message_type
    chosen = combo.currentText()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    shown = option.currentText
    assert combo.fontMetrics().horizontalAdvance(shown) <= room, (shown, room)
    assert shown == chosen or chosen in combo.toolTip(), (shown, combo.toolTip())


def test_the_open_type_list_shows_each_type_whole(window, qtbot) -> None:
    combo = window.header.message_type
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    try:
        room = view.viewport().width()
        delegate = view.itemDelegate()
        for row in range(combo.count()):
            index = combo.model().index(row, 0)
            need = delegate.sizeHint(view.viewOptions() if hasattr(view, "viewOptions")
                                     else _option(view), index).width()
            assert need <= room, (combo.itemText(row), need, room)
        assert view.window().geometry().right() <= window.screen().geometry().right()
    finally:
        combo.hidePopup()


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    return option
