"""A model card quotes the seller's words, never the normaliser's tokens.

The off-Amazon card said 'This sentence reads like taking the buyer away from Amazon:
"xurlx", "fast", "visit"': "xurlx" stands for an address, "0" for every digit, inside
the model only. The card says them in words, in the seller's language.
"""

from __future__ import annotations

import pytest

from composer.l10n.catalog import Catalog
from composer.policy.intent import model
from composer.policy.intent_check import check_intent, evidence_text
from composer.policy.model import Message


class _Fixed:
    """A model whose weighing picks the given words (only ``evidence`` is read)."""

    def __init__(self, *words: str) -> None:
        self.words = words

    def evidence(self, sentence: str, label: str) -> tuple[str, ...]:
        return self.words


@pytest.mark.parametrize(("sentence", "said"), [
    ("For the manual visit www.shop.com/manual and we reply fast.", "a web address"),
    ("For the manual write to info@shop.com and we reply fast.", "an e-mail address"),
    ("Call 0171 2345678 for the manual.", "a number"),
])
def test_tokens_are_said_in_words(sentence: str, said: str) -> None:
    token = "0000" if "Call" in sentence else "xurlx"
    text = evidence_text(_Fixed(token, "visit " + token, "fast"), sentence, "off-amazon")
    assert "xurlx" not in text and "0000" not in text
    assert text == f": “fast”. It also weighed that the sentence holds {said}."


def test_the_german_card_says_them_in_german() -> None:
    text = evidence_text(_Fixed("xurlx"), "Besuchen Sie www.shop.de.", "off-amazon")
    assert Catalog("de").say("This sentence reads like taking the buyer away from Amazon"
                             + text).endswith("dass der Satz eine Webadresse enthält.")


def test_no_card_of_the_shipped_model_quotes_a_token() -> None:
    assert model() is not None, "the app ships its sentence model"
    text = ("For the manual visit www.bergmann-leuchten.de/manual or write to "
            "info@bergmann-leuchten.de and we reply fast. Call 01712345678 or visit "
            "https://shop.example.com/deal for 20 percent off.")
    for finding in check_intent(Message(text=text)):
        assert "xurlx" not in finding.message
        assert "“0" not in finding.message and " 0”" not in finding.message
