"""The interface language: Qt's translation files, start-up translators, the Settings row."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox

from composer.appdata.settings import Settings, SettingsError
from composer.ui.translations import (
    app_language,
    catalog_for,
    install_translators,
    qm_path,
)

ROOT = Path(__file__).resolve().parents[1]


def _script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations_script",
                                                  ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_lupdate_finds_no_unfinished_string_in_any_language() -> None:
    """CI's gate: a new self.tr() text fails here until it is translated in all four."""
    gaps = _script().check()
    assert set(gaps) == {"de", "fr", "es", "it"}
    assert gaps == {"de": [], "fr": [], "es": [], "it": []}


def test_an_unfinished_string_is_named(tmp_path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
                  '<context><name>Panel</name>'
                  '<message><source>Done</source><translation>Fertig</translation></message>'
                  '<message><source>Send</source><translation type="unfinished"/></message>'
                  '</context></TS>', encoding="utf-8")
    assert _script().unfinished(ts) == ["Panel: Send"]


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_the_shipped_qm_translates_the_settings_row(qapp, language) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_path(language)))
    said = translator.translate("LanguageChoice", "Language of the app")
    assert said and said != "Language of the app"


def test_every_ts_names_its_language() -> None:
    for language in ("de", "fr", "es", "it"):
        root = ET.parse(ROOT / "translations" / f"seller_composer_{language}.ts").getroot()
        assert root.get("language") == language


@pytest.mark.parametrize(("chosen", "system", "expected"), [
    ("", "de_DE", "de"), ("fr", "de_DE", "fr"), ("", "pt_BR", "en"), (None, "it_IT", "it"),
    ("", "C", "en"),
])
def test_the_app_language_is_the_setting_else_the_system(chosen, system, expected) -> None:
    assert app_language(chosen, system) == expected


def test_start_up_installs_the_apps_and_qts_german(qapp) -> None:
    translators = install_translators(qapp, "de")
    try:
        assert len(translators) == 2  # qtbase_de and seller_composer_de
        assert QCoreApplication.translate("LanguageChoice", "System") == "System"
        assert QCoreApplication.translate("LanguageChoice", "Language of the app") == (
            "Sprache der App")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
    assert install_translators(qapp, "en") == []


def test_the_ui_catalog_writes_numbers_and_dates_with_qlocale(qapp) -> None:
    catalog = catalog_for("de")
    text = ("You already asked the buyer of this order for a review on 20 Nov 2026. Amazon "
            "allows one review or feedback request per order, and a second one can cost you "
            "messaging. Remove this request.")
    assert "am 20.11.26 schon" in catalog.say(text)
    over = ("This message has 2,345 characters; “Arrange delivery” allows 2,000. Shorten it "
            "by 345 characters (the part past the limit is marked).")
    assert "hat 2.345 Zeichen" in catalog.say(over)
    assert catalog_for("en").say(over) == over
    assert date(2026, 11, 20)  # the core stays locale-neutral: it wrote "20 Nov 2026"


def test_the_setting_takes_only_the_offered_languages(tmp_path) -> None:
    settings = Settings(tmp_path)
    assert settings.get("ui_language") == ""
    settings.set("ui_language", "it")
    assert Settings(tmp_path).get("ui_language") == "it"
    with pytest.raises(SettingsError):
        settings.set("ui_language", "pt")


def test_settings_change_the_language_for_the_next_start(qtbot, tmp_path, monkeypatch) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    settings = Settings(tmp_path)
    dialog = SettingsDialog(settings, data_dir=tmp_path)
    qtbot.addWidget(dialog)
    choice = dialog.language
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "System", "English", "Deutsch", "Français", "Español", "Italiano"]
    assert choice.accessibleName() == "Language of the app"
    from composer.ui import languagechoice

    said: list[str] = []

    def later(parent, name: str) -> bool:  # the seller answers "Later"
        said.append(name)
        return False

    monkeypatch.setattr(languagechoice, "ask_restart", later)
    saved: list[bool] = []
    choice.setCurrentIndex(choice.findData("fr"))
    assert choice.apply(lambda: saved.append(True)) is True
    assert settings.get("ui_language") == "fr"
    assert saved == [True]
    assert said == ["Français"]
    assert choice.apply() is False  # unchanged: no second prompt
    assert len(said) == 1


def test_the_dialog_saves_the_open_draft_before_the_prompt(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from composer.ui.settingsdialog import SettingsDialog

    class Window(QWidget):
        saves = 0

        def save_now(self) -> None:
            Window.saves += 1

    window = Window()
    qtbot.addWidget(window)
    from composer.ui import languagechoice

    monkeypatch.setattr(languagechoice, "ask_restart", lambda *args: False)
    dialog = SettingsDialog(Settings(tmp_path), window, data_dir=tmp_path)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert Window.saves == 1
    assert Settings(tmp_path).get("ui_language") == "de"


# ----------------------------------------------- the windows around the open message, in German


@pytest.fixture
def german(qapp):
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


# --- the message's own flow (export, send, ignore, spelling, editor, lists) -----------------

@pytest.fixture
def in_language(qapp):
    """Start the app's translators for a language; English again afterwards."""
    installed: list[QTranslator] = []

    def start(language: str) -> None:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed[:] = install_translators(qapp, language)

    yield start
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def test_settings_speak_german_on_every_tab(german, qtbot, tmp_path) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    dialog = SettingsDialog(Settings(tmp_path), data_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == [
        "&Allgemein", "&Senden", "&Empfangen"]
    assert dialog.editors["business_name"].accessibleName() == "Firmenname"
    assert dialog.import_button.text() == "Aus dem Bestellbericht von Amazon &importieren…"
    assert dialog.sending.test_button.text() == "Verbindung &testen"
    assert dialog.sending.keep_days.suffix() == " Tage"
    assert dialog.receiving.folder.accessibleName() == "Ordner"
    assert "Schlüsselbund" in dialog.sending.where.text() or "Passwort" in (
        dialog.sending.where.text())


def test_the_sent_log_counts_in_german_and_in_english(qtbot, tmp_path, qapp) -> None:
    from datetime import datetime, timezone

    from composer.store import open_store
    from composer.store.records import SentRecord
    from composer.ui.sentlogview import SentLogDialog

    store = open_store(tmp_path)
    store.record_sent(SentRecord(sent_at=datetime(2026, 11, 3, 15, 22, tzinfo=timezone.utc),
                                 route="seller-central", order_id="113-4567890-1234567",
                                 subject="Ihre Lieferung"))
    english = SentLogDialog(store)
    qtbot.addWidget(english)
    english.refresh()
    assert english.log_count.text() == "1 message"  # no "(s)" without a translation
    translators = install_translators(qapp, "de")
    try:
        dialog = SentLogDialog(store)
        qtbot.addWidget(dialog)
        dialog.refresh()
        assert dialog.windowTitle() == "Versandprotokoll und Postausgang"
        assert dialog.log_table.horizontalHeaderItem(0).text() == "Wann"
        assert dialog.log_table.item(0, 1).text() == "Für Seller Central kopiert"
        assert dialog.log_table.item(0, 0).text().startswith("3. Nov. 2026")
        assert dialog.log_count.text() == "1 Nachricht"
        assert dialog.outbox_note.text() == "Nichts wartet."
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))


def test_buyer_messages_and_their_clocks_speak_german(german, qtbot) -> None:
    from composer.ui.inboxview import BuyerMessagesDialog, duration_words, topic_words

    dialog = BuyerMessagesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Käufernachrichten"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Antwortfrist"
    assert dialog.reply_button.text() == "&Antworten"
    # Alt+A belongs to Antworten: the notices tab takes Alt+V, the lift button Alt+O.
    assert dialog.tabs.tabText(1) == "Mitteilungen &von Amazon"
    assert duration_words(2 * 24 * 60 + 4 * 60) == "2 Tage 4 Std."
    assert duration_words(24 * 60) == "1 Tag"
    assert duration_words(5 * 60 + 20) == "5 Std. 20 Min."
    assert topic_words("return") == "Rücksendeanfrage"


def _mnemonics(widget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter a widget's buttons, tabs and buddy labels offer."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QTabWidget

    texts = [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy()]
    texts += [tabs.tabText(i) for tabs in widget.findChildren(QTabWidget)
              for i in range(tabs.count())]
    found = (re.search(r"&([^&\s])", text.replace("&&", "")) for text in texts)
    return [(m.group(1).lower(), text) for m, text in zip(found, texts, strict=True) if m]


def _collisions(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in pairs:
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["de", "fr"])
def test_no_two_controls_share_an_alt_letter_in_a_dialog(in_language, language, qtbot,
                                                          tmp_path) -> None:
    """A translated accelerator must not take a letter another control of the dialog uses."""
    from composer.ui.inboxview import BuyerMessagesDialog
    from composer.ui.settingsdialog import SettingsDialog

    in_language(language)
    inbox = BuyerMessagesDialog()
    qtbot.addWidget(inbox)
    assert _collisions(_mnemonics(inbox)) == {}
    settings = SettingsDialog(Settings(tmp_path), data_dir=tmp_path)
    qtbot.addWidget(settings)
    tabs = [(text[text.index("&") + 1].lower(), text) for text in
            (settings.pages.tabText(i) for i in range(settings.pages.count()))]
    for i in range(settings.pages.count()):
        page = settings.pages.widget(i)
        assert _collisions(tabs + _mnemonics(page)) == {}, settings.pages.tabText(i)


def test_the_order_import_writes_german_numbers_and_days(german, qtbot) -> None:
    from composer.ui.orderimport import OrderImportDialog

    dialog = OrderImportDialog(days=30, today=date(2026, 11, 26), tz=timezone.utc)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Bestellbericht importieren"
    dialog.load(ROOT / "tests" / "data" / "orders" / "all_orders_gb.txt")
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=5000)
    text = dialog.figures.text()
    assert "4,6 Bestellungen pro Tag" in text
    assert "140 Bestellungen vom 27. Okt. 2026 bis 25. Nov. 2026" in text
    assert "6 stornierte Bestellungen nicht mitgezählt." in text


def test_first_run_store_problem_help_and_rules_changes_speak_german(german, qtbot,
                                                                    tmp_path) -> None:
    from composer.store import DB_NAME
    from composer.store.problems import DAMAGED, StoreProblem
    from composer.ui.businessname import BusinessNameDialog
    from composer.ui.helpdialog import HelpDialog
    from composer.ui.ruleschanges import RulesChangesDialog, changes_html
    from composer.ui.storeproblem import QUIT, READ_ONLY, StoreProblemDialog

    first = BusinessNameDialog("shop.com")
    qtbot.addWidget(first)
    assert first.windowTitle() == "Willkommen bei Seller Composer"
    assert "Webadress" in first.warning.text()  # the core's reason, from the German data
    problem = StoreProblemDialog(StoreProblem(DAMAGED, tmp_path / DB_NAME, "disk I/O error"))
    qtbot.addWidget(problem)
    assert problem.buttons[READ_ONLY].text() == "Schreibgeschützt öffnen"
    assert problem.buttons[QUIT].text() == "Beenden"
    help_window = HelpDialog()
    qtbot.addWidget(help_window)
    assert help_window.windowTitle() == "Hilfe"  # the platform adds " — Seller Composer"
    assert help_window.tabs.tabText(1) == "&Tastenkürzel"
    from composer.ui.helpdialog import rules_markdown

    rules = rules_markdown()
    assert rules.startswith("# Regeln") and "## Blockieren das Senden" in rules
    assert "Business name not allowed" not in rules  # the rules' own words, in German
    changes = RulesChangesDialog()
    qtbot.addWidget(changes)
    assert changes.windowTitle() == "Was sich an den Regeln von Amazon geändert hat"
    assert "Quelle: " in changes_html()
def _link_finding():
    from composer.policy.model import Finding

    return Finding(rule="link", severity="block", start=0, end=12, excerpt="www.shop.com",
                   message="A web address.", title="Link")


@pytest.mark.parametrize(("language", "statement", "ignore"), [
    ("de", "Das ist kein Link", "Hier ignorieren"),
    ("fr", "Ce n'est pas un lien", "Ignorer ici"),
    ("es", "No es un enlace", "Ignorar aquí"),
    ("it", "Non è un link", "Ignora qui"),
    ("en", "This is not a link", "Ignore here"),
])
def test_the_ignore_dialog_says_a_whole_sentence(qtbot, in_language, language, statement,
                                                 ignore) -> None:
    """German needs "kein", not "nicht ein": the noun carries the language's own form."""
    from composer.policy.model import Finding
    from composer.ui.ignoredialog import NotADialog

    in_language(language)
    marketing = Finding(rule="marketing", severity="block", start=0, end=5, excerpt="Sale!",
                        message="Marketing.", title="Marketing")
    dialog = NotADialog([_link_finding(), marketing], "www.shop.com", None)
    qtbot.addWidget(dialog)
    assert dialog.boxes[0].text() == statement
    assert dialog.ignore_button.text() == ignore
    if language == "de":
        assert dialog.boxes[1].text() == "Das ist keine Werbung"
        assert dialog.windowTitle() == "Diese Wörter so senden?"
        assert dialog.keep_button.text() == "Weiter prüfen"
        assert "Wenn Amazons Prüfung diese Wörter als Webadresse liest" in dialog.findChildren(
            QLabel)[1].text()


def test_the_type_and_language_lists_speak_german(qtbot, tmp_path, in_language) -> None:
    from tests.uihelpers import make_window

    in_language("de")
    window = make_window(qtbot, tmp_path)
    types = window.header.message_type
    row = types.findData("confirmDeliveryDetails")
    assert types.itemText(row) == "Lieferung vereinbaren"
    assert types.itemData(row, 257) == "keine Dateien"  # the note beside it in the open list
    assert types.itemData(types.findData("reply"), 257) == "bis zu 5 Dateien"
    assert types.itemData(row, 3).endswith("Nimmt keine Dateien an.")
    languages = window.header.language
    assert [languages.itemText(i) for i in range(languages.count())] == [
        "Englisch (English)", "Deutsch", "Französisch (Français)", "Spanisch (Español)",
        "Italienisch (Italiano)"]
    assert window.editor.placeholderText() == "Schreiben Sie hier Ihre Nachricht an den Käufer…"
    from composer.ui.typefiles import refusal

    assert refusal("confirmDeliveryDetails") == (
        "Nachrichten vom Typ „Lieferung vereinbaren“ nehmen keine Dateien an. Um eine Datei "
        "anzuhängen, wählen Sie einen Typ, der Dateien annimmt, etwa „Rechnung“ oder "
        "„Garantieinformationen“.")


def test_the_export_confirmation_speaks_german(qtbot, tmp_path, in_language) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from composer.ui.exportflow import files_reminder
    from tests.uihelpers import make_window

    in_language("de")
    window = make_window(qtbot, tmp_path)
    seen: dict[str, object] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        box.reject()

    QTimer.singleShot(0, look)
    assert window.export._confirm("seller-central", ["Eins", "Zwei"]) is False
    assert seen["title"] == "Erst prüfen"
    # The heading counts what the badge counts (an empty draft has nothing to count).
    assert str(seen["text"]).startswith("Bitte zuerst ansehen.")
    assert seen["buttons"] == ["Trotzdem kopieren", "Zurück zum Bearbeiten"]
    assert files_reminder("seller-central", ["Rechnung.pdf"]) == (
        "In der Zwischenablage ist nur der Text: Fügen Sie „Rechnung.pdf“ selbst in Seller "
        "Central hinzu („Käufer kontaktieren“ › „Anhang hinzufügen“).")


def test_the_spelling_menu_find_bar_and_buyers_view_speak_german(qtbot, in_language) -> None:
    from PySide6.QtWidgets import QMenu

    from composer.policy.model import Finding
    from composer.ui.buyerview import BuyerView
    from composer.ui.editor import ComposerEdit
    from composer.ui.findbar import FindBar
    from composer.ui.spellmenu import SpellingActions

    in_language("de")
    editor = ComposerEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("Danke fur Ihre Bestellung. Danke!")
    menu = QMenu(editor)
    word = Finding(rule="spelling", severity="note", start=6, end=9, excerpt="fur",
                   message="", title="")
    actions = SpellingActions(editor, menu, word, None)
    assert actions.add_word.text() == "„fur“ zum Wörterbuch hinzufügen"
    assert actions.ignore.text() == "Hier ignorieren"
    assert actions.placeholder.text() == "Keine Vorschläge"
    bar = FindBar(editor)
    qtbot.addWidget(bar)
    bar.field.setText("Danke")
    assert bar.count.text() == "2 Treffer"
    bar.field.setText("Rücksendung")
    assert bar.count.text() == "Nicht gefunden"
    view = BuyerView()
    qtbot.addWidget(view)
    view.show_subject("")
    assert view.subject.text() == "Betreff: (noch keiner: oben unter „Betreff“ eintragen)"
    view._set_removed_title(1200)
    assert view.removed_toggle.text() == "Nicht mitgesendet (1.200)"  # QLocale's grouping


def test_the_template_picker_speaks_german(qtbot, tmp_path, in_language) -> None:
    from composer.store import open_store
    from composer.ui.templatepicker import TemplatePicker

    in_language("de")
    picker = TemplatePicker(open_store(tmp_path), "de")
    qtbot.addWidget(picker)
    assert picker.windowTitle() == "Neu aus einer Vorlage"
    groups = [picker.tree.topLevelItem(i).text(0) for i in range(picker.tree.topLevelItemCount())]
    assert "Deutsch – Sprache des Käufers" in groups and "Französisch (Français)" in groups
    shown = picker.preview.toPlainText()
    assert "Typ:" in shown and "Sprache: Deutsch" in shown
    # The template's advice to the seller (the same English note in every template file).
    assert "Nur senden, wenn die Bestellung wirklich nicht wie zugesagt ankommt" in shown


def test_english_counts_read_right_without_a_translation(qapp) -> None:
    from composer.ui.translations import plural_s

    assert plural_s("Put it in (%n place(s)).".replace("%n", "1"), 1) == "Put it in (1 place)."
    assert plural_s("up to 5 file(s)", 5) == "up to 5 files"




def test_the_header_warns_in_the_app_language(qtbot, qapp, tmp_path) -> None:
    """The field warnings come from the core in the app's language, placeholders from tr()."""
    from PySide6.QtWidgets import QApplication

    from composer.ui.translations import SETTING
    from tests.uihelpers import make_window

    before = QLocale()
    loaded = install_translators(qapp, "de")
    try:
        window = make_window(qtbot, tmp_path)
        header = window.header
        assert header.to.placeholderText().startswith("Alias des Käufers, z. B. ")
        assert header.order_id.placeholderText() == "z. B. 113-4567890-1234567"
        header.order_id.setText("113-456")
        header._validate("order_id")
        shown = header.messages["order_id"].full_text
        assert shown.startswith("✖ Eine Amazon-Bestellnummer hat 17 Ziffern")
        assert shown.endswith("Diese hat 6 Ziffern.")
        header.to.setText("kunde@gmail.com")
        header._validate("to")
        assert "ist keine Käuferadresse von Amazon" in header.messages["to"].full_text
    finally:
        for translator in loaded:
            QApplication.removeTranslator(translator)
        qapp.setProperty(SETTING, "en")
        QLocale.setDefault(before)


def test_the_help_window_shows_the_guide_in_the_app_language(qtbot, qapp) -> None:
    from composer.ui.helpdialog import HelpDialog, page_markdown
    from composer.ui.translations import SETTING

    qapp.setProperty(SETTING, "de")
    try:
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        assert dialog.browsers["guide"].toPlainText().startswith(
            "Seller Composer in fünf Schritten")
        assert "Strg+Umschalt+B" in dialog.browsers["shortcuts"].toPlainText()
    finally:
        qapp.setProperty(SETTING, "en")
    assert page_markdown("guide").startswith("# Seller Composer in five steps")
