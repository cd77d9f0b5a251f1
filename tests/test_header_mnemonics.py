"""Alt+letter on a header label moves the focus into its field, in every language.

The README's keyboard table lists Alt+T, Alt+O, Alt+Y, Alt+D, Alt+S and Alt+L; a
translation brings its own letters, and each one must reach its field, and only it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QToolButton

from composer.message.messagetypes import REPLY
from tests.uihelpers import app_language, make_window

README_KEYS = {"t": "to", "o": "order_id", "y": "message_type", "d": "order_date",
               "s": "subject", "l": "language"}


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _focus_target(widget):
    return widget.focusProxy() or widget


def _press(qtbot, window, text: str) -> None:
    """Alt and the label's letter, typed from the message editor."""
    window.compose.editor.setFocus()
    QApplication.processEvents()
    combination = QKeySequence.mnemonic(text)[0]
    qtbot.keyClick(QApplication.focusWidget() or window, combination.key(),
                   combination.keyboardModifiers())
    QApplication.processEvents()


def test_readme_alt_keys_reach_their_fields_in_english(qapp, qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    window.activateWindow()
    for letter, key in README_KEYS.items():
        _press(qtbot, window, f"&{letter}")
        field = getattr(window.header, key)
        focus = QApplication.focusWidget()
        assert focus is _focus_target(field) or field.isAncestorOf(focus), (letter, key, focus)


@pytest.mark.parametrize("reply", [False, True])
@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_every_header_alt_key_reaches_its_field(language, reply, qapp, qtbot,
                                                tmp_path) -> None:
    """No two visible controls share a letter; each header label's letter reaches its field
    (in a reply too, with "Buyer wrote at" and "Just now" showing)."""
    with app_language(qapp, language):
        window = make_window(qtbot, tmp_path)
        window.activateWindow()
        if reply:
            header = window.header
            header.message_type.setCurrentIndex(header.message_type.findData(REPLY))
            assert header.reply_row.isVisible()
        texts = [menu.title() for menu in window.menuBar().findChildren(QMenu)
                 if menu.parent() is window.menuBar() and menu.menuAction().isVisible()]
        texts += [b.text() for b in window.findChildren(QAbstractButton)
                  if b.isVisible() and not isinstance(b, QToolButton)]
        labels = [cell.label for cell in window.header.cells if cell.label.isVisible()]
        texts += [label.text() for label in window.findChildren(QLabel)
                  if label.buddy() is not None and label.isVisible()]
        letters = [letter for letter in map(_letter, texts) if letter]
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        assert not clashes, [t for t in texts if _letter(t) in clashes]
        for label in labels:
            _press(qtbot, window, label.text())
            focus = QApplication.focusWidget()
            field = label.buddy()
            cell = next(c for c in window.header.cells if c.label is label)
            assert focus is not None and (focus is _focus_target(field)
                                          or cell.field.isAncestorOf(focus)
                                          or focus is cell.field), (label.text(), focus)
