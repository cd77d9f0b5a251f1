"""Where the caret goes after a one-click fix, and what Ctrl+Z takes back (issue 15, second
walkthrough, rows 7–9; fourth walkthrough).

After "Remove the email address" at the end of a paragraph the caret sat at the start of
the next one ("XYViele Grüße"); words typed straight after a fix were undone together with
it; and Ctrl+Z after a fix put the caret at the very start of the message. Then Ctrl+Z
left the words it brought back selected, so the next keystroke replaced them: now nothing
is selected, the caret is after them and they are highlighted to read again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from composer.compose.engine import check
from composer.policy import Finding, Fix, Message
from tests.uihelpers import active_window

GERMAN = ("Hallo Herr Becker,\nBei Fragen rufen Sie mich an oder schreiben Sie an "
          "info@laden-mail.de\nViele Grüße\nMüller Haushaltswaren")


@pytest.fixture
def window(qtbot, tmp_path):
    return active_window(qtbot, tmp_path / "data")


def finding_of(text: str, rule: str) -> Finding:
    found = [f for f in check(Message(text=text, message_type="reply", buyer_language="de"))
             if f.rule == rule and f.fix is not None]
    assert found, text
    return found[0]


def spelling(text: str, wrong: str, right: str) -> Finding:
    start = text.index(wrong)
    end = start + len(wrong)
    return Finding("spelling", "warn", start, end, wrong, "",
                   fix=Fix(f"Change to {right}", start, end, right))


def ctrl_z(qtbot, window) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_caret_stays_where_the_address_was(window, qtbot) -> None:
    window.editor.setPlainText(GERMAN)
    window.compose.apply_fix(finding_of(GERMAN, "email-address"))
    qtbot.keyClicks(window.editor, "XY")
    assert window.editor.toPlainText() == (
        "Hallo Herr Becker,\nBei Fragen rufen Sie mich an XY\nViele Grüße\nMüller Haushaltswaren")
    assert window.editor.document().blockCount() == 4  # no paragraph lost or added


def test_remove_this_sentence_leaves_the_caret_at_its_place(window, qtbot) -> None:
    text = ("Please tell me if you are happy! You get 10% off your next order with code "
            "FLASK10!\nsorry for the delay.\nBest wishes")
    window.editor.setPlainText(text)
    window.compose.apply_fix(finding_of(text, "marketing"))
    qtbot.keyClicks(window.editor, " Q")
    assert window.editor.toPlainText() == (
        "Please tell me if you are happy! Q\nsorry for the delay.\nBest wishes")


def test_words_typed_after_a_fix_are_their_own_undo_step(window, qtbot) -> None:
    text = "The lid is brokne.\nBest wishes"
    window.editor.setPlainText(text)
    window.compose.apply_fix(spelling(text, "brokne", "broken"))
    qtbot.keyClicks(window.editor, " plastic")
    assert window.editor.toPlainText().startswith("The lid is broken plastic.")
    ctrl_z(qtbot, window)
    assert window.editor.toPlainText().startswith("The lid is broken.")
    ctrl_z(qtbot, window)
    assert window.editor.toPlainText() == text


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def shown_back(window, text: str, words: str) -> None:
    """The words are back, highlighted to read again, the caret after them, none selected."""
    cursor = window.editor.textCursor()
    assert window.editor.toPlainText() == text
    assert not cursor.hasSelection()
    assert cursor.position() == utf16(text[:text.index(words) + len(words)])
    reread = window.compose.underlines.reread
    assert reread is not None and reread.selectedText() == words


def test_undo_of_a_fix_shows_the_words_it_brings_back(window, qtbot) -> None:
    window.editor.setPlainText(GERMAN)
    window.compose.apply_fix(finding_of(GERMAN, "email-address"))
    qtbot.keyClicks(window.editor, "XY")
    ctrl_z(qtbot, window)  # the typing
    ctrl_z(qtbot, window)  # the fix
    words = "oder schreiben Sie an info@laden-mail.de"
    shown_back(window, GERMAN, words)
    qtbot.keyClicks(window.editor, "!")  # the next key types; it replaces nothing
    assert window.editor.toPlainText() == GERMAN.replace(words, words + "!")


def test_undo_from_the_edit_menu_shows_them_too(window, qtbot) -> None:
    text = "The lid is brokne.\nBest wishes"
    window.editor.setPlainText(text)
    window.compose.apply_fix(spelling(text, "brokne", "broken"))
    window.formats.undo.trigger()
    shown_back(window, text, "brokne")


@pytest.mark.parametrize("how", ["keys", "menu"])
def test_redo_of_a_fix_selects_nothing_either(window, qtbot, how: str) -> None:
    text = "The lid is brokne.\nBest wishes"
    window.editor.setPlainText(text)
    window.compose.apply_fix(spelling(text, "brokne", "broken"))
    ctrl_z(qtbot, window)
    if how == "keys":
        qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    else:
        window.formats.redo.trigger()
    shown_back(window, text.replace("brokne", "broken"), "broken")
    ctrl_z(qtbot, window)
    shown_back(window, text, "brokne")


def test_redo_of_a_removal_leaves_the_caret_at_the_gap(window, qtbot) -> None:
    window.editor.setPlainText(GERMAN)
    window.compose.apply_fix(finding_of(GERMAN, "email-address"))
    fixed = window.editor.toPlainText()
    ctrl_z(qtbot, window)
    window.editor.redo()
    assert window.editor.toPlainText() == fixed
    assert not window.editor.textCursor().hasSelection()
    assert window.editor.textCursor().position() == fixed.index("\nViele")


def test_undo_of_an_emoji_fix_puts_the_caret_back_there(window, qtbot) -> None:
    text = "Hello,\nUse code FLASK10 \U0001F60A\nBye"
    window.editor.setPlainText(text)
    window.compose.apply_fix(finding_of(text, "emoji"))
    assert window.editor.toPlainText() == "Hello,\nUse code FLASK10\nBye"
    qtbot.keyClicks(window.editor, "!")
    assert window.editor.toPlainText() == "Hello,\nUse code FLASK10!\nBye"
    ctrl_z(qtbot, window)
    ctrl_z(qtbot, window)
    shown_back(window, text, "\U0001F60A")


def test_undo_from_the_right_click_menu_shows_them_too(window, qtbot) -> None:
    text = "The lid is brokne.\nBest wishes"
    window.editor.setPlainText(text)
    window.compose.apply_fix(spelling(text, "brokne", "broken"))
    menu = window.editor.context_menu_at(window.editor.cursorRect().center())
    [undo] = [a for a in menu.actions() if a.objectName() == "edit-undo"]
    undo.trigger()
    shown_back(window, text, "brokne")
    menu.deleteLater()


def test_the_caret_ends_after_a_corrected_word(window, qtbot) -> None:
    text = "Das Paket ist beschdigt angekommen."
    window.editor.setPlainText(text)
    window.compose.apply_fix(spelling(text, "beschdigt", "beschädigt"))
    qtbot.keyClicks(window.editor, "QQ")  # only "ä" changed: the caret still goes after it all
    assert window.editor.toPlainText() == "Das Paket ist beschädigtQQ angekommen."
