"""The "Check first" box: one line per warning, naming the sentences it is about."""

from __future__ import annotations

from composer.export.guard import Decision
from composer.policy.model import Finding, Message
from composer.ui.exportflow import confirm_lines

TEXT = ("Hello Sarah, thank you for your order. For the manual, please see our care page "
        "today. More at our care page. Best regards")


def _away(words: str) -> Finding:
    start = TEXT.index(words)
    return Finding(rule="off-amazon", severity="warn", start=start,
                   end=start + len(words), excerpt=words, title="Sends the buyer away from Amazon",
                   message="Keep the buyer on Amazon.")


def test_identical_warnings_make_one_line_that_names_each_sentence(qapp) -> None:
    decision = Decision(blocks=(), warnings=(_away("care page"), _away("More at our")),
                        message=Message(text=TEXT))
    lines = confirm_lines(decision, "eml-file")
    assert len(lines) == 1
    assert lines[0].startswith("Sends the buyer away from Amazon: Keep the buyer on Amazon.")
    assert "“For the manual, please see our care page today.”" in lines[0]
    assert "“More at our care page.”" in lines[0]


def test_a_long_sentence_is_cut_short(qapp) -> None:
    text = "Please " + "really " * 30 + "visit our shop."
    start = text.index("visit")
    finding = Finding(rule="off-amazon", severity="warn", start=start,
                      end=start + 5, excerpt="visit", title="Away", message="Stay.")
    line = confirm_lines(Decision(blocks=(), warnings=(finding,), message=Message(text=text)),
                         "eml-file")[0]
    assert "“Please really" in line and "…”" in line and len(line) < 120


def test_a_file_warning_names_the_file(qapp) -> None:
    finding = Finding(rule="big", severity="warn", start=0, end=0, excerpt="",
                      title="Large file", message="It may be slow.", attachment="photo.jpg")
    lines = confirm_lines(Decision(blocks=(), warnings=(finding,), message=Message(text=TEXT)),
                          "eml-file")
    assert lines == ["Large file: It may be slow. (photo.jpg)"]
