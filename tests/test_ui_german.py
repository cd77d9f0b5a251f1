"""The main window in German: menus, the export bar, the status bar and the finding cards.

The translators are installed as at start-up (composer.ui.translations), then removed so
the other tests keep their English window.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QToolButton

from composer.message.header import Header
from composer.ui.translations import SETTING, install_translators
from tests.uihelpers import make_window

MESSAGE = ("<p>Hallo,</p><p>vielen Dank für Ihre Bestellung! Besuchen Sie auch "
           "www.meinshop.de für weitere Angebote.</p><p>Viele Grüße</p>")


@pytest.fixture
def german(qapp):
    before = QLocale()
    loaded = install_translators(qapp, "de")
    assert loaded, "the German translations were not found"
    yield
    for translator in loaded:
        QApplication.removeTranslator(translator)
    qapp.setProperty(SETTING, "en")
    QLocale.setDefault(before)


def test_the_window_speaks_german(german, qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    titles = [menu.title() for menu in window.menuBar().findChildren(QMenu)
              if menu.parent() is window.menuBar()]
    assert {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"} <= set(titles)
    assert window.new_action.text() == "&Neuer Entwurf"
    assert window.export.bar.buttons["seller-central"].text() == "Für Seller Central kopieren"
    assert window.formats.bold.text() == "Fett"
    # The Messages menu finds Help by the window's reference, not by its English title.
    order = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert order[-2:] == ["Na&chrichten", "&Hilfe"]
    assert window.help_menu.actions()[0].text().startswith("Was sich an den")
    assert window.header.order_date.edit.placeholderText() == "Nicht gesetzt"

    window.load_sample(Header(order_id="302-1234567-1234567", buyer_language="de"), MESSAGE)
    window.check_now()
    cards = window.findings_panel.cards
    link = next(c for c in cards if c.finding.rule == "link")
    assert "Blockiert den Versand" in link.heading.text()
    assert "Link oder Webadresse" in link.heading.text()
    assert link.fix_button is not None and link.fix_button.text() == "Link entfernen"
    assert link.ignore_button is not None
    assert link.ignore_button.text() == "Das ist kein Link…"
    assert "Probleme verhindern das Senden" in window.findings_panel.badge.text() or \
        "Problem verhindert das Senden" in window.findings_panel.badge.text()
    # German digit grouping from QLocale, not Python's comma.
    assert "2.000 Zeichen" in window.status.counter.text()
    assert window.quota_meter.text().startswith("Heute ")


def test_english_is_unchanged_without_translators(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.new_action.text() == "&New Draft"
    assert window.export.bar.buttons["seller-central"].text() == "Copy for Seller Central"
    window.load_sample(Header(order_id="302-1234567-1234567", buyer_language="de"), MESSAGE)
    window.check_now()
    link = next(c for c in window.findings_panel.cards if c.finding.rule == "link")
    assert link.ignore_button is not None and link.ignore_button.text() == "This is not a link…"
    assert "2,000 characters" in window.status.counter.text()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_alt_keys_of_the_window_are_unique(language, qapp, qtbot, tmp_path) -> None:
    """Alt+letter reaches one menu or field: a translation must not give two the same."""
    before = QLocale()
    loaded = install_translators(qapp, language)
    try:
        window = make_window(qtbot, tmp_path)
        texts = [menu.title() for menu in window.menuBar().findChildren(QMenu)
                 if menu.parent() is window.menuBar() and menu.menuAction().isVisible()]
        texts += [label.text() for label in window.findChildren(QLabel)
                  if label.buddy() is not None and label.isVisible()]
        texts += [button.text() for button in window.findChildren(QAbstractButton)
                  if button.isVisible() and not isinstance(button, QToolButton)]
        letters = [letter for letter in map(_mnemonic, texts) if letter]
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        assert not clashes, [t for t in texts if _mnemonic(t) in clashes]
    finally:
        for translator in loaded:
            QApplication.removeTranslator(translator)
        qapp.setProperty(SETTING, "en")
        QLocale.setDefault(before)
