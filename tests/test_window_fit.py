"""The window works on a laptop screen: at 1024×700 and 1280×800 nothing is cut or scrolls sideways.

Each test renders the real window at both sizes and checks the geometry of what a seller
reads: the header's fields show their whole text, the drafts list shows each draft's badge
without a horizontal scroll bar, and a long subject reads from its start.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from composer.message.header import Header
from tests.uihelpers import make_window

SIZES = [(1024, 700), (1280, 800)]
ALIAS = "k7x2mq9dfl4wz8p@marketplace.amazon.co.uk"
SUBJECT = "A short delay with your order 203-5839104-7712845"
LONGEST_TYPE = "confirmOrderDetails"  # "Question about the order (before shipping)"


def line_room(line: QLineEdit) -> int:
    """The width a line edit has for its text (frame, margins and its buttons taken off)."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    rect = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    buttons = sum(b.width() for b in line.findChildren(QToolButton) if b.isVisible())
    return rect.width() - margins.left() - margins.right() - 4 - buttons


def combo_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def shown_text(widget: QWidget) -> tuple[str, int]:
    """The text a field shows (its placeholder when empty) and the room it has for it."""
    if isinstance(widget, QComboBox):
        return widget.currentText(), combo_room(widget)
    line = widget if isinstance(widget, QLineEdit) else widget.edit  # a date field
    return line.text() or line.placeholderText(), line_room(line)


def settle(window, size: tuple[int, int]) -> None:
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    assert (window.width(), window.height()) == size


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(to=ALIAS, order_id="203-5839104-7712845",
                              order_date=date(2026, 11, 20), message_type=LONGEST_TYPE,
                              subject=SUBJECT), "<p>Hello Sarah,</p><p>Thank you.</p>")
    for n in range(6):  # enough drafts to fill the list, with long titles
        window.session.new(Header(subject=f"Re: Your question about the oak bedside table {n}",
                                  order_id="302-1184420-5531287"), "<p>Hi</p>")
    window.refresh_drafts()
    return window


@pytest.mark.parametrize("size", SIZES)
def test_header_fields_show_their_whole_text(window, size) -> None:
    settle(window, size)
    form = window.header
    for name in ("to", "message_type", "subject", "product_name", "order_id", "order_date",
                 "delivery_date", "language"):
        field = getattr(form, name)
        text, room = shown_text(field)
        needed = field.fontMetrics().horizontalAdvance(text)
        assert needed <= room, f"{name} at {size}: “{text}” needs {needed} px, has {room}"
        right = field.mapTo(form, field.rect().topRight()).x()
        assert right <= form.width(), f"{name} at {size} runs past the header's edge"


@pytest.mark.parametrize("size", SIZES)
def test_the_subject_reads_from_its_start(window, qtbot, size) -> None:
    settle(window, size)
    subject = window.header.subject
    assert subject.cursorPosition() == 0
    subject.setFocus()
    subject.end(False)
    qtbot.keyClicks(subject, " and a longer tail that cannot possibly fit in this field")
    window.editor.setFocus()  # the seller leaves the field
    QApplication.processEvents()
    assert subject.cursorPosition() == 0


@pytest.mark.parametrize("size", SIZES)
def test_the_drafts_list_never_scrolls_sideways_and_shows_every_badge(window, size) -> None:
    settle(window, size)
    drafts = window.drafts_panel.list
    assert drafts.count() >= 7
    assert not drafts.horizontalScrollBar().isVisible()
    assert drafts.horizontalScrollBar().maximum() == 0
    viewport = drafts.viewport().width()
    for row in range(drafts.count()):
        rect = drafts.visualItemRect(drafts.item(row))
        assert rect.left() >= 0 and rect.right() <= viewport, f"row {row} at {size}: {rect}"


@pytest.mark.parametrize("size", SIZES)
def test_the_window_keeps_room_to_write(window, size) -> None:
    settle(window, size)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.minimumSizeHint().height() <= size[1]
    assert window.editor.viewport().height() >= 200
    assert not window.editor.horizontalScrollBar().isVisible()


def test_a_reply_shows_its_clock_row_whole_at_1024(window) -> None:
    window.header.message_type.setCurrentIndex(window.header.message_type.findData("reply"))
    settle(window, (1024, 700))
    form = window.header
    row = form.reply_row
    assert row.isVisible()
    assert row.mapTo(form, row.rect().topRight()).x() <= form.width()
    text, room = shown_text(form.buyer_message_at)
    assert form.fontMetrics().horizontalAdvance(text) <= room


@pytest.mark.parametrize("size", SIZES)
def test_tab_goes_through_the_header_in_reading_order(window, qtbot, size) -> None:
    from PySide6.QtCore import Qt

    settle(window, size)
    form = window.header
    form.to.setFocus()
    seen = []
    for _ in range(14):
        focus = QApplication.focusWidget()
        for name in ("to", "order_id", "message_type", "order_date", "subject", "language",
                     "product_name", "delivery_date"):
            field = getattr(form, name)
            if focus is field or focus is getattr(field, "edit", None):
                seen.append(name)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    expected = (["to", "message_type", "subject", "product_name", "order_id", "language",
                 "order_date", "delivery_date"] if form.narrow else
                ["to", "order_id", "message_type", "order_date", "subject", "language",
                 "product_name", "delivery_date"])
    assert seen == expected, " ".join(seen)


@pytest.mark.parametrize("size", SIZES)
def test_a_field_warning_reads_as_words_on_two_lines_at_most(window, qtbot, size) -> None:
    settle(window, size)
    form = window.header
    editor_top = window.editor.mapTo(window, window.editor.rect().topLeft()).y()
    form.to.setText("anna.weber@gmail.com")
    QApplication.processEvents()
    message = form.messages["to"]
    assert message.isVisible()
    assert "&#" not in message.text() and "&amp;" not in message.text()
    assert "buyer's alias" in message.full_text  # the words as written, escaped nowhere
    lines = message.height() / message.fontMetrics().lineSpacing()
    assert lines <= 2.5, f"{lines:.1f} lines at {size}"
    assert message.text().endswith("…")
    assert message.toolTip() == message.full_text  # the rest is one hover away
    assert message.accessibleDescription() in message.full_text
    grown = window.editor.mapTo(window, window.editor.rect().topLeft()).y() - editor_top
    assert grown <= 3 * message.fontMetrics().lineSpacing()
    form.order_id.setText("12345")  # a warning in the narrow right column too
    QApplication.processEvents()
    for name in ("message_type", "subject"):  # the warnings never squeeze the fields
        text, room = shown_text(getattr(form, name))
        assert form.fontMetrics().horizontalAdvance(text) <= room, f"{name} at {size}"


def test_a_warning_that_fits_is_shown_whole_without_a_tooltip(qtbot) -> None:
    from composer.message.header import Problem
    from composer.ui.fieldmessage import FieldMessage, fit_lines

    host = QWidget()
    qtbot.addWidget(host)
    message = FieldMessage(host)
    message.resize(400, 60)
    message.show_problem(Problem("The order date is in the future.", blocking=True))
    assert message.text() == "✖ The order date is in the future." and not message.toolTip()
    words = "Check the address on the order page in Seller Central. " * 4
    cut = fit_lines(words, message.font(), 200)
    assert cut.endswith("…") and words.startswith(cut[:-1].rstrip())
    assert fit_lines(cut, message.font(), 200) == cut  # what was cut fits two lines
