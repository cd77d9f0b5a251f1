"""Spell checking and the buyer's language (issue #9): pure core, no Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.compose.engine import check
from composer.message.langid import MIN_WORDS, detect
from composer.message.templates import all_templates, fill_template
from composer.policy import Message
from composer.spelling import dictionary as dictionaries
from composer.spelling import speller as spelling
from composer.spelling.tokens import words

ORDER_ID = "113-4567890-1234567"


def flagged(text: str, language: str = "en", **header: object) -> list[str]:
    message = Message(text=text, buyer_language=language, **header)  # type: ignore[arg-type]
    return [f.excerpt for f in check(message) if f.rule == "spelling"]


def rules(text: str, language: str = "") -> list[str]:
    return [f.rule for f in check(Message(text=text, buyer_language=language))]


# --- the words looked at -------------------------------------------------------------------
def test_offsets_are_string_indices_into_the_text() -> None:
    text = "Hello Sarah,\n\nSorry the parcle is late 😟 and the lamp is craked."
    findings = [f for f in check(Message(text=text, buyer_language="en"))
                if f.rule == "spelling"]
    assert [(f.excerpt, text[f.start:f.end]) for f in findings] == [
        ("parcle", "parcle"), ("craked", "craked")]
    assert all(f.severity == "warn" and f.title and f.source for f in findings)


def test_codes_caps_digits_addresses_and_placeholders_are_skipped() -> None:
    text = ("Ordr 113-4567890-1234567 ASIN B07XJ8C8F5 for the USB-C chargr, size XXL, "
            "model X200b, file manual.pdf, see www.exampel.com or mail tom@exampel.com, "
            "dear {buyer_nmae} and [Byuer Name].")
    assert flagged(text) == ["Ordr", "chargr"]


def test_elision_apostrophes_hyphens_and_accents() -> None:
    assert flagged("We don't know if it's the seller's fault; the e-mail is well-known.") == []
    assert flagged("Merci pour l'avis. Qu'il s'agisse d'un colis ou d'une commande, "
                   "n'hésitez pas à nous répondre aujourd'hui.", "fr") == []
    assert flagged("Abbiamo spedito l'ordine; dell'articolo non c'è traccia.", "it") == []
    assert flagged("Merci pour l'aivs.", "fr") == ["aivs"]


def test_british_spellings_are_english_too() -> None:
    assert flagged("We apologise: the colour of the jewellery is grey, not the favourite "
                   "one, and the centre was cancelled.") == []


def test_names_are_not_spelling_mistakes() -> None:
    text = ("Hello Siobhan,\n\nYour parcel left with Evri today and Kowalczyk will bring "
            "it.\n\nKind regards,\nTomasz Wiśniewski\nOakfield Furniture")
    assert flagged(text) == []
    german = "Guten Tag Frau Kowalczyk,\n\nIhr Paket ist unterwegs.\n\nBeste Grüße\nTomasz"
    assert flagged(german, "de") == []


def test_business_product_and_personal_words_are_skipped() -> None:
    inside = "thanks for buying the lumiglo lamp from brightzy, glowora fits it"
    assert flagged(inside) == ["lumiglo", "brightzy", "glowora"]
    assert flagged(inside, business_name="Brightzy", product_name="Lumiglo desk lamp",
                   extra={"dictionary": frozenset({"Glowora"})}) == []


def test_a_german_compound_and_capitalised_nouns() -> None:
    assert flagged("Die Lieferadresse und der Rücksendeschein liegen dem Paket bei.",
                   "de") == []
    assert flagged("Die Lieferung hat sich verzögret.", "de") == ["verzögret"]


def test_a_german_compound_with_a_typo_in_its_last_word_is_flagged_and_fixed() -> None:
    # "dekel" is no word: the compound is no name, and the fix mends its last part.
    text = "Wir schicken Ihnen gern einen Ersatzdekel für die Dose."
    assert flagged(text, "de") == ["Ersatzdekel"]
    words = dictionaries.dictionary("de")
    assert words.quick_suggestion("Ersatzdekel") == "Ersatzdeckel"
    assert flagged("Wir schicken Ihnen gern einen Ersatzdeckel für die Dose.", "de") == []


def test_words_keep_their_sentence_context() -> None:
    found = {w.text: w for w in words("Hi Anna. Thanks from Tom at Oak Home.",
                                      frozenset({"hi", "from", "at"}))}
    assert found["Anna"].after_title and found["Thanks"].sentence_start
    assert found["Home"].after_title and not found["Thanks"].after_title


# --- fixes, suggestions and speed -----------------------------------------------------------
def test_the_fix_is_the_best_word_one_edit_away() -> None:
    finding = next(f for f in check(Message(text="It will arive on Friday.",
                                            buyer_language="en")) if f.rule == "spelling")
    assert finding.fix is not None and finding.fix.replacement == "arrive"
    assert finding.fix.apply("It will arive on Friday.") == "It will arrive on Friday."
    assert "arrive" in finding.message


def test_right_click_suggestions_include_two_edits() -> None:
    assert spelling.suggestions("recieve", "en")[0] == "receive"
    assert "tomorrow" in spelling.suggestions("tommorow", "en-GB")
    assert len(spelling.suggestions("thnak", "en")) <= 6


def test_a_keystroke_rechecks_only_its_paragraph() -> None:
    paragraphs = [f"Paragraph {n} talks about the parcel and the courier, nothing more."
                  for n in range(20)]
    text = "\n".join(paragraphs)
    list(spelling.check_spelling(Message(text=text, buyer_language="en")))
    before = spelling.CACHE.misses
    changed = text.replace("Paragraph 7 talks", "Paragraph 7 tallks")
    found = list(spelling.check_spelling(Message(text=changed, buyer_language="en")))
    assert spelling.CACHE.misses - before == 1
    assert [f.excerpt for f in found] == ["tallks"]


def test_a_missing_dictionary_flags_nothing_and_says_so(monkeypatch) -> None:
    monkeypatch.setattr(dictionaries, "word_list_path", lambda _language: None)
    monkeypatch.setattr(dictionaries, "_LOADED", {})
    assert flagged("Die Liferung ist unterwegs und kommt morgn.", "de") == []
    assert spelling.unavailable_note("de-DE") == (
        "German spelling dictionary not available: spelling is not checked.")
    assert not dictionaries.dictionary("de").available


def test_a_damaged_word_list_is_a_stand_in_too(monkeypatch, tmp_path) -> None:
    broken = tmp_path / "fr.json.gz"
    broken.write_bytes(b"not gzip at all")
    monkeypatch.setattr(dictionaries, "word_list_path", lambda _language: broken)
    monkeypatch.setattr(dictionaries, "_LOADED", {})
    assert flagged("Le colsi est en route.", "fr") == []
    assert "French spelling dictionary not available" in spelling.unavailable_note("fr")


# --- the buyer's language --------------------------------------------------------------------
GERMAN = ("Guten Tag Frau Nowak,\n\nvielen Dank für Ihre Bestellung. Leider hat sich die "
          "Lieferung verzögert, sodass sie nicht wie geplant am Freitag bei Ihnen ankommt. "
          "Bitte entschuldigen Sie die Unannehmlichkeiten.\n\nFreundliche Grüße\nTom")


def test_a_german_message_to_an_english_buyer_is_named() -> None:
    findings = [f for f in check(Message(text=GERMAN, buyer_language="en-GB"))
                if f.rule == "wrong-language"]
    assert len(findings) == 1
    assert findings[0].severity == "warn"
    assert "looks German" in findings[0].message and "is English" in findings[0].message
    assert findings[0].fix is not None and findings[0].fix.field == "language"
    # …and its words are not all flagged as misspelt English.
    assert flagged(GERMAN, "en") == []


def test_the_right_language_short_texts_and_no_buyer_language_are_never_judged() -> None:
    assert "wrong-language" not in rules(GERMAN, "de")
    assert "wrong-language" not in rules(GERMAN, "")
    short = "Vielen Dank für Ihre Bestellung, das Paket kommt morgen."
    assert len(short.split()) < MIN_WORDS
    assert "wrong-language" not in rules(short, "en")


def test_without_a_buyer_language_spelling_follows_the_text() -> None:
    text = GERMAN.replace("Lieferung", "Liferung")
    assert flagged(text, "") == ["Liferung"]


def _labelled_texts() -> list[tuple[str, str]]:
    found = []
    for template in all_templates():
        found.append((template.language, template.body))
    folder = Path(__file__).parent / "data" / "labelled"
    for language in ("de", "fr", "es", "it"):
        path = folder / f"{language}.jsonl"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                if "text" in entry:
                    found.append((language, entry["text"]))
    return found


def test_language_detection_is_never_wrong_on_the_templates_and_labelled_sets() -> None:
    texts = _labelled_texts()
    results = [(language, detect(text).language) for language, text in texts]
    wrong = [(language, found) for language, found in results if found not in (language, None)]
    assert wrong == []
    judged = sum(found == language for language, found in results)
    assert judged >= 0.9 * len(results)


# --- no false alarms on what the app ships -----------------------------------------------------
LOCAL_VALUES = {"order_id": ORDER_ID, "product": "Oak bedside table", "delivery_date": "14.12.",
                "new_date": "18.12.", "proposed_date": "15.12.",
                "seller_name": "Oakfield Furniture",
                "buyer_name": "Sarah Miller", "answer": ""}


@pytest.mark.parametrize("template", all_templates(), ids=lambda t: t.id)
def test_built_in_templates_have_no_spelling_mistakes(template) -> None:
    filled = fill_template(template, LOCAL_VALUES)
    assert flagged(filled.body, template.language, business_name="Oakfield Furniture",
                   product_name="Oak bedside table") == []
    assert "wrong-language" not in rules(filled.body, template.language)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Das Paket ist beschädigtQQ angekommen.", ["beschädigtQQ"]),
    ("Das PaketXY ist da.", ["PaketXY"]),
    ("The parcel arrived damagedQ today.", ["damagedQ"]),
    ("It works with the iPhone, PayPal, eBay, macOS and PostgreSQL.", []),
])
def test_capitals_typed_onto_a_known_word_are_flagged(text: str, flagged: list[str]) -> None:
    language = "de" if "Paket" in text else "en"
    found = list(spelling.check_spelling(Message(text=text, buyer_language=language)))
    assert [f.excerpt for f in found] == flagged
    assert all(f.fix is None for f in found)  # "SmartTV" is no typo of "Smart": no one click


@pytest.mark.parametrize(("text", "language", "typo", "meant"), [
    ("Vielen Dank!\nMit freundlichen Grßen\nTom", "de", "Grßen", "Grüßen"),
    ("Vielen Dank!\nMit besten Grüsen\nTom", "de", "Grüsen", "Grüßen"),
    ("Merci pour votre achat.\nCordialment\nTom", "fr", "Cordialment", "Cordialement"),
    ("Muchas gracias por su compra.\nSaludso cordiales\nTom", "es", "Saludso", "Saludos"),
    ("Grazie per il suo acquisto.\nDistinti salui\nTom", "it", "salui", "saluti"),
    ("Thank you for your order.\nKind regadrs\nTom", "en", "regadrs", "regards"),
])
def test_a_greeting_or_sign_off_gets_its_own_word(text: str, language: str, typo: str,
                                                  meant: str) -> None:
    """Walkthrough 2: "Mit freundlichen Grßen" suggested "Großen" (commoner, one edit)."""
    found = {f.excerpt: f for f in spelling.check_spelling(
        Message(text=text, buyer_language=language))}
    fix = found[typo].fix  # before: "Großen", "Saludo", "sali" (commoner, as near)
    assert fix is not None and fix.replacement == meant


def test_a_dropped_umlaut_wins_between_equally_near_words() -> None:
    german = dictionaries.dictionary("de")
    assert german.quick_suggestion("Grßen") == "Grüßen"  # before: "Großen"
    assert german.suggestions("Grßen")[0] == "Grüßen"
    french = dictionaries.dictionary("fr")
    assert french.quick_suggestion("devorait") == "devrait"  # far commoner: still first


# --- a hyphenated word that starts with a common prefix (pre-oiled) --------------------------
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The board is pre-oiled, so you need not oil it. It is multi-purpose and anti-slip."),
    ("de", "Das Brett ist vorgeölt und multi-funktional. Ihre E-Mail-Adresse bleibt geschützt."),
    ("fr", "La planche est anti-dérapante et multi-usage. Le co-fondateur vous répondra."),
])
def test_a_prefix_before_a_hyphen_is_not_a_spelling_mistake(language, text) -> None:
    assert flagged(text, language) == []


@pytest.mark.parametrize(("language", "text", "wrong"), [
    ("en", "The board is pre-olied, so you need not oil it before first use.", "olied"),
    ("de", "Das Brett ist anti-bakteriel und wird heute bei uns verschickt.", "bakteriel"),
    ("fr", "La planche est anti-dérapnte, vous pouvez la poser sur la table.", "dérapnte"),
])
def test_the_word_after_the_prefix_is_still_checked(language, text, wrong) -> None:
    assert flagged(text, language) == [wrong]


def test_a_prefix_alone_or_last_is_not_a_word() -> None:
    known = dictionaries.dictionary("en")
    assert known.knows("pre-oiled")
    assert not known.knows("oiled-pre") and not known.knows("pre")
