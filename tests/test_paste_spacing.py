"""Paste: the editor and the buyer's view show the same lines and gaps (issue 15, item 17).

A block of the editor is a line and an empty block a blank line, as the buyer gets them
(tests/test_line_breaks_agree.py): a blank line in pasted plain text is one blank line,
several are one; Word's tight paragraphs stay lines, a web page's spaced ones get a blank
line between them; the paste note stays until the seller's next edit; and
Edit › Paste as Plain Text (Ctrl+Shift+V) pastes the words alone.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from composer.message.header import Header
from tests.uihelpers import make_window

PLAIN = "Dear Anna,\n\nThank you for your order.\nIt ships on Monday.\n\n\nBest regards"
WORD = ('<html><body><p class=MsoNormal style="margin:0cm">Dear Anna,</p>'
        '<p class=MsoNormal style="margin:0cm"><span style="color:red">Thank you</span> '
        'for your order.</p><p class=MsoNormal style="margin:0cm">Best regards</p>'
        '</body></html>')


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(), "")
    return window


def paste(editor, text: str = "", html: str = "") -> None:
    source = QMimeData()
    if html:
        source.setHtml(html)
    source.setText(text)
    editor.insertFromMimeData(source)


def spacing(document) -> list[tuple[str, float, float]]:
    """Each paragraph's words and the space above and below it."""
    out = []
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        out.append((block.text().replace("\u2028", "\n"), fmt.topMargin(), fmt.bottomMargin()))
        block = block.next()
    return out


def buyer_spacing(window, qtbot) -> list[tuple[str, float, float]]:
    view = window.buyer_view
    view.html = ""
    window.tabs.setCurrentWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.html != "", timeout=5000)
    return spacing(view.browser.document())


def test_a_blank_line_in_plain_text_is_one_paragraph_gap(window, qtbot) -> None:
    paste(window.editor, PLAIN)
    editor = spacing(window.editor.document())
    assert [text for text, *_ in editor] == [
        "Dear Anna,", "", "Thank you for your order.", "It ships on Monday.", "",
        "Best regards"]
    assert all(top == bottom == 0 for _, top, bottom in editor)  # lines, no extra gap
    buyer = buyer_spacing(window, qtbot)  # the blank lines are the gaps between paragraphs
    assert [text for text, *_ in buyer] == [
        "Dear Anna,", "Thank you for your order.\nIt ships on Monday.", "Best regards"]
    assert "<p><br></p>" not in window.buyer_view.html


def test_rich_paste_is_spaced_in_the_editor_as_in_the_buyer_view(window, qtbot) -> None:
    paste(window.editor, "Dear Anna,\nThank you for your order.\nBest regards", WORD)
    editor = spacing(window.editor.document())
    assert editor == [("Dear Anna,", 0, 0), ("Thank you for your order.", 0, 0),
                      ("Best regards", 0, 0)]  # Word's tight paragraphs: three lines
    buyer = buyer_spacing(window, qtbot)  # one paragraph of three lines
    assert [text for text, *_ in buyer] == [
        "Dear Anna,\nThank you for your order.\nBest regards"]


def test_typed_paragraphs_and_headings_are_spaced_as_the_buyer_sees_them(window, qtbot) -> None:
    editor = window.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Your order")
    editor.set_heading(2)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.set_heading(0)
    qtbot.keyClicks(editor, "It ships today.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Thank you")
    typed = spacing(editor.document())
    buyer = buyer_spacing(window, qtbot)
    assert typed[0] == buyer[0]  # the heading, spaced alike
    assert typed[1:] == [("It ships today.", 0, 0), ("Thank you", 0, 0)]  # one Return: a line
    assert [text for text, *_ in buyer[1:]] == ["It ships today.\nThank you"]


def test_the_paste_note_stays_until_the_next_edit(window, qtbot) -> None:
    shown: list[tuple[str, int]] = []
    status = window.status
    original = status.showMessage
    status.showMessage = lambda text, timeout=0: (shown.append((text, timeout)),
                                                 original(text, timeout))
    paste(window.editor, "Thank you", WORD.replace("Dear Anna,", "Hi"))
    assert status.currentMessage().startswith("Pasted without colours")
    assert shown[-1][1] == 0  # no time limit: it does not vanish while the seller reads
    qtbot.keyClicks(window.editor, "!")
    assert status.currentMessage() == ""


def test_paste_as_plain_text_drops_every_format(window, qtbot) -> None:
    action = window.extras.paste_plain_action
    assert QKeySequence("Ctrl+Shift+V") in action.shortcuts()
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()
    source = QMimeData()
    source.setHtml("<p><b>Bold</b> words</p><p>Second</p>")
    source.setText("Bold words\n\nSecond")
    QGuiApplication.clipboard().setMimeData(source)
    window.editor.setFocus()
    action.trigger()
    document = window.editor.document()
    assert document.toPlainText() == "Bold words\n\nSecond"  # two paragraphs: a blank line
    assert document.begin().begin().fragment().charFormat().fontWeight() < 600


def test_a_long_run_of_lines_becomes_paragraphs_not_one_huge_one(window) -> None:
    text = "\n".join(f"Line {n} of the packing list" for n in range(200))
    paste(window.editor, text)
    document = window.editor.document()
    assert document.blockCount() == 200  # Qt lays out a whole paragraph on every keystroke
    assert document.toPlainText() == text


def exported(window) -> tuple[str, str]:
    """The HTML and the plain text export would send for the editor's text."""
    from composer.message.richtext import blocks_to_html, blocks_to_plain
    from composer.ui.docmodel import snapshot_document

    blocks = snapshot_document(window.editor.document()).blocks
    return blocks_to_html(blocks), blocks_to_plain(blocks)


def test_a_typed_blank_line_looks_the_same_after_reopening_the_draft(window, qtbot) -> None:
    """Return, Return between two lines is one blank line, sent as the gap between two
    paragraphs, and the draft reopens as it was typed."""
    editor = window.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "One")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Two")
    typed = spacing(editor.document())
    assert [text for text, *_ in typed] == ["One", "", "Two"]
    sent = exported(window)
    assert sent == ("<p>One</p>\n<p>Two</p>", "One\n\nTwo")
    first = window.session.current.id
    window.draft_actions.new_draft()
    window.session.open(first)
    assert spacing(editor.document()) == typed
    assert exported(window) == sent
    assert [text for text, *_ in buyer_spacing(window, qtbot)] == ["One", "Two"]
