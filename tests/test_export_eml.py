"""The .eml file: parsed back with the standard email parser, every part where it belongs."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from composer.export.eml import (
    AttachmentChanged,
    EmlAttachment,
    build_eml,
    eml_file_name,
    write_eml,
)
from composer.export.guard import ExportContent, guard
from composer.export.outgoing import prepare_html
from composer.export.package import ExportRefused, eml_for
from composer.message.header import Header
from tests.attachment_factory import write_image, write_pdf

ALIAS = "k2x9q7abc@marketplace.amazon.de"


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)  # type: ignore[return-value]


def content(tmp_path: Path, html: str = "<p>Your order has <b>shipped</b>. Grüße!</p>",
            files: tuple[Path, ...] = (), **header: object) -> ExportContent:
    from composer.attachments.refs import AttachmentRef

    out = prepare_html(html)
    values = {"to": ALIAS, "subject": "Ihre Bestellung – Versand", "message_type": "reply",
              **header}
    return ExportContent(Header(**values), out.html, out.plain,  # type: ignore[arg-type]
                         tuple(AttachmentRef(p, 0, "") for p in files))


def test_parsed_back_with_both_parts_attachments_and_headers(tmp_path):
    pdf = write_pdf(tmp_path / "Garantie für Sie.pdf")
    photo = write_image(tmp_path / "foto.jpg")
    item = content(tmp_path, files=(pdf, photo))
    decision = guard(item)
    assert decision.ok, decision.blocks
    message = parse(eml_for(item, decision, "eml-file", from_address="shop@example.com"))
    assert message["To"] == ALIAS
    assert message["From"] == "shop@example.com"
    assert message["Subject"] == "Ihre Bestellung – Versand"
    assert message["X-Unsent"] == "1"
    assert message["Date"] and message["Message-ID"].endswith("@example.com>")
    assert message.get_content_type() == "multipart/mixed"
    alternative, *files = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    plain, html = alternative.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert plain.get_content().strip() == item.plain.strip()
    assert html.get_content_type() == "text/html"
    assert item.html in html.get_content()
    assert [(f.get_filename(), f.get_content_type()) for f in files] == [
        ("Garantie für Sie.pdf", "application/pdf"), ("foto.jpg", "image/jpeg")]
    assert files[0].get_content() == pdf.read_bytes()
    assert files[1].get_content() == photo.read_bytes()


def test_mime_type_comes_from_the_content_not_the_name(tmp_path):
    png = write_image(tmp_path / "scan.png")
    item = content(tmp_path, files=(png,))
    decision = guard(item)
    assert decision.ok, decision.blocks
    renamed = decision.attachments[0].__class__(**{**decision.attachments[0].__dict__,
                                                   "name": "scan.bin"})
    from dataclasses import replace

    decision = replace(decision, attachments=(renamed,))
    files = list(parse(eml_for(item, decision)).iter_parts())[1:]
    assert (files[0].get_filename(), files[0].get_content_type()) == ("scan.bin", "image/png")


def test_without_attachments_the_message_is_the_alternative(tmp_path):
    item = content(tmp_path)
    message = parse(eml_for(item, guard(item)))
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]


def test_non_ascii_subject_and_names_are_encoded_on_the_wire(tmp_path):
    data = build_eml(to=ALIAS, subject="Größe – ✓", plain="Hallo", html="<p>Hallo</p>")
    head = data.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    assert b"=?utf-8?" in head
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert parse(data)["Subject"] == "Größe – ✓"


def test_smtp_copy_has_no_unsent_header(tmp_path):
    item = content(tmp_path)
    assert parse(eml_for(item, guard(item), "smtp"))["X-Unsent"] is None


def test_a_file_changed_after_the_check_is_not_exported(tmp_path):
    pdf = write_pdf(tmp_path / "invoice.pdf")
    item = content(tmp_path, files=(pdf,))
    decision = guard(item)
    pdf.write_bytes(pdf.read_bytes().replace(b"Invoice", b"Invoyce"))
    with pytest.raises(AttachmentChanged, match="changed on disk"):
        eml_for(item, decision)


def test_blocked_content_is_refused(tmp_path):
    item = content(tmp_path, html="<p>Please leave us a 5-star review!</p>")
    decision = guard(item)
    assert not decision.ok
    with pytest.raises(ExportRefused, match="Amazon would block"):
        eml_for(item, decision)


def test_write_eml_replaces_atomically_and_file_names_are_safe(tmp_path):
    target = tmp_path / "out" / "m.eml"
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_eml(target, b"one")  # a missing folder is made only when asked
    assert not target.parent.exists()
    write_eml(target, b"one", create_folders=True)
    write_eml(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["m.eml"]
    assert eml_file_name("Re: your order / 113?") == "Re your order 113.eml"
    assert eml_file_name("", "") == "Message to buyer.eml"


def test_attachment_mime_fallback_for_unknown_kind(tmp_path):
    assert EmlAttachment("x.bin", tmp_path / "x.bin", "exe").mime_type == \
        "application/octet-stream"


def test_the_from_address_is_checked_and_an_international_domain_encoded():
    from composer.export.eml import FromAddressProblem, build_eml, sender_address
    from composer.export.smtp import envelope

    data = build_eml(to="k2x9@marketplace.amazon.de", subject="Hallo", plain="Hallo",
                     html="<p>Hallo</p>", from_address="Bücherei <info@bücher.de>")
    sender, _ = envelope(data)  # before the fix: UnicodeEncodeError, nothing built
    assert sender == "info@xn--bcher-kva.de"
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["From"].addresses[0].display_name == "Bücherei"
    for bad in ("shop", "me at shop", "jürgen@shop.de"):
        with pytest.raises(FromAddressProblem):
            sender_address(bad)


def test_a_from_with_a_display_name_gives_a_clean_message_id():
    from composer.export.eml import build_eml

    data = build_eml(to="k2x9@marketplace.amazon.de", subject="Hallo", plain="Hallo",
                     html="<p>Hallo</p>", from_address="My Shop <info@shop.de>")
    message_id = email.message_from_bytes(data, policy=policy.default)["Message-ID"]
    assert message_id.endswith("@shop.de>") and ">>" not in message_id


def test_a_long_subject_is_shortened_by_words_and_keeps_the_order_id() -> None:
    subject = ("Re: Produktanfrage von Amazon-Kunde Maximilian Mustermann "
               "(Bestellung: 302-1234567-1234567)")
    name = eml_file_name(subject)
    assert name.endswith(".eml") and len(name) <= 64
    assert "302-1234567-1234567" in name
    assert name.count("(") == name.count(")")
    long_words = "Re: " + " ".join(["Lieferverzögerung"] * 8)
    assert eml_file_name(long_words)[:-4].split() == ["Re"] + ["Lieferverzögerung"] * 3
