"""Live warnings in the window: underlines, the findings panel, Fix, Ignore here, selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from composer.ui.findingspanel import FindingCard
from tests.uihelpers import make_window

EMAIL_MESSAGE = "Hello,\nplease write to me at tom.baker@oakfield-mail.com about the table."


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def wait_for_check(qtbot, window) -> None:
    with qtbot.waitSignal(window.compose.checker.checked, timeout=5000):
        pass


def underline_colours(window) -> set[str]:
    colours = set()
    for selection in window.editor.extraSelections():
        fmt: QTextCharFormat = selection.format
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline \
                and selection.cursor.hasSelection():
            colours.add(fmt.underlineColor().name())
    return colours


def type_lines(qtbot, widget, text: str) -> None:
    """Type like a person: QTest cannot type a newline character, so press Return."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def test_typing_a_problem_underlines_it_and_lists_it(window, qtbot) -> None:
    type_lines(qtbot, window.editor, EMAIL_MESSAGE)
    wait_for_check(qtbot, window)
    rules = [card.finding.rule for card in window.findings_panel.cards]
    assert "email-address" in rules
    assert "#d32f2f" in underline_colours(window)  # red: blocks sending
    assert window.findings_panel.tone == "block"
    assert "block" in window.findings_panel.badge.text()


def test_clean_message_reads_as_good_news(window, qtbot) -> None:
    qtbot.keyClicks(window.editor, "Hello Sarah, your table left our workshop this morning.")
    wait_for_check(qtbot, window)
    assert window.findings_panel.cards == []
    assert window.findings_panel.badge.text() == "✔ Ready to send"
    assert window.findings_panel.findChild(type(window.findings_panel.list_host),
                                           "good-news") is not None
    assert underline_colours(window) == set()


def email_card(window) -> FindingCard:
    return next(c for c in window.findings_panel.cards if c.finding.rule == "email-address")


def test_fix_removes_the_problem_and_ctrl_z_brings_it_back(window, qtbot) -> None:
    window.editor.setPlainText(EMAIL_MESSAGE)
    window.check_now()
    card = email_card(window)
    assert card.fix_button is not None
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton)
    assert "tom.baker@oakfield-mail.com" not in window.editor.toPlainText()
    window.check_now()
    assert "email-address" not in [c.finding.rule for c in window.findings_panel.cards]
    window.editor.undo()
    assert window.editor.toPlainText() == EMAIL_MESSAGE


def _emails(window) -> list[str]:
    return [f.excerpt for c in window.findings_panel.cards for f in c.card.findings
            if f.rule == "email-address"]


def test_ignoring_a_block_needs_a_deliberate_step(window, qtbot) -> None:
    text = ("Write to tom.baker@oakfield-mail.com today. "
            "Or write to sales@oakfield-mail.com if you prefer.")
    asked: list[int] = []
    window.findings_panel.confirm_ignore = lambda *_: asked.append(1) or False
    window.editor.setPlainText(text)
    window.check_now()
    first = next(c for c in window.findings_panel.cards
                 if "tom.baker@oakfield-mail.com" in _emails_of(c))
    assert first.ignore_button is not None and first.ignore_button.text().startswith("This is not")
    qtbot.mouseClick(first.ignore_button, Qt.MouseButton.LeftButton)
    assert asked and "tom.baker@oakfield-mail.com" in _emails(window)  # declined: still there
    window.findings_panel.release()
    window.findings_panel.confirm_ignore = lambda *_: True
    window.check_now()
    first = next(c for c in window.findings_panel.cards
                 if "tom.baker@oakfield-mail.com" in _emails_of(c))
    qtbot.mouseClick(first.ignore_button, Qt.MouseButton.LeftButton)
    window.findings_panel.release()
    assert _emails(window) == ["sales@oakfield-mail.com"]
    assert window.findings_panel.ignored_row.isVisibleTo(window)
    qtbot.mouseClick(window.findings_panel.restore_button, Qt.MouseButton.LeftButton)
    assert len(_emails(window)) == 2


def _emails_of(card) -> list[str]:
    return [f.excerpt for f in card.card.findings if f.rule == "email-address"]


def test_one_sentence_makes_one_card_and_blocks_come_first(qtbot) -> None:
    from composer.compose.cards import cards_of
    from composer.policy.model import Finding

    text = "Thanks for your order. Visit shop.example for 10% off!"
    start = text.index("Visit")
    link = Finding("link", "block", start + 6, start + 18, "shop.example", "Links.", title="Link")
    promo = Finding("marketing", "block", start + 23, start + 30, "10% off", "Promo.",
                    title="Marketing")
    typo = Finding("spelling", "warn", 0, 6, "Thanks", "Spelling.", title="Spelling")
    cards = cards_of([typo, link, promo], text)
    assert [c.rules for c in cards] == [("link", "marketing"), ("spelling",)]
    assert cards[0].excerpt == "Visit shop.example for 10% off!"


def test_clicking_a_finding_selects_its_words(window, qtbot) -> None:
    window.editor.setPlainText("😀 " + EMAIL_MESSAGE)  # an emoji shifts UTF-16 positions
    window.check_now()
    card = email_card(window)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.editor.textCursor().selectedText() == "tom.baker@oakfield-mail.com"
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectedText() == "tom.baker@oakfield-mail.com"


def test_underlines_stay_on_their_words_while_typing_before_them(window, qtbot) -> None:
    window.editor.setPlainText(EMAIL_MESSAGE)
    window.check_now()
    start = window.compose.underlines.marks[0].start
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "Hi! ")
    assert window.compose.underlines.marks[0].start == start + 4


def test_drawing_underlines_does_not_count_as_an_edit(window, qtbot) -> None:
    """Underlines change formats; if that triggered a check, checks would loop forever."""
    checks: list[int] = []
    window.compose.checker.checked.connect(lambda revision, _result: checks.append(revision))
    window.editor.setPlainText(EMAIL_MESSAGE)
    qtbot.waitUntil(lambda: len(checks) == 1, timeout=5000)
    qtbot.wait(800)  # several debounce intervals
    assert len(checks) == 1
    assert window.compose.underlines.marks  # the underlines are there


def test_the_badge_counts_header_fields_that_block_and_waits_for_text(window, qtbot) -> None:
    window.editor.clear()
    window.check_now()
    assert window.findings_panel.tone == "idle"
    assert window.findings_panel.findChild(type(window.findings_panel.list_host),
                                           "good-news") is None
    window.editor.setPlainText("Your table left our workshop today.")
    window.header.order_id.setText("113-45")
    window.check_now()
    assert window.findings_panel.tone == "block"
    assert "header field" in window.findings_panel.badge.text()
    assert window.store.get_draft(window.session.current.id).verdict == "blocked"
    window.header.order_id.setText("113-4567890-1234567")
    window.check_now()
    assert window.findings_panel.badge.text() == "✔ Ready to send"


def test_after_ignoring_by_keyboard_the_focus_stays_in_the_findings(window, qtbot) -> None:
    window.findings_panel.confirm_ignore = lambda *_: True
    window.editor.setPlainText("Write to a@oakfield-mail.com today. Or b@oakfield-mail.com.")
    window.check_now()
    first = window.findings_panel.cards[0]
    window.activateWindow()
    first.ignore_button.setFocus()
    qtbot.waitUntil(first.ignore_button.hasFocus, timeout=2000)
    qtbot.keyClick(first.ignore_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.focusWidget() is window.findings_panel.cards[0],
                    timeout=2000)


def test_a_new_finding_keeps_the_other_cards_and_changed_words_update_in_place(qtbot) -> None:
    from composer.compose.summary import summarise
    from composer.policy.model import Finding
    from composer.ui.findingspanel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    link = Finding("link", "block", 10, 20, "shop.example", "Links are blocked.", title="Link")
    long1 = Finding("too-long", "warn", 0, 0, "2,001 characters", "Too long by 1.", title="Long")
    panel.show_findings([link, long1], summarise([link, long1]), 0)
    first_link, first_long = panel.cards

    emoji = Finding("emoji", "block", 2, 3, "🙂", "Emoji are blocked.", title="Emoji")
    long2 = Finding("too-long", "warn", 0, 0, "2,002 characters", "Too long by 2.", title="Long")
    panel.show_findings([emoji, link, long2], summarise([emoji, link, long2]), 0)

    assert [card.finding for card in panel.cards] == [emoji, link, long2]
    assert panel.cards[1] is first_link  # not rebuilt because another one appeared
    assert panel.cards[2] is first_long
    assert first_long.message_label.text() == "Too long by 2."
    assert "2,002" in first_long.quote_label.text()
    assert panel.cards_layout.indexOf(panel.cards[0]) < panel.cards_layout.indexOf(first_link)


SPELLED_EMAILS = ("Bei Fragen schreiben Sie an jana at gmail dot com oder an "
                  "shop (at) haushalt-schmidt (dot) de.")


def test_a_spelled_out_address_is_one_email_and_the_other_stays_after_its_fix(window,
                                                                               qtbot) -> None:
    window.header.set_value(window.header.value().__class__(buyer_language="de"))
    window.editor.setPlainText(SPELLED_EMAILS)
    window.check_now()
    assert "jana at gmail dot com" in _emails(window)  # the whole address, not "gmail dot com"
    card = next(c for c in window.findings_panel.cards
                if any(f.excerpt == "jana at gmail dot com" for f in c.card.findings))
    button = next(b for b, fix in zip(card.fix_buttons, card.card.fixes(), strict=False)
                  if fix.excerpt == "jana at gmail dot com")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # with the mouse: the cards are held
    assert "jana" not in window.editor.toPlainText()
    assert "gmail" not in window.editor.toPlainText()
    # The re-check comes by itself (no keystroke) and shows the other address once, fresh.
    qtbot.waitUntil(lambda: window.compose.last is not None
                    and "jana" not in window.compose.last.message.text, timeout=5_000)
    assert _emails(window) == ["shop (at) haushalt-schmidt (dot) de"]
    assert [m.finding.excerpt for m in window.compose.underlines.marks] == [
        "shop (at) haushalt-schmidt (dot) de"]


def test_a_kept_card_fixes_the_words_where_they_are_now(window, qtbot) -> None:
    """Text typed before a link moves it; the card is kept and its fix must follow the link
    (a fix aimed at the old place was refused as stale on every click)."""
    window.editor.setPlainText("Instructions: https://www.oakfield-shop.com/guide and more.")
    window.check_now()
    card = next(c for c in window.findings_panel.cards if c.finding.rule == "link")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "Hello. ")
    window.check_now()
    assert card in window.findings_panel.cards, "the same problem keeps its card"
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton)
    assert "oakfield-shop" not in window.editor.toPlainText()
