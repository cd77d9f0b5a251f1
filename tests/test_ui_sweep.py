"""The German sweep: no English left in the main window, Settings and buyer messages.

Every text the windows show or say (tests/sweep.py reads them) is checked for English
words; names that stay the same in every language (Seller Central, Amazon, file names,
e-mail addresses) are allowed.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from composer.appdata.settings import Settings
from composer.message.header import Header
from composer.ui.translations import SETTING, install_translators
from tests.sweep import english_left, is_english, texts
from tests.uihelpers import check_now, make_window

FOUND_A_LINK = "<p>Hallo,</p><p>danke! Besuchen Sie www.meinshop.de.</p><p>Viele Grüße</p>"
CLEAN = "<p>Hallo Herr Meier,</p><p>vielen Dank für Ihre Bestellung.</p><p>Viele Grüße</p>"


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


@pytest.mark.parametrize(("text", "english"), [
    ("0 of 10 MB", True),
    ("302-1234567-1234567 · Reply to a buyer's message · just now", True),
    ("Hinweis: Add the buyer's Amazon address (…@marketplace.amazon.…) in “To”.", True),
    ("0 von 10 MB", False),
    ("Für Seller Central kopieren", False),
    ("Alles, was Sie kopiert, gespeichert oder gesendet haben", False),
    ("you@yourshop.com", False),
    ("America/New_York", False),
    ("Seller Central", False),
])
def test_the_sweep_tells_english_from_german(text, english) -> None:
    assert is_english(text) is english


@pytest.mark.parametrize("message", [FOUND_A_LINK, CLEAN])
def test_the_main_window_shows_no_english(german, qtbot, tmp_path, message) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(order_id="302-1234567-1234567", buyer_language="de"), message)
    window.check_now()
    qtbot.waitUntil(lambda: window.export.bar.reason.isVisible(), timeout=3000)
    assert english_left(window) == []


def test_settings_show_no_english(german, qtbot, tmp_path) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    dialog = SettingsDialog(Settings(tmp_path), data_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert english_left(dialog) == []


def test_buyer_messages_show_no_english(german, qtbot) -> None:
    from composer.ui.inboxview import BuyerMessagesDialog

    dialog = BuyerMessagesDialog()
    qtbot.addWidget(dialog)
    assert english_left(dialog) == []


def test_attached_files_show_no_english(german, qtbot, tmp_path) -> None:
    from tests.attachment_factory import gps_exif, picture, write_exe, write_image, write_pdf

    window = make_window(qtbot, tmp_path / "data")
    form = window.header
    form.message_type.setCurrentIndex(form.message_type.findData("warranty"))
    window.editor.setPlainText("Hallo, die Garantie für Ihre Bestellung liegt bei.")
    window.compose.files.add([str(write_pdf(tmp_path / "garantie.pdf")),
                              str(write_exe(tmp_path / "handbuch.pdf")),
                              str(write_image(tmp_path / "paket.jpg", picture((300, 200)),
                                              exif=gps_exif()))])
    check_now(qtbot, window)
    assert len(window.attachments_panel.rows) == 3
    assert english_left(window.attachments_panel) == []
    shown = [text for _, text in texts(window.attachments_panel)]
    assert any(re.search(r"\b\d+ Byte\b", text) for text in shown)  # as German writes it
