""""Remove the link" leaves a sentence that reads (issue 15, item 9).

It takes the words that introduced the address with it, or the whole sentence when
nothing else is left; when it cannot tell, the sentence is selected for the seller to
rewrite. Never a double space, never a space before punctuation.
"""

from __future__ import annotations

import re

import pytest

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


def test_the_window_selects_the_sentence_to_rewrite(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setPlainText("Hello. Check www.shop.com for updates. Bye.")
    window.check_now()
    qtbot.waitUntil(lambda: any(c.card.findings[0].rule == "link"
                                for c in window.findings_panel.cards), timeout=10_000)
    finding = next(f for c in window.findings_panel.cards for f in c.card.findings
                   if f.rule == "link")
    window.compose.apply_fix(finding)
    assert window.editor.toPlainText() == "Hello. Check for updates. Bye."
    assert window.editor.textCursor().selectedText() == "Check for updates. "
    assert "rewrite" in window.status.currentMessage()
    window.editor.undo()
    assert window.editor.toPlainText() == "Hello. Check www.shop.com for updates. Bye."
