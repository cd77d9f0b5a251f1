"""The core's own sentences (header, mail, store, clock, sending, mailbox, import) per language.

They live in ``resources/messages/*.json``; a function that writes to the seller takes the
language, English by default, and English can be said again through the catalogue
(``Catalog.say``) by the front end that shows it. No Qt here.
"""

from __future__ import annotations

import smtplib
import socket
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from composer.cli import main
from composer.clock.orderreport import OrderReportError, average_orders, parse_orders
from composer.clock.quota import QuotaStatus, before_sending
from composer.commands.language import SayingStream, catalog_for
from composer.export.smtp import SmtpConfig, classify
from composer.inbox.importing import ImportReport
from composer.inbox.mailbox import CheckResult
from composer.message.header import Header, check_alias, check_order_id, problems
from composer.store.errors import DraftNotFoundError
from composer.store.problems import DAMAGED, StoreProblem
from composer.store.salvage import RepairReport
from composer.words import Words, number

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
TODAY = date(2026, 11, 20)


def test_the_header_speaks_the_language_it_is_given() -> None:
    header = Header(to="abc@gmail.com", order_id="113-456", order_date=date(2026, 12, 1),
                    subject="x" * 201)
    english = problems(header, TODAY, NOW)
    german = problems(header, TODAY, NOW, "de")
    assert set(english) == set(german) == {"to", "order_id", "order_date", "subject"}
    assert german["order_id"].text.endswith("Diese hat 6 Ziffern.")
    assert german["order_date"].text.startswith("Das Bestelldatum liegt in der Zukunft.")
    assert german["to"].text.startswith("„gmail.com“ ist keine Käuferadresse von Amazon.")
    assert german["subject"].text.startswith("Der Betreff ist 201 Zeichen lang.")
    assert english["order_id"].text.endswith("This one has 6 digits.")  # English by default
    assert [p.blocking for p in german.values()] == [p.blocking for p in english.values()]


def test_plural_forms_follow_the_language() -> None:
    assert check_order_id("1", "en").text.endswith("This one has 1 digit.")
    assert check_order_id("1", "es").text.endswith("Este tiene 1 cifra.")
    assert check_order_id("12", "es").text.endswith("Este tiene 2 cifras.")
    assert check_order_id("12", "fr").text.endswith("Celui-ci en compte 2.")


def test_an_address_problem_is_one_sentence_in_the_language() -> None:
    problem = check_alias("a@b@marketplace.amazon.de", "it")
    assert problem is not None and problem.blocking
    assert problem.text.startswith("L'indirizzo dell'acquirente contiene più di un indirizzo.")
    assert "Seller Central" in problem.text


def test_a_missing_translation_falls_back_to_english(monkeypatch) -> None:
    import composer.words as words_module

    monkeypatch.setattr(words_module, "_said", lambda language, name: {})
    assert Words("header", "de")("order_date_future").startswith("The order date is in")
    assert Words("header", "xx")("order_date_future").startswith("The order date is in")


def test_numbers_are_grouped_the_languages_way() -> None:
    assert [number(12345, lang) for lang in ("en", "de", "fr", "es", "it")] == [
        "12,345", "12.345", "12\u202f345", "12.345", "12.345"]


def test_the_daily_limit_warning_in_french() -> None:
    status = QuotaStatus(limit=1_100, used=1_099, left=1, orders=100.0, level="near")
    check = before_sending(status, language="fr")
    assert check.gate == "warn"
    assert check.message.startswith("C'est votre dernier message aujourd'hui : 1\u202f100 sur")
    assert before_sending(status).message.startswith("This is your last message today: 1,100")


def test_store_problems_in_the_apps_language() -> None:
    problem = StoreProblem(DAMAGED, Path("/data/drafts.db"))
    french = problem.in_language("fr")
    assert french == problem  # the same problem, only said otherwise
    assert french.headline == "Votre fichier de brouillons est endommagé"
    assert french.words.repair_label == "Faire une copie réparée"
    assert french.line() == ("le fichier des brouillons est endommagé : /data/drafts.db. "
                             "Ouvrez Seller Composer pour faire une copie réparée ; "
                             "l'original est conservé.")
    assert problem.headline == "Your drafts file is damaged"
    report = RepairReport(Path("/data/drafts-damaged.db"), {"drafts": 3, "outbox": 1},
                          "recover")
    assert report.summary("de").startswith(
        "Die reparierte Kopie enthält 3 Entwürfe und 1 Nachricht im Postausgang.")


@pytest.mark.parametrize(("error", "german"), [
    (smtplib.SMTPAuthenticationError(535, b"no"), "Der Mailserver hat Ihren Benutzernamen"),
    (socket.gaierror("x"), "Der Mailserver „smtp.example.de“ wurde nicht gefunden."),
    (ConnectionRefusedError(), "Der Mailserver smtp.example.de hat die Verbindung an Port "
                               "587 abgelehnt."),
])
def test_sending_errors_are_english_and_said_in_german(error, german) -> None:
    sent = classify(error, SmtpConfig("smtp.example.de", 587))
    assert str(sent).startswith("The mail server")
    assert catalog_for("de").say(str(sent)).startswith(german)


def test_mailbox_and_import_lines_are_said_with_their_plural() -> None:
    result = CheckResult()
    result.report.added = [("a", 1), ("b", 2)]
    result.problem = ("The connection to your mail server (imap.example.fr) was lost; you can "
                      "keep working and check again later.")
    said = catalog_for("fr").say(result.line())
    assert said.startswith("La connexion à votre serveur de messagerie (imap.example.fr)")
    assert said.endswith("2 nouveaux e-mails ont été conservés.")
    report = ImportReport(added=[("x", 1)], refused=[
        ("mail.eml", "This e-mail has no readable date, so the 24-hour reply clock could not "
                     "start from it.")])
    assert report.lines(catalog_for("es").say) == [
        "mail.eml: Este correo no tiene una fecha legible, así que el plazo de respuesta de "
        "24 horas no ha podido empezar a contar.",
        "Se ha importado 1 correo de Amazon."]


def test_order_report_problems_keep_the_column_names() -> None:
    with pytest.raises(OrderReportError) as caught:
        parse_orders("amazon-order-id\tpurchase-date\n111-1111111-1111111\n")
    said = catalog_for("it").say(str(caught.value))
    assert said.startswith("La riga 2 ha solo 1 colonna, quindi manca la colonna "
                           "«purchase-date» (colonna 2).")
    notes = average_orders([], TODAY, 30).notes
    assert catalog_for("de").say(notes[0]) == "Der Bericht enthält keine Bestellungen."


def test_the_store_errors_read_back_in_each_language() -> None:
    text = str(DraftNotFoundError(12))
    for language in ("de", "fr", "es", "it"):
        said = catalog_for(language).say(text)
        assert said != text and "12" in said


def test_the_command_lines_refusals_follow_lang(tmp_path, capsys) -> None:
    """Standard error speaks --lang; the same refusal in English without it."""
    missing = tmp_path / "nowhere.eml"
    assert main(["inbox", "import", "--lang", "de", "--data-dir", str(tmp_path),
                 str(missing)]) == 2
    german = capsys.readouterr().err
    assert "existiert nicht" in german and str(missing) in german
    assert main(["inbox", "import", "--data-dir", str(tmp_path), str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_the_saying_stream_keeps_the_program_name_and_unknown_lines() -> None:
    class Sink:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

    sink = Sink()
    stream = SayingStream(sink, "fr")
    stream.write("seller-composer inbox: Not connected to your mail server.\nno such ")
    stream.write("thing\n")
    stream.flush()
    assert sink.text == ("seller-composer inbox: Pas de connexion à votre serveur de "
                         "messagerie.\nno such thing\n")


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_the_help_pages_exist_in_each_language_and_keep_their_shape(language) -> None:
    import re

    from composer.appdata.resources import localised_path, resource_path

    for page in ("guide", "shortcuts"):
        english = resource_path("help", f"{page}.md").read_text(encoding="utf-8")
        path = localised_path(language, "help", f"{page}.md")
        assert path.parent.parent.name == language, f"{language}/{page}.md is missing"
        said = path.read_text(encoding="utf-8")
        assert said != english
        # The same placeholders, the same number of table rows and list items.
        assert set(re.findall(r"`\{[^}`]*\}`", said)) == set(re.findall(r"`\{[^}`]*\}`",
                                                                       english))
        for mark in (r"^\| ", r"^\d\. ", r"^   - "):
            assert len(re.findall(mark, said, re.M)) == len(re.findall(mark, english, re.M))
        if page == "shortcuts":  # function keys are the same on every keyboard
            assert all(key in said for key in ("F1", "F2", "F5", "+F10", "+/"))


def test_a_help_page_falls_back_to_english() -> None:
    from composer.appdata.resources import localised_path, resource_path

    assert localised_path("en", "help", "guide.md") == resource_path("help", "guide.md")
    assert localised_path("pt", "help", "guide.md") == resource_path("help", "guide.md")


def test_the_reply_clock_speaks_the_language() -> None:
    from datetime import timedelta

    from composer.clock.replyclock import reply_clock

    late = reply_clock(NOW - timedelta(hours=26), NOW)
    assert late.text == "✖ Late by 2 h"
    assert late.words("de") == "✖ 2 Std. überfällig"
    assert late.short_words("it") == "✖ in ritardo"
    soon = reply_clock(NOW - timedelta(hours=21, minutes=30), NOW)
    assert soon.words("fr") == "⚠ Encore 2 h 30 min pour répondre"
    long_ago = reply_clock(NOW - timedelta(days=3), NOW)
    assert long_ago.words("es") == "✖ Con 2 días de retraso"


def test_what_cleaning_left_out_is_said_in_the_language() -> None:
    from composer.export.removalwords import removal_words
    from composer.sanitize import Removal

    style = Removal("attribute", "style", 2, 'style="color: #00aa00; font-size: 14pt"')
    assert removal_words(style).startswith("A green text colour, a text size of 14pt (2 times)")
    assert removal_words(style, "fr").startswith(
        "Une couleur de texte verte, une taille de texte de 14pt (2 fois) : les mots restent")
    table = Removal("tag", "table", 1, "<table>")
    assert removal_words(table, "de") == "Eine Tabelle (einmal): Die Wörter bleiben"
    assert removal_words(Removal("comment", "comment", 1, "<!-- -->"), "it") == (
        "Una nota nascosta nella pagina (una volta)")
