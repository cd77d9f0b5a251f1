"""A status bar message is read whole (the walkthrough of 2026-12-05, row 20).

After Copy for Seller Central with files, the status bar cut the message ("…add “ga").
The message is now short enough for a 1024-pixel window, and the full instructions,
with every file's name, are its tooltip; a message too long for the bar ends in "…",
never in the middle of a word without a sign.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from composer.message.header import Header
from tests.attachment_factory import write_pdf
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abcdefghij@marketplace.amazon.de"
NAMES = ("deckel-foto-bruch.pdf", "garantie-karte.pdf", "gross-foto.pdf")


def room(status: QStatusBar) -> int:
    """The width Qt gives the message: up to the first permanent widget (QStatusBar)."""
    right = min([w.x() for w in status.findChildren(QWidget, options=Qt.FindChildOption
                                                       .FindDirectChildrenOnly)
                 if w.isVisible() and w.x() > 0] + [status.width() - 12])
    return right - 2 - 6


def shown(status: QStatusBar) -> str:
    return QStatusBar.currentMessage(status)  # what the bar paints, not what it was told


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.export.confirm = lambda route, lines: True
    win.load_sample(Header(to=ALIAS, order_id="302-4417289-6651923",
                           subject="Ihr Ersatzdeckel"),
                    "<p>Hallo Sabine,</p><p>der Ersatz ist unterwegs.</p>")
    return win


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_copy_message_with_files_is_read_whole(window, qtbot, tmp_path, size) -> None:
    window.resize(*size)
    qtbot.wait(50)
    window.compose.files.add([str(write_pdf(tmp_path / name)) for name in NAMES])
    window.check_now()
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    status = window.status
    text = shown(status)
    assert text.startswith("Copied")
    assert status.fontMetrics().horizontalAdvance(text) <= room(status)
    assert not text.endswith("…")  # short enough: nothing had to be cut
    tip = status.toolTip()
    assert all(f"“{name}”" in tip for name in NAMES) and "Add attachment" in tip


def test_a_long_message_ends_in_an_ellipsis_with_the_whole_in_the_tooltip(window,
                                                                           qtbot) -> None:
    window.resize(1024, 700)
    qtbot.wait(50)
    long = "The sent log could not be tidied: " + "a very long reason " * 20 + "end"
    window.status.showMessage(long, 5000)
    text = shown(window.status)
    assert text.endswith("…")
    assert window.status.fontMetrics().horizontalAdvance(text) <= room(window.status)
    assert window.status.toolTip() == long
    assert window.status.currentMessage() == long  # callers still see what they said
    window.status.showMessage("Saved.", 3000)
    assert shown(window.status) == "Saved." and window.status.toolTip() == ""
