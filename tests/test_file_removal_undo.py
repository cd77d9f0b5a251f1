"""Removing a file can be undone, and the keyboard never lands on another file's Remove.

The walkthrough of 2026-12-05 (rows 2, 11 and 33): after "Make a smaller copy" or Remove,
the focus went to the Remove button of the first file in the list, so one Space took the
buyer's photo off the message, with no question and no undo, while the card promised
"Ctrl+Z undoes it". Now a removal (and a fixed copy) is a step of the message's undo
history: Ctrl+Z anywhere in the window brings the file back, and the status bar offers
Undo. The file itself was never touched on disk.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.attachment_factory import gps_exif, picture, write_image, write_pdf
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


def attach(qtbot, window, *paths) -> None:
    window.compose.files.add([str(p) for p in paths])
    settle(qtbot, window)


def names(window) -> list[str]:
    return [ref.path.name for ref in window.compose.files.refs]


def no_remove_button_focused(window) -> None:
    focus = QApplication.focusWidget()
    for row in window.attachments_panel.rows:
        assert focus is not row.remove_button, f"focus on Remove of {row.path.name}"


def test_remove_on_a_row_puts_the_keyboard_on_attach(window, qtbot, tmp_path) -> None:
    files = [write_pdf(tmp_path / f"{n}.pdf") for n in ("photo", "two", "three")]
    attach(qtbot, window, *files)
    panel = window.attachments_panel
    panel.rows[1].remove_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.rows[1].remove_button, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert names(window) == ["photo.pdf", "three.pdf"]
    no_remove_button_focused(window)
    assert QApplication.focusWidget() is panel.add_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # harmless keys stay so
    assert names(window) == ["photo.pdf", "three.pdf"]


def test_a_fix_on_a_row_puts_the_keyboard_on_the_copys_row(window, qtbot, tmp_path) -> None:
    first = write_pdf(tmp_path / "photo.pdf")
    parcel = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    attach(qtbot, window, first, parcel)
    row = window.attachments_panel.rows[1]
    row.fix_buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        qtbot.keyClick(row.fix_buttons[0], Qt.Key.Key_Space)
    settle(qtbot, window)
    copy_row = window.attachments_panel.rows[1]
    assert copy_row.path != parcel
    assert QApplication.focusWidget() is copy_row  # the row itself, not one of its buttons
    qtbot.keyClick(copy_row, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert len(window.compose.files.refs) == 2


def test_a_card_fix_by_mouse_goes_back_to_the_message(window, qtbot, tmp_path) -> None:
    first = write_pdf(tmp_path / "photo.pdf")
    parcel = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    attach(qtbot, window, first, parcel)
    card = next(c for c in window.findings_panel.cards
                if c.card.findings[0].attachment == "parcel.jpg")
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        qtbot.mouseClick(card.fix_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.wait(50)
    no_remove_button_focused(window)
    assert QApplication.focusWidget() is window.editor
    qtbot.keyClick(window.editor, Qt.Key.Key_Space)  # a space in the message, no file lost
    settle(qtbot, window)
    assert names(window)[0] == "photo.pdf" and len(names(window)) == 2


def test_ctrl_z_brings_a_removed_file_back_in_its_place(window, qtbot, tmp_path) -> None:
    files = [write_pdf(tmp_path / f"{n}.pdf") for n in ("photo", "two", "three")]
    attach(qtbot, window, *files)
    undo = window.formats.undo
    window.attachments_panel.rows[0].remove_button.click()
    settle(qtbot, window)
    assert names(window) == ["two.pdf", "three.pdf"]
    assert files[0].exists()  # never deleted from the disk
    assert undo.isEnabled()  # Edit › Undo is offered for it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert names(window) == ["photo.pdf", "two.pdf", "three.pdf"]
    assert window.editor.toPlainText().startswith("Hello, the warranty")
    window.formats.redo.trigger()  # and Redo takes it off again
    settle(qtbot, window)
    assert names(window) == ["two.pdf", "three.pdf"]


def test_undo_goes_back_through_typing_then_the_removal(window, qtbot, tmp_path) -> None:
    files = [write_pdf(tmp_path / f"{n}.pdf") for n in ("photo", "two")]
    attach(qtbot, window, *files)
    editor = window.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Thanks")
    window.attachments_panel.rows[1].remove_button.click()
    settle(qtbot, window)
    editor.setFocus()
    qtbot.keyClicks(editor, " again")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not editor.toPlainText().endswith("again")
    assert names(window) == ["photo.pdf"]  # the typing was the last thing done
    position = editor.textCursor().position()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert names(window) == ["photo.pdf", "two.pdf"]
    assert editor.toPlainText().endswith("Thanks")  # the text before the removal stays
    assert editor.textCursor().position() == position  # and the cursor did not jump


def test_the_status_bar_offers_undo_until_the_next_edit(window, qtbot, tmp_path) -> None:
    files = [write_pdf(tmp_path / f"{n}.pdf") for n in ("photo", "two")]
    attach(qtbot, window, *files)
    window.attachments_panel.rows[0].remove_button.click()
    settle(qtbot, window)
    note = window.status.undo_note
    assert note.isVisible()
    assert "“photo.pdf”" in note.label.text()
    assert isinstance(note.button, QPushButton) and note.button.isVisible()
    note.button.click()
    settle(qtbot, window)
    assert names(window) == ["photo.pdf", "two.pdf"]
    assert not note.isVisible()
    window.attachments_panel.rows[1].remove_button.click()
    settle(qtbot, window)
    assert note.isVisible()
    qtbot.keyClicks(window.editor, "x")
    assert not note.isVisible()  # something else was done: Ctrl+Z now undoes that


def test_a_fixed_copy_is_undone_too_as_the_card_promises(window, qtbot, tmp_path) -> None:
    parcel = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    attach(qtbot, window, parcel)
    card = next(c for c in window.findings_panel.cards
                if c.card.findings[0].attachment == "parcel.jpg")
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        card.fix_buttons[0].click()
    settle(qtbot, window)
    assert window.compose.files.refs[0].path != parcel
    window.formats.undo.trigger()
    settle(qtbot, window)
    assert [r.path for r in window.compose.files.refs] == [parcel]


def test_another_draft_starts_with_no_file_to_bring_back(window, qtbot, tmp_path) -> None:
    attach(qtbot, window, write_pdf(tmp_path / "photo.pdf"))
    window.attachments_panel.rows[0].remove_button.click()
    settle(qtbot, window)
    window.draft_actions.new_draft()
    assert not window.status.undo_note.isVisible()
    window.formats.undo.trigger()
    assert window.compose.files.refs == []
