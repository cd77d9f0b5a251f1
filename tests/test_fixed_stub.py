"""The "✓ Fixed" stub keeps a card's place only as far as the pointer needs it, and an
undone fix brings its card into view (walkthrough 2 of issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from composer.ui.cardparts import stub_height
from composer.ui.findingspanel import FindingCard
from tests.uihelpers import make_window

TEXT = ("Hello Sarah,\nplease write to me at tom.baker@oakfield-mail.com about the table. "
        "The parcle will arive on Friday.\nPlease leave us a 5-star review!\nBest regards\nTom")


def _settle(qtbot, window) -> None:
    window.check_now()
    qtbot.wait(50)
    QApplication.processEvents()


def _card(window, rule: str) -> FindingCard:
    return next(c for c in window.findings_panel.cards if c.card.first.rule == rule)


def test_the_stub_reaches_just_below_the_pointer(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.resize(1280, 800)
    window.editor.setPlainText(TEXT)
    _settle(qtbot, window)
    panel = window.findings_panel
    card = _card(window, "email-address")
    assert card.fix_button is not None
    card_height, card_top = card.height(), card.y()
    below = panel.cards[panel.cards.index(card) + 1]
    press = card.fix_button.rect().center()
    pointer = card.fix_button.mapTo(panel.list_host, press).y()
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton, pos=press)
    _settle(qtbot, window)
    [stub] = panel.stubs
    # Before: the stub was as tall as the card (215 px at 1280×800) whatever the pointer.
    assert stub.y() == card_top
    assert stub.height() < card_height
    assert stub.y() + stub.height() > pointer  # the pointer is still over the stub,
    assert below.y() > pointer  # so no other card's button slid under it
    # The pointer moves up, above the stub: it shrinks to one line, growing never.
    panel.keeper.follow(panel.list_host.mapToGlobal(QPoint(10, max(0, card_top - 4))))
    assert stub.height() == stub.line_height() < 40
    panel.keeper.follow(panel.list_host.mapToGlobal(QPoint(10, pointer)))
    assert stub.height() == stub.line_height()
    QApplication.sendEvent(panel, QEvent(QEvent.Type.Leave))  # the pointer leaves
    assert panel.stubs == [] and not panel.holding


def test_stub_heights() -> None:
    line, top, height = 28, 100, 215
    assert stub_height(line, top, height, None) == line
    assert stub_height(line, top, height, 40) == line  # the pointer above: one line
    assert stub_height(line, top, height, 400) == height  # below: the cards stay put
    assert stub_height(line, top, height, 266) == 266 - top + 12
    assert stub_height(line, top, height, 105) == line
    assert stub_height(line, top, 20, 40) == 20  # never taller than the card


def test_an_undone_fix_brings_its_card_into_view(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.resize(1024, 700)
    window.editor.setPlainText("We wil recieve teh adress and seperate it untill "
                               "tomorow, wich is definately the begining.")
    _settle(qtbot, window)
    panel = window.findings_panel
    card = panel.cards[-1]
    last = card.card.first.excerpt
    assert card.fix_button is not None and last == "begining"
    panel.scroll.ensureWidgetVisible(card)
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton,
                     pos=card.fix_button.rect().center())
    _settle(qtbot, window)
    panel.release()
    _settle(qtbot, window)
    panel.scroll.verticalScrollBar().setValue(0)
    window.editor.undo()
    _settle(qtbot, window)
    qtbot.wait(50)
    back = next(c for c in panel.cards if c.card.first.excerpt == last)
    assert panel.scroll.verticalScrollBar().maximum() > 0  # the list does scroll
    viewport = panel.scroll.viewport()
    top = back.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + back.height() <= viewport.height()


# ---- at most one stub, gone on the next edit or when undo brings the card back -------------
TWO = ("Hello Sarah,\nwrite to me at tom.baker@oakfield-mail.com about the table. "
       "Or see www.oakfield-shop.com for the manual.\nPlease leave us a 5-star review!\n"
       "Best regards\nTom")


def _click_fix(qtbot, window, rule: str) -> None:
    card = _card(window, rule)
    assert card.fix_button is not None
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton,
                     pos=card.fix_button.rect().center())
    _settle(qtbot, window)


def _held_window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.resize(1280, 800)
    window.editor.setPlainText(TWO)
    _settle(qtbot, window)
    return window


def test_only_the_latest_stub_is_shown(qtbot, tmp_path) -> None:
    window = _held_window(qtbot, tmp_path)
    panel = window.findings_panel
    _click_fix(qtbot, window, "email-address")
    _click_fix(qtbot, window, "link")
    _click_fix(qtbot, window, "review-manipulation")
    assert panel.holding  # the pointer is still over the list
    [stub] = panel.stubs
    assert stub.isVisibleTo(panel)
    assert sum(1 for s in panel.list_host.findChildren(type(stub))
               if s.parent() is panel.list_host and not s.isHidden()) == 1


def test_undo_that_brings_the_card_back_takes_the_stub_away(qtbot, tmp_path) -> None:
    window = _held_window(qtbot, tmp_path)
    panel = window.findings_panel
    _click_fix(qtbot, window, "email-address")
    assert len(panel.stubs) == 1
    window.editor.undo()
    _settle(qtbot, window)
    assert panel.stubs == []
    assert any(c.card.first.rule == "email-address" for c in panel.cards)


def test_the_next_edit_takes_the_stub_away(qtbot, tmp_path) -> None:
    window = _held_window(qtbot, tmp_path)
    panel = window.findings_panel
    _click_fix(qtbot, window, "email-address")
    assert len(panel.stubs) == 1
    qtbot.keyClicks(window.editor, "x")
    assert panel.stubs == []
    _settle(qtbot, window)
    assert panel.stubs == []


def test_a_card_whose_words_were_only_highlighted_is_not_called_fixed(qtbot, tmp_path) -> None:
    """"Highlight the words to rewrite" fixes nothing: when the seller then deletes the
    words, the card's stub says it is no longer found, not "Fixed"."""
    window = make_window(qtbot, tmp_path / "data")
    window.resize(1280, 800)
    window.editor.setPlainText("Hi Sarah thanks so much for your order use code FLASK10 for "
                               "10% off your next order Best wishes Tom")
    _settle(qtbot, window)
    _click_fix(qtbot, window, "marketing")
    window.editor.setPlainText("Hi Sarah thanks so much for your order")
    _settle(qtbot, window)
    [stub] = window.findings_panel.stubs
    assert "Fixed" not in stub.label.text()


def test_a_held_stub_shows_one_compact_line(qtbot, tmp_path) -> None:
    """The room kept under the pointer is blank: the words sit in a one-line box."""
    window = make_window(qtbot, tmp_path / "data")
    window.resize(1280, 800)
    window.editor.setPlainText(TEXT)
    _settle(qtbot, window)
    panel = window.findings_panel
    card = _card(window, "email-address")
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton,
                     pos=card.fix_button.rect().center())
    _settle(qtbot, window)
    [stub] = panel.stubs
    assert stub.height() > 2 * stub.line_height()  # the place is held for the pointer
    line = stub.label.fontMetrics().height()
    assert stub.label.height() < 2 * line  # one line of words
    framed = [w for w in stub.findChildren(QWidget) if "dashed" in w.styleSheet()]
    if "dashed" in stub.styleSheet():
        framed.append(stub)
    assert framed and all(w.height() <= stub.line_height() for w in framed)


# ---- no blank area once the seller types or the pointer is gone (walkthrough 7, C1) -------
def _tall(panel) -> list[int]:
    """Heights of the stubs that keep more than their one line of room."""
    return [s.height() for s in panel.stubs if s.height() > s.line_height()]


def test_a_card_gone_after_an_edit_leaves_one_line_not_its_room(qtbot, tmp_path) -> None:
    """After a fix the pointer stayed over the panel while the seller typed: a card that
    went with the typing left a "✓ No longer found." stub as tall as the card, a blank."""
    window = _held_window(qtbot, tmp_path)
    panel = window.findings_panel
    _click_fix(qtbot, window, "review-manipulation")  # the last card, below the link's
    press = QPoint(panel.keeper.pressed)
    QCursor.setPos(press)  # the pointer stays where it clicked
    assert panel.holding and _tall(panel)  # the pointer's place is held after the click
    text = window.editor.toPlainText().replace("Or see www.oakfield-shop.com for the manual.",
                                               "")
    window.editor.setPlainText(text)  # the seller's own edit takes the link away
    _settle(qtbot, window)
    assert not any(c.card.first.rule == "link" for c in panel.cards)
    assert not _tall(panel), _tall(panel)  # one line at most where the card was
    panel.keeper.follow(press)  # the pointer still there: the stub does not grow back
    assert not _tall(panel), _tall(panel)
