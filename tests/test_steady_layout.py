"""Removing an attached file leaves the window where it was.

A seller found the layout jumping: with each file removed the list of files got shorter,
the editor grew into the room (its text scrolled under the caret), in a reply the buyer's
message took some of it and moved the editor's top edge, and the rows below moved away
from the mouse. Now the part under the editor keeps its height while the draft is open.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from composer.inbox.importing import import_files
from composer.message.header import Header
from tests.attachment_factory import write_image
from tests.uihelpers import check_now, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"
SIZES = [(1024, 700), (1280, 800)]
# A message long enough to scroll, with problems that block sending (the line under the
# export buttons says which) and the caret at its end, where the editor is scrolled to.
BODY = ("<p>Hello,</p><p>Thank you for your order. Please leave us a 5-star review and visit "
        "https://example.com for 10% off your next order.</p>"
        + "".join(f"<p>Line {n} of the care instructions for your new table.</p>"
                  for n in range(1, 25)) + "<p>Best wishes, Anna</p>")


def settle(qtbot, window) -> None:
    """The check after a change has come back and the window has laid itself out."""
    check_now(qtbot, window)
    qtbot.wait(60)


def place(window, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def picture_of(window) -> dict[str, object]:
    """What must not move: the editor's top edge, the findings panel, the text at the caret."""
    editor = window.editor
    return {"editor top": place(window, editor).top(),
            "findings panel": place(window, window.findings_panel),
            "caret": editor.cursorRect(),
            "scrolled": editor.verticalScrollBar().value()}


def with_files(qtbot, tmp_path, kind: str, size: tuple[int, int]):
    window = make_window(qtbot, tmp_path / "data")
    if kind == "reply":
        import_files(window.store, [CORPUS / "de-html-qp.eml"], window.data_dir)
        window.inbox.reply(1)
        assert window.inbox.pane.isVisible()
        window.editor.setHtml(BODY)
    else:
        window.load_sample(Header(to="k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                                  order_id="203-5839104-7712845", message_type="warranty",
                                  subject="Your warranty card"), BODY)
    files = [write_image(tmp_path / f"photo{n}.png") for n in range(3)]
    window.compose.files.add([str(p) for p in files])
    settle(qtbot, window)
    window.resize(*size)
    qtbot.wait(60)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.ensureCursorVisible()
    settle(qtbot, window)
    assert len(window.attachments_panel.rows) == 3
    assert window.export.bar.reason.isVisible()  # problems block: the line says which
    assert window.editor.verticalScrollBar().value() > 0  # scrolled to the caret
    return window


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["warranty", "reply"])
def test_removing_files_moves_nothing(qtbot, tmp_path, kind, size) -> None:
    window = with_files(qtbot, tmp_path, kind, size)
    before = picture_of(window)
    panel = window.attachments_panel
    for left in (2, 1, 0):
        panel.rows[0].remove_button.click()
        settle(qtbot, window)
        assert len(panel.rows) == left
        assert picture_of(window) == before, f"{kind} at {size}, {left} files left"
    assert window.height() == size[1]


def test_rows_left_stay_at_the_top_of_the_list(qtbot, tmp_path) -> None:
    window = with_files(qtbot, tmp_path, "warranty", (1280, 800))
    panel = window.attachments_panel
    top, attach = place(window, panel.rows[0]).top(), place(window, panel.add_button)
    panel.rows[0].remove_button.click()
    settle(qtbot, window)
    assert place(window, panel.rows[0]).top() == top  # the next file takes the first row
    assert place(window, panel.add_button) == attach


def test_another_draft_measures_the_list_anew(qtbot, tmp_path) -> None:
    window = with_files(qtbot, tmp_path, "warranty", (1280, 800))
    tall = window.attachments_panel.height()
    for _ in range(3):
        window.attachments_panel.rows[0].remove_button.click()
        settle(qtbot, window)
    assert window.attachments_panel.height() == tall  # kept while this draft is open
    window.draft_actions.new_draft()
    settle(qtbot, window)
    assert window.attachments_panel.height() < tall  # a draft without files: one short line
