"""A pseudo-language: every translated string 40 % longer and accented.

German and French run about a third longer than English. The main window is rendered at
1024×700 with such strings: its parts must still fit (no horizontal scroll bar, no label
narrower than its text, the window no wider than the screen).
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from composer.message.header import Header
from tests.uihelpers import make_window

ROOT = Path(__file__).resolve().parents[1]
ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíöüýÅÉÎÖÜÝçñšž")
# Placeholders, markup, Qt's %n, %Ln and %1 and the shortcut marker stay as they are.
KEEP = re.compile(r"(\{[^}]*\}|<[^>]*>|%L?n|%\d|&\w|&amp;)")


def pseudo(text: str) -> str:
    """``text`` accented, with filler that makes it 40 % longer."""
    parts = KEEP.split(text)
    said = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    filler = "ẍ" * max(1, math.ceil(len(text) * 0.4) - 1)
    # In words of five letters, as a real language has them: a label may wrap between them.
    return said + " " + " ".join(filler[n:n + 5] for n in range(0, len(filler), 5))


def pseudo_qm(folder: Path) -> Path:
    """A .qm whose every message (from the German .ts's sources) is pseudo-translated."""
    from tests.test_ui_language import _script

    tree = ET.parse(ROOT / "translations" / "seller_composer_de.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = pseudo(source)
        if not forms:
            translation.text = pseudo(source)
        translation.attrib.pop("type", None)
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([_script()._tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@pytest.fixture
def pseudo_language(qapp, tmp_path):
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_qm(tmp_path)))
    QApplication.installTranslator(translator)
    yield
    QApplication.removeTranslator(translator)


def test_pseudo_strings_keep_their_placeholders() -> None:
    said = pseudo("{used} / {limit} characters: %n <b>Save</b> &File")
    assert "{used}" in said and "{limit}" in said and "%n" in said and "<b>" in said
    assert "&F" in said and "ç" in said
    assert len(said) >= 1.4 * len("{used} / {limit} characters: %n <b>Save</b> &File")


def test_the_main_window_fits_1024_by_700_in_a_longer_language(pseudo_language, qtbot,
                                                               tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.new_action.text().endswith("ẍ")  # the pseudo-language is in use
    window.load_sample(Header(order_id="302-1234567-1234567", buyer_language="en"),
                       "<p>Hello,</p><p>Please visit www.myshop.com for more offers.</p>")
    window.resize(1024, 700)
    window.check_now()
    for _ in range(3):
        qtbot.wait(20)
    assert window.width() <= 1024
    panel = window.findings_panel
    assert panel.cards, "the link should give a card"
    assert not panel.scroll.horizontalScrollBar().isVisible()
    assert all(card.width() <= panel.scroll.viewport().width() for card in panel.cards)
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.window() is not window:
            continue
        assert label.width() >= label.minimumSizeHint().width(), label.text()
    # The export bar may show icons alone on a narrow window, never a button cut off.
    for button in window.export.bar.buttons.values():
        if button.isVisible():
            assert button.width() >= button.minimumSizeHint().width()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_headers_long_warnings_fit_in_a_longer_language(pseudo_language, qapp, qtbot,
                                                            tmp_path, size) -> None:
    """The core's header warnings in German (long words) under pseudo-translated labels:
    two lines at most under their field, the whole text on hover, nothing wider."""
    from composer.ui.fieldmessage import MAX_LINES
    from composer.ui.translations import SETTING

    qapp.setProperty(SETTING, "de")  # the core's words in German, Qt's in the pseudo-language
    try:
        window = make_window(qtbot, tmp_path)
        window.resize(*size)
        header = window.header
        header.to.setText("kunde@gmail.com")
        header.order_id.setText("113-456")
        header.subject.setText("[Important] Ihre Lieferung")
        for key in ("to", "order_id", "subject"):
            header._validate(key)
        for _ in range(3):
            qtbot.wait(20)
        assert window.width() <= size[0]
        for key in ("to", "order_id", "subject"):
            message = header.messages[key]
            assert message.isVisible() and message.full_text.startswith(("✖ ", "⚠ "))
            assert "Amazon" in message.full_text  # German words from the core, not English
            assert message.width() <= header.width()
            lines = message.fontMetrics().boundingRect(
                0, 0, message.contentsRect().width(), 10_000,
                int(message.alignment()) | 0x1000, message.text()).height()
            assert lines <= MAX_LINES * message.fontMetrics().lineSpacing() + 2
            if message.text() != message.full_text:
                assert message.toolTip() == message.full_text
        assert "Bestellnummer" in header.messages["order_id"].full_text
    finally:
        qapp.setProperty(SETTING, "en")


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_help_pages_fit_in_each_language(pseudo_language, qapp, qtbot, size,
                                             language) -> None:
    """The translated guide and shortcut table wrap inside the Help window: no sideways
    scrolling at either size (the frame's words are pseudo-translated)."""
    from composer.ui.helpdialog import HelpDialog
    from composer.ui.translations import SETTING

    qapp.setProperty(SETTING, language)
    try:
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        dialog.resize(*size)
        for page in ("guide", "shortcuts"):
            dialog.show_page(page)
            qtbot.waitExposed(dialog)
            qtbot.wait(20)
            browser = dialog.browsers[page]
            assert not browser.toPlainText().startswith(("Seller Composer in five",
                                                         "Keyboard shortcuts"))
            assert not browser.horizontalScrollBar().isVisible(), (language, page, size)
        assert dialog.width() <= size[0]
    finally:
        qapp.setProperty(SETTING, "en")
