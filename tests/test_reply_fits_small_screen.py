"""A reply with the buyer's message and files still fits a 1024×700 screen, whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect

from composer.inbox.importing import import_files
from tests.attachment_factory import write_image
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"


def reply_with_files(qtbot, data_dir: Path, files: list[Path]):
    window = make_window(qtbot, data_dir)
    if not window.store.inbox_count():
        import_files(window.store, [CORPUS / "de-html-qp.eml"], window.data_dir)
    window.inbox.reply(1)
    if files:
        window.compose.files.add([str(p) for p in files])
        qtbot.waitUntil(lambda: len(window.attachments_panel.rows) == len(files))
    return window


def inside(window, widget) -> bool:
    """The widget's whole rectangle lies inside the window's."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def test_a_reply_with_files_fits_1024_by_700(qtbot, tmp_path):
    files = [write_image(tmp_path / f"photo{i}.png") for i in range(5)]
    window = reply_with_files(qtbot, tmp_path / "data", files)
    assert window.inbox.pane.isVisible()
    window.resize(1024, 700)
    qtbot.wait(50)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    assert window.height() <= 700
    for widget in (window.status, window.export_host, window.attachments_panel.add_button,
                   window.header):
        assert inside(window, widget), widget
    assert window.editor.height() >= 100  # the editor comes before the buyer's words


def test_hide_of_the_buyers_message_is_kept_after_a_restart(qtbot, tmp_path):
    window = reply_with_files(qtbot, tmp_path / "data", [])
    pane = window.inbox.pane
    assert not pane.fold.isChecked() and pane.words.isVisible()
    pane.fold.click()
    assert not pane.words.isVisible()
    window.close()
    again = reply_with_files(qtbot, tmp_path / "data", [])
    assert again.inbox.pane.isVisible() and again.inbox.pane.fold.isChecked()
    assert not again.inbox.pane.words.isVisible()
    again.inbox.pane.fold.click()  # shown again: shown after the next restart too
    again.close()
    third = reply_with_files(qtbot, tmp_path / "data", [])
    assert not third.inbox.pane.fold.isChecked()


def test_the_buyers_view_takes_the_space_while_the_buyers_message_is_shown(qtbot, tmp_path):
    window = reply_with_files(qtbot, tmp_path / "data", [])
    window.resize(1180, 760)
    window.tabs.setCurrentWidget(window.buyer_view)
    qtbot.wait(50)
    pane = window.inbox.pane
    assert pane.isVisible()
    # The preview was 81 px under a 78 px buyer's message; now the pane keeps its title row.
    assert not pane.words.isVisible() and pane.title.isVisible()
    assert window.buyer_view.browser.height() >= 120
    window.tabs.setCurrentIndex(0)  # writing again: the buyer's words as tall as they need
    qtbot.wait(50)
    assert pane.words.height() > pane.words.minimumHeight()


def test_files_attached_one_at_a_time_show_two_rows_when_there_is_room(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.resize(1180, 760)
    panel = window.attachments_panel
    for number in range(4):
        window.compose.files.add([str(write_image(tmp_path / f"photo{number}.png"))])
        qtbot.waitUntil(lambda n=number: len(panel.rows) == n + 1)
        qtbot.wait(20)
    qtbot.wait(50)
    two = sum(row.height() for row in panel.rows[:2]) + panel.rows_host.spacing()
    assert panel.rows_scroll.height() >= two  # was a one-row strip of 68 px
    assert panel.rows_scroll.verticalScrollBar().maximum() > 0  # the third and fourth scroll
