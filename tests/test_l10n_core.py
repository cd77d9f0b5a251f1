"""The core's words in five languages: complete files, kept {names}, plural forms, no globals.

A rule added to an English file shows up in ``test_no_key_is_missing`` as
"<lang> <file>: <key>" until its translations are added to resources/locale/<lang>/.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import composer.l10n.catalog as catalog_module
from composer.compose.engine import check
from composer.compose.summary import summarise
from composer.l10n.catalog import (
    Catalog,
    english,
    fields,
    languages,
    missing,
    source_files,
    translations,
)
from composer.l10n.plurals import plural_category
from composer.l10n.sayfindings import localise
from composer.policy.model import Finding, Fix, Message

TESTS = Path(__file__).parent
LANGS = ("de", "fr", "es", "it")


def test_the_catalogue_covers_the_seller_texts_of_the_data() -> None:
    files = set(source_files())
    assert {"policy/rules/content.json", "policy/content_messages.json",
            "policy/summary.json", "policy/attachments.json", "messages/core.json"} <= files
    assert "spelling/common_words.json" not in files
    texts = english()
    assert texts["policy/rules/content.json"]["rules.off-amazon.title"] == (
        "Sends the buyer away from Amazon")
    assert "version" not in texts["policy/content_messages.json"]
    assert tuple(languages()) == LANGS


def test_no_key_is_missing() -> None:
    """Every seller text of the data has its translation in every language."""
    report = [f"{lang} {file}: {key}" for lang in LANGS
              for file, keys in missing(lang).items() for key in keys]
    assert report == [], "Missing translations:\n" + "\n".join(report)


def test_the_missing_list_names_a_new_rule_by_file_and_key(monkeypatch) -> None:
    """What another branch's new rule looks like to the test above."""
    grown = {file: dict(texts) for file, texts in english().items()}
    grown["policy/rules/content.json"]["rules.new-rule.title"] = "A new rule"
    monkeypatch.setattr(catalog_module, "english", lambda: grown)
    assert missing("fr") == {"policy/rules/content.json": ["rules.new-rule.title"]}


def test_no_translation_is_left_over_from_a_removed_text() -> None:
    stale = [f"{lang} {file}: {key}" for lang in LANGS
             for file, texts in translations(lang).items()
             for key in texts if key not in english()[file]]
    assert stale == []


def test_each_translation_keeps_the_names_it_fills_in() -> None:
    wrong = [f"{lang} {file}: {key}: {sorted(fields(text))} vs {sorted(fields(said))}"
             for lang in LANGS
             for file, texts in english().items()
             for key, text in texts.items()
             if (said := translations(lang)[file].get(key)) and fields(said) != fields(text)]
    assert wrong == []


# A citation of a file name reads the same in every language.
SAME_EVERYWHERE = {("policy/rules/content.json", "rules.too-long.source")}


def test_translations_are_not_english_left_in_place() -> None:
    """A copied English sentence is not a translation (short names like "Emoji" may match)."""
    copied = [f"{lang} {file}: {key}" for lang in LANGS
              for file, texts in english().items()
              for key, text in texts.items()
              if len(text) > 40 and translations(lang)[file].get(key) == text
              and (file, key) not in SAME_EVERYWHERE]
    assert copied == []


def test_a_missing_key_falls_back_to_english(monkeypatch) -> None:
    partial = {file: {k: v for k, v in texts.items() if k != "badge_ready"}
               for file, texts in translations("de").items()}
    monkeypatch.setattr(catalog_module, "translations", lambda lang: partial)
    catalog = Catalog("de")
    assert catalog.text("policy/summary.json", "badge_ready") == "✔ Ready to send"
    assert catalog.text("policy/summary.json", "badge_empty").startswith("Noch nichts")


def test_the_language_is_passed_in_never_read_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert Catalog("de").say("Ready to send") == "Ready to send"  # not a text: unchanged
    assert Catalog("de").say("Remove the link") == "Link entfernen"
    assert Catalog("").language == "en"
    assert Catalog("de_AT").language == "de"
    assert Catalog("xx").language == "en"


@pytest.mark.parametrize(("language", "n", "form"), [
    ("fr", 0, "one"), ("fr", 1, "one"), ("fr", 2, "other"),
    ("de", 0, "other"), ("de", 1, "one"), ("es", 0, "other"), ("it", 1, "one"),
    ("en", 0, "other"), ("en", 2, "other"),
])
def test_plural_categories(language: str, n: int, form: str) -> None:
    assert plural_category(language, n) == form


def _warning(n: int) -> list[Finding]:
    return [Finding("emoji", "warn", 0, 1, "x", "m", title="Emoji") for _ in range(n)]


def test_the_verdict_uses_each_languages_plural() -> None:
    assert summarise(_warning(1), language="fr").badge == (
        "⚠ Peut être envoyé · 1 avertissement à vérifier")
    assert summarise(_warning(2), language="fr").badge.endswith("2 avertissements à vérifier")
    assert summarise(_warning(1), language="de").badge.endswith("1 Warnung prüfen")
    assert summarise(_warning(3), language="it").badge.endswith("3 avvisi da controllare")
    assert summarise(_warning(1)).badge == "⚠ Can be sent · 1 warning to review"


def test_the_verdict_in_another_language_keeps_its_state_and_counts() -> None:
    blocks = [Finding("link", "block", 0, 3, "www", "m", title="Link or web address")] * 2
    english_summary = summarise(blocks)
    german = summarise(blocks, language="de")
    assert (german.state, german.blocks, german.sendable) == (
        english_summary.state, english_summary.blocks, english_summary.sendable)
    assert german.reason == ("Beheben Sie zuerst „Link oder Webadresse“ und 1 weiteres "
                             "Problem: Amazon würde diese Nachricht blockieren.")


def _corpus() -> list[str]:
    """Every sentence-sized string in the tests: a wide net of messages the rules flag."""
    texts: set[str] = set()
    for path in TESTS.glob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and 15 < len(node.value) < 600:
                texts.add(node.value)
    return sorted(texts)


def test_every_finding_of_the_rules_is_said_in_every_language() -> None:
    """Title, message, source and fix label of each finding are the catalogue's words."""
    catalogs = {lang: Catalog(lang) for lang in LANGS}
    unknown: dict[str, str] = {}
    seen = 0
    for text in _corpus():
        for kind in (None, "invoice"):
            for finding in check(Message(text, message_type=kind, buyer_language="de")):
                words = [finding.title, finding.message, finding.source,
                         finding.fix.label if finding.fix else ""]
                for word in filter(None, words):
                    seen += 1
                    if not catalogs["fr"].knows(word):
                        unknown.setdefault(finding.rule, word)
    assert seen > 1000
    assert unknown == {}
    said = localise(check(Message("Visit www.shop.com today.", buyer_language="en"))[0],
                    catalogs["de"])
    assert "Webadresse" in said.message


def test_the_sellers_own_words_are_kept_as_they_are() -> None:
    english_message = ('“today” is not in the German dictionary. Amazon asks for messages '
                       'without spelling mistakes. Check the spelling, or right-click the word '
                       'and add it to your dictionary if it is right.')
    said = Catalog("fr").say(english_message)
    assert said.startswith("«\u00a0today\u00a0» n'est pas dans le dictionnaire (allemand).")


def test_numbers_dates_and_sizes_go_through_the_callers_formatters() -> None:
    catalog = Catalog("de", number=lambda n: f"{n:,}".replace(",", "."),
                      date_format=lambda d: d.strftime("%d.%m.%Y"))
    text = ("This message has 2,345 characters; “Arrange delivery” allows 2,000. Shorten it by "
            "345 characters (the part past the limit is marked).")
    assert catalog.say(text) == ("Diese Nachricht hat 2.345 Zeichen; „Lieferung vereinbaren“ "
                                 "erlaubt 2.000. Kürzen Sie sie um 345 Zeichen (der Teil über "
                                 "der Grenze ist markiert).")
    repeat = ("You already asked the buyer of this order for a review on 20 Nov 2026. Amazon "
              "allows one review or feedback request per order, and a second one can cost you "
              "messaging. Remove this request.")
    assert "am 20.11.2026 schon um eine Rezension" in catalog.say(repeat)
    size = ("Your attachments add up to 12.5 MB, but Amazon accepts at most 10 MB in total. "
            "Remove a file or make one smaller: the largest is “a.pdf” (9 MB).")
    said = Catalog("fr").say(size)
    assert "12.5 Mo" in said and "«\u00a0a.pdf\u00a0» (9 Mo)" in said


def test_pieces_put_together_are_said_piece_by_piece() -> None:
    intent = ("This sentence reads like marketing: “sale”, “code”. Buyer messages may not "
              "advertise offers, sales, codes or newsletters.")
    assert Catalog("it").say(intent) == (
        "Questa frase si legge come pubblicità: “sale”, “code”. I messaggi agli acquirenti "
        "non possono pubblicizzare offerte, saldi, codici o newsletter.")
    purpose = ("This message only thanks the buyer and offers help. Amazon does not allow a "
               "message you start with no other purpose. Add what the buyer needs to know, or "
               "send it only as a reply. If this is a reply to the buyer, you can ignore this.")
    assert Catalog("de").say(purpose).startswith(
        "Diese Nachricht tut nur eines: Sie bedankt sich beim Käufer und bietet Hilfe an.")
    assert Catalog("de").say(purpose).endswith("können Sie dies ignorieren.")


def test_a_finding_keeps_everything_but_its_words() -> None:
    finding = Finding("link", "block", 3, 15, "www.shop.com",
                      "“www.shop.com” is a web address. Amazon does not allow links in buyer "
                      "messages, because they can lead buyers off Amazon. Remove it.",
                      fix=Fix("Remove the link", 3, 15), title="Link or web address")
    said = localise(finding, Catalog("es"))
    assert (said.rule, said.severity, said.start, said.end, said.excerpt) == (
        "link", "block", 3, 15, "www.shop.com")
    assert said.fix is not None and said.fix.label == "Eliminar el enlace"
    assert said.to_dict()["rule"] == finding.to_dict()["rule"]
    assert localise(finding, Catalog("en")) is finding


def test_the_message_files_are_valid_json_objects_of_strings() -> None:
    root = catalog_module.resources_root() / "locale"
    for lang in LANGS:
        for path in (root / lang).rglob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            assert all(isinstance(v, str) for v in data.values()), path


GLOSSARY = Path(__file__).resolve().parents[1] / "docs" / "glossary"


@pytest.mark.parametrize(("language", "order_id", "seller_feedback"), [
    ("de", "Bestellnummer", "Verkäuferbewertung"),
    ("fr", "numéro de commande", "évaluation vendeur"),
    ("es", "número de pedido", "valoración del vendedor"),
    ("it", "numero ordine", "feedback sul venditore"),
])
def test_the_glossary_terms_are_the_ones_used(language, order_id, seller_feedback) -> None:
    glossary = (GLOSSARY / f"{language}.md").read_text(encoding="utf-8")
    assert order_id in glossary and seller_feedback in glossary
    said = translations(language)
    assert order_id.lower() in said["policy/rules/content.json"][
        "rules.missing-order-id.title"].lower()
    assert seller_feedback in said["policy/rules/windows.json"]["rules.feedback-window.title"]


def test_attachment_findings_are_said_in_every_language(tmp_path) -> None:
    import attachment_factory as make

    from composer.attachments.findings import check_attachments
    from composer.attachments.inspection import inspect_file

    files = [make.write_exe(tmp_path / "invoice.pdf"), make.write_zip(tmp_path / "docs.zip"),
             make.write_text(tmp_path / "empty.txt", ""), make.write_pdf(tmp_path / "noext"),
             make.write_image(tmp_path / "photo.jpg", exif=make.gps_exif()),
             make.write_pdf(tmp_path / "a.txt"), make.write_pdf(tmp_path / "b.pdf")]
    infos = [inspect_file(path) for path in files]
    findings = [f for kind in (None, "invoice", "confirmDeliveryDetails")
                for f in check_attachments(infos, kind)]
    assert {f.rule for f in findings} >= {"attachment-type", "attachment-count",
                                         "attachment-location", "attachment-unreadable"}
    for lang in LANGS:
        catalog = Catalog(lang)
        for finding in findings:
            said = localise(finding, catalog)
            assert catalog.knows(finding.message), finding.message
            assert said.message != finding.message
            assert finding.attachment is None or finding.attachment in said.message


def test_findings_on_the_subject_and_from_the_buyers_thread_are_said_in_every_language() -> None:
    """Findings the sentence corpus never reaches: a subject card, the opt-out, the pause and
    the sender rules. The seller's addresses and the excerpt stay as they are."""
    from datetime import date

    extra = {"buyer_opted_out": date(2026, 11, 5), "restricted_until": date(2026, 12, 1),
             "today": date(2026, 11, 10)}
    messages = [
        Message("Your parcel ships today.", subject="Visit www.shop.com or WhatsApp me",
                message_type="confirmOrderDetails", order_id="113-4567890-1234567",
                extra=extra),
        Message("Thanks for your message.", message_type="reply",
                extra={"reply_delivered_to": "orders@shop.example",
                       "from_address": "me@other.example"}),
    ]
    findings = [f for message in messages for f in check(message)]
    rules = {f.rule for f in findings}
    assert {"buyer-opted-out", "proactive-restricted", "other-sender-address", "link"} <= rules
    assert any(f.field == "subject" for f in findings)
    for lang in LANGS:
        catalog = Catalog(lang)
        for finding in findings:
            said = localise(finding, catalog)
            for word in filter(None, [finding.title, finding.message, finding.source,
                                      finding.fix.label if finding.fix else ""]):
                assert catalog.knows(word), f"{lang}: {word}"
            assert said.message != finding.message
            if finding.rule == "other-sender-address":
                assert "orders@shop.example" in said.message
                assert "me@other.example" in said.message
    german = [localise(f, Catalog("de")) for f in findings if f.field == "subject"]
    assert all(f.message.startswith("Im Betreff: ") for f in german)


def test_the_words_for_setting_a_finding_aside_are_said_in_every_language() -> None:
    from composer.policy.ignore import ignore_way

    blocks = [Finding(rule, "block", 0, 1, "x", "m")
              for rule in ("link", "too-long", "review-incentive", "no-such-rule")]
    ways = [ignore_way(f) for f in blocks]
    words = [w for way in ways for w in (way.noun, way.risk, way.reason) if w]
    assert len(words) == 7
    for lang in LANGS:
        catalog = Catalog(lang)
        assert all(catalog.knows(w) and catalog.say(w) != w for w in words), lang


def test_the_note_on_a_draft_of_a_dropped_type_is_said_in_every_language() -> None:
    from composer.message.messagetypes import retired_note, retired_types

    notes = [retired_note(type_id) or "" for type_id in retired_types()]
    assert len(notes) >= 2
    for lang in LANGS:
        catalog = Catalog(lang)
        for note in notes:
            said = catalog.say(note)
            assert catalog.knows(note) and said != note, f"{lang}: {note}"
            assert ("2025-08" in note) == ("2025-08" in said)
