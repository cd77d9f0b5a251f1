"""The reply screen at 1024×700 gives the text room (walkthrough 2, #24).

The buyer's words had two or three lines, the buyer's view about two, and the reply
clock wrapped into the room of one line, cut at the top and the bottom.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from composer.ui.wholelabel import fit
from tests.attachment_factory import write_image
from tests.test_reply_fits_small_screen import reply_with_files

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


def small_reply(qtbot, tmp_path, files: int = 3, size: tuple[int, int] = (1024, 700)):
    pictures = [write_image(tmp_path / f"photo{i}.png") for i in range(files)]
    window = reply_with_files(qtbot, tmp_path / "data", pictures)
    header = window.header
    wrote = header.value().buyer_message_at
    header.clock_now = lambda: wrote + timedelta(hours=2, minutes=11)
    header.update_clock()
    window.resize(*size)
    qtbot.wait(80)
    return window


def test_the_reply_clock_is_never_cut(qtbot, tmp_path) -> None:
    window = small_reply(qtbot, tmp_path)
    clock = window.header.reply_clock
    assert "left to reply" in clock.text()
    lines = clock.fontMetrics().lineSpacing()
    needed = clock.heightForWidth(clock.width())
    assert clock.height() >= needed >= lines  # was 28 px for 34 px of two lines


def test_a_label_keeps_its_least_height_when_it_gets_wider(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("21 h 49 min left to reply · due Sun 19:14")
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.resize(40, 10)
    fit(label)
    tall = label.minimumHeight()
    label.resize(600, 10)
    fit(label)
    assert label.minimumHeight() < tall  # measured anew, not kept from the narrow width


def test_the_buyers_view_shows_the_message_not_the_files(qtbot, tmp_path) -> None:
    window = small_reply(qtbot, tmp_path)
    window.tabs.setCurrentWidget(window.buyer_view)
    qtbot.wait(80)
    browser = window.buyer_view.browser
    lines = browser.viewport().height() / browser.fontMetrics().lineSpacing()
    assert lines >= 4.5, lines  # was 2.2 lines while the list of files kept two rows


def test_the_buyers_words_take_the_height_the_seller_gives_them(qtbot, tmp_path) -> None:
    window = small_reply(qtbot, tmp_path, files=0, size=(1180, 900))
    split, words = window.inbox.split, window.inbox.pane.words
    before = words.height()
    split.moveSplitter(split.sizes()[0] + 60, 1)
    qtbot.wait(30)
    assert words.height() >= before + 50
    given = window.inbox.pane.height()
    window.close()
    again = small_reply(qtbot, tmp_path, files=0, size=(1180, 900))  # the same data folder
    assert again.inbox.pane.height() == given
