"""After a fix, an ignore or a file action, the next keystroke goes where the seller expects.

A seller clicked "Remove the link", typed, and the letters went into the To field (or
replaced the buyer's address, selected there). A text fix or an ignore done with the mouse
gives the keyboard to the message, its selection kept; a file action to the attachments.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.attachment_factory import gps_exif, picture, write_image, write_pdf
from tests.uihelpers import check_now, make_window

ADDRESS = "abc123@marketplace.amazon.de"


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.header.to.setText(ADDRESS)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def settle(qtbot, window) -> None:
    check_now(qtbot, window)
    qtbot.wait(50)


def card_for(window, rule: str):
    return next(c for c in window.findings_panel.cards if c.card.findings[0].rule == rule)


def type_now(qtbot, text: str) -> None:
    """Type where the keyboard is, like a person would."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def test_a_fix_that_shows_the_sentence_leaves_the_keyboard_at_the_gap(window, qtbot) -> None:
    window.editor.setPlainText("Hello. Check www.shop.com for updates. Bye.")
    settle(qtbot, window)
    button = card_for(window, "link").fix_buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert QApplication.focusWidget() is window.editor
    assert not window.editor.textCursor().hasSelection()  # a key must not replace it
    assert window.compose.underlines.reread.selectedText() == "Check for updates."
    type_now(qtbot, "Q")
    assert window.editor.toPlainText() == "Hello. Check Q for updates. Bye."
    assert window.header.to.text() == ADDRESS


def test_a_plain_text_fix_by_mouse_leaves_the_keyboard_in_the_message(window, qtbot) -> None:
    window.editor.setPlainText("For the manual, visit www.shop.com. Thanks!")
    settle(qtbot, window)
    qtbot.mouseClick(card_for(window, "link").fix_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert QApplication.focusWidget() is window.editor
    type_now(qtbot, "Q")
    assert "Q" in window.editor.toPlainText()
    assert window.header.to.text() == ADDRESS


def test_not_a_link_by_mouse_leaves_the_keyboard_in_the_message(window, qtbot) -> None:
    window.findings_panel.confirm_ignore = lambda *_: True
    window.editor.setPlainText("Write to a@oakfield-mail.com today. Or b@oakfield-mail.com.")
    settle(qtbot, window)
    cursor = window.editor.textCursor()
    cursor.setPosition(5)
    window.editor.setTextCursor(cursor)
    qtbot.mouseClick(window.findings_panel.cards[0].ignore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert QApplication.focusWidget() is window.editor
    type_now(qtbot, "Q")
    assert window.header.to.text() == ADDRESS
    assert "Q" in window.editor.toPlainText()


def test_ignore_here_by_mouse_leaves_the_keyboard_in_the_message(window, qtbot) -> None:
    window.editor.setPlainText("Hello, the lampp is on its way.")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: any(c.card.findings[0].rule == "spelling"
                                for c in window.findings_panel.cards), timeout=10_000)
    card = card_for(window, "spelling")
    qtbot.mouseClick(card.ignore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert QApplication.focusWidget() is window.editor
    type_now(qtbot, "Q")
    assert window.header.to.text() == ADDRESS


@pytest.fixture
def warranty(window):
    form = window.header
    form.message_type.setCurrentIndex(form.message_type.findData("warranty"))
    window.editor.setPlainText("Hello, the warranty for order 113-4567890-1234567 is attached.")
    return window


def assert_typing_misses_the_address(window, qtbot) -> None:
    focus = QApplication.focusWidget()
    assert focus is not window.header.to
    assert focus is not None and window.attachments_panel.isAncestorOf(focus)
    type_now(qtbot, "Q")
    assert window.header.to.text() == ADDRESS


def test_remove_by_mouse_keeps_the_keyboard_in_the_attachments(warranty, qtbot, tmp_path):
    window = warranty
    window.compose.files.add([str(write_pdf(tmp_path / "one.pdf"))])
    settle(qtbot, window)
    qtbot.mouseClick(window.attachments_panel.rows[0].remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert QApplication.focusWidget() is window.attachments_panel.add_button
    assert_typing_misses_the_address(window, qtbot)


def test_make_smaller_by_mouse_keeps_the_keyboard_on_the_row(warranty, qtbot, tmp_path):
    window = warranty
    photo = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    window.compose.files.add([str(photo)])
    settle(qtbot, window)
    button = window.attachments_panel.rows[0].fix_buttons[0]
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.compose.files.refs[0].path != photo
    # The copy's row itself, never its Remove button (one Space there took the file off).
    assert QApplication.focusWidget() is window.attachments_panel.rows[0]
    assert_typing_misses_the_address(window, qtbot)


def test_attach_by_mouse_leaves_the_keyboard_on_attach(warranty, qtbot, tmp_path, monkeypatch):
    window = warranty
    panel = window.attachments_panel
    pdf = write_pdf(tmp_path / "one.pdf")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(pdf)], ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [r.path.name for r in panel.rows] == ["one.pdf"]
    assert QApplication.focusWidget() in (panel.add_button, panel.rows[0].remove_button)
    assert_typing_misses_the_address(window, qtbot)


RING = (0x15, 0x65, 0xC0)  # the focus ring's blue


def ring_pixels(widget) -> int:
    """How many pixels of the focus ring's colour the widget shows now."""
    image = widget.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if (colour.red(), colour.green(), colour.blue()) == RING:
                count += 1
    return count


def test_a_focused_button_in_the_findings_and_attachments_shows_a_ring(window, qtbot) -> None:
    window.editor.setPlainText("Hello. Check www.shop.com for updates. Bye.")
    settle(qtbot, window)
    for button in (card_for(window, "link").fix_buttons[0],
                   window.attachments_panel.add_button):
        window.editor.setFocus()
        qtbot.waitUntil(window.editor.hasFocus, timeout=2000)
        assert ring_pixels(button) == 0
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus, timeout=2000)
        # A ring all round: at least the button's width and height twice over.
        assert ring_pixels(button) >= 2 * (button.width() + button.height())


def test_a_sentence_to_rewrite_takes_the_keyboard_from_a_keyboard_user_too(window, qtbot):
    window.editor.setPlainText("Hello. Check www.shop.com for updates. Bye.")
    settle(qtbot, window)
    button = card_for(window, "link").fix_buttons[0]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert QApplication.focusWidget() is window.editor
    type_now(qtbot, "Q")
    assert window.editor.toPlainText() == "Hello. Check Q for updates. Bye."
    assert window.header.to.text() == ADDRESS
