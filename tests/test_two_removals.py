"""Two removals in one sentence keep its meaning (issue 15, eighth walkthrough).

"… visit our site at kerzenwerk.com or write to help@kerzenwerk.com and we reply within a
day": "Remove the email address" dropped the "and" and kept the "or" ("… kerzenwerk.com or
we reply within a day"). "Please visit … or write to help@… for tips." became, after both
removals, "Please for tips.": no verb was left. An address that was the last alternative
takes its "or" with it, and the "and" after it stays; a sentence left without its verb
goes whole. Both orders, in English and German.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from composer.compose.engine import check
from composer.policy import Message
from tests.uihelpers import active_window, check_now

EN_REPLY = ("For care tips visit our site at kerzenwerk.com or write to help@kerzenwerk.com "
            "and we reply within a day.")
EN_TIPS = ("Thanks. Please visit our site at kerzenwerk.com or write to help@kerzenwerk.com "
           "for tips.")
DE_REPLY = ("Für Pflegetipps besuchen Sie kerzenwerk.de oder schreiben Sie an help@kerzenwerk.de "
            "und wir antworten innerhalb eines Tages.")
DE_TIPS = ("Danke. Bitte besuchen Sie kerzenwerk.de oder schreiben Sie an help@kerzenwerk.de "
           "für Tipps.")


def removed(text: str, rule: str, language: str) -> str:
    [finding] = [f for f in check(Message(text=text, message_type="reply",
                                          buyer_language=language))
                 if f.rule == rule and f.fix is not None]
    assert finding.fix is not None
    return finding.fix.apply(text)


@pytest.mark.parametrize(("text", "language", "left"), [
    (EN_REPLY, "en", "For care tips visit our site at kerzenwerk.com and we reply within a day."),
    (DE_REPLY, "de", "Für Pflegetipps besuchen Sie kerzenwerk.de und wir antworten innerhalb "
                     "eines Tages."),
    (EN_TIPS, "en", "Thanks. Please visit our site at kerzenwerk.com for tips."),
    (DE_TIPS, "de", "Danke. Bitte besuchen Sie kerzenwerk.de für Tipps."),
])
def test_the_last_alternative_takes_its_or_and_leaves_the_and(text, language, left) -> None:
    assert removed(text, "email-address", language) == left


@pytest.mark.parametrize(("text", "language", "left"), [
    (EN_REPLY, "en", "For care tips write to help@kerzenwerk.com and we reply within a day."),
    (DE_REPLY, "de", "Für Pflegetipps schreiben Sie an help@kerzenwerk.de und wir antworten "
                     "innerhalb eines Tages."),
    (EN_TIPS, "en", "Thanks. Please write to help@kerzenwerk.com for tips."),
    (DE_TIPS, "de", "Danke. Bitte schreiben Sie an help@kerzenwerk.de für Tipps."),
])
def test_the_first_alternative_takes_its_or(text, language, left) -> None:
    assert removed(text, "link", language) == left


@pytest.mark.parametrize("first", ["link", "email-address"])
@pytest.mark.parametrize(("text", "language", "left"), [
    (EN_REPLY, "en", "We reply within a day."),
    (DE_REPLY, "de", "Wir antworten innerhalb eines Tages."),
    (EN_TIPS, "en", "Thanks."),
    (DE_TIPS, "de", "Danke."),
])
def test_both_removals_leave_no_sentence_without_its_verb(text, language, left, first) -> None:
    second = "email-address" if first == "link" else "link"
    assert removed(removed(text, first, language), second, language) == left


@pytest.mark.parametrize(("text", "left"), [
    ("Thanks for your order, write to help@kerzenwerk.com for tips. Bye.",
     "Thanks for your order. Bye."),
    ("Thanks, write to help@kerzenwerk.com and we reply.", "Thanks, we reply."),
])
def test_a_clause_before_the_verb_stays(text: str, left: str) -> None:
    assert removed(text, "email-address", "en") == left


@pytest.fixture
def window(qtbot, tmp_path):
    return active_window(qtbot, tmp_path / "data")


def click_fix(window, qtbot, label: str) -> None:
    check_now(qtbot, window)
    qtbot.wait(50)
    button = next(b for c in window.findings_panel.cards for b in c.fix_buttons
                  if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_card_buttons_in_the_walkthrough_order(window, qtbot) -> None:
    window.editor.setPlainText(EN_TIPS)
    click_fix(window, qtbot, "Remove the link")
    assert window.editor.toPlainText() == "Thanks. Please write to help@kerzenwerk.com for tips."
    click_fix(window, qtbot, "Remove the email address")
    assert window.editor.toPlainText() == "Thanks."
