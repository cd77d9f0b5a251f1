"""The buyer's view shows the subject, a preview that takes most of the room, and what was
left out in words, in a list that opens on demand (issue 15, item 18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from composer.export.removalwords import colour_name, removal_words
from composer.message.header import Header
from composer.sanitize import Removal
from tests.uihelpers import make_window

STYLED = ('<p>Hello Sarah,</p><p align="center" style="color:#cc0000;font-family:Georgia">'
          'Thank you for shopping with us!</p><p>See <a href="http://oakfield.example/care">'
          'the care guide</a>.</p>')
TECHNICAL = ("color:", "#cc0000", "attribute", " tag", "<", "style=", "whitelist")


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(subject="Your oak table is on its way"), STYLED)
    return window


def open_view(window, qtbot, size):
    window.resize(*size)
    view = window.buyer_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.html != "" and view.removed.count() > 0, timeout=5000)
    for _ in range(3):
        QApplication.processEvents()
    return view


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_subject_sits_above_a_preview_that_takes_most_of_the_room(window, qtbot,
                                                                      size) -> None:
    view = open_view(window, qtbot, size)
    assert view.subject.text() == "Subject: Your oak table is on its way"
    assert view.subject.isVisible()
    assert view.subject.geometry().bottom() <= view.browser.geometry().top()
    assert not view.removed.isVisible()  # closed until the seller opens it
    assert view.browser.height() >= 0.6 * view.height(), (view.browser.height(), view.height())
    qtbot.mouseClick(view.removed_toggle, Qt.MouseButton.LeftButton)
    assert view.removed.isVisible()
    assert view.browser.height() > view.removed.height()
    window.header.subject.setText("Your table ships today")
    qtbot.waitUntil(lambda: "ships today" in view.subject.text(), timeout=5000)


def test_what_was_left_out_reads_as_words(window, qtbot) -> None:
    view = open_view(window, qtbot, (1280, 800))
    rows = [view.removed.item(i).text() for i in range(view.removed.count())]
    text = " | ".join(rows)
    assert "a red text colour" in text.lower()
    assert "A link to http://oakfield.example/care" in text
    for word in TECHNICAL:
        assert word not in text.replace("http://oakfield.example/care", ""), (word, text)
    assert view.removed_toggle.text().startswith("Left out of what is sent (")


def test_each_kind_of_removal_has_plain_words() -> None:
    assert colour_name("#cc0000") == "red" and colour_name("#1565c0") == "blue"
    assert colour_name("#777") == "grey" and colour_name("black") == "black"
    cases = [Removal("attribute", "style", 2, 'style="color: #00aa00; font-size: 14pt"'),
             Removal("tag", "span", 1, '<span style="background-color: #ffff00">'),
             Removal("tag", "table", 1, "<table>"), Removal("comment", "comment", 1, "<!-- -->"),
             Removal("script", "script", 1, "<script>"), Removal("url", "src", 1, "http://x/y"),
             Removal("attribute", "class", 3, 'class="MsoNormal"'),
             Removal("format", "alignment", 1, "right: Kind regards")]
    lines = [removal_words(item) for item in cases]
    assert lines[0].startswith("A green text colour, a text size of 14pt (2 times)")
    assert lines[1].startswith("A yellow background")
    for line in lines:
        for word in TECHNICAL:
            assert word not in line.replace("http://x/y", ""), (word, line)
