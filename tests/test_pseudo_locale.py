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


# --- the message's own flow: its dialogs and the editor's bars, at two screen sizes ----------
SCREENS = [(1024, 700), (1280, 800)]


def _fits(widget, width: int, height: int) -> None:
    """Nothing of ``widget`` is cut off on a ``width``×``height`` screen."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLineEdit

    hint = widget.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, (hint, widget)
    assert widget.width() <= width and widget.height() <= height
    for label in widget.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text():
            assert label.width() >= label.minimumSizeHint().width(), label.text()
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    for area in widget.findChildren(QAbstractScrollArea):
        if area.isVisible() and not isinstance(area, QLineEdit):
            assert not area.horizontalScrollBar().isVisible(), area


def _shown(qtbot, dialog, width: int, height: int):
    qtbot.addWidget(dialog)
    size = dialog.sizeHint()
    dialog.resize(min(size.width(), width), min(size.height(), height))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)
    return dialog


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_ignore_dialog_fits_in_a_longer_language(pseudo_language, qtbot, width,
                                                     height) -> None:
    from composer.policy.model import Finding
    from composer.ui.ignoredialog import NotADialog

    findings = [Finding(rule=rule, severity="block", start=0, end=4, excerpt="word",
                        message="", title="") for rule in
                ("link", "off-amazon", "review-manipulation", "repeat-request")]
    dialog = _shown(qtbot, NotADialog(findings, "www.myshop.com " * 12), width, height)
    assert dialog.ignore_button.text().endswith("ẍ")
    _fits(dialog, width, height)


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_template_dialogs_fit_in_a_longer_language(pseudo_language, qtbot, tmp_path,
                                                       width, height) -> None:
    from composer.store import open_store
    from composer.ui.templatepicker import TemplateEditor, TemplatePicker

    store = open_store(tmp_path)
    store.create_template("Delivery update", "Hello {buyer_name},\n\nYour parcel is on its way.",
                          language="en", subject="Your order {order_id}")
    picker = _shown(qtbot, TemplatePicker(store, "en"), width, height)
    assert picker.windowTitle().endswith("ẍ")
    _fits(picker, width, height)
    editor = _shown(qtbot, TemplateEditor(store.list_templates()[0]), width, height)
    _fits(editor, width, height)


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_export_confirmation_fits_in_a_longer_language(pseudo_language, qtbot, tmp_path,
                                                           width, height) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    window = make_window(qtbot, tmp_path)
    window.resize(width, height)
    seen: list[QMessageBox] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        _fits(box, width, height)
        box.reject()

    QTimer.singleShot(50, look)
    lines = ["The subject: it reads like a question about a review, reword it."] * 3
    window.export._confirm("seller-central", lines)
    assert seen and seen[0].windowTitle().endswith("ẍ")


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_find_bar_and_buyers_view_fit_in_a_longer_language(pseudo_language, qtbot,
                                                                tmp_path, width,
                                                                height) -> None:
    window = make_window(qtbot, tmp_path)
    window.load_sample(Header(order_id="302-1234567-1234567", buyer_language="en"),
                       "<p>Hello,</p><p>Your parcel left today.</p>")
    window.resize(width, height)
    window.extras.open_find()
    bar = window.extras.find_bar
    bar.field.setText("parcel")
    qtbot.wait(20)
    assert window.width() <= width
    assert bar.next_button.text().endswith("ẍ")
    for button in (bar.previous_button, bar.next_button):
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    assert bar.count.width() >= bar.count.minimumSizeHint().width()
    window.tabs.setCurrentIndex(1)
    view = window.buyer_view
    view.show_subject("")
    view.refresh()
    qtbot.wait(50)
    for button in (view.formatted_button, view.plain_button, view.removed_toggle):
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    assert not view.browser.horizontalScrollBar().isVisible()


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
