"""Build the buyer-message test corpus: e-mails made from Amazon's documented formats.

Run ``python tests/data/inbox/build_corpus.py`` to write the ``.eml``/``.mbox`` files and
``expected.json`` beside this script. The formats follow POLICY.md §8: the text template
with the buyer's words between dashed marker lines, the newer HTML template with them in
one ``<pre>`` block, customer-service relays, Amazon's delivery notices, and mail that is
not Amazon's or is broken. Names, addresses and orders are invented.
"""

from __future__ import annotations

import base64
import json
from email import policy
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJ"
    "RU5ErkJggg==")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")

FOOTER = {
    "en": "For Your Information: To help arbitrate disputes and preserve trust and safety, "
          "we retain all messages buyers and sellers send through Amazon for two years. This "
          "includes your response to the message below.",
    "de": "Zu Ihrer Information: Um Streitigkeiten zu schlichten und Vertrauen und Sicherheit "
          "zu wahren, bewahren wir alle Nachrichten zwischen Käufern und Verkäufern zwei Jahre "
          "lang auf.",
    "fr": "Pour information : afin d'arbitrer les litiges et de préserver la confiance, nous "
          "conservons tous les messages pendant deux ans.",
    "es": "Para tu información: para resolver disputas y preservar la confianza, conservamos "
          "todos los mensajes durante dos años.",
    "it": "Per tua informazione: per risolvere le controversie conserviamo tutti i messaggi "
          "per due anni.",
    "ja": "ご参考: 紛争の解決と信頼と安全の維持のため、"
          "Amazonを通じて送信されたすべてのメッセージを2年間保管します。",
}
MARKERS = {
    "en": ("Begin message", "End message"),
    "de": ("Beginn der Nachricht", "Ende der Nachricht"),
    "fr": ("Début du message", "Fin du message"),
    "es": ("Inicio del mensaje", "Fin del mensaje"),
    "it": ("Inizio messaggio", "Fine messaggio"),
    "ja": ("メッセージの始まり", "メッセージの終わり"),
}
OF = {"en": "of", "de": "von", "fr": "de", "es": "de", "it": "di", "ja": "点"}
ORDER_LABEL = {"en": "Order ID", "de": "Bestellnummer", "fr": "Numéro de commande",
               "es": "N.º de pedido", "it": "Numero ordine", "ja": "注文番号"}

CASES: list[dict] = []
EXPECTED: dict[str, dict] = {}


def text_body(lang: str, order: str, title: str, asin: str, words: str) -> str:
    begin, end = MARKERS[lang]
    return (f"{ORDER_LABEL[lang]} {order}:\n"
            f"1 {OF[lang]} {title} [ASIN: {asin}]\n\n"
            f"------------- {begin} -------------\n\n{words}\n\n"
            f"------------- {end} -------------\n\n{FOOTER[lang]}\n")


def html_body(lang: str, order: str, title: str, asin: str, words: str) -> str:
    from html import escape

    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{font-family:Arial}"
        "</style></head><body><table width=\"600\"><tr><td>"
        f"<img src=\"https://m.media-amazon.com/images/G/01/logo.png\" alt=\"Amazon\"></td></tr>"
        f"<tr><td><p>{ORDER_LABEL[lang]}: <a href=\"https://sellercentral.amazon.com/orders-v3/"
        f"order/{order}\">{order}</a></p>"
        f"<p>1 {OF[lang]} <a href=\"https://www.amazon.com/dp/{asin}\">{escape(title)}</a> "
        f"[ASIN: {asin}]</p></td></tr>"
        f"<tr><td><pre style=\"white-space:pre-wrap\">{escape(words)}</pre></td></tr>"
        f"<tr><td><p style=\"color:#888\">{escape(FOOTER[lang])}</p></td></tr>"
        "</table></body></html>")


def mail(*, subject: str, sender: str, to: str = "orders@brightlamp.example",
         date: str | None = "Tue, 03 Nov 2026 14:22:05 +0000",
         message_id: str | None = None, plain: str | None = None, html: str | None = None,
         cte: str = "quoted-printable", charset: str = "utf-8",
         files: tuple[tuple[str, str, bytes], ...] = (), extra: dict | None = None) -> bytes:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date:
        msg["Date"] = date
    if message_id:
        msg["Message-ID"] = message_id
    for key, value in (extra or {}).items():
        msg[key] = value
    if plain is not None:
        msg.set_content(plain, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    for name, kind, data in files:
        maintype, _, subtype = kind.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def add(name: str, raw: bytes, expected: dict) -> None:
    CASES.append({"name": name, "raw": raw})
    EXPECTED[name] = expected


def buyer(name: str, *, lang: str, tld: str, relay: str, buyer_name: str, subject: str,
          topic: str, order: str, title: str, asin: str, words: str, html: bool = False,
          cte: str = "quoted-printable", charset: str = "utf-8", msgid: str | None = "auto",
          files: tuple = (), expected_files: list[str] | None = None,
          date: str | None = "Tue, 03 Nov 2026 14:22:05 +0000",
          received: str = "2026-11-03T14:22:05+00:00", language: str | None = None,
          extra: dict | None = None, **more: object) -> None:
    message_id = (f"<{name.replace('.', '-')}.0100019a@email.amazonses.com>"
                  if msgid == "auto" else msgid)
    plain = None if html else text_body(lang, order, title, asin, words)
    body_html = html_body(lang, order, title, asin, words) if html else None
    if html:  # the newer template: an HTML part with a short text part beside it
        plain = f"{ORDER_LABEL[lang]} {order}\n\n{words}\n\n{FOOTER[lang]}\n"
        if more.pop("html_only", False):
            plain = None
    raw = mail(subject=subject, sender=f'"{buyer_name} - Amazon Marketplace" <{relay}>',
               date=date, message_id=message_id, plain=plain, html=body_html, cte=cte,
               charset=charset, files=files, extra=extra)
    add(name, raw, {
        "kind": more.pop("kind", "buyer-message"), "relay": relay, "buyer_name": buyer_name,
        "marketplace": tld, "language": language or lang, "topic": topic,
        "order_ids": [order], "asin": asin, "product_title": title, "text": words,
        "received_at": received, "message_id": message_id or "",
        "files": expected_files if expected_files is not None else [f[0] for f in files],
        **more})


def build() -> None:
    order = "114-3941689-8772232"
    buyer("en-com-text.eml", lang="en", tld="com",
          relay="k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com", buyer_name="Dana",
          subject=f"Product details inquiry from Amazon customer Dana (Order: {order})",
          topic="product-details", order=order, title="Brass Desk Lamp, Adjustable",
          asin="B08XYZ1234", words="Hello, does this lamp work with 230 V?\nThanks, Dana",
          cte="7bit")
    buyer("en-com-html.eml", lang="en", tld="com", html=True,
          relay="q9w8e7r6t5y4u3i@marketplace.amazon.com", buyer_name="Marcus Lee",
          subject="Order delivery inquiry from Amazon customer Marcus Lee "
                  "(Order: 112-5550123-7654321)",
          topic="order-delivery", order="112-5550123-7654321", title="LED Bulb E27 (4-pack)",
          asin="B07ABCDE12", words="My parcel says delivered but it isn't here.\n"
          "Can you check with the carrier?\n\n   Marcus")
    buyer("en-couk-text.eml", lang="en", tld="co.uk",
          relay="zz81kq2lmn0p4@marketplace.amazon.co.uk", buyer_name="Olivia",
          subject="Product details enquiry from Amazon customer Olivia "
                  "(Order: 203-1234567-7654321)",
          topic="product-details", order="203-1234567-7654321", title="Garden Hose 30 m",
          asin="B09HOSE001", words="Is the hose reel included for £24.99? Cheers")
    buyer("en-couk-html-base64.eml", lang="en", tld="co.uk", html=True, cte="base64",
          relay="aa01bb02cc03dd04+CASE77@marketplace.amazon.co.uk", buyer_name="Priya S.",
          subject="Return request from Amazon customer Priya S. (Order: 026-7777777-1111111)",
          topic="return", order="026-7777777-1111111", title="Kettle 1.7 L, Stainless",
          asin="B01KETTLE9", words="The kettle leaks from the base. How do I send it back?")
    buyer("de-text-base64.eml", lang="de", tld="de", cte="base64",
          relay="x3k9q2w7e5r1t8y@marketplace.amazon.de", buyer_name="Jürgen Größ",
          subject="Anfrage zu Produktdetails von Amazon-Kunde Jürgen Größ "
                  "(Bestellung: 302-1111111-2222222)",
          topic="product-details", order="302-1111111-2222222",
          title="Schreibtischlampe Messing, verstellbar", asin="B08DE12345",
          words="Guten Tag,\npasst die Lampe auf einen 2 cm dicken Tisch?\n"
                "Viele Grüße\nJürgen")
    buyer("de-html-qp.eml", lang="de", tld="de", html=True,
          relay="m4n5b6v7c8x9z0a+Fall12345@marketplace.amazon.de", buyer_name="Anja",
          subject="Anfrage zur Lieferung der Bestellung von Amazon-Kunde Anja "
                  "(Bestellung: 304-3333333-4444444)",
          topic="order-delivery", order="304-3333333-4444444", title="Gießkanne 10 l",
          asin="B0DEGIESS1", words="Hallo, wann kommt meine Gießkanne? Ich warte seit "
          "einer Woche.\n\nDanke & Grüße")
    buyer("fr-text-qp.eml", lang="fr", tld="fr",
          relay="p0o9i8u7y6t5r4e@marketplace.amazon.fr", buyer_name="Élodie",
          subject="Demande de renseignements sur le produit de la part du client Amazon "
                  "Élodie (Commande : 402-5555555-6666666)",
          topic="product-details", order="402-5555555-6666666",
          title="Théière en fonte « Kyoto » 1,2 L", asin="B0FRTHE001",
          words="Bonjour, la théière passe-t-elle au lave-vaisselle ?\nMerci d'avance, Élodie")
    buyer("fr-html-base64.eml", lang="fr", tld="fr", html=True, cte="base64",
          relay="l1k2j3h4g5f6d7s@marketplace.amazon.fr", buyer_name="Luc",
          subject="Demande de retour du client Amazon Luc (Commande : 171-2345678-9012345)",
          topic="return", order="171-2345678-9012345", title="Coussin 40×40 cm",
          asin="B0FRCOUS12", words="Le coussin est arrivé déchiré. Que dois-je faire ?")
    buyer("es-text.eml", lang="es", tld="es", cte="base64",
          relay="r5t6y7u8i9o0p1a@marketplace.amazon.es", buyer_name="Lucía",
          subject="Consulta sobre los detalles del producto del cliente de Amazon Lucía "
                  "(Pedido: 405-7777777-8888888)",
          topic="product-details", order="405-7777777-8888888", title="Sartén 28 cm",
          asin="B0ESSART01", words="Hola, ¿sirve para inducción?\nGracias")
    buyer("es-html.eml", lang="es", tld="es", html=True,
          relay="s2d3f4g5h6j7k8l@marketplace.amazon.es", buyer_name="Javier",
          subject="Consulta sobre la entrega del pedido del cliente de Amazon Javier "
                  "(Pedido: 406-1212121-3434343)",
          topic="order-delivery", order="406-1212121-3434343", title="Mochila 25 L",
          asin="B0ESMOCH02", words="¿Cuándo llegará mi pedido? Lo necesito el viernes.")
    buyer("es-commx.eml", lang="es", tld="com.mx",
          relay="mx11mx22mx33mx4@marketplace.amazon.com.mx", buyer_name="Andrea",
          subject="Consulta sobre la entrega del pedido del cliente de Amazon Andrea "
                  "(Pedido: 701-1000000-2000000)",
          topic="order-delivery", order="701-1000000-2000000", title="Termo 1 L",
          asin="B0MXTERM01", words="¿Ya enviaron mi termo?")
    buyer("it-text.eml", lang="it", tld="it",
          relay="t9y8u7i6o5p4a3s@marketplace.amazon.it", buyer_name="Giulia",
          subject="Richiesta di dettagli sul prodotto dal cliente Amazon Giulia "
                  "(Ordine: 408-9999999-0000000)",
          topic="product-details", order="408-9999999-0000000", title="Moka 6 tazze",
          asin="B0ITMOKA06", words="Buongiorno, la moka va bene per l'induzione?\nGrazie")
    buyer("it-html.eml", lang="it", tld="it", html=True, cte="base64",
          relay="u1i2o3p4a5s6d7f+Caso9@marketplace.amazon.it", buyer_name="Marco",
          subject="Richiesta di reso dal cliente Amazon Marco (Ordine: 171-9876543-2109876)",
          topic="return", order="171-9876543-2109876", title="Lampada da tavolo",
          asin="B0ITLAMP01", words="La lampada non si accende. Posso restituirla?")
    buyer("ja-text-iso2022jp.eml", lang="ja", tld="co.jp", cte="base64",
          charset="iso-2022-jp",
          relay="jp1a2b3c4d5e6f7@marketplace.amazon.co.jp", buyer_name="佐藤",
          subject="Amazonのお客様佐藤からの商品詳細に関するお問い合わせ "
                  "(注文番号: 250-1234567-1234567)",
          topic="product-details", order="250-1234567-1234567", title="卓上ライト",
          asin="B0JPLIGHT1", words="こんにちは。このライトは100Vで使えますか？")
    buyer("ja-html.eml", lang="ja", tld="co.jp", html=True,
          relay="jp9z8y7x6w5v4u3@marketplace.amazon.co.jp", buyer_name="鈴木",
          subject="Amazonのお客様鈴木からの注文の配送に関するお問い合わせ "
                  "(注文番号: 503-7654321-7654321)",
          topic="order-delivery", order="503-7654321-7654321", title="電気ケトル",
          asin="B0JPKETL01", words="まだ届いていません。確認してください。")
    buyer("en-ca-text.eml", lang="en", tld="ca",
          relay="ca0ca1ca2ca3ca4@marketplace.amazon.ca", buyer_name="Noah",
          subject="Shipping inquiry from Amazon customer Noah (Order: 702-2000000-3000000)",
          topic="shipping", order="702-2000000-3000000", title="Snow Brush",
          asin="B0CASNOW01", words="Do you ship to Yukon?")
    buyer("en-com-photos.eml", lang="en", tld="com",
          relay="ph0t0s1k2j3h4g5@marketplace.amazon.com", buyer_name="Sam",
          subject="Return request from Amazon customer Sam (Order: 113-2222222-3333333)",
          topic="return", order="113-2222222-3333333", title="Ceramic Vase",
          asin="B0VASE0001", words="It arrived broken, photos attached.",
          files=(("broken-1.jpg", "image/jpeg", JPEG), ("broken 2.png", "image/png", PNG)))
    buyer("en-com-hostile-names.eml", lang="en", tld="com",
          relay="h0st1l3n4m3s5x6@marketplace.amazon.com", buyer_name="Riley",
          subject="Return request from Amazon customer Riley (Order: 113-4444444-5555555)",
          topic="return", order="113-4444444-5555555", title="Mirror",
          asin="B0MIRROR01", words="See the pictures.",
          files=(("../../etc/passwd.jpg", "image/jpeg", JPEG), ("CON.png", "image/png", PNG),
                 ("a\u202egnp.exe", "image/png", PNG)),
          expected_files=["passwd.jpg", "_CON.png", "a gnp.exe"])
    buyer("en-com-no-message-id.eml", lang="en", tld="com", msgid=None,
          relay="n0m3ss4g31d5x6y@marketplace.amazon.com", buyer_name="Kim",
          subject="Product details inquiry from Amazon customer Kim "
                  "(Order: 114-0000001-0000002)",
          topic="product-details", order="114-0000001-0000002", title="Desk Fan",
          asin="B0DESKFAN1", words="How loud is it?")
    buyer("en-com-received-only.eml", lang="en", tld="com", date=None,
          relay="r3c31v3d0nly1x2@marketplace.amazon.com", buyer_name="Ali",
          subject="Product details inquiry from Amazon customer Ali (Order: 114-0000003-0000004)",
          topic="product-details", order="114-0000003-0000004", title="Desk Fan",
          asin="B0DESKFAN1", words="Is there a remote?",
          received="2026-11-04T08:00:00+00:00",
          extra={"Received": "from a.example by b.example; Wed, 04 Nov 2026 09:00:00 +0100"})
    buyer("en-com-html-only.eml", lang="en", tld="com", html=True, html_only=True,
          relay="ht0nly1x2c3v4b5@marketplace.amazon.com", buyer_name="Jo",
          subject="Product details inquiry from Amazon customer Jo (Order: 114-5555555-6666666)",
          topic="product-details", order="114-5555555-6666666", title="Tea Towel <3-pack>",
          asin="B0TOWEL003", words="Are they 100% cotton? <just checking> & thanks")
    buyer("en-com-customisation.eml", lang="en", tld="com",
          relay="cu5t0m1s4t10n2x@marketplace.amazon.com", buyer_name="Pat",
          subject="Customization inquiry from Amazon customer Pat (Order: 114-7777777-8888888)",
          topic="customisation", order="114-7777777-8888888", title="Engraved Pen",
          asin="B0PENENG01", words="Please engrave \"For Dad\" instead of \"For Dan\".")
    buyer("en-com-unknown-topic.eml", lang="en", tld="com",
          relay="unkn0wnt0p1c2x3@marketplace.amazon.com", buyer_name="Lee",
          subject="Question from Amazon customer Lee (Order: 114-9999999-1111111)",
          topic="", order="114-9999999-1111111", title="Notebook A5",
          asin="B0NOTEA501", words="Lined or dotted?")
    buyer("de-text-cp1252.eml", lang="de", tld="de", charset="windows-1252", cte="8bit",
          relay="w1n1252x3c4v5b6@marketplace.amazon.de", buyer_name="Müller",
          subject="Rücksendeanfrage von Amazon-Kunde Müller (Bestellung: 305-1231231-3213213)",
          topic="return", order="305-1231231-3213213", title="Wasserkocher",
          asin="B0DEWASS01", words="Der Wasserkocher ist defekt. Wie schicke ich ihn zurück?")
    buyer("en-com-long.eml", lang="en", tld="com", cte="base64",
          relay="l0ngt3xt1x2c3v4@marketplace.amazon.com", buyer_name="Morgan",
          subject="Product details inquiry from Amazon customer Morgan "
                  "(Order: 114-2468024-6802468)",
          topic="product-details", order="114-2468024-6802468", title="Bookshelf",
          asin="B0BOOKSH01",
          words="\n".join(f"Line {n}: I have a question about the shelf." for n in range(1, 121)))
    # Customer-service relays
    add("en-com-customer-service.eml", mail(
        subject="Message from Amazon customer service (Order: 114-1357913-5791357)",
        sender='"Amazon Customer Service" <cs-relay+CS55@marketplace.amazon.com>',
        message_id="<cs-1@email.amazonses.com>",
        plain=text_body("en", "114-1357913-5791357", "Desk Lamp", "B0CSLAMP01",
                        "The buyer says the lamp flickers. Please help them within 2 days.")),
        {"kind": "customer-service", "relay": "cs-relay+CS55@marketplace.amazon.com",
         "buyer_name": "", "marketplace": "com", "language": "en", "topic": "",
         "order_ids": ["114-1357913-5791357"], "asin": "B0CSLAMP01", "product_title":
         "Desk Lamp", "text": "The buyer says the lamp flickers. Please help them within 2 "
         "days.", "received_at": "2026-11-03T14:22:05+00:00",
         "message_id": "<cs-1@email.amazonses.com>", "files": []})
    add("de-customer-service.eml", mail(
        subject="Nachricht vom Amazon-Kundenservice (Bestellung: 306-2468246-8246824)",
        sender='"Amazon Kundenservice" <kundenservice1@marketplace.amazon.de>',
        message_id="<cs-2@email.amazonses.com>",
        plain=text_body("de", "306-2468246-8246824", "Lampe", "B0CSLAMP02",
                        "Der Kunde meldet, dass die Lampe flackert.")),
        {"kind": "customer-service", "relay": "kundenservice1@marketplace.amazon.de",
         "buyer_name": "", "marketplace": "de", "language": "de", "topic": "",
         "order_ids": ["306-2468246-8246824"], "asin": "B0CSLAMP02", "product_title": "Lampe",
         "text": "Der Kunde meldet, dass die Lampe flackert.",
         "received_at": "2026-11-03T14:22:05+00:00",
         "message_id": "<cs-2@email.amazonses.com>", "files": []})
    # Delivery notices
    notice_common = {"kind": "delivery-notice", "files": []}
    add("notice-optout-en.eml", mail(
        subject="Delivery failure: your message to an Amazon customer (Order: 114-3941689-8772232)",
        sender='"Amazon Marketplace" <donotreply@marketplace.amazon.com>',
        message_id="<notice-1@email.amazonses.com>",
        plain="We were unable to deliver your message to k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@"
              "marketplace.amazon.com because the buyer has chosen to opt out of receiving "
              "unsolicited messages.\n\nOrder ID: 114-3941689-8772232\n"),
        {**notice_common, "notice": "opt-out", "order_ids": [order],
         "relay": "k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com",
         "marketplace": "com", "language": "en"})
    add("notice-optout-de.eml", mail(
        subject="Nachricht nicht zugestellt (Bestellung: 302-1111111-2222222)",
        sender='"Amazon Marketplace" <donotreply@marketplace.amazon.de>',
        message_id="<notice-2@email.amazonses.com>",
        plain="Ihre Nachricht an x3k9q2w7e5r1t8y@marketplace.amazon.de konnte nicht zugestellt "
              "werden, da der Käufer sich gegen den Erhalt von Nachrichten entschieden hat "
              "(keine unaufgeforderten Nachrichten).\nBestellnummer: 302-1111111-2222222\n"),
        {**notice_common, "notice": "opt-out", "order_ids": ["302-1111111-2222222"],
         "relay": "x3k9q2w7e5r1t8y@marketplace.amazon.de", "marketplace": "de",
         "language": "de"})
    add("notice-optout-amazon-domain.eml", mail(
        subject="Your message could not be delivered",
        sender='"Amazon Seller Notification" <seller-notification@amazon.co.uk>',
        message_id="<notice-3@email.amazonses.com>",
        plain="Your message to zz81kq2lmn0p4@marketplace.amazon.co.uk was not delivered: the "
              "buyer has opted out of non-critical messages. Order 203-1234567-7654321."),
        {**notice_common, "notice": "opt-out", "order_ids": ["203-1234567-7654321"],
         "relay": "zz81kq2lmn0p4@marketplace.amazon.co.uk", "marketplace": "co.uk",
         "language": "en"})
    add("notice-refused-en.eml", mail(
        subject="Message not sent (Order: 113-2222222-3333333)",
        sender='"Amazon Marketplace" <donotreply@marketplace.amazon.com>',
        message_id="<notice-4@email.amazonses.com>",
        plain="This message was not sent as it did not meet the Buyer-Seller Messaging "
              "communication guidelines.\n\nSubject: Thanks for your order - 10% off next "
              "time\nOrder ID: 113-2222222-3333333\n"),
        {**notice_common, "notice": "refused", "order_ids": ["113-2222222-3333333"],
         "notice_subject": "Thanks for your order - 10% off next time", "relay": "",
         "marketplace": "com", "language": "en"})
    add("notice-refused-fr.eml", mail(
        subject="Message non envoyé (Commande : 402-5555555-6666666)",
        sender='"Amazon Marketplace" <donotreply@marketplace.amazon.fr>',
        message_id="<notice-5@email.amazonses.com>",
        plain="Ce message n'a pas été envoyé car il ne respectait pas les règles de "
              "communication de la messagerie acheteur-vendeur.\nObjet : Votre avis compte\n"
              "Commande : 402-5555555-6666666\n"),
        {**notice_common, "notice": "refused", "order_ids": ["402-5555555-6666666"],
         "notice_subject": "Votre avis compte", "relay": "", "marketplace": "fr",
         "language": "fr"})
    add("notice-restricted-en.eml", mail(
        subject="Your account was restricted from sending proactive messages",
        sender='"Amazon Seller Notification" <seller-notification@marketplace.amazon.com>',
        message_id="<notice-6@email.amazonses.com>",
        plain="Hello,\n\nYour account was restricted from sending proactive messages until "
              "January 15, 2027, because recent messages did not follow our guidelines. "
              "Even compliant proactive messages will not be delivered, except Amazon's "
              "Request a Review.\n"),
        {**notice_common, "notice": "restricted", "notice_until": "2027-01-15",
         "order_ids": [], "relay": "", "marketplace": "com", "language": "en"})
    add("notice-restricted-no-date.eml", mail(
        subject="Proactive messaging restricted",
        sender='"Amazon Seller Notification" <seller-notification@marketplace.amazon.de>',
        message_id="<notice-7@email.amazonses.com>",
        date="Sun, 01 Nov 2026 10:00:00 +0000",
        plain="Your account was restricted from sending proactive permitted messages for 30 "
              "days.\n"),
        {**notice_common, "notice": "restricted", "notice_until": "2026-12-01",
         "order_ids": [], "relay": "", "marketplace": "de", "language": "de"})
    # Not Amazon's, or broken
    add("foreign-newsletter.eml", mail(
        subject="Our autumn sale starts now", sender="Shop <news@shop.example>",
        message_id="<n1@shop.example>", plain="50% off everything!"),
        {"refused": "not-amazon", "says": "news@shop.example"})
    add("foreign-amazon-order.eml", mail(
        subject="Sold, ship now: Brass Desk Lamp", sender="seller-notification@amazon.com",
        message_id="<n2@amazon.com>", plain="Congratulations, you sold an item. "
        "Order ID 114-3941689-8772232. Ship now."),
        {"refused": "not-amazon", "says": "not a buyer's message"})
    add("foreign-lookalike.eml", mail(
        subject="Product details inquiry from Amazon customer Eve (Order: 114-1111111-2222222)",
        sender='"Eve - Amazon Marketplace" <eve@marketplace.amazon.evil.example>',
        message_id="<n3@evil.example>",
        plain=text_body("en", "114-1111111-2222222", "Lamp", "B0EVILLAMP", "Click my link")),
        {"refused": "not-amazon", "says": "eve@marketplace.amazon.evil.example"})
    add("foreign-hyphen-domain.eml", mail(
        subject="Message", sender="buyer@marketplace-amazon.com",
        message_id="<n4@x.example>", plain="hello"),
        {"refused": "not-amazon", "says": "buyer@marketplace-amazon.com"})
    add("broken-png.eml", PNG * 3, {"refused": "unreadable", "says": "not an e-mail"})
    add("broken-empty.eml", b"", {"refused": "unreadable", "says": "empty"})
    add("broken-no-date.eml", mail(
        subject="Product details inquiry from Amazon customer Ann (Order: 114-1212121-2121212)",
        sender='"Ann - Amazon Marketplace" <ann0ann1ann2ann3@marketplace.amazon.com>',
        date=None, message_id="<nd@email.amazonses.com>",
        plain=text_body("en", "114-1212121-2121212", "Lamp", "B0NODATE01", "Hi")),
        {"refused": "unreadable", "says": "date"})
    add("broken-no-from.eml", b"Subject: hello\r\nDate: Tue, 03 Nov 2026 14:22:05 +0000\r\n"
        b"\r\nNo sender here.\r\n", {"refused": "not-amazon", "says": "no sender"})
    # Damaged but readable
    truncated = mail(
        subject="Product details inquiry from Amazon customer Bo (Order: 114-3434343-4343434)",
        sender='"Bo - Amazon Marketplace" <bo0bo1bo2bo3bo4@marketplace.amazon.com>',
        message_id="<trunc@email.amazonses.com>", cte="base64",
        plain=text_body("en", "114-3434343-4343434", "Lamp", "B0TRUNC001",
                        "Does it come with a bulb? " * 30))
    add("damaged-truncated-base64.eml", truncated[: len(truncated) - 200],
        {"kind": "buyer-message", "relay": "bo0bo1bo2bo3bo4@marketplace.amazon.com",
         "order_ids": ["114-3434343-4343434"], "marketplace": "com", "language": "en",
         "text_startswith": "Does it come with a bulb?", "files": [],
         "received_at": "2026-11-03T14:22:05+00:00", "message_id": "<trunc@email.amazonses.com>"})
    odd_charset = (
        b"From: \"Cy - Amazon Marketplace\" <cy0cy1cy2cy3cy4@marketplace.amazon.com>\r\n"
        b"To: orders@brightlamp.example\r\nSubject: Product details inquiry from Amazon "
        b"customer Cy (Order: 114-5656565-6565656)\r\nDate: Tue, 03 Nov 2026 14:22:05 +0000\r\n"
        b"Message-ID: <odd@email.amazonses.com>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        b"------------- Begin message -------------\r\n\r\nCaf\xe9 table, is it oak?\r\n\r\n"
        b"------------- End message -------------\r\n")
    add("damaged-unknown-charset.eml", odd_charset,
        {"kind": "buyer-message", "relay": "cy0cy1cy2cy3cy4@marketplace.amazon.com",
         "order_ids": ["114-5656565-6565656"], "text": "Café table, is it oak?",
         "marketplace": "com", "language": "en", "files": [],
         "received_at": "2026-11-03T14:22:05+00:00", "message_id": "<odd@email.amazonses.com>"})
    hostile = (
        b"From: \"Hal - Amazon Marketplace\" <hal0hal1hal2hal3@marketplace.amazon.com>\r\n"
        b"To: orders@brightlamp.example\r\n"
        b"Subject: =?utf-8?q?Product_details_inquiry=0D=0ABcc:_evil@evil.example_?=\r\n"
        b"Date: Tue, 03 Nov 2026 14:22:05 +0000\r\n"
        b"Message-ID: <ok-part@email.amazonses.com> <second@x>\r\n"
        b"References: <root@email.amazonses.com>\r\n\tBcc: evil@evil.example\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Order ID 114-7878787-8787878:\r\n"
        b"------------- Begin message -------------\r\nHi\r\n"
        b"------------- End message -------------\r\n")
    add("hostile-headers.eml", hostile,
        {"kind": "buyer-message", "relay": "hal0hal1hal2hal3@marketplace.amazon.com",
         "subject": "Product details inquiry Bcc: evil@evil.example",
         "message_id": "<ok-part@email.amazonses.com>",
         "references": ["<root@email.amazonses.com>"], "order_ids": ["114-7878787-8787878"],
         "text": "Hi", "marketplace": "com", "language": "en", "files": [],
         "received_at": "2026-11-03T14:22:05+00:00"})
    add("relay-reply-no-markers.eml", mail(
        subject="Re: Your order 114-3941689-8772232",
        sender='"Dana - Amazon Marketplace" <k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@'
               'marketplace.amazon.com>',
        message_id="<reply-2@email.amazonses.com>",
        extra={"References": "<first@brightlamp.example>",
               "In-Reply-To": "<first@brightlamp.example>"},
        plain="Thanks, that works for me.\n"),
        {"kind": "buyer-message", "relay": "k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com",
         "buyer_name": "Dana", "order_ids": [order], "text": "Thanks, that works for me.",
         "references": ["<first@brightlamp.example>"], "marketplace": "com", "language": "en",
         "files": [], "received_at": "2026-11-03T14:22:05+00:00",
         "message_id": "<reply-2@email.amazonses.com>"})
    add("two-orders.eml", mail(
        subject="Order delivery inquiry from Amazon customer Ty (Order: 114-1000000-0000001)",
        sender='"Ty - Amazon Marketplace" <ty0ty1ty2ty3ty4@marketplace.amazon.com>',
        message_id="<two@email.amazonses.com>",
        plain="Order ID 114-1000000-0000001:\n1 of Lamp [ASIN: B0TWOORD01]\n"
              "Order ID 114-1000000-0000002:\n1 of Shade [ASIN: B0TWOORD02]\n\n"
              "------------- Begin message -------------\nBoth orders late.\n"
              "------------- End message -------------\n"),
        {"kind": "buyer-message", "order_ids": ["114-1000000-0000001", "114-1000000-0000002"],
         "asin": "B0TWOORD01", "product_title": "Lamp", "text": "Both orders late.",
         "relay": "ty0ty1ty2ty3ty4@marketplace.amazon.com", "marketplace": "com",
         "language": "en", "topic": "order-delivery", "files": [],
         "received_at": "2026-11-03T14:22:05+00:00", "message_id": "<two@email.amazonses.com>"})


def mbox() -> None:
    """A Thunderbird folder: three Amazon e-mails, one newsletter, a '>From' line."""
    parts = []
    wanted = ["en-com-text.eml", "de-text-base64.eml", "foreign-newsletter.eml",
              "it-text.eml"]
    raws = {case["name"]: case["raw"] for case in CASES}
    for name in wanted:
        raw = raws[name].replace(b"\r\n", b"\n")
        lines = [(b">" + line if line.startswith(b"From ") else line)
                 for line in raw.split(b"\n")]
        parts.append(b"From - Tue Nov  3 14:22:05 2026\n" + b"\n".join(lines) + b"\n")
    (HERE / "folder.mbox").write_bytes(b"".join(parts))
    EXPECTED["folder.mbox"] = {"mbox": ["en-com-text.eml", "de-text-base64.eml", None,
                                        "it-text.eml"]}


def main() -> None:
    build()
    for case in CASES:
        (HERE / case["name"]).write_bytes(case["raw"])
    mbox()
    (HERE / "expected.json").write_text(
        json.dumps(EXPECTED, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8")
    print(f"{len(CASES)} e-mails and one mbox written to {HERE}")


if __name__ == "__main__":
    main()
