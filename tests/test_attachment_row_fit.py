"""A file's row shows its whole status, and its fix button is only as big as its words.

A seller saw the red status of a too-large photo cut after two lines ("…accepts at most
10 MB in total." hidden) and the "Make smaller (15.7 MB → about 2 MB)" button stretched to
the full height of the row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect

from composer.message.header import Header
from tests.attachment_factory import noisy_picture, write_elf, write_image, write_pdf
from tests.uihelpers import check_now, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def big_photo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    return write_image(folder / "big-photo.jpg", noisy_picture((4000, 3000)), quality=95)


def settle(qtbot, window) -> None:
    check_now(qtbot, window)
    qtbot.wait(80)


def window_with(qtbot, tmp_path, files, size=(1280, 800)):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(to="k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                              order_id="203-5839104-7712845", message_type="warranty",
                              subject="Your lamp"), "<p>Hello,</p><p>Your lamp ships.</p>")
    window.resize(*size)
    window.compose.files.add([str(p) for p in files])
    settle(qtbot, window)
    settle(qtbot, window)
    return window


def seen(widget, viewport) -> QRect:
    """The part of ``widget`` the list's viewport shows."""
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()).intersected(viewport.rect())


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_too_large_photo_row_shows_its_status_and_a_compact_button(
        qtbot, tmp_path, big_photo, size) -> None:
    window = window_with(qtbot, tmp_path, [big_photo], size)
    row = window.attachments_panel.rows[0]
    assert row.fix_buttons, "the row offers Make smaller"
    button, status = row.fix_buttons[0], row.status
    assert "10 MB" in status.text()
    assert status.height() >= status.heightForWidth(status.width())  # no line cut off
    viewport = window.attachments_panel.rows_scroll.viewport()
    assert seen(row, viewport).height() == row.height()  # the whole row in view
    # The button is as tall as its lines of text, never the row's height.
    assert button.height() <= button.heightForWidth(button.width())
    assert button.height() < row.height() - 8


def test_every_row_is_in_view_after_undo_of_a_removal(qtbot, tmp_path, big_photo) -> None:
    files = [write_image(tmp_path / "shade-photo.jpg"), write_pdf(tmp_path / "invoice.pdf"),
             big_photo, write_elf(tmp_path / "manual.pdf")]
    window = window_with(qtbot, tmp_path, files)
    panel = window.attachments_panel
    window.compose.files.fix(str(files[3]), "remove")
    settle(qtbot, window)
    window.editor.undo()
    settle(qtbot, window)
    settle(qtbot, window)
    assert len(panel.rows) == 4
    viewport = panel.rows_scroll.viewport()
    shown = sum(seen(row, viewport).height() for row in panel.rows)
    # Two rows at least show (the list scrolls beyond; the editor comes first), none cut.
    assert shown >= sum(sorted(row.height() for row in panel.rows)[:2])
