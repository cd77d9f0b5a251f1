"""Regressions found by an outside test of issue #9 on messages the developers had not seen."""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy.model import Message
from composer.spelling.speller import misspellings

SPANISH = ("Hola, Sra. Sánchez:\n\nSu pedido se entregó la semana pasada. Esperamos que la "
           "lámpara le guste. Si lo desea, puede dejar una opinión en Amazon para ayudar a "
           "otros clientes.\n\nUn saludo,\nEquipo Luz")
ITALIAN = ("Gentile Sig. Gallo,\n\nse lascia una recensione su Amazon, le regaleremo un secondo "
           "prodotto gratis. Basta inviarci uno screenshot della sua recensione.\n\nSaluti,\n"
           "Casa Zen")


def flagged(text: str, language: str) -> list[str]:
    message = Message(text, buyer_language=language)
    return [item.word for _offset, item, _lang in misspellings(message)]


def rules(text: str, language: str) -> list[str]:
    return [f.rule for f in check(Message(text, buyer_language=language))]


@pytest.mark.parametrize(("text", "buyer"), [(SPANISH, "en"), (SPANISH, "it"), (SPANISH, "fr"),
                                             (ITALIAN, "es"), (ITALIAN, "en")])
def test_a_message_in_another_romance_language_is_named_not_spelt_word_by_word(text, buyer):
    # Spanish, Italian and French share their commonest words; the dictionaries settle it.
    found = check(Message(text, buyer_language=buyer))
    warning = [f for f in found if f.rule == "wrong-language"]
    assert len(warning) == 1
    assert ("Spanish" if text is SPANISH else "Italian") in warning[0].message
    assert [f.rule for f in found].count("spelling") == 0


@pytest.mark.parametrize(("text", "buyer"), [(SPANISH, "es"), (ITALIAN, "it")])
def test_the_buyers_own_language_is_not_wrong(text, buyer):
    assert "wrong-language" not in rules(text, buyer)


def test_a_bilingual_message_is_not_called_wrong() -> None:
    text = ("Hello, your order has shipped today and will arrive on Friday, thank you.\n"
            "Hola, su pedido ha salido hoy y llegará el viernes, muchas gracias.")
    assert "wrong-language" not in rules(text, "en")
    assert "wrong-language" not in rules(text, "es")


def test_a_german_typo_after_ihre_or_von_is_flagged_in_a_sentence() -> None:
    text = "Hallo Frau Becker,\n\nIhre Bestelung ist unterwegs, mit der Lieferung von Pakett."
    assert flagged(text, "de") == ["Bestelung", "Pakett"]


def test_a_german_signoff_names_the_shop_without_flagging_it() -> None:
    text = ("Hallo Herr Schmitt,\n\nIhr Paket ist unterwegs.\n\nViele Grüße\n"
            "Ihr Team von Bohnenglück")
    assert flagged(text, "de") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Ci chiami oppure ci mandi un'e-mail con la foto.", "it"),
    ("Vous pouvez nous écrire par l'e-mail indiqué sur la facture.", "fr"),
])
def test_an_elided_hyphenated_word_is_known(text, language):
    assert flagged(text, language) == []


def test_french_words_with_the_oe_ligature_are_known() -> None:
    text = "La main-d'œuvre est couverte, et nous vous adressons nos meilleurs vœux de cœur."
    assert flagged(text, "fr") == []
    assert flagged("Nous avons reçu votre colis, merci de tout cœr pour votre patience.",
                   "fr") == ["cœr"]


@pytest.mark.parametrize(("language", "words"), [
    ("fr", "newsletter prépayée internet clic"),
    ("es", "newsletter prepagada formato verá contacte clic internet"),
    ("it", "newsletter prepagata imballaggio lavatrice kit clicchi euro"),
])
def test_common_seller_words_are_known(language, words):
    text = f"la {' '.join(words.split())} la"
    assert flagged(text, language) == []
