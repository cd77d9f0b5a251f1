"""An ignored finding stays ignored while the seller edits elsewhere (fourth walkthrough).

The key of an ignored occurrence held a dozen characters on each side of the words, so an
edit next to them (or a finding about the whole message, whose words are its first line)
brought the finding back. The key is now the rule, the words and which occurrence of the
same words it is; editing the ignored words themselves may bring it back.
"""

from __future__ import annotations

from composer.compose.engine import check
from composer.policy import Message
from composer.policy.ignore import ignored_findings, key_of, without_ignored


def findings(text: str, language: str = "en", rule: str = "spelling"):
    return [f for f in check(Message(text=text, message_type="reply", buyer_language=language))
            if f.rule == rule]


def ignore(text: str, excerpt: str, nth: int = 0, **kwargs) -> set[str]:
    found = findings(text, **kwargs)
    target = [f for f in found if f.excerpt == excerpt][nth]
    return {key_of(target, found, text)}


def shown(text: str, ignored: set[str], **kwargs) -> list[str]:
    return [f.excerpt for f in without_ignored(findings(text, **kwargs), text, ignored)[0]]


TEXT = "Hello Anna,\nthe parcle will arive on Friday.\nBest wishes\nTom"


def test_an_edit_right_next_to_the_ignored_word_keeps_it_ignored() -> None:
    ignored = ignore(TEXT, "parcle")
    assert shown(TEXT, ignored) == ["arive"]
    for edited in (TEXT.replace("the parcle", "your parcle"),
                   TEXT.replace("parcle will", "parcle should"),
                   "Hi again!\n" + TEXT,
                   TEXT.replace("Friday", "Saturday morning")):
        assert shown(edited, ignored) == ["arive"], edited


def test_editing_the_ignored_word_itself_brings_it_back() -> None:
    ignored = ignore(TEXT, "parcle")
    assert shown(TEXT.replace("parcle", "parcel"), ignored) == ["arive"]
    assert shown(TEXT.replace("parcle", "parcell"), ignored) == ["parcell", "arive"]


def test_which_occurrence_of_the_same_words_is_kept() -> None:
    text = "The parcle left. Your parcle arrives Friday."
    ignored = ignore(text, "parcle", nth=1)
    assert shown(text, ignored) == ["parcle"]
    found = findings(text)
    [left] = without_ignored(found, text, ignored)[0]
    assert left.start == text.index("parcle")
    edited = "Hello! " + text.replace("left", "went out")
    [left] = without_ignored(findings(edited), edited, ignored)[0]
    assert left.start == edited.index("parcle")  # still the first one shown


def test_a_finding_about_the_whole_message_stays_ignored_as_its_first_line_changes() -> None:
    text = ("Guten Tag Frau Weber, vielen Dank für Ihre Bestellung. Das Paket wird morgen "
            "geliefert und kommt mit DHL an.\nViele Grüße\nTom")
    ignored = ignore(text, text.split("\n")[0], rule="wrong-language")
    edited = text.replace("Guten Tag", "Hallo")
    found = findings(edited, rule="wrong-language")
    assert found and without_ignored(found, edited, ignored)[0] == []
    assert ignored_findings(found, edited, ignored) == found


def test_a_key_kept_by_an_earlier_version_is_still_honoured() -> None:
    old = "\x1f".join(("spelling", "", "parcle", "hello anna, the", "will arive o", "0"))
    assert shown(TEXT, {old}) == ["arive"]


def test_in_the_window_typing_next_to_an_ignored_word_keeps_it_ignored(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QTextCursor

    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    window.editor.setPlainText(TEXT)
    window.check_now()
    parcle = next(f for f in window.compose.last.findings if f.excerpt == "parcle")
    window.compose.ignore(parcle)
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(TEXT.index("the parcle"))
    cursor.insertText("so ")
    window.editor.setTextCursor(cursor)
    window.check_now()
    marks = [m.finding.excerpt for m in window.compose.underlines.marks
             if m.finding.rule == "spelling"]
    assert marks == ["arive"]
