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


def test_a_sentence_found_twice_says_so(qapp) -> None:
    text = "Hello Sarah.\nMore at our care page\nCare tips\n\nMore at our care page\nBest regards"
    first = text.index("More at")
    second = text.index("More at", first + 1)
    found = tuple(Finding(rule="off-amazon", severity="warn", start=at, end=at + 21,
                          excerpt="More at our care page", title="Away", message="Stay.")
                  for at in (first, second))
    lines = confirm_lines(Decision(blocks=(), warnings=found, message=Message(text=text)),
                          "eml-file")
    assert lines == ["Away: Stay. (“More at our care page” ×2)"]


def test_the_check_first_box_counts_the_warnings_as_the_badge_does(qapp) -> None:
    from composer.compose.summary import confirm_heading, summarise

    found = [Finding(rule="off-amazon", severity="warn", start=at, end=at + 5, excerpt="x",
                     title="Away", message="Stay.") for at in (7, 29, 51)]
    summary = summarise(found)
    assert "3 warnings" in summary.badge
    assert confirm_heading(summary).startswith("3 warnings to review")
    assert confirm_heading(summarise(found[:1]), "de").startswith("1 Warnung")
    assert "warning" not in confirm_heading(summarise([]))


def test_the_box_heading_comes_from_the_panels_verdict(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from composer.message.header import Header
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(to="k2x9q7abc@marketplace.amazon.com", subject="[Important] hi",
                              order_id="113-4567890-1234567"),
                       "<p>Hello,</p><p>Your parcel left our warehouse this morning.</p>")
    window.check_now()
    warnings = window.compose.summary.warnings
    assert warnings >= 1 and f"{warnings} warning" in window.compose.summary.badge
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.export._confirm("eml-file", ["One: a.", "Two: b.", "Three: c.", "Four: d."])
    assert shown and shown[0].startswith(f"{warnings} warning")
