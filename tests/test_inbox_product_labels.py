"""The product named on a labelled line ("Artikel: …"), in each marketplace's language.

Some of Amazon's notifications name the product as "Artikel: Wasserkocher 1,7 L" (or
"Article :", "Artículo:", "Articolo:", "Item:", "Product:"), with the ASIN beside it or
on a line of its own, instead of "1 von Wasserkocher [ASIN: …]". A reply must still get
its Product. The labels are data (``resources/inbox/notifications.json``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from composer.inbox.notification import read_mail
from composer.inbox.replying import reply_header

MARKERS = {"de": ("Beginn der Nachricht", "Ende der Nachricht"),
           "fr": ("Début du message", "Fin du message"),
           "es": ("Inicio del mensaje", "Fin del mensaje"),
           "it": ("Inizio del messaggio", "Fine del messaggio"),
           "en": ("Begin message", "End message")}
ENDING = {"de": "de", "fr": "fr", "es": "es", "it": "it", "en": "co.uk"}


def mail(language: str, product_lines: str, words: str = "Der Deckel schließt nicht.",
         html: str | None = None) -> bytes:
    begin, end = MARKERS[language]
    message = EmailMessage()
    relay = f"a1b2c3d4e5f6g7h@marketplace.amazon.{ENDING[language]}"
    message["From"] = f"Kunde - Amazon Marketplace <{relay}>"
    message["To"] = "shop@example.com"
    message["Subject"] = "Frage zum Artikel (Bestellung: 302-1234567-7654321)"
    message["Date"] = format_datetime(datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc))
    message["Message-ID"] = f"<label-{language}@email.amazonses.com>"
    message.set_content(f"Bestellnummer: 302-1234567-7654321\n{product_lines}\n\n"
                        f"------------- {begin} -------------\n\n{words}\n\n"
                        f"------------- {end} -------------\n")
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes()


@pytest.mark.parametrize(("language", "lines", "title", "asin"), [
    ("de", "Artikel: Wasserkocher 1,7 L\nASIN: B0DEWASS01", "Wasserkocher 1,7 L", "B0DEWASS01"),
    ("fr", "Article : Théière en fonte [ASIN: B0FRTHE001]", "Théière en fonte", "B0FRTHE001"),
    ("es", "Artículo: Mochila 25 L (ASIN: B0ESMOCH02)", "Mochila 25 L", "B0ESMOCH02"),
    ("it", "Articolo: Moka 3 tazze\nASIN: B0ITMOKA03", "Moka 3 tazze", "B0ITMOKA03"),
    ("en", "Item: Garden Hose 30 m\nASIN: B09HOSE001", "Garden Hose 30 m", "B09HOSE001"),
    ("en", "Product: Desk Fan", "Desk Fan", ""),
])
def test_a_labelled_product_line_fills_the_reply_s_product(language, lines, title, asin) -> None:
    read = read_mail(mail(language, lines))
    assert (read.product_title, read.asin) == (title, asin)
    assert reply_header(read).product_name == title


def test_a_label_in_the_buyer_s_own_words_is_not_the_product() -> None:
    read = read_mail(mail("en", "Order ID: 302-1234567-7654321",
                          words="Item: broken on arrival.\nCan you help?"))
    assert read.product_title == ""


def test_the_html_template_s_table_cell_after_the_label() -> None:
    html = ("<html><body><table><tr><td>Artikel:</td><td>Gie&szlig;kanne 10 l</td></tr>"
            "</table><pre>Die Kanne leckt.</pre></body></html>")
    read = read_mail(mail("de", "Bestellung: 302-1234567-7654321", html=html))
    assert read.product_title == "Gießkanne 10 l"


def test_reply_in_the_window_fills_product_from_an_artikel_line(qtbot, tmp_path) -> None:
    from tests.test_inbox_ui import drop_on_window, imported
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    path = tmp_path / "artikel.eml"
    path.write_bytes(mail("de", "Artikel: Wasserkocher 1,7 L\nASIN: B0DEWASS01"))
    drop_on_window(window, [path])
    imported(qtbot, window, 1)
    dialog = window.inbox.dialog
    dialog.table.selectRow(0)
    dialog.reply_button.click()
    assert window.header.product_name.text() == "Wasserkocher 1,7 L"
    assert window.header.value().product_name == "Wasserkocher 1,7 L"
