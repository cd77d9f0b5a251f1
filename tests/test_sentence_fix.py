""""Remove this sentence" on a line without a full stop (fourth walkthrough).

"Hi Sarah thanks so much for your order if you loved it please give us 5 stars" is one
sentence to the checker; its fix removed the whole line, greeting and thanks included.
Now the greeting and the sign-off always stay, the offending clause goes alone where it
can be told apart, and otherwise the words are highlighted for the seller to rewrite.
"""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy import Message
from composer.policy.fixaction import MarkText, action_of

RUN_ON = {
    "en": ("Hi Sarah thanks so much for your order if you loved it please give us 5 stars",
           "Hi Sarah thanks so much for your order"),
    "de": ("Hallo Frau Weber, vielen Dank für Ihre Bestellung wenn Sie zufrieden sind geben "
           "Sie uns bitte 5 Sterne", "Hallo Frau Weber, vielen Dank für Ihre Bestellung"),
    "fr": ("Bonjour Marc merci beaucoup pour votre commande si vous êtes satisfait merci de "
           "nous donner 5 étoiles", "Bonjour Marc merci beaucoup pour votre commande"),
    "es": ("Hola Ana muchas gracias por su pedido si le ha gustado por favor denos 5 estrellas",
           "Hola Ana muchas gracias por su pedido"),
    "it": ("Ciao Luca grazie mille per il tuo ordine se ti è piaciuto per favore lasciaci "
           "5 stelle", "Ciao Luca grazie mille per il tuo ordine"),
}


def fixes(text: str, language: str = "en", rules=("review-manipulation", "marketing",
                                                  "review-incentive", "off-amazon")):
    return [f for f in check(Message(text=text, message_type="reply", buyer_language=language))
            if f.rule in rules and f.fix is not None]


@pytest.mark.parametrize("language", sorted(RUN_ON))
def test_on_a_run_on_line_only_the_offending_clause_goes(language: str) -> None:
    text, left = RUN_ON[language]
    for finding in fixes(text, language):
        assert finding.fix.apply(text) == left, finding
        assert finding.fix.label == "Remove this part of the sentence"


@pytest.mark.parametrize("language", sorted(RUN_ON))
def test_the_sign_off_on_the_next_line_stays_too(language: str) -> None:
    text, left = RUN_ON[language]
    [finding, *_] = fixes(text + "\nTom", language)
    assert finding.fix.apply(text + "\nTom") == left + "\nTom"


@pytest.mark.parametrize(("text", "left"), [
    ("Hi Sarah, please leave us 5 stars!\nBest wishes", "Hi Sarah,\nBest wishes"),
    ("Hallo Frau Weber, geben Sie uns bitte 5 Sterne!", "Hallo Frau Weber,"),
    ("Hi Sarah thanks for your order, if you loved it please give us 5 stars! Tom",
     "Hi Sarah thanks for your order! Tom"),
    ("Hi Sarah please give us 5 stars if you loved it thanks again for your order "
     "Best wishes Tom", "Hi Sarah thanks again for your order Best wishes Tom"),
    ("Thank you for your order and if you are happy with the flask please leave us a "
     "5-star review!", "Thank you for your order!"),
    # A whole sentence without a greeting still goes whole, as before.
    ("Hello! You get 10% off your next order with code FLASK10! See you.\nBye",
     "Hello! See you.\nBye"),
    ("Also: As a thank you, you get 10% discount on your next order\nBye", "Bye"),
])
def test_the_greeting_and_the_sign_off_are_never_removed(text: str, left: str) -> None:
    found = fixes(text, "de" if "Sterne" in text else "en")
    assert found
    for finding in found:
        assert finding.fix.apply(text) == left


@pytest.mark.parametrize(("text", "marked"), [
    ("Hi Sarah thanks so much for your order use code FLASK10 for 10% off your next order "
     "Best wishes Tom",
     "thanks so much for your order use code FLASK10 for 10% off your next order"),
    ("Bonjour Marc merci pour votre commande utilisez le code FLASK10 pour 10 % de réduction "
     "sur votre prochaine commande",
     "merci pour votre commande utilisez le code FLASK10 pour 10 % de réduction sur votre "
     "prochaine commande"),
])
def test_when_the_clause_cannot_be_told_apart_the_words_are_only_marked(
        text: str, marked: str) -> None:
    found = fixes(text, "fr" if text.startswith("Bonjour") else "en")
    assert found
    for finding in found:
        action = action_of(finding)
        assert isinstance(action, MarkText)
        assert text[action.start:action.end] == marked
        assert finding.fix.apply(text) == text  # no word changes
        assert finding.fix.label == "Highlight the words to rewrite"


def test_a_greeting_alone_with_the_problem_is_not_taken_for_a_name() -> None:
    from composer.policy.sentencefix import greeting_end, sign_off_start

    for line, greeting in [("Hi Sarah thanks", "Hi Sarah "), ("Hallo Frau Weber, danke",
                                                              "Hallo Frau Weber, "),
                           ("Bonjour Marc merci", "Bonjour Marc "), ("Hola Ana gracias",
                                                                     "Hola Ana "),
                           ("Ciao Luca grazie", "Ciao Luca "), ("Dear customer, hi", "Dear "),
                           ("Thanks Sarah", "")]:
        assert line[:greeting_end(line, 0, len(line))] == greeting
    line = "give us 5 stars Best wishes Tom"
    assert line[sign_off_start(line, 0, len(line)):] == "Best wishes Tom"
    assert sign_off_start("give us 5 stars", 0, 15) == 15


def _card_fix(qtbot, window, rule: str) -> None:
    from PySide6.QtCore import Qt

    window.check_now()
    card = next(c for c in window.findings_panel.cards if c.card.first.rule == rule)
    assert card.fix_button is not None
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton,
                     pos=card.fix_button.rect().center())


def test_in_the_window_the_greeting_stays(qtbot, tmp_path) -> None:
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    text, left = RUN_ON["en"]
    window.editor.setPlainText(text + "\nBest wishes\nTom")
    _card_fix(qtbot, window, "review-manipulation")
    assert window.editor.toPlainText() == left + "\nBest wishes\nTom"
    window.editor.undo()
    assert window.editor.toPlainText() == text + "\nBest wishes\nTom"


def test_in_the_window_unsure_words_are_highlighted_not_selected(qtbot, tmp_path) -> None:
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    text = ("Hi Sarah thanks so much for your order use code FLASK10 for 10% off your next "
            "order Best wishes Tom")
    window.editor.setPlainText(text)
    _card_fix(qtbot, window, "marketing")
    marked = "thanks so much for your order use code FLASK10 for 10% off your next order"
    assert window.editor.toPlainText() == text
    cursor = window.editor.textCursor()
    assert not cursor.hasSelection()
    assert cursor.position() == text.index(marked) + len(marked)
    assert window.compose.underlines.reread.selectedText() == marked
    assert "Rewrite the highlighted words" in window.status.currentMessage()
    qtbot.keyClicks(window.editor, "!")  # the next key types, it replaces nothing
    assert window.editor.toPlainText() == text.replace("next order", "next order!")
