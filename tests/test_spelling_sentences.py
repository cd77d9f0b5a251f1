"""Spelling uses the language of each sentence (issue 15, item 6).

A German paragraph with one English sentence: German words are never English mistakes,
English words never German ones, each typo is fixed in its own sentence's language, and a
one-click fix never turns a correct word of another language into something else
("auch" → "arch").
"""

from __future__ import annotations

from composer.policy.model import Message
from composer.spelling.dictionary import LANGUAGES, dictionary
from composer.spelling.speller import check_spelling, language_of, misspellings

GERMAN_WITH_ENGLISH = (
    "Guten Tag Frau Müller,\n"
    "vielen Dank für Ihre Nachricht. Die Lieferung kommt auch morgen bei Ihnen an. "
    "Please let us know if you need anything else from us. "
    "Wir melden uns auch gerne wieder bei Ihnen."
)
ENGLISH_THEN_GERMAN_CLAUSE = ("Hallo,\nThe parcel is on its way and should arrive tomorrow, "
                              "auch wenn es regnet.")
MIXED = [
    ("de", GERMAN_WITH_ENGLISH),
    ("de", ENGLISH_THEN_GERMAN_CLAUSE),
    ("en", "Hello,\nThank you for your order. Vielen Dank auch für Ihre Geduld, die "
           "Lieferung kommt bald. We hope you like it."),
    ("de", "Guten Tag,\nwir haben Ihre Bestellung erhalten und senden sie auch heute. Thank "
           "you so much for your order, we hope you like it and we will be happy to help."),
    ("en", "Hello,\nthank you for your order. Danke auch. We hope you like it."),
]


def spelling(buyer: str, text: str) -> list[tuple[str, str | None]]:
    """(word, replacement of its one-click fix) for each spelling finding."""
    return [(f.excerpt, f.fix.replacement if f.fix else None)
            for f in check_spelling(Message(text=text, buyer_language=buyer))]


def test_correct_words_of_either_language_are_never_mistakes() -> None:
    for buyer, text in MIXED:
        assert spelling(buyer, text) == [], text


def test_auch_is_never_changed_to_arch() -> None:
    found = spelling("de", ENGLISH_THEN_GERMAN_CLAUSE)
    assert ("auch", "arch") not in found and not any(word == "auch" for word, _ in found)


def test_each_typo_is_fixed_in_its_own_sentences_language() -> None:
    text = ("Guten Tag,\nvielen Dank für Ihre Bestelung. Please let us knwo if you need "
            "anythign else. Wir melden uns auhc gerne wieder.")
    assert spelling("de", text) == [("Bestelung", "Bestellung"), ("knwo", "know"),
                                    ("anythign", "anything"), ("auhc", "auch")]
    languages = {item.word: language
                 for _o, item, language in misspellings(Message(text=text, buyer_language="de"))}
    assert languages == {"Bestelung": "de", "knwo": "en", "anythign": "en", "auhc": "de"}


def test_right_click_suggests_in_the_words_sentence_language() -> None:
    message = Message(text="Guten Tag,\nvielen Dank für Ihre Nachricht. Please let us knwo "
                           "if you need anything else.", buyer_language="de")
    assert language_of(message, "knwo") == "en"


def test_no_one_click_fix_where_the_sentence_language_is_unsure() -> None:
    # "Thank yuo." is too short to judge and its words point to English, not German.
    text = "Hallo,\nwir danken Ihnen sehr für Ihre Bestellung bei uns. Thank yuo."
    found = dict(spelling("de", text))
    assert "yuo" in found and found["yuo"] is None
    # "Danke" is German: in an English message it may be shown, but never changed in a click.
    assert dict(spelling("en", "Hello,\nthank you for your order. Danke auhc."))\
        .get("Danke") is None


def test_a_one_click_fix_never_replaces_a_word_of_the_languages_in_play() -> None:
    texts = [*MIXED, ("de", "Hallo,\nDanke. Bestelung ok. Thnak you."),
             ("en", "Hi,\nThnak you, danke schön, merci beaucoup, grazie mille.")]
    for buyer, text in texts:
        for word, replacement in spelling(buyer, text):
            if replacement is not None:
                assert not any(dictionary(lang).knows(word) for lang in ("en", "de", buyer)), word


def test_a_plain_typo_keeps_its_fix_in_every_language() -> None:
    cases = {"en": ("Hello,\nThnak you for your order, it left our workshop today.", "Thnak",
                    "Thank"),
             "de": ("Hallo,\nvielen Dank für Ihre Bestelung, sie ist heute unterwegs.",
                    "Bestelung", "Bestellung"),
             "fr": ("Bonjour,\nmerci pour votre commande. Le colis arive demain.", "arive",
                    "arrive")}
    for buyer, (text, word, fix) in cases.items():
        assert buyer in LANGUAGES
        assert (word, fix) in spelling(buyer, text)


def test_in_the_window_a_german_word_in_an_english_sentence_is_not_underlined(qtbot,
                                                                             tmp_path) -> None:
    from composer.message.header import Header
    from tests.uihelpers import make_window, spelling_marks

    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(buyer_language="de", subject="Ihre Bestellung"),
                       "<p>Hallo,</p><p>The parcel is on its way and should arrive tomorow, "
                       "auch wenn es regnet.</p>")
    window.check_now()
    qtbot.waitUntil(lambda: spelling_marks(window) != [], timeout=10_000)
    assert spelling_marks(window) == ["tomorow"]
    labels = [b.text() for c in window.findings_panel.cards for b in c.fix_buttons]
    assert not any("arch" in label for label in labels)
    assert any("tomorrow" in label for label in labels)
