"""A proactive note that only confirms shipping and offers help has no permitted purpose.

POLICY.md §1 and §3 name order and shipping confirmations beside thank-you notes; the
model had few sentences of bare status ("the parcel went out today"), so such notes read
as content. The shipped model must read them as courtesy, and real content beside them
must still give the message its purpose.
"""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy import Message

PROACTIVE = "confirmDeliveryDetails"

STATUS_ONLY = [
    ("de", "Hallo Frau Weber,\nvielen Dank für Ihre Bestellung 302-4567890-1234567! Das Paket "
           "ist heute mit DHL rausgegangen.\nViele Grüße\nJonas"),
    pytest.param(
        "de", "Hi Max, wollte nur kurz sagen: danke für deinen Einkauf! Wenn was nicht passt, "
              "melde dich einfach. LG Tina",
        # The informal help offer sits on the model's bar: read right by the model of
        # f4a4b80, read as content again by 5c146ff. Strict: it fails once the model reads it.
        marks=pytest.mark.xfail(strict=True, reason="informal help offer read as content")),
    ("fr", "Salut ! Ton colis est parti aujourd'hui. Si jamais il y a un souci, écris-nous. "
           "À bientôt"),
    ("it", "Ciao! Volevo solo dirti che la spedizione è in viaggio. Per qualsiasi problema "
           "scrivici pure."),
]
WITH_CONTENT = [
    ("en", "Hi, your order has shipped, but the tracking shows the wrong postcode. Could you "
           "check that your address ends in 4RT?"),
    ("de", "Hallo, danke für Ihre Bestellung! Leider ist die Farbe Blau ausverkauft. Möchten "
           "Sie Grün oder lieber eine Erstattung?"),
    ("fr", "Bonjour, merci pour votre commande. Le transporteur a besoin de votre code "
           "d'accès à l'immeuble : pouvez-vous nous l'envoyer ?"),
    ("es", "Hola, gracias por tu pedido. El artículo llegará en dos paquetes separados; el "
           "segundo saldrá el lunes."),
    ("it", "Ciao, grazie per l'ordine! Il colore che hai scelto arriverà tra 10 giorni: "
           "preferisci aspettare o annullare?"),
]


@pytest.mark.parametrize(("lang", "text"), STATUS_ONLY)
def test_status_and_thanks_only_has_no_permitted_purpose(lang, text):
    found = check(Message(text=text, message_type=PROACTIVE, buyer_language=lang))
    assert "not-permitted-purpose" in {f.rule for f in found}, found


@pytest.mark.parametrize(("lang", "text"), WITH_CONTENT)
def test_status_beside_real_content_has_its_purpose(lang, text):
    found = check(Message(text=text, message_type=PROACTIVE, buyer_language=lang))
    assert "not-permitted-purpose" not in {f.rule for f in found}, found
