"""Spelling in the window: red wavy underlines, and the right-click menu on a misspelt word."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from composer.ui.underlines import SPELLING_COLOUR, UNDERLINE_COLOURS
from tests.uihelpers import make_window, menu_on, spelling_marks

TEXT = "Hello Sarah,\n\nThe parcle will arive on Friday. Visit www.oak-shop.com for more."


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setPlainText(TEXT)
    window.check_now()
    return window


def test_misspelt_words_get_a_red_wavy_line_unlike_policy_findings(window) -> None:
    assert spelling_marks(window) == ["parcle", "arive"]
    selections = window.editor.extraSelections()
    looks = {s.cursor.selectedText(): QTextCharFormat(s.format) for s in selections}
    spelling = looks["parcle"]
    assert spelling.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert spelling.underlineColor() == SPELLING_COLOUR
    assert not spelling.hasProperty(QTextCharFormat.Property.BackgroundBrush)
    link = looks["www.oak-shop.com"]
    assert link.underlineColor() == UNDERLINE_COLOURS["block"]
    assert link.hasProperty(QTextCharFormat.Property.BackgroundBrush)  # tinted: not spelling
    cards = [c.finding.rule for c in window.findings_panel.cards]
    assert cards.count("spelling") == 2


def test_the_menu_offers_suggestions_then_the_edit_menu(window, qtbot) -> None:
    actions = menu_on(window, qtbot, "parcle")
    assert actions.suggestions[0] == "parcel"
    assert 1 <= len(actions.suggestions) <= 6
    texts = [a.text() for a in actions.menu.actions() if not a.isSeparator()]
    assert texts.index("parcel") < texts.index("Add “parcle” to dictionary") \
        < texts.index("Ignore here")
    assert any("Copy" in t for t in texts[texts.index("Ignore here"):])  # Qt's own menu after


def test_choosing_a_suggestion_replaces_the_word_and_undo_brings_it_back(window, qtbot) -> None:
    actions = menu_on(window, qtbot, "arive")
    next(a for a in actions.suggestion_actions if a.text() == "arrive").trigger()
    assert "will arrive on" in window.editor.toPlainText()
    window.editor.undo()
    assert "will arive on" in window.editor.toPlainText()


def test_add_to_dictionary_stops_the_underline_for_good(window, qtbot) -> None:
    actions = menu_on(window, qtbot, "parcle")
    actions.add_word.trigger()
    assert spelling_marks(window) == ["arive"]  # at once, before the next check
    assert "parcle" in window.store.words("en")
    window.check_now()
    assert spelling_marks(window) == ["arive"]
    window.editor.setPlainText("The parcle again, and another parcle.")
    window.check_now()
    assert spelling_marks(window) == []


def test_ignore_here_hides_only_that_occurrence(window, qtbot) -> None:
    actions = menu_on(window, qtbot, "arive")
    actions.ignore.trigger()
    assert spelling_marks(window) == ["parcle"]
    assert "arive" not in window.store.words("en")
    window.check_now()
    assert spelling_marks(window) == ["parcle"]


def test_business_and_product_names_are_not_underlined(window, qtbot) -> None:
    window.editor.setPlainText("thanks for buying the lumiglo lamp from brightzy.")
    window.check_now()
    assert spelling_marks(window) == ["lumiglo", "brightzy"]
    window.settings.set("business_name", "Brightzy")
    window.check_now()
    assert spelling_marks(window) == ["lumiglo"]
    window.header.product_name.setText("Lumiglo lamp")
    window.check_now()
    assert spelling_marks(window) == []


def test_the_word_being_typed_waits_until_the_cursor_leaves_it(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.editor.setPlainText("")
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "The lamp is craked")
    with qtbot.waitSignal(window.compose.checker.checked, timeout=5000):
        pass
    assert spelling_marks(window) == []  # the cursor is still on "craked"
    qtbot.keyClick(window.editor, Qt.Key.Key_Home)  # no edit: just moving away
    assert spelling_marks(window) == ["craked"]


@pytest.mark.parametrize("how", ["menu", "card"])
def test_letters_typed_onto_a_corrected_word_are_checked(qtbot, tmp_path, how: str) -> None:
    """Walkthrough 2: "beschädigt" fixed, then "QQ" typed straight after it, got no
    underline (capitals inside a word were taken for a brand such as iPhone)."""
    from PySide6.QtCore import Qt

    window = make_window(qtbot, tmp_path / "data")
    window.header.language.setCurrentIndex(window.header.language.findData("de"))
    window.editor.setPlainText("Das Paket ist beschdigt angekommen.")
    window.check_now()
    if how == "menu":
        actions = menu_on(window, qtbot, "beschdigt")
        next(a for a in actions.suggestion_actions if a.text() == "beschädigt").trigger()
    else:
        window.compose.apply_fix(next(c.finding for c in window.findings_panel.cards
                                      if c.finding.rule == "spelling"))
    assert window.editor.toPlainText() == "Das Paket ist beschädigt angekommen."
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "QQ")
    with qtbot.waitSignal(window.compose.checker.checked, timeout=5000):
        pass
    assert spelling_marks(window) == []  # still typing it
    qtbot.keyClick(window.editor, Qt.Key.Key_End)  # the cursor leaves the word
    assert spelling_marks(window) == ["beschädigtQQ"]


def test_a_sign_off_typo_is_fixed_to_the_sign_off(qtbot, tmp_path) -> None:
    """Walkthrough 2: "Mit freundlichen Grßen" offered "Großen" on the card and first in
    the menu; the sign-off's "Grüßen" comes first in both now."""
    window = make_window(qtbot, tmp_path / "data")
    window.header.language.setCurrentIndex(window.header.language.findData("de"))
    window.editor.setPlainText("Vielen Dank für Ihre Bestellung.\nMit freundlichen Grßen\nTom")
    window.check_now()
    card = next(c for c in window.findings_panel.cards if c.finding.rule == "spelling")
    assert card.fix_buttons[0].text() == 'Change to “Grüßen”'
    actions = menu_on(window, qtbot, "Grßen")
    assert actions.suggestions[0] == "Grüßen"
    actions.suggestion_actions[0].trigger()
    assert window.editor.toPlainText().endswith("Mit freundlichen Grüßen\nTom")
