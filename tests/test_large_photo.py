"""A photo within Amazon's limits but large is offered "Make smaller", and Undo puts it back.

Only a photo over the 10 MB budget used to be offered a smaller copy. A phone photo of
4 MB passes, yet it opens slowly for the buyer and leaves little room for other files.
Thresholds and words are data (``resources/policy/attachments.json``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from composer.attachments.config import policy
from composer.attachments.findings import check_attachments
from composer.policy.fixaction import FileAction, FixFile, action_of
from tests.attachment_factory import noisy_picture, picture, write_image
from tests.test_attachments_ui import settle, window  # noqa: F401  (the window fixture)

LABEL = re.compile(r"^Make smaller \(\d+(\.\d)? MB → about \d+(\.\d)? (MB|KB)\)$")


@pytest.fixture(scope="module")
def phone_photo(tmp_path_factory) -> Path:
    """A noisy 2400×1800 JPEG of about 5 MB: within 10 MB, over the 2 MB offer."""
    path = write_image(tmp_path_factory.mktemp("photo") / "parcel.jpg",
                       noisy_picture((2400, 1800)), quality=95)
    assert policy().offer_over_bytes < path.stat().st_size < 8_000_000
    return path


def test_a_large_photo_within_the_limits_is_offered_a_smaller_copy(phone_photo) -> None:
    [note] = check_attachments([phone_photo])
    assert (note.rule, note.severity, note.attachment) == (
        "attachment-large-photo", "info", "parcel.jpg")
    what = action_of(note)
    assert isinstance(what, FixFile) and what.action is FileAction.SHRINK
    assert LABEL.match(note.fix.label), note.fix.label
    assert note.fix.label.endswith("→ about 2 MB)")  # the copy aims at target_bytes


def test_a_photo_with_many_pixels_is_offered_it_too(tmp_path) -> None:
    wide = write_image(tmp_path / "wide.jpg", picture((3200, 2400)), quality=80)
    assert wide.stat().st_size < policy().offer_over_bytes
    [note] = check_attachments([wide])
    assert note.rule == "attachment-large-photo" and action_of(note).action is FileAction.SHRINK


def test_a_small_photo_and_a_document_are_not(tmp_path) -> None:
    small = write_image(tmp_path / "small.jpg", picture((800, 600)))
    assert check_attachments([small]) == []


def test_one_offer_per_file_when_the_total_is_over_budget(phone_photo, tmp_path) -> None:
    huge = write_image(tmp_path / "huge.jpg", noisy_picture((3600, 2700)), quality=97)
    found = check_attachments([huge, phone_photo])
    assert [(f.rule, f.attachment) for f in found] == [
        ("attachment-size", "huge.jpg"), ("attachment-large-photo", "parcel.jpg")]


def test_make_smaller_on_the_row_then_undo(window, qtbot, phone_photo) -> None:  # noqa: F811
    window.compose.files.add([str(phone_photo)])
    settle(qtbot, window)
    row = window.attachments_panel.rows[0]
    assert LABEL.match(row.fix_buttons[0].text()), row.fix_buttons[0].text()
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=30_000):
        qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    copy = window.compose.files.refs[0].path
    assert copy != phone_photo and copy.stat().st_size < phone_photo.stat().st_size
    row = window.attachments_panel.rows[0]
    assert [b.text() for b in row.fix_buttons] == ["Undo"]  # the copy is not large
    assert "Ctrl+Z" in window.status.currentMessage()
    qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [r.path for r in window.compose.files.refs] == [phone_photo]
    assert window.attachments_panel.rows[0].fix_buttons[0].text().startswith("Make smaller (")
    assert "attached again" in window.status.currentMessage()
    # The row's Undo is a step of the message's history too: Ctrl+Z takes it back, and
    # Ctrl+Z again takes back the fix, so the list never loses track of a file.
    window.formats.undo.trigger()
    settle(qtbot, window)
    assert [r.path for r in window.compose.files.refs] == [copy]
    window.formats.undo.trigger()
    settle(qtbot, window)
    assert [r.path for r in window.compose.files.refs] == [phone_photo]


def _make_smaller(qtbot, window) -> None:  # noqa: F811
    row = window.attachments_panel.rows[0]
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=30_000):
        qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def test_make_smaller_again_after_undo_keeps_the_name(window, qtbot, phone_photo) -> None:  # noqa: F811
    """The undone copy must not keep the file's name: the buyer gets "parcel.jpg", not
    "parcel (2).jpg"."""
    window.compose.files.add([str(phone_photo)])
    settle(qtbot, window)
    _make_smaller(qtbot, window)
    first = window.compose.files.refs[0].path
    assert first.name == "parcel.jpg"
    qtbot.mouseClick(window.attachments_panel.rows[0].fix_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [r.path for r in window.compose.files.refs] == [phone_photo]
    _make_smaller(qtbot, window)
    again = window.compose.files.refs[0].path
    assert again.name == "parcel.jpg", again.name
    assert again.stat().st_size < phone_photo.stat().st_size
    assert not list(again.parent.glob("parcel (*")), "no numbered copy is left behind"


def test_ctrl_z_and_redo_of_make_smaller_say_what_they_did(window, qtbot, phone_photo) -> None:  # noqa: F811
    """Seventh walkthrough, B5: after Ctrl+Z had put the original back, the status bar
    still said "Attached a fixed copy … Ctrl+Z puts it back"."""
    window.compose.files.add([str(phone_photo)])
    settle(qtbot, window)
    _make_smaller(qtbot, window)
    copy = window.compose.files.refs[0].path
    assert "Ctrl+Z puts it back" in window.status.currentMessage()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert [r.path for r in window.compose.files.refs] == [phone_photo]
    assert window.status.currentMessage() == "Put back “parcel.jpg”."
    qtbot.keyClick(window.editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert [r.path for r in window.compose.files.refs] == [copy]
    assert window.status.currentMessage() == f"Attached the fixed copy “{copy.name}” again."
