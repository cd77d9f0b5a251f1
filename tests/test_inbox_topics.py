"""A buyer's message gets its topic from the subject in the marketplace's language."""

from __future__ import annotations

import pytest

from composer.inbox.formats import topic_of


@pytest.mark.parametrize(("subject", "topic"), [
    ("Produktanfrage von Amazon-Kunde Max", "product-details"),
    ("Product details inquiry from Amazon customer Sarah", "product-details"),
    ("Frage zur Lieferung von Amazon-Kunde Max (Bestellung: 302-1234567-1234567)",
     "order-delivery"),
    ("Question sur la livraison de la part du client Amazon Marie", "order-delivery"),
    ("Pregunta sobre el producto del cliente de Amazon Ana", "product-details"),
    ("Domanda sul prodotto dal cliente Amazon Luca", "product-details"),
    ("Anfrage zur Stornierung von Amazon-Kunde Max", "cancellation"),
    ("Demande d’annulation du client Amazon Marie", "cancellation"),
    ("Hallo", ""),
])
def test_known_subject_forms_get_their_topic(subject: str, topic: str) -> None:
    assert topic_of(subject) == topic
