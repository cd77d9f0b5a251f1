"""Paste as Plain Text with only formatted text on the clipboard, and the spaces a cleaned
paste leaves (the walkthrough of 2026-12-05, rows 14 and 25).

Ctrl+Shift+V with only text/html on the clipboard did nothing and said nothing; a pasted
picture was removed but the space after it stayed (" Mit freundlichen Grüßen").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from composer.message.header import Header
from tests.uihelpers import make_window


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(), "")
    window.editor.setFocus()
    return window


def clipboard(html: str = "", image: QImage | None = None) -> None:
    source = QMimeData()
    if html:
        source.setHtml(html)
    if image is not None:
        source.setImageData(image)
    QGuiApplication.clipboard().setMimeData(source)


def blocks(document) -> list[str]:
    out, block = [], document.begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def test_plain_paste_of_html_only_pastes_its_words(window) -> None:
    clipboard("<h1 style='color:red'>Vielen Dank</h1><p><b>Ihre</b> Bestellung "
              "<a href='https://x.example'>hier</a>.</p><ul><li>Thermoskanne</li></ul>")
    assert not QGuiApplication.clipboard().mimeData().hasText()
    window.extras.paste_plain_action.trigger()
    document = window.editor.document()
    # The heading, the paragraph and the list were apart: a blank line between them.
    assert blocks(document) == ["Vielen Dank", "", "Ihre Bestellung hier.", "",
                                "Thermoskanne"]
    block = document.begin()
    while block.isValid():
        assert block.textList() is None and not block.blockFormat().headingLevel()
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            assert fmt.fontWeight() < 600 and not fmt.isAnchor()
            iterator += 1
        block = block.next()


def test_plain_paste_with_nothing_to_paste_says_so(window) -> None:
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    clipboard(image=image)
    window.extras.paste_plain_action.trigger()
    assert window.editor.toPlainText() == ""
    message = window.status.currentMessage()
    assert "no text" in message.lower() and "picture" in message.lower()
    QGuiApplication.clipboard().clear()
    window.extras.paste_plain_action.trigger()
    assert "nothing" in window.status.currentMessage().lower()


@pytest.mark.parametrize(("html", "expected"), [
    ("<p><img src='logo.png'> Mit freundlichen Grüßen</p>", "Mit freundlichen Grüßen"),
    ("<p>Mit freundlichen Grüßen <img src='logo.png'></p>", "Mit freundlichen Grüßen"),
    ("<p>Hallo <img src='a.png'> Welt</p>", "Hallo Welt"),
    ("<p>Hallo <img src='a.png'> <img src='b.png'> Welt</p>", "Hallo Welt"),
    ("<p>Hallo<img src='a.png'>Welt</p>", "HalloWelt"),  # no space is made up either
])
def test_a_removed_picture_leaves_no_stray_space(window, html, expected) -> None:
    source = QMimeData()
    source.setHtml(html)
    window.editor.insertFromMimeData(source)
    assert window.editor.toPlainText() == expected
    assert "images" in window.extras.paste_note.lower() or "pictures" in \
        window.extras.paste_note.lower()


def test_spaces_the_seller_pasted_elsewhere_are_kept(window) -> None:
    source = QMimeData()
    source.setHtml("<p><img src='logo.png'> Mit <b>freundlichen</b>&nbsp;&nbsp;Grüßen</p>")
    window.editor.insertFromMimeData(source)
    assert blocks(window.editor.document()) == ["Mit freundlichen\u00a0\u00a0Grüßen"]
