""""Remove the link" leaves a sentence that reads (issue 15, item 9).

It takes the words that introduced the address with it, or the whole sentence when
nothing else is left; when it cannot tell, the sentence is highlighted for the seller to
rewrite, with the cursor at the gap (never a selection a keystroke would overwrite).
Never a double space, never a space before punctuation.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from composer.policy.detectors import check_links
from composer.policy.model import Message
from tests.uihelpers import make_window


def removed(text: str) -> tuple[str, bool]:
    [finding] = [f for f in check_links(Message(text=text)) if f.fix is not None]
    assert finding.fix is not None and finding.fix.label.startswith("Remove the ")
    return finding.fix.apply(text), finding.fix.select


@pytest.mark.parametrize(("text", "left"), [
    ("For the manual, visit www.shop.com. Thanks!", "For the manual. Thanks!"),
    ("Please visit www.shop.com. Thanks!", "Thanks!"),
    ("Hello.\nVisit www.shop.com\nBest wishes", "Hello.\nBest wishes"),
    ("For more information, please visit www.shop.com.", "For more information."),
    ("Hello.\nYou can also find it at https://shop.com/manual", "Hello."),
    ("The manual (www.shop.com) is attached.", "The manual is attached."),
    ("Die Anleitung gibt es auch unter www.shop.de. Danke!", "Die Anleitung gibt es auch. Danke!"),
    ("Merci. Rendez-vous sur www.shop.fr.", "Merci."),
    ("Gracias. Visite www.tienda.es.", "Gracias."),
    ("Grazie. Il manuale è su www.negozio.it.", "Grazie. Il manuale è."),
    ("Thanks. Write to us at help@shop.com.", "Thanks."),
])
def test_the_introducing_words_go_with_the_link(text: str, left: str) -> None:
    assert removed(text) == (left, False)


@pytest.mark.parametrize("text", [
    "Check www.shop.com for updates.",
    "Download it from www.shop.com and enjoy it.",
    "I wrote bob@gmail.com , sorry.",
])
def test_when_unsure_the_sentence_is_selected_and_tidy(text: str) -> None:
    left, select = removed(text)
    assert select
    assert "  " not in left and not re.search(r" [.,;:!?]", left)


def test_before_the_fix_a_double_space_was_left() -> None:
    left, _ = removed("Visit us at www.shop.com to see more.")
    assert "  " not in left


def _fix_link(qtbot, window) -> None:
    window.check_now()
    qtbot.waitUntil(lambda: any(c.card.findings[0].rule == "link"
                                for c in window.findings_panel.cards), timeout=10_000)
    finding = next(f for c in window.findings_panel.cards for f in c.card.findings
                   if f.rule == "link")
    window.compose.apply_fix(finding)


def _highlighted(window) -> str:
    reread = window.compose.underlines.reread
    return reread.selectedText() if reread is not None else ""


def test_the_window_shows_the_sentence_to_rewrite(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setPlainText("Hello. Check www.shop.com for updates. Bye.")
    _fix_link(qtbot, window)
    assert window.editor.toPlainText() == "Hello. Check for updates. Bye."
    assert not window.editor.textCursor().hasSelection()
    assert window.editor.textCursor().position() == len("Hello. Check ")
    assert _highlighted(window) == "Check for updates."
    assert "rewrite" in window.status.currentMessage()
    window.editor.undo()
    assert window.editor.toPlainText() == "Hello. Check www.shop.com for updates. Bye."


GREETING = ["Hi Anna,", "the manual is at www.example.com/manual thanks again",
            "Best regards", "Tom"]


@pytest.mark.parametrize("blank_line", [False, True])
@pytest.mark.parametrize("shift", [False, True])
def test_the_next_keystroke_loses_no_text(qtbot, tmp_path, shift: bool,
                                          blank_line: bool) -> None:
    """Walkthrough 2: the seller's next key replaced the selected "sentence" (and its line
    break) after "Remove the link" in a greeting with no full stop."""
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for number, line in enumerate(GREETING):
        qtbot.keyClicks(window.editor, line)
        if number < len(GREETING) - 1:
            qtbot.keyClick(window.editor, Qt.Key.Key_Return, modifier)
        if blank_line and number == 1:
            qtbot.keyClick(window.editor, Qt.Key.Key_Return, modifier)
    raw = window.editor.document().toRawText()
    _fix_link(qtbot, window)
    assert _highlighted(window) == "the manual is thanks again"  # "at" went with it
    qtbot.keyClicks(window.editor, "Q")
    gap = "\n\n" if blank_line else "\n"
    assert window.editor.toPlainText() == ("Hi Anna,\nthe manual is Q thanks again"
                                           + gap + "Best regards\nTom")
    # Soft line breaks stay soft and paragraphs stay paragraphs.
    assert window.editor.document().toRawText() == raw.replace("at www.example.com/manual ",
                                                               "Q ")


def test_the_highlight_stays_until_the_sentence_is_edited(qtbot, tmp_path) -> None:
    """Leaving the sentence is not reading it (it counts as a warning until then)."""
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setPlainText("Hello. Check www.shop.com for updates.\nBye.")
    _fix_link(qtbot, window)
    assert _highlighted(window)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    assert _highlighted(window) == "Check for updates."
    cursor.setPosition(window.editor.toPlainText().index(" for"))
    cursor.insertText(" back")
    assert window.compose.underlines.reread is None


# ---- "ici :", "here:", "hier:", "aquí:", "qui:" go with the link (fourth walkthrough) --------
NBSP, NNBSP = "\u00a0", "\u202f"  # French writes a no-break space before the colon


@pytest.mark.parametrize(("text", "left"), [
    (f"Vous trouverez la notice ici{NBSP}: https://www.boutique.fr/notice.pdf",
     "Vous trouverez la notice"),
    (f"Vous trouverez la notice ici{NNBSP}: https://www.boutique.fr/notice.pdf\nCordialement",
     "Vous trouverez la notice\nCordialement"),
    (f"Bonjour,{NBSP}la notice{NBSP}: https://www.boutique.fr/notice.pdf. Merci.",
     f"Bonjour,{NBSP}la notice. Merci."),
    ("Hello, the manual: https://www.shop.com/manual.pdf", "Hello, the manual"),
])
def test_a_colon_and_the_word_before_it_go_at_the_end(text: str, left: str) -> None:
    assert removed(text) == (left, False)


@pytest.mark.parametrize(("text", "left"), [
    ("The manual is here: https://www.shop.com/manual.pdf and the warranty too.",
     "The manual is and the warranty too."),
    ("Die Anleitung finden Sie hier: https://www.laden.de/a.pdf und die Garantie auch.",
     "Die Anleitung finden Sie und die Garantie auch."),
    ("Vous trouverez la notice ici : https://www.boutique.fr/notice.pdf et la garantie aussi.",
     "Vous trouverez la notice et la garantie aussi."),
    (f"Vous trouverez la notice ici{NBSP}: https://www.boutique.fr/notice.pdf et la garantie.",
     "Vous trouverez la notice et la garantie."),
    ("Encontrará el manual aquí: https://www.tienda.es/manual.pdf y la garantía también.",
     "Encontrará el manual y la garantía también."),
    ("Troverà il manuale qui: https://www.negozio.it/manuale.pdf e la garanzia.",
     "Troverà il manuale e la garanzia."),
    ("The manual: https://www.shop.com/manual.pdf thanks again", "The manual thanks again"),
])
def test_a_colon_and_the_word_before_it_go_when_words_follow(text: str, left: str) -> None:
    assert removed(text) == (left, True)  # still shown to read again


@pytest.mark.parametrize("words", ["https://www.boutique.fr/notice.pdf", "Notice PDF"])
def test_a_link_in_the_html_takes_its_introducing_words(qtbot, tmp_path, words: str) -> None:
    """A link pasted from a web page: an <a> whose words are the address, or other words."""
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setHtml('<p>Bonjour Marc,</p><p>Vous trouverez la notice ici : <a href='
                          f'"https://www.boutique.fr/notice.pdf">{words}</a></p>'
                          '<p>Cordialement</p>')
    _fix_link(qtbot, window)
    # Paragraphs of HTML come in with a blank line between them (one Return, one line).
    assert window.editor.toPlainText() == ("Bonjour Marc,\n\nVous trouverez la notice\n\n"
                                           "Cordialement")
