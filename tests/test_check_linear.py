"""The check stays linear in the message's length: one sentence index per text, however
many findings need a fix (a pass over the whole text per finding made 100,000 characters
take half a second; benchmarks/check_speed.py prints the figures)."""

from __future__ import annotations

from composer.compose.engine import check
from composer.policy import Message, sentences


def test_the_sentences_of_a_long_message_are_found_a_few_times_not_once_per_finding(
        monkeypatch) -> None:
    made: list[int] = []
    real_init = sentences.SentenceIndex.__init__

    def counting_init(self, text: str) -> None:
        made.append(len(text))
        real_init(self, text)

    monkeypatch.setattr(sentences.SentenceIndex, "__init__", counting_init)
    cached = getattr(sentences, "sentence_index", None)
    if cached is not None:
        cached.cache_clear()  # a text indexed by an earlier test would be counted as none
    paragraph = ("Thanks for your order. Use code SAVE10 for 10% off your next order. "
                 "If you loved it please leave us a 5-star review. ")
    text = paragraph * 60
    result = check(Message(text=text, buyer_language="en"))
    blocking = [f for f in result if getattr(f, "severity", "") == "block"]
    assert len(blocking) >= 60  # many findings, each with a fix
    whole_text_passes = [n for n in made if n == len(text)]
    assert len(whole_text_passes) <= 8, f"{len(whole_text_passes)} passes over the text"
