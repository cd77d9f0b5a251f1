"""The main window a seller opens: editor, toolbar, paste cleaning and header validation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextListFormat
from PySide6.QtWidgets import QToolBar

from tests.uihelpers import make_window

PASTE = Path(__file__).parent / "data" / "paste"


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def blocks(editor):
    block = editor.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def test_window_opens_with_the_parts_a_seller_needs(window) -> None:
    assert window.isVisible()
    assert window.windowTitle() == "Untitled draft – Seller Composer"
    bar = window.findChild(QToolBar, "formatting-toolbar")
    names = [a.text() for a in bar.actions() if not a.isSeparator()]
    assert names == ["Undo", "Redo", "Bold", "Italic", "Underline", "Bulleted list",
                     "Numbered list", "Heading 1", "Heading 2", "Heading 3", "Normal text"]
    # No controls Amazon's styling rules forbid.
    for forbidden in ("font", "colour", "color", "size", "align", "centre", "center"):
        assert not any(forbidden in n.lower() for n in names)
    for action in bar.actions():
        if not action.isSeparator():
            assert action.toolTip() and not action.icon().isNull()


def test_bold_italic_underline_apply_and_follow_the_cursor(window, qtbot) -> None:
    editor = window.editor
    qtbot.keyClicks(editor, "plain ")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.formats.bold.isChecked()
    qtbot.keyClicks(editor, "strong")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " end")
    html = editor.toHtml()
    assert "font-weight:700" in html
    cursor = editor.textCursor()
    cursor.setPosition(8)  # inside "strong"
    editor.setTextCursor(cursor)
    assert window.formats.bold.isChecked()
    cursor.setPosition(2)  # inside "plain"
    editor.setTextCursor(cursor)
    assert not window.formats.bold.isChecked()

    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.formats.italic.trigger()
    window.formats.underline.trigger()
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    assert window.formats.italic.isChecked() and window.formats.underline.isChecked()
    assert not window.formats.bold.isChecked()


def test_lists_and_headings_apply_and_follow_the_cursor(window, qtbot) -> None:
    editor = window.editor
    qtbot.keyClicks(editor, "Title")
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.textCursor().blockFormat().headingLevel() == 2
    assert window.formats.headings[1].isChecked()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "first step")
    window.formats.numbers.trigger()
    assert editor.textCursor().currentList().format().style() == \
        QTextListFormat.Style.ListDecimal
    assert window.formats.numbers.isChecked() and not window.formats.bullets.isChecked()
    window.formats.bullets.trigger()
    assert editor.textCursor().currentList().format().style() == QTextListFormat.Style.ListDisc
    assert window.formats.bullets.isChecked() and not window.formats.numbers.isChecked()
    window.formats.bullets.trigger()  # off again
    assert editor.textCursor().currentList() is None

    cursor = editor.textCursor()
    cursor.setPosition(1)
    editor.setTextCursor(cursor)
    assert window.formats.headings[1].isChecked()
    assert not window.formats.headings[0].isChecked()


def test_undo_and_redo_follow_the_document(window, qtbot) -> None:
    editor = window.editor
    assert not window.formats.undo.isEnabled()
    qtbot.keyClicks(editor, "hello")
    assert window.formats.undo.isEnabled()
    window.formats.undo.trigger()
    assert editor.toPlainText() == ""
    assert window.formats.redo.isEnabled()
    window.formats.redo.trigger()
    assert editor.toPlainText() == "hello"


def paste_html(editor, html: str, text: str = "") -> None:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    editor.insertFromMimeData(mime)


def test_paste_from_word_keeps_text_and_allowed_formats_only(window) -> None:
    editor = window.editor
    notices: list[str] = []
    editor.pasteCleaned.connect(notices.append)
    paste_html(editor, (PASTE / "word.html").read_text(encoding="utf-8"))
    text = editor.toPlainText()
    assert "Your replacement is on its way" in text
    assert "You can keep the chipped lid." in text
    assert "·" not in text  # Word's bullet characters became a real list
    items = [b for b in blocks(editor) if b.textList() is not None]
    assert [b.text() for b in items] == ["It should arrive on Thursday.",
                                         "You can keep the chipped lid."]
    html = editor.toHtml()
    for gone in ("Georgia", "Comic Sans", "#c00000", "color:#ff0000", "align=\"center\"",
                 "mso-", "16pt"):
        assert gone.lower() not in html.lower()
    for block in blocks(editor):
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter == 0
    weights = {frag for b in blocks(editor) for frag in _formatted(b, "bold")}
    assert "Your replacement is on its way" in weights
    assert "Enamel Casserole Dish" in {f for b in blocks(editor) for f in _formatted(b, "italic")}
    assert "Kind regards" in {f for b in blocks(editor) for f in _formatted(b, "underline")}
    assert notices and "colours" in notices[0] and "fonts" in notices[0]


def test_paste_from_a_web_page_keeps_headings_lists_and_drops_links(window) -> None:
    editor = window.editor
    notices: list[str] = []
    editor.pasteCleaned.connect(notices.append)
    paste_html(editor, (PASTE / "webpage.html").read_text(encoding="utf-8"))
    headings = [b.text() for b in blocks(editor) if b.blockFormat().headingLevel()]
    assert headings == ["How to look after your wooden chopping board"]
    numbered = [b for b in blocks(editor) if b.textList() is not None]
    assert len(numbered) == 2
    assert numbered[0].textList().format().style() == QTextListFormat.Style.ListDecimal
    assert "Read more on our care blog." in editor.toPlainText()
    html = editor.toHtml()
    assert "href" not in html and "<img" not in html and "background-color" not in html
    bold = {f for b in blocks(editor) for f in _formatted(b, "bold")}
    assert {"warm, soapy water", "Never"} <= bold
    assert "links" in notices[0] and "images" in notices[0]


def test_plain_text_paste_always_works(window) -> None:
    mime = QMimeData()
    mime.setText("Line one\nLine two <b>not bold</b>")
    window.editor.insertFromMimeData(mime)
    assert window.editor.toPlainText() == "Line one\nLine two <b>not bold</b>"


def _formatted(block, kind: str):
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        heading = block.blockFormat().headingLevel() > 0
        if (kind == "bold" and (fmt.fontWeight() >= 600 or heading)) or \
                (kind == "italic" and fmt.fontItalic()) or \
                (kind == "underline" and fmt.fontUnderline()):
            yield fragment.text()
        iterator += 1


def test_header_fields_validate_as_you_type(window, qtbot) -> None:
    form = window.header
    qtbot.keyClicks(form.order_id, "113-456")
    assert form.messages["order_id"].isVisibleTo(window)
    assert "17 digits" in form.messages["order_id"].text()
    qtbot.keyClicks(form.order_id, "7890-1234567")
    assert not form.messages["order_id"].isVisibleTo(window)

    qtbot.keyClicks(form.to, "sarah@gmail.com")
    assert "not an Amazon buyer address" in form.messages["to"].text()
    form.to.setText("abc123@marketplace.amazon.de")
    assert not form.messages["to"].isVisibleTo(window)
    assert form.problems() == {}

    qtbot.keyClicks(form.subject, "[Important] your order")
    assert "Important" in form.messages["subject"].text()


def test_order_id_typed_without_dashes_is_tidied(window, qtbot) -> None:
    form = window.header
    qtbot.keyClicks(form.order_id, "11345678901234567")
    form.order_id.editingFinished.emit()
    assert form.order_id.text() == "113-4567890-1234567"


def test_character_counter_follows_the_message_type(window, qtbot) -> None:
    form = window.header
    form.message_type.setCurrentIndex(form.message_type.findData("digitalAccessKey"))
    window.editor.setPlainText("x" * 401)
    assert window.status.counter.text().startswith("401 / 400 characters")
    assert window.status.state == "over"
    form.message_type.setCurrentIndex(form.message_type.findData("warranty"))
    assert "no limit" in window.status.counter.text()


def test_fields_have_accessible_names_and_labels(window) -> None:
    form = window.header
    for field in (form.to, form.order_id, form.order_date, form.message_type, form.language,
                  form.subject):
        assert field.accessibleName()
    assert window.editor.accessibleName() == "Message text"


def test_tab_moves_on_from_an_unset_order_date(window, qtbot) -> None:
    form = window.header
    form.order_date.setFocus()
    assert form.order_date.hasFocus()
    qtbot.keyClick(form.order_date, Qt.Key.Key_Tab)
    assert not form.order_date.hasFocus()


def test_paste_keeps_initials_and_numbers_that_only_look_like_list_markers(window) -> None:
    paste_html(window.editor, "<p>J. Smith will call you.</p><p>o sea, mañana.</p>"
                              "<p>5. Then wrap it.</p>")
    # three paragraphs: a blank line between them, as the buyer gets them
    assert window.editor.toPlainText() == "J. Smith will call you.\n\no sea, mañana.\n\n" \
        "5. Then wrap it."
    assert all(b.textList() is None for b in blocks(window.editor))


def test_a_very_long_paste_goes_in_pieces_and_undoes_in_one_step(window, qtbot) -> None:
    line = "Your oak table left our workshop today and arrives on Friday.\n"
    text = line * (400_000 // len(line))
    mime = QMimeData()
    mime.setText(text)
    window.editor.insertFromMimeData(mime)
    assert window.editor.isReadOnly()  # still taking it in: nothing typed can land inside
    qtbot.waitUntil(lambda: not window.editor.isReadOnly(), timeout=10_000)
    assert window.editor.toPlainText() == text
    window.editor.undo()
    assert window.editor.toPlainText() == ""


def test_the_send_menu_offers_every_route_and_the_sent_log(window) -> None:
    texts = [action.text() for action in window.send_menu.actions()
             if not action.isSeparator() and action.isVisible()]  # "Outbox: n" while any wait
    assert texts == ["Copy for Seller Central", "Copy formatted", "Open in email app",
                     "Save as .eml…", "Send…", "Sent log"]
    # The same actions as the bar: disabling one for a blocking problem disables both.
    assert window.send_menu.actions()[0] is window.export.bar.actions_by_route["seller-central"]


def test_a_buyer_address_pasted_with_a_name_is_tidied(window, qtbot) -> None:
    form = window.header
    qtbot.keyClicks(form.to, "Jane Doe <k7x2mq9@marketplace.amazon.co.uk>")
    form.to.editingFinished.emit()
    assert form.to.text() == "k7x2mq9@marketplace.amazon.co.uk"
    assert "to" not in form.problems()
