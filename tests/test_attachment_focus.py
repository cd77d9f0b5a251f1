"""After a file job (remove, make smaller, remove location) the keyboard stays where it was.

A rebuilt attachment row used to drop the focus to the next widget in the tab chain, the
To field, with its text selected: the next key typed overwrote the buyer's address.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.attachment_factory import gps_exif, picture, write_elf, write_image, write_pdf
from tests.uihelpers import check_now, make_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    form = win.header
    form.to.setText("abc123@marketplace.amazon.de")
    form.message_type.setCurrentIndex(form.message_type.findData("warranty"))
    win.editor.setPlainText("Hello, the warranty for order 113-4567890-1234567 is attached.")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def settle(qtbot, window) -> None:
    check_now(qtbot, window)


def assert_to_field_untouched(window) -> None:
    focus = QApplication.focusWidget()
    assert focus is not window.header.to
    assert not window.header.to.hasSelectedText()
    assert not isinstance(focus, QLineEdit)


def test_remove_by_keyboard_keeps_focus_in_the_attachment_panel(window, qtbot, tmp_path) -> None:
    one = write_pdf(tmp_path / "one.pdf")
    two = write_pdf(tmp_path / "two.pdf")
    window.compose.files.add([str(one), str(two)])
    settle(qtbot, window)
    panel = window.attachments_panel
    panel.rows[0].remove_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.rows[0].remove_button, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert [r.path.name for r in panel.rows] == ["two.pdf"]
    assert_to_field_untouched(window)
    # Attach, never the next file's Remove button (one more Space would remove that too).
    assert QApplication.focusWidget() is panel.add_button
    panel.rows[0].remove_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.rows[0].remove_button, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert panel.rows == []
    assert_to_field_untouched(window)
    assert QApplication.focusWidget() is panel.add_button


def test_a_file_fix_by_keyboard_comes_back_to_its_row(window, qtbot, tmp_path) -> None:
    photo = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    window.compose.files.add([str(photo)])
    settle(qtbot, window)
    row = window.attachments_panel.rows[0]
    row.fix_buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        qtbot.keyClick(row.fix_buttons[0], Qt.Key.Key_Space)
    settle(qtbot, window)
    assert window.compose.files.refs[0].path != photo
    assert_to_field_untouched(window)
    # The fix button is gone with the problem: the copy's row itself takes the focus (not
    # its Remove button, where a second Space would take the file off).
    assert QApplication.focusWidget() is window.attachments_panel.rows[0]


def test_a_file_fix_from_a_card_keeps_focus_in_the_findings(window, qtbot, tmp_path) -> None:
    photo = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    window.compose.files.add([str(photo)])
    settle(qtbot, window)
    card = next(c for c in window.findings_panel.cards
                if c.card.findings[0].attachment == "parcel.jpg")
    button = card.fix_buttons[0]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    settle(qtbot, window)
    qtbot.wait(50)
    assert_to_field_untouched(window)
    focus = QApplication.focusWidget()
    assert focus is not None and window.findings_panel.isAncestorOf(focus)


def test_typing_after_remove_never_reaches_the_address(window, qtbot, tmp_path) -> None:
    one = write_pdf(tmp_path / "one.pdf")
    window.compose.files.add([str(one)])
    settle(qtbot, window)
    button = window.attachments_panel.rows[0].remove_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle(qtbot, window)
    focus = QApplication.focusWidget()
    assert focus is window.attachments_panel.add_button
    qtbot.keyClicks(focus, "x")
    assert window.header.to.text() == "abc123@marketplace.amazon.de"


def test_a_cards_remove_by_mouse_goes_to_attach_like_the_rows_own(window, qtbot,
                                                                 tmp_path) -> None:
    """Seventh walkthrough, B1: the card's Remove "invoice.pdf" sent the keyboard to the
    message, and the next Space typed into it."""
    program = write_elf(tmp_path / "invoice.pdf")
    window.compose.files.add([str(program)])
    settle(qtbot, window)
    card = next(c for c in window.findings_panel.cards
                if c.card.findings[0].attachment == "invoice.pdf")
    button = next(b for b in card.fix_buttons if b.text().replace("&", "").startswith("Remove"))
    text = window.editor.toPlainText()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.wait(50)
    assert window.compose.files.refs == []
    assert QApplication.focusWidget() is window.attachments_panel.add_button
    qtbot.keyClicks(QApplication.focusWidget(), "x")  # (Space there would open the picker)
    assert window.editor.toPlainText() == text
    assert_to_field_untouched(window)


def test_alt_a_leaves_the_keyboard_in_the_attachments(window, qtbot, tmp_path,
                                                      monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    photo = write_pdf(tmp_path / "warranty.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(photo)], "")))
    window.editor.setFocus()
    before = window.editor.toPlainText()
    qtbot.keyClick(window.editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, window)
    qtbot.wait(50)
    panel = window.attachments_panel
    assert [r.path.name for r in panel.rows] == ["warranty.pdf"]
    focus = QApplication.focusWidget()
    assert focus is not None and panel.isAncestorOf(focus), focus
    qtbot.keyClicks(focus, "Q")
    assert window.editor.toPlainText() == before  # the key did not land in the message
    assert_to_field_untouched(window)
